//! The selected factor's text (see `tui::text::detail`), scrolled.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{focused, more_below, pane_block};
use crate::tui::app::{App, Pane};
use crate::tui::layout;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let session = app.session();
    let pack = app.pack();
    let title = pack
        .factors
        .get(session.factor())
        .map_or("Factor", |f| f.name.as_str());
    let inner = layout::inner(area);
    let lines: Vec<Line> = session
        .shown()
        .detail()
        .iter()
        .skip(session.detail().offset)
        .take(usize::from(inner.height) + 1)
        .cloned()
        .collect();
    let more = lines.len() > usize::from(inner.height);
    let block = pane_block(title, focused(app, Pane::Detail), app.theme());
    frame.render_widget(more_below(block, more, app.theme()), area);
    frame.render_widget(Paragraph::new(lines), inner);
}
