//! The manual's own sections, which clap cannot make from the arguments:
//! the explorer's keys (read from its one key table, so they cannot fall
//! behind it), the line mode's commands (from its table), the exit status, the environment and the files.

use clap_mangen::roff::{Roff, bold, roman};

use crate::tui::keymap::{ALL_SCOPES, bindings};

/// Sections for the main page, in the order they come after SUBCOMMANDS.
pub fn main_sections() -> Roff {
    let mut roff = Roff::new();
    keys(&mut roff);
    line_mode(&mut roff);
    exit_status(&mut roff);
    environment(&mut roff);
    files(&mut roff);
    roff
}

/// Sections for a command's page.
pub fn command_sections() -> Roff {
    let mut roff = Roff::new();
    exit_status(&mut roff);
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(
        "stackcompare(1), for the explorer, its keys, the environment and the files.",
    )]);
    roff
}

/// A `.TP` entry: `term` in bold, then what it means.
fn entry(roff: &mut Roff, term: &str, text: &str) {
    roff.control("TP", []);
    roff.text([bold(term)]);
    roff.text([roman(text)]);
}

fn paragraph(roff: &mut Roff, text: &str) {
    roff.control("PP", []);
    roff.text([roman(text)]);
}

/// Every row of the key table, scope by scope as the `?` help lists them.
fn keys(roff: &mut Roff) {
    roff.control("SH", ["KEYS"]);
    roff.text([roman(
        "The explorer's keys, from the table that handles them, as its footer and its ? help show them.",
    )]);
    for scope in ALL_SCOPES {
        roff.control("SS", [scope.title()]);
        for binding in bindings(scope) {
            entry(roff, &binding.label(), binding.help);
        }
    }
    paragraph(
        roff,
        "The mouse works too, unless --no-mouse: a click focuses a pane or selects a row, a click or a drag on a slider's track sets it, and the wheel scrolls the pane under the pointer.",
    );
}

/// The line mode's commands, from the table its parser and `help` read.
fn line_mode(roff: &mut Roff) {
    roff.control("SH", ["LINE MODE"]);
    roff.text([roman(
        "stackcompare --linear reads one command a line from standard input and answers in plain sentences, the words of recommend --format text, with no colour and no escape sequence: for screen readers, plain terminals and scripts. A > prompt shows only when standard input is a terminal; blank lines and lines starting with # are skipped. Typed at a terminal (not a dumb one), Tab completes a command, a slider's id (and on or off for a toggle), a factor's id and a section's id; several that fit are listed. The editing keys are readline's (arrows, Home, End, Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-K, Ctrl-W, Up and Down for the lines typed before), shown without escape sequences. There, quit after sliders moved since the start or the last save says they are not saved; quit again leaves.",
    )]);
    for usage in &crate::linear::COMMANDS {
        let call = format!("{} {}", usage.name, usage.arguments);
        entry(roff, call.trim_end(), usage.does);
    }
}

fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    entry(roff, "0", "Done; for check, every file is fine.");
    entry(
        roff,
        "1",
        "A problem with what was read or written: a pack or a profile that is not valid (check: any error), a --set naming an unknown slider or a value out of its range, a file that cannot be read or written, standard output closed, or no terminal for the explorer. Each problem is one line, FILE:LINE:COLUMN: message where the place is known.",
    );
    entry(
        roff,
        "2",
        "Bad usage of the command line itself: an unknown command or option, a missing argument, a value that is not one of the choices, a --set without =.",
    );
    entry(
        roff,
        "128 + N",
        "Ended by signal N (SIGTERM, SIGHUP, SIGINT and the other signals that end a process): the explorer restores the terminal first; export, new and draft remove their temporary file and end as the signal would.",
    );
    paragraph(
        roff,
        "--linear: 0 at quit or the end of the input; 1 when standard input is not a terminal (a script) and any of its lines was in error, each error reported on its line as <stdin>:LINE:COLUMN: message, the next lines still run.",
    );
    paragraph(
        roff,
        "diff has its own, to gate a pack change in CI: 0 when no --profile's verdict moved (without --profile, 0 whatever changed; the list is still printed), 1 when a profile's verdict moved or it no longer loads against NEW, 2 when a pack or a profile cannot be read (every problem at once) or for --content, --pack, or - as both OLD and NEW.",
    );
}

fn environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    entry(
        roff,
        "NO_COLOR",
        "Set to anything but the empty string: no colour or emphasis with --color auto, the default (the explorer shows focus and selection in bold and reverse video instead). --color always and --color never override it.",
    );
    entry(
        roff,
        "TERM",
        "Unset or dumb: the explorer says on one line that it cannot draw, and starts the line mode (--linear) instead; with dumb, --color auto adds no emphasis.",
    );
    entry(
        roff,
        "TMUX",
        "Set (inside tmux): y sends its OSC 52 copy both plainly and wrapped for tmux's passthrough.",
    );
}

fn files(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    entry(
        roff,
        "Packs",
        "--content PATH, check PATH and diff OLD NEW read a pack file (YAML), - for standard input, or (not diff) a folder, whose *.yaml and *.yml files are its packs. Without --content, the article pack compiled into the binary. Packs and profiles over 8 MiB are refused unread.",
    );
    entry(
        roff,
        "Profiles",
        "--profile FILE reads saved slider values (YAML: pack:, name: and values:). In the explorer, s asks for a name and writes NAME.profile.yaml in the current folder (Data team gives data-team.profile.yaml); p lists the *.profile.yaml files of the current folder and of the pack file's folder, to load one.",
    );
    entry(
        roff,
        "Exports",
        "In the explorer, e writes the markdown summary to stackcompare-PACK.md in the current folder. Both e and s take the next free name (-2, -3, ...) and never overwrite a file. So do the line mode's export FILE and save FILE (save alone writes my-project.profile.yaml, or the loaded profile's name).",
    );
    entry(
        roff,
        "export -o FILE, new -o FILE, draft -o FILE",
        "Written through a temporary file in FILE's folder and a rename, so nothing is left half-written; an existing FILE is replaced only with --force, and never anything but a regular file. Without -o, or with -, standard output.",
    );
    entry(
        roff,
        "man --dir FOLDER",
        "Writes stackcompare.1 and a page per command, stackcompare-COMMAND.1, into FOLDER, replacing the pages there.",
    );
    entry(
        roff,
        "Configuration",
        "The explorer reads its keys, theme and defaults for --color and --no-mouse from --config FILE, else $STACKCOMPARE_CONFIG, else $XDG_CONFIG_HOME/stackcompare/config.toml (~/.config/stackcompare/config.toml when XDG_CONFIG_HOME is unset); a missing file means the defaults. config --default prints the whole file, commented; check --config checks it.",
    );
    paragraph(roff, "Nothing else is read or written.");
}
