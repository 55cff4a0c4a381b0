//! The selected factor's text (see `tui::text::detail`), scrolled.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{focused, more_below, pane_block, rows};
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
    let lines = (session.shown().detail())
        .get(session.detail().offset..)
        .unwrap_or_default();
    let more = lines.len() > usize::from(inner.height);
    let block = pane_block(title, focused(app, Pane::Detail), app.theme());
    frame.render_widget(more_below(block, more, app.theme()), area);
    rows(frame, inner, lines);
}
