//! Signals that would end the process, and what must happen before it ends.
//!
//! - A file-size limit (`ulimit -f`) sends SIGXFSZ, which by default kills
//!   the process mid-write. With a handler installed the write fails with
//!   an error instead, which is reported like a full disk.
//! - A command that writes a file removes its temporary file on any ending
//!   signal, then ends as that signal would have ended it.
//! - The explorer turns every ending signal into a clean end of its loop
//!   (`tui::run`), so the terminal is restored first.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use libc::{
    SIGABRT, SIGALRM, SIGHUP, SIGINT, SIGIO, SIGPROF, SIGPWR, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2,
    SIGVTALRM, SIGXCPU, SIGXFSZ,
};

use crate::files;

/// Every signal whose default action ends the process and that a program
/// can catch. Left out: SIGKILL and SIGSTOP (they cannot be caught), and the
/// signals of the process's own faults (SIGSEGV, SIGBUS, SIGILL, SIGFPE,
/// SIGTRAP, SIGSYS): a handler that returns would run the fault again.
/// SIGXFSZ is not here: it ends nothing once `survive_file_size_limit` ran.
pub fn ending() -> Vec<i32> {
    let mut all = vec![
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGIO, SIGPWR, SIGABRT,
    ];
    all.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    all
}

/// Let a write past the file-size limit fail with an error, not a signal.
pub fn survive_file_size_limit() {
    // The flag is never read: having a handler is what matters.
    let _ = signal_hook::flag::register(SIGXFSZ, Arc::new(AtomicBool::new(false)));
}

/// The last ending signal received, set in the handler itself, so the
/// command sees it even where it finishes before the thread that handles
/// it has run.
static RECEIVED: OnceLock<Arc<AtomicUsize>> = OnceLock::new();

/// For a command that writes files: on an ending signal, remove the
/// temporary files being written, then end as the signal would have. Call
/// `end_if_signalled` when the command is done.
pub fn remove_temporaries_on_ending_signals() {
    on_ending_signals(|| {});
}

/// On an ending signal: `first` (the line mode gives the terminal its own
/// line editing back), then the temporary files removed, then the end the
/// signal would have made.
pub fn on_ending_signals(first: impl FnOnce() + Send + 'static) {
    let flag = RECEIVED.get_or_init(|| Arc::new(AtomicUsize::new(0)));
    for signal in ending() {
        let number = usize::try_from(signal).unwrap_or(0);
        let _ = signal_hook::flag::register_usize(signal, Arc::clone(flag), number);
    }
    let Ok(mut received) = signal_hook::iterator::Signals::new(ending()) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = received.forever().next() {
            first();
            // No temporary file can be created while this is held.
            let _held = files::remove_temporaries();
            end_as(signal);
        }
    });
}

/// Whether an ending signal has come (its handler sets this at once, before
/// the thread that acts on it runs).
pub fn ending_received() -> bool {
    RECEIVED
        .get()
        .is_some_and(|flag| flag.load(Ordering::SeqCst) != 0)
}

/// After a command that writes files: if an ending signal came while it
/// ran, end as that signal would have (the command may have finished its
/// write meanwhile; it still ends as it was told to).
pub fn end_if_signalled() {
    let received = RECEIVED.get().map_or(0, |flag| flag.load(Ordering::SeqCst));
    if let Ok(signal @ 1..) = i32::try_from(received) {
        let _held = files::remove_temporaries();
        end_as(signal);
    }
}

/// End the process as `signal` would have by default: killed by it where
/// it can be re-raised, otherwise exited with 128 + its number.
pub fn end_as(signal: i32) -> ! {
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    signal_hook::low_level::exit(128 + signal)
}
