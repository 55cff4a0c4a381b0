//! `export FILE` and `save FILE`: written as the explorer writes them,
//! through a temporary file and a rename, never over a file that is there:
//! a name that is taken gives way to the next free one (`-2`, `-3`, ...),
//! and the line says where the file went.

use std::io;
use std::path::{Path, PathBuf};

use crate::files::{Overwrite, free_path, write_atomic};
use crate::textkit::escape_controls;

/// Write `contents` (`what`: "summary", "profile") to `wanted`, or to the
/// next free name beside it; the sentence to say, or the error's.
pub fn write_free(
    wanted: &Path,
    extension: &str,
    what: &str,
    contents: &str,
) -> Result<String, String> {
    let (folder, stem, extension) = split(wanted, extension);
    let first = folder.join(format!("{stem}.{extension}"));
    // Another program may take the name between the check and the write;
    // the write never replaces a file, so try the next name.
    for _ in 0..100 {
        let path = free_path(&folder, &stem, &extension);
        match write_atomic(&path, contents.as_bytes(), Overwrite::Refuse) {
            Ok(()) => {
                let shown = escape_controls(path.display().to_string());
                return Ok(if path == first {
                    format!("Saved the {what} to {shown}")
                } else {
                    let taken = escape_controls(first.display().to_string());
                    format!(
                        "Saved the {what} to {shown} ({taken} is there already, left as it was)"
                    )
                });
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(format!("could not save the {what}: {error}")),
        }
    }
    Err(format!("could not save the {what}: no free file name"))
}

/// The folder, the stem and the extension of `path`: `notes/a.md` →
/// (`notes`, `a`, `md`); a known two-part extension (`.profile.yaml`) stays
/// whole, and a name without one takes `default_extension`.
fn split(path: &Path, default_extension: &str) -> (PathBuf, String, String) {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        // The current folder, as the name was given.
        _ => PathBuf::new(),
    };
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    for known in [default_extension, "md", "yaml", "yml"] {
        if let Some(stem) = name.strip_suffix(&format!(".{known}"))
            && !stem.is_empty()
        {
            return (folder, stem.to_owned(), known.to_owned());
        }
    }
    (folder, name, default_extension.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_at_their_known_extension() {
        let (folder, stem, extension) = split(Path::new("team.profile.yaml"), "profile.yaml");
        assert_eq!(
            (folder, stem.as_str(), extension.as_str()),
            (PathBuf::new(), "team", "profile.yaml")
        );
        let (folder, stem, extension) = split(Path::new("out/summary.md"), "md");
        assert_eq!(
            (folder, stem.as_str(), extension.as_str()),
            (PathBuf::from("out"), "summary", "md")
        );
        let (_, stem, extension) = split(Path::new("plain"), "md");
        assert_eq!((stem.as_str(), extension.as_str()), ("plain", "md"));
    }

    #[test]
    fn a_taken_name_gives_way_to_the_next() {
        let dir = std::env::temp_dir().join(format!("stackcompare-linear-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let wanted = dir.join("summary.md");
        let first = write_free(&wanted, "md", "summary", "one").unwrap();
        assert!(first.ends_with("summary.md"), "{first}");
        let second = write_free(&wanted, "md", "summary", "two").unwrap();
        assert!(second.contains("summary-2.md"), "{second}");
        assert!(second.contains("is there already"), "{second}");
        assert_eq!(std::fs::read_to_string(&wanted).unwrap(), "one");
        assert_eq!(
            std::fs::read_to_string(dir.join("summary-2.md")).unwrap(),
            "two"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
