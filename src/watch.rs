//! `--watch`: read a pack file again each time it is saved.
//!
//! Two ways of noticing, so that no save is missed:
//! - The folders are watched (inotify, through notify): the folder of the
//!   path given and, when the path is a symbolic link, the folder of the file
//!   it leads to. A save by rename (vim, most IDEs: write a new file, rename
//!   it over the old) is seen as well as a truncate-and-write, at once.
//! - Every `LOOK` the file the path leads to is looked at: its device, inode,
//!   size and modification time. A change no event told of is read all the
//!   same: a save to the real file behind a link, a link pointed elsewhere, a
//!   folder removed and made again (its watch died with it). The folder
//!   watches are then set up again on the folders as they are now.
//!
//! Events are debounced, and the pack is loaded on a thread of its own: a
//! slow load never holds up the screen. One thread does every load, in the
//! order the wakes came, so an older read never lands after a newer one.

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::content::{self, Pack};
use crate::diagnostic::{Diagnostic, Diagnostics};

/// Saves closer together than this are read once.
const DEBOUNCE: Duration = Duration::from_millis(150);
/// How often the file is looked at, besides the folder events.
const LOOK: Duration = Duration::from_millis(250);

/// A watch on one pack file; dropping it stops watching.
pub struct PackWatch {
    stop: Arc<AtomicBool>,
    loaded: Receiver<Result<Pack, Diagnostics>>,
}

impl std::fmt::Debug for PackWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PackWatch")
    }
}

impl Drop for PackWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl PackWatch {
    /// Start watching `file`, and read it once now too (it may have changed
    /// while nothing watched it); the message says why it could not start.
    pub fn start(file: &Path) -> Result<Self, String> {
        if file.file_name().is_none() {
            return Err("not a file name".to_owned());
        }
        let (wake, wakes) = channel();
        let last = Arc::new(Mutex::new(None));
        let loaded = loader(file.to_path_buf(), wakes, Arc::clone(&last));
        let stop = Arc::new(AtomicBool::new(false));
        // Watched first, then read: a save in between is not lost.
        let folders = Folders::arm(file, wake.clone());
        let _ = wake.send(());
        let (file, flag) = (file.to_path_buf(), Arc::clone(&stop));
        std::thread::spawn(move || look_now_and_then(&file, folders, &wake, &last, &flag));
        Ok(Self { stop, loaded })
    }

    /// The newest load since the last call, if the file was saved meanwhile.
    pub fn latest(&self) -> Option<Result<Pack, Diagnostics>> {
        self.loaded.try_iter().last()
    }
}

/// What a look at the file the path leads to finds. Equal stamps: nothing
/// to read again.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stamp {
    File {
        device: u64,
        inode: u64,
        size: u64,
        modified: Option<SystemTime>,
    },
    Unreadable(std::io::ErrorKind),
}

impl Stamp {
    fn of(file: &Path) -> Self {
        match fs::metadata(file) {
            Ok(meta) => Self::File {
                device: meta.dev(),
                inode: meta.ino(),
                size: meta.len(),
                modified: meta.modified().ok(),
            },
            Err(error) => Self::Unreadable(error.kind()),
        }
    }
}

/// The folders watched for events, as they were when watched (a folder
/// removed and made again is another inode), and the watch itself: `None`
/// where the system refused one (the looks still see every save).
struct Folders {
    seen: Vec<(PathBuf, Option<u64>)>,
    _watch: Option<Debouncer<RecommendedWatcher>>,
}

impl Folders {
    /// Watch the folders `file` involves, waking on events for its names.
    fn arm(file: &Path, wake: Sender<()>) -> Self {
        let (folders, names) = involved(file);
        let seen = folders
            .iter()
            .map(|folder| (folder.clone(), fs::metadata(folder).ok().map(|m| m.ino())))
            .collect();
        let watch = new_debouncer(DEBOUNCE, move |events: DebounceEventResult| {
            // An error from the watch is not told: the looks go on.
            let ours = events.is_ok_and(|events| {
                events.iter().any(|event| {
                    event
                        .path
                        .file_name()
                        .is_some_and(|n| names.iter().any(|m| m == n))
                })
            });
            if ours {
                // The app may be gone; nothing is waiting for the result then.
                let _ = wake.send(());
            }
        })
        .ok()
        .map(|mut watch| {
            for folder in &folders {
                let _ = watch.watcher().watch(folder, RecursiveMode::NonRecursive);
            }
            watch
        });
        Self {
            seen,
            _watch: watch,
        }
    }

    /// Whether the folders `file` involves are still the ones watched.
    fn current(&self, file: &Path) -> bool {
        let (folders, _) = involved(file);
        folders.len() == self.seen.len()
            && folders
                .iter()
                .zip(&self.seen)
                .all(|(folder, (seen, inode))| {
                    folder == seen && fs::metadata(folder).ok().map(|m| m.ino()) == *inode
                })
    }
}

/// The folders to watch for `file` and the names its events carry: the path
/// as given, and where it leads when it is a link.
fn involved(file: &Path) -> (Vec<PathBuf>, Vec<OsString>) {
    let folder_of = |path: &Path| match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut folders = vec![folder_of(file)];
    let mut names: Vec<OsString> = file.file_name().map(OsString::from).into_iter().collect();
    if let Ok(real) = fs::canonicalize(file) {
        let folder = folder_of(&real);
        if fs::canonicalize(&folders[0]).ok().as_ref() != Some(&folder) {
            folders.push(folder);
        }
        if let Some(name) = real
            .file_name()
            .filter(|name| !names.iter().any(|n| n == name))
        {
            names.push(name.to_owned());
        }
    }
    (folders, names)
}

/// Until stopped: look at the file every `LOOK`, wake the loader when it
/// changed since the last read (once per change), and watch the folders
/// again when they are no longer the ones watched.
fn look_now_and_then(
    file: &Path,
    mut folders: Folders,
    wake: &Sender<()>,
    last: &Mutex<Option<Stamp>>,
    stop: &AtomicBool,
) {
    let mut asked: Option<Stamp> = None;
    loop {
        std::thread::sleep(LOOK);
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let now = Stamp::of(file);
        let read = last.lock().unwrap_or_else(PoisonError::into_inner).clone();
        if read.as_ref() != Some(&now) && asked.as_ref() != Some(&now) {
            asked = Some(now);
            if wake.send(()).is_err() {
                return;
            }
        }
        if !folders.current(file) {
            folders = Folders::arm(file, wake.clone());
        }
    }
}

/// The thread that reads the file each time it is woken, in order; wakes
/// that pile up during a load are read once. Each read records the stamp
/// it read. A panic while loading is caught and told as an error: the
/// screen's thread keeps the terminal.
fn loader(
    file: PathBuf,
    wakes: Receiver<()>,
    last: Arc<Mutex<Option<Stamp>>>,
) -> Receiver<Result<Pack, Diagnostics>> {
    let (send, loaded): (Sender<_>, _) = channel();
    std::thread::spawn(move || {
        while wakes.recv().is_ok() {
            while wakes.try_recv().is_ok() {}
            *last.lock().unwrap_or_else(PoisonError::into_inner) = Some(Stamp::of(&file));
            let result = catch_unwind(AssertUnwindSafe(|| content::load_pack(&file)))
                .unwrap_or_else(|_| Err(problem(&file, "could not be read (internal error)")));
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
