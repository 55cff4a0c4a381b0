//! `completions SHELL` and `man`: made from the same definition that parses
//! the arguments, so they cannot fall behind it; printed, never kept in the
//! repository.

use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, commands};
use crate::diagnostic::{Diagnostic, Diagnostics};

/// The completion script for `shell`, for the binary named `stackcompare`.
pub fn completions(shell: Shell) -> Result<ExitCode, Diagnostics> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "stackcompare", &mut script);
    commands::print(&String::from_utf8_lossy(&script))?;
    Ok(ExitCode::SUCCESS)
}

/// The manual page, in roff, for `man`.
pub fn man() -> Result<ExitCode, Diagnostics> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|error| {
            Diagnostics::one(Diagnostic::new(
                "stackcompare man",
                None,
                format!("cannot render the manual page: {error}"),
            ))
        })?;
    commands::print(&title_first(&String::from_utf8_lossy(&page)))?;
    Ok(ExitCode::SUCCESS)
}

/// The page with its `.TH` title line moved to the top, as man pages begin.
/// The renderer puts its definition of the apostrophe string first; that
/// definition only has to come before the string's first use.
fn title_first(page: &str) -> String {
    let mut lines: Vec<&str> = page.lines().collect();
    if let Some(index) = lines.iter().position(|line| line.starts_with(".TH ")) {
        let title = lines.remove(index);
        lines.insert(0, title);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::title_first;

    #[test]
    fn the_title_line_comes_first_and_nothing_is_lost() {
        let page = ".ie a\n.el b\n.TH x 1\n.SH NAME\n";
        assert_eq!(title_first(page), ".TH x 1\n.ie a\n.el b\n.SH NAME\n");
        assert_eq!(title_first(".SH NAME\n"), ".SH NAME\n");
    }
}
