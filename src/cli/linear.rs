//! `stackcompare --linear`: the pack, the profile and `--set` chosen as for
//! `recommend`, then the line mode on standard input and output.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::{Cli, Yours, pack_and_values_from, profiles};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::{linear, signals};

/// Run the line mode. Exit status: 0 at `quit` or the end of the input;
/// 1 when a script piped in had a line in error (each was reported on its
/// line, and every line after it still ran), since a script wants to know;
/// typed at a terminal, a mistake is put right on the next line, so 0.
pub fn run(cli: &Cli) -> Result<ExitCode, Diagnostics> {
    let yours = Yours::default();
    let loaded = profiles::load(&cli.profile)?;
    let (pack, values, engine, group) = pack_and_values_from(cli, &loaded, &cli.sets, &yours)?;
    let start = linear::Start {
        pack,
        engine,
        values,
        profile: profiles::title(&loaded),
        group,
    };
    let terminal = std::io::stdin().is_terminal();
    let (mut out, mut problems) = (std::io::stdout().lock(), std::io::stderr());
    let typed = completing(terminal).then(|| linear::Typed::start(linear::PROMPT));
    let ran = if let Some(Some(mut typed)) = typed {
        linear::run(start, &mut typed, &mut out, &mut problems, true)
    } else {
        signals::remove_temporaries_on_ending_signals();
        let mut plain = linear::Plain {
            input: std::io::BufReader::new(linear::Input),
            prompt: terminal,
        };
        linear::run(start, &mut plain, &mut out, &mut problems, terminal)
    };
    match ran {
        Ok(0) => Ok(ExitCode::SUCCESS),
        Ok(_) if terminal => Ok(ExitCode::SUCCESS),
        Ok(_) => Ok(ExitCode::from(1)),
        // A reader that stopped early (`| head`) wanted no more.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(error) => Err(Diagnostics::one(Diagnostic::new(
            "stackcompare",
            None,
            format!("the line mode stopped: {error}"),
        ))),
    }
}

/// Whether the line mode edits the lines itself, for Tab completion: only
/// where a reader types at a terminal and sees its output there, and the
/// terminal is not a dumb one (an editor's shell buffer, which sends whole
/// lines and shows them itself).
fn completing(terminal: bool) -> bool {
    let term = std::env::var("TERM").unwrap_or_default();
    terminal && std::io::stdout().is_terminal() && !term.is_empty() && term != "dumb"
}
