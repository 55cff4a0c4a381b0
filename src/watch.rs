//! `--watch`: read a pack file again each time it is saved. The folder is
//! watched, not the file, so a save by rename (vim, most IDEs: write a new
//! file, rename it over the old) is seen as well as a truncate-and-write.
//! Events are debounced, and the pack is loaded on the watcher's own
//! thread: a slow load never holds up the screen.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::content::{self, Pack};
use crate::diagnostic::Diagnostics;

/// Saves closer together than this are read once.
const DEBOUNCE: Duration = Duration::from_millis(150);

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
    /// Start watching `file`, reading it once now too when `read_now` (the
    /// file may have changed while nothing watched it); the message says why
    /// it could not start.
    pub fn start(file: &Path, read_now: bool) -> Result<Self, String> {
        let name = file
            .file_name()
            .ok_or_else(|| "not a file name".to_owned())?
            .to_owned();
        let folder = match file.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let (send, loaded) = channel();
        if read_now {
            let (send, file) = (send.clone(), file.to_path_buf());
            std::thread::spawn(move || {
                let _ = send.send(content::load_pack(&file));
            });
        }
        let target = file.to_path_buf();
        let mut debouncer = new_debouncer(DEBOUNCE, move |events: DebounceEventResult| {
            let Ok(events) = events else {
                return;
            };
            if events.iter().any(|e| e.path.file_name() == Some(&name)) {
                // The app may be gone; nothing is waiting for the result then.
                let _ = send.send(content::load_pack(&target));
            }
        })
        .map_err(|error| format!("cannot watch: {error}"))?;
        debouncer
            .watcher()
            .watch(&folder, RecursiveMode::NonRecursive)
            .map_err(|error| format!("cannot watch {}: {error}", folder.display()))?;
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
