//! The lists drawn over the screen: the pack picker, shown first when
//! `--content` names a folder of packs, and the profiles beside the pack (`p`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{more_below, pane_block};
use crate::textkit::{file_name, width};
use crate::tui::app::{App, ListCursor};
use crate::tui::layout;

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let packs: Vec<String> = (app.packs().iter())
        .map(|pack| format!("{}  ({})", pack.title, pack.id))
        .collect();
    let title = if app.picked() {
        "Choose a pack · Enter opens · Esc goes back"
    } else {
        "Choose a pack · Enter opens"
    };
    list_box(frame, body, app, title, &packs, app.picker());
}

pub fn render_profiles(frame: &mut Frame, body: Rect, app: &App) {
    let names: Vec<String> = (app.profiles().paths.iter())
        .map(|path| {
            let folder = path.parent().map(|p| p.display().to_string());
            match folder.as_deref() {
                Some("." | "") | None => file_name(path),
                Some(folder) => format!(
                    "{}  (in {})",
                    file_name(path),
                    crate::textkit::escape_controls(folder)
                ),
            }
        })
        .collect();
    let title = "Load a profile · Enter loads · Esc closes";
    list_box(frame, body, app, title, &names, &app.profiles().cursor);
}

/// A box of rows over the body, the selected one marked, a mark when rows
/// are hidden below.
fn list_box(
    frame: &mut Frame,
    body: Rect,
    app: &App,
    title: &str,
    rows: &[String],
    cursor: &ListCursor,
) {
    let theme = app.theme();
    let area = layout::picker_box(body, rows.len());
    frame.render_widget(Clear, area);
    let inner = layout::inner(area);
    let visible = usize::from(inner.height);
    let more = rows.len() > cursor.offset + visible;
    frame.render_widget(
        more_below(pane_block(title, true, theme), more, theme),
        area,
    );
    let columns = usize::from(inner.width);
    let lines: Vec<Line> = (rows.iter().enumerate())
        .skip(cursor.offset)
        .take(visible)
        .map(|(index, row)| {
            let text = width::truncate(row, columns.saturating_sub(2));
            if index == cursor.selected {
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
