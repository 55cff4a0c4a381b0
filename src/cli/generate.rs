//! `completions SHELL` and `man`: made from the same definition that parses
//! the arguments, so they cannot fall behind it; printed or written where
//! asked, never kept in the repository.

use std::path::Path;
use std::process::ExitCode;

use clap::CommandFactory;
use clap::error::ErrorKind;
use clap_complete::Shell;

use super::{Cli, ColorChoice, argument_error, commands, manual};
use crate::diagnostic::{Diagnostic, Diagnostics, escape_controls};
use crate::files::{Overwrite, write_atomic};

/// The completion script for `shell`, for the binary named `stackcompare`.
pub fn completions(shell: Shell) -> Result<ExitCode, Diagnostics> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "stackcompare", &mut script);
    commands::print(&String::from_utf8_lossy(&script))?;
    Ok(ExitCode::SUCCESS)
}

/// `man`: the main page, one command's page, or with `dir` every page
/// written there. An unknown command is a usage error, as clap's are.
pub fn man(
    command: Option<&str>,
    dir: Option<&Path>,
    color: ColorChoice,
) -> Result<ExitCode, Diagnostics> {
    let pages = pages()?;
    if let Some(dir) = dir {
        for (file, page) in &pages {
            let path = dir.join(file);
            write_atomic(&path, page.as_bytes(), Overwrite::Allow).map_err(|error| {
                Diagnostics::one(Diagnostic::new(
                    path.display().to_string(),
                    None,
                    format!("cannot write: {error}"),
                ))
            })?;
            commands::note_written(&path);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let file = command.map_or_else(|| page_file(None), |name| page_file(Some(name)));
    match pages.iter().find(|(name, _)| *name == file) {
        Some((_, page)) => {
            commands::print(page)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let names = page_commands();
            let mut cli = Cli::command();
            cli.build();
            let man = cli.find_subcommand_mut("man").expect("`man` is a command");
            let error = man.error(
                ErrorKind::InvalidValue,
                format!(
                    "no manual page for `{}`; the commands: {}",
                    escape_controls(command.unwrap_or_default()),
                    names.join(", ")
                ),
            );
            Ok(argument_error(&error, color))
        }
    }
}

/// The file a page is written to: `stackcompare.1`, `stackcompare-NAME.1`.
fn page_file(command: Option<&str>) -> String {
    match command {
        None => "stackcompare.1".to_owned(),
        Some(name) => format!("stackcompare-{name}.1"),
    }
}

/// The commands that have a page: every one but `help`, which the pages do
/// not list (`stackcompare help COMMAND` prints what the command's page says).
fn page_commands() -> Vec<String> {
    for_pages()
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(|sub| sub.get_name().to_owned())
        .collect()
}

/// The definition the pages are made from: built (so each command knows
/// its full name and the global options), without the `help` command.
fn for_pages() -> clap::Command {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    command
}

/// Every page, with its file name: the main one first, then one per command.
fn pages() -> Result<Vec<(String, String)>, Diagnostics> {
    let root = for_pages();
    // The text after the options in `--help` goes in the description:
    // the renderer would put it in a section of its own called EXTRA.
    let description = format!(
        "{}\n\n{}",
        root.get_about()
            .map(ToString::to_string)
            .unwrap_or_default(),
        root.get_after_help()
            .map(ToString::to_string)
            .unwrap_or_default()
    );
    let main = root
        .clone()
        .long_about(description)
        .after_help(None::<&str>);
    let mut pages = vec![(page_file(None), render(main, &manual::main_sections())?)];
    for sub in root.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        pages.push((
            page_file(Some(sub.get_name())),
            render(sub.clone(), &manual::command_sections())?,
        ));
    }
    Ok(pages)
}

/// One page in roff: clap_mangen's sections, then `extra` before VERSION.
fn render(command: clap::Command, extra: &clap_mangen::roff::Roff) -> Result<String, Diagnostics> {
    let mut page = Vec::new();
    // Every page says where it comes from as the main one does (a command
    // has no version of its own).
    let source = format!("stackcompare {}", env!("CARGO_PKG_VERSION"));
    clap_mangen::Man::new(command)
        .source(source)
        .render(&mut page)
        .map_err(|error| {
            Diagnostics::one(Diagnostic::new(
                "stackcompare man",
                None,
                format!("cannot render the manual page: {error}"),
            ))
        })?;
    let page = title_first(&String::from_utf8_lossy(&page));
    // Rendered as the page is (apostrophes through its string `Aq`), less
    // the definition of that string, which the page already has.
    let extra = extra.render();
    let sections: String = extra
        .lines()
        .skip_while(|line| line.starts_with(".ie ") || line.starts_with(".el "))
        .map(|line| format!("{line}\n"))
        .collect();
    Ok(before_version(&page, &sections))
}

/// `sections` inserted before the VERSION section, or at the end.
fn before_version(page: &str, sections: &str) -> String {
    match page.find("\n.SH VERSION\n") {
        Some(at) => format!("{}\n{sections}{}", &page[..at], &page[at + 1..]),
        None => format!("{page}{sections}"),
    }
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
    use super::{before_version, title_first};

    #[test]
    fn the_title_line_comes_first_and_nothing_is_lost() {
        let page = ".ie a\n.el b\n.TH x 1\n.SH NAME\n";
        assert_eq!(title_first(page), ".TH x 1\n.ie a\n.el b\n.SH NAME\n");
        assert_eq!(title_first(".SH NAME\n"), ".SH NAME\n");
    }

    #[test]
    fn sections_go_before_the_version() {
        let page = ".SH NAME\nx\n.SH VERSION\nv1\n";
        assert_eq!(
            before_version(page, ".SH KEYS\nk\n"),
            ".SH NAME\nx\n.SH KEYS\nk\n.SH VERSION\nv1\n"
        );
        assert_eq!(
            before_version(".SH NAME\n", ".SH KEYS\n"),
            ".SH NAME\n.SH KEYS\n"
        );
    }
}
