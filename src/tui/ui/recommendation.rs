//! The live recommendation: the verdict and the fit bars pinned at the top,
//! never scrolled away; the reasons, the rule and the tipping points under
//! them (see `tui::text::recommendation`).

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{focused, more_below, pane_block, rows};
use crate::tui::app::{App, Pane};
use crate::tui::layout;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let shown = app.session().shown();
    let inner = layout::inner(area);
    let header = shown.header();
    let pinned = u16::try_from(header.len())
        .unwrap_or(u16::MAX)
        .min(inner.height);
    let body_area = Rect {
        y: inner.y + pinned,
        height: inner.height - pinned,
        ..inner
    };
    let body = shown
        .body()
        .get(app.session().reading().offset..)
        .unwrap_or_default();
    let more = body.len() > usize::from(body_area.height);
    let block = pane_block(
        "Recommendation",
        focused(app, Pane::Recommendation),
        app.theme(),
    );
    frame.render_widget(more_below(block, more, app.theme()), area);
    rows(frame, inner, &header[..usize::from(pinned)]);
    rows(frame, body_area, body);
}
