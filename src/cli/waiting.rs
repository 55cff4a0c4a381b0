//! `--watch` on a pack that does not load yet: its errors are printed, and
//! the explorer opens at the first save that loads, as a watcher of builds
//! waits for a good build. Ctrl-C stops the wait like any command.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use crate::content::Pack;
use crate::diagnostic::Diagnostics;
use crate::signals;
use crate::watch::PackWatch;

/// How often the wait looks for a new load (and for a signal).
const LOOK: Duration = Duration::from_millis(100);

/// Wait for `file` to load, printing `first`, and each broken save's
/// errors; the pack once it loads. An ending signal ends the wait.
pub fn until_it_loads(file: &Path, first: &Diagnostics) -> Result<Pack, Diagnostics> {
    let shown = crate::textkit::escape_controls(file.display().to_string());
    let tell = |errors: &Diagnostics| {
        let _ = writeln!(
            std::io::stderr(),
            "{errors}\nstackcompare: waiting for a save of {shown} that loads; the explorer opens then (Ctrl-C stops)"
        );
    };
    tell(first);
    let watch = PackWatch::start(file).map_err(|why| {
        Diagnostics::one(crate::diagnostic::Diagnostic::new(
            shown.clone(),
            None,
            format!("cannot watch it: {why}"),
        ))
    })?;
    // The watch reads the file once as it starts: those are the errors
    // just printed. Every save after that is answered, even with the same
    // errors, so a save that fixed nothing is seen to have been read.
    let mut first_read = true;
    loop {
        signals::end_if_signalled();
        match watch.latest() {
            Some(Ok(pack)) => return Ok(pack),
            Some(Err(errors)) if first_read && errors.to_string() == first.to_string() => {
                first_read = false;
            }
            Some(Err(errors)) => {
                first_read = false;
                tell(&errors);
            }
            None => std::thread::sleep(LOOK),
        }
    }
}
