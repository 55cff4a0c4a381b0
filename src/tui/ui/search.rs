//! The search box: the query, then ranked results (rows from
//! `text::search`). It keeps its size while the results change, and marks
//! results below the last row.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{pane_block, rows_below};
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::text;

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let theme = app.theme();
    let area = layout::search_box(body);
    let rows = layout::search_rows(body);
    let hits = app.search().hits();
    frame.render_widget(Clear, area);
    let pending = app.search().pending();
    let title = if pending > 0 {
        format!(
            "Search factors, sliders and the article · {} found, ranking {pending} more…",
            hits.len()
        )
    } else {
        format!(
            "Search factors, sliders and the article · {} found",
            hits.len()
        )
    };
    let offset = app.search().cursor.offset;
    let hidden = hits.len().saturating_sub(offset + rows);
    frame.render_widget(
        rows_below(pane_block(&title, true, theme), hidden, theme),
        area,
    );
    let inner = layout::inner(area);
    let columns = usize::from(inner.width);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("/ ", theme.key()),
            Span::styled(app.search().query.clone(), theme.heading()),
            Span::styled("█", theme.text()),
        ]),
        Line::from("─".repeat(columns)),
    ];
    let index = &app.session().index();
    for (row, hit) in hits.iter().enumerate().skip(offset).take(rows) {
        let item = &index.items()[hit.item];
        let matched = index.positions(hit.item, &app.search().query);
        let selected = row == app.search().cursor.selected;
        lines.push(text::search::result(
            item, &matched, selected, columns, theme,
        ));
    }
    if hits.is_empty() && pending == 0 {
        lines.push(Line::styled("  nothing matches", theme.muted()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
