//! Where each pane and popup goes for a terminal size. Pure geometry, shared
//! by the drawing code, by scrolling and by mouse hit-testing, so a click
//! lands where it looks.
//!
//! Two columns: on the left the sliders on top (as many rows as they need,
//! up to about three fifths) with the factor list and the factor's text side
//! by side below; on the right the recommendation, at least as wide as the
//! sliders from 120 columns on. Spare rows go to the recommendation and the
//! factor text, not to padding. The factor list is as wide as its names
//! need, between two fifths and half of its row, and its importance bars
//! get what the names leave.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the screen shows a "terminal too small" note.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// Above this, a "terminal too large" note: a screen buffer of a 65535 ×
/// 65535 window alone would take hundreds of gigabytes.
pub const MAX_WIDTH: u16 = 1000;
pub const MAX_HEIGHT: u16 = 500;
pub use crate::screen::{FactorRow, factor_row, is_wide, narrow_label_width};
use crate::screen::{SliderTexts, factor_pane_width, left_width, share};

/// Whether a screen of this size can be drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Fits,
    TooSmall,
    TooLarge,
}

pub fn fit(width: u16, height: u16) -> Fit {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        Fit::TooSmall
    } else if width > MAX_WIDTH || height > MAX_HEIGHT {
        Fit::TooLarge
    } else {
        Fit::Fits
    }
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
    /// Two rows per slider (label and tipping points, then the track).
    pub wide: bool,
}

/// The screen's areas for `sliders` sliders and factor names `names`
/// columns wide at most.
pub fn areas(width: u16, height: u16, sliders: usize, names: usize) -> Areas {
    let area = Rect::new(0, 0, width, height);
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let wide = is_wide(width, height);
    let [left, recommendation] = Layout::horizontal([
        Constraint::Length(left_width(width, wide)),
        Constraint::Min(0),
    ])
    .areas(body);
    let needed = slider_pane_height(sliders, wide);
    let sliders_height = needed.min(share(body.height, 3, 5)).max(3.min(body.height));
    let [sliders, bottom] =
        Layout::vertical([Constraint::Length(sliders_height), Constraint::Min(0)]).areas(left);
    let wanted = factor_pane_width(bottom.width, names);
    let [factors, detail] =
        Layout::horizontal([Constraint::Length(wanted), Constraint::Min(0)]).areas(bottom);
    Areas {
        header,
        body,
        factors,
        detail,
        sliders,
        recommendation,
        status,
        footer,
        wide,
    }
}

/// Rows of the focused slider's help under the list.
fn help_rows(wide: bool) -> u16 {
    if wide { 3 } else { 2 }
}

/// Rows the sliders pane needs to show every slider, its help and borders.
fn slider_pane_height(sliders: usize, wide: bool) -> u16 {
    let rows = u16::try_from(sliders).unwrap_or(u16::MAX);
    rows.saturating_mul(rows_per_slider(wide))
        .saturating_add(help_rows(wide))
        .saturating_add(2)
}

pub fn rows_per_slider(wide: bool) -> u16 {
    if wide { 2 } else { 1 }
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

/// How the sliders pane is laid out inside its border.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderRows {
    pub rows_per: u16,
    pub offset: usize,
    pub visible: usize,
    pub list: Rect,
    /// The focused slider's help and tipping points.
    pub help: Rect,
}

pub fn slider_rows(inner: Rect, wide: bool, count: usize, offset: usize) -> SliderRows {
    let rows_per = rows_per_slider(wide);
    // The help sits under the list when there is room for it and a slider.
    let help_height = if inner.height >= help_rows(wide) + rows_per {
        help_rows(wide)
    } else {
        0
    };
    let needed = u16::try_from(count)
        .unwrap_or(u16::MAX)
        .saturating_mul(rows_per);
    let list = Rect {
        height: needed.min(inner.height - help_height),
        ..inner
    };
    let help = Rect {
        y: inner.y + inner.height - help_height,
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

/// The columns a two-sided slider's end labels take around its track.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ends {
    pub low: u16,
    pub high: u16,
}

/// The widest a two-row slider's content gets (its end labels, track and
/// value, and above them its label and tipping points): past it the track
/// stops growing, so the tipping points stay beside it.
const MAX_SLIDER_ROW: u16 = 72;
/// The longest track in the one-row layout.
const MAX_TRACK: u16 = 60;

/// The columns a two-row slider's content takes in a row `row_width` wide.
pub fn slider_content(row_width: u16) -> u16 {
    row_width.min(MAX_SLIDER_ROW)
}

/// The end labels' columns for a slider row `row_width` wide: each label
/// and a space, each at most a quarter of its content (the labels are cut to
/// fit); none in the narrow layout, where the labels go to the help line.
pub fn ends(low: Option<&str>, high: Option<&str>, wide: bool, row_width: u16) -> Ends {
    if !wide {
        return Ends::default();
    }
    let cap = slider_content(row_width) / 4;
    let columns = |label: Option<&str>| {
        label.map_or(0, |label| {
            let width = u16::try_from(crate::textkit::width::width(label)).unwrap_or(u16::MAX);
            width.min(cap.saturating_sub(1)).saturating_add(1).min(cap)
        })
    };
    Ends {
        low: columns(low),
        high: columns(high),
    }
}

/// Where the track of a slider drawn in `row` sits (width 3 for a toggle's
/// checkbox). In the wide layout the track is on the second row, between
/// the end labels, as long as the content's width allows; in the narrow one
/// after the label, at most `MAX_TRACK`.
pub fn track(row: Rect, wide: bool, toggle: bool, ends: Ends, texts: SliderTexts) -> Rect {
    // After the track, its value: "  100/100" in the wide layout, the
    // widest a slider's can be; in the narrow one, where every column
    // counts, a space and the pack's widest (" 10/10").
    let value_width = if wide { 9 } else { texts.value_column() };
    let (x, y, available) = if wide {
        let x = row.x + 2 + ends.low;
        let used = 2 + ends.low + ends.high + value_width;
        (x, row.y + 1, slider_content(row.width).saturating_sub(used))
    } else {
        let label = narrow_label_width(row.width, texts);
        (
            row.x + label + 1,
            row.y,
            row.width.saturating_sub(label + 1 + value_width),
        )
    };
    let width = if toggle {
        3.min(available)
    } else if wide {
        available
    } else {
        available.min(MAX_TRACK)
    };
    Rect {
        x: x.min(row.right()),
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

/// The search box: a fixed size for the body, whatever the results, so it
/// never moves while typing. Its inner rows are the query, a rule, then the
/// results.
pub fn search_box(body: Rect) -> Rect {
    let width = body.width.saturating_sub(4).clamp(30.min(body.width), 90);
    let height = body.height.saturating_sub(2).clamp(6.min(body.height), 30);
    centered(body, width, height)
}

/// Result rows the search box shows.
pub fn search_rows(body: Rect) -> usize {
    usize::from(inner(search_box(body)).height.saturating_sub(2))
}

/// The help overlay: as tall as the body allows.
pub fn help_box(body: Rect) -> Rect {
    centered(body, 72, body.height.saturating_sub(2).max(3))
}

/// The pack picker for `packs` packs.
pub fn picker_box(body: Rect, packs: usize) -> Rect {
    let height = u16::try_from(packs).unwrap_or(u16::MAX).saturating_add(2);
    centered(body, 76, height)
}

/// A question over the body: `rows` of text in a box 60 wide.
pub fn prompt_box(body: Rect, rows: u16) -> Rect {
    centered(body, 64, rows.saturating_add(2))
}

/// The article's text column: at most this wide, for reading.
pub const READING_WIDTH: u16 = 100;

#[cfg(test)]
mod tests;

/// The panel of a broken save's errors: over the bottom of `body`, as tall
/// as its `rows` of text and two borders, at most half the body (at least 3
/// rows); none in a body under 4 rows.
pub fn problems_panel(body: Rect, rows: usize) -> Option<Rect> {
    if body.height < 4 {
        return None;
    }
    let wanted = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2);
    let height = wanted.clamp(3, (body.height / 2).max(3));
    Some(Rect {
        y: body.y + body.height - height,
        height,
        ..body
    })
}
