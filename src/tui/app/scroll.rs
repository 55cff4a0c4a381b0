//! Moving selections and scrolling text, kept within what is on screen.

use super::super::layout;
use super::super::ui;
use super::{Action, App, Overlay, Pane};

/// Where a move lands in a list or text of `len` rows seen `page` at a time.
fn moved(current: usize, action: &Action, len: usize, page: usize) -> usize {
    let last = len.saturating_sub(1);
    let page = page.max(1);
    match action {
        Action::Up => current.saturating_sub(1),
        Action::Down => (current + 1).min(last),
        Action::PageUp => current.saturating_sub(page),
        Action::PageDown => (current + page).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        _ => current,
    }
}

/// The most a text of `len` rows can scroll in a window of `height` rows.
fn max_scroll(len: usize, height: u16) -> usize {
    len.saturating_sub(usize::from(height))
}

impl App {
    /// `(rows of text, rows visible)` of the article view.
    pub(super) fn article_extent(&self) -> (usize, u16) {
        let body = layout::inner(self.layout().body);
        (ui::article::lines(self, body.width).len(), body.height)
    }

    fn text_extent(&self, pane: Pane) -> (usize, u16) {
        let areas = self.layout();
        match pane {
            Pane::Detail => {
                let inner = layout::inner(areas.detail);
                (ui::detail::lines(self, inner.width).len(), inner.height)
            }
            _ => {
                let inner = layout::inner(areas.recommendation);
                (
                    ui::recommendation::lines(self, inner.width, areas.wide).len(),
                    inner.height,
                )
            }
        }
    }

    pub(super) fn move_by(&mut self, action: &Action) {
        match self.overlay {
            Overlay::Search => {
                self.search.selected =
                    moved(self.search.selected, action, self.search.hits().len(), 10);
            }
            Overlay::Picker => self.picker = moved(self.picker, action, self.packs.len(), 10),
            Overlay::Help => {
                let len = ui::help::lines(self).len();
                let height = layout::inner(ui::help::area(self.layout().body, len)).height;
                let page = usize::from(height.saturating_sub(1));
                self.help_scroll =
                    moved(self.help_scroll, action, max_scroll(len, height) + 1, page);
            }
            Overlay::Article => {
                let (len, height) = self.article_extent();
                let page = usize::from(height.saturating_sub(1));
                self.article_scroll = moved(
                    self.article_scroll,
                    action,
                    max_scroll(len, height) + 1,
                    page,
                );
            }
            Overlay::None => match self.focus {
                Pane::Factors => {
                    let page = usize::from(layout::inner(self.layout().factors).height);
                    let before = self.factor;
                    self.factor = moved(self.factor, action, self.pack.factors.len(), page);
                    if before != self.factor {
                        self.detail_scroll = 0;
                    }
                }
                Pane::Sliders => {
                    self.slider = moved(self.slider, action, self.pack.traits.len(), 5)
                }
                Pane::Detail | Pane::Recommendation => {
                    let (len, height) = self.text_extent(self.focus);
                    let page = usize::from(height.saturating_sub(1));
                    let scroll = if self.focus == Pane::Detail {
                        &mut self.detail_scroll
                    } else {
                        &mut self.recommendation_scroll
                    };
                    *scroll = moved(*scroll, action, max_scroll(len, height) + 1, page);
                }
            },
        }
    }

    /// After a resize or a change of content, keep every scroll in range.
    /// (A scroll at 0 is always in range: its text is not laid out for nothing.)
    pub(super) fn clamp_scrolls(&mut self) {
        if self.detail_scroll > 0 {
            let (len, height) = self.text_extent(Pane::Detail);
            self.detail_scroll = self.detail_scroll.min(max_scroll(len, height));
        }
        self.clamp_recommendation_scroll();
        if self.article_scroll > 0 {
            let (len, height) = self.article_extent();
            self.article_scroll = self.article_scroll.min(max_scroll(len, height));
        }
        if self.help_scroll > 0 {
            let len = ui::help::lines(self).len();
            let height = layout::inner(ui::help::area(self.layout().body, len)).height;
            self.help_scroll = self.help_scroll.min(max_scroll(len, height));
        }
    }
}

impl App {
    pub(super) fn clamp_recommendation_scroll(&mut self) {
        if self.recommendation_scroll == 0 {
            return;
        }
        let (len, height) = self.text_extent(Pane::Recommendation);
        self.recommendation_scroll = self.recommendation_scroll.min(max_scroll(len, height));
    }
}

/// The article row where section `index` starts, as far as it can scroll.
pub(super) fn section_start(app: &App, index: usize) -> usize {
    let body = layout::inner(app.layout().body);
    let start = ui::article::section_row(app, body.width, index);
    let (len, height) = app.article_extent();
    start.min(max_scroll(len, height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_in_range() {
        assert_eq!(moved(0, &Action::Up, 5, 2), 0);
        assert_eq!(moved(4, &Action::Down, 5, 2), 4);
        assert_eq!(moved(1, &Action::PageDown, 5, 2), 3);
        assert_eq!(moved(3, &Action::PageDown, 5, 2), 4);
        assert_eq!(moved(3, &Action::Top, 5, 2), 0);
        assert_eq!(moved(0, &Action::Bottom, 5, 2), 4);
        assert_eq!(moved(0, &Action::Down, 0, 2), 0);
    }
}
