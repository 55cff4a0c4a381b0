//! The line mode's own line editing at a terminal, for Tab completion: the
//! line as typed, the cursor, the lines typed before (Up and Down), and the
//! bytes that show each change.
//!
//! It moves the cursor with backspaces and by writing the letters again,
//! never with an escape sequence, so a screen reader hears the letters and
//! nothing else, as with the terminal's own editing. A backspace cannot go
//! up a row, so a line never wraps: one wider than the terminal is shown
//! as a window of it that keeps the cursor in sight, the row written again
//! from its start (a carriage return) on each change.

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
    /// The terminal's width; 0 where it is not known (then no line wraps).
    columns: usize,
    /// The first letter shown, when the line is wider than the row.
    offset: usize,
    /// The columns the row shows after the prompt, to blank what is left
    /// of a longer one when it is written again.
    drawn: usize,
}

const BELL: u8 = 0x07;
const BACK: u8 = 0x08;
const RETURN: u8 = b'\r';

impl Editor {
    pub fn new(prompt: &str) -> Self {
        Self {
            prompt: prompt.to_owned(),
            ..Self::default()
        }
    }

    /// The terminal's width, to keep a line within its row (0: unknown).
    pub fn set_columns(&mut self, columns: usize) {
        self.columns = columns;
    }

    /// A new, empty line: the prompt.
    pub fn begin(&mut self, out: &mut Vec<u8>) {
        self.line.clear();
        self.cursor = 0;
        self.recalled = None;
        self.offset = 0;
        self.drawn = 0;
        out.extend_from_slice(self.prompt.as_bytes());
    }

    /// The prompt and the line as they stand, the cursor where it is: what
    /// to write on a fresh row to show them again (after a suspension).
    pub fn shown(&self) -> Vec<u8> {
        self.row_bytes(self.window(), 0)
    }

    /// Whether the prompt and the whole line fit the row, the last column
    /// left free (a letter there would leave the cursor waiting to wrap).
    fn fits(&self) -> bool {
        self.columns == 0 || width_of(&self.prompt) + width(&self.line) < self.columns
    }

    /// The first letter to show so that the cursor is in sight: 0 where the
    /// line fits, else the window moved as little as it must.
    fn window(&self) -> usize {
        if self.fits() {
            return 0;
        }
        let room = self.room();
        let mut offset = self.offset.min(self.cursor);
        while offset < self.cursor && width(&self.line[offset..self.cursor]) > room {
            offset += 1;
        }
        offset
    }

    /// The columns the line has after the prompt, the last one left free.
    fn room(&self) -> usize {
        self.columns.saturating_sub(width_of(&self.prompt) + 1)
    }

    /// The row written from its start: the prompt, the letters from
    /// `offset` that fit, blanks over the `pad` columns a longer row showed,
    /// and the cursor put back by writing the prompt and the letters before
    /// it again.
    fn row_bytes(&self, offset: usize, pad: usize) -> Vec<u8> {
        let room = if self.fits() { usize::MAX } else { self.room() };
        let mut shown = 0;
        let mut visible = Vec::new();
        for letter in &self.line[offset..] {
            let wide = letter.width().unwrap_or(0);
            if shown + wide > room {
                break;
            }
            shown += wide;
            visible.push(*letter);
        }
        let mut out = vec![RETURN];
        out.extend(self.prompt.as_bytes());
        out.extend(text(&visible).as_bytes());
        out.extend(std::iter::repeat_n(b' ', pad.saturating_sub(shown)));
        out.push(RETURN);
        out.extend(self.prompt.as_bytes());
        out.extend(text(&self.line[offset..self.cursor]).as_bytes());
        out
    }

    /// Write the row again from its start (see `row_bytes`).
    fn redraw(&mut self, out: &mut Vec<u8>) {
        self.offset = self.window();
        out.extend(self.row_bytes(self.offset, self.drawn));
        let visible: usize = width(&self.line[self.offset..]);
        self.drawn = visible.min(if self.fits() { usize::MAX } else { self.room() });
    }

    /// Act on one key; what to write for it goes to `out`. Where the line
    /// fits its row before and after, the change is written in place;
    /// otherwise the row is written again from its start.
    pub fn key(
        &mut self,
        key: Key,
        complete: &dyn Fn(&str) -> Completion,
        out: &mut Vec<u8>,
    ) -> Outcome {
        let fitted = self.fits() && self.offset == 0;
        match key {
            Key::Enter => {
                // The answer goes under the whole line, not into it.
                let end = self.line.len();
                self.move_or_redraw(end, fitted, out);
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
            Key::Tab => {
                // The listing writes its own rows and the line under them.
                let mut echo = Vec::new();
                if self.complete(complete, &mut echo) {
                    out.extend(echo);
                    return Outcome::Editing;
                }
                self.written(fitted, echo, out);
            }
            _ => {
                let mut echo = Vec::new();
                self.edit(key, &mut echo);
                self.written(fitted, echo, out);
            }
        }
        Outcome::Editing
    }

    /// What an edit wrote, where the line fitted before it and fits after;
    /// otherwise the row again (and the bell, if the edit rang it).
    fn written(&mut self, fitted: bool, echo: Vec<u8>, out: &mut Vec<u8>) {
        if fitted && self.fits() {
            out.extend(echo);
            self.drawn = width(&self.line);
        } else {
            if echo.contains(&BELL) {
                out.push(BELL);
            }
            self.redraw(out);
        }
    }

    fn move_or_redraw(&mut self, to: usize, fitted: bool, out: &mut Vec<u8>) {
        if fitted {
            self.move_to(to, out);
        } else {
            self.cursor = to;
            self.redraw(out);
        }
    }

    /// An edit of the line, written as if it fits its row.
    fn edit(&mut self, key: Key, out: &mut Vec<u8>) {
        let end = self.line.len();
        match key {
            Key::Char(letter) if !letter.is_control() => self.insert(&[letter], out),
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

    /// Tab: the word under the cursor (the cursor goes to its end first)
    /// finished where only one fits, else what every fitting word shares;
    /// where nothing more can be typed for the reader, the fitting words
    /// are listed on a row of their own and the line shown again under them
    /// (then true: the rows are written). A bell where nothing fits.
    fn complete(&mut self, complete: &dyn Fn(&str) -> Completion, out: &mut Vec<u8>) -> bool {
        let mut end = self.cursor;
        while end < self.line.len() && !self.line[end].is_whitespace() {
            end += 1;
        }
        self.move_to(end, out);
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
                    // The row in full first, the cursor at the word's end.
                    out.clear();
                    self.redraw(out);
                    out.push(b'\n');
                    out.extend(several.join("  ").as_bytes());
                    out.push(b'\n');
                    self.drawn = 0;
                    self.redraw(out);
                    return true;
                }
                self.insert(&rest, out);
            }
        }
        false
    }
}

fn width_of(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
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
