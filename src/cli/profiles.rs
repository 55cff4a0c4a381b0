//! `--profile` given once (one person's values) or several times (a group:
//! each profile is one person, the group's values are the means). A group
//! counts one set of the reader's own numbers: the ratings and weights every
//! profile gives alike; one that profiles give differently (or that some
//! give and others leave the pack's) is an error, unless `--rate` or
//! `--weight` gives it for everyone.

use std::path::{Path, PathBuf};

use crate::content::Pack;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::engine::{Engine, Overrides};
use crate::group::{Group, Person};
use crate::profile::{self, Profile};
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

/// The notes for the profiles saved against other bytes of `pack`; with
/// `strict`, each of them is an error instead.
pub fn drifts<'a>(
    pack: &Pack,
    profiles: impl IntoIterator<Item = &'a Profile>,
    strict: bool,
) -> Result<Vec<Diagnostic>, Diagnostics> {
    let found: Vec<profile::Drift> = profiles
        .into_iter()
        .filter_map(|profile| profile.drift(pack))
        .collect();
    if strict && !found.is_empty() {
        return Err(Diagnostics(
            found.iter().map(profile::Drift::refusal).collect(),
        ));
    }
    Ok(found.iter().map(profile::Drift::note).collect())
}

/// Each note on its own line of standard error, before the result.
pub fn say_notes(notes: &[Diagnostic]) {
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    for note in notes {
        // Not `eprintln!`: it panics when standard error is gone.
        let _ = writeln!(stderr, "{note}");
    }
}

/// The notes as the explorer's one status line: the first, and how many
/// more there are.
pub fn one_line(notes: &[Diagnostic]) -> Option<String> {
    let first = notes.first()?.to_string();
    Some(match notes.len() - 1 {
        0 => first,
        more => format!("{first} (and {})", crate::textkit::count(more, "more note")),
    })
}

/// What to start from: the slider values (the pack's defaults, one
/// profile's values, or a group's means), the reader's own numbers (the
/// profiles', then `--rate` and `--weight`), and the group, when there is
/// one. Every profile's problems are reported, and every `--rate` /
/// `--weight` problem.
pub fn settings(
    pack: &Pack,
    loaded: &Loaded,
    rates: &[(String, String)],
    weights: &[(String, String)],
) -> Result<(Vec<u32>, Overrides, Option<Group>), Diagnostics> {
    let mut people = Vec::new();
    let mut theirs = Vec::new();
    let mut problems = Vec::new();
    for (path, profile) in loaded {
        match profile.settings_for(pack) {
            Ok((values, overrides)) => {
                people.push(Person {
                    name: name(path, profile),
                    values,
                });
                theirs.push((path.as_path(), overrides));
            }
            Err(found) => problems.extend(found.0),
        }
    }
    let mut given = Overrides::default();
    if let Err(found) = profile::apply_overrides(pack, &mut given, rates, weights) {
        problems.extend(found.0);
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    let mut overrides = shared(pack, &theirs, &given)?;
    overrides.ratings.extend(given.ratings);
    overrides.weights.extend(given.weights);
    let overrides = overrides.against(pack);
    match people.len() {
        0 => Ok((pack.default_values(), overrides, None)),
        1 => Ok((people.remove(0).values, overrides, None)),
        _ => {
            let engine = Engine::with_overrides(pack, &overrides);
            let group = Group::counted_by(pack, &engine, people);
            Ok((group.means.clone(), overrides, Some(group)))
        }
    }
}

/// The reader's numbers every profile gives alike (a profile that leaves
/// one the pack's gives the pack's); one they give differently is an error
/// at the first profile that differs, unless the command line gives it.
fn shared(
    pack: &Pack,
    theirs: &[(&Path, Overrides)],
    given: &Overrides,
) -> Result<Overrides, Diagnostics> {
    let Some(((_, first), rest)) = theirs.split_first() else {
        return Ok(Overrides::default());
    };
    let mut problems = Vec::new();
    let ratings = theirs
        .iter()
        .flat_map(|(_, o)| o.ratings.keys().copied())
        .collect::<std::collections::BTreeSet<_>>();
    for (factor, option) in ratings {
        let pack_value = pack.factors[factor].ratings[option].fixed().unwrap_or(0);
        let of = |o: &Overrides| o.rating(factor, option).unwrap_or(pack_value);
        if given.rating(factor, option).is_some() {
            continue;
        }
        if let Some((path, other)) = rest.iter().find(|(_, o)| of(o) != of(first)) {
            let (f, o) = (&pack.factors[factor].id, &pack.options[option].id);
            problems.push(disagree(
                theirs[0].0,
                path,
                &format!("rates `{o}` on `{f}` {}", of(first)),
                &of(other).to_string(),
                &format!("--rate {f}.{o}=N"),
            ));
        }
    }
    let weights = theirs
        .iter()
        .flat_map(|(_, o)| o.weights.keys().copied())
        .collect::<std::collections::BTreeSet<_>>();
    for factor in weights {
        let of = |o: &Overrides| o.weight(factor).unwrap_or(pack.factors[factor].weight);
        if given.weight(factor).is_some() {
            continue;
        }
        if let Some((path, other)) = rest.iter().find(|(_, o)| of(o) != of(first)) {
            let f = &pack.factors[factor].id;
            problems.push(disagree(
                theirs[0].0,
                path,
                &format!("weighs `{f}` {}", of(first)),
                &of(other).to_string(),
                &format!("--weight {f}=N"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(first.clone())
    } else {
        Err(Diagnostics(problems))
    }
}

/// "rates `node` on `data-ai` 7 and a.yaml 3: a group counts one set of
/// ratings and weights; give the same in every profile, or --rate … for
/// everyone", at the first profile.
fn disagree(first: &Path, other: &Path, said: &str, theirs: &str, flag: &str) -> Diagnostic {
    Diagnostic::new(
        first.display().to_string(),
        None,
        format!(
            "{said}, {} {theirs}: a group counts one set of ratings and weights; give the same in every profile, or `{flag}` for everyone",
            escape_controls(other.display().to_string())
        ),
    )
}

/// The profile's file name, for the title bar (a group is named there by its size).
pub fn title(loaded: &Loaded) -> Option<String> {
    let (path, _) = loaded.first()?;
    Some(file_name(path))
}
