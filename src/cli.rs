//! The command line: parse arguments, pick the pack, run a subcommand or the
//! explorer, print errors for people and choose the exit code.

mod check;
mod commands;
mod compare;
mod cuts;
mod diff;
mod draft;
mod emphasis;
mod generate;
mod linear;
mod list;
mod manual;
mod new;
mod profiles;
mod settings;
mod waiting;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

pub use check::CheckFormat;
pub use diff::DiffFormat;
pub use list::ListFormat;
pub use new::starter;

use crate::content::{self, Pack};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::engine::Engine;
use crate::group::Group;
use crate::profile::{self, Profile};
use crate::signals;
use crate::textkit::chars::escape_controls;
use crate::tui;

#[derive(Debug, Clone, Parser)]
#[command(
    name = "stackcompare",
    version,
    about = "Explore a technology-comparison article as an interactive decision: sliders in, a reasoned recommendation out.",
    after_help = "With no command, opens the full-screen explorer on the embedded \"Python vs Node.js\" article; with --linear (or where TERM is dumb), the line mode."
)]
pub struct Cli {
    /// A pack file, or a folder of packs (default: the embedded article pack)
    #[arg(long, global = true, value_name = "PATH")]
    pub content: Option<PathBuf>,
    /// Which pack of a --content folder to use
    #[arg(long, global = true, value_name = "ID")]
    pub pack: Option<String>,
    /// Start from saved slider values (a profile YAML file); give it
    /// several times to decide as a group (the mean of everyone's values)
    #[arg(long, global = true, value_name = "FILE")]
    pub profile: Vec<PathBuf>,
    /// Rate an option on a factor yourself, in place of the pack's rating:
    /// --rate data-ai.node=7 (0–10, repeatable; after a profile's)
    #[arg(long = "rate", value_name = "FACTOR.OPTION=N", value_parser = parse_rate)]
    pub rates: Vec<(String, String)>,
    /// Give a factor your own base weight, in place of the pack's:
    /// --weight ecosystem=40 (repeatable; after a profile's)
    #[arg(long = "weight", value_name = "FACTOR=N", value_parser = parse_weight)]
    pub weights: Vec<(String, String)>,
    /// Refuse a profile saved against other bytes of its pack (its
    /// `pack_sha256` differs) instead of noting what changed
    #[arg(long, global = true)]
    pub strict: bool,
    /// Reload the --content pack file in the explorer each time it is saved
    #[arg(long, requires = "content")]
    pub watch: bool,
    /// Do not capture the mouse in the explorer (the config's `mouse =
    /// false` makes it the default)
    #[arg(long)]
    pub no_mouse: bool,
    /// Colour and emphasis: the explorer's colours, and in text a bold
    /// verdict and a red `error:`; auto (the default, or the config's
    /// `color`) uses them on a terminal when NO_COLOR is not set, never in
    /// a pipe or a file
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
    /// The explorer's config file (keys, theme, defaults for --color and
    /// --no-mouse), in place of $STACKCOMPARE_CONFIG or
    /// $XDG_CONFIG_HOME/stackcompare/config.toml
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The line mode, for screen readers, plain terminals and scripts:
    /// plain sentences, one command a line (set ID V, show, why, rules,
    /// tips, factor ID, article, search, export, save, help, quit)
    #[arg(long, conflicts_with = "watch")]
    pub linear: bool,
    /// In the line mode, set a slider before the first command:
    /// --set realtime=7 (repeatable; after a profile's)
    #[arg(long = "set", value_name = "ID=V", value_parser = parse_set, requires = "linear")]
    pub sets: Vec<(String, String)>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// `--color`, else auto.
    pub fn color(&self) -> ColorChoice {
        self.color.unwrap_or(ColorChoice::Auto)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The markdown summary
    Markdown,
    /// A decision record (MADR-style): status proposed, no date
    Adr,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Print the recommendation for a set of slider values
    Recommend {
        /// Set a slider: --set realtime=7, --set one_language=on (repeatable)
        #[arg(long = "set", value_name = "ID=V", value_parser = parse_set)]
        sets: Vec<(String, String)>,
        #[command(flatten)]
        yours: Yours,
        /// Text for people, one JSON object for scripts, or markdown
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write the markdown summary, or a decision record (--format adr)
    Export {
        /// Set a slider: --set realtime=7, --set one_language=on (repeatable)
        #[arg(long = "set", value_name = "ID=V", value_parser = parse_set)]
        sets: Vec<(String, String)>,
        #[command(flatten)]
        yours: Yours,
        /// Where to write: a file, or - for standard output (the default)
        #[arg(short = 'o', long = "output", value_name = "FILE|-")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
        /// The markdown summary, or an architecture decision record in the
        /// MADR layout (status proposed; the team adds the date)
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
    },
    /// Compare two projects side by side: each one's verdict and fits,
    /// what differs, and the factors whose share of the lead moved most
    #[command(
        long_about = "Compare two projects on one pack side by side: each one's verdict and fits, the sliders and the reader's own numbers that differ, and how far each factor's share of the lead moved from A to B (the shares are of A's leader's lead over A's runner-up, on both sides). A and B are each a profile file, or the word defaults for the pack's defaults (./defaults for a file of that name); either left out is the defaults. --a-set and --b-set set sliders on one side, after its profile: stackcompare compare defaults --b-set realtime=8."
    )]
    Compare {
        /// Project A: a profile file, or defaults (the default)
        #[arg(value_name = "A")]
        a: Option<PathBuf>,
        /// Project B: a profile file, or defaults (the default)
        #[arg(value_name = "B")]
        b: Option<PathBuf>,
        /// Set a slider on A: --a-set realtime=7 (repeatable)
        #[arg(long = "a-set", value_name = "ID=V", value_parser = parse_set)]
        a_sets: Vec<(String, String)>,
        /// Set a slider on B: --b-set realtime=7 (repeatable)
        #[arg(long = "b-set", value_name = "ID=V", value_parser = parse_set)]
        b_sets: Vec<(String, String)>,
        /// Text for people, one JSON object for scripts, or markdown
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// What changed between two versions of a pack, and whose verdict it
    /// moves; exit 1 when a --profile's verdict moved
    #[command(
        long_about = "What changed between two versions of a pack: options, factors, ratings and their bases, weights, sliders (ranges, defaults, raises), rules, the close call, the article's text and the situations, each item matched by its id. With --profile FILE (repeatable), each profile's verdict on OLD and on NEW, and when it moved, the one or two changes that moved its lead most. Exit status: 0 when no profile's verdict moved (without --profile, 0 whatever changed: the list is still printed), 1 when a profile's verdict moved or it no longer loads against NEW, 2 when a pack or a profile cannot be read. OLD or NEW may be - for standard input."
    )]
    Diff {
        /// The pack file before the change
        #[arg(value_name = "OLD")]
        old: PathBuf,
        /// The pack file after the change
        #[arg(value_name = "NEW")]
        new: PathBuf,
        /// Text for people, one JSON object, or GitHub annotations on NEW's lines
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Validate packs and profiles, or the config file; exit 1 listing
    /// every error. Warns of names and labels the explorer cuts at 80×24
    /// (a warning never changes the exit status)
    Check {
        /// Pack or profile files, or folders of them
        #[arg(required_unless_present = "config", value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Check the explorer's config file: FILE, or the one the explorer
        /// would read ($STACKCOMPARE_CONFIG, $XDG_CONFIG_HOME/stackcompare/config.toml)
        #[arg(long, value_name = "FILE", num_args = 0..=1)]
        config: Option<Option<PathBuf>>,
        /// How to report: for people, one JSON array, or GitHub annotations
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// The published article (text or markdown, as `draft` reads it):
        /// each pack's title, intro, sections and closing must be its
        /// words, word for word; every drift is an error at its place
        #[arg(long, value_name = "SOURCE")]
        article: Option<PathBuf>,
    },
    /// List the pack's options, factors and sliders with their ids
    List {
        /// Text for people, or one JSON object for scripts
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Write a commented starter pack with this id, valid as written
    New {
        /// The new pack's id: lowercase letters, digits and -
        #[arg(value_name = "ID")]
        id: String,
        /// Where to write: a file, or - for standard output (the default)
        #[arg(short = 'o', long = "output", value_name = "FILE|-")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Draft a pack from an article (plain text or markdown): the whole
    /// article word for word, options, factors, candidate bases, rules,
    /// close-call texts and sliders, with a `decide:` mark at every
    /// judgement left to you; `check` lists the marks
    Draft {
        /// The article: a text or markdown file, or - for standard input
        #[arg(value_name = "ARTICLE")]
        article: PathBuf,
        /// Where to write: a file, or - for standard output (the default)
        #[arg(short = 'o', long = "output", value_name = "FILE|-")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// The explorer's config file: print the whole default file, commented
    /// (--default), or where it is read from (--path)
    #[command(group = clap::ArgGroup::new("what").required(true))]
    Config {
        /// Print the default config file, every setting commented out
        #[arg(long, group = "what")]
        default: bool,
        /// Print the path the explorer reads its config from
        #[arg(long, group = "what")]
        path: bool,
        /// Print the JSON Schema of the config file, for editors
        #[arg(long, group = "what")]
        schema: bool,
    },
    /// Print a shell completion script
    Completions {
        #[arg(value_enum, value_name = "SHELL")]
        shell: Shell,
    },
    /// Print a manual page (roff), or write them all to a folder
    Man {
        /// A command's own page, stackcompare-COMMAND(1); without it, stackcompare(1)
        #[arg(value_name = "COMMAND", conflicts_with = "dir")]
        command: Option<String>,
        /// Write every page (stackcompare.1, stackcompare-COMMAND.1) into this folder
        #[arg(long, value_name = "FOLDER")]
        dir: Option<PathBuf>,
    },
}

/// The reader's own numbers on `recommend` and `export` (also taken before
/// the command, as the explorer takes them).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Yours {
    /// Rate an option on a factor yourself, in place of the pack's rating:
    /// --rate data-ai.node=7 (0–10, repeatable; after a profile's)
    #[arg(long = "rate", value_name = "FACTOR.OPTION=N", value_parser = parse_rate)]
    pub rates: Vec<(String, String)>,
    /// Give a factor your own base weight, in place of the pack's:
    /// --weight ecosystem=40 (repeatable; after a profile's)
    #[arg(long = "weight", value_name = "FACTOR=N", value_parser = parse_weight)]
    pub weights: Vec<(String, String)>,
}

/// `FACTOR.OPTION=N`; as with `--set`, only the shape is a usage error.
fn parse_rate(text: &str) -> Result<(String, String), String> {
    let shape = || format!("`{text}` is not FACTOR.OPTION=N (e.g. data-ai.node=7)");
    let (key, value) = text.split_once('=').ok_or_else(shape)?;
    if !key.contains('.') {
        return Err(shape());
    }
    Ok((key.trim().to_owned(), value.trim().to_owned()))
}

/// `FACTOR=N`.
fn parse_weight(text: &str) -> Result<(String, String), String> {
    let (id, value) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not FACTOR=N (e.g. ecosystem=40)"))?;
    Ok((id.trim().to_owned(), value.trim().to_owned()))
}

/// `ID=VALUE`; the value is checked against the pack later (exit 1), only a
/// missing `=` is a usage error (exit 2).
fn parse_set(text: &str) -> Result<(String, String), String> {
    let (id, value) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not ID=VALUE (e.g. realtime=7)"))?;
    Ok((id.trim().to_owned(), value.trim().to_owned()))
}

/// Parse the arguments and run; returns the process exit code.
/// `stdout_open` is false when the process started with standard output
/// closed (the binary finds out before Rust's runtime hides it).
pub fn main(stdout_open: bool) -> ExitCode {
    commands::note_stdout(stdout_open);
    signals::survive_file_size_limit();
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => return argument_error(&error, emphasis::choice_in(&args)),
    };
    let color = cli.color();
    match run(cli) {
        Ok(code) => code,
        Err(diagnostics) => {
            print_errors(&diagnostics, color);
            ExitCode::from(1)
        }
    }
}

/// Every problem on stderr, a line each, after a red `error:` where
/// `--color` allows.
fn print_errors(diagnostics: &Diagnostics, color: ColorChoice) {
    let emphasis = emphasis::stderr(color);
    let lines: Vec<String> = diagnostics
        .0
        .iter()
        .map(|d| emphasis::error_line(&d.to_string(), emphasis))
        .collect();
    // Not `eprintln!`: it panics when standard error is gone.
    let _ = writeln!(std::io::stderr(), "{}", lines.join("\n"));
}

/// Help and version as clap prints them; an error in the arguments with every
/// unprintable character escaped, line by line, since it echoes what was
/// typed (a file name may hold an escape sequence); its own `error:` in red
/// where `--color` allows.
fn argument_error(error: &clap::Error, color: ColorChoice) -> ExitCode {
    if !error.use_stderr() {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let text = error.render().to_string();
    let escaped: Vec<String> = text.lines().map(escape_controls).collect();
    let mut text = escaped.join("\n").trim_end().to_owned();
    if let Some(rest) = text.strip_prefix("error: ")
        && emphasis::stderr(color)
    {
        text = emphasis::error_line(rest, true);
    }
    let _ = writeln!(std::io::stderr(), "{text}");
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

fn run(cli: Cli) -> Result<ExitCode, Diagnostics> {
    // The line mode is the explorer's stand-in: with a command it would be
    // ignored without a word, so it is refused instead.
    if cli.linear && cli.command.is_some() {
        return Err(Diagnostics::one(Diagnostic::new(
            "stackcompare",
            None,
            "--linear starts the line mode and takes no command; run the command without it",
        )));
    }
    match &cli.command {
        Some(Command::Check {
            paths,
            format,
            article,
            config,
        }) => {
            let emphasis = emphasis::stdout(cli.color());
            // `--config` alone checks the file the explorer would read.
            let config = config.as_ref().map(|path| path.as_deref());
            Ok(check::check(
                paths,
                cli.content.as_deref(),
                article.as_deref(),
                *format,
                emphasis,
                config,
            ))
        }
        Some(Command::Config {
            default,
            path,
            schema: _,
        }) => {
            let text = if *default {
                tui::config::default_file()
            } else if *path {
                match settings::location(cli.config.as_deref()) {
                    Some(location) => format!("{}\n", location.path.display()),
                    None => {
                        return Err(Diagnostics::one(Diagnostic::new(
                            "stackcompare",
                            None,
                            "no place for a config file: neither STACKCOMPARE_CONFIG, XDG_CONFIG_HOME nor HOME is set",
                        )));
                    }
                }
            } else {
                tui::config::schema()
            };
            commands::print(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Diff { old, new, format }) => Ok(diff::diff(&cli, old, new, *format)),
        Some(Command::List { format }) => {
            let pack = pick(&cli, load_packs(&cli)?, None)?;
            commands::print(&match format {
                ListFormat::Text => list::list(&pack),
                ListFormat::Json => list::list_json(&pack),
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::New { id, output, force }) => {
            signals::remove_temporaries_on_ending_signals();
            let done = new::new(id, output.as_deref(), *force);
            signals::end_if_signalled();
            done
        }
        Some(Command::Draft {
            article,
            output,
            force,
        }) => {
            signals::remove_temporaries_on_ending_signals();
            let done = draft::draft(article, output.as_deref(), *force);
            signals::end_if_signalled();
            done
        }
        Some(Command::Completions { shell }) => generate::completions(*shell),
        Some(Command::Man { command, dir }) => {
            generate::man(command.as_deref(), dir.as_deref(), cli.color())
        }
        Some(Command::Recommend {
            sets,
            yours,
            format,
        }) => {
            let (pack, values, engine, group) = pack_and_values(&cli, sets, yours)?;
            let bold = *format == Format::Text && emphasis::stdout(cli.color());
            commands::recommend(&pack, engine, &values, group.as_ref(), *format, bold)
        }
        Some(Command::Compare {
            a,
            b,
            a_sets,
            b_sets,
            format,
        }) => {
            let a = compare::Wanted {
                path: a.as_deref(),
                sets: a_sets,
                flag: "--a-set",
            };
            let b = compare::Wanted {
                path: b.as_deref(),
                sets: b_sets,
                flag: "--b-set",
            };
            compare::compare(&cli, a, b, *format)
        }
        Some(Command::Export {
            sets,
            yours,
            output,
            force,
            format,
        }) => {
            signals::remove_temporaries_on_ending_signals();
            let (pack, values, engine, group) = pack_and_values(&cli, sets, yours)?;
            let done = commands::export(
                &pack,
                engine,
                &values,
                group.as_ref(),
                (output.as_deref(), *force),
                *format,
            );
            signals::end_if_signalled();
            done
        }
        None if cli.linear => linear::run(&cli),
        None => {
            if !std::io::stdout().is_terminal() {
                return Err(Diagnostics::one(Diagnostic::new(
                    "stackcompare",
                    None,
                    "the explorer needs a terminal; in scripts use `stackcompare recommend` or `stackcompare export`",
                )));
            }
            let term = std::env::var("TERM").unwrap_or_default();
            if term.is_empty() || term == "dumb" {
                let shown = if term.is_empty() {
                    "TERM is not set"
                } else {
                    "TERM=dumb"
                };
                // Offered in place of a refusal: the line mode needs no screen.
                let _ = writeln!(
                    std::io::stderr(),
                    "stackcompare: this terminal ({shown}) cannot show the explorer; here is the line mode (stackcompare --linear) instead"
                );
                return linear::run(&cli);
            }
            // A broken config stops the explorer with the lines `check
            // --config` prints.
            let settings = settings::load(settings::location(cli.config.as_deref()).as_ref())?;
            explore(&cli, settings)
        }
    }
}

/// The full-screen explorer; a folder of several packs opens the picker first.
fn explore(cli: &Cli, settings: settings::Settings) -> Result<ExitCode, Diagnostics> {
    let colour = emphasis::stdout(cli.color.or(settings.colour).unwrap_or(ColorChoice::Auto));
    let options = tui::Options {
        mouse: !cli.no_mouse && settings.mouse.unwrap_or(true),
        theme: settings.theme(colour),
    };
    let keys = Arc::clone(&settings.keys);
    let ended = if cli.watch || cli.content.is_none() {
        // Watching waits, on the terminal's lines, for a save that loads:
        // that happens before the screen is taken. The embedded pack takes
        // about a millisecond to read, less than a thread costs (a second
        // malloc arena, some 0.4 MiB at its peak).
        let (packs, start) = prepare(cli, keys)?;
        tui::run(packs, start, options).map(Ok)
    } else {
        // Anything else loads on a thread while the screen says so.
        let opening = cli.clone();
        let note = format!("stackcompare: loading {}… (q quits)", loading_what(cli));
        let shared = Arc::clone(&keys);
        tui::run_loading(move || prepare(&opening, shared), &note, &keys, options)
    };
    match ended {
        Ok(Ok(tui::Ending::Quit)) => Ok(ExitCode::SUCCESS),
        Ok(Ok(tui::Ending::Signal(number))) => {
            Ok(ExitCode::from(u8::try_from(128 + number).unwrap_or(1)))
        }
        Ok(Err(found)) => Err(found),
        Err(error) => Err(Diagnostics::one(Diagnostic::new(
            "stackcompare",
            None,
            format!("terminal error: {error}"),
        ))),
    }
}

/// What the loading note names: the pack file or folder, or the article's.
fn loading_what(cli: &Cli) -> String {
    match cli.content.as_deref() {
        None => "the article's pack".to_owned(),
        Some(path) if path.as_os_str() == "-" => "the pack from standard input".to_owned(),
        Some(path) => crate::textkit::escape_controls(path.display().to_string()),
    }
}

/// The packs and the explorer's start: the profiles read, the pack chosen,
/// the reader's numbers checked against it.
fn prepare(
    cli: &Cli,
    keys: Arc<tui::keymap::Keymap>,
) -> Result<(Vec<Pack>, tui::app::Start), Diagnostics> {
    let profiles = profiles::load(&cli.profile)?;
    let first = profiles.first().map(|(_, profile)| profile);
    // Watching a pack that does not load yet: wait for a save that does.
    let packs = match (load_packs(cli), watchable(cli.content.as_deref())) {
        (Err(found), Some(file)) if cli.watch => vec![waiting::until_it_loads(&file, &found)?],
        (packs, _) => packs?,
    };
    // Several packs and nothing naming one: the picker chooses.
    let packs = if packs.len() > 1 && cli.pack.is_none() && first.is_none() {
        packs
    } else {
        vec![pick(cli, packs, first)?]
    };
    // The reader's numbers are checked against the one pack they are for;
    // the picker's packs start with none.
    let (values, overrides, group, notes) = if packs.len() > 1 {
        (None, Default::default(), None, Vec::new())
    } else {
        let notes = profiles::drifts(&packs[0], profiles.iter().map(|(_, p)| p), cli.strict)?;
        let (values, overrides, group) =
            profiles::settings(&packs[0], &profiles, &cli.rates, &cli.weights)?;
        (
            (!profiles.is_empty()).then_some(values),
            overrides,
            group,
            notes,
        )
    };
    let start = tui::app::Start {
        values,
        profile: profiles::title(&profiles),
        group,
        watch_file: watchable(cli.content.as_deref()),
        watch: cli.watch,
        overrides,
        note: profiles::one_line(&notes),
        keys,
    };
    if cli.watch && start.watch_file.is_none() {
        let shown = cli
            .content
            .as_deref()
            .map_or_else(String::new, |p| p.display().to_string());
        return Err(Diagnostics::one(Diagnostic::new(
            shown,
            None,
            "--watch follows one pack file, and this is not one (a folder, or standard input)",
        )));
    }
    Ok((packs, start))
}

/// The `--content` path when it is one pack file, which `--watch` and `w` can follow.
fn watchable(content: Option<&Path>) -> Option<PathBuf> {
    let path = content?;
    (path.as_os_str() != "-" && path.is_file()).then(|| path.to_path_buf())
}

/// Every pack `--content` names: a file, a folder's packs, or the embedded one.
fn load_packs(cli: &Cli) -> Result<Vec<Pack>, Diagnostics> {
    match &cli.content {
        None => Ok(vec![content::embedded()]),
        Some(path) => content::load_path(path),
    }
}

/// The pack to use: the one `--pack` names, else the profile's `pack:` when
/// there is such a pack, else the only one. A profile for a pack that is not
/// there is reported by `Profile::values_for`, at the profile's own line.
fn pick(cli: &Cli, packs: Vec<Pack>, profile: Option<&Profile>) -> Result<Pack, Diagnostics> {
    let from_profile = profile
        .map(|p| p.pack.as_str())
        .filter(|id| packs.iter().any(|pack| pack.id == *id));
    choose(
        packs,
        cli.pack.as_deref().or(from_profile),
        cli.content.as_deref(),
    )
}

/// One pack of several: the one named, the only one, or an error listing them.
pub fn choose(
    mut packs: Vec<Pack>,
    wanted: Option<&str>,
    origin: Option<&Path>,
) -> Result<Pack, Diagnostics> {
    let origin = origin.map_or_else(
        || content::EMBEDDED_NAME.to_owned(),
        |p| p.display().to_string(),
    );
    let ids: Vec<String> = packs.iter().map(|p| p.id.clone()).collect();
    match wanted {
        Some(id) => match packs.iter().position(|p| p.id == id) {
            Some(index) => Ok(packs.swap_remove(index)),
            None => {
                let hint = crate::suggest::did_you_mean(id, ids.iter().map(String::as_str));
                Err(Diagnostics::one(Diagnostic::new(
                    origin,
                    None,
                    format!("no pack `{id}` here{hint}; packs: {}", ids.join(", ")),
                )))
            }
        },
        None if packs.len() == 1 => Ok(packs.remove(0)),
        None => Err(Diagnostics::one(Diagnostic::new(
            origin,
            None,
            format!(
                "holds several packs; pick one with --pack ID: {}",
                ids.join(", ")
            ),
        ))),
    }
}

/// The pack and the slider values: defaults, then the profile (or the
/// group's means), then `--set`; the engine that counts the reader's own
/// numbers (the profiles', then `--rate` and `--weight`); and the group,
/// when there is one.
pub(crate) fn pack_and_values(
    cli: &Cli,
    sets: &[(String, String)],
    yours: &Yours,
) -> Result<(Pack, Vec<u32>, Engine, Option<Group>), Diagnostics> {
    pack_and_values_from(cli, &profiles::load(&cli.profile)?, sets, yours)
}

/// As `pack_and_values`, with the `--profile` files already read.
pub(crate) fn pack_and_values_from(
    cli: &Cli,
    profiles: &profiles::Loaded,
    sets: &[(String, String)],
    yours: &Yours,
) -> Result<(Pack, Vec<u32>, Engine, Option<Group>), Diagnostics> {
    let first = profiles.first().map(|(_, profile)| profile);
    let pack = pick(cli, load_packs(cli)?, first)?;
    let rates: Vec<_> = cli.rates.iter().chain(&yours.rates).cloned().collect();
    let weights: Vec<_> = cli.weights.iter().chain(&yours.weights).cloned().collect();
    let notes = profiles::drifts(&pack, profiles.iter().map(|(_, p)| p), cli.strict)?;
    let (mut values, overrides, group) = profiles::settings(&pack, profiles, &rates, &weights)?;
    profiles::say_notes(&notes);
    profile::apply_sets(&pack, &mut values, sets)?;
    let engine = Engine::with_overrides(&pack, &overrides);
    Ok((pack, values, engine, group))
}
