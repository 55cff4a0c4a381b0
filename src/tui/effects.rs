//! The effects the real runner does outside the app state: files written
//! in the current folder, the clipboard, profiles found and read.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::action::Effect;
use crate::files::{Overwrite, free_path, write_atomic};

/// How many profile files `p` lists at most, so a huge folder stays a list.
const MAX_PROFILES: usize = 500;

/// Do what `App::update` asked for; the message says what happened.
pub fn perform(effect: Effect, terminal: &mut impl Write) -> Result<String, String> {
    match effect {
        Effect::WriteFile {
            stem,
            extension,
            contents,
            what,
        } => {
            let folder = Path::new(".");
            // Another program may take the name between the check and the
            // write; the write never replaces a file, so try the next name.
            for _ in 0..100 {
                let path = free_path(folder, &stem, extension);
                match write_atomic(&path, contents.as_bytes(), Overwrite::Refuse) {
                    Ok(()) => {
                        return Ok(format!("Saved the {what} to {}", where_it_went(&path)));
                    }
                    Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(error) => return Err(format!("Could not save the {what}: {error}")),
                }
            }
            Err(format!("Could not save the {what}: no free file name"))
        }
        Effect::Copy(text) => {
            let sequence = crate::clipboard::osc52(&text, std::env::var_os("TMUX").is_some());
            terminal
                .write_all(sequence.as_bytes())
                .and_then(|()| terminal.flush())
                .map(|()| {
                    format!(
                        "Copied the summary ({} lines) to the clipboard with OSC 52",
                        text.lines().count()
                    )
                })
                .map_err(|error| format!("Could not copy: {error}"))
        }
        // The runner suspends itself; here there is no terminal to hand back.
        Effect::Suspend => Err("Cannot suspend here".to_owned()),
        Effect::Watch(_) => Err("Cannot watch here".to_owned()),
        Effect::FindProfiles(_) | Effect::ReadProfile(_) => {
            Err("Cannot read profiles here".to_owned())
        }
    }
}

/// A written file's whole path, for the status line: where to find it.
fn where_it_went(path: &Path) -> String {
    let whole = std::env::current_dir().map_or_else(
        |_| path.to_path_buf(),
        |here| here.join(path.strip_prefix(".").unwrap_or(path)),
    );
    crate::textkit::escape_controls(whole.display().to_string())
}

/// The profile files (`*.profile.yaml`) in `folders`, sorted by name, each
/// once; a folder that cannot be read is an error only when none can.
pub fn find_profiles(folders: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut failure = None;
    for folder in folders {
        let entries = match std::fs::read_dir(folder) {
            Ok(entries) => entries,
            Err(error) => {
                failure = Some(format!("Could not list {}: {error}", folder.display()));
                continue;
            }
        };
        let mut here: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|entry| {
                entry
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".profile.yaml")
            })
            .filter(|entry| entry.file_type().is_ok_and(|kind| !kind.is_dir()))
            .map(|entry| entry.path())
            .collect();
        here.sort();
        found.extend(here);
    }
    if found.is_empty()
        && let Some(why) = failure
    {
        return Err(crate::textkit::escape_controls(why));
    }
    // One file under two names (a link, `./x` beside `x`) is listed once.
    let mut seen = Vec::new();
    found.retain(|path| {
        let identity = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        let new = !seen.contains(&identity);
        seen.push(identity);
        new
    });
    found.truncate(MAX_PROFILES);
    Ok(found)
}
