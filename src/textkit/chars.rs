//! Character classes shared by text cleaning, diagnostics and the search box.

/// Characters that are not control characters but hide or reshape text: the
/// bidirectional embeddings, overrides, isolates and marks (which can make
/// text read differently from what it is), zero-width and invisible
/// characters (which make two different names look alike), the soft hyphen,
/// the interlinear annotation controls, tag characters, the line and
/// paragraph separators (which some parsers and terminals take for line
/// breaks), and the byte-order mark. Joiners (U+200C, U+200D) stay: emoji and
/// several scripts need them.
pub fn is_hidden_control(c: char) -> bool {
    matches!(c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
        | '\u{2060}'..='\u{2064}' | '\u{00ad}' | '\u{180e}'
        | '\u{fff9}'..='\u{fffb}' | '\u{e0000}'..='\u{e007f}'
        | '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// Characters never printed as they are: every control character (newline
/// too) and the hidden characters above.
pub fn is_unprintable(c: char) -> bool {
    c.is_control() || is_hidden_control(c)
}

/// `text` with every unprintable character replaced by `\u{HEX}`, so a name
/// or path echoed to a terminal can neither drive it nor pass for another.
pub fn escape_controls(text: impl Into<String>) -> String {
    let text = text.into();
    if !text.chars().any(is_unprintable) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unprintable(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// A path's last part as the screen and messages show it, escaped.
pub fn file_name(path: &std::path::Path) -> String {
    let name = path.file_name().unwrap_or(path.as_os_str());
    escape_controls(name.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_shown_escaped() {
        assert_eq!(escape_controls("py\u{200b}thon"), "py\\u{200b}thon");
        assert_eq!(escape_controls("a\u{1b}]2;x\u{7}"), "a\\u{1b}]2;x\\u{7}");
        assert_eq!(escape_controls("👨\u{200d}👩 café"), "👨\u{200d}👩 café");
    }
}
