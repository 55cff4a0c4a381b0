//! `--linear` on a real terminal: a greeting and a `> ` prompt, answers to
//! typed lines, `quit` ending it with 0, and not one escape sequence in
//! everything the terminal received.

use super::{ENTER, Session, TITLE};

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
    session.wait_live("a prompt", |screen| {
        screen.contents().trim_end().ends_with('>')
    });
    // Ctrl-D on an empty line: the end of the input.
    session.send("\u{4}");
    let status = session.ended("the end of the input");
    assert!(status.success(), "Ctrl-D ended with {status:?}");
}
