//! The search box: query, ranked results, matched letters highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{pane_block, truncate};
use crate::tui::app::App;
use crate::tui::layout;

/// Where the search box goes in `body` for `results` hits, and how many
/// result rows it shows (also used to keep the selection on screen).
pub fn area(body: Rect, results: usize) -> (Rect, usize) {
    let height = u16::try_from(results)
        .unwrap_or(u16::MAX)
        .saturating_add(4)
        .clamp(6, body.height.saturating_sub(2).max(6));
    let area = layout::centered(body, 70.min(body.width.saturating_sub(4)).max(30), height);
    (
        area,
        usize::from(layout::inner(area).height.saturating_sub(2)),
    )
}

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let theme = app.theme;
    let results = app.search.hits().len();
    let (area, visible) = area(body, results);
    frame.render_widget(Clear, area);
    let title = format!("Search factors, sliders, article · {results} found");
    frame.render_widget(pane_block(&title, true, theme), area);
    let inner = layout::inner(area);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("/ ", theme.key()),
            Span::styled(app.search.query.clone(), theme.heading()),
            Span::styled("█", theme.muted()),
        ]),
        Line::styled("─".repeat(usize::from(inner.width)), theme.muted()),
    ];
    let offset = app.search_offset;
    let width = usize::from(inner.width);
    for (row, hit) in app
        .search
        .hits()
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
    {
        let item = &app.index.items()[hit.item];
        let selected = row == app.search.selected;
        let text = truncate(&item.text, width.saturating_sub(12));
        let matched = app.index.positions(hit.item, &app.search.query);
        let mut spans = vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(format!("{:<8} ", item.kind.label()), theme.muted()),
        ];
        for (position, c) in text.chars().enumerate() {
            let style = if matched.contains(&position) {
                theme.matched()
            } else {
                theme.text()
            };
            let style = if selected {
                style.patch(theme.selected(true))
            } else {
                style
            };
            spans.push(Span::styled(c.to_string(), style));
        }
        lines.push(Line::from(spans));
    }
    if results == 0 {
        lines.push(Line::styled("  nothing matches", theme.muted()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
