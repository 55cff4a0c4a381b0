//! The live recommendation: score bars, the verdict, the reasons, the
//! article's matching rule and every slider's tipping points.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{bar, clip_spans, focused, more_below, pane_block, truncate, wrapped};
use crate::engine::Verdict;
use crate::export::{reason_quotes, tip_phrase_short, verdict_sentence};
use crate::tui::app::{App, Pane};
use crate::tui::layout;

/// The pane's text at `width` columns (also used to bound its scrolling).
pub fn lines(app: &App, width: u16, wide: bool) -> Vec<Line<'static>> {
    let theme = app.theme;
    let pack = &app.pack;
    let r = &app.recommendation;
    let mut lines = Vec::new();
    let name_width = pack
        .options
        .iter()
        .map(|o| o.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(12);
    let bar_width = width.saturating_sub(u16::try_from(name_width).unwrap_or(12) + 5);
    for &option in &r.ranking {
        let (filled, empty) = bar(r.scores[option], 100, bar_width);
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{:<name_width$} ",
                    truncate(&pack.options[option].name, name_width)
                ),
                theme.option(option),
            ),
            Span::styled(filled, theme.option(option)),
            Span::styled(empty, theme.track_empty()),
            Span::styled(format!(" {:>3}", r.scores[option]), theme.heading()),
        ]));
    }
    lines.push(Line::default());
    match r.verdict {
        Verdict::Winner(option) => lines.push(Line::from(vec![
            Span::styled("Verdict: ", theme.heading()),
            Span::styled(
                format!(" {} ", pack.options[option].name),
                theme.winner(option),
            ),
        ])),
        Verdict::CloseCall => lines.push(Line::from(vec![
            Span::styled("Verdict: ", theme.heading()),
            Span::styled("TOO CLOSE TO CALL", theme.close_call()),
        ])),
    }
    lines.extend(wrapped(
        &verdict_sentence(pack, r),
        width,
        "",
        theme.muted(),
    ));
    if r.verdict == Verdict::CloseCall {
        lines.extend(wrapped(&pack.close_call.text, width, "", theme.text()));
    }

    lines.push(Line::default());
    lines.push(Line::styled("Why", theme.heading()));
    if r.reasons.is_empty() {
        lines.extend(wrapped(
            "Nothing separates the top two yet: move a slider.",
            width,
            "  ",
            theme.muted(),
        ));
    }
    // The strongest few; the export lists them all.
    let shown = r.reasons.len().min(if wide { 6 } else { 3 });
    let quotes = reason_quotes(pack, &r.reasons[..shown]);
    for (reason, quotes) in r.reasons[..shown].iter().zip(quotes) {
        let t = &pack.traits[reason.trait_index];
        let head = format!(
            "+{} {}: {}",
            reason.score, pack.options[reason.favours].name, t.label
        );
        lines.extend(wrapped(&head, width, "  ", theme.option(reason.favours)));
        for quote in quotes {
            lines.extend(wrapped(&quote, width, "    ", theme.muted()));
        }
    }
    if shown < r.reasons.len() {
        lines.push(Line::styled(
            format!("  … {} more", r.reasons.len() - shown),
            theme.muted(),
        ));
    }

    if !pack.rules.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("The article's rule", theme.heading()));
        if r.matching_rules.is_empty() {
            lines.extend(wrapped(
                "No single rule decides a close call.",
                width,
                "  ",
                theme.muted(),
            ));
        }
        for &rule in &r.matching_rules {
            let option = pack.option_index(&pack.rules[rule].option).unwrap_or(0);
            lines.extend(wrapped(
                &pack.rules[rule].text,
                width,
                "  ✓ ",
                theme.option(option),
            ));
        }
    }

    lines.push(Line::default());
    lines.push(Line::styled(
        "Tipping points (others held)",
        theme.heading(),
    ));
    let longest = pack
        .traits
        .iter()
        .map(|t| t.label.chars().count())
        .max()
        .unwrap_or(0);
    let label_width = (longest + 3).min(usize::from(width) * 3 / 5).max(8);
    for tips in &r.tipping_points {
        let t = &pack.traits[tips.trait_index];
        let label = format!(
            "  {:<w$} ",
            truncate(&t.label, label_width - 3),
            w = label_width - 3
        );
        let mut phrases: Vec<Span<'static>> = Vec::new();
        for (above, tip) in [(false, tips.below), (true, tips.above)] {
            if let Some(tip) = tip {
                if !phrases.is_empty() {
                    phrases.push(Span::raw("  "));
                }
                let style = match tip.verdict {
                    Verdict::Winner(option) => theme.option(option),
                    Verdict::CloseCall => theme.close_call(),
                };
                phrases.push(Span::styled(
                    tip_phrase_short(pack, above, tip.value, tip.verdict),
                    style,
                ));
            }
        }
        if phrases.is_empty() {
            phrases.push(Span::styled("—", theme.muted()));
        }
        let phrases_width: usize = phrases
            .iter()
            .map(|span| span.content.chars().count())
            .sum();
        if label_width + phrases_width <= usize::from(width) {
            let mut spans = vec![Span::raw(label)];
            spans.extend(phrases);
            lines.push(Line::from(spans));
        } else {
            // Too narrow for both: the tipping points go under the label.
            lines.push(Line::raw(label));
            let mut spans = vec![Span::raw("    ")];
            spans.extend(phrases);
            lines.push(Line::from(clip_spans(spans, usize::from(width))));
        }
    }
    lines
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, wide: bool) {
    let inner = layout::inner(area);
    let lines: Vec<Line> = lines(app, inner.width, wide)
        .into_iter()
        .skip(app.recommendation_scroll)
        .collect();
    let more = lines.len() > usize::from(inner.height);
    let block = pane_block(
        "Recommendation",
        focused(app, Pane::Recommendation),
        app.theme,
    );
    frame.render_widget(more_below(block, more, app.theme), area);
    frame.render_widget(Paragraph::new(lines), inner);
}
