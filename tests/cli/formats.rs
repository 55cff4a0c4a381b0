//! `check --format json|github` on broken packs against golden files, the
//! text format unchanged as the default, and `list --format json`.
//! Refresh the golden files on purpose only, after reading the change:
//! `UPDATE_GOLDEN=1 cargo test --test cli golden`.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{TRAITS, assert_golden};
use crate::common::{assert_no_panic, ok, run, stderr, stdout};

/// Two broken packs (one error without a place) and a good one, whose
/// `ok` line the machine formats leave out.
const FILES: [&str; 3] = [
    "tests/fixtures/broken/several-problems.yaml",
    "tests/fixtures/broken/empty.yaml",
    "content/python-vs-node.yaml",
];

/// `check --format FORMAT` on `files`: exit code, stdout, stderr.
fn check(format: &str, files: &[&str]) -> (Option<i32>, String, String) {
    let mut args = vec!["check", "--format", format];
    args.extend_from_slice(files);
    let output = run(&args);
    let err = stderr(&output);
    assert_no_panic(&err);
    (output.status.code(), stdout(&output), err)
}

#[test]
fn check_github_matches_the_golden_file() {
    let (code, out, err) = check("github", &FILES);
    assert_eq!(code, Some(1));
    assert_eq!(err, "", "nothing but the commands, and those on stdout");
    assert_golden("check-broken.github.txt", &out);
    // The five errors, then the good pack's warnings: never an error.
    let (errors, warnings) = out
        .lines()
        .partition::<Vec<_>, _>(|l| l.starts_with("::error file="));
    assert_eq!(errors.len(), 5, "{out}");
    let good = format!("::warning file={},", FILES[2]);
    assert!(warnings.iter().all(|l| l.starts_with(&good)), "{out}");
    assert!(
        out.starts_with(&format!("{}\n", errors.join("\n"))),
        "{out}"
    );
}

#[test]
fn check_json_matches_the_golden_file() {
    let (code, out, err) = check("json", &FILES);
    assert_eq!(code, Some(1));
    assert_eq!(err, "");
    assert_golden("check-broken.json", &out);
    let list: Vec<Value> = serde_json::from_str(&out).expect("one JSON array");
    for item in &list {
        let keys: BTreeSet<&str> = item
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(
            keys,
            BTreeSet::from(["file", "line", "column", "severity", "message"])
        );
        // Only the good pack warns (of names cut at 80×24); the broken ones
        // have errors to mend first.
        let warns = item["severity"] == "warning";
        assert!(warns || item["severity"] == "error", "{item}");
        assert_eq!(warns, item["file"] == FILES[2], "{item}");
    }
    let list: Vec<&Value> = list.iter().filter(|i| i["severity"] == "error").collect();
    assert_eq!(list.len(), 5, "{out}");
    let lines: Vec<Value> = list.iter().map(|item| item["line"].clone()).collect();
    assert_eq!(
        lines,
        [25, 27, 46, 69]
            .map(Value::from)
            .into_iter()
            .chain([Value::Null])
            .collect::<Vec<_>>()
    );
    assert_eq!(list[4]["column"], Value::Null);
    assert_eq!(list[4]["file"], "tests/fixtures/broken/empty.yaml");
}

#[test]
fn check_machine_formats_of_a_clean_pack_are_empty_and_exit_0() {
    // A pack whose names all fit at 80×24: no error, no warning.
    let fits = "tests/fixtures/valid/fits.yaml";
    let (code, out, err) = check("json", &[fits]);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "[]\n", ""));
    let (code, out, err) = check("github", &[fits]);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "", ""));
}

#[test]
fn check_warnings_alone_leave_the_exit_status_0() {
    // The article pack has names the explorer cuts at 80×24.
    let (code, out, err) = check("json", &[FILES[2]]);
    assert_eq!((code, err.as_str()), (Some(0), ""), "{out}");
    let entries: Value = serde_json::from_str(&out).unwrap();
    let entries = entries.as_array().unwrap();
    assert!(!entries.is_empty(), "{out}");
    for entry in entries {
        assert_eq!(entry["severity"], "warning", "{entry}");
        assert_eq!(entry["file"], FILES[2], "{entry}");
    }
    let (code, out, _) = check("github", &[FILES[2]]);
    assert_eq!(code, Some(0));
    assert_eq!(out.lines().count(), entries.len(), "{out}");
    assert!(
        out.lines().all(|l| l.starts_with("::warning file=")),
        "{out}"
    );
}

#[test]
fn check_text_is_the_default_and_unchanged() {
    let (code, out, err) = check("text", &FILES);
    let mut plain = vec!["check"];
    plain.extend_from_slice(&FILES);
    let default = run(&plain);
    assert_eq!(code, default.status.code());
    assert_eq!(
        (out.as_str(), err.as_str()),
        (stdout(&default).as_str(), stderr(&default).as_str())
    );
    assert_eq!(err, "", "the whole report is on stdout");
    assert!(
        out.starts_with("tests/fixtures/broken/several-problems.yaml:25:5: "),
        "{out}"
    );
    let situations = stackcompare::content::embedded().situations.len();
    // The good pack's `ok` line, its warnings under it, then the count.
    let ok_line = format!(
        "\nok  content/python-vs-node.yaml: pack `python-vs-node`, 2 options, 8 factors, 8 sliders, all {situations} situations hold\n"
    );
    let (_, after) = out.split_once(&ok_line).unwrap_or_else(|| panic!("{out}"));
    let warnings = after.lines().filter(|l| l.contains(": warning: ")).count();
    assert!(warnings > 0, "{out}");
    assert_eq!(
        after,
        format!(
            "{}5 errors found, and {warnings} warnings\n",
            after
                .lines()
                .take(warnings)
                .map(|l| format!("{l}\n"))
                .collect::<String>()
        ),
        "{out}"
    );
    assert!(
        after
            .lines()
            .take(warnings)
            .all(|l| l.starts_with("content/python-vs-node.yaml:")),
        "{out}"
    );
}

#[test]
fn an_unknown_check_format_is_a_usage_error() {
    let (code, out, err) = check("xml", &FILES);
    assert_eq!(code, Some(2));
    assert_eq!(out, "");
    assert!(err.contains("github"), "names the formats: {err}");
}

#[test]
fn list_json_carries_the_article_packs_ids_and_ranges() {
    let value: Value = serde_json::from_str(&ok(&["list", "--format", "json"])).expect("JSON");
    assert_eq!(value["pack"], "python-vs-node");
    assert_eq!(
        value["title"],
        "Python vs Node.js: which backend should you choose?"
    );
    let ids = |list: &str| -> Vec<String> {
        value[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids("options"), ["python", "node"]);
    assert_eq!(ids("traits"), TRAITS);
    assert_eq!(ids("factors").len(), 8);
    assert_eq!(ids("factors")[0], "data-ai");
    let data = &value["factors"][0];
    assert_eq!(
        (data["name"].as_str(), data["weight"].as_u64()),
        (Some("Data and AI"), Some(0))
    );
    assert_eq!(
        data["ratings"],
        serde_json::json!({"python": 10, "node": 3})
    );
    let readability = &value["factors"][3];
    assert_eq!(readability["ratings"]["node"], 5);
    assert_eq!(readability["not_said"], serde_json::json!(["node"]));
    let team = value["factors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "team")
        .unwrap();
    assert_eq!(
        team["rated_by"],
        serde_json::json!({"python": "team_python", "node": "team_js"})
    );
    assert_eq!(team["ratings"], serde_json::json!({}));
    let workload = &value["traits"][3];
    assert_eq!(
        (
            &workload["kind"],
            &workload["min"],
            &workload["max"],
            &workload["default"]
        ),
        (
            &Value::from("slider"),
            &Value::from(0),
            &Value::from(10),
            &Value::from(5)
        )
    );
    assert_eq!(
        (&workload["low"], &workload["high"], &workload["neutral"]),
        (
            &Value::from("I/O-bound"),
            &Value::from("Compute-heavy"),
            &serde_json::json!([3, 7])
        )
    );
    // The rules by id, and the situations the pack is checked against.
    let rules: Vec<&str> = value["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rule| rule["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "python-data",
            "python-computation",
            "node",
            "team-python",
            "team-node"
        ]
    );
    let situations = value["situations"].as_array().unwrap();
    assert!(situations.len() >= 13, "{situations:?}");
    let first = &situations[1];
    assert_eq!(first["values"], serde_json::json!({"data_ai": 10}));
    assert_eq!(first["expect"], serde_json::json!(["python"]));
    let toggle = &value["traits"][4];
    assert_eq!(
        (&toggle["kind"], &toggle["max"], &toggle["low"]),
        (&Value::from("toggle"), &Value::from(1), &Value::Null)
    );
}

#[test]
fn list_text_is_the_default() {
    assert_eq!(ok(&["list", "--format", "text"]), ok(&["list"]));
}
