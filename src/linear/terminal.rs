//! Lines typed at a terminal with Tab completion: the terminal reads a key
//! at a time without echoing it (the editor shows each key itself), and
//! gets its own line editing back on every way out: the end of the input,
//! `quit`, an ending signal, Ctrl-Z (and again a key at a time on `fg`).
//! Ctrl-C and Ctrl-Z stay the terminal's signals, as in its own editing.

use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use libc::{SIGCONT, SIGTSTP, termios};

use super::Lines;
use super::complete::complete;
use super::editor::{Editor, Outcome};
use super::keys::Keys;
use crate::content::Pack;
use crate::signals;

/// Standard input's terminal modes: as they were, and a key at a time.
#[derive(Clone, Copy)]
struct Modes {
    saved: termios,
    keys: termios,
}

impl Modes {
    fn read() -> io::Result<Self> {
        // SAFETY: an all-zero termios is a valid value to be overwritten,
        // and tcgetattr writes only into the struct it is given.
        let mut saved: termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &raw mut saved) } != 0 {
            return Err(io::Error::last_os_error());
        }
        let mut keys = saved;
        // No line editing, no echo, no Ctrl-V: each key comes as typed.
        // ISIG stays (Ctrl-C, Ctrl-Z), and so does output processing.
        keys.c_lflag &= !(libc::ICANON | libc::ECHO | libc::IEXTEN);
        keys.c_cc[libc::VMIN] = 1;
        keys.c_cc[libc::VTIME] = 0;
        Ok(Self { saved, keys })
    }

    fn set(mode: &termios) {
        // SAFETY: tcsetattr reads the struct; on a terminal that is gone it
        // fails, and there is nothing left to restore.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, mode) };
    }
}

/// Write to the terminal from the signals' thread, past standard output's
/// lock (which the line mode holds while it waits for a key).
fn write_past_the_lock(bytes: &[u8]) {
    // SAFETY: the pointer and length are a live slice's.
    unsafe { libc::write(libc::STDOUT_FILENO, bytes.as_ptr().cast(), bytes.len()) };
}

/// The lines of a reader typing at a terminal, edited by `Editor`.
pub struct Typed {
    modes: Modes,
    editor: Editor,
    keys: Keys,
    /// Bytes read but not yet acted on (typed ahead, or pasted).
    pending: VecDeque<u8>,
    /// The prompt and the line as they stand, for `fg` to show again.
    shown: Arc<Mutex<Vec<u8>>>,
}

impl Typed {
    /// The terminal read a key at a time, until this is dropped or the
    /// process ends; `None` where standard input's modes cannot be read.
    pub fn start(prompt: &str) -> Option<Self> {
        let modes = Modes::read().ok()?;
        let saved = modes.saved;
        signals::on_ending_signals(move || Modes::set(&saved));
        let shown = Arc::new(Mutex::new(Vec::new()));
        follow_job_control(modes, Arc::clone(&shown));
        Modes::set(&modes.keys);
        Some(Self {
            modes,
            editor: Editor::new(prompt),
            keys: Keys::default(),
            pending: VecDeque::new(),
            shown,
        })
    }

    fn next_byte(&mut self) -> io::Result<Option<u8>> {
        if self.pending.is_empty() {
            let mut buffer = [0; 256];
            let read = loop {
                match io::stdin().lock().read(&mut buffer) {
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                    read => break read?,
                }
            };
            self.pending.extend(&buffer[..read]);
        }
        Ok(self.pending.pop_front())
    }

    fn remember_shown(&self) {
        if let Ok(mut shown) = self.shown.lock() {
            *shown = self.editor.shown();
        }
    }
}

impl Lines for Typed {
    fn next_line(&mut self, pack: &Pack, out: &mut dyn Write) -> io::Result<Option<String>> {
        let mut bytes = Vec::new();
        self.editor.begin(&mut bytes);
        out.write_all(&bytes)?;
        out.flush()?;
        self.remember_shown();
        while let Some(byte) = self.next_byte()? {
            let Some(key) = self.keys.push(byte) else {
                continue;
            };
            bytes.clear();
            let outcome = self
                .editor
                .key(key, &|before| complete(pack, before), &mut bytes);
            out.write_all(&bytes)?;
            out.flush()?;
            match outcome {
                Outcome::Editing => self.remember_shown(),
                Outcome::Line(line) => return Ok(Some(line)),
                Outcome::End => return Ok(None),
            }
        }
        // The terminal is gone.
        out.write_all(b"\n")?;
        Ok(None)
    }
}

impl Drop for Typed {
    fn drop(&mut self) {
        Modes::set(&self.modes.saved);
    }
}

/// Ctrl-Z (or `kill -TSTP`): the terminal's own modes back, then stop;
/// continued (`fg`, `kill -CONT`): a key at a time again, and after a
/// Ctrl-Z the prompt and the line shown again on the row `fg` leaves.
fn follow_job_control(modes: Modes, shown: Arc<Mutex<Vec<u8>>>) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTSTP, SIGCONT]) else {
        return;
    };
    let suspended = AtomicBool::new(false);
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if signal == SIGTSTP {
                Modes::set(&modes.saved);
                write_past_the_lock(b"\n");
                suspended.store(true, Ordering::SeqCst);
                // SIGSTOP cannot be caught: the process stops here.
                let _ = signal_hook::low_level::raise(libc::SIGSTOP);
            } else {
                Modes::set(&modes.keys);
                if suspended.swap(false, Ordering::SeqCst)
                    && let Ok(shown) = shown.lock()
                {
                    write_past_the_lock(&shown);
                }
            }
        }
    });
}
