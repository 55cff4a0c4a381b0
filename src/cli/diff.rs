//! `diff OLD NEW`: what changed between two versions of a pack, and for
//! each `--profile` whether its verdict moved and why. The exit status
//! gates a pack change in CI: 0 when no profile's verdict moved (always 0
//! without profiles), 1 when one moved or no longer loads against NEW, 2
//! when a pack or a profile cannot be read (every problem at once).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::{Cli, commands, print_errors};
use crate::content::{self, Pack};
use crate::diagnostic::{self, Diagnostic, Diagnostics};
use crate::diff::{self, ProfileDiff};
use crate::export::{self, Diffed, Version};
use crate::profile::Profile;

/// How `diff` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// A line per change, then a line per profile, for people
    Text,
    /// One JSON object: the changes, and each profile's verdicts and causes
    Json,
    /// GitHub Actions workflow commands: a notice on NEW's line for each
    /// change, a warning for each profile whose verdict moved
    Github,
}

/// The exit status for bad input: a pack or a profile that does not load.
const BAD_INPUT: u8 = 2;

/// A pack file read: its text (to place changes in) and the pack.
struct Read {
    name: String,
    text: String,
    pack: Pack,
}

pub fn diff(cli: &Cli, old: &Path, new: &Path, format: DiffFormat) -> ExitCode {
    let refuse = |message: &str| {
        let found = Diagnostics::one(Diagnostic::new("stackcompare diff", None, message));
        fail(cli, format, &found)
    };
    if cli.content.is_some() || cli.pack.is_some() {
        return refuse("takes the two pack files as OLD and NEW, not --content or --pack");
    }
    if old.as_os_str() == content::STDIN && new.as_os_str() == content::STDIN {
        return refuse("only one of OLD and NEW can be - (standard input)");
    }
    let mut problems = Vec::new();
    let mut read = |path: &Path| match read_pack(path) {
        Ok(read) => Some(read),
        Err(found) => {
            problems.extend(found.0);
            None
        }
    };
    let (old, new) = (read(old), read(new));
    let profiles = load_profiles(&cli.profile, &mut problems);
    let (Some(old), Some(new)) = (old, new) else {
        return fail(cli, format, &Diagnostics(problems));
    };
    let changes = diff::changes(&old.pack, &new.pack);
    let mut compared: Vec<(String, ProfileDiff)> = Vec::new();
    for (name, profile) in &profiles {
        match diff::profile_diff(&old.pack, &new.pack, &changes, profile) {
            Ok(outcome) => compared.push((name.clone(), outcome)),
            Err(found) => problems.extend(found.0),
        }
    }
    if !problems.is_empty() {
        return fail(cli, format, &Diagnostics(problems));
    }
    let diffed = Diffed {
        old: old.version(),
        new: new.version(),
        changes: &changes,
        profiles: &compared,
    };
    let out = match format {
        DiffFormat::Text => export::diff_text(&diffed),
        DiffFormat::Json => export::diff_json(&diffed),
        DiffFormat::Github => export::diff_github(&diffed),
    };
    if let Err(found) = commands::print(&out) {
        print_errors(&found, cli.color());
        return ExitCode::from(1);
    }
    if compared.iter().any(|(_, p)| p.moved()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

impl Read {
    fn version(&self) -> Version<'_> {
        Version {
            name: &self.name,
            pack: &self.pack,
            text: &self.text,
        }
    }
}

fn read_pack(path: &Path) -> Result<Read, Diagnostics> {
    let text = content::read_text(path)?;
    let name = content::display_name(path);
    let pack = content::parse_pack(&text, &name)?;
    Ok(Read { name, text, pack })
}

/// Every profile named, each by its path as given; the problems of those
/// that cannot be read join `problems`.
fn load_profiles(paths: &[PathBuf], problems: &mut Vec<Diagnostic>) -> Vec<(String, Profile)> {
    let mut loaded = Vec::new();
    for path in paths {
        match Profile::load(path) {
            Ok(profile) => loaded.push((path.display().to_string(), profile)),
            Err(found) => problems.extend(found.0),
        }
    }
    loaded
}

/// Report bad input and end with status 2: as workflow commands on stdout
/// for `--format github` (so the run shows them on their lines), else on
/// stderr.
fn fail(cli: &Cli, format: DiffFormat, found: &Diagnostics) -> ExitCode {
    if format == DiffFormat::Github {
        let _ = commands::print(&diagnostic::to_github(&found.0));
    } else {
        print_errors(found, cli.color());
    }
    ExitCode::from(BAD_INPUT)
}
