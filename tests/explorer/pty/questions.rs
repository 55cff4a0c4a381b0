//! What a less or lazygit user expects of the keys: `q` closes the view it
//! is in and quits only from the main screen, asking first when the sliders
//! are unsaved; a value of several digits is typed after `=`; a group's `r`
//! says where it goes back to.

use std::fs;

use super::{BIN, CommandBuilder, ENTER, ESC, Session, TITLE, started};

#[test]
fn q_closes_the_help_and_the_article_then_quits() {
    let mut session = started(120, 40);
    session.send("?");
    session.wait_for("Keys · q, Esc or ? closes");
    session.send("q");
    session.wait_gone("Keys · q, Esc or ? closes");
    session.send("a");
    session.wait_for("Article ·");
    session.send("q");
    session.wait_gone("Article ·");
    // Nothing moved: the main screen's q quits at once.
    session.wait_for(TITLE);
    session.send("q");
    let status = session.ended("q");
    assert!(status.success(), "{status:?}");
}

#[test]
fn q_with_unsaved_sliders_asks_once_and_any_other_key_stays() {
    let mut session = started(120, 40);
    session.send("l");
    session.wait_slider("Touches data", "1/10");
    session.send("q");
    session.wait_for("Quit without saving?");
    session.wait_for("q or y quits · any other key stays");
    session.send("n");
    session.wait_gone("Quit without saving?");
    // Still running, the slider where it was.
    session.send("l");
    session.wait_slider("Touches data", "2/10");
    session.send("qq");
    let status = session.ended("q, q");
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_value_of_two_digits_is_typed_after_equals() {
    let mut session = started(120, 40);
    session.send("=");
    session.wait_for("Touches data, ML or AI (0–10) · Enter sets · Esc cancels");
    // The prompt starts at the value; Ctrl-U clears it.
    session.send("\x15");
    session.send("10");
    session.send(ENTER);
    session.wait_slider("Touches data", "10/10");
    session.wait_for("Verdict: Python");
    // Out of range: said on the status line, the prompt kept for a fix.
    session.send("=\x1511");
    session.send(ENTER);
    session.wait_for("Touches data, ML or AI goes 0–10: 11 is out of range");
    session.send(ESC);
    session.wait_gone("Enter sets · Esc cancels");
    session.wait_slider("Touches data", "10/10");
}

#[test]
fn r_in_a_group_goes_back_to_the_groups_values_and_says_so() {
    let profiles = tempfile::tempdir().expect("temporary directory");
    let path = |name: &str| profiles.path().join(format!("{name}.yaml"));
    fs::write(
        path("lead"),
        "pack: python-vs-node\nvalues:\n  realtime: 8\n",
    )
    .unwrap();
    fs::write(
        path("dev"),
        "pack: python-vs-node\nvalues:\n  realtime: 2\n",
    )
    .unwrap();
    let mut command = CommandBuilder::new(BIN);
    for name in ["lead", "dev"] {
        command.arg("--profile");
        command.arg(path(name));
    }
    let mut session = Session::spawn(120, 40, command, &[]);
    session.wait_for(TITLE);
    session.send("l");
    session.wait_slider("Touches data", "1/10");
    session.send("r");
    session.wait_for("Back to the group's values (the means of 2 profiles)");
    session.wait_slider("Touches data", "0/10");
    session.send("q");
    let status = session.ended("q");
    assert!(status.success(), "{status:?}");
}
