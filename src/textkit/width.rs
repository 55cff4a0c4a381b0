//! Display width: how many terminal columns text takes (CJK and most emoji
//! take two), and padding, cutting and bars measured in columns, for the
//! screen and the text export alike.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns `text` takes on a terminal.
pub fn width(text: &str) -> usize {
    text.width()
}

/// The widest of `texts` in display columns, at most `cap`: the width of a
/// column that lines them up.
pub fn widest<'a>(texts: impl IntoIterator<Item = &'a str>, cap: usize) -> usize {
    texts.into_iter().map(width).max().unwrap_or(0).min(cap)
}

/// `text` cut to `columns`, ending in an ellipsis when cut.
pub fn truncate(text: &str, columns: usize) -> String {
    if text.width() <= columns {
        return text.to_owned();
    }
    if columns == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The end of `text` that fits `columns`, starting with an ellipsis when
/// cut: what a one-line input shows of a long answer.
pub fn tail(text: &str, columns: usize) -> String {
    if text.width() <= columns {
        return text.to_owned();
    }
    if columns == 0 {
        return String::new();
    }
    let mut kept = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        kept.push(c);
        used += w;
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

/// `text` cut to `columns` and padded with spaces to exactly that width.
pub fn pad(text: &str, columns: usize) -> String {
    let mut out = truncate(text, columns);
    let used = out.width();
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(used)));
    out
}

/// `text` right-aligned in `columns` (cut when longer).
pub fn pad_left(text: &str, columns: usize) -> String {
    let cut = truncate(text, columns);
    let used = cut.width();
    let mut out = " ".repeat(columns.saturating_sub(used));
    out.push_str(&cut);
    out
}

/// A bar of `columns` cells for `value` out of `max`: the filled and empty
/// parts, filled rounded half up.
pub fn bar(value: f64, max: f64, columns: usize) -> (String, String) {
    // Multiplied before divided: 7 of 10 over 45 columns is exactly 31.5,
    // where 0.7 · 45 falls a hair short of it and rounds down.
    let filled = if max > 0.0 {
        // Multiplied before divided: whole values and widths round exactly
        // at a half (7 of 10 over 45 cells is 31.5, so 32).
        ((value.clamp(0.0, max) * columns as f64) / max + 0.5).floor() as usize
    } else {
        0
    };
    let filled = filled.min(columns);
    ("█".repeat(filled), "░".repeat(columns - filled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_rounds_a_half_up_exactly() {
        assert_eq!(bar(7.0, 10.0, 45).0.chars().count(), 32);
        assert_eq!(bar(3.0, 10.0, 45).0.chars().count(), 14);
        assert_eq!(bar(11.0, 10.0, 4), ("████".into(), String::new()));
        assert_eq!(bar(1.0, 0.0, 4).0, "");
    }

    #[test]
    fn a_tail_keeps_the_end() {
        assert_eq!(tail("my project", 20), "my project");
        assert_eq!(tail("my project", 5), "…ject");
        assert_eq!(tail("日本語", 4), "…語");
        assert_eq!(tail("abc", 0), "");
    }

    #[test]
    fn wide_characters_count_twice() {
        assert_eq!(width("日本語"), 6);
        assert_eq!(pad("日本語", 8), "日本語  ");
        assert_eq!(pad("日本語", 5), "日本…");
        assert_eq!(pad("日本語", 4), "日… ");
        assert_eq!(pad_left("ab", 4), "  ab");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn bars_round_half_up() {
        assert_eq!(bar(5.0, 10.0, 4), ("██".into(), "░░".into()));
        assert_eq!(bar(12.5, 100.0, 4), ("█".into(), "░░░".into()));
        assert_eq!(bar(0.0, 0.0, 2), (String::new(), "░░".into()));
        // A half exactly, whatever 0.7 is in binary.
        assert_eq!(bar(7.0, 10.0, 45).0.chars().count(), 32);
    }
}
