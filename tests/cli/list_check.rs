//! `list`, `check`, profiles, and running without a terminal.

use std::fs;

use serde_json::Value;

use super::{ML_SERVICE, REALTIME_CHAT, TRAITS, json};
use crate::common::{
    assert_no_panic, fails, ok, path_str, repo, run, screen, stderr, stdout, tempdir,
};

#[test]
fn list_prints_every_slider_id_with_plain_ranges() {
    let out = ok(&["list"]);
    let sliders = out.split_once("SLIDERS").expect("a SLIDERS section").1;
    let sliders = sliders
        .split_once("\n\n")
        .map_or(sliders, |(section, _)| section);
    let listed: Vec<&str> = sliders
        .lines()
        .skip(1)
        .filter(|line| !line.starts_with("   "))
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert_eq!(listed, TRAITS, "{out}");
    assert!(out.contains("one_language  off / on  default off"), "{out}");
    assert!(out.contains("data_ai       0–10      default 0"), "{out}");
    assert!(
        out.contains(
            "  team                 Your team's knowledge (weight 24) [python by slider, node\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("  readability          Readability (weight 0) [python 10, node 5 not said]"),
        "{out}"
    );
    let situations = out.split_once("SITUATIONS").expect("the situations").1;
    assert!(
        situations.contains("  a data product\n      data_ai=10 → python\n"),
        "{out}"
    );
    assert!(!out.contains("..="), "{out}");
    assert!(out.lines().all(|line| screen::width(line) <= 80), "{out}");
}

#[test]
fn check_accepts_the_article_pack_and_says_what_it_holds() {
    let out = ok(&["check", "content/python-vs-node.yaml"]);
    let situations = stackcompare::content::embedded().situations.len();
    assert!(situations >= 13, "{situations}");
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(format!(
            "ok  content/python-vs-node.yaml: pack `python-vs-node`, 2 options, 8 factors, 8 sliders, all {situations} situations hold"
        ).as_str())
    );
    // Then what the explorer cuts at 80×24: warnings, which `ok` allowed.
    let rest: Vec<&str> = lines.collect();
    let (count, warnings) = rest.split_last().unwrap();
    assert!(
        warnings
            .iter()
            .all(|l| l.starts_with("content/python-vs-node.yaml:") && l.contains(": warning: ")),
        "{out}"
    );
    assert_eq!(*count, format!("{} warnings (not errors)", warnings.len()));
}

/// Good and broken packs and profiles, mixed: one report on stdout, each
/// file's lines where the file was named (a profile's too, though profiles
/// are checked once every pack is loaded).
#[test]
fn check_reports_in_the_order_the_files_are_named() {
    let dir = tempdir();
    let bad = dir.path().join("bad.yaml");
    fs::write(&bad, "pack: python-vs-node\nvalues:\n  realtim: 5\n").unwrap();
    let empty = "tests/fixtures/broken/empty.yaml";
    let pack = "content/python-vs-node.yaml";
    let output = run(&[
        "check",
        ML_SERVICE,
        empty,
        path_str(&bad),
        pack,
        REALTIME_CHAT,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "", "one stream");
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    // The article pack's warnings sit right under its `ok` line.
    let warnings = lines.iter().filter(|l| l.contains(": warning: ")).count();
    let at = lines
        .iter()
        .position(|l| l.starts_with(&format!("ok  {pack}")));
    let at = at.unwrap_or_else(|| panic!("{out}"));
    assert!(warnings > 0, "{out}");
    assert!(
        lines[at + 1..=at + warnings]
            .iter()
            .all(|l| l.starts_with(&format!("{pack}:")) && l.contains(": warning: ")),
        "{out}"
    );
    let firsts: Vec<String> = lines
        .iter()
        .filter(|l| !l.contains(": warning: "))
        .map(|line| line.split(": ").next().unwrap().to_owned())
        .collect();
    assert_eq!(
        firsts,
        [
            format!("ok  {ML_SERVICE}"),
            empty.to_owned(),
            format!("{}:3:3", bad.display()),
            format!("ok  {pack}"),
            format!("ok  {REALTIME_CHAT}"),
            format!("2 errors found, and {warnings} warnings"),
        ],
        "{out}"
    );
    // The machine formats list the same errors in the same order.
    let json: Value = serde_json::from_str(&stdout(&run(&[
        "check",
        "--format",
        "json",
        ML_SERVICE,
        empty,
        path_str(&bad),
        pack,
    ])))
    .unwrap();
    let files: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["severity"] == "error")
        .map(|e| e["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, [empty, path_str(&bad)]);
    let reversed = stdout(&run(&["check", "--format", "json", path_str(&bad), empty]));
    let json: Value = serde_json::from_str(&reversed).unwrap();
    assert_eq!(json[0]["file"], path_str(&bad), "{reversed}");
}

#[test]
fn check_tries_every_situation_and_names_each_that_fails_at_its_line() {
    let path = "tests/fixtures/situations/wrong.yaml";
    let output = run(&["check", path]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "");
    assert_eq!(
        stdout(&output),
        format!(
            "{path}:76:5: situation “data work, said to be Node.js” expects Node.js, but the pack says Python (fits Python 90, Node.js 48; a lead of 42.1 against the margin of 10)\n\
             {path}:81:5: situation “live connections, with the wrong rule” expects the rules that apply to be `data`, but they are `live`\n\
             2 errors found\n"
        )
    );
    // The same errors for machines, each at its place.
    let json: Value =
        serde_json::from_str(&ok_or_code(&["check", "--format", "json", path], 1)).unwrap();
    let lines: Vec<u64> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [76, 81]);
    // Situations are the author's: every other command loads the pack.
    assert!(ok(&["recommend", "--content", path]).contains("Python or Node.js"));
    let listed = ok(&["list", "--content", path]);
    assert!(
        listed.contains("  a data product\n      data_ai=10 → python or close\n"),
        "{listed}"
    );
}

/// The standard output of a command that exits with `code`.
fn ok_or_code(args: &[&str], code: i32) -> String {
    let output = run(args);
    assert_eq!(output.status.code(), Some(code), "{}", stderr(&output));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn example_profiles_give_the_expected_verdicts() {
    let value = json(&["--profile", ML_SERVICE]);
    assert_eq!(
        (
            value["verdict"]["kind"].as_str(),
            value["verdict"]["option"].as_str()
        ),
        (Some("winner"), Some("python"))
    );
    let value = json(&["--profile", REALTIME_CHAT]);
    assert_eq!(
        (
            value["verdict"]["kind"].as_str(),
            value["verdict"]["option"].as_str()
        ),
        (Some("winner"), Some("node"))
    );
}

#[test]
fn example_profiles_describe_their_project_and_pass_check() {
    for profile in [ML_SERVICE, REALTIME_CHAT] {
        let text = fs::read_to_string(repo(profile)).unwrap();
        assert!(text.starts_with("# "), "{profile} starts with a comment");
        assert!(text.contains("\npack: python-vs-node\n"), "{profile}");
    }
    assert_eq!(ok(&["check", ML_SERVICE, REALTIME_CHAT]).lines().count(), 2);
    ok(&["check", "assets/profiles"]);
}

#[test]
fn a_profile_with_an_unknown_slider_names_file_line_and_column() {
    let dir = tempdir();
    let file = dir.path().join("bad.yaml");
    fs::write(
        &file,
        "pack: python-vs-node\nvalues:\n  data_ai: 3\n  realtim: 5\n",
    )
    .unwrap();
    let expected = format!(
        "{}:4:3: unknown slider `realtim` (did you mean `realtime`?)\n",
        file.display()
    );
    assert_eq!(
        fails(&["recommend", "--profile", path_str(&file)], 1),
        expected
    );
    let output = run(&["check", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), format!("{expected}1 error found\n"));
}

#[test]
fn a_profile_for_an_unknown_pack_still_names_its_unknown_fields() {
    // No pack to check the values against: the fields that are no
    // profile's are still wrong, and reported with the missing pack.
    let dir = tempdir();
    let file = dir.path().join("stray.yaml");
    fs::write(
        &file,
        "pack: nonesuch\ncolour: blue\nvalues:\n  data_ai: 3\n",
    )
    .unwrap();
    let output = run(&["check", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    let field = format!("{}:2:1: unknown field `colour`", file.display());
    assert!(out.contains(&field), "{out}");
    assert!(out.contains("profile for unknown pack `nonesuch`"), "{out}");
    assert!(out.ends_with("2 errors found\n"), "{out}");
}

#[test]
fn a_profile_with_an_out_of_range_value_names_the_range() {
    let dir = tempdir();
    let file = dir.path().join("range.yaml");
    fs::write(&file, "pack: python-vs-node\nvalues:\n  one_language: 3\n").unwrap();
    let err = fails(&["export", "--profile", path_str(&file)], 1);
    assert_eq!(
        err,
        format!(
            "{}:3:3: value 3 of `one_language` is out of range 0–1 (or off / on)\n",
            file.display()
        )
    );
}

#[test]
fn a_profile_for_another_pack_is_refused() {
    let dir = tempdir();
    let file = dir.path().join("other.yaml");
    fs::write(&file, "pack: go-vs-rust\nvalues:\n  data_ai: 3\n").unwrap();
    let err = fails(&["recommend", "--profile", path_str(&file)], 1);
    assert!(
        err.contains("this profile is for pack `go-vs-rust`, not `python-vs-node`"),
        "{err}"
    );
    let output = run(&["check", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("go-vs-rust"));
}

#[test]
fn set_applies_on_top_of_a_profile() {
    let plain = json(&["--profile", ML_SERVICE]);
    let mixed = json(&[
        "--profile",
        ML_SERVICE,
        "--set",
        "data_ai=0",
        "--set",
        "team_python=0",
        "--set",
        "clarity=0",
    ]);
    for id in TRAITS {
        let expected = match id {
            "data_ai" | "team_python" | "clarity" => Value::from(0),
            _ => plain["values"][id].clone(),
        };
        assert_eq!(mixed["values"][id], expected, "{id}");
    }
    assert_eq!(plain["values"]["data_ai"], 9);
}

#[test]
fn no_subcommand_without_a_terminal_points_to_recommend_and_export() {
    let err = fails(&[], 1);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("recommend") && err.contains("export"), "{err}");
    assert_no_panic(&err);
}
