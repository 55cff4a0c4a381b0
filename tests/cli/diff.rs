//! `diff OLD NEW`: the changes between two versions of a pack in every
//! format (golden files), each profile's verdict on both, the annotations
//! on the new file's lines, and the exit status that gates a pack change.
//!
//! Refresh the golden files on purpose only, after reading the change:
//! `UPDATE_GOLDEN=1 cargo test --test cli golden`.

use std::io::Write;
use std::process::Stdio;

use serde_json::Value;

use super::assert_golden;
use crate::common::{command, fails, ok, path_str, repo, run, stdout, tempdir};

const OLD: &str = "tests/fixtures/diff/old.yaml";
const NEW: &str = "tests/fixtures/diff/new.yaml";
const MOVES: &str = "tests/fixtures/diff/moves.profile.yaml";
const STAYS: &str = "tests/fixtures/diff/stays.profile.yaml";
const GONE: &str = "tests/fixtures/diff/gone.profile.yaml";

/// `diff OLD NEW` with the three profiles and `extra`, expecting `code`.
fn with_profiles(extra: &[&str], code: i32) -> String {
    let mut args = vec!["diff", OLD, NEW];
    for profile in [MOVES, STAYS, GONE] {
        args.extend(["--profile", profile]);
    }
    args.extend_from_slice(extra);
    let output = run(&args);
    assert_eq!(output.status.code(), Some(code), "{args:?}");
    stdout(&output)
}

#[test]
fn the_diff_reads_as_the_golden_files() {
    assert_golden("diff.txt", &ok(&["diff", OLD, NEW]));
    assert_golden("diff-profiles.txt", &with_profiles(&[], 1));
    assert_golden("diff.json", &with_profiles(&["--format", "json"], 1));
    assert_golden(
        "diff.github.txt",
        &with_profiles(&["--format", "github"], 1),
    );
    assert_golden(
        "diff-stays.github.txt",
        &ok(&["diff", OLD, NEW, "--profile", STAYS, "--format", "github"]),
    );
}

#[test]
fn a_pack_against_itself_changed_nothing_and_exits_0() {
    let out = ok(&["diff", OLD, OLD, "--profile", MOVES]);
    assert!(out.starts_with("No changes from"), "{out}");
    assert!(out.contains("still"), "{out}");
    let json: Value = serde_json::from_str(&ok(&["diff", NEW, NEW, "--format", "json"])).unwrap();
    assert_eq!(json["changes"], Value::Array(Vec::new()));
    assert_eq!(json["moved"], 0);
    assert_eq!(ok(&["diff", NEW, NEW, "--format", "github"]), "");
}

#[test]
fn the_exit_status_is_1_only_when_a_profile_moved_or_no_longer_loads() {
    // Without profiles, 0 whatever changed.
    ok(&["diff", OLD, NEW]);
    ok(&["diff", OLD, NEW, "--profile", STAYS]);
    for moved in [MOVES, GONE] {
        let output = run(&["diff", OLD, NEW, "--profile", moved]);
        assert_eq!(output.status.code(), Some(1), "{moved}");
    }
}

#[test]
fn each_profile_says_whether_its_verdict_moved_and_why() {
    let json: Value = serde_json::from_str(&with_profiles(&["--format", "json"], 1)).unwrap();
    let profiles = json["profiles"].as_array().unwrap();
    let [moves, stays, gone] = profiles.as_slice() else {
        panic!("three profiles: {json}");
    };
    assert_eq!(
        (moves["moved"].clone(), stays["moved"].clone()),
        (true.into(), false.into())
    );
    // The first cause is the change that moved the lead most: the rating.
    let first = moves["causes"][0]["change"].as_u64().unwrap() as usize;
    assert_eq!(json["changes"][first]["kind"], "rating");
    assert_eq!(moves["new"]["option"], "node");
    assert_eq!(stays["old"]["option"], stays["new"]["option"]);
    assert_eq!(gone["loads"], false);
    let problem = &gone["problems"][0];
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(3), Some(3))
    );
    assert!(problem["message"].as_str().unwrap().contains("0–8"));
    assert_eq!(json["moved"], 2);
}

#[test]
fn each_annotation_names_the_line_of_its_change_in_the_new_file() {
    let lines: Vec<String> = std::fs::read_to_string(repo(NEW))
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let out = ok(&["diff", OLD, NEW, "--format", "github"]);
    let at = |needle: &str| -> &str {
        let notice = out.lines().find(|l| l.contains(needle)).expect(needle);
        let line: usize = notice
            .split("line=")
            .nth(1)
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        &lines[line - 1]
    };
    assert!(at("weight 1 → 3").trim() == "weight: 3");
    assert!(at("range 0–10 → 0–8").trim() == "max: 8");
    assert!(at("8 → 10").contains("rating: 10"));
    assert!(at("Readability removed").trim() == "factors:");
    assert!(
        out.lines()
            .all(|l| l.starts_with("::notice file=tests/fixtures/diff/new.yaml,line="))
    );
}

#[test]
fn either_version_may_come_from_standard_input() {
    let mut child = command(&["diff", "-", NEW, "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let old = std::fs::read(repo(OLD)).unwrap();
    child.stdin.take().unwrap().write_all(&old).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["old"]["file"], "<stdin>");
    assert_eq!(json["changes"].as_array().unwrap().len(), 7);
    let err = fails(&["diff", "-", "-"], 2);
    assert!(err.contains("only one of OLD and NEW"), "{err}");
}

#[test]
fn packs_and_profiles_that_do_not_load_are_every_one_reported_with_exit_2() {
    let broken = "tests/fixtures/broken/several-problems.yaml";
    let err = fails(
        &[
            "diff",
            broken,
            "tests/fixtures/broken/unknown-factor.yaml",
            "--profile",
            "missing.yaml",
        ],
        2,
    );
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.iter().filter(|l| l.starts_with(broken)).count() >= 2,
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("tests/fixtures/broken/unknown-factor.yaml:")),
        "{err}"
    );
    assert!(lines.iter().any(|l| l.starts_with("missing.yaml")), "{err}");
    // On GitHub, as error annotations on stdout.
    let output = run(&["diff", broken, NEW, "--format", "github"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stdout(&output)
            .lines()
            .all(|l| l.starts_with("::error file="))
    );
    // A profile that does not load against OLD has nothing to compare with.
    let err = fails(&["diff", NEW, OLD, "--profile", GONE], 2);
    assert!(err.contains("out of range 0–8"), "{err}");
    let err = fails(&["--content", OLD, "diff", OLD, NEW], 2);
    assert!(err.contains("not --content"), "{err}");
}

#[test]
fn a_saved_profile_with_its_receipt_is_read_against_new_as_it_would_load() {
    // The profile that no longer loads, saved by stackcompare against OLD:
    // its digest says the pack changed, so 10 is taken as the new end, 8.
    let dir = tempdir();
    let old = std::fs::read(repo(OLD)).unwrap();
    let digest = stackcompare::content::Sha256::of(&old);
    let profile = dir.path().join("saved.profile.yaml");
    let gone = std::fs::read_to_string(repo(GONE)).unwrap();
    let saved = gone.replace(
        "pack: small\n",
        &format!("pack: small\npack_sha256: {digest}\n"),
    );
    std::fs::write(&profile, saved).unwrap();
    let path = path_str(&profile);
    let output = run(&["diff", OLD, NEW, "--profile", path, "--format", "json"]);
    let result: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let said = &result["profiles"][0];
    assert_eq!(said["loads"], true, "{said}");
    let moved = said["moved"].as_bool().unwrap();
    assert_eq!(output.status.code(), Some(i32::from(moved)), "{said}");
    // The same profile without its receipt does not load against NEW.
    let output = run(&["diff", OLD, NEW, "--profile", GONE, "--format", "json"]);
    let result: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(result["profiles"][0]["loads"], false);
}

/// A neutral point in the JSON is a number, a neutral range `[from, to]`.
#[test]
fn a_neutral_point_is_one_number_and_a_range_two() {
    let dir = tempdir();
    let article = std::fs::read_to_string(repo("content/python-vs-node.yaml")).unwrap();
    assert!(article.contains("    neutral: [3, 7]\n"));
    let point = dir.path().join("point.yaml");
    std::fs::write(
        &point,
        article.replace("    neutral: [3, 7]\n", "    neutral: 5\n"),
    )
    .unwrap();
    let diffed = ok(&[
        "diff",
        "content/python-vs-node.yaml",
        path_str(&point),
        "--format",
        "json",
    ]);
    let diffed: Value = serde_json::from_str(&diffed).unwrap();
    let changes = diffed["changes"].as_array().unwrap();
    let neutral: Vec<&Value> = changes.iter().filter(|c| c["kind"] == "neutral").collect();
    assert_eq!(neutral.len(), 1, "{changes:?}");
    assert_eq!(neutral[0]["item"]["id"], "workload");
    assert_eq!(neutral[0]["old"], serde_json::json!([3, 7]));
    assert_eq!(neutral[0]["new"], serde_json::json!(5));
}
