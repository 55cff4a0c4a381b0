//! The recommendation pane's text: a header pinned at the top (the verdict
//! and one fit bar per option) and a body that scrolls under it (why, the
//! article's rule, every slider's tipping points).

use ratatui::text::{Line, Span};

use super::{BarRow, clip_spans, name_width, tip_spans, wrapped};
use crate::content::Pack;
use crate::engine::{Engine, Recommendation, Robustness, Verdict};
use crate::group::Group;
use crate::textkit::{self, width};
use crate::tui::theme::Theme;
use crate::words;

/// At most this many reasons and sliders' tipping points are listed here.
const MAX_REASONS: usize = 12;
const MAX_TIPS: usize = 60;

/// The verdict in as many words as fit `columns`: it shortens before it cuts.
fn verdict_words(pack: &Pack, verdict: Verdict, columns: usize) -> String {
    first_that_fits(&words::verdict_forms(pack, verdict), columns, 2)
}

/// How sure the verdict is, in as many words as fit; `None` while the
/// nearby projects are still being counted.
fn robustness_words(verdict: Verdict, sure: Option<Robustness>, columns: usize) -> String {
    first_that_fits(&words::robustness_forms(verdict, sure), columns, 1)
}

/// The first of `candidates` (longest first) that fits `columns` with
/// `padding` to spare; else the last, cut to fit.
fn first_that_fits(candidates: &[String], columns: usize, padding: usize) -> String {
    candidates
        .iter()
        .find(|text| width::width(text) + padding <= columns)
        .cloned()
        .unwrap_or_else(|| width::truncate(candidates.last().map_or("", String::as_str), columns))
}

/// The pinned header: the verdict and how sure it is, then each option's
/// fit, best first.
pub fn header(
    pack: &Pack,
    r: &Recommendation,
    sure: Option<Robustness>,
    theme: Theme,
    columns: u16,
) -> Vec<Line<'static>> {
    let width = usize::from(columns);
    let verdict = verdict_words(pack, r.verdict, width);
    let mut lines = vec![
        Line::from(Span::styled(format!(" {verdict} "), theme.badge(r.verdict))),
        Line::from(Span::styled(
            format!(" {}", robustness_words(r.verdict, sure, width)),
            theme.text(),
        )),
    ];
    let name_width = name_width(pack, crate::screen::option_name_columns(width));
    // " 100 fit" after the bar when there is room, " 100" when not; to a
    // tenth when the lead needs it (" 81.4 fit").
    let columns = words::fit_columns(r);
    let label = if width >= name_width + 17 + columns {
        " fit"
    } else {
        ""
    };
    let bar_width = width
        .saturating_sub(name_width + 2 + columns + label.len())
        .min(40);
    for &option in &r.ranking {
        let fit = words::fit_number(r, option);
        lines.push(
            BarRow {
                name: &pack.options[option].name,
                name_width,
                value: f64::from(r.fit_rounded(option)),
                max: 100.0,
                bar_width,
                style: theme.option(option),
                number: format!("{}{label}", width::pad_left(&fit, columns)),
            }
            .line(),
        );
    }
    lines.push(Line::from("─".repeat(width)));
    lines
}

/// The text under the header; the people after the verdict when a group
/// was loaded.
pub fn body(
    pack: &Pack,
    engine: &Engine,
    r: &Recommendation,
    group: Option<&Group>,
    theme: Theme,
    columns: u16,
) -> Vec<Line<'static>> {
    let mut lines = wrapped(&words::verdict_sentence(pack, r), columns, "", theme.text());
    // Two verdicts per rating: cheap enough for every key, even at 10,000
    // factors (benches/scaling.rs measures it).
    let one_step = engine.ratings_one_step_off(r, 0..engine.factor_count());
    if let Some(fragile) = words::fragile_phrase(pack, engine.overrides(), &one_step) {
        lines.extend(wrapped(
            &textkit::capitalise(&fragile),
            columns,
            "",
            theme.text(),
        ));
    }
    if let Some(headline) = words::overrides_headline(engine.overrides()) {
        lines.extend(wrapped(&headline, columns, "", theme.muted()));
    }
    lines.extend(wrapped(words::SCREEN_GLOSS, columns, "", theme.muted()));
    if let Some(text) = words::close_text(pack, r) {
        lines.push(Line::default());
        lines.extend(wrapped(&format!("“{text}”"), columns, "", theme.muted()));
    }
    if let Some(group) = group {
        lines.extend(super::group::lines(pack, group, theme, columns));
    }
    reasons(&mut lines, pack, engine, r, theme, columns);
    behind(&mut lines, pack, r, theme, columns);
    rules(&mut lines, pack, r, theme, columns);
    tipping_points(&mut lines, pack, r, theme, columns);
    lines
}

fn reasons(
    lines: &mut Vec<Line<'static>>,
    pack: &Pack,
    engine: &Engine,
    r: &Recommendation,
    theme: Theme,
    columns: u16,
) {
    lines.push(Line::default());
    lines.extend(wrapped(
        &format!("Why: {}", words::why_phrase(pack, r)),
        columns,
        "",
        theme.heading(),
    ));
    lines.extend(wrapped(
        "Ratings are this pack's reading of the quoted words",
        columns,
        "",
        theme.muted(),
    ));
    if r.reasons.is_empty() {
        lines.extend(wrapped(words::NO_REASONS, columns, "  ", theme.muted()));
        return;
    }
    // The strongest reasons; the export lists them all. Bounded, so a pack
    // of many thousands of factors costs no more a frame than a small one.
    for index in 0..r.reasons.len().min(MAX_REASONS) {
        let detail = words::reason_detail(pack, engine, r, index);
        let head = format!("{} ({})", detail.head(), detail.favours_phrase(pack));
        lines.extend(wrapped(
            &head,
            columns,
            "  ",
            theme.verdict(Verdict::Winner(detail.favours)),
        ));
        lines.extend(wrapped(
            &detail.importance_phrase(),
            columns,
            "    ",
            theme.muted(),
        ));
        for phrase in detail.rating_phrases(pack) {
            lines.extend(wrapped(&phrase, columns, "    ", theme.text()));
        }
    }
    if let Some(rest) = words::more_reasons_phrase(r, MAX_REASONS) {
        lines.extend(wrapped(&rest, columns, "  ", theme.muted()));
    }
    lines.extend(wrapped(
        &words::lead_sum_phrase(pack, r),
        columns,
        "  ",
        theme.text(),
    ));
    deciding_ratings(lines, pack, engine, r, theme, columns);
}

/// Ratings worked out whole on every key only up to this many (factors ×
/// options): past it the list would cost a key press more than its frame,
/// and the screen points to `recommend`, which lists them.
const DECIDING_ON_SCREEN: usize = 2_000;

/// The ratings nearest to changing the verdict, after the reasons, as the
/// exports list them.
fn deciding_ratings(
    lines: &mut Vec<Line<'static>>,
    pack: &Pack,
    engine: &Engine,
    r: &Recommendation,
    theme: Theme,
    columns: u16,
) {
    if pack.factors.len() * pack.options.len() > DECIDING_ON_SCREEN {
        lines.extend(wrapped(
            words::DECIDING_ELSEWHERE,
            columns,
            "  ",
            theme.muted(),
        ));
        return;
    }
    let tips = engine.rating_tipping_points(r, 0..engine.factor_count());
    let nearest = crate::engine::nearest_ratings(&tips, words::NEAREST_SHOWN);
    if nearest.is_empty() {
        lines.extend(wrapped(
            words::NO_RATING_DECIDES,
            columns,
            "  ",
            theme.muted(),
        ));
        return;
    }
    lines.extend(wrapped(
        words::RATINGS_DECIDING,
        columns,
        "  ",
        theme.text(),
    ));
    for tip in &nearest {
        let phrase = words::rating_tip_phrase(pack, engine.overrides(), tip);
        lines.extend(wrapped(&phrase, columns, "    ", theme.text()));
    }
}

/// With three or more options, why each one behind the runner-up lost.
fn behind(
    lines: &mut Vec<Line<'static>>,
    pack: &Pack,
    r: &Recommendation,
    theme: Theme,
    columns: u16,
) {
    if r.behind.is_empty() {
        return;
    }
    lines.push(Line::default());
    lines.extend(wrapped("Why not the others", columns, "", theme.heading()));
    for behind in r.behind.iter().take(MAX_REASONS) {
        lines.extend(wrapped(
            &words::behind_phrase(pack, r, behind),
            columns,
            "  ",
            theme.option(behind.option),
        ));
    }
}

fn more(lines: &mut Vec<Line<'static>>, shown: usize, all: usize, what: &str, theme: Theme) {
    if all > shown {
        let text = format!(
            "  … and {} more {what} (the export lists them all)",
            textkit::thousands((all - shown) as u64)
        );
        lines.push(Line::styled(text, theme.muted()));
    }
}

fn rules(
    lines: &mut Vec<Line<'static>>,
    pack: &Pack,
    r: &Recommendation,
    theme: Theme,
    columns: u16,
) {
    if pack.rules.is_empty() {
        return;
    }
    lines.push(Line::default());
    let applying = words::rule_lines(pack, r);
    if applying.is_empty() {
        lines.extend(wrapped("The article's rules", columns, "", theme.heading()));
        lines.extend(wrapped(
            words::no_rule_phrase(r),
            columns,
            "  ",
            theme.muted(),
        ));
        return;
    }
    lines.extend(wrapped(
        "The article's rules that apply",
        columns,
        "",
        theme.heading(),
    ));
    for line in applying {
        let style = match line.options.as_slice() {
            [option] => theme.verdict(Verdict::Winner(*option)),
            _ => theme.text(),
        };
        let said = line.said(pack);
        lines.extend(wrapped(&said, columns, "  ✓ ", style));
        if let Some(note) = line.note {
            lines.extend(wrapped(&note, columns, "    ", theme.muted()));
        }
    }
}

/// One line per slider when the pane is wide enough, two when it is not:
/// decided by the width alone, so the list never changes height as values move.
fn tipping_points(
    lines: &mut Vec<Line<'static>>,
    pack: &Pack,
    r: &Recommendation,
    theme: Theme,
    columns: u16,
) {
    lines.push(Line::default());
    lines.extend(wrapped(
        "Tipping points (each slider alone)",
        columns,
        "",
        theme.heading(),
    ));
    let width = usize::from(columns);
    let longest = width::widest(pack.sliders.iter().map(|t| t.label.as_str()), usize::MAX);
    let label_width = longest.min(width * 2 / 5).max(6);
    let one_line = width >= 48;
    for (slider, t) in pack.sliders.iter().enumerate().take(MAX_TIPS) {
        let tips = tip_spans(pack, r, slider, theme);
        if one_line {
            let mut spans = vec![Span::raw(format!(
                "  {} ",
                width::pad(&t.label, label_width)
            ))];
            spans.extend(tips);
            lines.push(Line::from(clip_spans(spans, width)));
        } else {
            lines.push(Line::raw(format!(
                "  {}",
                width::truncate(&t.label, width.saturating_sub(2))
            )));
            let mut spans = vec![Span::raw("    ")];
            spans.extend(tips);
            lines.push(Line::from(clip_spans(spans, width)));
        }
    }
    more(lines, MAX_TIPS, pack.sliders.len(), "sliders", theme);
}
