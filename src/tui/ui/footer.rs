//! The status line and the footer of keys for what has focus. At any width
//! the footer keeps `? help` and `q quit`, dropping the others first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::textkit::width;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap;

pub fn status(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let line = match &app.status() {
        Some(status) => {
            let style = if status.error {
                theme.error()
            } else {
                theme.success()
            };
            Line::styled(
                width::truncate(&format!(" {}", status.text), usize::from(area.width)),
                style,
            )
        }
        None => Line::default(),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The footer's items for the keys that apply now: (keys, word), in table
/// order, one per action, each named by its first key that an earlier row
/// does not take (in the help, `q` closes it and `Ctrl-C` quits).
pub fn items(app: &App) -> Vec<(String, &'static str)> {
    let mut seen: Vec<&Action> = Vec::new();
    let mut taken: Vec<keymap::Key> = Vec::new();
    let mut items = Vec::new();
    for scope in app.scopes() {
        for binding in app.keys().bindings(scope) {
            let free = binding
                .keys
                .iter()
                .find(|key| !taken.contains(key))
                .copied();
            taken.extend(binding.keys.iter().copied());
            let (Some(word), Some(first)) = (binding.footer, free) else {
                continue;
            };
            if seen.contains(&&binding.action) {
                continue;
            }
            seen.push(&binding.action);
            let keys = if matches!(binding.action, Action::Digit(_)) {
                binding.label()
            } else {
                first.name()
            };
            items.push((keys, word));
        }
    }
    items
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let mut items = items(app);
    let cost = |items: &[(String, &str)]| -> usize {
        items
            .iter()
            .map(|(keys, word)| width::width(keys) + width::width(word) + 3)
            .sum()
    };
    // Drop from the middle until it fits; help and quit (the last) stay.
    let kept = |item: &(String, &str)| matches!(item.1, "help" | "quit");
    while cost(&items) > usize::from(area.width) {
        match items.iter().rposition(|item| !kept(item)) {
            Some(at) => {
                items.remove(at);
            }
            None => break,
        }
    }
    let mut spans = Vec::new();
    for (keys, word) in items {
        spans.push(Span::styled(format!(" {keys}"), theme.key()));
        spans.push(Span::styled(format!(" {word} "), theme.text()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
