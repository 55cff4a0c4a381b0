//! Fuzzy search over a pack's factors, traits (sliders) and article sections.
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
    Trait,
    Section,
}

impl ItemKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Factor => "factor",
            Self::Trait => "slider",
            Self::Section => "article",
        }
    }
}

/// One searchable name.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: ItemKind,
    /// Index into the pack's factors, traits or sections.
    pub index: usize,
    pub text: String,
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
            Vec::with_capacity(pack.factors.len() + pack.traits.len() + pack.sections.len());
        let mut add = |kind, index, text: &str| {
            let (folded, origin) = fold(text);
            items.push(Item {
                kind,
                index,
                text: text.to_owned(),
                folded,
                origin,
            });
        };
        for (index, factor) in pack.factors.iter().enumerate() {
            add(ItemKind::Factor, index, &factor.name);
        }
        for (index, t) in pack.traits.iter().enumerate() {
            add(ItemKind::Trait, index, &t.label);
        }
        for (index, section) in pack.sections.iter().enumerate() {
            add(ItemKind::Section, index, &section.title);
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
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_among(0..self.items.len(), query)
    }

    /// Like `search`, but only among `previous` hits: valid when `query`
    /// extends the query that gave them, since a fuzzy match of a longer
    /// query is also a match of its prefix.
    pub fn refine(&self, previous: &[Hit], query: &str) -> Vec<Hit> {
        self.search_among(previous.iter().map(|hit| hit.item), query)
    }

    fn search_among(&self, candidates: impl Iterator<Item = usize>, query: &str) -> Vec<Hit> {
        let (pattern, _) = fold(query.trim());
        if pattern.is_empty() {
            return candidates.map(|item| Hit { item, score: 0 }).collect();
        }
        // Scores only: matched positions are worked out for the rows on screen.
        let mut hits: Vec<Hit> = candidates
            .filter_map(|item| {
                let folded = &self.items[item].folded;
                // A cheap subsequence test first; the scorer only sees matches.
                if !is_subsequence(&pattern, folded) {
                    return None;
                }
                let score = self.matcher.fuzzy_match(folded, &pattern)?;
                Some(Hit { item, score })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.item.cmp(&b.item)));
        hits
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
        let hits = index.search("rltm");
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
        let hits = index.search("écosystème über");
        assert_eq!(index.items()[hits[0].item].index, 0);
        assert_eq!(index.items()[hits[0].item].kind, ItemKind::Factor);
    }

    #[test]
    fn refining_equals_searching_afresh() {
        let index = SearchIndex::new(&embedded());
        let first = index.search("re");
        assert_eq!(index.refine(&first, "rea"), index.search("rea"));
        assert_eq!(index.search("").len(), index.items().len());
        assert!(index.search("zzzzqqq").is_empty());
    }
}
