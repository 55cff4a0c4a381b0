//! Errors with a place: `FILE:LINE:COLUMN: message`.

use std::fmt;

mod formats;

pub use formats::{github_command, to_github, to_json, to_json_leveled};

/// A line and column in a file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub line: usize,
    pub column: usize,
}

/// One problem found in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub place: Option<Place>,
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic whose file name and message are safe to print: every
    /// character that could drive a terminal or break the line (see
    /// [`escape_controls`]) is shown as a visible escape such as `\u{1b}`.
    pub fn new(file: impl Into<String>, place: Option<Place>, message: impl Into<String>) -> Self {
        Self {
            file: escape_controls(file.into()),
            place,
            message: escape_controls(message.into()),
        }
    }
}

pub use crate::textkit::escape_controls;

/// Quoted excerpts (between `` ` `` or `"`) keep at most this many characters.
pub const MAX_QUOTE_CHARS: usize = 60;

/// `message` with every quoted excerpt longer than [`MAX_QUOTE_CHARS`]
/// characters cut short with an ellipsis, so a pasted paragraph or a huge key
/// does not turn into a multi-kilobyte error line. A backslash escape inside
/// double quotes (`\"`, `\u{1b}`) counts as one character and is never cut.
pub fn shorten_quotes(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = if rest[open..].starts_with('`') {
            '`'
        } else {
            '"'
        };
        out.push_str(&rest[..=open]);
        let body = &rest[open + 1..];
        let Some(Quotation { close, cut }) = quotation(body, quote) else {
            // An unmatched quote: the rest is not a quotation.
            out.push_str(body);
            return out;
        };
        match cut {
            Some(cut) => {
                out.push_str(&body[..cut]);
                out.push('…');
            }
            None => out.push_str(&body[..close]),
        }
        out.push(quote);
        rest = &body[close + quote.len_utf8()..];
    }
    out.push_str(rest);
    out
}

struct Quotation {
    /// Byte index of the closing quote.
    close: usize,
    /// Where to cut when the quotation is too long: the byte index after its
    /// [`MAX_QUOTE_CHARS`]th character.
    cut: Option<usize>,
}

/// Measure a quotation up to its closing `quote` (escapes as one character).
fn quotation(body: &str, quote: char) -> Option<Quotation> {
    let mut units = 0;
    let mut cut = None;
    let mut chars = body.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c == quote {
            return Some(Quotation { close: start, cut });
        }
        if units == MAX_QUOTE_CHARS {
            cut.get_or_insert(start);
        }
        units += 1;
        if c == '\\'
            && quote == '"'
            && let Some((_, next)) = chars.next()
            && next == 'u'
            && chars.peek().is_some_and(|&(_, c)| c == '{')
        {
            for (_, c) in chars.by_ref() {
                if c == '}' {
                    break;
                }
            }
        }
    }
    None
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            Some(place) => write!(
                f,
                "{}:{}:{}: {}",
                self.file, place.line, place.column, self.message
            ),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found while loading something; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn one(diagnostic: Diagnostic) -> Self {
        Self(vec![diagnostic])
    }
}

/// Sort `list` in file order: placed problems by line and column, then the
/// ones with no place (what counts the problems not shown among them), each
/// group as it came.
pub fn in_file_order(list: &mut [Diagnostic]) {
    list.sort_by_key(|diagnostic| (diagnostic.place.is_none(), diagnostic.place));
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_shown_as_escapes() {
        let diagnostic = Diagnostic::new(
            "a\u{1b}[2J.yaml",
            Some(Place { line: 1, column: 2 }),
            "unknown field `\u{1b}]0;pwned\u{7}\nx\u{9b}\u{7f}\u{202e}\u{2066}\t`",
        );
        assert_eq!(
            diagnostic.to_string(),
            "a\\u{1b}[2J.yaml:1:2: unknown field \
             `\\u{1b}]0;pwned\\u{7}\\u{a}x\\u{9b}\\u{7f}\\u{202e}\\u{2066}\\u{9}`"
        );
        // Ordinary text, accents and emoji pass untouched.
        let plain = Diagnostic::new("café.yaml", None, "¿qué? 🚀 \\ done");
        assert_eq!(plain.to_string(), "café.yaml: ¿qué? 🚀 \\ done");
    }

    #[test]
    fn long_quotes_are_cut_short() {
        let long = "x".repeat(200);
        let message = format!("invalid type: string \"{long}\", expected `{long}` or `id`");
        let short = shorten_quotes(&message);
        let cut = format!("{}…", "x".repeat(MAX_QUOTE_CHARS));
        assert_eq!(
            short,
            format!("invalid type: string \"{cut}\", expected `{cut}` or `id`")
        );
        // Escapes inside double quotes are whole units, never cut in half.
        let escaped = format!(
            "string \"{}\\u{{1b}}tail\"",
            "y".repeat(MAX_QUOTE_CHARS - 1)
        );
        assert_eq!(
            shorten_quotes(&escaped),
            format!("string \"{}\\u{{1b}}…\"", "y".repeat(MAX_QUOTE_CHARS - 1))
        );
        // Short quotes and unmatched quotes are left alone.
        let plain = "unknown field `nmae`, expected `name` \"a\\\"b\" and 5\" tall";
        assert_eq!(shorten_quotes(plain), plain);
    }
}
