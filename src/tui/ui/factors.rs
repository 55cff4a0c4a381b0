//! The factor list: each factor with how much it counts now (a bar when
//! there is room, and the number), the ones the focused slider raises
//! marked with ▲. Names come first: the bar shrinks or goes before a name
//! is cut; the rows below the pane are counted on its border.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{focused, pane_block, rows_below};
use crate::textkit::width;
use crate::tui::app::{App, Pane};
use crate::tui::layout;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let is_focused = focused(app, Pane::Factors);
    let session = app.session();
    let pack = app.pack();
    let title = format!("Factors {}/{}", session.factor() + 1, pack.factors.len());
    let inner = layout::inner(area);
    let offset = session.factors().offset;
    let visible = usize::from(inner.height);
    let hidden = pack.factors.len().saturating_sub(offset + visible);
    let block = pane_block(&title, is_focused, app.theme());
    frame.render_widget(rows_below(block, hidden, app.theme()), area);
    let importance = &session.recommendation().importance;
    let most = importance.iter().copied().max().unwrap_or(0).max(1);
    let raised = &pack.sliders.get(session.slider()).map(|t| {
        t.raises
            .iter()
            .chain(&t.raises_low)
            .map(|raise| raise.factor)
            .collect::<Vec<_>>()
    });
    let number_width = crate::screen::number_width(most);
    let names = session.factor_names();
    let row = layout::factor_row(usize::from(inner.width), names, number_width);
    // Only the rows on screen are built, however long the list.
    let lines: Vec<Line> = pack
        .factors
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(index, factor)| {
            let now = importance.get(index).copied().unwrap_or(0);
            let mark = if raised.as_ref().is_some_and(|r| r.contains(&index)) {
                "▲"
            } else {
                " "
            };
            let bar = if row.bar > 0 {
                let (filled, empty) = width::bar(now as f64, most as f64, row.bar);
                format!(" {filled}{empty}")
            } else {
                String::new()
            };
            let tail = format!("{bar} {now:>number_width$}");
            let name = width::pad(&factor.name, row.name);
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
    super::rows(frame, inner, &lines);
}
