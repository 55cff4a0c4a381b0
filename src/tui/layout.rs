//! Where each pane goes for a terminal size. Pure geometry, shared by the
//! drawing code and by mouse hit-testing, so a click lands where it looks.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the screen shows a "terminal too small" note.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this size up, all four panes sit side by side.
const WIDE_WIDTH: u16 = 110;
const WIDE_HEIGHT: u16 = 30;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The rectangles of one screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    /// Everything between the header and the status line: overlays use it.
    pub body: Rect,
    pub factors: Rect,
    pub detail: Rect,
    pub sliders: Rect,
    pub recommendation: Rect,
    pub status: Rect,
    pub footer: Rect,
    /// Wide layout: two rows per slider with its tipping points beside it.
    pub wide: bool,
}

pub fn areas(area: Rect, factor_count: usize, slider_count: usize) -> Areas {
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let wide = area.width >= WIDE_WIDTH && area.height >= WIDE_HEIGHT;
    let count = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    if wide {
        let [left, middle, right] = Layout::horizontal([
            Constraint::Percentage(28),
            Constraint::Percentage(40),
            Constraint::Percentage(32),
        ])
        .areas(body);
        let factors_height = count(factor_count)
            .saturating_add(2)
            .min((body.height / 2).max(5));
        let [factors, detail] =
            Layout::vertical([Constraint::Length(factors_height), Constraint::Min(0)]).areas(left);
        Areas {
            header,
            body,
            factors,
            detail,
            sliders: middle,
            recommendation: right,
            status,
            footer,
            wide,
        }
    } else {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(56), Constraint::Percentage(44)])
                .areas(body);
        let sliders_height = count(slider_count)
            .saturating_add(4)
            .min(share(body.height, 3, 5));
        let [sliders, bottom] =
            Layout::vertical([Constraint::Length(sliders_height), Constraint::Min(0)]).areas(left);
        let [factors, detail] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(bottom);
        Areas {
            header,
            body,
            factors,
            detail,
            sliders,
            recommendation: right,
            status,
            footer,
            wide,
        }
    }
}

/// `numerator / denominator` of `n`, without overflow on huge terminals.
fn share(n: u16, numerator: u32, denominator: u32) -> u16 {
    u16::try_from(u32::from(n) * numerator / denominator).unwrap_or(u16::MAX)
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// The first visible row of a list of `len` rows seen `visible` at a time,
/// moved as little as possible from `offset` so that `selected` is on screen
/// (a cursor moves within the window; the window scrolls only at its edges).
pub fn follow(offset: usize, selected: usize, visible: usize, len: usize) -> usize {
    let visible = visible.max(1);
    let offset = if selected < offset {
        selected
    } else if selected >= offset + visible {
        selected + 1 - visible
    } else {
        offset
    };
    // Never scrolled past the end: no empty rows below the last one.
    offset.min(len.saturating_sub(visible))
}

/// How the sliders pane is laid out inside its border.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderRows {
    /// Rows per slider: 2 in the wide layout (label, then track), else 1.
    pub rows_per: u16,
    pub offset: usize,
    pub visible: usize,
    pub list: Rect,
    /// The focused slider's help and tipping points.
    pub help: Rect,
}

pub fn slider_rows(inner: Rect, wide: bool, count: usize, offset: usize) -> SliderRows {
    let rows_per = if wide { 2 } else { 1 };
    let needed = u16::try_from(count)
        .unwrap_or(u16::MAX)
        .saturating_mul(rows_per);
    // The help sits right under the sliders and takes the spare rows (a few).
    let help_height = if wide {
        inner.height.saturating_sub(needed).clamp(4, 8)
    } else {
        2
    };
    let help_height = if inner.height > help_height + rows_per {
        help_height
    } else {
        0
    };
    let list = Rect {
        height: needed.min(inner.height - help_height),
        ..inner
    };
    let help = Rect {
        y: list.y + list.height,
        height: help_height,
        ..inner
    };
    let visible = usize::from(list.height / rows_per).min(count);
    SliderRows {
        rows_per,
        offset: offset.min(count.saturating_sub(visible)),
        visible,
        list,
        help,
    }
}

impl SliderRows {
    /// The rectangle of slider `index`, if it is on screen.
    pub fn slider(&self, index: usize) -> Option<Rect> {
        let row = index
            .checked_sub(self.offset)
            .filter(|row| *row < self.visible)?;
        let y = self.list.y + u16::try_from(row).ok()? * self.rows_per;
        Some(Rect {
            y,
            height: self.rows_per,
            ..self.list
        })
    }

    /// Which slider is drawn at screen row `y`.
    pub fn slider_at(&self, y: u16) -> Option<usize> {
        if y < self.list.y || y >= self.list.y + self.list.height {
            return None;
        }
        let index = self.offset + usize::from((y - self.list.y) / self.rows_per);
        (index < self.offset + self.visible).then_some(index)
    }
}

/// Width of the label column in the one-row (narrow) slider layout.
pub fn narrow_label_width(width: u16) -> u16 {
    // Labels carry the meaning; the track can be short.
    share(width, 11, 20).max(6)
}

/// Where the track of a slider drawn in `row` sits.
pub fn track(row: Rect, wide: bool, toggle: bool) -> Rect {
    let (x, y, available) = if wide {
        (row.x + 2, row.y + 1, row.width.saturating_sub(2))
    } else {
        let label = narrow_label_width(row.width);
        (
            row.x + label + 1,
            row.y,
            row.width.saturating_sub(label + 1 + 7),
        )
    };
    let width = if toggle {
        3.min(available)
    } else if wide {
        share(available, 11, 20).clamp(3.min(available), 40)
    } else {
        available.min(30)
    };
    Rect {
        x,
        y,
        width,
        height: 1,
    }
}

/// The slider value under column `x` of a track (clamped to its ends).
pub fn value_at(track: Rect, x: u16, max: u32) -> u32 {
    if track.width <= 1 {
        return max;
    }
    let offset = u32::from(x.saturating_sub(track.x).min(track.width - 1));
    let span = u32::from(track.width - 1);
    (offset * max + span / 2) / span
}

/// A `width` × `height` rectangle centred in `area` (shrunk to fit).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_at_maps_the_track_ends() {
        let track = Rect {
            x: 10,
            y: 0,
            width: 11,
            height: 1,
        };
        assert_eq!(value_at(track, 10, 10), 0);
        assert_eq!(value_at(track, 20, 10), 10);
        assert_eq!(value_at(track, 15, 10), 5);
        assert_eq!(value_at(track, 99, 10), 10);
        assert_eq!(value_at(track, 0, 10), 0);
    }

    #[test]
    fn slider_rows_scroll_with_the_selection() {
        let inner = Rect {
            x: 0,
            y: 0,
            width: 40,
            height: 10,
        };
        let rows = slider_rows(inner, false, 200, follow(0, 150, 8, 200));
        assert_eq!(rows.visible, 8);
        assert_eq!(rows.offset, 143);
        assert_eq!(rows.slider(150).map(|r| r.y), Some(7));
        assert_eq!(rows.slider_at(7), Some(150));
        assert_eq!(rows.slider(10), None);
    }

    #[test]
    fn follow_moves_the_window_only_at_its_edges() {
        // The cursor moves inside the window without scrolling it.
        assert_eq!(follow(10, 12, 5, 100), 10);
        assert_eq!(follow(10, 9, 5, 100), 9);
        assert_eq!(follow(10, 15, 5, 100), 11);
        // Never past the end, even from a stale offset.
        assert_eq!(follow(98, 99, 5, 100), 95);
        assert_eq!(follow(3, 0, 5, 2), 0);
    }

    #[test]
    fn every_size_gives_areas_inside_the_screen() {
        for (w, h) in [
            (40, 12),
            (80, 24),
            (120, 40),
            (200, 60),
            (500, 200),
            (80, 21_849),
            (u16::MAX, u16::MAX),
        ] {
            let area = Rect::new(0, 0, w, h);
            let a = areas(area, 6, 8);
            for rect in [
                a.header,
                a.body,
                a.factors,
                a.detail,
                a.sliders,
                a.recommendation,
                a.status,
                a.footer,
            ] {
                assert!(
                    area.contains(rect.as_position()) || rect.area() == 0,
                    "{w}x{h}: {rect:?}"
                );
                assert!(rect.right() <= w && rect.bottom() <= h);
            }
        }
    }
}
