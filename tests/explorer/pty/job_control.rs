//! Job control: Ctrl-Z suspends the explorer to the shell and `fg` brings
//! its screen back; `kill -TSTP` restores the terminal and `kill -CONT`
//! redraws.

use std::thread;
use std::time::Instant;

use super::output::assert_restored;
use super::reading::slider_value;
use super::{BIN, POLL, SCREEN_DEADLINE, Session, TITLE, started};

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_brings_the_screen_back() {
    let mut session = Session::shell(120, 40);
    session.wait_live("the shell's prompt", |screen| {
        screen.contents().contains("shell$")
    });
    session.send(&format!("{BIN}\r"));
    session.wait_live("the explorer", |screen| {
        screen.alternate_screen() && screen.contents().contains(TITLE)
    });
    session.send("\x1a");
    // The terminal is the shell's again: main screen, the job stopped.
    session.wait_live("the shell's prompt after Ctrl-Z", |screen| {
        let contents = screen.contents();
        !screen.alternate_screen()
            && !screen.hide_cursor()
            && contents.contains("Stopped")
            && contents.trim_end().ends_with("shell$")
    });
    session.send("fg\r");
    session.wait_live("the explorer back", |screen| {
        screen.alternate_screen() && screen.contents().contains(TITLE)
    });
    // Raw mode again: one key, no Enter, moves the slider.
    session.send("l");
    session.wait_live("the slider moved by one key", |screen| {
        slider_value(screen, "Touches data").as_deref() == Some("1/10")
    });
    // The slider moved and nothing saved it: q asks first, y quits.
    session.send("q");
    session.wait_for("Quit without saving?");
    session.send("y");
    session.wait_live("the shell after q", |screen| !screen.alternate_screen());
    session.send("exit\r");
    let status = session.wait_exit("exit");
    assert!(status.success(), "{status:?}");
}

#[test]
fn kill_tstp_restores_the_terminal_and_kill_cont_redraws() {
    let mut session = started(120, 40);
    session.signal("TSTP");
    session.wait_live("the terminal restored on SIGTSTP", |screen| {
        !screen.alternate_screen() && !screen.hide_cursor()
    });
    let stopped = Instant::now();
    while session.state(session.pid) != "T" {
        assert!(
            stopped.elapsed() < SCREEN_DEADLINE,
            "the explorer did not stop: state {:?}",
            session.state(session.pid)
        );
        thread::sleep(POLL);
    }
    session.signal("CONT");
    session.wait_live("the screen redrawn on SIGCONT", |screen| {
        screen.alternate_screen() && screen.contents().contains(TITLE)
    });
    session.send("l");
    session.wait_live("keys read raw again", |screen| {
        slider_value(screen, "Touches data").as_deref() == Some("1/10")
    });
    session.send("q");
    session.wait_for("Quit without saving?");
    session.send("y");
    let status = session.ended("q, y");
    assert!(status.success(), "{status:?}");
    assert_restored(&session);
}
