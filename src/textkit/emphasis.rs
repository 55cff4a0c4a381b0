//! The terminal's emphasis for headless text, as SGR escape sequences: bold
//! and red. Nothing adds them but the command line, and only to a stream it
//! has decided shows them (`--color`, `NO_COLOR`, a terminal).

/// `text` in bold, then back to normal intensity (not a full reset, so a
/// colour around it stays).
pub fn bold(text: &str) -> String {
    format!("\x1b[1m{text}\x1b[22m")
}

/// `text` in the terminal's own red, then back to its default colour.
pub fn red(text: &str) -> String {
    format!("\x1b[31m{text}\x1b[39m")
}

#[cfg(test)]
mod tests {
    use super::{bold, red};

    #[test]
    fn each_sequence_is_undone_after_its_text() {
        assert_eq!(bold("Verdict"), "\x1b[1mVerdict\x1b[22m");
        assert_eq!(
            red(&bold("error:")),
            "\x1b[31m\x1b[1merror:\x1b[22m\x1b[39m"
        );
    }
}
