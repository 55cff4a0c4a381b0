//! The explorer's text, built from plain data (pack, recommendation, theme,
//! width) into lines. Drawing shows them; the app state measures them to
//! keep scrolls in range. Nothing here reads the app or draws.

pub mod article;
pub mod compare;
pub mod detail;
pub mod group;
pub mod help;
pub mod recommendation;
pub mod search;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::content::Pack;
use crate::engine::Recommendation;
use crate::textkit::{width, wrap};
use crate::words;

use super::theme::Theme;

/// `text` wrapped to `columns`, each line in `style`; `indent` leads the
/// first line and the lines after it are indented by as many spaces.
pub fn wrapped(text: &str, columns: u16, indent: &str, style: Style) -> Vec<Line<'static>> {
    let indent_width = width::width(indent);
    let available = usize::from(columns).saturating_sub(indent_width).max(1);
    let hang = " ".repeat(indent_width);
    wrap(text.trim_end(), available)
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let lead = if index == 0 { indent } else { hang.as_str() };
            Line::from(Span::styled(format!("{lead}{line}"), style))
        })
        .collect()
}

/// Spans cut to `columns`, the last one ending in an ellipsis when cut.
pub fn clip_spans(spans: Vec<Span<'static>>, columns: usize) -> Vec<Span<'static>> {
    let total: usize = spans.iter().map(|span| width::width(&span.content)).sum();
    if total <= columns {
        return spans;
    }
    let mut out = Vec::new();
    let mut used = 0;
    for span in spans {
        let span_width = width::width(&span.content);
        if used + span_width < columns {
            used += span_width;
            out.push(span);
            continue;
        }
        let text = width::truncate(&span.content, columns - used);
        out.push(Span::styled(text, span.style));
        break;
    }
    out
}

/// One row of a bar chart: the name in a column padded by display width, a
/// bar of `value` out of `max`, and the number. The fits of the
/// recommendation and the ratings of the factor text both use it, so their
/// columns line up whatever the names' widths.
pub struct BarRow<'a> {
    pub name: &'a str,
    pub name_width: usize,
    pub value: f64,
    pub max: f64,
    pub bar_width: usize,
    pub style: Style,
    pub number: String,
}

impl BarRow<'_> {
    pub fn line(self) -> Line<'static> {
        let (filled, empty) = width::bar(self.value, self.max, self.bar_width);
        Line::from(vec![
            Span::styled(
                format!("{} ", width::pad(self.name, self.name_width)),
                self.style,
            ),
            Span::styled(filled, self.style),
            Span::styled(empty, self.style),
            Span::raw(format!(" {}", self.number)),
        ])
    }
}

/// The widest factor name, at most 100 columns: the factor list's name
/// column, which the layout gives room.
pub fn factor_name_width(pack: &Pack) -> usize {
    width::widest(pack.factors.iter().map(|f| f.name.as_str()), 100)
}

/// The widest option name, at most `cap` columns.
pub fn name_width(pack: &Pack, cap: usize) -> usize {
    width::widest(pack.options.iter().map(|o| o.name.as_str()), cap)
}

/// A slider's tipping points as styled phrases ("≥ 4 → Python"), below
/// first; the one phrase for none.
pub fn tip_spans(
    pack: &Pack,
    recommendation: &Recommendation,
    slider: usize,
    theme: Theme,
) -> Vec<Span<'static>> {
    let Some(tips) = recommendation.tipping_points.get(slider) else {
        return Vec::new();
    };
    let t = &pack.sliders[slider];
    let mut spans = Vec::new();
    for (above, tip) in [(false, tips.below), (true, tips.above)] {
        if let Some(tip) = tip {
            if !spans.is_empty() {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(
                words::tip_phrase(pack, t, above, tip),
                theme.verdict(tip.verdict),
            ));
        }
    }
    if spans.is_empty() {
        spans.push(Span::styled(words::NO_TIP, theme.muted()));
    }
    spans
}
