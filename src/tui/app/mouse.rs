//! Mouse: a click focuses and selects, a click or drag on a track sets the
//! slider, the wheel scrolls what is under it. Nothing happens while only
//! a "too small" or "too large" note is drawn.

use ratatui::layout::{Position, Rect};

use super::{App, Overlay, Pane};
use crate::tui::action::Motion;
use crate::tui::layout::{self, Fit, inner};

impl App {
    /// The pane at a screen position, on the main screen.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let areas = self.layout();
        let at = Position::new(column, row);
        // The errors panel covers what is under it.
        if self.problems().is_some_and(|(panel, _)| panel.contains(at)) {
            return None;
        }
        [
            (Pane::Factors, areas.factors),
            (Pane::Detail, areas.detail),
            (Pane::Sliders, areas.sliders),
            (Pane::Recommendation, areas.recommendation),
        ]
        .into_iter()
        .find(|(_, area)| area.contains(at))
        .map(|(pane, _)| pane)
    }

    pub fn slider_rows(&self) -> layout::SliderRows {
        let areas = self.layout();
        layout::slider_rows(
            inner(areas.sliders),
            areas.wide,
            self.pack().sliders.len(),
            self.session.sliders.offset,
        )
    }

    /// Where slider `index`'s track is drawn, if it is on screen.
    pub fn track_area(&self, index: usize) -> Option<Rect> {
        let wide = self.layout().wide;
        let row = self.slider_rows().slider(index)?;
        let t = self.pack().sliders.get(index)?;
        let ends = layout::ends(t.low.as_deref(), t.high.as_deref(), wide, row.width);
        let texts = self.session.slider_texts();
        Some(layout::track(row, wide, t.is_toggle(), ends, texts))
    }

    fn mouse_ready(&self) -> bool {
        self.fit() == Fit::Fits && self.overlay().is_none()
    }

    pub(super) fn click(&mut self, column: u16, row: u16) {
        // Overlays take the whole body; a click there changes nothing.
        if !self.mouse_ready() {
            return;
        }
        let Some(pane) = self.pane_at(column, row) else {
            return;
        };
        self.focus = pane;
        match pane {
            Pane::Factors => {
                let area = inner(self.layout().factors);
                if row >= area.y && row < area.bottom() {
                    let index = self.session.factors.offset + usize::from(row - area.y);
                    if index < self.pack().factors.len() {
                        self.session.factors.selected = index;
                    }
                }
            }
            Pane::Sliders => {
                if let Some(index) = self.slider_rows().slider_at(row) {
                    self.session.sliders.selected = index;
                    self.point_track(column, row, true);
                }
            }
            _ => {}
        }
    }

    pub(super) fn drag(&mut self, column: u16, row: u16) {
        if self.mouse_ready() && self.focus == Pane::Sliders {
            self.point_track(column, row, false);
        }
    }

    /// Set the focused slider from a point on its track; `fresh` is a click
    /// rather than a drag (only a click flips a checkbox).
    fn point_track(&mut self, column: u16, row: u16, fresh: bool) {
        let index = self.session.slider();
        let Some(track) = self.track_area(index) else {
            return;
        };
        if row != track.y || column < track.x || column >= track.right() {
            return;
        }
        let Some(t) = self.pack().sliders.get(index) else {
            return;
        };
        if t.is_toggle() {
            if fresh {
                self.session.flip();
            }
        } else {
            let value = layout::value_at(track, column, t.max);
            self.session.set(index, value);
        }
    }

    pub(super) fn wheel(&mut self, column: u16, row: u16, down: bool) {
        if self.fit() != Fit::Fits {
            return;
        }
        let motion = if down { Motion::Down } else { Motion::Up };
        let target = match self.overlay() {
            // A question waits for its answer: the wheel moves nothing under it.
            Some(Overlay::Prompt | Overlay::ConfirmQuit) => return,
            Some(_) => self.target(),
            None => match self.pane_at(column, row) {
                Some(pane) => pane.into(),
                None => return,
            },
        };
        self.move_in(target, motion);
    }
}
