//! `--profile` given once (one person's values) or several times (a group:
//! each profile is one person, the group's values are the means).

use std::path::{Path, PathBuf};

use crate::content::Pack;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::group::{Group, Person};
use crate::profile::Profile;
use crate::textkit::{escape_controls, file_name};

/// Profiles as loaded, each with the path it was given as.
pub type Loaded = Vec<(PathBuf, Profile)>;

/// Every profile named, in order; a file named twice (under any path) is an
/// error, as are two people of the same name.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, Diagnostics> {
    let mut loaded: Loaded = Vec::new();
    let mut problems = Vec::new();
    let mut seen: Vec<(Identity, &Path)> = Vec::new();
    for path in paths {
        let identity = Identity::of(path);
        if let Some((_, first)) = seen.iter().find(|(id, _)| *id == identity) {
            problems.push(Diagnostic::new(
                path.display().to_string(),
                None,
                format!(
                    "is the same file as {}: give each person's profile once",
                    escape_controls(first.display().to_string())
                ),
            ));
            continue;
        }
        seen.push((identity, path));
        match Profile::load(path) {
            Ok(profile) => loaded.push((path.clone(), profile)),
            Err(found) => problems.extend(found.0),
        }
    }
    if problems.is_empty() {
        same_names(&loaded)?;
        Ok(loaded)
    } else {
        Err(Diagnostics(problems))
    }
}

/// What makes two paths one file: its device and inode, whatever the path
/// (a symbolic link, a hard link, `./x` beside `x`); the path as given when
/// the file cannot be looked at (its load then reports why).
#[derive(Debug, PartialEq, Eq)]
enum Identity {
    File { device: u64, inode: u64 },
    Path(PathBuf),
}

impl Identity {
    fn of(path: &Path) -> Self {
        use std::os::unix::fs::MetadataExt;
        match std::fs::metadata(path) {
            Ok(meta) => Self::File {
                device: meta.dev(),
                inode: meta.ino(),
            },
            Err(_) => Self::Path(path.to_path_buf()),
        }
    }
}

/// A person's name: the profile's `name:`, else its file name without
/// `.yaml` / `.yml` and `.profile`.
pub fn name(path: &Path, profile: &Profile) -> String {
    if let Some(name) = profile
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        return escape_controls(name);
    }
    let file = path
        .file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy();
    let mut stem: &str = &file;
    for suffix in [".yaml", ".yml", ".profile"] {
        stem = stem.strip_suffix(suffix).unwrap_or(stem);
    }
    escape_controls(if stem.is_empty() { &file } else { stem })
}

fn same_names(loaded: &Loaded) -> Result<(), Diagnostics> {
    let names: Vec<String> = loaded.iter().map(|(p, profile)| name(p, profile)).collect();
    for (later, name) in names.iter().enumerate() {
        if let Some(first) = names[..later].iter().position(|n| n == name) {
            let (path, _) = &loaded[later];
            return Err(Diagnostics::one(Diagnostic::new(
                path.display().to_string(),
                None,
                format!(
                    "names the same person as {} (`{name}`): give one of them a `name:`",
                    escape_controls(loaded[first].0.display().to_string())
                ),
            )));
        }
    }
    Ok(())
}

/// The values to start from: the pack's defaults, one profile's values, or
/// a group's means (with the group). Every profile's problems are reported.
pub fn values(pack: &Pack, loaded: &Loaded) -> Result<(Vec<u32>, Option<Group>), Diagnostics> {
    let mut people = Vec::new();
    let mut problems = Vec::new();
    for (path, profile) in loaded {
        match profile.values_for(pack) {
            Ok(values) => people.push(Person {
                name: name(path, profile),
                values,
            }),
            Err(found) => problems.extend(found.0),
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    match people.len() {
        0 => Ok((pack.default_values(), None)),
        1 => Ok((people.remove(0).values, None)),
        _ => {
            let group = Group::new(pack, people);
            Ok((group.means.clone(), Some(group)))
        }
    }
}

/// The profile's file name, for the title bar (a group is named there by its size).
pub fn title(loaded: &Loaded) -> Option<String> {
    let (path, _) = loaded.first()?;
    Some(file_name(path))
}
