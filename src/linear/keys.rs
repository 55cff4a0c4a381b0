//! The bytes a terminal sends for the keys the line editor knows, read one
//! at a time: letters in UTF-8, the control keys readline binds, and the
//! escape sequences of the arrows, Home, End and Delete (both the `ESC [`
//! and the `ESC O` forms terminals send).

/// A key the line editor acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Enter,
    Tab,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    /// The line before in the history (Up, Ctrl-P).
    Up,
    /// The line after in the history (Down, Ctrl-N).
    Down,
    /// Ctrl-U: everything before the cursor.
    KillStart,
    /// Ctrl-K: everything from the cursor on.
    KillEnd,
    /// Ctrl-W: the word before the cursor.
    KillWord,
    /// Ctrl-D: the end of the input on an empty line, else Delete.
    EndOfInput,
    /// Anything else: ignored.
    Other,
}

/// Where the decoder is within a key's bytes.
#[derive(Debug, Default)]
enum State {
    #[default]
    Ground,
    Escape,
    /// `ESC [` and the parameter bytes so far.
    Csi(Vec<u8>),
    /// `ESC O`.
    Ss3,
    /// A UTF-8 letter's bytes so far, and how many it has in all.
    Letter(Vec<u8>, usize),
}

/// Turns a terminal's bytes into keys.
#[derive(Debug, Default)]
pub struct Keys {
    state: State,
}

impl Keys {
    /// The key `byte` completes, if it completes one.
    pub fn push(&mut self, byte: u8) -> Option<Key> {
        match std::mem::take(&mut self.state) {
            State::Ground => self.ground(byte),
            State::Escape => match byte {
                b'[' => self.wait(State::Csi(Vec::new())),
                b'O' => self.wait(State::Ss3),
                // Esc pressed alone, then Enter, Backspace or another
                // control key: the Esc is dropped, the key kept.
                0x00..=0x1f | 0x7f => self.ground(byte),
                // Alt and a key: not bound.
                _ => Some(Key::Other),
            },
            // A control key inside a sequence: the sequence was broken.
            State::Csi(_) | State::Ss3 if byte < 0x20 || byte == 0x7f => self.ground(byte),
            State::Csi(mut parameters) => match byte {
                0x40..=0x7e => Some(csi(&parameters, byte)),
                _ if parameters.len() < 16 => {
                    parameters.push(byte);
                    self.wait(State::Csi(parameters))
                }
                _ => Some(Key::Other),
            },
            State::Ss3 => Some(csi(&[], byte)),
            State::Letter(mut bytes, length) => {
                if byte & 0xc0 != 0x80 {
                    // Not a continuation: the letter was broken; start over.
                    return self.ground(byte);
                }
                bytes.push(byte);
                if bytes.len() < length {
                    return self.wait(State::Letter(bytes, length));
                }
                let letter = std::str::from_utf8(&bytes)
                    .ok()
                    .and_then(|text| text.chars().next());
                Some(letter.map_or(Key::Other, Key::Char))
            }
        }
    }

    fn wait(&mut self, state: State) -> Option<Key> {
        self.state = state;
        None
    }

    fn ground(&mut self, byte: u8) -> Option<Key> {
        let key = match byte {
            0x1b => return self.wait(State::Escape),
            b'\r' | b'\n' => Key::Enter,
            b'\t' => Key::Tab,
            0x7f | 0x08 => Key::Backspace,
            0x01 => Key::Home,
            0x05 => Key::End,
            0x02 => Key::Left,
            0x06 => Key::Right,
            0x10 => Key::Up,
            0x0e => Key::Down,
            0x15 => Key::KillStart,
            0x0b => Key::KillEnd,
            0x17 => Key::KillWord,
            0x04 => Key::EndOfInput,
            0x20..=0x7e => Key::Char(char::from(byte)),
            0xc2..=0xdf => return self.wait(State::Letter(vec![byte], 2)),
            0xe0..=0xef => return self.wait(State::Letter(vec![byte], 3)),
            0xf0..=0xf4 => return self.wait(State::Letter(vec![byte], 4)),
            _ => Key::Other,
        };
        Some(key)
    }
}

/// The key of an escape sequence that ends in `last`.
fn csi(parameters: &[u8], last: u8) -> Key {
    match (parameters, last) {
        (_, b'A') => Key::Up,
        (_, b'B') => Key::Down,
        (_, b'C') => Key::Right,
        (_, b'D') => Key::Left,
        (_, b'H') | (b"1" | b"7", b'~') => Key::Home,
        (_, b'F') | (b"4" | b"8", b'~') => Key::End,
        (b"3", b'~') => Key::Delete,
        _ => Key::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Key> {
        let mut decoder = Keys::default();
        bytes.iter().filter_map(|b| decoder.push(*b)).collect()
    }

    #[test]
    fn letters_controls_and_sequences_are_keys() {
        assert_eq!(
            keys(b"a\t\r\x7f"),
            [Key::Char('a'), Key::Tab, Key::Enter, Key::Backspace]
        );
        assert_eq!(
            keys(b"\x1b[A\x1b[B\x1b[C\x1b[D"),
            [Key::Up, Key::Down, Key::Right, Key::Left]
        );
        assert_eq!(
            keys(b"\x1bOH\x1b[F\x1b[1~\x1b[4~\x1b[3~"),
            [Key::Home, Key::End, Key::Home, Key::End, Key::Delete]
        );
        assert_eq!(
            keys(b"\x01\x05\x15\x0b\x17\x04"),
            [
                Key::Home,
                Key::End,
                Key::KillStart,
                Key::KillEnd,
                Key::KillWord,
                Key::EndOfInput
            ]
        );
        // A modified arrow still moves; an unknown sequence is one ignored key.
        assert_eq!(
            keys(b"\x1b[1;5C\x1b[24~x"),
            [Key::Right, Key::Other, Key::Char('x')]
        );
    }

    #[test]
    fn esc_alone_never_swallows_the_control_key_after_it() {
        assert_eq!(keys(b"\x1b\r"), [Key::Enter]);
        assert_eq!(keys(b"\x1b\x7f\x1b\x15"), [Key::Backspace, Key::KillStart]);
        assert_eq!(keys(b"\x1b\x1b[A"), [Key::Up]);
        // Alt and a letter is one ignored key, and the next letter is kept.
        assert_eq!(keys(b"\x1bxy"), [Key::Other, Key::Char('y')]);
        // A sequence broken by Enter: the Enter still counts.
        assert_eq!(keys(b"\x1b[1\r"), [Key::Enter]);
        assert_eq!(keys(b"\x1bO\t"), [Key::Tab]);
    }

    #[test]
    fn utf8_letters_are_one_key_and_a_broken_one_is_dropped() {
        assert_eq!(keys("é日".as_bytes()), [Key::Char('é'), Key::Char('日')]);
        // A lead byte followed by an ASCII letter: the letter survives.
        assert_eq!(keys(b"\xc3a"), [Key::Char('a')]);
        assert_eq!(keys(b"\xff"), [Key::Other]);
    }
}
