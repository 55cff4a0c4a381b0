//! The sliders: one per question about the reader's project, each row the same
//! height whatever its values. Every stretch of a track is drawn in the
//! style of the verdict it would give there (the others held), so the
//! tipping points are seen; their numbers stay beside the label.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{focused, pane_block, rows_below};
use crate::engine::Verdict;
use crate::textkit::width;
use crate::tui::app::{App, Pane};
use crate::tui::layout;
use crate::tui::text::{clip_spans, tip_spans};
use crate::words;

pub fn render(frame: &mut Frame, area: Rect, app: &App, wide: bool) {
    let is_focused = focused(app, Pane::Sliders);
    let title = format!(
        "Your project {}/{}",
        app.session().slider() + 1,
        app.pack().sliders.len()
    );
    let rows = app.slider_rows();
    let hidden = app
        .pack()
        .sliders
        .len()
        .saturating_sub(rows.offset + rows.visible);
    let block = pane_block(&title, is_focused, app.theme());
    frame.render_widget(rows_below(block, hidden, app.theme()), area);
    for index in rows.offset..rows.offset + rows.visible {
        if let Some(row) = rows.slider(index) {
            slider(frame, row, app, index, wide, is_focused);
        }
    }
    if rows.help.height > 0 {
        help(frame, rows.help, app, wide);
    }
}

/// The track's cells, each in the style of the verdict at the value a click
/// there would set.
fn track_spans(app: &App, index: usize, track: Rect) -> Vec<Span<'static>> {
    let t = &app.pack().sliders[index];
    let value = app.session().values()[index];
    let current = app.session().recommendation().verdict;
    let verdicts = app.session().track(index);
    let at = |v: u32| verdicts.get(v as usize).copied().unwrap_or(current);
    if t.is_toggle() {
        let mark = if value == 1 { "[x]" } else { "[ ]" };
        let text: String = mark.chars().take(usize::from(track.width)).collect();
        return vec![Span::styled(text, app.theme().verdict(current))];
    }
    let columns = usize::from(track.width);
    let (filled, _) = width::bar(f64::from(value), f64::from(t.max), columns);
    let filled = filled.chars().count();
    // One span per run of cells in one style, not one per cell: ratatui
    // pays per span, and a track is mostly a few long runs.
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = None;
    for i in 0..track.width {
        let verdict: Verdict = at(layout::value_at(track, track.x + i, t.max));
        let glyph = if usize::from(i) < filled {
            '█'
        } else {
            '░'
        };
        let style = app.theme().track(verdict, verdict != current);
        if run_style.is_some_and(|s| s != style) {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                run_style.unwrap_or(style),
            ));
        }
        run_style = Some(style);
        run.push(glyph);
    }
    if let Some(style) = run_style {
        spans.push(Span::styled(run, style));
    }
    spans
}

fn slider(frame: &mut Frame, row: Rect, app: &App, index: usize, wide: bool, pane_focused: bool) {
    let t = &app.pack().sliders[index];
    let theme = app.theme();
    let selected = index == app.session().slider();
    let marker = if selected { "▶ " } else { "  " };
    let label_style = if selected {
        theme.selected(pane_focused)
    } else {
        theme.text()
    };
    let value = words::value_short(t, app.session().values()[index]);
    let Some(track) = app.track_area(index) else {
        return;
    };
    let columns = usize::from(row.width);
    let lines = if wide {
        wide_rows(app, index, track, row.width, marker, label_style, &value)
    } else {
        // One row, padded by display width so the track starts where
        // `layout::track` says it does.
        let texts = app.session().slider_texts();
        let label_width = crate::screen::slider_label_columns(row.width, texts);
        let mut spans = vec![
            Span::raw(marker),
            Span::styled(width::pad(&t.label, label_width), label_style),
            Span::raw(" "),
        ];
        spans.extend(track_spans(app, index, track));
        spans.push(Span::styled(format!(" {value}"), theme.heading()));
        vec![Line::from(clip_spans(spans, columns))]
    };
    super::rows(frame, row, &lines);
}

/// A wide slider's two rows: the label and its tipping points, then the
/// track between its end labels with the value after it, both as wide as
/// the slider's content (`layout::slider_content`).
fn wide_rows(
    app: &App,
    index: usize,
    track: Rect,
    row_width: u16,
    marker: &'static str,
    label_style: Style,
    value: &str,
) -> Vec<Line<'static>> {
    let t = &app.pack().sliders[index];
    let theme = app.theme();
    // The tipping points end where the track's row ends, beside it.
    let columns = usize::from(layout::slider_content(row_width));
    let tips = tip_spans(app.pack(), app.session().recommendation(), index, theme);
    let tips_width: usize = tips.iter().map(|s| width::width(&s.content)).sum();
    let label_room = columns.saturating_sub(2 + tips_width + 2).max(columns / 2);
    let label = width::truncate(&t.label, label_room);
    let gap = columns
        .saturating_sub(2 + width::width(&label) + tips_width)
        .max(2);
    let mut top = vec![
        Span::raw(marker),
        Span::styled(label, label_style),
        Span::raw(" ".repeat(gap)),
    ];
    top.extend(tips);
    let ends = layout::ends(t.low.as_deref(), t.high.as_deref(), true, row_width);
    let mut bottom = vec![Span::raw("  ")];
    bottom.push(Span::raw(end_label(t.low.as_deref(), ends.low)));
    bottom.extend(track_spans(app, index, track));
    bottom.push(Span::raw(if ends.high > 0 { " " } else { "" }));
    bottom.push(Span::raw(
        end_label(t.high.as_deref(), ends.high)
            .trim_end()
            .to_owned(),
    ));
    bottom.push(Span::styled(format!("  {value}"), theme.heading()));
    vec![
        Line::from(clip_spans(top, columns)),
        Line::from(clip_spans(bottom, columns)),
    ]
}

/// An end label cut and padded to its columns (its space included).
fn end_label(label: Option<&str>, columns: u16) -> String {
    match label {
        Some(label) if columns > 0 => {
            let columns = usize::from(columns);
            format!("{} ", width::pad(label, columns - 1))
        }
        _ => String::new(),
    }
}

/// Under the sliders: the focused one's tipping points, its two ends, its help.
fn help(frame: &mut Frame, area: Rect, app: &App, wide: bool) {
    let slider = app.session().slider();
    let Some(t) = app.pack().sliders.get(slider) else {
        return;
    };
    let theme = app.theme();
    let columns = usize::from(area.width);
    let mut tips = vec![Span::styled("Tipping points: ", theme.heading())];
    tips.extend(tip_spans(
        app.pack(),
        app.session().recommendation(),
        slider,
        theme,
    ));
    let mut lines = vec![Line::from(clip_spans(tips, columns))];
    let ends = match (&t.low, &t.high) {
        (None, None) => String::new(),
        (low, high) => format!(
            "0 = {} ↔ {} = {} · ",
            low.as_deref().unwrap_or("0"),
            t.max,
            high.as_deref().unwrap_or("max")
        ),
    };
    let help = format!("{ends}{}", t.help);
    let room = usize::from(area.height)
        .saturating_sub(1)
        .max(usize::from(wide));
    let wrapped = crate::textkit::wrap(&help, columns);
    let cut = wrapped.len() > room;
    for (index, line) in wrapped.into_iter().take(room).enumerate() {
        let line = if cut && index + 1 == room {
            width::truncate(&format!("{line} …"), columns)
        } else {
            line
        };
        lines.push(Line::styled(line, theme.muted()));
    }
    super::rows(frame, area, &lines);
}
