//! The `?` overlay's text: every key, from the same table that handles
//! them, then the mouse.

use ratatui::text::{Line, Span};

use crate::engine::{Robustness, Verdict};
use crate::textkit::{width, wrap};
use crate::tui::keymap::{ALL_SCOPES, Keymap};
use crate::tui::theme::Theme;
use crate::words;

/// Columns for the keys; the rest of the row for what they do.
const KEYS: usize = 16;

/// One row: the keys, then what they do, wrapped under itself, and the
/// action's name for the config file after it (muted) when it has one.
fn row(
    keys: &str,
    does: &str,
    name: Option<&str>,
    theme: Theme,
    columns: usize,
) -> Vec<Line<'static>> {
    let room = columns.saturating_sub(KEYS + 3).max(12);
    let text = match name {
        Some(name) => format!("{does} [{name}]"),
        None => does.to_owned(),
    };
    wrap(&text, room)
        .into_iter()
        .enumerate()
        .map(|(index, text)| {
            let keys = if index == 0 {
                width::pad(keys, KEYS)
            } else {
                " ".repeat(KEYS)
            };
            let mut spans = vec![Span::styled(format!("  {keys} "), theme.key())];
            let tag = name.map(|name| format!("[{name}]"));
            match tag.as_deref().and_then(|tag| text.strip_suffix(tag)) {
                Some(does) => {
                    spans.push(Span::raw(does.to_owned()));
                    spans.push(Span::styled(tag.unwrap_or_default(), theme.muted()));
                }
                None => spans.push(Span::raw(text)),
            }
            Line::from(spans)
        })
        .collect()
}

/// The keys in force, scope by scope, each row with its action's name in
/// the config file (a scope's heading names its `[keys.…]` table).
pub fn lines(keys: &Keymap, theme: Theme, columns: u16) -> Vec<Line<'static>> {
    let columns = usize::from(columns);
    let mut lines = Vec::new();
    for scope in ALL_SCOPES {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        let table = scope
            .table()
            .map_or_else(|| "[keys]".to_owned(), |table| format!("[keys.{table}]"));
        lines.push(Line::from(vec![
            Span::styled(scope.title(), theme.heading()),
            Span::styled(format!("  {table}"), theme.muted()),
        ]));
        for binding in keys.bindings(scope) {
            lines.extend(row(
                &binding.label(),
                binding.help,
                Some(binding.name),
                theme,
                columns,
            ));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled("Mouse", theme.heading()));
    for (what, does) in [
        ("click", "focus a pane, select a row"),
        ("click / drag", "on a slider's track: set it"),
        ("wheel", "scroll what is under the pointer"),
    ] {
        lines.extend(row(what, does, None, theme, columns));
    }
    lines.push(Line::default());
    lines.push(Line::styled("Words", theme.heading()));
    for (word, means) in glossary() {
        lines.extend(row(word, &means, None, theme, columns));
    }
    lines
}

/// The words the recommendation uses, said once, in the recommendation's
/// own phrases.
fn glossary() -> [(&'static str, String); 6] {
    [
        (
            "fit",
            "how well an option serves what matters to this project, 0–100: the average of its ratings, each factor weighted by how much it counts now".into(),
        ),
        (
            "importance",
            "how much a factor counts now: its weight, plus what the sliders add".into(),
        ),
        (
            "rating",
            "0–10 per option and factor: this pack's reading of the article's quoted words (\"not said\" where the article is silent: the neutral 5)".into(),
        ),
        (
            words::CLOSE_CALL_SHORT,
            format!(
                "{}: the leader's lead is at most the pack's margin of fit points",
                words::CLOSE_CALL
            ),
        ),
        (
            "nearby",
            format!(
                "nearby projects: every slider at most one step from its value, all at once; \"{}\" is the share of them that keep the verdict",
                words::robustness_phrase(Verdict::Winner(0), EXAMPLE)
            ),
        ),
        (
            "tipping point",
            "the nearest value of one slider, the others held, at which the verdict changes".into(),
        ),
    ]
}

/// The share the glossary's example says: 87 of 100.
const EXAMPLE: Robustness = Robustness {
    kept: 87,
    checked: 100,
    sampled: false,
};
