//! Writing files so that a failure never leaves half of one behind.

use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Whether an existing file at the destination may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    Refuse,
    Allow,
}

/// Write `bytes` to `path` through a temporary file in the same folder and a
/// rename, so readers see the old file or the whole new one, never a part.
/// With `Overwrite::Refuse` an existing file is an `AlreadyExists` error.
/// Only regular files are ever replaced: a device, a pipe or a folder at
/// `path` is an `InvalidInput` error; a symbolic link is written through.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: Overwrite) -> io::Result<()> {
    let resolved;
    let path = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() && fs::metadata(path).is_err() => {
            return Err(unfollowable(fs::metadata(path).err()));
        }
        Ok(_) if overwrite == Overwrite::Refuse => return Err(already_exists(path)),
        Ok(meta) if meta.file_type().is_symlink() => {
            resolved = fs::canonicalize(path)?;
            resolved.as_path()
        }
        _ => path,
    };
    let existing = fs::metadata(path).ok();
    if existing.as_ref().is_some_and(|meta| !meta.is_file()) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "is not a regular file",
        ));
    }
    let (temporary, file) = create_temporary(path, temporary_mode(existing.as_ref()))?;
    let result = write_then_move(file, &temporary, path, bytes, overwrite, existing);
    if result.is_err() {
        // The temporary file may or may not exist; either way it must go.
        let _ = fs::remove_file(&temporary);
    }
    live().paths.retain(|live| *live != temporary);
    result
}

/// The mode a temporary file is created with: that of the file it replaces,
/// so a private (600) file's new text is never readable by others, not
/// even for a moment; for a new file the usual 666. The umask applies.
fn temporary_mode(existing: Option<&fs::Metadata>) -> u32 {
    existing.map_or(0o666, |meta| meta.permissions().mode() & 0o777)
}

/// Why a symbolic link at the destination cannot be written through.
fn unfollowable(error: Option<io::Error>) -> io::Error {
    let message = match error {
        Some(error) if error.kind() == io::ErrorKind::NotFound => {
            "is a symbolic link to a file that does not exist".to_owned()
        }
        Some(error) if error.raw_os_error() == Some(libc::ELOOP) => {
            "is a symbolic link in a loop of links that never reaches a file".to_owned()
        }
        Some(error) => format!("is a symbolic link that cannot be followed: {error}"),
        None => "is a symbolic link that cannot be followed".to_owned(),
    };
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

/// The temporary files being written, so that a signal that ends the
/// process can remove them first (`remove_temporaries`); once it has, no
/// new one is created.
struct Live {
    paths: Vec<PathBuf>,
    ending: bool,
}

static LIVE: Mutex<Live> = Mutex::new(Live {
    paths: Vec::new(),
    ending: false,
});

fn live() -> MutexGuard<'static, Live> {
    LIVE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Remove every temporary file being written, and refuse new ones, for a
/// process about to end. The lock is held while the caller ends it.
pub fn remove_temporaries() -> impl Drop {
    let mut live = live();
    live.ending = true;
    for path in live.paths.drain(..) {
        let _ = fs::remove_file(path);
    }
    live
}

/// A new temporary file beside `path`, created with `mode` (less the
/// umask). A name left behind by an earlier run (a crash, a reused process
/// id) is skipped, not reported as `path`.
fn create_temporary(path: &Path, mode: u32) -> io::Result<(PathBuf, fs::File)> {
    let numbers = std::iter::repeat_with(|| COUNTER.fetch_add(1, Ordering::Relaxed));
    create_first_free(path, mode, numbers.take(100))
}

/// The first temporary name numbered from `numbers` that is free. When
/// none is, the error names the temporary file, not `path`, and is not
/// `AlreadyExists` (which would read as "the destination exists").
fn create_first_free(
    path: &Path,
    mode: u32,
    numbers: impl Iterator<Item = u32>,
) -> io::Result<(PathBuf, fs::File)> {
    let mut last = None;
    for unique in numbers {
        let temporary = temporary_path(path, unique);
        // Created and recorded under the lock: a signal's clean-up sees it.
        let mut live = live();
        if live.ending {
            return Err(io::Error::other("the program is ending"));
        }
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&temporary)
        {
            Ok(file) => {
                live.paths.push(temporary.clone());
                return Ok((temporary, file));
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                last = Some(temporary);
            }
            Err(error) => {
                return Err(io::Error::new(
                    error.kind(),
                    format!(
                        "cannot create the temporary file {}: {error}",
                        temporary.display()
                    ),
                ));
            }
        }
    }
    let shown = last.map_or_else(String::new, |t| t.display().to_string());
    Err(io::Error::other(format!(
        "every temporary name beside it is taken (the last tried: {shown}); remove the leftover .tmp files"
    )))
}

fn write_then_move(
    mut file: fs::File,
    temporary: &Path,
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
    existing: Option<fs::Metadata>,
) -> io::Result<()> {
    if overwrite == Overwrite::Refuse && fs::symlink_metadata(path).is_ok() {
        return Err(already_exists(path));
    }
    file.write_all(bytes)?;
    // A replaced file keeps its permissions (a private 600 stays private);
    // it is a new file all the same, so hard links to the old one keep the
    // old text.
    if let Some(meta) = existing {
        file.set_permissions(meta.permissions())?;
    }
    file.sync_all()?;
    drop(file);
    match overwrite {
        Overwrite::Allow => fs::rename(temporary, path),
        Overwrite::Refuse => {
            // A hard link fails if the destination appeared meanwhile, so
            // nothing is ever replaced; fall back to rename where links
            // are not supported.
            match fs::hard_link(temporary, path) {
                Ok(()) => fs::remove_file(temporary),
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                    Err(already_exists(path))
                }
                Err(_) => fs::rename(temporary, path),
            }
        }
    }
}

fn already_exists(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{} already exists", path.display()),
    )
}

/// Numbers the temporary files of this process.
static COUNTER: AtomicU32 = AtomicU32::new(0);

/// `.NAME.PID-N.tmp` beside `path`: hidden, unique within this process.
/// NAME is cut to 32 characters, so a name near the system's 255-byte limit
/// still has room for its temporary twin.
fn temporary_path(path: &Path, unique: u32) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy());
    let short: String = name.chars().take(32).collect();
    path.with_file_name(format!(".{short}.{}-{unique}.tmp", std::process::id()))
}

/// The first of `stem.ext`, `stem-2.ext`, `stem-3.ext`… in `folder` that does not exist.
pub fn free_path(folder: &Path, stem: &str, extension: &str) -> PathBuf {
    let mut candidate = folder.join(format!("{stem}.{extension}"));
    let mut n = 2;
    while fs::symlink_metadata(&candidate).is_ok() {
        candidate = folder.join(format!("{stem}-{n}.{extension}"));
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("stackcompare-files-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn writes_and_refuses_to_overwrite() {
        let dir = scratch("refuse");
        let path = dir.join("out.md");
        write_atomic(&path, b"one", Overwrite::Refuse).unwrap();
        let error = write_atomic(&path, b"two", Overwrite::Refuse).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"three", Overwrite::Allow).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        // Nothing but the file itself is left.
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn never_replaces_what_is_not_a_file() {
        let dir = scratch("special");
        let error = write_atomic(&dir, b"x", Overwrite::Allow).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidInput);
        let target = dir.join("target.md");
        fs::write(&target, "old").unwrap();
        let link = dir.join("link.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"new", Overwrite::Allow).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&target).unwrap(), b"new");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn leftover_temporary_files_are_stepped_over_and_kept() {
        let dir = scratch("leftover");
        let path = dir.join("out.md");
        // Numbers 0 to 19 taken, as if by a crashed run with this process id.
        for n in 0..20 {
            fs::write(temporary_path(&path, n), "leftover").unwrap();
        }
        let (temporary, _) = create_first_free(&path, 0o600, 0..30).unwrap();
        assert_eq!(temporary, temporary_path(&path, 20));
        for n in 0..20 {
            assert_eq!(fs::read(temporary_path(&path, n)).unwrap(), b"leftover");
        }
        // With every number taken the error names no destination.
        let error = create_first_free(&path, 0o600, 0..20).unwrap_err();
        assert_ne!(error.kind(), io::ErrorKind::AlreadyExists);
        assert!(error.to_string().contains("leftover .tmp files"), "{error}");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_private_file_is_replaced_through_a_private_temporary_file() {
        let dir = scratch("private");
        let path = dir.join("secret.md");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        let mode = temporary_mode(fs::metadata(&path).ok().as_ref());
        assert_eq!(mode, 0o600);
        let (temporary, _) = create_first_free(&path, mode, 0..1).unwrap();
        let created = fs::metadata(&temporary).unwrap().permissions().mode() & 0o777;
        assert_eq!(created, 0o600, "{created:o}");
        fs::remove_file(&temporary).unwrap();
        live().paths.retain(|live| *live != temporary);
        write_atomic(&path, b"new", Overwrite::Allow).unwrap();
        let kept = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(kept, 0o600, "{kept:o}");
        assert_eq!(temporary_mode(None), 0o666);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn long_names_get_short_temporary_twins() {
        let name = "x".repeat(250);
        let temporary = temporary_path(&Path::new("/folder").join(&name), 7);
        let twin = temporary
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(twin.starts_with(&format!(".{}.", "x".repeat(32))), "{twin}");
        assert!(twin.len() < 64, "{twin}");
    }

    #[test]
    fn free_path_counts_up() {
        let dir = scratch("free");
        assert_eq!(free_path(&dir, "s", "md"), dir.join("s.md"));
        fs::write(dir.join("s.md"), "").unwrap();
        fs::write(dir.join("s-2.md"), "").unwrap();
        assert_eq!(free_path(&dir, "s", "md"), dir.join("s-3.md"));
        fs::remove_dir_all(dir).unwrap();
    }
}
