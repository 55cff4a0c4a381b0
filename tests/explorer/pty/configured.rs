//! The config file in the real explorer: a remapped quit key, the `?` help
//! showing the keys as configured, and a broken file refused with the
//! lines `check --config` prints.

use super::output::assert_restored;
use super::{ESC, Session, TITLE};

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/config/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_remapped_quit_key_quits_and_the_help_shows_it() {
    let config = fixture("remapped.toml");
    let mut session = Session::start_with(120, 40, &[("STACKCOMPARE_CONFIG", &config)]);
    session.wait_for(TITLE);
    // The footer names the configured key.
    session.wait_for("x quit");
    // q is nothing now: the help opens after it, the explorer still running.
    session.send("q?");
    session.wait_for("[quit]");
    assert!(
        session.frame().contents().contains("x/Ctrl-C"),
        "the help does not show x for quit:\n{}",
        session.dump()
    );
    session.send(ESC);
    session.wait_gone("[quit]");
    session.send("x");
    let status = session.ended("x");
    assert!(status.success(), "x ended with {status:?}");
    assert_restored(&session);
}

#[test]
fn a_broken_config_is_refused_with_every_problem() {
    let config = fixture("broken.toml");
    let mut session = Session::start_with(120, 40, &[("STACKCOMPARE_CONFIG", &config)]);
    let status = session.ended("a broken config");
    assert!(!status.success(), "a broken config started: {status:?}");
    let printed = String::from_utf8_lossy(&session.raw()).replace("\r\n", "\n");
    let golden = std::fs::read_to_string(format!(
        "{}/tests/golden/check-config.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    // The same lines as `check --config`, with the full path of the file.
    for line in golden.lines().filter(|line| line.contains(": ")) {
        let (_, rest) = line.split_once("broken.toml").unwrap();
        let expected = format!("{config}{rest}");
        assert!(
            printed.contains(&expected),
            "missing {expected:?} in:\n{printed}"
        );
    }
}
