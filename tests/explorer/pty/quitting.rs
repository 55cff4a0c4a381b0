//! Ending the explorer: `q` and Ctrl-C quit with status 0 and restore the
//! terminal; a terminal closed under it, idle or mid-frame, ends it by
//! itself, without a panic.

use std::sync::atomic::Ordering;

use portable_pty::ExitStatus;

use super::output::{assert_no_panic, assert_restored};
use super::started;

#[test]
fn q_quits_with_status_0_and_restores_the_terminal() {
    let mut session = started(120, 40);
    session.send("q");
    let status = session.ended("q");
    assert!(status.success(), "q ended with {status:?}");
    assert_restored(&session);
    assert_no_panic(&session);
}

#[test]
fn ctrl_c_quits_with_status_0() {
    let mut session = started(120, 40);
    session.send("\x03");
    let status = session.ended("Ctrl-C");
    assert!(status.success(), "Ctrl-C ended with {status:?}");
    assert_restored(&session);
}

#[test]
fn closing_the_pty_while_idle_ends_the_app() {
    let mut session = started(120, 40);
    session.wait_slider("Touches data", "0/10");
    // The reader thread holds a copy of the master, so it must let go too.
    // Dropping portable-pty's writer types a newline and an end-of-file
    // character: the app reads both before it draws again, so the reader
    // stops after the next frame, with the app back waiting for input.
    let frames = session.output.lock().unwrap().frames;
    session
        .stop_after_frames
        .store(frames + 1, Ordering::SeqCst);
    drop(session.writer.take());
    session.join_reader();
    assert_no_panic(&session);
    drop(session.master.take());
    let status = session.wait_exit("the pty was closed while the app waited for input");
    assert_ended_by_itself(&status);
}

#[test]
fn closing_the_pty_mid_frame_ends_the_app_without_a_panic() {
    let mut session = started(120, 40);
    session.wait_slider("Touches data", "0/10");
    // Stop reading after the next frame, then queue many full-screen
    // redraws (the article view on and off): nobody drains the output any
    // more, so the app is busy drawing, or blocked writing, when the
    // terminal goes away.
    let frames = session.output.lock().unwrap().frames;
    session
        .stop_after_frames
        .store(frames + 1, Ordering::SeqCst);
    session.send("a");
    session.join_reader();
    session.send(&"a".repeat(60));
    drop(session.writer.take());
    drop(session.master.take());
    let status = session.wait_exit("the pty was closed while the app was drawing");
    assert_ended_by_itself(&status);
}

/// How the app must end when its terminal goes away: by itself (not killed
/// by the signal's default action), and not by a panic (exit status 101;
/// its message cannot be seen, the terminal being gone).
fn assert_ended_by_itself(status: &ExitStatus) {
    assert!(
        status.signal().is_none(),
        "the explorer died of {status:?} instead of ending by itself"
    );
    assert_ne!(
        status.exit_code(),
        101,
        "the explorer panicked (exit status 101) when its terminal went away"
    );
}
