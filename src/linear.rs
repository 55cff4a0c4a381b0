//! The line mode (`stackcompare --linear`): the explorer as plain sentences
//! for screen readers, plain terminals and scripts. It reads one command a
//! line and answers only what was asked or what changed, in the text
//! output's words (`export::verdict_part` and the other parts, `words`):
//! no bars, no colour, no cursor addressing, not one escape sequence.
//!
//! A shell like `cli`: it holds the values and asks the core. At a
//! terminal it edits the line itself, for Tab completion (`terminal`,
//! `editor`); otherwise it reads the lines the terminal or a pipe gives.

mod command;
mod complete;
mod editor;
mod keys;
mod reading;
mod terminal;
mod writing;

use std::borrow::Cow;
use std::io::{self, BufRead, Write};
use std::path::PathBuf;

pub use command::{COMMANDS, Command, parse};
pub use terminal::{Input, Typed};

use crate::content::Pack;
use crate::diagnostic::{Diagnostic, Place};
use crate::engine::{Engine, Recommendation};
use crate::export::{self, Bars, Summary};
use crate::group::Group;
use crate::profile;
use crate::search::SearchIndex;
use crate::words;

/// Where the line mode starts: the pack, its engine (with the reader's own
/// numbers), the values, and the loaded profile's name.
pub struct Start {
    pub pack: Pack,
    pub engine: Engine,
    pub values: Vec<u32>,
    /// The loaded profile's file name, or the name last saved under:
    /// what a bare `save` offers.
    pub profile: Option<String>,
    pub group: Option<Group>,
}

/// What the mode said to one line: the answer, or the problem and the word
/// of the line it is about (0 the command, 1 its first argument).
type Answer = Result<String, (usize, String)>;

/// A problem with the command's first argument (the slider, the factor, the
/// section).
fn in_argument(text: String) -> (usize, String) {
    (1, text)
}

/// The line mode's state: the values and their recommendation, kept in step.
struct LineMode {
    start: Start,
    recommendation: Recommendation,
    /// Built on the first `search`: most sessions never search.
    index: Option<SearchIndex>,
    /// The values as they started or were last saved.
    saved: Vec<u32>,
    /// The values a `quit` was last warned of: a second `quit` leaves.
    warned: Option<Vec<u32>>,
}

/// Where the line mode's lines come from.
pub trait Lines {
    /// The next line, or `None` at the end of the input; a prompt or the
    /// echo of the typing goes to `out`, and `pack` is what Tab completes.
    fn next_line(&mut self, pack: &Pack, out: &mut dyn Write) -> io::Result<Option<String>>;
}

/// Lines as the terminal's own editing (or a pipe) gives them, each after
/// a `> ` when `prompt`.
pub struct Plain<R> {
    pub input: R,
    pub prompt: bool,
}

impl<R: BufRead> Lines for Plain<R> {
    fn next_line(&mut self, _: &Pack, out: &mut dyn Write) -> io::Result<Option<String>> {
        if self.prompt {
            out.write_all(PROMPT.as_bytes())?;
            out.flush()?;
        }
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            if self.prompt {
                out.write_all(b"\n")?;
            }
            return Ok(None);
        }
        Ok(Some(line))
    }
}

/// What a `quit` typed at a terminal says first when the sliders moved
/// since they were last saved.
const UNSAVED: &str =
    "Moved sliders are not saved: save keeps them, quit again leaves without saving.\n";

/// What stands before each line typed at a terminal.
pub const PROMPT: &str = "> ";

/// Read commands from `input` until `quit` or its end, answers to `out`,
/// problems to `problems` (each `<stdin>:LINE:COLUMN: message`). With
/// `typed` (a reader at a terminal), the pack's title and how to begin
/// first, and a `quit` that would lose moved sliders says so once before
/// it leaves. Returns how many lines were in error.
pub fn run(
    start: Start,
    input: &mut impl Lines,
    out: &mut impl Write,
    problems: &mut impl Write,
    typed: bool,
) -> io::Result<usize> {
    let mut mode = LineMode::new(start);
    if typed {
        let greeting = format!(
            "{}\nLine mode: type a command and Enter; help lists them, show gives the verdict, quit leaves.\n\n",
            mode.start.pack.title
        );
        out.write_all(greeting.as_bytes())?;
    }
    let (mut number, mut errors) = (0, 0);
    loop {
        let line = input.next_line(&mode.start.pack, out)?;
        let parsed = line.as_deref().map(parse);
        if line.is_some() {
            number += 1;
        }
        // `quit` or the end of the input (Ctrl-D) typed at a terminal, with
        // moved sliders not saved: said once, and the next one leaves.
        let leaving = matches!(parsed, None | Some(Ok(Command::Quit)));
        if leaving && typed && mode.unsaved() {
            out.write_all(UNSAVED.as_bytes())?;
            mode.warned = Some(mode.start.values.clone());
            continue;
        }
        let (Some(line), Some(parsed)) = (line, parsed) else {
            break;
        };
        let command = match parsed {
            Ok(Command::Quit) => break,
            Ok(Command::Nothing) => continue,
            Ok(command) => command,
            Err(problem) => {
                errors += 1;
                say_problem(problems, number, &line, 0, &problem)?;
                continue;
            }
        };
        match mode.answer(command) {
            Ok(text) => {
                out.write_all(text.as_bytes())?;
                out.write_all(b"\n")?;
            }
            Err((word, problem)) => {
                errors += 1;
                say_problem(problems, number, &line, word, &problem)?;
            }
        }
        out.flush()?;
    }
    out.flush()?;
    Ok(errors)
}

/// One problem on one line, at the first letter of its `word`.
fn say_problem(
    problems: &mut impl Write,
    number: usize,
    line: &str,
    word: usize,
    text: &str,
) -> io::Result<()> {
    let column = word_column(line, word);
    let place = Place {
        line: number,
        column,
    };
    writeln!(
        problems,
        "{}",
        Diagnostic::new("<stdin>", Some(place), text)
    )
}

/// The column (from 1, in characters) where word `word` of `line` starts;
/// the first word's when there are fewer.
fn word_column(line: &str, word: usize) -> usize {
    let mut starts = Vec::new();
    let mut previous_blank = true;
    for (column, c) in line.chars().enumerate() {
        if !c.is_whitespace() && previous_blank {
            starts.push(column + 1);
        }
        previous_blank = c.is_whitespace();
    }
    starts
        .get(word)
        .or_else(|| starts.first())
        .copied()
        .unwrap_or(1)
}

impl LineMode {
    fn new(start: Start) -> Self {
        let recommendation = start.engine.recommend(&start.values);
        Self {
            saved: start.values.clone(),
            start,
            recommendation,
            index: None,
            warned: None,
        }
    }

    /// Whether a `quit` now would lose sliders moved since the last save,
    /// not already warned of.
    fn unsaved(&self) -> bool {
        let values = &self.start.values;
        *values != self.saved && self.warned.as_ref() != Some(values)
    }

    fn pack(&self) -> &Pack {
        &self.start.pack
    }

    fn summary(&self) -> Summary<'_> {
        Summary {
            pack: &self.start.pack,
            engine: Cow::Borrowed(&self.start.engine),
            recommendation: &self.recommendation,
            robustness: self.start.engine.robustness(&self.recommendation),
            group: self.start.group.as_ref(),
        }
    }

    fn answer(&mut self, command: Command) -> Answer {
        let part = |text: String| text.trim_start_matches('\n').to_owned();
        match command {
            Command::Set { slider, value } => self.set(&slider, &value),
            Command::Show => Ok(export::verdict_part(&self.summary(), Bars::Left)),
            Command::Why => Ok(part(export::why_part(&self.summary()))),
            Command::Rules => {
                let rules = part(export::rules_part(&self.summary()));
                Ok(if rules.is_empty() {
                    "This pack gives none of the article's rules.\n".to_owned()
                } else {
                    rules
                })
            }
            Command::Tips => Ok(part(export::tips_part(&self.summary()))),
            Command::Factor(id) => match self.pack().factor_index(&id) {
                Some(factor) => {
                    let explanation = self.start.engine.explain(&self.start.values, factor);
                    Ok(reading::factor(self.pack(), &explanation))
                }
                None => Err(in_argument(reading::no_factor(self.pack(), &id))),
            },
            Command::Article(None) => Ok(reading::sections(self.pack())),
            Command::Article(Some(section)) => {
                reading::section(self.pack(), &section).map_err(in_argument)
            }
            Command::Search(query) => {
                let index = self
                    .index
                    .get_or_insert_with(|| SearchIndex::new(&self.start.pack));
                Ok(reading::search(&self.start.pack, index, &query))
            }
            Command::Export(None) => Ok(export::to_markdown(&self.summary())),
            Command::Export(Some(file)) => {
                let markdown = export::to_markdown(&self.summary());
                writing::write_free(&PathBuf::from(file), "md", "summary", &markdown)
                    .map(|said| format!("{said}\n"))
                    .map_err(in_argument)
            }
            Command::Save(file) => {
                let (said, name) = self.save(file)?;
                // As the explorer's `s`: the next bare `save` offers this name.
                self.start.profile = Some(name);
                self.saved = self.start.values.clone();
                Ok(said)
            }
            Command::Help => Ok(help()),
            Command::Quit | Command::Nothing => Ok(String::new()),
        }
    }

    /// `set SLIDER VALUE`: the move, then what it did to the verdict and the fits.
    fn set(&mut self, slider: &str, value: &str) -> Answer {
        let (index, value) = profile::parse_set(self.pack(), slider, value).map_err(in_argument)?;
        let before = self.start.values.clone();
        self.start.values[index] = value;
        let after = self.start.engine.recommend(&self.start.values);
        let was = std::mem::replace(&mut self.recommendation, after);
        let pack = &self.start.pack;
        let now = &self.recommendation;
        let mut out = format!(
            "{}\n",
            words::change_phrase(pack, &before, &self.start.values)
        );
        out.push_str(&words::verdict_move(pack, was.verdict, now.verdict));
        out.push_str(".\n");
        if let Some(fits) = words::fits_move(pack, &was, now) {
            out.push_str(&fits);
            out.push('\n');
        }
        Ok(out)
    }

    /// `save [FILE]`: the values as a profile, named after the file, else
    /// the name the explorer's `s` offers. What it said, and the name.
    fn save(&self, file: Option<String>) -> Result<(String, String), (usize, String)> {
        let (path, name) = match file {
            Some(file) => {
                let path = PathBuf::from(&file);
                let stem = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let name = profile::name_of_file(&stem);
                (path, name)
            }
            None => {
                let name = profile::offered_name(
                    self.start.group.is_some(),
                    self.start.profile.as_deref(),
                );
                let path = PathBuf::from(format!("{}.profile.yaml", profile::file_stem(&name)));
                (path, name)
            }
        };
        let contents = profile::to_yaml_with(
            self.pack(),
            &self.start.values,
            self.start.engine.overrides(),
            Some(&name),
        );
        writing::write_free(&path, "profile.yaml", &format!("profile {name}"), &contents)
            .map(|said| (format!("{said}\n"), name))
            .map_err(in_argument)
    }
}

/// `help`: every command with what it takes and does.
fn help() -> String {
    let mut out = String::from("Commands (one a line):\n");
    for usage in &COMMANDS {
        let call = format!("{} {}", usage.name, usage.arguments);
        out.push_str(&format!("  {:<22} {}\n", call.trim_end(), usage.does));
    }
    out.push_str("Sliders and factors are named by their ids: search finds them, and at a terminal Tab completes them.\n");
    out
}

#[cfg(test)]
mod tests;
