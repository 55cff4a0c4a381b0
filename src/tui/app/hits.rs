//! A search's hits in the article view: Enter on a passage or a section
//! title shows it highlighted, and `n` / `N` go to the next / previous hit
//! of that search in the article's order, round from the last to the first
//! and back, as in less and vim.

use super::App;
use super::moves::Target;
use crate::search::{Hit, SearchIndex};
use crate::tui::text::article::Mark;

/// The hits of one search that are in the article, and the one shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleHits {
    query: String,
    /// Items of the search index, in the article's order.
    items: Vec<usize>,
    at: usize,
    mark: Mark,
}

impl ArticleHits {
    /// The hits of `query` in the article, showing `item`; `None` when
    /// `item` is not one of them.
    fn new(index: &SearchIndex, query: &str, hits: &[Hit], item: usize) -> Option<Self> {
        let mut items: Vec<usize> = (hits.iter())
            .map(|hit| hit.item)
            .filter(|&item| index.items()[item].part.is_some())
            .collect();
        // The index holds the article's parts in the article's order.
        items.sort_unstable();
        let at = items.iter().position(|&i| i == item)?;
        let mark = mark(index, query, item)?;
        Some(Self {
            query: query.to_owned(),
            items,
            at,
            mark,
        })
    }

    /// Which hit is shown, counted from 1, and how many there are.
    pub fn position(&self) -> (usize, usize) {
        (self.at + 1, self.items.len())
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// The hit shown: where it is and its matched letters.
    pub fn mark(&self) -> &Mark {
        &self.mark
    }
}

/// Where `item` is in the article and the letters `query` matches there.
fn mark(index: &SearchIndex, query: &str, item: usize) -> Option<Mark> {
    let entry = index.items().get(item)?;
    let letters = (index.positions(item, query).into_iter())
        .map(|p| entry.offset + p)
        .collect();
    Some(Mark {
        part: entry.part?,
        start: entry.offset,
        letters,
    })
}

impl App {
    /// After Enter on a result in the article: remember the search's hits
    /// there and show `item`, highlighted.
    pub(super) fn follow_hits(&mut self, query: &str, hits: &[Hit], item: usize) {
        self.session.hits = ArticleHits::new(&self.session.index, query, hits, item);
        self.show_hit();
    }

    /// `n` (`forward`) or `N`: the next or previous hit, round at the ends.
    pub(super) fn step_hit(&mut self, forward: bool) {
        let Some(hits) = self.session.hits.as_mut() else {
            return;
        };
        let count = hits.items.len();
        let at = if forward {
            (hits.at + 1) % count
        } else {
            (hits.at + count - 1) % count
        };
        let wrapped = if forward { at < hits.at } else { at > hits.at };
        hits.at = at;
        let item = hits.items[at];
        if let Some(mark) = mark(&self.session.index, &hits.query, item) {
            hits.mark = mark;
        }
        self.show_hit();
        let shown = at + 1;
        if count == 1 {
            self.say("The only hit of this search", false);
        } else if wrapped {
            let end = if forward {
                "past the last, back to the first"
            } else {
                "before the first, round to the last"
            };
            self.say(&format!("Hit {shown} of {count}: {end}"), false);
        }
    }

    /// Lay the article out with the hit highlighted and scroll to where it
    /// starts, a line of what comes before it above.
    fn show_hit(&mut self) {
        self.lay_out_article();
        let row = self.session.shown.mark_row().unwrap_or(0);
        let limit = self.scroll_limit(Target::Article);
        self.session.article.offset = row.saturating_sub(1).min(limit);
    }
}
