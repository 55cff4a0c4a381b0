//! Mouse: a click focuses and selects, a click or drag on a track sets the
//! slider, the wheel scrolls what is under it.

use ratatui::layout::{Position, Rect};

use super::super::layout;
use super::{Action, App, Overlay, Pane};

impl App {
    fn pane_at(&self, column: u16, row: u16) -> Option<(Pane, Rect)> {
        let areas = self.layout();
        let at = Position::new(column, row);
        [
            (Pane::Factors, areas.factors),
            (Pane::Detail, areas.detail),
            (Pane::Sliders, areas.sliders),
            (Pane::Recommendation, areas.recommendation),
        ]
        .into_iter()
        .find(|(_, area)| area.contains(at))
    }

    fn slider_rows(&self) -> layout::SliderRows {
        let areas = self.layout();
        layout::slider_rows(
            layout::inner(areas.sliders),
            areas.wide,
            self.pack.traits.len(),
            self.slider_offset,
        )
    }

    pub(super) fn click(&mut self, column: u16, row: u16) {
        if layout::too_small(Rect::new(0, 0, self.width, self.height)) {
            return;
        }
        match self.overlay {
            Overlay::None => {}
            // Overlays take the whole body; a click elsewhere changes nothing.
            _ => return,
        }
        let Some((pane, area)) = self.pane_at(column, row) else {
            return;
        };
        self.focus = pane;
        let inner = layout::inner(area);
        match pane {
            Pane::Factors if row >= inner.y && row < inner.bottom() => {
                let offset = self.factor_offset;
                let index = offset + usize::from(row - inner.y);
                if index < self.pack.factors.len() && index != self.factor {
                    self.factor = index;
                    self.detail_scroll = 0;
                }
            }
            Pane::Sliders => {
                let rows = self.slider_rows();
                if let Some(index) = rows.slider_at(row) {
                    self.slider = index;
                    self.point_track(column, row, true);
                }
            }
            _ => {}
        }
    }

    /// Set the selected slider from a point on its track; `fresh` is a click
    /// rather than a drag.
    pub(super) fn point_track(&mut self, column: u16, row: u16, fresh: bool) {
        let too_small = layout::too_small(Rect::new(0, 0, self.width, self.height));
        if too_small || self.overlay != Overlay::None || self.focus != Pane::Sliders {
            return;
        }
        let wide = self.layout().wide;
        let rows = self.slider_rows();
        let Some(area) = rows.slider(self.slider) else {
            return;
        };
        let Some(t) = self.pack.traits.get(self.slider) else {
            return;
        };
        let track = layout::track(area, wide, t.is_toggle());
        if row != track.y || column < track.x || column >= track.right() {
            return;
        }
        if t.is_toggle() {
            // Only a fresh click flips a checkbox; dragging over it does not.
            if !fresh {
                return;
            }
            let value = 1 - self.values[self.slider].min(1);
            self.set_slider(self.slider, value);
        } else {
            self.set_slider(self.slider, layout::value_at(track, column, t.max));
        }
    }

    pub(super) fn wheel(&mut self, column: u16, row: u16, down: bool) {
        // Only a note is drawn while the terminal is too small: nothing to scroll.
        if layout::too_small(Rect::new(0, 0, self.width, self.height)) {
            return;
        }
        let step = if down { Action::Down } else { Action::Up };
        if self.overlay != Overlay::None {
            self.move_by(&step);
            return;
        }
        let Some((pane, _)) = self.pane_at(column, row) else {
            return;
        };
        let focus = self.focus;
        self.focus = pane;
        self.move_by(&step);
        self.focus = focus;
    }
}
