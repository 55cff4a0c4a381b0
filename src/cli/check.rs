//! `check`: load every file named (folders: their packs), tell packs from
//! profiles, check profiles against the packs, and report.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::commands;
use crate::content::{self, Pack, yaml};
use crate::diagnostic::{self, Diagnostic, Diagnostics, escape_controls};
use crate::profile::Profile;
use crate::situations;
use crate::textkit::count;

/// How `check` reports: for people, for scripts, or for GitHub Actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// `ok` lines on stdout, `FILE:LINE:COLUMN: message` lines on stderr
    Text,
    /// One JSON array of {file, line, column, message} on stdout
    Json,
    /// One `::error` workflow command per error on stdout
    Github,
}

/// What one file turned out to be: a pack, with the situations it does
/// not hold to (each at its place), or a profile.
enum Loaded {
    Pack(Box<Pack>, Diagnostics),
    Profile(Profile),
}

/// Validate every pack and profile named. Profiles are checked against the
/// packs given here, `--content`, or the embedded pack.
pub fn check(paths: &[PathBuf], content_path: Option<&Path>, format: CheckFormat) -> ExitCode {
    let mut report = Report::default();
    let files = expand(paths, &mut report);
    let mut packs: Vec<Pack> = vec![content::embedded()];
    let mut profiles = Vec::new();
    for file in &files {
        let name = content::display_name(file);
        match load(file) {
            Ok(Loaded::Pack(pack, failed)) => {
                if failed.0.is_empty() {
                    report.ok.push(format!(
                        "ok  {}: pack `{}`, {}, {}, {}{}",
                        escape_controls(name),
                        pack.id,
                        count(pack.options.len(), "option"),
                        count(pack.factors.len(), "factor"),
                        count(pack.sliders.len(), "slider"),
                        situations_held(&pack)
                    ));
                }
                report.errors.extend(failed.0);
                packs.push(*pack);
            }
            Ok(Loaded::Profile(profile)) => profiles.push((name, profile)),
            Err(found) => report.errors.extend(found.0),
        }
    }
    if let Some(path) = content_path {
        match content::load_path(path) {
            Ok(found) => packs.extend(found),
            Err(found) => report.errors.extend(found.0),
        }
    }
    for (name, profile) in profiles {
        report.profile(&name, &profile, &packs);
    }
    match format {
        CheckFormat::Text => report.print(),
        CheckFormat::Json => report.print_for_machines(diagnostic::to_json(&report.errors)),
        CheckFormat::Github => report.print_for_machines(diagnostic::to_github(&report.errors)),
    }
}

/// Files named, with folders replaced by their pack files.
fn expand(paths: &[PathBuf], report: &mut Report) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            match content::pack_files(path) {
                Ok(found) => files.extend(found),
                Err(found) => report.errors.extend(found.0),
            }
        } else {
            files.push(path.clone());
        }
    }
    files
}

/// A profile has a top-level `pack:` and no `schema:`; anything else is
/// read as a pack.
fn load(file: &Path) -> Result<Loaded, Diagnostics> {
    let text = content::read_text(file)?;
    let name = content::display_name(file);
    let keys = yaml::top_level_keys(&text);
    if keys.iter().any(|k| k == "pack") && !keys.iter().any(|k| k == "schema") {
        Profile::parse(&text, &name).map(Loaded::Profile)
    } else {
        let pack = content::parse_pack(&text, &name)?;
        let failed = situations::problems(&pack);
        let failed = if failed.is_empty() {
            Diagnostics(Vec::new())
        } else {
            content::locate(&text, &name, failed)
        };
        Ok(Loaded::Pack(Box::new(pack), failed))
    }
}

/// ", all 14 situations hold", or nothing for a pack without situations.
fn situations_held(pack: &Pack) -> String {
    match pack.situations.len() {
        0 => String::new(),
        1 => ", its situation holds".into(),
        n => format!(", all {n} situations hold"),
    }
}

#[derive(Default)]
struct Report {
    ok: Vec<String>,
    errors: Vec<Diagnostic>,
}

impl Report {
    /// The last pack with the profile's id wins: files given and --content
    /// before the embedded one.
    fn profile(&mut self, name: &str, profile: &Profile, packs: &[Pack]) {
        match packs.iter().rev().find(|p| p.id == profile.pack) {
            Some(pack) => match profile.values_for(pack) {
                Ok(_) => self.ok.push(format!(
                    "ok  {}: profile for `{}`",
                    escape_controls(name),
                    pack.id
                )),
                Err(found) => self.errors.extend(found.0),
            },
            None => {
                self.errors.extend_from_slice(profile.unknown_fields());
                self.errors.push(Diagnostic::new(
                    name,
                    None,
                    format!(
                        "profile for unknown pack `{}` (give its pack file too, or --content)",
                        profile.pack
                    ),
                ));
            }
        }
    }

    /// Output that cannot be written (a closed pipe) is dropped, not a panic.
    fn print(self) -> ExitCode {
        let mut stdout = std::io::stdout().lock();
        for line in &self.ok {
            let _ = writeln!(stdout, "{line}");
        }
        let mut stderr = std::io::stderr().lock();
        for error in &self.errors {
            let _ = writeln!(stderr, "{error}");
        }
        if self.errors.is_empty() {
            ExitCode::SUCCESS
        } else {
            let _ = writeln!(stderr, "{} found", count(self.errors.len(), "error"));
            ExitCode::from(1)
        }
    }

    /// The errors alone, already formatted, on stdout: a script reads one
    /// document there and nothing else. Output that cannot be written is
    /// an error here, since a silent CI step would read as a clean pack.
    fn print_for_machines(&self, out: String) -> ExitCode {
        if let Err(error) = commands::print(&out) {
            let _ = writeln!(std::io::stderr(), "{error}");
            return ExitCode::from(1);
        }
        if self.errors.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }
}
