//! The search box: the query, then ranked results, each with what it is and
//! the passage it matched, letters highlighted. It keeps its size while the
//! results change, and marks results below the last row.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{more_below, pane_block};
use crate::search::{Item, ItemKind};
use crate::textkit::width;
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::theme::Theme;

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let theme = app.theme();
    let area = layout::search_box(body);
    let rows = layout::search_rows(body);
    let hits = app.search().hits();
    frame.render_widget(Clear, area);
    let title = format!(
        "Search factors, sliders and the article · {} found",
        hits.len()
    );
    let offset = app.search().cursor.offset;
    let more = hits.len() > offset + rows;
    frame.render_widget(
        more_below(pane_block(&title, true, theme), more, theme),
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
        lines.push(result(item, &matched, selected, columns, theme));
    }
    if hits.is_empty() {
        lines.push(Line::styled("  nothing matches", theme.muted()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One result: what it is, where it is (a passage's section), and its text
/// around the first matched letter, matched letters highlighted.
fn result(
    item: &Item,
    matched: &[usize],
    selected: bool,
    columns: usize,
    theme: Theme,
) -> Line<'static> {
    let select = |style: Style| {
        if selected {
            style.patch(theme.selected(true))
        } else {
            style
        }
    };
    let mut spans = vec![
        Span::raw(if selected { "▶ " } else { "  " }),
        Span::styled(format!("{:<8} ", item.kind.label()), theme.muted()),
    ];
    if let (ItemKind::Passage, Some(context)) = (item.kind, &item.context) {
        let context = width::truncate(context, columns / 4);
        spans.push(Span::styled(format!("{context} · "), theme.muted()));
    }
    let used: usize = spans.iter().map(|s| width::width(&s.content)).sum();
    let room = columns.saturating_sub(used);
    // A long passage starts a little before its first match, so it shows.
    let chars: Vec<char> = item.text.chars().collect();
    let first = matched.first().copied().unwrap_or(0);
    let start = if chars.len() > room {
        first.saturating_sub(room / 4)
    } else {
        0
    };
    let mut taken = 0;
    if start > 0 {
        spans.push(Span::styled("…", select(theme.text())));
        taken += 1;
    }
    for (position, &c) in chars.iter().enumerate().skip(start) {
        let w = width::width(&c.to_string());
        if taken + w > room {
            break;
        }
        taken += w;
        let style = if matched.contains(&position) {
            theme.matched()
        } else {
            theme.text()
        };
        let c = if c == '\n' { ' ' } else { c };
        spans.push(Span::styled(c.to_string(), select(style)));
    }
    Line::from(spans)
}
