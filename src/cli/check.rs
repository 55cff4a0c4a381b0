//! `check`: load every file named (folders: their packs), tell packs from
//! profiles, check profiles against the packs, and report.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::{commands, emphasis};
use crate::content::{self, Pack, yaml};
use crate::diagnostic::{self, Diagnostic, Diagnostics, escape_controls};
use crate::draft;
use crate::profile::Profile;
use crate::situations;
use crate::textkit::count;

/// How `check` reports: for people, for scripts, or for GitHub Actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// On stdout, in the order the files are named: an `ok` line per good
    /// file, `FILE:LINE:COLUMN: message` per error, then the count
    Text,
    /// One JSON array of {file, line, column, message} on stdout
    Json,
    /// One `::error` workflow command per error on stdout
    Github,
}

/// What one file turned out to be: a pack, with the situations it does
/// not hold to (each at its place), or a profile.
enum Loaded {
    /// The pack, its errors, its warnings.
    Pack(Box<Pack>, Diagnostics, Vec<Diagnostic>),
    Profile(Box<Profile>),
}

/// Validate every pack and profile named. Profiles are checked against the
/// packs given here, `--content`, or the embedded pack. With `config`, the
/// explorer's config file first (`Some(None)`: the one it would read). With
/// `emphasis`, the text's errors follow a red `error:`.
pub fn check(
    paths: &[PathBuf],
    content_path: Option<&Path>,
    article: Option<&Path>,
    format: CheckFormat,
    emphasis: bool,
    config: Option<Option<&Path>>,
) -> ExitCode {
    let mut report = Report::default();
    if let Some(file) = config {
        match super::settings::check(file) {
            Ok(line) => report.ok(line),
            Err(found) => report.errors(found),
        }
    }
    let article = article.and_then(|path| match read_article(path) {
        Ok(article) => Some(article),
        Err(found) => {
            report.errors(found);
            None
        }
    });
    let files = expand(paths, &mut report);
    let mut packs: Vec<Pack> = vec![content::embedded()];
    for file in &files {
        let name = content::display_name(file);
        match load(file, article.as_ref()) {
            Ok(Loaded::Pack(pack, failed, warnings)) => {
                if failed.0.is_empty() {
                    report.ok(format!(
                        "ok  {}: pack `{}`, {}, {}, {}{}",
                        escape_controls(name),
                        pack.id,
                        count(pack.options.len(), "option"),
                        count(pack.factors.len(), "factor"),
                        count(pack.sliders.len(), "slider"),
                        situations_held(&pack)
                    ));
                    // Under its `ok` line; a pack with errors has those to
                    // mend first, and its widths can wait.
                    report
                        .entries
                        .extend(warnings.into_iter().map(Entry::Warning));
                }
                report.errors(failed);
                packs.push(*pack);
            }
            // Checked once every pack is loaded, reported in its place.
            Ok(Loaded::Profile(profile)) => report.entries.push(Entry::Profile(name, *profile)),
            Err(found) => report.errors(found),
        }
    }
    if let Some(path) = content_path {
        match content::load_path(path) {
            Ok(found) => packs.extend(found),
            Err(found) => report.errors(found),
        }
    }
    report.check_profiles(&packs);
    match format {
        CheckFormat::Text => report.print(emphasis),
        CheckFormat::Json => {
            let all = report.leveled();
            report.print_for_machines(diagnostic::to_json_leveled(&all))
        }
        CheckFormat::Github => {
            let all: String = report
                .leveled()
                .into_iter()
                .map(|(level, d)| diagnostic::github_command(level, d))
                .collect();
            report.print_for_machines(all)
        }
    }
}

/// Files named, with folders replaced by their pack files.
fn expand(paths: &[PathBuf], report: &mut Report) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            match content::pack_files(path) {
                Ok(found) => files.extend(found),
                Err(found) => report.errors(found),
            }
        } else {
            files.push(path.clone());
        }
    }
    files
}

/// The published article a pack's text is compared with, as `draft` reads it.
fn read_article(path: &Path) -> Result<draft::Article, Diagnostics> {
    let text = content::read_text(path)?;
    draft::read_article(&text, &content::display_name(path))
}

/// A profile has a top-level `pack:` and no `schema:`; anything else is
/// read as a pack, and with `article`, its text compared with it.
fn load(file: &Path, article: Option<&draft::Article>) -> Result<Loaded, Diagnostics> {
    let text = content::read_text(file)?;
    let name = content::display_name(file);
    let keys = yaml::top_level_keys(&text);
    if keys.iter().any(|k| k == "pack") && !keys.iter().any(|k| k == "schema") {
        Profile::parse(&text, &name).map(|profile| Loaded::Profile(Box::new(profile)))
    } else {
        let pack = content::parse_pack(&text, &name)?;
        let failed = situations::problems(&pack);
        let mut failed = if failed.is_empty() {
            Diagnostics(Vec::new())
        } else {
            content::locate(&text, &name, failed)
        };
        if let Some(article) = article {
            failed.0.extend(draft::drift(&pack, &text, &name, article));
            diagnostic::in_file_order(&mut failed.0);
        }
        let locator = yaml::Locator::new(&text);
        let warnings = super::cuts::cuts(&pack)
            .into_iter()
            .map(|(path, message)| Diagnostic::new(&name, locator.find(&path), message))
            .collect();
        Ok(Loaded::Pack(Box::new(pack), failed, warnings))
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

/// `FILE:LINE:COLUMN: warning: message`, as compilers write one.
fn warning_line(warning: &Diagnostic) -> String {
    match warning.place {
        Some(place) => format!(
            "{}:{}:{}: warning: {}",
            warning.file, place.line, place.column, warning.message
        ),
        None => format!("{}: warning: {}", warning.file, warning.message),
    }
}

/// One line of the report, or a profile still to be checked.
enum Entry {
    Ok(String),
    Error(Diagnostic),
    /// Something to know that does not fail the check.
    Warning(Diagnostic),
    Profile(String, Profile),
}

/// The report in the order the files were named (folders in their files'
/// order, `--content` last): one stream, so a terminal, a pipe and a file
/// all read it in that order.
#[derive(Default)]
struct Report {
    entries: Vec<Entry>,
}

impl Report {
    fn ok(&mut self, line: String) {
        self.entries.push(Entry::Ok(line));
    }

    fn errors(&mut self, found: Diagnostics) {
        self.entries.extend(found.0.into_iter().map(Entry::Error));
    }

    /// Every profile against the packs, its lines where it was named.
    fn check_profiles(&mut self, packs: &[Pack]) {
        let entries = std::mem::take(&mut self.entries);
        for entry in entries {
            match entry {
                Entry::Profile(name, profile) => self.profile(&name, &profile, packs),
                other => self.entries.push(other),
            }
        }
    }

    /// The last pack with the profile's id wins: files given and --content
    /// before the embedded one.
    fn profile(&mut self, name: &str, profile: &Profile, packs: &[Pack]) {
        match packs.iter().rev().find(|p| p.id == profile.pack) {
            Some(pack) => match profile.values_for(pack) {
                Ok(_) => self.ok(format!(
                    "ok  {}: profile for `{}`",
                    escape_controls(name),
                    pack.id
                )),
                Err(found) => self.errors(found),
            },
            None => {
                self.errors(Diagnostics(profile.unknown_fields().to_vec()));
                self.entries.push(Entry::Error(Diagnostic::new(
                    name,
                    None,
                    format!(
                        "profile for unknown pack `{}` (give its pack file too, or --content)",
                        profile.pack
                    ),
                )));
            }
        }
    }

    /// The errors, in the report's order.
    fn diagnostics(&self) -> Vec<Diagnostic> {
        self.entries
            .iter()
            .filter_map(|entry| match entry {
                Entry::Error(error) => Some(error.clone()),
                _ => None,
            })
            .collect()
    }

    /// Errors and warnings in the report's order, each with its severity.
    fn leveled(&self) -> Vec<(&'static str, &Diagnostic)> {
        self.entries
            .iter()
            .filter_map(|entry| match entry {
                Entry::Error(error) => Some(("error", error)),
                Entry::Warning(warning) => Some(("warning", warning)),
                _ => None,
            })
            .collect()
    }

    /// The whole report on stdout, `ok` lines and errors together: it is
    /// what `check` was asked for, as the machine formats are, so
    /// `check … | less` or `> report.txt` keep all of it in order; the exit
    /// status says whether there was an error.
    fn print(self, emphasis: bool) -> ExitCode {
        let errors = self.diagnostics().len();
        let mut out = String::new();
        for entry in &self.entries {
            match entry {
                Entry::Ok(line) => out.push_str(line),
                Entry::Error(error) => {
                    out.push_str(&emphasis::error_line(&error.to_string(), emphasis));
                }
                Entry::Warning(warning) => out.push_str(&warning_line(warning)),
                Entry::Profile(..) => continue,
            }
            out.push('\n');
        }
        let warnings = self.leveled().len() - errors;
        match (errors, warnings) {
            (0, 0) => {}
            (_, 0) => out.push_str(&format!("{} found\n", count(errors, "error"))),
            (0, _) => out.push_str(&format!("{} (not errors)\n", count(warnings, "warning"))),
            _ => out.push_str(&format!(
                "{} found, and {}\n",
                count(errors, "error"),
                count(warnings, "warning")
            )),
        }
        self.finish(&out, errors)
    }

    /// The errors alone, already formatted, on stdout: a script reads one
    /// document there and nothing else.
    fn print_for_machines(&self, out: String) -> ExitCode {
        self.finish(&out, self.diagnostics().len())
    }

    /// Print `out`; output that cannot be written is an error, since a
    /// silent CI step or an empty report would read as a clean pack.
    fn finish(&self, out: &str, errors: usize) -> ExitCode {
        if let Err(error) = commands::print(out) {
            let _ = writeln!(std::io::stderr(), "{error}");
            return ExitCode::from(1);
        }
        if errors == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }
}
