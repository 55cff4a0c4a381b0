//! The selected factor: the article's words on it, each option's rating
//! with its basis, the longer text, and the sliders that raise it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{focused, more_below, pane_block, wrapped};
use crate::content::MAX_RATING;
use crate::tui::app::{App, Pane};
use crate::tui::layout;
use crate::words::{self, width};

/// The pane's text at `width` columns (also used to bound its scrolling).
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let theme = app.theme;
    let Some(factor) = app.pack.factors.get(app.factor) else {
        return Vec::new();
    };
    let mut lines = wrapped(
        &format!("“{}”", factor.summary.trim()),
        width,
        "",
        theme.heading(),
    );
    lines.push(Line::default());
    lines.push(Line::styled(
        "Ratings: this pack's reading of the article",
        theme.muted(),
    ));
    let name_width = app
        .pack
        .options
        .iter()
        .map(|o| width::width(&o.name))
        .max()
        .unwrap_or(0)
        .min(14);
    let bar_width = usize::from(width).saturating_sub(name_width + 5).min(20);
    for (index, option) in app.pack.options.iter().enumerate() {
        let rating = words::rating_value(&app.pack, &app.values, app.factor, index);
        let (filled, empty) = width::bar(rating, f64::from(MAX_RATING), bar_width);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", width::pad(&option.name, name_width)),
                theme.option(index),
            ),
            Span::styled(filled, theme.option(index)),
            Span::styled(empty, theme.track_empty()),
            Span::raw(format!(" {:>3}", words::decimal(rating))),
        ]));
        let source = words::rating_source(&app.pack, app.factor, index).phrase();
        lines.extend(wrapped(&source, width, "  ", theme.muted()));
    }
    if let Some(detail) = &factor.detail {
        lines.push(Line::default());
        lines.extend(wrapped(detail, width, "", theme.text()));
    }
    let sliders: Vec<&str> = factor
        .raised_by
        .iter()
        .map(|&s| app.pack.traits[s].label.as_str())
        .collect();
    if !sliders.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("Sliders that raise it", theme.muted()));
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
