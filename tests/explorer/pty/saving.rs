//! Saving from the explorer: the export and the profile read back by the
//! command line, and an export over a file-size limit failing on the status
//! line.

use std::process::Command;

use portable_pty::CommandBuilder;

use super::output::{assert_no_panic, assert_restored};
use super::{BIN, ENTER, MD, MD_2, PROFILE, RECORD, Session, TITLE, started};

#[test]
fn export_and_profile_files_round_trip_through_the_cli() {
    let mut session = started(120, 40);
    // Off the defaults, so the profile carries something.
    session.send("ll");
    session.wait_slider("Touches data", "2/10");
    // Each message gives the file's whole path.
    let dir = std::fs::canonicalize(session.dir.path()).expect("the session's folder");
    let whole = |name: &str| dir.join(name).display().to_string();
    session.send("e");
    session.wait_for(&format!("Saved the summary to {}", whole(MD)));
    // `s` asks for a name, filled in; Enter takes it.
    session.send("s");
    session.wait_for("Save as the profile named");
    session.wait_for("> my project");
    session.send(ENTER);
    session.wait_for(&format!(
        "Saved the profile my project to {}",
        whole(PROFILE)
    ));
    session.send("e");
    session.wait_for(&format!("Saved the summary to {}", whole(MD_2)));

    let md = std::fs::read(dir.join(MD)).expect("the first export");
    let md_2 = std::fs::read(dir.join(MD_2)).expect("the second export");
    let profile = std::fs::read_to_string(dir.join(PROFILE)).expect("the profile");
    assert_eq!(md, md_2, "two exports of the same sliders differ");
    assert!(
        profile.contains("data_ai"),
        "the profile does not name the data slider:\n{profile}"
    );
    assert!(profile.contains("name: \"my project\""), "{profile}");

    let output = Command::new(BIN)
        .args(["export", "--profile", PROFILE])
        .current_dir(&dir)
        .output()
        .expect("run stackcompare export");
    assert!(
        output.status.success(),
        "export --profile failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stdout == md,
        "`export --profile` differs from the explorer's export:\n--- explorer\n{}\n--- export --profile\n{}",
        String::from_utf8_lossy(&md),
        String::from_utf8_lossy(&output.stdout)
    );

    session.send("q");
    let status = session.wait_exit("q");
    assert!(status.success(), "q ended with {status:?}");
}

#[test]
fn a_decision_record_is_written_as_the_command_line_writes_it() {
    let mut session = started(120, 40);
    session.send("ll");
    session.wait_slider("Touches data", "2/10");
    let dir = std::fs::canonicalize(session.dir.path()).expect("the session's folder");
    session.send("A");
    session.wait_for(&format!(
        "Saved the decision record to {}",
        dir.join(RECORD).display()
    ));
    let record = std::fs::read(dir.join(RECORD)).expect("the decision record");
    let output = Command::new(BIN)
        .args(["export", "--format", "adr", "--set", "data_ai=2"])
        .current_dir(&dir)
        .output()
        .expect("run stackcompare export");
    assert!(output.status.success(), "{output:?}");
    assert!(
        output.stdout == record,
        "`export --format adr` differs from the explorer's record:\n--- explorer\n{}\n--- export\n{}",
        String::from_utf8_lossy(&record),
        String::from_utf8_lossy(&output.stdout)
    );
    // Written, so the sliders count as saved: q quits at once.
    session.send("q");
    let status = session.wait_exit("q");
    assert!(status.success(), "q ended with {status:?}");
}

#[test]
fn a_file_size_limit_fails_the_export_on_the_status_line_and_the_explorer_goes_on() {
    // `ulimit -f 0` as a shell sets it: the write sends SIGXFSZ, which the
    // explorer survives, and the write fails.
    let mut command = CommandBuilder::new("sh");
    command.args(["-c", "ulimit -f 0; exec \"$0\"", BIN]);
    let mut session = Session::spawn(120, 40, command, &[]);
    session.wait_for(TITLE);
    session.send("e");
    session.wait_for("Could not save the summary");
    session.wait_for("too large");
    // Still running: a slider moves.
    session.send("l");
    session.wait_slider("Touches data", "1/10");
    let left: Vec<String> = std::fs::read_dir(session.dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, Vec::<String>::new(), "a file was left behind");
    // The export failed: the sliders are unsaved, so q asks first.
    session.send("q");
    session.wait_for("Quit without saving?");
    session.send("y");
    let status = session.ended("q, y");
    assert!(status.success(), "{status:?}");
    assert_restored(&session);
    assert_no_panic(&session);
}
