//! `--color`, one meaning for the explorer and the commands: whether a
//! stream gets colour and emphasis. The commands' text gets a bold verdict
//! and a red `error:` before each error; JSON, markdown and the GitHub
//! format never get any.

use std::ffi::OsString;
use std::io::IsTerminal;

use clap::ValueEnum;

use super::ColorChoice;
use crate::textkit::emphasis::{bold, red};

/// `always`, `never`, or with `auto` when the stream is a terminal that
/// can show it (`TERM` is not `dumb`) and `NO_COLOR` is unset or empty:
/// never into a pipe or a file.
pub fn wanted(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|term| term != "dumb")
        }
    }
}

pub fn stdout(choice: ColorChoice) -> bool {
    wanted(choice, std::io::stdout().is_terminal())
}

pub fn stderr(choice: ColorChoice) -> bool {
    wanted(choice, std::io::stderr().is_terminal())
}

/// An error line for people: after a red `error:` with emphasis, as it is
/// without (a script or an editor reads `FILE:LINE:COLUMN: message`).
pub fn error_line(line: &str, emphasis: bool) -> String {
    if emphasis {
        format!("{} {line}", red(&bold("error:")))
    } else {
        line.to_owned()
    }
}

/// The `--color` typed, for an error in the arguments: clap has not parsed
/// them then. The last one counts; `auto` when there is none or it is not
/// a choice.
pub fn choice_in(args: &[OsString]) -> ColorChoice {
    let mut choice = ColorChoice::Auto;
    let mut args = args.iter().map(|arg| arg.to_string_lossy());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--color") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('=').map(|v| v.to_owned().into()),
            None => continue,
        };
        if let Some(found) = value.and_then(|v| ColorChoice::from_str(&v, false).ok()) {
            choice = found;
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    use super::{ColorChoice, choice_in, error_line};

    fn args(text: &str) -> Vec<std::ffi::OsString> {
        text.split(' ').map(Into::into).collect()
    }

    #[test]
    fn the_color_typed_is_found_before_parsing() {
        assert_eq!(
            choice_in(&args("stackcompare recommend --sett x")),
            ColorChoice::Auto
        );
        assert_eq!(
            choice_in(&args("stackcompare --color never x")),
            ColorChoice::Never
        );
        assert_eq!(
            choice_in(&args("stackcompare x --color=always")),
            ColorChoice::Always
        );
        assert_eq!(
            choice_in(&args("stackcompare --color=never --color always")),
            ColorChoice::Always
        );
        assert_eq!(
            choice_in(&args("stackcompare --color sometimes")),
            ColorChoice::Auto
        );
        assert_eq!(
            choice_in(&args("stackcompare --colour never")),
            ColorChoice::Auto
        );
    }

    #[test]
    fn an_error_line_is_prefixed_only_with_emphasis() {
        assert_eq!(error_line("f.yaml:1:2: bad", false), "f.yaml:1:2: bad");
        assert_eq!(
            error_line("f.yaml:1:2: bad", true),
            "\x1b[31m\x1b[1merror:\x1b[22m\x1b[39m f.yaml:1:2: bad"
        );
    }
}
