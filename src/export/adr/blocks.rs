//! Markdown blocks wrapped for markdownlint's default rules: prose lines of
//! at most 80 characters (as it counts them, in UTF-16 units), a blank line
//! around every heading, list and quotation, `-` for every list item, no
//! trailing spaces, one final newline. Text comes in already escaped
//! (`inline`); a line break is never put where the next line would start a
//! block of its own (a list, a quotation, a heading, a setext underline).

/// The longest line markdownlint's line-length rule allows by default.
pub const WIDTH: usize = 80;

/// A markdown document built block by block.
#[derive(Debug, Default)]
pub struct Blocks {
    out: String,
}

impl Blocks {
    pub fn heading(&mut self, level: usize, text: &str) {
        self.block(&format!("{} {text}\n", "#".repeat(level)));
    }

    pub fn paragraph(&mut self, text: &str) {
        self.block(&wrapped(text, "", ""));
    }

    /// A list, one item per text, each wrapped under its marker.
    pub fn list<S: AsRef<str>>(&mut self, items: impl IntoIterator<Item = S>) {
        let lines: String = items
            .into_iter()
            .map(|item| wrapped(item.as_ref(), "- ", "  "))
            .collect();
        if !lines.is_empty() {
            self.block(&lines);
        }
    }

    /// A list whose items may each have a paragraph of their own under
    /// them (a rule, and why the weighing says otherwise).
    pub fn list_with_notes(&mut self, items: &[(String, Option<String>)]) {
        let mut lines = String::new();
        for (item, note) in items {
            lines.push_str(&wrapped(item, "- ", "  "));
            if let Some(note) = note {
                lines.push('\n');
                lines.push_str(&wrapped(note, "  ", "  "));
            }
        }
        if !lines.is_empty() {
            self.block(&lines);
        }
    }

    pub fn quote(&mut self, text: &str) {
        self.block(&wrapped(text, "> ", "> "));
    }

    /// Blocks made elsewhere to the same rules (the receipt), as they are.
    pub fn verbatim(&mut self, text: &str) {
        self.block(text);
    }

    fn block(&mut self, text: &str) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out.push_str(text);
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Characters as markdownlint counts them.
fn length(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Whether a line starting with `word` could open a block of its own.
fn opens_a_block(word: &str) -> bool {
    if word.starts_with(['-', '+', '*', '>', '#', '=', '|', '~', '`']) {
        return true;
    }
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(word[digits..].chars().next(), Some('.' | ')'))
}

/// `text` wrapped to `WIDTH`, its first line after `first`, the others
/// after `rest`; each line ends in a newline. A word that could open a
/// block stays on the line before it, and a run of words longer than a
/// line stands alone on one (markdownlint allows it when nothing after
/// the limit can break).
pub fn wrapped(text: &str, first: &str, rest: &str) -> String {
    // Runs of words no line may start inside.
    let mut runs: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        match runs.last_mut() {
            Some(run) if opens_a_block(word) => {
                run.push(' ');
                run.push_str(word);
            }
            _ => runs.push(word.to_owned()),
        }
    }
    let mut out = String::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for run in runs {
        if !empty && length(&line) + 1 + length(&run) > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = rest.to_owned();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(&run);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_stay_within_the_width_and_hang_under_the_marker() {
        let text = "word ".repeat(40);
        let out = wrapped(text.trim(), "- ", "  ");
        for (n, line) in out.lines().enumerate() {
            assert!(length(line) <= WIDTH, "{line}");
            assert!(line.starts_with(if n == 0 { "- " } else { "  " }));
            assert!(!line.ends_with(' '));
        }
        assert!(out.ends_with("word\n"));
    }

    #[test]
    fn no_line_starts_a_list_or_a_quotation() {
        let words = ["- ", "+1.5", "1.", "2)", "> ", "# ", "=", "* "];
        for word in words {
            let text = format!("{}{word} tail", "abc ".repeat(19));
            let out = wrapped(&text, "", "");
            for line in out.lines().skip(1) {
                assert!(!opens_a_block(line), "{word:?} opened {line:?}");
            }
        }
    }

    #[test]
    fn digits_open_a_block_only_before_a_dot_or_a_bracket() {
        for word in ["1.", "12)", "3.5", "- ", "#", "|"] {
            assert!(opens_a_block(word), "{word:?}");
        }
        for word in ["1", ".5", ")", "a1.", "word", "1a."] {
            assert!(!opens_a_block(word), "{word:?}");
        }
    }

    #[test]
    fn a_document_has_one_blank_line_between_blocks_and_one_final_newline() {
        let mut doc = Blocks::default();
        doc.heading(1, "Title");
        doc.paragraph("Some text.");
        doc.list(["one", "two"]);
        doc.list(Vec::<String>::new());
        doc.quote("said");
        assert_eq!(
            doc.finish(),
            "# Title\n\nSome text.\n\n- one\n- two\n\n> said\n"
        );
    }
}
