//! The recommendation pane beside a pinned baseline (`b`): the baseline's
//! verdict and fits under the live ones in the pinned header, and at the
//! top of the body what differs and the factors whose share moved most.

use ratatui::text::{Line, Span};

use super::wrapped;
use crate::content::Pack;
use crate::engine::{Comparison, Recommendation};
use crate::textkit::width;
use crate::tui::theme::Theme;
use crate::words;

/// At most this many factors' moves are listed here; the rest are counted.
const MAX_MOVES: usize = 6;

/// The pinned header's line for the baseline: "Baseline  Python: Python
/// 91 · Node.js 63", cut to the width.
pub fn baseline_line(
    pack: &Pack,
    baseline: &Recommendation,
    theme: Theme,
    columns: u16,
) -> Line<'static> {
    let text = format!(" {}  {}", words::BASELINE, words::side_fits(pack, baseline));
    Line::from(Span::styled(
        width::truncate(&text, usize::from(columns)),
        theme.verdict(baseline.verdict),
    ))
}

/// The comparison, for the top of the body: whether the verdict changes,
/// the sliders and numbers that differ, and the factors that moved most.
pub fn lines(
    pack: &Pack,
    comparison: &Comparison,
    baseline: &Recommendation,
    now: &Recommendation,
    theme: Theme,
    columns: u16,
) -> Vec<Line<'static>> {
    let mut lines = wrapped(words::COMPARED_WITH_BASELINE, columns, "", theme.heading());
    lines.extend(wrapped(
        &words::verdict_move(pack, baseline.verdict, now.verdict),
        columns,
        "",
        theme.verdict(now.verdict),
    ));
    lines.extend(wrapped(words::WHAT_DIFFERS, columns, "", theme.text()));
    if comparison.is_same() {
        lines.extend(wrapped(words::SAME_PROJECTS, columns, "  ", theme.muted()));
    }
    for change in &comparison.sliders {
        let t = &pack.sliders[change.slider];
        let said = words::slider_move(t, change.a, change.b);
        lines.extend(wrapped(&said, columns, "  ", theme.text()));
    }
    for change in &comparison.numbers {
        let said = words::number_move(pack, change);
        lines.extend(wrapped(&said, columns, "  ", theme.text()));
    }
    let heading = words::shares_moved_phrase(pack, comparison, "the baseline", "now");
    lines.extend(wrapped(
        &format!("What moved: {heading}"),
        columns,
        "",
        theme.text(),
    ));
    if comparison.shares.is_empty() {
        lines.extend(wrapped(words::NO_SHARE_MOVED, columns, "  ", theme.muted()));
    }
    for share in comparison.shares.iter().take(MAX_MOVES) {
        let said = words::share_move(pack, comparison, share);
        lines.extend(wrapped(&said, columns, "  ", theme.text()));
    }
    if let Some(rest) = words::more_moved_phrase(comparison, MAX_MOVES) {
        lines.extend(wrapped(&rest, columns, "  ", theme.muted()));
    }
    lines.push(Line::default());
    lines
}
