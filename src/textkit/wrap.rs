//! Word wrapping by display width (CJK and emoji take two columns).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` wrapped to `width` columns: each `\n` starts a new line, words
/// break at spaces, and a word longer than the width is cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        // A paragraph's leading spaces (list items, code) stay on its first line.
        let indent = paragraph.len() - paragraph.trim_start_matches(' ').len();
        let mut line = " ".repeat(indent.min(width / 2));
        let mut line_width = line.len();
        let mut empty = true;
        for word in paragraph.split(' ').filter(|word| !word.is_empty()) {
            let word_width = word.width();
            if !empty && line_width + 1 + word_width > width {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            } else if !empty {
                line.push(' ');
                line_width += 1;
            }
            empty = false;
            if line_width + word_width <= width {
                line.push_str(word);
                line_width += word_width;
                continue;
            }
            // Too long for any line: cut it by character width.
            for c in word.chars() {
                let char_width = c.width().unwrap_or(0);
                if line_width + char_width > width && line_width > 0 {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push(c);
                line_width += char_width;
            }
        }
        lines.push(if empty { String::new() } else { line });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
    }

    #[test]
    fn cuts_words_longer_than_the_width() {
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
    }

    #[test]
    fn a_paragraphs_indent_stays_on_its_first_line_up_to_half_the_width() {
        assert_eq!(wrap("  - one two", 7), ["  - one", "two"]);
        // Six spaces in eight columns: four of them stay.
        assert_eq!(wrap("      item", 8), ["    item"]);
    }

    #[test]
    fn counts_wide_characters_twice() {
        assert_eq!(wrap("日本語 日本語", 7), ["日本語", "日本語"]);
        for line in wrap("日本語日本語日本語", 5) {
            assert!(line.width() <= 5, "{line}");
        }
        // A character wider than the line has one line of its own, with no
        // empty line before it.
        assert_eq!(wrap("日本", 1), ["日", "本"]);
    }
}
