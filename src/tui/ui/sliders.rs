//! The sliders: one per trait of the reader's project, each with its track,
//! its value and (in the wide layout) its tipping points beside it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{clip_spans, focused, pane_block};
use crate::content::Trait;
use crate::engine::Verdict;
use crate::tui::app::{App, Pane};
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::words::{self, width, width::truncate};

pub fn render(frame: &mut Frame, area: Rect, app: &App, wide: bool) {
    let is_focused = focused(app, Pane::Sliders);
    let title = format!("Your project {}/{}", app.slider + 1, app.pack.traits.len());
    frame.render_widget(pane_block(&title, is_focused, app.theme), area);
    let inner = layout::inner(area);
    let rows = layout::slider_rows(inner, wide, app.pack.traits.len(), app.slider_offset);
    for index in rows.offset..rows.offset + rows.visible {
        if let Some(row) = rows.slider(index) {
            slider(frame, row, app, index, wide, is_focused);
        }
    }
    if rows.help.height > 0 {
        help(frame, rows.help, app, wide);
    }
}

fn value_text(t: &Trait, value: u32) -> String {
    if t.is_toggle() {
        words::toggle_word(value).into()
    } else {
        format!("{value}/{}", t.max)
    }
}

fn track_spans(t: &Trait, value: u32, columns: u16, theme: Theme) -> Vec<Span<'static>> {
    if t.is_toggle() {
        let mark = if value == 1 { "[x]" } else { "[ ]" };
        return vec![Span::styled(
            mark.chars().take(usize::from(columns)).collect::<String>(),
            theme.heading(),
        )];
    }
    let (filled, empty) = width::bar(f64::from(value), f64::from(t.max), usize::from(columns));
    vec![
        Span::styled(filled, theme.key()),
        Span::styled(empty, theme.track_empty()),
    ]
}

fn tips_spans(app: &App, index: usize) -> Vec<Span<'static>> {
    let tips = app.recommendation.tipping_points[index];
    let t = &app.pack.traits[index];
    let mut spans = Vec::new();
    for (above, tip) in [(false, tips.below), (true, tips.above)] {
        if let Some(tip) = tip {
            if !spans.is_empty() {
                spans.push(Span::raw("  "));
            }
            let style = match tip.verdict {
                Verdict::Winner(option) => app.theme.option(option),
                Verdict::CloseCall(_) => app.theme.close_call(),
            };
            spans.push(Span::styled(
                words::tip_phrase(&app.pack, t, above, tip),
                style,
            ));
        }
    }
    spans
}

fn slider(frame: &mut Frame, row: Rect, app: &App, index: usize, wide: bool, pane_focused: bool) {
    let t = &app.pack.traits[index];
    let value = app.values[index];
    let selected = index == app.slider;
    let theme = app.theme;
    let marker = if selected { "▶ " } else { "  " };
    let label_style = if selected {
        theme.selected(pane_focused)
    } else {
        theme.text()
    };
    let value_text = value_text(t, value);
    let track = layout::track(row, wide, t.is_toggle());
    let width = usize::from(row.width);
    if wide {
        let mut label = t.label.replace('\n', " ");
        if t.low.is_some() || t.high.is_some() {
            label = format!(
                "{label} ({} ↔ {})",
                t.low.as_deref().unwrap_or("0"),
                t.high.as_deref().unwrap_or("max")
            );
        }
        let label_width = width.saturating_sub(2 + value_text.len() + 1);
        let label = truncate(&label, label_width);
        let gap = width.saturating_sub(2 + label.width() + value_text.len());
        let top = Line::from(vec![
            Span::raw(marker),
            Span::styled(label, label_style),
            Span::raw(" ".repeat(gap)),
            Span::styled(value_text, theme.heading()),
        ]);
        let mut bottom = vec![Span::raw("  ")];
        bottom.extend(track_spans(t, value, track.width, theme));
        bottom.push(Span::raw("  "));
        bottom.extend(tips_spans(app, index));
        let lines = vec![top, Line::from(clip_spans(bottom, width))];
        frame.render_widget(Paragraph::new(lines), row);
    } else {
        let label_width = usize::from(layout::narrow_label_width(row.width));
        // One line, padded by display width (wide characters take two
        // columns), so the track starts where `layout::track` says it does.
        let label = truncate(&t.label.replace('\n', " "), label_width.saturating_sub(2));
        let pad = label_width.saturating_sub(2).saturating_sub(label.width());
        let mut spans = vec![
            Span::raw(marker),
            Span::styled(format!("{label}{}", " ".repeat(pad)), label_style),
            Span::raw(" "),
        ];
        spans.extend(track_spans(t, value, track.width, theme));
        spans.push(Span::styled(format!(" {value_text}"), theme.heading()));
        frame.render_widget(Paragraph::new(Line::from(spans)), row);
    }
}

/// Under the sliders: the focused one's tipping points and help.
fn help(frame: &mut Frame, area: Rect, app: &App, wide: bool) {
    let Some(t) = app.pack.traits.get(app.slider) else {
        return;
    };
    let theme = app.theme;
    let width = usize::from(area.width);
    let mut tips = tips_spans(app, app.slider);
    if tips.is_empty() {
        tips.push(Span::styled(words::NO_TIP, theme.muted()));
    }
    let mut tip_line = vec![Span::styled("Tipping points: ", theme.muted())];
    tip_line.extend(tips);
    let tip_line = Line::from(clip_spans(tip_line, width));
    let mut lines = Vec::new();
    if wide {
        // Rule, tipping points, then as much of the help as fits.
        lines.push(Line::styled("─".repeat(width), theme.muted()));
        lines.push(tip_line);
        let room = usize::from(area.height).saturating_sub(2);
        let help = crate::words::wrap(&t.help, width);
        let cut = help.len() > room;
        for (index, line) in help.into_iter().take(room).enumerate() {
            let line = if cut && index + 1 == room {
                truncate(&format!("{line} …"), width)
            } else {
                line
            };
            lines.push(Line::styled(line, theme.muted()));
        }
    } else {
        lines.push(tip_line);
        // No room for a two-sided slider's ends beside it: they lead the help.
        let help = match (&t.low, &t.high) {
            (None, None) => t.help.clone(),
            (low, high) => format!(
                "0 = {} ↔ {} = {} · {}",
                low.as_deref().unwrap_or("0"),
                t.max,
                high.as_deref().unwrap_or("max"),
                t.help
            ),
        };
        lines.push(Line::styled(truncate(&help, width), theme.muted()));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
