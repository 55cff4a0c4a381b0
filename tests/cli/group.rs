//! Several `--profile`s: a group deciding together. The group's values are
//! the per-slider means rounded half up; each person's verdict and fits are
//! their own recommendation; profiles for another pack and one file given
//! twice are errors.

use std::fs;

use serde_json::Value;

use super::{assert_golden, json};
use crate::common::{fails, ok, path_str, repo, tempdir};

const TEAM: [&str; 3] = [
    "assets/profiles/team/lead.yaml",
    "assets/profiles/team/frontend.yaml",
    "assets/profiles/team/data.yaml",
];

fn team_args() -> Vec<&'static str> {
    TEAM.iter().flat_map(|p| ["--profile", *p]).collect()
}

#[test]
fn the_group_starts_from_the_means_and_lists_each_person() {
    let group = json(&team_args());
    let people: Vec<Value> = TEAM.iter().map(|p| json(&["--profile", p])).collect();
    // Each slider: the mean of the three, rounded half up.
    for (id, value) in group["values"].as_object().unwrap() {
        let sum: u64 = people
            .iter()
            .map(|p| p["values"][id].as_u64().unwrap())
            .sum();
        assert_eq!(value.as_u64().unwrap(), (2 * sum + 3) / 6, "{id}");
    }
    let table = group["people"].as_array().expect("a people table");
    let names: Vec<&str> = table.iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Lead", "Frontend", "data"]);
    for (row, alone) in table.iter().zip(&people) {
        assert_eq!(row["verdict"]["kind"], alone["verdict"]["kind"]);
        assert_eq!(row["verdict"]["options"], alone["verdict"]["options"]);
        assert_eq!(row["values"], alone["values"]);
        for score in row["scores"].as_array().unwrap() {
            let own = alone["scores"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["option"] == score["option"])
                .unwrap();
            assert_eq!(score["fit"], own["fit"]);
        }
    }
    // The largest spread (as a share of the range) first.
    let spread = |d: &Value| d["spread"].as_f64().unwrap();
    let disagreements = group["disagreements"].as_array().unwrap();
    assert!(!disagreements.is_empty());
    assert_eq!(disagreements[0]["trait"], "one_language");
    assert_eq!(disagreements[1]["trait"], "data_ai");
    assert!(spread(&disagreements[1]) >= spread(&disagreements[2]));
    let values = &disagreements[1]["values"];
    assert_eq!(values[0]["name"], "Lead");
    assert_eq!(values[0]["value"], 7);
}

#[test]
fn one_profile_has_no_people_table() {
    let one = json(&["--profile", TEAM[0]]);
    assert!(one.get("people").is_none());
}

#[test]
fn a_group_summary_matches_the_golden_file() {
    let mut args = vec!["export"];
    args.extend(team_args());
    assert_golden("team.md", &ok(&args));
}

#[test]
fn one_file_given_twice_is_an_error() {
    let dir = tempdir();
    let copy = dir.path().join("lead.yaml");
    fs::copy(repo(TEAM[0]), &copy).unwrap();
    let link = dir.path().join("again.yaml");
    std::os::unix::fs::symlink(&copy, &link).unwrap();
    let err = fails(
        &[
            "recommend",
            "--profile",
            path_str(&copy),
            "--profile",
            path_str(&link),
        ],
        1,
    );
    assert!(err.contains("again.yaml: is the same file as"), "{err}");
    assert!(err.contains("give each person's profile once"), "{err}");
    // A hard link is the same file under another name, too.
    let hard = dir.path().join("hard.yaml");
    fs::hard_link(&copy, &hard).unwrap();
    let err = fails(
        &[
            "recommend",
            "--profile",
            path_str(&copy),
            "--profile",
            path_str(&hard),
        ],
        1,
    );
    assert!(err.contains("hard.yaml: is the same file as"), "{err}");
}

#[test]
fn two_people_of_one_name_is_an_error() {
    let dir = tempdir();
    let other = dir.path().join("lead.yaml");
    fs::write(&other, "pack: python-vs-node\nname: Lead\nvalues: {}\n").unwrap();
    let err = fails(
        &[
            "recommend",
            "--profile",
            TEAM[0],
            "--profile",
            path_str(&other),
        ],
        1,
    );
    assert!(err.contains("names the same person as"), "{err}");
    assert!(err.contains("`Lead`"), "{err}");
}

#[test]
fn a_profile_for_another_pack_is_an_error_at_its_line() {
    let dir = tempdir();
    let other = dir.path().join("other.yaml");
    fs::write(&other, "name: Sam\npack: go-vs-rust\nvalues: {}\n").unwrap();
    let err = fails(
        &[
            "export",
            "--profile",
            TEAM[0],
            "--profile",
            path_str(&other),
        ],
        1,
    );
    assert!(
        err.contains("other.yaml:2:1: this profile is for pack `go-vs-rust`, not `python-vs-node`"),
        "{err}"
    );
}

#[test]
fn a_name_with_control_characters_is_shown_escaped_everywhere() {
    let dir = tempdir();
    let evil = dir.path().join("evil.yaml");
    fs::write(
        &evil,
        "pack: python-vs-node\nname: \"\\e]0;owned\\a\\e[31mEve | *x*\"\nvalues: {data_ai: 2}\n",
    )
    .unwrap();
    for format in ["text", "json", "markdown"] {
        let out = ok(&[
            "recommend",
            "--format",
            format,
            "--profile",
            TEAM[0],
            "--profile",
            path_str(&evil),
        ]);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{format}: {out}"
        );
        assert!(out.contains("Eve"), "{format}: {out}");
    }
    let markdown = ok(&["export", "--profile", TEAM[0], "--profile", path_str(&evil)]);
    assert!(markdown.contains("Eve \\| \\*x\\*"), "{markdown}");
}
