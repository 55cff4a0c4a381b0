//! The pack picker, shown first when `--content` names a folder of packs.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{pane_block, truncate};
use crate::tui::app::App;
use crate::tui::layout;

/// Where the picker goes in `body` for `packs` packs, and how many rows it shows.
pub fn area(body: Rect, packs: usize) -> (Rect, usize) {
    let height = u16::try_from(packs).unwrap_or(u16::MAX).saturating_add(2);
    let area = layout::centered(body, 76, height);
    (area, usize::from(layout::inner(area).height))
}

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let theme = app.theme;
    let (area, visible) = area(body, app.packs.len());
    frame.render_widget(Clear, area);
    frame.render_widget(pane_block("Choose a pack · Enter opens", true, theme), area);
    let inner = layout::inner(area);
    let offset = app.picker_offset;
    let width = usize::from(inner.width);
    let lines: Vec<Line> = app
        .packs
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(index, pack)| {
            let text = truncate(
                &format!("{}  ({})", pack.title, pack.id),
                width.saturating_sub(2),
            );
            if index == app.picker {
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
