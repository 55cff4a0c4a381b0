//! Writing files so that a failure never leaves half of one behind.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

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
        Ok(_) if overwrite == Overwrite::Refuse => return Err(already_exists(path)),
        Ok(meta) if meta.file_type().is_symlink() => {
            resolved = fs::canonicalize(path)?;
            resolved.as_path()
        }
        _ => path,
    };
    if fs::metadata(path).is_ok_and(|meta| !meta.is_file()) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is not a regular file", path.display()),
        ));
    }
    let temporary = temporary_path(path);
    let result = write_then_move(&temporary, path, bytes, overwrite);
    if result.is_err() {
        // The temporary file may or may not exist; either way it must go.
        let _ = fs::remove_file(&temporary);
    }
    result
}

fn write_then_move(
    temporary: &Path,
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
) -> io::Result<()> {
    if overwrite == Overwrite::Refuse && fs::symlink_metadata(path).is_ok() {
        return Err(already_exists(path));
    }
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temporary)?;
    file.write_all(bytes)?;
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

/// `.NAME.PID-N.tmp` beside `path`: hidden, unique within this process.
fn temporary_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy());
    let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}-{unique}.tmp", std::process::id()))
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
    fn free_path_counts_up() {
        let dir = scratch("free");
        assert_eq!(free_path(&dir, "s", "md"), dir.join("s.md"));
        fs::write(dir.join("s.md"), "").unwrap();
        fs::write(dir.join("s-2.md"), "").unwrap();
        assert_eq!(free_path(&dir, "s", "md"), dir.join("s-3.md"));
        fs::remove_dir_all(dir).unwrap();
    }
}
