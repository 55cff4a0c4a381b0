//! The `?` overlay: every key, from the table that handles them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::{more_below, pane_block};
use crate::tui::app::App;
use crate::tui::layout;

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let area = layout::help_box(body);
    frame.render_widget(Clear, area);
    let rows = usize::from(layout::inner(area).height);
    let visible: Vec<Line> = app
        .session()
        .shown()
        .help()
        .iter()
        .skip(app.help().offset)
        .take(rows + 1)
        .cloned()
        .collect();
    let more = visible.len() > usize::from(layout::inner(area).height);
    let block = pane_block(
        "Keys · q, Esc or ? closes · j/k, PgUp/PgDn, g/G scroll",
        true,
        app.theme(),
    );
    frame.render_widget(more_below(block, more, app.theme()), area);
    frame.render_widget(Paragraph::new(visible), layout::inner(area));
}
