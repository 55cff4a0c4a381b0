//! The pack picker, shown first when `--content` names a folder of packs.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::pane_block;
use crate::textkit::width;
use crate::tui::app::App;
use crate::tui::layout;

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let theme = app.theme();
    let area = layout::picker_box(body, app.packs().len());
    frame.render_widget(Clear, area);
    frame.render_widget(pane_block("Choose a pack · Enter opens", true, theme), area);
    let inner = layout::inner(area);
    let columns = usize::from(inner.width);
    let lines: Vec<Line> = app
        .packs()
        .iter()
        .enumerate()
        .skip(app.picker().offset)
        .take(usize::from(inner.height))
        .map(|(index, pack)| {
            let text = width::truncate(
                &format!("{}  ({})", pack.title, pack.id),
                columns.saturating_sub(2),
            );
            if index == app.picker().selected {
                Line::from(vec![
                    Span::raw("▶ "),
                    Span::styled(text, theme.selected(true)),
                ])
            } else {
                Line::from(format!("  {text}"))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
