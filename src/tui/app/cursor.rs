//! Where a list's selection and a text's scroll are: small types so the
//! app holds no loose offsets, and every move stays in range.

use crate::tui::action::Motion;

/// A selection in a list and the first row shown. The window moves only to
/// keep the selection in sight, so a cursor moves within its window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

impl ListCursor {
    /// Move the selection in a list of `len` rows seen `page` at a time.
    pub fn apply(&mut self, motion: Motion, len: usize, page: usize) {
        self.selected = moved(self.selected, motion, len, page);
    }

    /// Select `index` (kept inside the list).
    pub fn select(&mut self, index: usize, len: usize) {
        self.selected = index.min(len.saturating_sub(1));
    }

    /// Keep the selection inside a window of `visible` rows, moving the
    /// window as little as possible, never past the end of the list.
    pub fn follow(&mut self, visible: usize, len: usize) {
        let visible = visible.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
        self.offset = self.offset.min(len.saturating_sub(visible));
    }
}

/// How far a text is scrolled: its first row shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextScroll {
    pub offset: usize,
}

impl TextScroll {
    /// Scroll a text of `len` rows shown `visible` at a time; a page is one
    /// row less than the window, so a line stays in view across pages.
    pub fn apply(&mut self, motion: Motion, len: usize, visible: usize) {
        let last = limit(len, visible);
        let page = visible.saturating_sub(1);
        self.offset = moved(self.offset, motion, last + 1, page);
    }

    /// Keep the scroll in range after the text or its window changed.
    pub fn clamp(&mut self, len: usize, visible: usize) {
        self.offset = self.offset.min(limit(len, visible));
    }
}

/// The most a text of `len` rows can scroll in a window of `visible` rows.
pub fn limit(len: usize, visible: usize) -> usize {
    len.saturating_sub(visible)
}

/// Where a move lands among `len` positions seen `page` at a time.
fn moved(current: usize, motion: Motion, len: usize, page: usize) -> usize {
    let last = len.saturating_sub(1);
    let page = page.max(1);
    match motion {
        Motion::Up => current.saturating_sub(1),
        Motion::Down => (current + 1).min(last),
        Motion::PageUp => current.saturating_sub(page),
        Motion::PageDown => (current + page).min(last),
        Motion::Top => 0,
        Motion::Bottom => last,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_in_range() {
        let mut list = ListCursor::default();
        list.apply(Motion::Up, 5, 2);
        assert_eq!(list.selected, 0);
        list.apply(Motion::PageDown, 5, 2);
        assert_eq!(list.selected, 2);
        list.apply(Motion::Bottom, 5, 2);
        assert_eq!(list.selected, 4);
        list.apply(Motion::Down, 5, 2);
        assert_eq!(list.selected, 4);
        list.apply(Motion::Down, 0, 2);
        assert_eq!(list.selected, 0);
    }

    #[test]
    fn the_window_moves_only_at_its_edges() {
        let mut list = ListCursor {
            selected: 12,
            offset: 10,
        };
        list.follow(5, 100);
        assert_eq!(list.offset, 10);
        list.selected = 15;
        list.follow(5, 100);
        assert_eq!(list.offset, 11);
        list.selected = 9;
        list.follow(5, 100);
        assert_eq!(list.offset, 9);
        // Never past the end, even from a stale offset.
        let mut stale = ListCursor {
            selected: 99,
            offset: 98,
        };
        stale.follow(5, 100);
        assert_eq!(stale.offset, 95);
    }

    #[test]
    fn text_scrolls_a_page_less_one_and_clamps() {
        let mut text = TextScroll::default();
        text.apply(Motion::PageDown, 30, 10);
        assert_eq!(text.offset, 9);
        text.apply(Motion::Bottom, 30, 10);
        assert_eq!(text.offset, 20);
        text.clamp(25, 10);
        assert_eq!(text.offset, 15);
        text.apply(Motion::Down, 5, 10);
        assert_eq!(text.offset, 0);
    }
}
