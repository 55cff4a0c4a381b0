//! The search box: its query, results and selection, and what typing,
//! pasting, deleting and Enter do.

use super::cursor::ListCursor;
use super::{App, Overlay, Pane};
use crate::search::{FIRST_SLICE, Hit, ItemKind, Results, SLICE};

/// The longest query kept: a huge paste is cut here, not searched whole.
pub const MAX_QUERY: usize = 200;

/// The search box: the query, its results, and the highlighted one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    results: Results,
    pub cursor: ListCursor,
    /// The results of each shorter query, so `Backspace` goes back without searching.
    earlier: Vec<Results>,
}

impl Search {
    /// The hits of the current query, best first.
    pub fn hits(&self) -> &[Hit] {
        &self.results.hits
    }

    /// How many items that hold the query's letters are still to be
    /// ranked (between key presses, `App::rank_more`).
    pub fn pending(&self) -> usize {
        self.results.pending()
    }
}

/// Ctrl-W: the query without its last word (and the spaces after it).
pub fn delete_word(query: &mut String) {
    let kept = query.trim_end().len();
    query.truncate(kept);
    let start = query.rfind(' ').map_or(0, |at| at + 1);
    query.truncate(start);
}

impl App {
    pub(super) fn open_search(&mut self) {
        self.overlays.retain(|overlay| *overlay != Overlay::Search);
        self.overlays.push(Overlay::Search);
        self.search = Search {
            results: self.session.index.search(""),
            ..Search::default()
        };
    }

    fn searching(&self) -> bool {
        self.overlay() == Some(Overlay::Search)
    }

    /// One letter typed: the results narrow from the last ones.
    pub(super) fn type_query(&mut self, c: char) {
        if !self.searching() || self.search.query.chars().count() >= MAX_QUERY {
            return;
        }
        self.search.query.push(c);
        let shorter = std::mem::take(&mut self.search.results);
        self.search.results =
            (self.session.index).refine_first(&shorter, &self.search.query, FIRST_SLICE);
        self.search.earlier.push(shorter);
        self.search.cursor = ListCursor::default();
    }

    /// A paste is text for the query, never keys: cleaned of anything
    /// unprintable, cut at the query's limit, searched once.
    pub(super) fn paste(&mut self, text: &str) {
        let room = MAX_QUERY.saturating_sub(self.search.query.chars().count());
        let clean: String = text
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .filter(|&c| !crate::textkit::chars::is_unprintable(c))
            .take(room)
            .collect();
        self.edit_query(|query| query.push_str(&clean));
    }

    pub(super) fn backspace(&mut self) {
        if !self.searching() || self.search.query.pop().is_none() {
            return;
        }
        self.search.results = match self.search.earlier.pop() {
            Some(results) => results,
            None => (self.session.index).search_first(&self.search.query, FIRST_SLICE),
        };
        self.search.cursor = ListCursor::default();
    }

    /// Any other change of the query: search afresh.
    pub(super) fn edit_query(&mut self, edit: impl FnOnce(&mut String)) {
        if !self.searching() {
            return;
        }
        edit(&mut self.search.query);
        self.search.results = (self.session.index).search_first(&self.search.query, FIRST_SLICE);
        self.search.earlier.clear();
        self.search.cursor = ListCursor::default();
    }

    /// One slice more of the results ranked, between key presses.
    pub(super) fn rank_more(&mut self) {
        if self.search.pending() > 0 {
            (self.session.index).rank_more(&mut self.search.results, SLICE);
        }
    }

    /// Enter: go to the highlighted result (every hit ranked first: `n`
    /// and `N` go through them all).
    pub(super) fn jump_to_hit(&mut self) {
        (self.session.index).rank_more(&mut self.search.results, usize::MAX);
        let Some(hit) = self.search.hits().get(self.search.cursor.selected) else {
            self.say("Nothing matches; Esc closes the search", true);
            return;
        };
        let item = &self.session.index.items()[hit.item];
        let (kind, index, chosen) = (item.kind, item.index, hit.item);
        let search = std::mem::take(&mut self.search);
        self.session.hits = None;
        self.overlays.retain(|overlay| *overlay != Overlay::Search);
        match kind {
            ItemKind::Factor => {
                self.overlays.clear();
                self.focus = Pane::Factors;
                let len = self.pack().factors.len();
                self.session.factors.select(index, len);
                self.session.factor_moved();
            }
            ItemKind::Slider => {
                self.overlays.clear();
                self.focus = Pane::Sliders;
                let len = self.pack().sliders.len();
                self.session.sliders.select(index, len);
            }
            ItemKind::Section | ItemKind::Passage => {
                self.overlays.retain(|overlay| *overlay != Overlay::Article);
                self.overlays.push(Overlay::Article);
                self.follow_hits(&search.query, search.hits(), chosen);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::delete_word;

    #[test]
    fn ctrl_w_deletes_the_last_word() {
        for (before, after) in [
            ("real time", "real "),
            ("real time  ", "real "),
            ("one", ""),
            ("", ""),
        ] {
            let mut query = before.to_owned();
            delete_word(&mut query);
            assert_eq!(query, after, "{before:?}");
        }
    }
}
