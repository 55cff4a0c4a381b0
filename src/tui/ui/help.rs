//! The `?` overlay: every key, drawn from the same table that handles them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{more_below, pane_block};
use crate::tui::app::App;
use crate::tui::keymap::{self, Scope};
use crate::tui::layout;

const SCOPES: [Scope; 8] = [
    Scope::Global,
    Scope::Sliders,
    Scope::Factors,
    Scope::Text,
    Scope::Article,
    Scope::Search,
    Scope::Picker,
    Scope::Help,
];

/// The help text (also used to bound its scrolling).
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = app.theme;
    let mut lines = Vec::new();
    for scope in SCOPES {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(scope.title(), theme.heading()));
        for binding in keymap::bindings(scope) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<16}", binding.label), theme.key()),
                Span::raw(binding.help),
            ]));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled("Mouse", theme.heading()));
    for (what, does) in [
        ("click", "focus a pane, select a row"),
        ("click/drag", "on a slider track: set it"),
        ("wheel", "scroll what is under it"),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("  {what:<16}"), theme.key()),
            Span::raw(does),
        ]));
    }
    lines
}

/// Where the overlay goes in `body` for `rows` lines of help (also used to
/// bound its scrolling).
pub fn area(body: Rect, rows: usize) -> Rect {
    let height = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2);
    layout::centered(body, 60, height)
}

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let lines = lines(app);
    let area = area(body, lines.len());
    frame.render_widget(Clear, area);
    let visible: Vec<Line> = lines.into_iter().skip(app.help_scroll).collect();
    let more = visible.len() > usize::from(layout::inner(area).height);
    let block = pane_block("Keys · Esc or ? closes · j/k scroll", true, app.theme);
    frame.render_widget(more_below(block, more, app.theme), area);
    frame.render_widget(Paragraph::new(visible), layout::inner(area));
}
