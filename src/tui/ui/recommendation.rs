//! The live recommendation: fit bars, the verdict, the reasons, the
//! article's matching rule and every slider's tipping points.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{clip_spans, focused, more_below, pane_block, wrapped};
use crate::engine::Verdict;
use crate::tui::app::{App, Pane};
use crate::tui::layout;
use crate::words::{self, width};

/// The pane's text at `width` columns (also used to bound its scrolling).
pub fn lines(app: &App, width: u16, wide: bool) -> Vec<Line<'static>> {
    let theme = app.theme;
    let pack = &app.pack;
    let r = &app.recommendation;
    let mut lines = Vec::new();
    let name_width = pack
        .options
        .iter()
        .map(|o| width::width(&o.name))
        .max()
        .unwrap_or(0)
        .min(12);
    let bar_width = usize::from(width).saturating_sub(name_width + 5);
    for &option in &r.ranking {
        let fit = r.fit_rounded(option);
        let (filled, empty) = width::bar(f64::from(fit), 100.0, bar_width);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", width::pad(&pack.options[option].name, name_width)),
                theme.option(option),
            ),
            Span::styled(filled, theme.option(option)),
            Span::styled(empty, theme.track_empty()),
            Span::styled(format!(" {fit:>3}"), theme.heading()),
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
        Verdict::CloseCall(_) => lines.push(Line::from(vec![
            Span::styled("Verdict: ", theme.heading()),
            Span::styled("TOO CLOSE TO CALL", theme.close_call()),
        ])),
    }
    lines.extend(wrapped(
        &words::verdict_sentence(pack, r),
        width,
        "",
        theme.muted(),
    ));
    if matches!(r.verdict, Verdict::CloseCall(_)) {
        lines.extend(wrapped(&pack.close_call.text, width, "", theme.text()));
    }

    lines.push(Line::default());
    lines.push(Line::styled("Why", theme.heading()));
    if r.reasons.is_empty() {
        lines.extend(wrapped(
            "Nothing separates the top two: no factor that counts rates them differently.",
            width,
            "  ",
            theme.muted(),
        ));
    }
    // The strongest few; the export lists them all.
    let shown = r.reasons.len().min(if wide { 6 } else { 3 });
    for reason in &r.reasons[..shown] {
        let detail = words::reason_detail(pack, r, reason);
        let head = format!(
            "+{} {}: {}",
            words::tenths(detail.share_tenths),
            pack.options[detail.favours].name,
            detail.factor
        );
        lines.extend(wrapped(&head, width, "  ", theme.option(detail.favours)));
        lines.extend(wrapped(
            &detail.importance_phrase(),
            width,
            "    ",
            theme.muted(),
        ));
        for phrase in detail.rating_phrases(pack) {
            lines.extend(wrapped(&phrase, width, "    ", theme.text()));
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
                "No single rule of the article decides this.",
                width,
                "  ",
                theme.muted(),
            ));
        }
        for &rule in &r.matching_rules {
            let option = pack.rules[rule].option;
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
        .map(|t| width::width(&t.label))
        .max()
        .unwrap_or(0);
    let label_width = (longest + 3).min(usize::from(width) * 3 / 5).max(8);
    for tips in &r.tipping_points {
        let t = &pack.traits[tips.trait_index];
        let label = format!("  {} ", width::pad(&t.label, label_width - 3));
        let mut phrases: Vec<Span<'static>> = Vec::new();
        for (above, tip) in [(false, tips.below), (true, tips.above)] {
            if let Some(tip) = tip {
                if !phrases.is_empty() {
                    phrases.push(Span::raw("  "));
                }
                let style = match tip.verdict {
                    Verdict::Winner(option) => theme.option(option),
                    Verdict::CloseCall(_) => theme.close_call(),
                };
                phrases.push(Span::styled(words::tip_phrase(pack, t, above, tip), style));
            }
        }
        if phrases.is_empty() {
            phrases.push(Span::styled("—", theme.muted()));
        }
        let phrases_width: usize = phrases.iter().map(|span| width::width(&span.content)).sum();
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
