//! The factor list: each factor with how much it counts now (a small bar and
//! the number), the ones the focused slider raises marked with ▲.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{focused, pane_block};
use crate::textkit::width;
use crate::tui::app::{App, Pane};
use crate::tui::layout;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let is_focused = focused(app, Pane::Factors);
    let session = app.session();
    let pack = app.pack();
    let title = format!("Factors {}/{}", session.factor() + 1, pack.factors.len());
    frame.render_widget(pane_block(&title, is_focused, app.theme()), area);
    let inner = layout::inner(area);
    let columns = usize::from(inner.width);
    let importance = &session.recommendation().importance;
    let most = importance.iter().copied().max().unwrap_or(0).max(1);
    let raised = &pack.sliders.get(session.slider()).map(|t| {
        t.raises
            .iter()
            .chain(&t.raises_low)
            .map(|raise| raise.factor)
            .collect::<Vec<_>>()
    });
    let number_width = most.to_string().len().max(2);
    let bar_width = if columns >= 30 {
        4
    } else if columns >= 20 {
        2
    } else {
        0
    };
    // Only the rows on screen are built, however long the list.
    let lines: Vec<Line> = pack
        .factors
        .iter()
        .enumerate()
        .skip(session.factors().offset)
        .take(usize::from(inner.height))
        .map(|(index, factor)| {
            let now = importance.get(index).copied().unwrap_or(0);
            let mark = if raised.as_ref().is_some_and(|r| r.contains(&index)) {
                "▲"
            } else {
                " "
            };
            let (filled, empty) = width::bar(now as f64, most as f64, bar_width);
            let tail = format!(" {filled}{empty} {now:>number_width$}");
            let name_width = columns.saturating_sub(4 + width::width(&tail));
            let name = width::pad(&factor.name, name_width);
            let selected = index == session.factor();
            let name_style = if selected {
                app.theme().selected(is_focused)
            } else {
                app.theme().text()
            };
            Line::from(vec![
                Span::raw(if selected { "▶" } else { " " }),
                Span::styled(mark, app.theme().key()),
                Span::raw(" "),
                Span::styled(name, name_style),
                Span::raw(tail),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
