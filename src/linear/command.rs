//! One line of the line mode read as a command: its name (or a did-you-mean
//! when it is no command), and its arguments. The one table of commands
//! feeds the parser, `help` and completion alike.

use crate::suggest::did_you_mean;

/// What one line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// A blank line, or a `#` comment in a script.
    Nothing,
    Set {
        slider: String,
        value: String,
    },
    Show,
    Why,
    Rules,
    Tips,
    Factor(String),
    Article(Option<String>),
    Search(String),
    Export(Option<String>),
    Save(Option<String>),
    Help,
    Quit,
}

/// A command as `help` lists it.
pub struct Usage {
    pub name: &'static str,
    pub arguments: &'static str,
    pub does: &'static str,
}

/// Every command, in the order `help` lists them.
pub const COMMANDS: [Usage; 13] = [
    usage(
        "set",
        "SLIDER VALUE",
        "set a slider (a toggle takes on or off); says what moved",
    ),
    usage(
        "show",
        "",
        "the verdict, each option's fit and how sure the verdict is",
    ),
    usage("why", "", "the reasons: each factor's share of the lead"),
    usage(
        "rules",
        "",
        "the article's rules that apply to this project",
    ),
    usage(
        "tips",
        "",
        "the tipping points: where each slider changes the verdict",
    ),
    usage(
        "factor",
        "ID",
        "one factor: the article's words, its weight, each rating and its basis",
    ),
    usage(
        "article",
        "[SECTION]",
        "the list of sections, or one section's text (its id or number)",
    ),
    usage(
        "search",
        "WORD...",
        "search factors, sliders and the article's text",
    ),
    usage("export", "[FILE]", "the markdown summary, to FILE or here"),
    usage(
        "save",
        "[FILE]",
        "save the sliders as a profile (my-project.profile.yaml without FILE)",
    ),
    usage("help", "", "this list"),
    usage("quit", "", "leave (so do exit and the end of the input)"),
    usage("exit", "", "the same as quit"),
];

const fn usage(name: &'static str, arguments: &'static str, does: &'static str) -> Usage {
    Usage {
        name,
        arguments,
        does,
    }
}

/// The line as a command, or what is wrong with it.
pub fn parse(line: &str) -> Result<Command, String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(Command::Nothing);
    }
    let mut words = line.split_whitespace();
    let name = words.next().unwrap_or_default();
    let rest: Vec<&str> = words.collect();
    let one = || rest.first().map(|word| (*word).to_owned());
    let none = |command: Command| {
        if rest.is_empty() {
            Ok(command)
        } else {
            Err(format!("`{name}` takes nothing after it"))
        }
    };
    match name {
        "set" => match rest.as_slice() {
            [slider, value] => Ok(Command::Set {
                slider: (*slider).to_owned(),
                value: (*value).to_owned(),
            }),
            [pair] if pair.contains('=') => {
                let (slider, value) = pair.split_once('=').unwrap_or_default();
                Ok(Command::Set {
                    slider: slider.to_owned(),
                    value: value.to_owned(),
                })
            }
            _ => Err("`set` takes a slider and a value: set realtime 7".to_owned()),
        },
        "show" => none(Command::Show),
        "why" => none(Command::Why),
        "rules" => none(Command::Rules),
        "tips" => none(Command::Tips),
        "help" => none(Command::Help),
        "quit" | "exit" => none(Command::Quit),
        "factor" => match rest.as_slice() {
            [_] => Ok(Command::Factor(one().unwrap_or_default())),
            _ => Err("`factor` takes one factor id: factor data-ai".to_owned()),
        },
        "article" => match rest.as_slice() {
            [] => Ok(Command::Article(None)),
            _ => Ok(Command::Article(Some(rest.join(" ")))),
        },
        "search" if rest.is_empty() => Err("`search` takes the words to look for".to_owned()),
        "search" => Ok(Command::Search(rest.join(" "))),
        "export" | "save" if rest.len() > 1 => Err(format!("`{name}` takes one file name at most")),
        "export" => Ok(Command::Export(one())),
        "save" => Ok(Command::Save(one())),
        _ => {
            let hint = did_you_mean(name, COMMANDS.iter().map(|usage| usage.name));
            Err(format!(
                "unknown command `{name}`{hint}; `help` lists the commands"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_command_and_its_arguments() {
        assert_eq!(
            parse("  set realtime 7 "),
            Ok(Command::Set {
                slider: "realtime".into(),
                value: "7".into()
            })
        );
        assert_eq!(parse("set realtime=7"), parse("set realtime 7"));
        assert_eq!(parse("article"), Ok(Command::Article(None)));
        assert_eq!(
            parse("search real  time"),
            Ok(Command::Search("real time".into()))
        );
        assert_eq!(parse("exit"), Ok(Command::Quit));
        assert_eq!(parse("# a comment"), Ok(Command::Nothing));
        assert_eq!(parse(""), Ok(Command::Nothing));
    }

    #[test]
    fn a_misspelt_command_is_met_with_the_nearest() {
        let error = parse("shwo").unwrap_err();
        assert!(error.contains("did you mean `show`?"), "{error}");
        assert!(parse("show me").is_err());
        assert!(parse("set realtime").is_err());
        assert!(parse("search").is_err());
    }

    #[test]
    fn every_command_in_the_table_parses() {
        for usage in &COMMANDS {
            let line = match usage.name {
                "set" => "set a 1".to_owned(),
                "factor" | "search" => format!("{} x", usage.name),
                name => name.to_owned(),
            };
            assert!(parse(&line).is_ok(), "{line}");
        }
    }
}
