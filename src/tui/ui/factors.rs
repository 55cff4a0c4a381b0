//! The factor list: the article's comparison factors, one per row.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{focused, pane_block, truncate};
use crate::tui::app::{App, Pane};
use crate::tui::layout;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let is_focused = focused(app, Pane::Factors);
    let title = format!("Factors {}/{}", app.factor + 1, app.pack.factors.len());
    let block = pane_block(&title, is_focused, app.theme);
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    let visible = usize::from(inner.height);
    let offset = app.factor_offset;
    let width = usize::from(inner.width);
    // Only the rows on screen are built, however long the list.
    let lines: Vec<Line> = app
        .pack
        .factors
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(index, factor)| {
            let name = truncate(&factor.name, width.saturating_sub(2));
            if index == app.factor {
                let padded = format!("{name:<w$}", w = width.saturating_sub(2));
                Line::from(vec![
                    Span::raw("▶ "),
                    Span::styled(padded, app.theme.selected(is_focused)),
                ])
            } else {
                Line::from(format!("  {name}"))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
