//! Moving selections and scrolling text, always in range: each list and
//! text is measured from the same text builders and layout the screen uses.

use super::{App, Overlay, Pane};
use crate::tui::action::Motion;
use crate::tui::layout::{self, inner};

/// What a move, a wheel turn or a scroll acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Factors,
    Sliders,
    Detail,
    Recommendation,
    Article,
    Help,
    Search,
    Picker,
    Profiles,
}

impl From<Pane> for Target {
    fn from(pane: Pane) -> Self {
        match pane {
            Pane::Factors => Self::Factors,
            Pane::Sliders => Self::Sliders,
            Pane::Detail => Self::Detail,
            Pane::Recommendation => Self::Recommendation,
        }
    }
}

impl App {
    /// What keys move now: the overlay on top, else the focused pane.
    pub fn target(&self) -> Target {
        match self.overlay() {
            Some(Overlay::Help) => Target::Help,
            Some(Overlay::Search) => Target::Search,
            Some(Overlay::Article) => Target::Article,
            Some(Overlay::Picker) => Target::Picker,
            Some(Overlay::Profiles) => Target::Profiles,
            // A question holds no list: the pane under it keeps its place.
            Some(Overlay::Prompt | Overlay::ConfirmQuit) | None => self.focus.into(),
        }
    }

    /// `(rows, visible rows)` of a list or text at the current size.
    pub fn extent(&self, target: Target) -> (usize, usize) {
        let areas = self.layout();
        let session = &self.session;
        let pack = self.pack();
        let height = |rect| usize::from(inner(rect).height);
        match target {
            Target::Factors => (pack.factors.len(), height(areas.factors)),
            Target::Sliders => {
                let rows =
                    layout::slider_rows(inner(areas.sliders), areas.wide, pack.sliders.len(), 0);
                (pack.sliders.len(), rows.visible)
            }
            Target::Detail => (session.shown.detail().len(), height(areas.detail)),
            Target::Recommendation => {
                let header = session.shown.header().len();
                let body = session.shown.body().len();
                (body, height(areas.recommendation).saturating_sub(header))
            }
            Target::Article => (session.shown.article().len(), height(areas.body)),
            Target::Help => (
                session.shown.help().len(),
                height(layout::help_box(areas.body)),
            ),
            Target::Search => (self.search.hits().len(), layout::search_rows(areas.body)),
            Target::Picker => (
                self.packs.len(),
                height(layout::picker_box(areas.body, self.packs.len())),
            ),
            Target::Profiles => {
                let len = self.profiles.paths.len();
                (len, height(layout::picker_box(areas.body, len)))
            }
        }
    }

    /// The furthest a text can scroll now (0 for lists).
    pub fn scroll_limit(&self, target: Target) -> usize {
        match target {
            Target::Detail | Target::Recommendation | Target::Article | Target::Help => {
                let (len, visible) = self.extent(target);
                super::cursor::limit(len, visible)
            }
            _ => 0,
        }
    }

    /// Move in `target`, whatever has focus (the wheel scrolls what is
    /// under the pointer).
    pub(super) fn move_in(&mut self, target: Target, motion: Motion) {
        let (len, visible) = self.extent(target);
        let session = &mut self.session;
        match target {
            Target::Factors => session.factors.apply(motion, len, visible),
            Target::Sliders => session.sliders.apply(motion, len, visible),
            Target::Detail => session.detail.apply(motion, len, visible),
            Target::Recommendation => session.reading.apply(motion, len, visible),
            Target::Article => session.article.apply(motion, len, visible),
            Target::Help => self.help.apply(motion, len, visible),
            Target::Search => self.search.cursor.apply(motion, len, visible),
            Target::Picker => self.picker.apply(motion, len, visible),
            Target::Profiles => self.profiles.cursor.apply(motion, len, visible),
        }
    }

    /// Scroll the factor text to the number just picked, when it is out of view.
    pub(super) fn show_number(&mut self) {
        let Some(&row) = self.session.shown.numbers().get(self.session.number) else {
            return;
        };
        let (_, visible) = self.extent(Target::Detail);
        // The number's row and the two under it (whose number it is, and
        // the words behind it), as far as the pane holds them.
        let last = row + 2.min(visible.saturating_sub(1));
        let scroll = &mut self.session.detail;
        if row < scroll.offset {
            scroll.offset = row;
        } else if visible > 0 && last >= scroll.offset + visible {
            scroll.offset = last + 1 - visible;
        }
        let limit = self.scroll_limit(Target::Detail);
        self.session.detail.offset = self.session.detail.offset.min(limit);
    }

    /// Keep every list's selection inside its window.
    pub(super) fn follow_selections(&mut self) {
        for target in [
            Target::Factors,
            Target::Sliders,
            Target::Search,
            Target::Picker,
            Target::Profiles,
        ] {
            let (len, visible) = self.extent(target);
            let cursor = match target {
                Target::Factors => &mut self.session.factors,
                Target::Sliders => &mut self.session.sliders,
                Target::Search => &mut self.search.cursor,
                Target::Profiles => &mut self.profiles.cursor,
                _ => &mut self.picker,
            };
            cursor.follow(visible, len);
        }
    }

    /// After a resize, keep every scroll in range. A scroll at 0 is always
    /// in range: its text is not laid out for nothing.
    pub(super) fn clamp_scrolls(&mut self) {
        if self.session.article.offset > 0 {
            let limit = self.scroll_limit(Target::Article);
            self.session.article.offset = self.session.article.offset.min(limit);
        }
        if self.help.offset > 0 {
            let limit = self.scroll_limit(Target::Help);
            self.help.offset = self.help.offset.min(limit);
        }
        self.clamp_value_texts();
    }

    /// The recommendation's and the selected factor's texts change with the
    /// values (fits, reasons, importance): keep their scrolls in range.
    pub(super) fn clamp_value_texts(&mut self) {
        if self.session.reading.offset > 0 {
            let limit = self.scroll_limit(Target::Recommendation);
            self.session.reading.offset = self.session.reading.offset.min(limit);
        }
        if self.session.detail.offset > 0 {
            let limit = self.scroll_limit(Target::Detail);
            self.session.detail.offset = self.session.detail.offset.min(limit);
        }
    }
}
