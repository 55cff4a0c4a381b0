//! `new ID`: a commented starter pack to copy from, valid as written.

use std::path::Path;
use std::process::ExitCode;

use super::commands;
use crate::content;
use crate::diagnostic::{Diagnostic, Diagnostics};

/// The starter pack; its id is the one placeholder in it.
pub const STARTER: &str = include_str!("starter-pack.yaml");
/// What `new` replaces with the id given.
pub const PLACEHOLDER: &str = "PACK_ID";

/// The starter pack with `id` in place, once `id` is known to be a pack id.
/// The result is parsed before it is handed out, so a starter that would
/// fail `check` is an error here rather than a surprise later.
pub fn starter(id: &str) -> Result<String, Diagnostics> {
    if let Some(problem) = content::id_problem("pack id", id, false) {
        return Err(Diagnostics::one(Diagnostic::new(
            "stackcompare new",
            None,
            problem,
        )));
    }
    let text = STARTER.replacen(PLACEHOLDER, id, 1);
    content::parse_pack(&text, "<starter pack>")?;
    Ok(text)
}

/// Print the starter pack, or write it to `output` as `export` writes.
pub fn new(id: &str, output: Option<&Path>, force: bool) -> Result<ExitCode, Diagnostics> {
    commands::write_output(&starter(id)?, output, force)?;
    Ok(ExitCode::SUCCESS)
}
