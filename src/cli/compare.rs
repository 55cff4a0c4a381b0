//! `compare A B`: two projects on one pack side by side. Each side is a
//! profile file or the pack's defaults, with its own `--a-set` / `--b-set`
//! values on top; every problem of both sides is reported at once.

use std::path::Path;
use std::process::ExitCode;

use super::{Cli, Format, commands, load_packs, pick};
use crate::content::Pack;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::engine::{Comparison, Engine, Overrides, Side};
use crate::export::{self, Compared, Project};
use crate::profile::{self, Profile};
use crate::textkit::escape_controls;
use crate::words;

/// The word that stands for the pack's defaults in place of a profile file.
const DEFAULTS: &str = "defaults";

/// One side as the command line asks for it.
pub struct Wanted<'a> {
    /// A profile file; `None` or `defaults`: the pack's defaults.
    pub path: Option<&'a Path>,
    pub sets: &'a [(String, String)],
    /// The flag its sets came with, for its errors.
    pub flag: &'static str,
}

impl Wanted<'_> {
    /// The profile file, unless this side is the defaults.
    fn file(&self) -> Option<&Path> {
        self.path.filter(|path| path.as_os_str() != DEFAULTS)
    }
}

/// One side worked out: its values, the reader's numbers, what it is.
struct Loaded {
    values: Vec<u32>,
    overrides: Overrides,
    what: String,
}

pub fn compare(cli: &Cli, a: Wanted, b: Wanted, format: Format) -> Result<ExitCode, Diagnostics> {
    if !cli.profile.is_empty() {
        return Err(Diagnostics::one(Diagnostic::new(
            "stackcompare compare",
            None,
            "takes its two projects as A and B (profile files, or defaults), not --profile",
        )));
    }
    let mut problems = Vec::new();
    let mut profiles = Vec::new();
    for side in [&a, &b] {
        match side.file().map(Profile::load).transpose() {
            Ok(profile) => profiles.push(profile),
            Err(found) => {
                problems.extend(found.0);
                profiles.push(None);
            }
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    let first = profiles.iter().flatten().next();
    let pack = pick(cli, load_packs(cli)?, first)?;
    let notes = super::profiles::drifts(&pack, profiles.iter().flatten(), cli.strict)?;
    let mut sides = Vec::new();
    for (side, profile) in [&a, &b].into_iter().zip(&profiles) {
        match load(&pack, side, profile.as_ref()) {
            Ok(loaded) => sides.push(loaded),
            Err(found) => problems.extend(found.0),
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    super::profiles::say_notes(&notes);
    let (a, b) = (&sides[0], &sides[1]);
    let (ea, eb) = (
        Engine::with_overrides(&pack, &a.overrides),
        Engine::with_overrides(&pack, &b.overrides),
    );
    let (ra, rb) = (ea.recommend(&a.values), eb.recommend(&b.values));
    let comparison = Comparison::new(
        Side {
            engine: &ea,
            recommendation: &ra,
        },
        Side {
            engine: &eb,
            recommendation: &rb,
        },
    );
    let compared = Compared {
        pack: &pack,
        a: Project {
            label: "A",
            what: &a.what,
            engine: &ea,
            recommendation: &ra,
        },
        b: Project {
            label: "B",
            what: &b.what,
            engine: &eb,
            recommendation: &rb,
        },
        comparison: &comparison,
    };
    commands::print(&match format {
        Format::Text => export::compare_text(&compared),
        Format::Json => export::compare_json(&compared),
        Format::Markdown => export::compare_markdown(&compared),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// A side's values: the profile's (its problems at their line and column)
/// or the defaults, then its sets (their problems under its flag).
fn load(pack: &Pack, side: &Wanted, profile: Option<&Profile>) -> Result<Loaded, Diagnostics> {
    let (mut values, overrides) = match profile {
        Some(profile) => profile.settings_for(pack)?,
        None => (pack.default_values(), Overrides::default()),
    };
    profile::apply_sets(pack, &mut values, side.sets).map_err(|found| {
        let renamed = found.0.into_iter().map(|mut diagnostic| {
            if let Some(rest) = diagnostic.file.strip_prefix("--set ") {
                diagnostic.file = format!("{} {rest}", side.flag);
            }
            diagnostic
        });
        Diagnostics(renamed.collect())
    })?;
    let base = side.file().map_or_else(
        || words::DEFAULTS_PROJECT.to_owned(),
        |path| escape_controls(path.display().to_string()),
    );
    Ok(Loaded {
        values,
        overrides,
        what: words::project_phrase(&base, side.sets),
    })
}
