//! The binary: everything but one early question is in `stackcompare::cli`.

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether standard output was closed when the process started (`cmd >&-`).
/// Rust's runtime puts /dev/null in the place of a closed descriptor before
/// `main`, where writes would vanish without an error, so the question is
/// asked earlier: by a function the loader runs before the runtime starts.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

#[cfg(target_os = "linux")]
mod before_main {
    use super::{Ordering, STDOUT_CLOSED};

    const F_GETFD: i32 = 1;

    unsafe extern "C" {
        fn fcntl(fd: i32, command: i32, ...) -> i32;
    }

    extern "C" fn note_stdout() {
        // SAFETY: F_GETFD only reads the descriptor's flags and takes no
        // third argument; a closed descriptor gives -1 (EBADF).
        let closed = unsafe { fcntl(1, F_GETFD) } == -1;
        STDOUT_CLOSED.store(closed, Ordering::Relaxed);
    }

    /// Run by the loader with the other initialisers, before `main`.
    #[used]
    #[unsafe(link_section = ".init_array")]
    static NOTE_STDOUT: extern "C" fn() = note_stdout;
}

fn main() -> ExitCode {
    stackcompare::cli::main(!STDOUT_CLOSED.load(Ordering::Relaxed))
}
