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

/// The terminal's width in columns, 0 where it cannot be told.
fn columns() -> usize {
    // SAFETY: TIOCGWINSZ writes a winsize into the zeroed struct given.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &raw mut size) } != 0 {
        return 0;
    }
    usize::from(size.ws_col)
}

/// Whether this process has the terminal (its foreground process group).
/// Only then may it change the terminal's modes: a background process that
/// tries is stopped by SIGTTOU, and the shell has its own modes back then.
fn in_foreground() -> bool {
    // SAFETY: both calls only read the process's and the terminal's state.
    unsafe { libc::tcgetpgrp(libc::STDIN_FILENO) == libc::getpgrp() }
}

/// Whether this process runs in the background of the terminal it reads
/// (another process group has it). Input that is no terminal has no
/// foreground or background: then no.
fn in_background() -> bool {
    // SAFETY: both calls only read the process's and the terminal's state.
    let foreground = unsafe { libc::tcgetpgrp(libc::STDIN_FILENO) };
    foreground != -1 && foreground != unsafe { libc::getpgrp() }
}

/// Standard input read straight from its descriptor, each read waiting
/// first until there is something to read (`poll`). A process continued
/// in the background that read its terminal would be stopped (SIGTTIN)
/// before the thread that acts on an ending signal ran: a shell's `kill %1`
/// sends SIGTERM, then SIGCONT. Waiting is never restarted after a signal,
/// so the wait sees the signal and goes no further while the process ends.
pub struct Input;

impl Read for Input {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        loop {
            let mut wanted = libc::pollfd {
                fd: libc::STDIN_FILENO,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one pollfd, alive for the call.
            let ready = unsafe { libc::poll(&raw mut wanted, 1, -1) };
            if signals::ending_received() {
                // The signals' thread ends the process.
                loop {
                    std::thread::park();
                }
            }
            let error = io::Error::last_os_error();
            if ready < 0 && error.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            if in_background() {
                // Continued in the background, with the shell's own input
                // waiting: a read would stop the process (SIGTTIN), perhaps
                // before the ending signal's thread has ended it. Wait for
                // the terminal instead (`fg` gives it back).
                std::thread::sleep(std::time::Duration::from_millis(50));
                continue;
            }
            // SAFETY: the buffer is a live, writable slice of its length.
            let read =
                unsafe { libc::read(libc::STDIN_FILENO, buffer.as_mut_ptr().cast(), buffer.len()) };
            match usize::try_from(read) {
                Ok(read) => return Ok(read),
                Err(_) => {
                    let error = io::Error::last_os_error();
                    if error.kind() != io::ErrorKind::Interrupted {
                        return Err(error);
                    }
                }
            }
        }
    }
}

/// What the signals' threads share with the reader.
#[derive(Default)]
struct Shared {
    /// The prompt and the line while one is typed; empty while a command
    /// runs, when there is no line to show again.
    shown: Mutex<Vec<u8>>,
    /// False once the line mode has given the terminal back.
    done: AtomicBool,
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
    shared: Arc<Shared>,
}

impl Typed {
    /// The terminal read a key at a time, until this is dropped or the
    /// process ends; `None` where standard input's modes cannot be read.
    pub fn start(prompt: &str) -> Option<Self> {
        let modes = Modes::read().ok()?;
        let saved = modes.saved;
        signals::on_ending_signals(move || {
            if in_foreground() {
                Modes::set(&saved);
            }
        });
        let shared = Arc::new(Shared::default());
        follow_job_control(modes, Arc::clone(&shared));
        Modes::set(&modes.keys);
        Some(Self {
            modes,
            editor: Editor::new(prompt),
            keys: Keys::default(),
            pending: VecDeque::new(),
            shared,
        })
    }

    fn next_byte(&mut self) -> io::Result<Option<u8>> {
        if self.pending.is_empty() {
            let mut buffer = [0; 256];
            let read = Input.read(&mut buffer)?;
            self.pending.extend(&buffer[..read]);
        }
        Ok(self.pending.pop_front())
    }

    /// What `fg` shows again: the line being typed, or nothing.
    fn remember_shown(&self, typing: bool) {
        if let Ok(mut shown) = self.shared.shown.lock() {
            *shown = if typing {
                self.editor.shown()
            } else {
                Vec::new()
            };
        }
    }
}

impl Lines for Typed {
    fn next_line(&mut self, pack: &Pack, out: &mut dyn Write) -> io::Result<Option<String>> {
        let mut bytes = Vec::new();
        self.editor.set_columns(columns());
        self.editor.begin(&mut bytes);
        out.write_all(&bytes)?;
        out.flush()?;
        self.remember_shown(true);
        while let Some(byte) = self.next_byte()? {
            let Some(key) = self.keys.push(byte) else {
                continue;
            };
            bytes.clear();
            // Asked at each key: the window may have been resized.
            self.editor.set_columns(columns());
            let outcome = self
                .editor
                .key(key, &|before| complete(pack, before), &mut bytes);
            out.write_all(&bytes)?;
            out.flush()?;
            match outcome {
                Outcome::Editing => self.remember_shown(true),
                Outcome::Line(line) => {
                    self.remember_shown(false);
                    return Ok(Some(line));
                }
                Outcome::End => {
                    self.remember_shown(false);
                    return Ok(None);
                }
            }
        }
        // The terminal is gone.
        out.write_all(b"\n")?;
        Ok(None)
    }
}

impl Drop for Typed {
    fn drop(&mut self) {
        self.shared.done.store(true, Ordering::SeqCst);
        self.remember_shown(false);
        if in_foreground() {
            Modes::set(&self.modes.saved);
        }
    }
}

/// Ctrl-Z (or `kill -TSTP`): the terminal's own modes back, then stop;
/// continued in the foreground (`fg`): a key at a time again, and after a
/// Ctrl-Z the prompt and the line shown again on the row `fg` leaves.
/// Continued in the background (`bg`, or the SIGCONT a shell sends after
/// `kill %1`), the terminal is the shell's and is left alone.
fn follow_job_control(modes: Modes, shared: Arc<Shared>) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTSTP, SIGCONT]) else {
        return;
    };
    let suspended = AtomicBool::new(false);
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if shared.done.load(Ordering::SeqCst) {
                // The terminal is given back already: stop, as by default.
                if signal == SIGTSTP {
                    let _ = signal_hook::low_level::raise(libc::SIGSTOP);
                }
                continue;
            }
            if signal == SIGTSTP {
                if in_foreground() {
                    Modes::set(&modes.saved);
                    write_past_the_lock(b"\n");
                }
                suspended.store(true, Ordering::SeqCst);
                // SIGSTOP cannot be caught: the process stops here.
                let _ = signal_hook::low_level::raise(libc::SIGSTOP);
            } else if in_foreground() {
                Modes::set(&modes.keys);
                if suspended.swap(false, Ordering::SeqCst)
                    && let Ok(shown) = shared.shown.lock()
                {
                    write_past_the_lock(&shown);
                }
            }
        }
    });
}
