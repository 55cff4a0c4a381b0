//! The receipt every result carries: the pack's id, the SHA-256 of its
//! file (as `sha256sum` prints it), the tool's version and the values; a
//! profile saved against one version of a pack, read against another.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use stackcompare::content::{self, TOOL_VERSION};
use stackcompare::engine::Overrides;
use stackcompare::profile;

use crate::common::{fails, ok, path_str, repo, run, stderr, stdout, tempdir};

/// What `sha256sum FILE` prints of the file, the digest alone.
fn sha256sum(path: &Path) -> String {
    let output = Command::new("sha256sum")
        .arg(path)
        .output()
        .expect("sha256sum runs");
    let text = String::from_utf8(output.stdout).unwrap();
    text.split_whitespace().next().unwrap().to_owned()
}

fn parsed(text: &str) -> Value {
    serde_json::from_str(text).expect("JSON")
}

#[test]
fn every_json_result_names_the_bytes_of_its_pack() {
    let pack = repo("content/python-vs-node.yaml");
    let digest = sha256sum(&pack);
    let file = path_str(&pack);
    let recommended = parsed(&ok(&[
        "--content",
        file,
        "recommend",
        "--format",
        "json",
        "--set",
        "realtime=7",
    ]));
    let receipt = &recommended["receipt"];
    assert_eq!(receipt["pack"], "python-vs-node");
    assert_eq!(receipt["pack_sha256"], digest.as_str());
    assert_eq!(receipt["tool_version"], TOOL_VERSION);
    assert_eq!(receipt["values"]["realtime"], 7);
    assert_eq!(receipt["values"], recommended["values"]);
    // The embedded pack is the same bytes.
    let embedded = parsed(&ok(&["recommend", "--format", "json"]));
    assert_eq!(embedded["receipt"]["pack_sha256"], digest.as_str());
    let compared = parsed(&ok(&[
        "--content",
        file,
        "compare",
        "defaults",
        "--b-set",
        "realtime=8",
        "--format",
        "json",
    ]));
    for side in ["a", "b"] {
        assert_eq!(compared[side]["receipt"]["pack_sha256"], digest.as_str());
    }
    assert_eq!(compared["b"]["receipt"]["values"]["realtime"], 8);
}

#[test]
fn the_markdown_receipt_names_the_digest_and_its_command_makes_the_same_export() {
    let dir = tempdir();
    let pack = dir.path().join("mine.yaml");
    fs::copy(repo("tests/fixtures/valid/minimal.yaml"), &pack).unwrap();
    let file = path_str(&pack);
    let args = [
        "--content",
        file,
        "export",
        "--set",
        "realtime=8",
        "--rate",
        "data-ai.node=6",
    ];
    let exported = ok(&args);
    assert!(exported.contains(&format!("  `{}`\n", sha256sum(&pack))));
    assert!(exported.contains(&format!("- Made by: stackcompare {TOOL_VERSION}\n")));
    // The file name in the command is a guess, and the receipt says so;
    // the embedded pack's command needs no file, and has no such note.
    let note = "`--content` names the pack's file: give its path where it is kept.";
    assert!(exported.contains(note), "{exported}");
    assert!(!ok(&["export"]).contains(note));
    // The command in the receipt, its `--content` pointed at the file.
    let block = exported
        .split("```sh\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("a shell block");
    let words: Vec<String> = block
        .split_whitespace()
        .filter(|word| *word != "\\")
        .map(|word| {
            if word == "small.yaml" {
                file.to_owned()
            } else {
                word.to_owned()
            }
        })
        .collect();
    assert_eq!(words[0], "stackcompare");
    assert!(words.iter().any(|w| w == "realtime=8"), "{block}");
    assert!(words.iter().any(|w| w == "data-ai.node=6"), "{block}");
    let again: Vec<&str> = words[1..].iter().map(String::as_str).collect();
    assert_eq!(ok(&again), exported);
}

/// The minimal pack, and a later version of it: the slider `data_ai` gone
/// (its rule now asks of Python's team), `realtime` narrowed to 0–5, the
/// factor Data and AI gone.
fn versions(dir: &Path) -> (PathBuf, String, String) {
    let old = fs::read_to_string(repo("tests/fixtures/valid/minimal.yaml")).unwrap();
    let mut new = old.clone();
    for (from, to) in [
        (
            "  - id: data-ai\n    name: Data and AI\n    summary: Python dominates data work.\n    ratings:\n      python: { rating: 10, basis: Python dominates data work }\n      node: { not_said: true }\n",
            "",
        ),
        (
            "  - id: data_ai\n    label: Touches data or AI\n    help: How much of the project is data work.\n    max: 10\n    default: 0\n    raises: { data-ai: 2 }\n",
            "",
        ),
        (
            "    help: How much the project depends on live updates.\n    max: 10\n",
            "    help: How much the project depends on live updates.\n    max: 5\n",
        ),
        ("    when: [data_ai]\n", "    when: [team_python]\n"),
    ] {
        assert_eq!(new.matches(from).count(), 1, "{from}");
        new = new.replace(from, to);
    }
    (dir.join("small.yaml"), old, new)
}

/// A profile as the explorer's `s` saves it, against the pack at `path`.
fn saved_profile(pack_path: &Path, dir: &Path) -> PathBuf {
    let pack = content::load_pack(pack_path).unwrap();
    let mut values = pack.default_values();
    values[pack.slider_index("data_ai").unwrap()] = 3;
    values[pack.slider_index("realtime").unwrap()] = 8;
    let mut overrides = Overrides::default();
    overrides.ratings.insert(
        (
            pack.factor_index("data-ai").unwrap(),
            pack.option_index("node").unwrap(),
        ),
        6,
    );
    let text = profile::to_yaml_with(&pack, &values, &overrides, Some("Ana"));
    let path = dir.join("ana.profile.yaml");
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_saved_profile_carries_the_receipt_and_reads_back_without_a_note() {
    let dir = tempdir();
    let (pack, old, _) = versions(dir.path());
    fs::write(&pack, &old).unwrap();
    let saved = saved_profile(&pack, dir.path());
    let text = fs::read_to_string(&saved).unwrap();
    assert!(
        text.contains(&format!("\npack_sha256: {}\n", sha256sum(&pack))),
        "{text}"
    );
    assert!(
        text.contains(&format!("\ntool_version: \"{TOOL_VERSION}\"\n")),
        "{text}"
    );
    let output = run(&[
        "--content",
        path_str(&pack),
        "--profile",
        path_str(&saved),
        "recommend",
        "--strict",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "", "the same bytes need no note");
}

#[test]
fn a_profile_read_against_another_version_says_what_that_touches_and_strict_refuses_it() {
    let dir = tempdir();
    let (pack, old, new) = versions(dir.path());
    fs::write(&pack, &old).unwrap();
    let saved = saved_profile(&pack, dir.path());
    fs::write(&pack, &new).unwrap();
    let (file, profile) = (path_str(&pack), path_str(&saved));
    let output = run(&[
        "--content",
        file,
        "--profile",
        profile,
        "recommend",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let note = stderr(&output);
    assert_eq!(note.lines().count(), 1, "one line: {note}");
    // At the profile's `pack_sha256`, after its comment, `pack:` and `name:`.
    assert!(
        note.starts_with(&format!(
            "{profile}:4:1: note: saved against another version of pack `small`"
        )),
        "{note}"
    );
    assert!(
        note.contains("slider `data_ai` is gone (its 3 is not used)"),
        "{note}"
    );
    assert!(
        note.contains("“Real-time features” now ends at 5, so 8 is taken as 5"),
        "{note}"
    );
    assert!(
        note.contains("your rating of `node` on `data-ai` no longer applies"),
        "{note}"
    );
    let result = parsed(&stdout(&output));
    assert_eq!(result["values"]["realtime"], 5);
    assert_eq!(result["receipt"]["pack_sha256"], sha256sum(&pack).as_str());
    // Every command that reads profiles says it; --strict fails instead.
    let err = fails(
        &[
            "--content",
            file,
            "--profile",
            profile,
            "recommend",
            "--strict",
        ],
        1,
    );
    assert!(
        err.starts_with(&format!("{profile}:4:1: saved against another version")),
        "{err}"
    );
    assert!(err.contains("--strict"), "{err}");
    let compared = run(&["--content", file, "compare", profile]);
    assert_eq!(compared.status.code(), Some(0));
    assert!(stderr(&compared).contains("note: saved against another version"));
    fails(&["--content", file, "compare", profile, "--strict"], 1);
}

/// The note `recommend` writes for the profile at `profile`, read against
/// the pack at `pack`; the command must succeed.
fn drift_note(pack: &Path, profile: &Path) -> String {
    let output = run(&[
        "--content",
        path_str(pack),
        "--profile",
        path_str(profile),
        "recommend",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stderr(&output)
}

#[test]
fn a_weight_for_a_factor_gone_since_is_a_note_not_an_error() {
    let dir = tempdir();
    let (pack, old, new) = versions(dir.path());
    fs::write(&pack, &old).unwrap();
    let loaded = content::load_pack(&pack).unwrap();
    let mut overrides = Overrides::default();
    overrides
        .weights
        .insert(loaded.factor_index("data-ai").unwrap(), 5);
    let text = profile::to_yaml_with(&loaded, &loaded.default_values(), &overrides, None);
    assert!(text.contains("weights:\n  data-ai: 5\n"), "{text}");
    let saved = dir.path().join("weighed.profile.yaml");
    fs::write(&saved, text).unwrap();
    fs::write(&pack, &new).unwrap();
    let note = drift_note(&pack, &saved);
    assert!(
        note.contains("factor `data-ai` is gone (your weight for it is not used)"),
        "{note}"
    );
}

#[test]
fn a_slider_added_since_the_profile_was_saved_starts_at_its_default() {
    // Saved against the later version (no `data_ai`), read against the
    // earlier one, which has it.
    let dir = tempdir();
    let (pack, old, new) = versions(dir.path());
    fs::write(&pack, &new).unwrap();
    let loaded = content::load_pack(&pack).unwrap();
    let text = profile::to_yaml_with(
        &loaded,
        &loaded.default_values(),
        &Overrides::default(),
        None,
    );
    let saved = dir.path().join("later.profile.yaml");
    fs::write(&saved, text).unwrap();
    fs::write(&pack, &old).unwrap();
    let note = drift_note(&pack, &saved);
    assert!(
        note.contains("“Touches data or AI” is new and starts at its default 0"),
        "{note}"
    );
    // The sliders the profile sets are not new.
    assert!(!note.contains("“Real-time features” is new"), "{note}");
}

#[test]
fn a_profile_without_a_receipt_is_checked_as_written() {
    let dir = tempdir();
    let (pack, old, new) = versions(dir.path());
    fs::write(&pack, &new).unwrap();
    let profile = dir.path().join("hand.yaml");
    // Written by hand: no digest, so an unknown slider is a typo, not a change.
    fs::write(&profile, "pack: small\nvalues:\n  data_ai: 3\n").unwrap();
    let err = fails(
        &[
            "--content",
            path_str(&pack),
            "--profile",
            path_str(&profile),
            "recommend",
        ],
        1,
    );
    assert!(err.contains(":3:3: unknown slider `data_ai`"), "{err}");
    // A digest that is not one is an error at its line.
    fs::write(&pack, &old).unwrap();
    fs::write(
        &profile,
        "pack: small\npack_sha256: 12ab\nvalues:\n  data_ai: 3\n",
    )
    .unwrap();
    let err = fails(
        &[
            "--content",
            path_str(&pack),
            "--profile",
            path_str(&profile),
            "recommend",
        ],
        1,
    );
    assert!(err.contains(":2:"), "{err}");
    assert!(err.contains("`12ab` is not a SHA-256"), "{err}");
}

#[test]
fn the_readme_shows_the_digest_of_the_article_pack_as_it_is() {
    let readme = fs::read_to_string(repo("README.md")).unwrap();
    let digest = sha256sum(&repo("content/python-vs-node.yaml"));
    assert!(
        readme.contains(&format!("pack_sha256: {digest}\n")),
        "README's profile example names another digest than the article pack's {digest}: update it"
    );
}
