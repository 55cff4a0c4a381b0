//! `stackcompare check` on profiles, through the real binary.
//!
//! `check` tells a profile from a pack by its top-level keys (`pack:` and no
//! `schema:`). A profile serde refuses (a key given twice) must still be
//! checked as a profile, so its own error is reported, not a pack's. The
//! report, `ok` lines and errors alike, is on standard output.

use std::path::Path;
use std::process::{Command, Output};

fn check(files: &[(&str, &str)]) -> (tempfile::TempDir, Output) {
    let dir = crate::common::tempdir();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let output = Command::new(crate::common::BIN)
        .current_dir(dir.path())
        .arg("check")
        .args(files.iter().map(|(name, _)| Path::new(name)))
        .output()
        .unwrap();
    (dir, output)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn valid_profile_is_ok() {
    let (_dir, output) = check(&[("p.yaml", "pack: python-vs-node\nvalues:\n  data_ai: 8\n")]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    assert_eq!(
        text(&output.stdout),
        "ok  p.yaml: profile for `python-vs-node`\n"
    );
}

#[test]
fn duplicate_value_key_is_reported_in_the_profile() {
    let (_dir, output) = check(&[(
        "p.yaml",
        "pack: python-vs-node\nvalues:\n  data_ai: 8\n  data_ai: 2\n",
    )]);
    let report = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert_eq!(
        report,
        "p.yaml:4:3: values: duplicate key `data_ai`\n1 error found\n"
    );
    assert!(text(&output.stderr).is_empty(), "one stream");
}

#[test]
fn duplicate_value_key_in_a_flow_map_is_reported_at_the_second_one() {
    let (_dir, output) = check(&[(
        "p.yaml",
        "pack: python-vs-node\nvalues: {data_ai: 8, data_ai: 2}\n",
    )]);
    let report = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(
        report.starts_with("p.yaml:2:22: values: duplicate key `data_ai`\n"),
        "{report}"
    );
    assert!(!report.contains("unknown field `pack`"), "{report}");
}

#[test]
fn duplicate_pack_field_is_reported_in_the_profile() {
    let (_dir, output) = check(&[("p.yaml", "pack: python-vs-node\nvalues: {}\npack: other\n")]);
    let report = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert_eq!(
        report,
        "p.yaml:3:1: duplicate field `pack`\n1 error found\n"
    );
}

#[test]
fn profile_with_a_syntax_error_further_down_is_still_a_profile() {
    let (_dir, output) = check(&[(
        "p.yaml",
        "pack: python-vs-node\nvalues:\n  data_ai: 8\n  realtime: 2: 3\n",
    )]);
    let report = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(
        report.starts_with("p.yaml:4:14: a `key:` cannot start here"),
        "{report}"
    );
    assert!(!report.contains("unknown field `pack`"), "{report}");
    assert!(!report.contains("missing field `schema`"), "{report}");
}

#[test]
fn a_pack_and_a_bad_profile_are_both_checked() {
    let pack =
        std::fs::read_to_string(crate::common::repo("tests/fixtures/valid/minimal.yaml")).unwrap();
    let (_dir, output) = check(&[
        ("small.yaml", &pack),
        ("p.yaml", "pack: small\nvalues: {data_ai: 1, data_ai: 0}\n"),
    ]);
    let report = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(
        report.starts_with("ok  small.yaml: pack `small`"),
        "{report}"
    );
    assert!(
        report.contains("\np.yaml:2:22: values: duplicate key `data_ai`\n"),
        "{report}"
    );
}

#[test]
fn a_profile_read_from_standard_input_is_checked() {
    use std::io::Write;
    let mut child = Command::new(crate::common::BIN)
        .args(["check", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"pack: python-vs-node\nvalues: {one_language: 2}\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stdout),
        "<stdin>:2:10: value 2 of `one_language` is out of range 0–1 (or off / on)\n1 error found\n"
    );
}
