//! Fuzzy search over a pack's factors, sliders, article sections and the
//! article's text, sentence by sentence.
//!
//! Both sides are case-folded before matching (also for non-ASCII letters),
//! and matched positions are mapped back to the original text so the screen
//! can highlight them.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

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
    folded: String,
    /// For each char of `folded`, the index of the char of `text` it came from.
    origin: Vec<usize>,
}

/// One match: the item and its score (matched letters: `SearchIndex::positions`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into `SearchIndex::items`.
    pub item: usize,
    pub score: i64,
}

/// What a query found: its hits, best first, and the items a longer query
/// narrows from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    pub hits: Vec<Hit>,
    candidates: Vec<usize>,
}

/// The searchable names of one pack.
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
        let mut add = |kind, index, text: &str, context: Option<&str>| {
            let (folded, origin) = fold(text);
            items.push(Item {
                kind,
                index,
                text: text.to_owned(),
                context: context.map(str::to_owned),
                folded,
                origin,
            });
        };
        for (index, factor) in pack.factors.iter().enumerate() {
            add(ItemKind::Factor, index, &factor.name, None);
        }
        for (index, t) in pack.sliders.iter().enumerate() {
            add(ItemKind::Slider, index, &t.label, None);
        }
        for (index, section) in pack.sections.iter().enumerate() {
            add(ItemKind::Section, index, &section.title, None);
        }
        for sentence in sentences(&pack.intro) {
            add(ItemKind::Passage, NO_SECTION, sentence, None);
        }
        for (index, section) in pack.sections.iter().enumerate() {
            for sentence in sentences(&section.body) {
                add(ItemKind::Passage, index, sentence, Some(&section.title));
            }
        }
        if let Some(closing) = &pack.closing {
            for sentence in sentences(&closing.body) {
                add(
                    ItemKind::Passage,
                    NO_SECTION,
                    sentence,
                    Some(&closing.title),
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
        self.search_among(0..self.items.len(), query)
    }

    /// Like `search`, but only among what `previous` found: valid when `query`
    /// extends the query that gave it. It narrows the items that hold the
    /// query's letters in order (a test that only ever narrows as a query
    /// grows), not the scorer's hits, so the result equals a fresh search.
    pub fn refine(&self, previous: &Results, query: &str) -> Results {
        self.search_among(previous.candidates.iter().copied(), query)
    }

    fn search_among(&self, candidates: impl Iterator<Item = usize>, query: &str) -> Results {
        let (pattern, _) = fold(query.trim());
        let candidates: Vec<usize> = candidates
            .filter(|&item| is_subsequence(&pattern, &self.items[item].folded))
            .collect();
        if pattern.is_empty() {
            let hits = candidates
                .iter()
                .map(|&item| Hit { item, score: 0 })
                .collect();
            return Results { hits, candidates };
        }
        // Scores only: matched positions are worked out for the rows on screen.
        let mut hits: Vec<Hit> = candidates
            .iter()
            .filter_map(|&item| {
                let score = self
                    .matcher
                    .fuzzy_match(&self.items[item].folded, &pattern)?;
                Some(Hit { item, score })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.item.cmp(&b.item)));
        Results { hits, candidates }
    }

    /// The char positions in item `item`'s text that `query` matches.
    pub fn positions(&self, item: usize, query: &str) -> Vec<usize> {
        let (pattern, _) = fold(query.trim());
        let Some(entry) = self.items.get(item) else {
            return Vec::new();
        };
        let Some((_, folded_positions)) = self.matcher.fuzzy_indices(&entry.folded, &pattern)
        else {
            return Vec::new();
        };
        let mut positions: Vec<usize> = folded_positions
            .iter()
            .filter_map(|&p| entry.origin.get(p).copied())
            .collect();
        positions.dedup();
        positions
    }
}

/// The sentences of `text`: cut after ". ", "! ", "? " and at line breaks,
/// each trimmed, empty ones dropped.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let bytes = line.as_bytes();
        let mut start = 0;
        for at in 0..bytes.len().saturating_sub(1) {
            // ASCII bytes: `at + 1` is always a char boundary here.
            if matches!(bytes[at], b'.' | b'!' | b'?') && bytes[at + 1] == b' ' {
                out.push(&line[start..=at]);
                start = at + 1;
            }
        }
        out.push(&line[start..]);
    }
    out.into_iter()
        .map(str::trim)
        .filter(|sentence| !sentence.is_empty())
        .collect()
}

/// Whether the chars of `pattern` appear in `text` in order.
fn is_subsequence(pattern: &str, text: &str) -> bool {
    let mut text = text.chars();
    pattern.chars().all(|p| text.any(|t| t == p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    #[test]
    fn finds_real_time_from_an_abbreviation() {
        let index = SearchIndex::new(&embedded());
        let hits = index.search("rltm").hits;
        let first = &index.items()[hits[0].item];
        assert!(first.text.starts_with("Real"), "{}", first.text);
        // Highlighted letters spell the query.
        let letters: String = index
            .positions(hits[0].item, "rltm")
            .iter()
            .map(|&p| first.text.chars().nth(p).unwrap())
            .collect();
        assert_eq!(letters.to_lowercase(), "rltm");
    }

    #[test]
    fn folds_non_ascii_case() {
        let mut pack = embedded();
        pack.factors[0].name = "ÉCOSYSTÈME Über".into();
        let index = SearchIndex::new(&pack);
        let hits = index.search("écosystème über").hits;
        assert_eq!(index.items()[hits[0].item].index, 0);
        assert_eq!(index.items()[hits[0].item].kind, ItemKind::Factor);
    }

    #[test]
    fn the_articles_text_is_searched_sentence_by_sentence() {
        let pack = embedded();
        let index = SearchIndex::new(&pack);
        let hits = index.search("hiring").hits;
        let item = &index.items()[hits[0].item];
        assert_eq!(item.kind, ItemKind::Passage);
        assert!(
            item.text
                .starts_with("Sharing a language between client and server"),
            "{}",
            item.text
        );
        assert_eq!(pack.sections[item.index].id, "node");
        assert_eq!(
            item.context.as_deref(),
            Some("Node.js: JavaScript on the server")
        );
        assert_eq!(
            sentences("One. Two! Three?\nFour"),
            ["One.", "Two!", "Three?", "Four"]
        );
        assert_eq!(
            sentences("Node.js and 2.5 stay whole."),
            ["Node.js and 2.5 stay whole."]
        );
    }

    #[test]
    fn refining_equals_searching_afresh() {
        let index = SearchIndex::new(&embedded());
        let first = index.search("re");
        assert_eq!(index.refine(&first, "rea"), index.search("rea"));
        assert_eq!(index.search("").hits.len(), index.items().len());
        assert!(index.search("zzzzqqq").hits.is_empty());
    }

    #[test]
    fn typing_letter_by_letter_finds_what_a_fresh_search_finds() {
        let index = SearchIndex::new(&embedded());
        for query in [
            "eea",
            "real time",
            "rltm",
            "ecosystem",
            "aeiou",
            "the team",
            "ee",
        ] {
            let mut results = index.search("");
            let mut typed = String::new();
            for c in query.chars() {
                typed.push(c);
                results = index.refine(&results, &typed);
                assert_eq!(results, index.search(&typed), "after typing {typed:?}");
            }
        }
    }
}
