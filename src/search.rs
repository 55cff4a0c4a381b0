//! Search over a pack's factors, sliders, article sections and the
//! article's text, sentence by sentence.
//!
//! Both sides are case-folded before matching (also for non-ASCII letters),
//! and matched positions are mapped back to the original text so the screen
//! can highlight them. Hits rank by how closely they hold the query (a
//! whole word, a part of a word, letters close together: `closeness`), then
//! by the fuzzy scorer's score; a sentence whose letters only scatter is
//! no hit.

mod closeness;
mod snippet;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

pub use closeness::Closeness;
pub use snippet::{Snippet, snippet};

use crate::content::Pack;

/// What a search result points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    Factor,
    Slider,
    Section,
    /// A sentence of the article's text.
    Passage,
}

impl ItemKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Factor => "factor",
            Self::Slider => "slider",
            Self::Section => "section",
            Self::Passage => "article",
        }
    }
}

/// For a passage: no section (the intro or the closing).
pub const NO_SECTION: usize = usize::MAX;

/// Where a passage or a section's title is in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Intro,
    /// Section `index`'s title.
    Title(usize),
    /// Section `index`'s body.
    Body(usize),
    /// The closing's body.
    Closing,
}

/// One searchable name.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: ItemKind,
    /// Index into the pack's factors, sliders or sections; for a passage the
    /// section it is in, or `NO_SECTION`.
    pub index: usize,
    pub text: String,
    /// For a passage: the title of the section it is in.
    pub context: Option<String>,
    /// Where it is in the article (none for a factor or a slider), and the
    /// char where its text starts in that part's text.
    pub part: Option<Part>,
    pub offset: usize,
    folded: String,
    /// For each char of `folded`, the index of the char of `text` it came from.
    origin: Vec<usize>,
}

/// One match: the item, how closely it holds the query and the scorer's
/// score (matched letters: `SearchIndex::positions`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into `SearchIndex::items`.
    pub item: usize,
    pub closeness: Closeness,
    pub score: i64,
}

/// What a query found: its hits, best first, and the items a longer query
/// narrows from. A screen ranks them in slices (`SearchIndex::rank_more`):
/// `hits` then holds the ranked part, best first among what was scored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    pub hits: Vec<Hit>,
    /// Every item that holds the query's letters in order.
    candidates: Vec<usize>,
    /// How many of `candidates`, from the first, the scorer has seen.
    scored: usize,
    /// The query, case-folded and trimmed.
    pattern: String,
}

impl Results {
    /// How many candidates are still to be scored (0 once ranked).
    pub fn pending(&self) -> usize {
        self.candidates.len() - self.scored
    }
}

/// Candidates a screen scores on the key press that changes the query: a
/// few milliseconds of the scorer (about 2 µs each on long sentences), the
/// first screenful and more; the rest go in slices between key presses.
pub const FIRST_SLICE: usize = 1_000;
/// Candidates scored per slice after that.
pub const SLICE: usize = 2_000;

/// The searchable names of one pack: its factors, its sliders, then the
/// article's section titles and sentences in the article's order.
pub struct SearchIndex {
    items: Vec<Item>,
    matcher: SkimMatcherV2,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("items", &self.items.len())
            .finish()
    }
}

fn fold(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (index, c) in text.chars().enumerate() {
        for lower in c.to_lowercase() {
            folded.push(lower);
            origin.push(index);
        }
    }
    (folded, origin)
}

impl SearchIndex {
    pub fn new(pack: &Pack) -> Self {
        let mut items =
            Vec::with_capacity(pack.factors.len() + pack.sliders.len() + 2 * pack.sections.len());
        let mut add =
            |kind, index, text: &str, context: Option<&str>, place: Option<(Part, usize)>| {
                let (folded, origin) = fold(text);
                items.push(Item {
                    kind,
                    index,
                    text: text.to_owned(),
                    context: context.map(str::to_owned),
                    part: place.map(|(part, _)| part),
                    offset: place.map_or(0, |(_, offset)| offset),
                    folded,
                    origin,
                });
            };
        for (index, factor) in pack.factors.iter().enumerate() {
            add(ItemKind::Factor, index, &factor.name, None, None);
        }
        for (index, t) in pack.sliders.iter().enumerate() {
            add(ItemKind::Slider, index, &t.label, None, None);
        }
        for (offset, sentence) in sentences(&pack.intro) {
            let place = Some((Part::Intro, offset));
            add(ItemKind::Passage, NO_SECTION, sentence, None, place);
        }
        for (index, section) in pack.sections.iter().enumerate() {
            let title = Some((Part::Title(index), 0));
            add(ItemKind::Section, index, &section.title, None, title);
            for (offset, sentence) in sentences(&section.body) {
                let place = Some((Part::Body(index), offset));
                add(
                    ItemKind::Passage,
                    index,
                    sentence,
                    Some(&section.title),
                    place,
                );
            }
        }
        if let Some(closing) = &pack.closing {
            for (offset, sentence) in sentences(&closing.body) {
                let place = Some((Part::Closing, offset));
                add(
                    ItemKind::Passage,
                    NO_SECTION,
                    sentence,
                    Some(&closing.title),
                    place,
                );
            }
        }
        Self {
            items,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Every item matching `query`, best first; an empty query lists all.
    pub fn search(&self, query: &str) -> Results {
        let mut results = self.narrow(0..self.items.len(), query);
        self.rank_more(&mut results, usize::MAX);
        results
    }

    /// Like `search`, but only among what `previous` found: valid when `query`
    /// extends the query that gave it. It narrows the items that hold the
    /// query's letters in order (a test that only ever narrows as a query
    /// grows), not the scorer's hits, so the result equals a fresh search,
    /// whether or not `previous` was ranked to the end.
    pub fn refine(&self, previous: &Results, query: &str) -> Results {
        let mut results = self.refine_first(previous, query, usize::MAX);
        self.rank_more(&mut results, usize::MAX);
        results
    }

    /// `search`, with only the first `budget` candidates scored: the rest
    /// wait for `rank_more`.
    pub fn search_first(&self, query: &str, budget: usize) -> Results {
        let mut results = self.narrow(0..self.items.len(), query);
        self.rank_more(&mut results, budget);
        results
    }

    /// `refine`, with only the first `budget` candidates scored.
    pub fn refine_first(&self, previous: &Results, query: &str, budget: usize) -> Results {
        let mut results = self.narrow(previous.candidates.iter().copied(), query);
        self.rank_more(&mut results, budget);
        results
    }

    /// The candidates among `candidates` for `query`, none scored yet.
    fn narrow(&self, candidates: impl Iterator<Item = usize>, query: &str) -> Results {
        let (pattern, _) = fold(query.trim());
        let candidates = candidates
            .filter(|&item| holds_in_order(&pattern, &self.items[item].folded))
            .collect();
        Results {
            hits: Vec::new(),
            candidates,
            scored: 0,
            pattern,
        }
    }

    /// Score up to `budget` more candidates and rank them in with the hits
    /// so far. Returns whether every candidate is now scored.
    pub fn rank_more(&self, results: &mut Results, budget: usize) -> bool {
        let end = results
            .scored
            .saturating_add(budget)
            .min(results.candidates.len());
        let slice = &results.candidates[results.scored..end];
        let pattern = &results.pattern;
        if pattern.is_empty() {
            results.hits.extend(slice.iter().map(|&item| Hit {
                item,
                closeness: Closeness::Word,
                score: 0,
            }));
        } else {
            // Closeness and scores only: matched positions are worked out
            // for the rows on screen.
            results.hits.extend(slice.iter().filter_map(|&item| {
                let entry = &self.items[item];
                let long = entry.kind == ItemKind::Passage;
                let (closeness, _) = closeness::find(&entry.folded, pattern, long)?;
                let score = self.matcher.fuzzy_match(&entry.folded, pattern)?;
                Some(Hit {
                    item,
                    closeness,
                    score,
                })
            }));
            // Two sorted runs, the earlier hits and this slice's: the sort
            // merges them in about linear time.
            results.hits.sort_by(|a, b| {
                (a.closeness.cmp(&b.closeness))
                    .then(b.score.cmp(&a.score))
                    .then(a.item.cmp(&b.item))
            });
        }
        results.scored = end;
        results.pending() == 0
    }

    /// The char positions in item `item`'s text that `query` matches: the
    /// word or part of a word it is found as, else its letters (a name's
    /// placed by the scorer, a sentence's in their closest stretch).
    pub fn positions(&self, item: usize, query: &str) -> Vec<usize> {
        let (pattern, _) = fold(query.trim());
        let Some(entry) = self.items.get(item) else {
            return Vec::new();
        };
        if pattern.is_empty() {
            return Vec::new();
        }
        let long = entry.kind == ItemKind::Passage;
        let folded_positions = match closeness::find(&entry.folded, &pattern, long) {
            Some((Closeness::Letters, found)) if found.is_empty() => self
                .matcher
                .fuzzy_indices(&entry.folded, &pattern)
                .map(|(_, found)| found)
                .unwrap_or_default(),
            Some((_, found)) => found,
            None => Vec::new(),
        };
        let mut positions: Vec<usize> = folded_positions
            .iter()
            .filter_map(|&p| entry.origin.get(p).copied())
            .collect();
        positions.dedup();
        positions
    }
}

/// The sentences of `text`, each with the char where it starts: cut after
/// ". ", "! ", "? " and at line breaks, each trimmed, empty ones dropped.
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let bytes = line.as_bytes();
        let mut start = 0;
        for at in 0..bytes.len().saturating_sub(1) {
            // ASCII bytes: `at + 1` is always a char boundary here.
            if matches!(bytes[at], b'.' | b'!' | b'?') && bytes[at + 1] == b' ' {
                out.push((line_start + start, &line[start..=at]));
                start = at + 1;
            }
        }
        out.push((line_start + start, &line[start..]));
        line_start += line.len() + 1;
    }
    out.into_iter()
        .map(|(at, sentence)| {
            let lead = sentence.len() - sentence.trim_start().len();
            (text[..at + lead].chars().count(), sentence.trim())
        })
        .filter(|(_, sentence)| !sentence.is_empty())
        .collect()
}

/// Whether the chars of `pattern` appear in `text` in order, found by byte
/// search: UTF-8 is self-synchronising, so a char's bytes found in valid
/// text are that char, never the inside of another.
fn holds_in_order(pattern: &str, text: &str) -> bool {
    let mut rest = text.as_bytes();
    let mut buffer = [0; 4];
    for c in pattern.chars() {
        let found = if c.is_ascii() {
            memchr::memchr(c as u8, rest).map(|at| at + 1)
        } else {
            let bytes = c.encode_utf8(&mut buffer).as_bytes();
            memchr::memmem::find(rest, bytes).map(|at| at + bytes.len())
        };
        match found {
            Some(next) => rest = &rest[next..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests;
