//! Signals that would end the process, and what must happen before it ends.
//!
//! - A file-size limit (`ulimit -f`) sends SIGXFSZ, which by default kills
//!   the process mid-write. With a handler installed the write fails with
//!   an error instead, which is reported like a full disk.
//! - A command that writes a file removes its temporary file on any ending
//!   signal, then ends as that signal would have ended it.
//! - The explorer turns every ending signal into a clean end of its loop
//!   (`tui::run`), so the terminal is restored first.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

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

/// For a command that writes files: on an ending signal, remove the
/// temporary files being written, then end as the signal would have.
pub fn remove_temporaries_on_ending_signals() {
    let Ok(mut received) = signal_hook::iterator::Signals::new(ending()) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = received.forever().next() {
            // No temporary file can be created while this is held.
            let _held = files::remove_temporaries();
            end_as(signal);
        }
    });
}

/// End the process as `signal` would have by default: killed by it where
/// it can be re-raised, otherwise exited with 128 + its number.
pub fn end_as(signal: i32) -> ! {
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    signal_hook::low_level::exit(128 + signal)
}
