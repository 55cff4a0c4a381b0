//! `--linear` on a real terminal: a greeting and a `> ` prompt, answers to
//! typed lines, `quit` ending it with 0, and not one escape sequence in
//! everything the terminal received.

use super::{BIN, ENTER, Session, TITLE};

const PROMPT: &str = "> ";

/// Everything the terminal received so far, as text.
fn received(session: &Session) -> String {
    String::from_utf8_lossy(&session.raw()).into_owned()
}

#[test]
fn typed_lines_are_answered_after_a_prompt_and_nothing_is_an_escape() {
    let mut session = Session::command(&["--linear"], &[]);
    session.wait_live("the greeting and a prompt", |screen| {
        let contents = screen.contents();
        contents.contains(TITLE) && contents.trim_end().ends_with('>')
    });
    session.send(&format!("show{ENTER}"));
    session.wait_live("the verdict", |screen| {
        screen.contents().contains("Verdict: too close to call")
    });
    session.send(&format!("set realtime 9{ENTER}"));
    session.wait_live("what the move did", |screen| {
        screen
            .contents()
            .contains("The verdict changes from too close to call")
    });
    session.send(&format!("shwo{ENTER}"));
    session.wait_live("the mistake", |screen| {
        screen.contents().contains("did you mean `show`?")
    });
    // The slider moved and nothing saved it: the first quit says so.
    session.send(&format!("quit{ENTER}"));
    session.wait_live("the warning", |screen| {
        screen
            .contents()
            .contains("quit again leaves without saving")
    });
    session.send(&format!("quit{ENTER}"));
    let status = session.ended("quit");
    // A mistake typed at a terminal is put right there: still 0.
    assert!(status.success(), "quit ended with {status:?}");
    let raw = received(&session);
    assert!(raw.matches(PROMPT).count() >= 4, "{raw:?}");
    assert!(!raw.contains('\u{1b}'), "an escape sequence: {raw:?}");
}

#[test]
fn the_end_of_input_on_a_terminal_ends_it_with_0() {
    let mut session = Session::command(&["--linear"], &[]);
    wait_prompt(&session);
    // Ctrl-D on an empty line: the end of the input.
    session.send("\u{4}");
    let status = session.ended("the end of the input");
    assert!(status.success(), "Ctrl-D ended with {status:?}");
}

/// An interactive shell with job control, the line mode started in it as
/// a job and at its prompt.
fn line_mode_in_a_shell() -> Session {
    let mut session = Session::shell(100, 30);
    session.wait_live("the shell's prompt", |screen| {
        screen.contents().contains("shell$")
    });
    session.send(&format!("{BIN} --linear{ENTER}"));
    wait_prompt(&session);
    session
}

/// Wait for the line mode's prompt to be the last thing on the screen.
fn wait_prompt(session: &Session) {
    session.wait_live("the line mode's prompt", |screen| {
        screen.contents().trim_end().ends_with('>')
    });
}

/// Whether the terminal does its own line editing now (`ICANON`) and echoes
/// (`ECHO`), as its driver holds them.
fn line_editing(session: &Session) -> (bool, bool) {
    let master = session.master.as_ref().expect("the pty is open");
    let fd = master.as_raw_fd().expect("the pty's descriptor");
    // SAFETY: tcgetattr writes only into the zeroed struct it is given.
    let mut modes: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(fd, &raw mut modes) }, 0);
    (
        modes.c_lflag & libc::ICANON != 0,
        modes.c_lflag & libc::ECHO != 0,
    )
}

#[test]
fn tab_completes_commands_and_ids_and_lists_what_several_share() {
    let mut session = Session::command(&["--linear"], &[]);
    wait_prompt(&session);
    // The line mode edits the line itself: the terminal's editing is off.
    assert_eq!(line_editing(&session), (false, false));
    session.send("se\t");
    session.wait_live("the two commands that start so", |screen| {
        screen.contents().contains("\nsearch  set\n> se")
    });
    session.send("t\treal\t8");
    session.wait_live("the line completed", |screen| {
        screen.contents().contains("> set realtime 8")
    });
    session.send(ENTER);
    session.wait_live("what the move did", |screen| {
        screen
            .contents()
            .contains("The verdict changes from too close to call")
    });
    // Up brings the line back; edited, it runs again.
    session.send(&format!("\x1b[A\x7f3{ENTER}"));
    session.wait_live("the line from before, edited", |screen| {
        screen.contents().contains("> set realtime 3")
    });
    session.send(&format!("qu\t{ENTER}qu\t{ENTER}"));
    let status = session.ended("quit, twice: the slider moved");
    assert!(status.success(), "quit ended with {status:?}");
    // The terminal has its own line editing back.
    assert_eq!(line_editing(&session), (true, true));
    let raw = received(&session);
    assert!(!raw.contains('\u{1b}'), "an escape sequence: {raw:?}");
}

#[test]
fn sigterm_while_editing_gives_the_terminal_its_line_editing_back() {
    let mut session = Session::command(&["--linear"], &[]);
    wait_prompt(&session);
    session.send("set real");
    session.wait_live("the typing", |screen| {
        screen.contents().contains("> set real")
    });
    assert_eq!(line_editing(&session), (false, false));
    session.signal("TERM");
    let status = session.ended("SIGTERM");
    // Ended by the signal, as a shell sees it (status 143).
    assert_eq!(status.signal(), Some("Terminated"), "{status:?}");
    assert_eq!(line_editing(&session), (true, true));
}

#[test]
fn a_dumb_terminal_keeps_its_own_line_editing() {
    let mut session = Session::command(&["--linear"], &[("TERM", "dumb")]);
    wait_prompt(&session);
    assert_eq!(line_editing(&session), (true, true));
    session.send(&format!("quit{ENTER}"));
    assert!(session.ended("quit").success());
}

#[test]
fn ctrl_z_gives_the_shell_its_terminal_and_fg_shows_the_line_again() {
    let mut session = line_mode_in_a_shell();
    session.send("show wh");
    session.wait_live("the typing", |screen| {
        screen.contents().contains("> show wh")
    });
    session.send("\x1a");
    session.wait_live("the shell's prompt after Ctrl-Z", |screen| {
        let contents = screen.contents();
        contents.contains("Stopped") && contents.trim_end().ends_with("shell$")
    });
    // The shell's terminal, with its own editing: what stty says of it.
    session.send(&format!(
        "stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon{ENTER}"
    ));
    session.wait_live("stty's answer", |screen| {
        screen
            .contents()
            .lines()
            .any(|line| line.trim() == "icanon")
    });
    session.send(&format!("fg{ENTER}"));
    session.wait_live("the line shown again", |screen| {
        screen.contents().matches("> show wh").count() == 2
    });
    // A key at a time again: Tab still completes.
    session.send("\x17\x17tip\t");
    session.wait_live("Tab after fg", |screen| {
        screen.contents().trim_end().ends_with("> tips")
    });
    session.send(&format!("{ENTER}quit{ENTER}"));
    session.wait_live("the shell after quit", |screen| {
        screen.contents().trim_end().ends_with("shell$")
    });
    session.send(&format!("exit{ENTER}"));
    assert!(session.wait_exit("exit").success());
}

/// The screen as a reader sees it at the end, every row trimmed.
fn screen_text(session: &Session) -> String {
    let output = session.output.lock().unwrap();
    let screen = output.parser.screen();
    let (_, cols) = screen.size();
    let mut rows: Vec<String> = screen
        .rows(0, cols)
        .map(|row| row.trim_end().to_owned())
        .collect();
    while rows.last().is_some_and(String::is_empty) {
        rows.pop();
    }
    rows.join("\n") + "\n"
}

/// A typed session, the screen it leaves compared with
/// `tests/golden/linear-typed.txt` (refresh with UPDATE_GOLDEN=1): Tab's
/// listing and completions, the answers, and quit's warning.
#[test]
fn a_typed_session_matches_its_golden_transcript() {
    let mut command = portable_pty::CommandBuilder::new(BIN);
    command.arg("--linear");
    let mut session = Session::spawn(100, 60, command, &[]);
    // The keys, then what the screen shows and how it ends once they are done.
    let steps: [(&str, &str, &str); 6] = [
        ("sh\t\r", "Verdict: too close to call", ">"),
        ("se\t", "search  set", "> se"),
        ("t\treal\t8\r", "The verdict changes", ">"),
        ("ru\t\r", "> rules", ">"),
        ("quit\r", "quit again leaves without saving", ">"),
        ("quit\r", "", ""),
    ];
    wait_prompt(&session);
    for (keys, shown, end) in steps {
        session.send(keys);
        if !shown.is_empty() {
            session.wait_live(shown, |screen| {
                let contents = screen.contents();
                contents.contains(shown) && contents.trim_end().ends_with(end)
            });
        }
    }
    assert!(session.ended("quit, twice").success());
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/linear-typed.txt");
    let actual = screen_text(&session);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).expect("write the golden file");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "the screen differs from tests/golden/linear-typed.txt; if the change is meant, \
         refresh it with UPDATE_GOLDEN=1 cargo test --test explorer linear\n{actual}"
    );
}

#[test]
fn a_stopped_line_mode_ends_when_the_shell_kills_it() {
    let mut session = line_mode_in_a_shell();
    session.send("\x1a");
    session.wait_live("stopped", |screen| {
        let contents = screen.contents();
        contents.contains("Stopped") && contents.trim_end().ends_with("shell$")
    });
    // The shell sends SIGTERM, then SIGCONT: continued in the background,
    // the job must end, not stop again over the terminal's modes.
    session.send(&format!("kill %1{ENTER}"));
    session.send(&format!("sleep 1; jobs; echo jobs listed{ENTER}"));
    session.wait_live("the job gone", |screen| {
        let contents = screen.contents();
        contents.contains("Terminated") && contents.contains("jobs listed")
    });
    let contents = session.frame().contents();
    let after = contents.rsplit("kill %1").next().unwrap_or_default();
    assert!(!after.contains("Stopped"), "{after}");
    session.send(&format!("exit{ENTER}"));
    assert!(session.wait_exit("exit").success());
}
