//! The line mode's own line editing at a terminal, for Tab completion: the
//! line as typed, the cursor, the lines typed before (Up and Down), and the
//! bytes that show each change.
//!
//! It moves the cursor with backspaces and by writing the letters again,
//! never with an escape sequence, so a screen reader hears the letters and
//! nothing else, as with the terminal's own editing. A line longer than the
//! terminal is wide shows its changes only on its last row.

use unicode_width::UnicodeWidthChar;

use super::complete::Completion;
use super::keys::Key;

/// What a key did to the line.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Still being typed.
    Editing,
    /// Enter: the line, done.
    Line(String),
    /// Ctrl-D on an empty line: no more lines.
    End,
}

/// A line being typed after a prompt.
#[derive(Debug, Default)]
pub struct Editor {
    prompt: String,
    line: Vec<char>,
    cursor: usize,
    history: Vec<String>,
    /// Which line of the history is shown (Up), if one is.
    recalled: Option<usize>,
    /// The line that was being typed before Up, for Down to come back to.
    draft: Vec<char>,
}

const BELL: u8 = 0x07;
const BACK: u8 = 0x08;

impl Editor {
    pub fn new(prompt: &str) -> Self {
        Self {
            prompt: prompt.to_owned(),
            ..Self::default()
        }
    }

    /// A new, empty line: the prompt.
    pub fn begin(&mut self, out: &mut Vec<u8>) {
        self.line.clear();
        self.cursor = 0;
        self.recalled = None;
        out.extend_from_slice(self.prompt.as_bytes());
    }

    /// The prompt and the line as they stand, the cursor where it is: what
    /// to write on a fresh row to show them again (after a suspension).
    pub fn shown(&self) -> Vec<u8> {
        let mut out = self.prompt.as_bytes().to_vec();
        out.extend(text(&self.line).as_bytes());
        back(&mut out, width(&self.line[self.cursor..]));
        out
    }

    /// Act on one key; what to write for it goes to `out`.
    pub fn key(
        &mut self,
        key: Key,
        complete: &dyn Fn(&str) -> Completion,
        out: &mut Vec<u8>,
    ) -> Outcome {
        let end = self.line.len();
        match key {
            Key::Char(letter) if !letter.is_control() => self.insert(&[letter], out),
            Key::Enter => {
                out.push(b'\n');
                let line = text(&self.line);
                if !line.trim().is_empty() && self.history.last() != Some(&line) {
                    self.history.push(line.clone());
                }
                return Outcome::Line(line);
            }
            Key::EndOfInput if self.line.is_empty() => {
                out.push(b'\n');
                return Outcome::End;
            }
            Key::Tab => self.complete(complete, out),
            Key::Backspace if self.cursor > 0 => self.remove(self.cursor - 1, self.cursor, out),
            Key::Delete | Key::EndOfInput if self.cursor < end => {
                self.remove(self.cursor, self.cursor + 1, out);
            }
            Key::Left if self.cursor > 0 => self.move_to(self.cursor - 1, out),
            Key::Right if self.cursor < end => self.move_to(self.cursor + 1, out),
            Key::Home => self.move_to(0, out),
            Key::End => self.move_to(end, out),
            Key::KillStart => self.remove(0, self.cursor, out),
            Key::KillEnd => self.remove(self.cursor, end, out),
            Key::KillWord => self.remove(self.word_start(), self.cursor, out),
            Key::Up => self.recall_earlier(out),
            Key::Down => self.recall_later(out),
            _ => {}
        }
        Outcome::Editing
    }

    /// Where the word before the cursor starts (blanks before it skipped).
    fn word_start(&self) -> usize {
        let mut at = self.cursor;
        while at > 0 && self.line[at - 1].is_whitespace() {
            at -= 1;
        }
        while at > 0 && !self.line[at - 1].is_whitespace() {
            at -= 1;
        }
        at
    }

    /// Put `letters` at the cursor; the cursor goes after them.
    fn insert(&mut self, letters: &[char], out: &mut Vec<u8>) {
        let at = self.cursor;
        self.line.splice(at..at, letters.iter().copied());
        self.cursor += letters.len();
        out.extend(text(&self.line[at..]).as_bytes());
        back(out, width(&self.line[self.cursor..]));
    }

    /// Take out the letters `from..to`; the cursor goes to `from`.
    fn remove(&mut self, from: usize, to: usize, out: &mut Vec<u8>) {
        if from >= to {
            return;
        }
        self.move_to(from, out);
        let gone = width(&self.line[from..to]);
        self.line.drain(from..to);
        let rest = &self.line[from..];
        out.extend(text(rest).as_bytes());
        out.extend(std::iter::repeat_n(b' ', gone));
        back(out, width(rest) + gone);
    }

    /// Move the cursor to `to`: back over letters, or write them again.
    fn move_to(&mut self, to: usize, out: &mut Vec<u8>) {
        if to < self.cursor {
            back(out, width(&self.line[to..self.cursor]));
        } else {
            out.extend(text(&self.line[self.cursor..to]).as_bytes());
        }
        self.cursor = to;
    }

    /// Show `line` in place of the one there, the cursor at its end.
    fn replace(&mut self, line: Vec<char>, out: &mut Vec<u8>) {
        let end = self.line.len();
        self.remove(0, end, out);
        self.insert(&line, out);
    }

    fn recall_earlier(&mut self, out: &mut Vec<u8>) {
        let earlier = match self.recalled {
            None if self.history.is_empty() => return out.push(BELL),
            None => {
                self.draft = self.line.clone();
                self.history.len() - 1
            }
            Some(0) => return out.push(BELL),
            Some(at) => at - 1,
        };
        self.recalled = Some(earlier);
        self.replace(self.history[earlier].chars().collect(), out);
    }

    fn recall_later(&mut self, out: &mut Vec<u8>) {
        let Some(at) = self.recalled else {
            return out.push(BELL);
        };
        if at + 1 < self.history.len() {
            self.recalled = Some(at + 1);
            self.replace(self.history[at + 1].chars().collect(), out);
        } else {
            self.recalled = None;
            let draft = std::mem::take(&mut self.draft);
            self.replace(draft, out);
        }
    }

    /// Tab: the word finished where only one fits, else what every fitting
    /// word shares; where nothing more can be typed for the reader, the
    /// fitting words are listed on a row of their own and the line shown
    /// again under them. A bell where nothing fits.
    fn complete(&mut self, complete: &dyn Fn(&str) -> Completion, out: &mut Vec<u8>) {
        let before = text(&self.line[..self.cursor]);
        let completion = complete(&before);
        let typed: String = self.line[completion.start..self.cursor].iter().collect();
        match completion.candidates.as_slice() {
            [] => out.push(BELL),
            [only] => {
                let mut rest: Vec<char> = only.chars().skip(typed.chars().count()).collect();
                if self
                    .line
                    .get(self.cursor)
                    .is_none_or(|c| !c.is_whitespace())
                {
                    rest.push(' ');
                }
                self.insert(&rest, out);
            }
            several => {
                let rest: Vec<char> = completion.common_rest(&typed).chars().collect();
                if rest.is_empty() {
                    out.push(b'\n');
                    out.extend(several.join("  ").as_bytes());
                    out.push(b'\n');
                    out.extend(self.shown());
                } else {
                    self.insert(&rest, out);
                }
            }
        }
    }
}

fn text(letters: &[char]) -> String {
    letters.iter().collect()
}

/// The columns `letters` take on a terminal.
fn width(letters: &[char]) -> usize {
    letters.iter().map(|c| c.width().unwrap_or(0)).sum()
}

fn back(out: &mut Vec<u8>, columns: usize) {
    out.extend(std::iter::repeat_n(BACK, columns));
}

#[cfg(test)]
mod tests;
