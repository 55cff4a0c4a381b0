//! The selected factor: the article's verdict on it, each option's rating
//! as a bar, the longer text, and the sliders that draw on it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{bar, focused, more_below, pane_block, truncate, wrapped};
use crate::content::MAX_RATING;
use crate::tui::app::{App, Pane};
use crate::tui::layout;

/// The pane's text at `width` columns (also used to bound its scrolling).
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let theme = app.theme;
    let Some(factor) = app.pack.factors.get(app.factor) else {
        return Vec::new();
    };
    let mut lines = wrapped(&factor.summary, width, "", theme.heading());
    lines.push(Line::default());
    let name_width = app
        .pack
        .options
        .iter()
        .map(|o| o.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(14);
    let bar_width = width
        .saturating_sub(u16::try_from(name_width).unwrap_or(14) + 5)
        .min(20);
    for (index, option) in app.pack.options.iter().enumerate() {
        let rating = factor.ratings.get(&option.id).copied().unwrap_or(0);
        let (filled, empty) = bar(rating, MAX_RATING, bar_width);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{:<name_width$} ", truncate(&option.name, name_width)),
                theme.option(index),
            ),
            Span::styled(filled, theme.option(index)),
            Span::styled(empty, theme.track_empty()),
            Span::raw(format!(" {rating:>2}")),
        ]));
    }
    if let Some(detail) = &factor.detail {
        lines.push(Line::default());
        lines.extend(wrapped(detail, width, "", theme.text()));
    }
    let sliders: Vec<&str> = app
        .pack
        .traits
        .iter()
        .filter(|t| t.factors.contains(&factor.id))
        .map(|t| t.label.as_str())
        .collect();
    if !sliders.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("Sliders that draw on it", theme.muted()));
        for label in sliders {
            lines.extend(wrapped(label, width, "· ", theme.muted()));
        }
    }
    lines
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let title = app
        .pack
        .factors
        .get(app.factor)
        .map_or("Factor", |f| f.name.as_str());
    let inner = layout::inner(area);
    let lines: Vec<Line> = lines(app, inner.width)
        .into_iter()
        .skip(app.detail_scroll)
        .collect();
    let more = lines.len() > usize::from(inner.height);
    let block = pane_block(title, focused(app, Pane::Detail), app.theme);
    frame.render_widget(more_below(block, more, app.theme), area);
    frame.render_widget(Paragraph::new(lines), inner);
}
