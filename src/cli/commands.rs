//! The headless subcommands `recommend` and `export`, and printing to
//! standard output or to a file.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::OnceLock;

use super::{ExportFormat, Format};
use crate::content::Pack;
use crate::diagnostic::{Diagnostic, Diagnostics, escape_controls};
use crate::engine::Engine;
use crate::export;
use crate::files::{Overwrite, write_atomic};
use crate::group::Group;

pub fn recommend(
    pack: &Pack,
    engine: Engine,
    values: &[u32],
    group: Option<&Group>,
    format: Format,
    bold_verdict: bool,
) -> Result<ExitCode, Diagnostics> {
    let recommendation = engine.recommend(values);
    let summary = export::Summary {
        group,
        ..export::Summary::counted_by(pack, engine, &recommendation)
    };
    let out = match format {
        Format::Text => export::to_text(&summary, bold_verdict),
        Format::Json => export::to_json(&summary),
        Format::Markdown => export::to_markdown(&summary),
    };
    print(&out)?;
    Ok(ExitCode::SUCCESS)
}

pub fn export(
    pack: &Pack,
    engine: Engine,
    values: &[u32],
    group: Option<&Group>,
    (output, force): (Option<&Path>, bool),
    format: ExportFormat,
) -> Result<ExitCode, Diagnostics> {
    let recommendation = engine.recommend(values);
    let summary = export::Summary {
        group,
        ..export::Summary::counted_by(pack, engine, &recommendation)
    };
    let written = match format {
        ExportFormat::Markdown => export::to_markdown(&summary),
        ExportFormat::Adr => export::to_adr(&summary),
    };
    write_output(&written, output, force)?;
    Ok(ExitCode::SUCCESS)
}

/// `text` to standard output (no `output`, or `-`), or to the file through
/// a temporary file and a rename: an existing file is replaced only with
/// `force`, and never one that is not a regular file.
pub fn write_output(text: &str, output: Option<&Path>, force: bool) -> Result<(), Diagnostics> {
    let Some(path) = output.filter(|path| path.as_os_str() != "-") else {
        return print(text);
    };
    let overwrite = if force {
        Overwrite::Allow
    } else {
        Overwrite::Refuse
    };
    write_atomic(path, text.as_bytes(), overwrite).map_err(|error| {
        let is_file = std::fs::metadata(path).is_ok_and(|meta| meta.is_file());
        let message = match error.kind() {
            std::io::ErrorKind::AlreadyExists if is_file => {
                "already exists, not overwritten (use --force to replace it)".to_owned()
            }
            std::io::ErrorKind::AlreadyExists => {
                "is not a regular file; give a file path, or - for standard output".to_owned()
            }
            std::io::ErrorKind::InvalidInput => {
                format!("{error}; give a file path, or - for standard output")
            }
            _ => format!("cannot write: {error}"),
        };
        Diagnostics::one(Diagnostic::new(path.display().to_string(), None, message))
    })?;
    note_written(path);
    Ok(())
}

/// `wrote FILE` on stderr, so stdout stays the output's.
pub fn note_written(path: &Path) {
    let _ = writeln!(
        std::io::stderr(),
        "wrote {}",
        escape_controls(path.display().to_string())
    );
}

/// Whether standard output was open when the program started: Rust's
/// standard library quietly drops writes to a closed descriptor.
static STDOUT_OPEN: OnceLock<bool> = OnceLock::new();

/// Note whether standard output is open; `main` calls this before anything.
pub fn note_stdout(open: bool) {
    let _ = STDOUT_OPEN.set(open);
}

/// Print to stdout; a failed write (a closed pipe, a full disk) is an error, not a panic.
pub fn print(text: &str) -> Result<(), Diagnostics> {
    if !STDOUT_OPEN.get().copied().unwrap_or(true) {
        return Err(Diagnostics::one(Diagnostic::new(
            "<stdout>",
            None,
            "cannot write: standard output is closed",
        )));
    }
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
