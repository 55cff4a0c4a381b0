//! Ending signals: SIGTERM, SIGHUP and the others that end a process (the
//! user signals, SIGALRM, SIGXCPU, a real-time one) restore the terminal,
//! and the explorer exits with 128 + the signal's number.

use super::output::{assert_no_panic, assert_restored};
use super::started;

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    let mut session = started(120, 40);
    session.signal("TERM");
    let status = session.ended("SIGTERM");
    assert_eq!(
        (status.exit_code(), status.signal()),
        (143, None),
        "SIGTERM ended with {status:?}"
    );
    assert_restored(&session);
    assert_no_panic(&session);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    let mut session = started(120, 40);
    session.signal("HUP");
    let status = session.ended("SIGHUP");
    assert_eq!(
        (status.exit_code(), status.signal()),
        (129, None),
        "SIGHUP ended with {status:?}"
    );
    assert_restored(&session);
    assert_no_panic(&session);
}

#[test]
fn every_other_ending_signal_restores_the_terminal_too() {
    // SIGXCPU as `ulimit -t` sends it, SIGALRM as a stray `alarm` does, the
    // user signals and a real-time one: each ends the explorer as SIGTERM does.
    for number in [
        libc::SIGUSR1,
        libc::SIGUSR2,
        libc::SIGALRM,
        libc::SIGXCPU,
        libc::SIGRTMIN(),
    ] {
        let mut session = started(80, 24);
        session.signal(&number.to_string());
        let status = session.ended(&format!("signal {number}"));
        assert_eq!(
            (status.exit_code(), status.signal()),
            (u32::try_from(128 + number).unwrap(), None),
            "signal {number} ended with {status:?}"
        );
        assert_restored(&session);
        assert_no_panic(&session);
    }
}
