//! The status line and the footer of keys for what has focus.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::truncate;
use crate::tui::app::App;
use crate::tui::keymap;

pub fn status(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme;
    let line = match &app.status {
        Some(status) => {
            let style = if status.error {
                theme.error()
            } else {
                theme.success()
            };
            Line::styled(
                truncate(&format!(" {}", status.text), usize::from(area.width)),
                style,
            )
        }
        None => idle_hint(app),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// With no message: what the help key is, where it works (from the keymap).
fn idle_hint(app: &App) -> Line<'static> {
    let help = app
        .scopes()
        .into_iter()
        .flat_map(keymap::bindings)
        .find(|binding| binding.action == crate::tui::action::Action::ToggleHelp);
    match help {
        Some(binding) => Line::from(vec![
            Span::styled(format!(" {}", binding.label), app.theme.key()),
            Span::styled(format!(" {}", binding.help), app.theme.muted()),
        ]),
        None => Line::default(),
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme;
    let mut spans = Vec::new();
    let mut used = 0;
    let width = usize::from(area.width);
    for scope in app.scopes() {
        for binding in keymap::bindings(scope) {
            let Some(short) = binding.footer else {
                continue;
            };
            let text = format!(" {} {short} ", binding.label);
            let cost = text.chars().count() + 1;
            if used + cost > width {
                break;
            }
            used += cost;
            spans.push(Span::styled(format!(" {}", binding.label), theme.key()));
            spans.push(Span::styled(format!(" {short} "), theme.muted()));
            spans.push(Span::raw("│"));
        }
    }
    spans.pop();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
