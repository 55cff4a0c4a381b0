//! `--watch`: read a pack file again each time it is saved. The folder is
//! watched, not the file, so a save by rename (vim, most IDEs: write a new
//! file, rename it over the old) is seen as well as a truncate-and-write.
//! Events are debounced, and the pack is loaded on a thread of its own: a
//! slow load never holds up the screen. One thread does every load, in the
//! order the saves came, so an older read never lands after a newer one.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::content::{self, Pack};
use crate::diagnostic::{Diagnostic, Diagnostics};

/// Saves closer together than this are read once.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// What the loading thread is asked to do.
enum Wake {
    /// The file was saved: read it.
    Read,
    /// Watching broke: say why.
    Broken(String),
}

/// A watch on one pack file; dropping it stops watching.
pub struct PackWatch {
    _debouncer: Debouncer<RecommendedWatcher>,
    loaded: Receiver<Result<Pack, Diagnostics>>,
}

impl std::fmt::Debug for PackWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PackWatch")
    }
}

impl PackWatch {
    /// Start watching `file`, and read it once now too (it may have changed
    /// while nothing watched it); the message says why it could not start.
    pub fn start(file: &Path) -> Result<Self, String> {
        let name = file
            .file_name()
            .ok_or_else(|| "not a file name".to_owned())?
            .to_owned();
        let folder = match file.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let (wake, wakes) = channel();
        let loaded = loader(file.to_path_buf(), wakes);
        let on_events = wake.clone();
        let mut debouncer = new_debouncer(DEBOUNCE, move |events: DebounceEventResult| {
            let message = match events {
                Ok(events) if events.iter().any(|e| e.path.file_name() == Some(&name)) => {
                    Wake::Read
                }
                Ok(_) => return,
                Err(error) => Wake::Broken(error.to_string()),
            };
            // The app may be gone; nothing is waiting for the result then.
            let _ = on_events.send(message);
        })
        .map_err(|error| format!("cannot watch: {error}"))?;
        debouncer
            .watcher()
            .watch(&folder, RecursiveMode::NonRecursive)
            .map_err(|error| format!("cannot watch {}: {error}", folder.display()))?;
        // Watched first, then read: a save in between is not lost.
        let _ = wake.send(Wake::Read);
        Ok(Self {
            _debouncer: debouncer,
            loaded,
        })
    }

    /// The newest load since the last call, if the file was saved meanwhile.
    pub fn latest(&self) -> Option<Result<Pack, Diagnostics>> {
        self.loaded.try_iter().last()
    }
}

/// The thread that reads the file each time it is woken, in order; wakes
/// that pile up during a load are read once. A panic while loading is
/// caught and told as an error: the screen's thread keeps the terminal.
fn loader(file: PathBuf, wakes: Receiver<Wake>) -> Receiver<Result<Pack, Diagnostics>> {
    let (send, loaded): (Sender<_>, _) = channel();
    std::thread::spawn(move || {
        while let Ok(first) = wakes.recv() {
            let pending: Vec<Wake> = std::iter::once(first).chain(wakes.try_iter()).collect();
            let broken = pending.iter().find_map(|wake| match wake {
                Wake::Broken(why) => Some(why.clone()),
                Wake::Read => None,
            });
            let result = match broken {
                Some(why) => Err(problem(&file, format!("watching stopped: {why}"))),
                None => catch_unwind(AssertUnwindSafe(|| content::load_pack(&file)))
                    .unwrap_or_else(|_| Err(problem(&file, "could not be read (internal error)"))),
            };
            if send.send(result).is_err() {
                return;
            }
        }
    });
    loaded
}

fn problem(file: &Path, message: impl Into<String>) -> Diagnostics {
    Diagnostics::one(Diagnostic::new(file.display().to_string(), None, message))
}
