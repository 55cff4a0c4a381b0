//! The headless subcommands: `recommend`, `export`, `check`, `list`.

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Format;
use crate::content::{self, Pack, yaml};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::engine;
use crate::export;
use crate::files::{Overwrite, write_atomic};
use crate::profile::Profile;

pub fn recommend(pack: &Pack, values: &[u32], format: Format) -> Result<ExitCode, Diagnostics> {
    let recommendation = engine::recommend(pack, values);
    let out = match format {
        Format::Text => export::to_text(pack, &recommendation),
        Format::Json => export::to_json(pack, &recommendation),
        Format::Markdown => export::to_markdown(pack, &recommendation),
    };
    print(&out)?;
    Ok(ExitCode::SUCCESS)
}

pub fn export(
    pack: &Pack,
    values: &[u32],
    output: Option<&Path>,
    force: bool,
) -> Result<ExitCode, Diagnostics> {
    let markdown = export::to_markdown(pack, &engine::recommend(pack, values));
    match output {
        None => print(&markdown)?,
        Some(path) if path.as_os_str() == "-" => print(&markdown)?,
        Some(path) => {
            let overwrite = if force {
                Overwrite::Allow
            } else {
                Overwrite::Refuse
            };
            write_atomic(path, markdown.as_bytes(), overwrite).map_err(|error| {
                let is_file = std::fs::metadata(path).is_ok_and(|meta| meta.is_file());
                let message = match error.kind() {
                    std::io::ErrorKind::AlreadyExists if is_file => {
                        "already exists, not overwritten (use --force to replace it)".to_owned()
                    }
                    std::io::ErrorKind::AlreadyExists | std::io::ErrorKind::InvalidInput => {
                        "is not a regular file; give a file path, or - for standard output"
                            .to_owned()
                    }
                    _ => format!("cannot write: {error}"),
                };
                Diagnostics::one(Diagnostic::new(path.display().to_string(), None, message))
            })?;
            let _ = writeln!(std::io::stderr(), "wrote {}", path.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Print to stdout; a failed write (a closed pipe, a full disk) is an error, not a panic.
pub fn print(text: &str) -> Result<(), Diagnostics> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // A reader that stopped early (`| head`) wanted no more: not an error.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(Diagnostics::one(Diagnostic::new(
            "<stdout>",
            None,
            format!("cannot write: {error}"),
        ))),
        Ok(()) => Ok(()),
    }
}

/// Validate every pack and profile named (folders: their *.yaml files).
/// Profiles are checked against the packs given here, `--content`, or the embedded pack.
pub fn check(paths: &[PathBuf], content_path: Option<&Path>) -> ExitCode {
    let mut files = Vec::new();
    let mut errors: Vec<Diagnostic> = Vec::new();
    for path in paths {
        if path.is_dir() {
            match content::pack_files(path) {
                Ok(found) => files.extend(found),
                Err(Diagnostics(found)) => errors.extend(found),
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut packs: Vec<Pack> = vec![content::embedded()];
    let mut profiles = Vec::new();
    let mut ok = Vec::new();
    for file in &files {
        let text = match content::read_text(file) {
            Ok(text) => text,
            Err(Diagnostics(found)) => {
                errors.extend(found);
                continue;
            }
        };
        let name = file.display().to_string();
        let keys = yaml::top_level_keys(&text);
        if keys.iter().any(|k| k == "pack") && !keys.iter().any(|k| k == "schema") {
            match Profile::parse(&text, &name) {
                Ok(profile) => profiles.push((name, profile)),
                Err(Diagnostics(found)) => errors.extend(found),
            }
            continue;
        }
        match content::parse_pack(&text, &name) {
            Ok(pack) => {
                ok.push(format!(
                    "ok  {name}: pack `{}`, {}, {}, {}",
                    pack.id,
                    count(pack.options.len(), "option"),
                    count(pack.factors.len(), "factor"),
                    count(pack.traits.len(), "trait")
                ));
                packs.push(pack);
            }
            Err(Diagnostics(found)) => errors.extend(found),
        }
    }
    if let Some(path) = content_path {
        let loaded = if path.is_dir() {
            content::load_folder(path)
        } else {
            content::load_pack(path).map(|p| vec![p])
        };
        match loaded {
            Ok(found) => packs.extend(found),
            Err(Diagnostics(found)) => errors.extend(found),
        }
    }
    for (name, profile) in profiles {
        // The last pack with the id wins: given files and --content before the embedded one.
        match packs.iter().rev().find(|p| p.id == profile.pack) {
            Some(pack) => match profile.values_for(pack) {
                Ok(_) => ok.push(format!("ok  {name}: profile for `{}`", pack.id)),
                Err(Diagnostics(found)) => errors.extend(found),
            },
            None => errors.push(Diagnostic::new(
                name,
                None,
                format!(
                    "profile for unknown pack `{}` (give its pack file too, or --content)",
                    profile.pack
                ),
            )),
        }
    }
    // Output that cannot be written (a closed pipe) is dropped, not a panic.
    let mut stdout = std::io::stdout().lock();
    for line in &ok {
        let _ = writeln!(stdout, "{line}");
    }
    let mut stderr = std::io::stderr().lock();
    for error in &errors {
        let _ = writeln!(stderr, "{error}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        let _ = writeln!(stderr, "{} found", count(errors.len(), "error"));
        ExitCode::from(1)
    }
}

/// "1 factor", "6 factors".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Options, factors and traits with their ids, ranges and defaults.
pub fn list(pack: &Pack) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  ({})\n", pack.title, pack.id);
    out.push_str("OPTIONS\n");
    let width = pack.options.iter().map(|o| o.id.len()).max().unwrap_or(0);
    for option in &pack.options {
        let _ = writeln!(
            out,
            "  {:<width$}  {} — {}",
            option.id, option.name, option.tagline
        );
    }
    out.push_str("\nFACTORS (ratings 0..=10)\n");
    let width = pack.factors.iter().map(|f| f.id.len()).max().unwrap_or(0);
    for factor in &pack.factors {
        let ratings: Vec<String> = pack
            .options
            .iter()
            .map(|o| {
                format!(
                    "{} {}",
                    o.id,
                    factor.ratings.get(&o.id).copied().unwrap_or(0)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "  {:<width$}  {}  [{}]",
            factor.id,
            factor.name,
            ratings.join(", ")
        );
    }
    out.push_str("\nTRAITS (sliders: --set ID=V)\n");
    let width = pack.traits.iter().map(|t| t.id.len()).max().unwrap_or(0);
    for t in &pack.traits {
        let range = if t.is_toggle() {
            "toggle 0|1".to_owned()
        } else {
            format!("0..={}", t.max)
        };
        let mut ends = String::new();
        if t.low.is_some() || t.high.is_some() {
            let _ = write!(
                ends,
                " (0 = {}, {} = {})",
                t.low.as_deref().unwrap_or("low"),
                t.max,
                t.high.as_deref().unwrap_or("high")
            );
        }
        let prefix = format!(
            "  {:<width$}  {range:<10}  default {:<3}  ",
            t.id, t.default
        );
        let indent = prefix.chars().count();
        // Keep within 80 columns: long labels continue under themselves.
        for (index, line) in crate::wrap::wrap(
            &format!("{}{ends}", t.label),
            80usize.saturating_sub(indent).max(20),
        )
        .iter()
        .enumerate()
        {
            let lead = if index == 0 {
                prefix.clone()
            } else {
                " ".repeat(indent)
            };
            let _ = writeln!(out, "{lead}{line}");
        }
    }
    out
}
