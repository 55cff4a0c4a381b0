//! Reading a frame: its rows, the screen framed for failure messages, the
//! verdict and the selected slider's value.

use super::CLOSE;
use crate::common;

/// The screen with its row numbers and edges, for failure messages.
pub(super) fn framed(screen: &vt100::Screen) -> String {
    let (_, cols) = screen.size();
    let mut out = String::new();
    for (n, row) in rows(screen).iter().enumerate() {
        let pad = usize::from(cols).saturating_sub(common::screen::width(row));
        out.push_str(&format!("{n:>2} |{row}{}|\n", " ".repeat(pad)));
    }
    out
}

/// The screen's rows, as the terminal shows them.
pub(super) fn rows(screen: &vt100::Screen) -> Vec<String> {
    common::screen::terminal_rows(screen)
}

/// The verdict pinned at the top of the recommendation pane: the winner's
/// name, or `CLOSE` for a close call.
pub(super) fn verdict_on(screen: &vt100::Screen) -> Option<String> {
    let rows = rows(screen);
    let title = rows.iter().position(|row| row.contains("Recommendation"))?;
    let row = rows.get(title + 1)?;
    let inside = row.rsplit(['│', '┃']).nth(1)?.trim();
    if inside.to_lowercase().contains("close") {
        return Some(CLOSE.to_owned());
    }
    Some(inside.trim_start_matches("Verdict:").trim().to_owned())
}

/// The row (index, text) of the selected slider, if its label starts with `label`.
pub(super) fn selected_row(screen: &vt100::Screen, label: &str) -> Option<(u16, String)> {
    let marker = format!("▶ {label}");
    rows(screen)
        .into_iter()
        .enumerate()
        .find(|(_, row)| row.contains(&marker))
        .map(|(n, row)| (u16::try_from(n).unwrap(), row))
}

/// The value of the selected slider ("4/10", "off"), when its label starts
/// with `label`: at the end of its row, or of the track row under it.
pub(super) fn slider_value(screen: &vt100::Screen, label: &str) -> Option<String> {
    let (row, text) = selected_row(screen, label)?;
    let marker = format!("▶ {label}");
    let pane = |text: &str| -> Option<String> {
        text.split(['┃', '│'])
            .find(|part| part.contains(&marker) || part.contains('░') || part.contains('█'))
            .map(str::to_owned)
    };
    let is_value = |word: &&str| word.contains('/') || *word == "on" || *word == "off";
    let same = pane(&text)?;
    if let Some(value) = same.split_whitespace().last().filter(is_value) {
        return Some(value.to_owned());
    }
    let below = rows(screen).get(usize::from(row) + 1).cloned()?;
    let below = below.split('┃').nth(1)?.to_owned();
    below
        .split_whitespace()
        .last()
        .filter(is_value)
        .map(str::to_owned)
}
