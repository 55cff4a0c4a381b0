//! Content packs: the file format, loading from YAML, validation, text
//! cleaning, and the resolved model the rest of the program uses.
//!
//! A pack is read in five steps: size and kind check, UTF-8 check, typed
//! parse (`yaml`), text cleaning, then `validate` for the rules serde cannot
//! express (quotations included); a valid pack is resolved into a `Pack`
//! whose ids are indices.

mod clean;
mod digest;
mod model;
mod problems;
mod quotes;
mod raw;
mod resolve;
mod validate;
pub mod yaml;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use clean::clean_text;
pub use digest::Sha256;
pub use model::{
    CloseCall, CloseText, Closing, Condition, Expected, Factor, NOT_SAID_RATING, Neutral,
    OptionDef, Pack, Raise, Rating, Rule, Section, Situation, Slider, Source, slider_steps,
};
/// How the article's list items are told (a draft reads them the same way).
pub use quotes::list_marker;
pub use quotes::normalize as normalize_quotation;
pub use raw::{
    CLOSE, CloseCallFile, CloseTextFile, Expect, FactorFile, PackFile, Range, RatingFile, RuleFile,
    SCHEMA_VERSION, SituationFile, SliderFile, Test, When, unique_keys,
};
pub use validate::{
    MAX_FACTORS, MAX_PROBLEMS, MAX_RATING, MAX_RATING_SCALE, MAX_SLIDER, MAX_TRAITS, MAX_WEIGHT,
    Problem, Problems, id_problem, validate,
};

use crate::diagnostic::{Diagnostic, Diagnostics, Place, shorten_quotes};

/// The article pack, compiled in: `stackcompare` runs from any folder.
pub const EMBEDDED_SOURCE: &str = include_str!("../content/python-vs-node.yaml");
/// How the embedded pack is named in messages.
pub const EMBEDDED_NAME: &str = "<embedded python-vs-node.yaml>";
/// Packs and profiles larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// This build's version, as `--version` prints it: results and saved
/// profiles carry it in their receipt.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The path that means standard input.
pub const STDIN: &str = "-";

/// The embedded article pack. A test proves it is valid.
pub fn embedded() -> Pack {
    parse_pack(EMBEDDED_SOURCE, EMBEDDED_NAME).expect("the embedded pack is valid")
}

/// How a path is named in messages: `<stdin>` for `-`, else as given.
pub fn display_name(path: &Path) -> String {
    if path.as_os_str() == STDIN {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Read a text file for parsing: `-` reads standard input; anything but a
/// regular file (a folder, a pipe, a device) is refused without opening it;
/// huge files are refused; bad UTF-8 is reported with its place.
pub fn read_text(path: &Path) -> Result<String, Diagnostics> {
    let name = display_name(path);
    let fail = |place, message: String| Diagnostics::one(Diagnostic::new(&name, place, message));
    if path.as_os_str() == STDIN {
        return read_bounded(std::io::stdin().lock(), &name);
    }
    // Opening a pipe blocks until a writer comes: look before opening.
    let metadata =
        fs::metadata(path).map_err(|error| fail(None, format!("cannot read: {error}")))?;
    if metadata.is_dir() {
        return Err(fail(None, "is a folder, not a file".into()));
    }
    if !metadata.is_file() {
        return Err(fail(
            None,
            "is not a regular file (a pipe, a device or a socket); give a file, or - for standard input"
                .into(),
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(fail(None, too_big()));
    }
    let file = fs::File::open(path).map_err(|error| fail(None, format!("cannot read: {error}")))?;
    // The bound also holds for a file that grows while it is read.
    read_bounded(file, &name)
}

/// Read `reader` as UTF-8 text of at most `MAX_FILE_BYTES`: one byte more
/// is read, so a longer input is told from one of exactly the limit.
fn read_bounded(reader: impl Read, name: &str) -> Result<String, Diagnostics> {
    let fail = |place, message: String| Diagnostics::one(Diagnostic::new(name, place, message));
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| fail(None, format!("cannot read: {error}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(None, too_big()));
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

fn too_big() -> String {
    format!(
        "the file is larger than {} MiB, the most a pack or profile may be",
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// What to say about a pack of another schema version.
pub fn schema_message(version: u32) -> String {
    match version {
        1 => format!(
            "schema 1 packs are no longer read: schema {SCHEMA_VERSION} rates every option on every factor with the article's words as basis, and sliders `raises` factors instead of giving points (see content/README.md)"
        ),
        other => format!(
            "unsupported schema version {other} (this stackcompare reads schema {SCHEMA_VERSION})"
        ),
    }
}

/// Load and validate one pack file.
pub fn load_pack(path: &Path) -> Result<Pack, Diagnostics> {
    let text = read_text(path)?;
    parse_pack(&text, &display_name(path))
}

/// Parse and validate pack text; `name` labels the messages.
pub fn parse_pack(text: &str, name: &str) -> Result<Pack, Diagnostics> {
    // Of the bytes as given, BOM and all: what `sha256sum` says of the file.
    let sha256 = Sha256::of(text.as_bytes());
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Diagnostics::one(Diagnostic::new(
            name,
            None,
            format!("the file is empty; a pack starts with `schema: {SCHEMA_VERSION}`"),
        )));
    }
    let yaml::Every {
        value: parsed,
        errors,
        read,
    } = yaml::from_str_every::<PackFile>(text);
    if !errors.is_empty() {
        // A pack of another schema fails on fields it has or lacks: say why.
        if let Some((version, place)) = yaml::top_level_number(text, "schema")
            && version != SCHEMA_VERSION
        {
            let message = schema_message(version);
            return Err(Diagnostics::one(Diagnostic::new(
                name,
                Some(place),
                message,
            )));
        }
    }
    let mut found: Vec<Diagnostic> = errors
        .into_iter()
        .map(|error| Diagnostic::new(name, error.place, error.message))
        .collect();
    let Some(mut file) = parsed else {
        crate::diagnostic::in_file_order(&mut found);
        return Err(Diagnostics(found));
    };
    // Clean first, so text made only of control characters counts as empty.
    file.clean_text();
    let (problems, sentences) = validate::check(&file);
    if problems.is_empty() && found.is_empty() {
        let mut pack = resolve::resolve(file, sentences);
        pack.sha256 = Some(sha256);
        return Ok(pack);
    }
    // Placed in the text as read, where a misspelt field has its meant name.
    Err(locate_among(&read, name, problems, found))
}

/// Clean, validate and resolve a pack built in memory (generators and tests
/// make these); the problems carry field paths, no places.
pub fn from_file(mut file: PackFile) -> Result<Pack, Problems> {
    file.clean_text();
    let (problems, sentences) = validate::check(&file);
    if problems.is_empty() {
        Ok(resolve::resolve(file, sentences))
    } else {
        Err(problems)
    }
}

/// Turn field-path problems into diagnostics with a line and column, in
/// file order; problems past the bound end in one line that counts them.
pub fn locate(text: &str, name: &str, problems: Problems) -> Diagnostics {
    locate_among(text, name, problems, Vec::new())
}

/// `problems` placed as `locate` does, among errors already placed (unknown
/// fields), all in file order; the count of problems not shown stays last.
pub fn locate_among(
    text: &str,
    name: &str,
    problems: Problems,
    placed: Vec<Diagnostic>,
) -> Diagnostics {
    let locator = yaml::Locator::new(text);
    let mut diagnostics = placed;
    diagnostics.extend(problems.list.into_iter().map(|problem| {
        let message = shorten_quotes(&problem.message);
        Diagnostic::new(name, locator.find(&problem.path), message)
    }));
    crate::diagnostic::in_file_order(&mut diagnostics);
    if problems.more > 0 {
        diagnostics.push(Diagnostic::new(
            name,
            None,
            format!(
                "… and {} more problems (fix the ones above first)",
                crate::textkit::thousands(problems.more as u64)
            ),
        ));
    }
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

/// The packs at `path`: a folder's packs, or the one pack file.
pub fn load_path(path: &Path) -> Result<Vec<Pack>, Diagnostics> {
    if path.is_dir() {
        load_folder(path)
    } else {
        load_pack(path).map(|pack| vec![pack])
    }
}

/// Every pack in a folder, or every problem found in any of them; two packs
/// with one id are an error naming both files (one would be unreachable).
pub fn load_folder(folder: &Path) -> Result<Vec<Pack>, Diagnostics> {
    let files = pack_files(folder)?;
    if files.is_empty() {
        return Err(Diagnostics::one(Diagnostic::new(
            folder.display().to_string(),
            None,
            "no packs here (*.yaml)",
        )));
    }
    let mut packs: Vec<(PathBuf, Pack)> = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match load_pack(&file) {
            Ok(pack) => {
                if let Some((first, _)) = packs.iter().find(|(_, p)| p.id == pack.id) {
                    problems.push(Diagnostic::new(
                        file.display().to_string(),
                        None,
                        format!(
                            "pack id `{}` is also the id of {}; ids must differ within a folder",
                            pack.id,
                            first.display()
                        ),
                    ));
                }
                packs.push((file, pack));
            }
            Err(Diagnostics(found)) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(packs.into_iter().map(|(_, pack)| pack).collect())
    } else {
        Err(Diagnostics(problems))
    }
}

#[cfg(test)]
mod tests;
