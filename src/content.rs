//! Content packs: the model, loading from YAML, validation and text cleaning.
//!
//! A pack is read in four steps: size check, UTF-8 check, typed parse
//! (`yaml`), then `validate` for the rules serde cannot express. Text is
//! cleaned last so nothing in a pack reaches a terminal as an escape.

mod clean;
pub mod model;
mod validate;
pub mod yaml;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use clean::{clean_text, is_hidden_control};
pub use model::*;
pub use validate::{MAX_RATING, MAX_SLIDER, MAX_WEIGHT, Problem, validate};

use crate::diagnostic::{Diagnostic, Diagnostics, Place, shorten_quotes};

/// The article pack, compiled in: `stackcompare` runs from any folder.
pub const EMBEDDED_SOURCE: &str = include_str!("../content/python-vs-node.yaml");
/// How the embedded pack is named in messages.
pub const EMBEDDED_NAME: &str = "<embedded python-vs-node.yaml>";
/// Packs and profiles larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The embedded article pack. A test proves it is valid.
pub fn embedded() -> Pack {
    parse_pack(EMBEDDED_SOURCE, EMBEDDED_NAME).expect("the embedded pack is valid")
}

/// Read a text file for parsing: refuse huge files, report bad UTF-8 with its place.
pub fn read_text(path: &Path) -> Result<String, Diagnostics> {
    let name = path.display().to_string();
    let fail = |place, message: String| Diagnostics::one(Diagnostic::new(&name, place, message));
    let file = fs::File::open(path).map_err(|error| fail(None, format!("cannot read: {error}")))?;
    if let Ok(metadata) = file.metadata() {
        if metadata.is_dir() {
            return Err(fail(None, "is a folder, not a file".into()));
        }
        if metadata.len() > MAX_FILE_BYTES {
            return Err(fail(None, too_big(metadata.len())));
        }
    }
    let mut bytes = Vec::new();
    // `take` also bounds files whose size the metadata does not tell (pipes).
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| fail(None, format!("cannot read: {error}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(None, too_big(bytes.len() as u64)));
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        fail(
            Some(Place { line, column }),
            "the file is not valid UTF-8 text".into(),
        )
    })
}

fn too_big(bytes: u64) -> String {
    format!(
        "the file is {:.1} MiB; packs and profiles may be at most {} MiB",
        bytes as f64 / (1024.0 * 1024.0),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// Load and validate one pack file.
pub fn load_pack(path: &Path) -> Result<Pack, Diagnostics> {
    let text = read_text(path)?;
    parse_pack(&text, &path.display().to_string())
}

/// Parse and validate pack text; `name` labels the messages.
pub fn parse_pack(text: &str, name: &str) -> Result<Pack, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Diagnostics::one(Diagnostic::new(
            name,
            None,
            "the file is empty; a pack starts with `schema: 1`",
        )));
    }
    let mut pack: Pack = yaml::from_str(text)
        .map_err(|error| Diagnostics::one(Diagnostic::new(name, error.place, error.message)))?;
    // Clean first, so text made only of control characters counts as empty.
    pack.clean_text();
    let problems = validate(&pack);
    if !problems.is_empty() {
        return Err(locate(text, name, problems));
    }
    Ok(pack)
}

/// Turn field-path problems into diagnostics with a line and column.
pub fn locate(text: &str, name: &str, problems: Vec<Problem>) -> Diagnostics {
    let locator = yaml::Locator::new(text);
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|problem| {
            let message = shorten_quotes(&problem.message);
            Diagnostic::new(name, locator.find(&problem.path), message)
        })
        .collect();
    diagnostics.sort_by_key(|diagnostic| diagnostic.place);
    Diagnostics(diagnostics)
}

/// The pack files (`*.yaml`, `*.yml`) of a folder, sorted by name.
pub fn pack_files(folder: &Path) -> Result<Vec<PathBuf>, Diagnostics> {
    let fail = |error: std::io::Error| {
        Diagnostics::one(Diagnostic::new(
            folder.display().to_string(),
            None,
            format!("cannot read folder: {error}"),
        ))
    };
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map_err(fail)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.is_file()
                && path
                    .extension()
                    .is_some_and(|ext| ext == "yaml" || ext == "yml")
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Every pack in a folder, or every problem found in any of them.
pub fn load_folder(folder: &Path) -> Result<Vec<Pack>, Diagnostics> {
    let files = pack_files(folder)?;
    if files.is_empty() {
        return Err(Diagnostics::one(Diagnostic::new(
            folder.display().to_string(),
            None,
            "no packs here (*.yaml)",
        )));
    }
    let mut packs = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match load_pack(&file) {
            Ok(pack) => packs.push(pack),
            Err(Diagnostics(found)) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(packs)
    } else {
        Err(Diagnostics(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_pack_is_valid() {
        let pack = embedded();
        assert_eq!(pack.id, "python-vs-node");
        let ids: Vec<&str> = pack.traits.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "data_ai",
                "realtime",
                "concurrency",
                "workload",
                "one_language",
                "team_js",
                "team_python",
                "clarity"
            ]
        );
        assert_eq!(pack.factors.len(), 6);
    }

    #[test]
    fn problems_are_all_reported_with_lines() {
        let text = EMBEDDED_SOURCE
            .replace(
                "ratings: { python: 10, node: 4 }",
                "ratings: { python: 10, nod: 4 }",
            )
            .replace("    default: 5\n", "    default: 11\n");
        let error = parse_pack(&text, "p.yaml").unwrap_err();
        let messages: Vec<String> = error.0.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 3, "{messages:#?}");
        assert!(
            messages
                .iter()
                .any(|m| m.contains("unknown option `nod` (did you mean `node`?)"))
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("does not rate option `node`"))
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("default 11 of trait `workload` is above its max 10"))
        );
        assert!(messages.iter().all(|m| m.starts_with("p.yaml:")));
    }
}
