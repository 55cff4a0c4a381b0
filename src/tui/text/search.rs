//! A row of the search box's results: what the hit is, where it is (a
//! passage's section), and the stretch of its text that holds the matched
//! letters, highlighted.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::search::{Item, ItemKind, snippet};
use crate::textkit::width;
use crate::tui::theme::Theme;

pub fn result(
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
    let shown = snippet(&item.text, matched, columns.saturating_sub(used));
    if shown.start > 0 {
        spans.push(Span::styled("…", select(theme.text())));
    }
    for (position, c) in item.text.chars().enumerate() {
        if !shown.shows(position) {
            continue;
        }
        let style = if matched.contains(&position) {
            theme.matched()
        } else {
            theme.text()
        };
        spans.push(Span::styled(c.to_string(), select(style)));
    }
    if shown.cut {
        spans.push(Span::styled("…", select(theme.text())));
    }
    Line::from(spans)
}
