//! `draft ARTICLE`: an article drafted into a pack, with a `decide:` mark
//! at every judgement left to the author.

use std::path::Path;
use std::process::ExitCode;

use super::commands;
use crate::content;
use crate::draft;

/// Read the article (a file, or - for standard input), draft its pack, and
/// print it or write it to `output` as `export` writes.
pub fn draft(
    article: &Path,
    output: Option<&Path>,
    force: bool,
) -> Result<ExitCode, crate::diagnostic::Diagnostics> {
    let text = content::read_text(article)?;
    let pack = draft::draft(&text, &content::display_name(article))?;
    commands::write_output(&pack, output, force)?;
    Ok(ExitCode::SUCCESS)
}
