//! `compare A B`: two projects side by side. Each side's verdict and fits
//! are its own `recommend`'s; the sliders listed are the ones set
//! differently; each factor's move is the difference of its two shares;
//! the errors of both sides come at once, each at its place.

use std::fs;

use serde_json::Value;

use super::{ML_SERVICE, REALTIME_CHAT, assert_golden, json};
use crate::common::{fails, ok, path_str, tempdir};

fn compare_json(args: &[&str]) -> Value {
    let mut all = vec!["compare"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    serde_json::from_str(&ok(&all)).expect("compare --format json is JSON")
}

#[test]
fn each_side_is_its_own_recommendation() {
    let compared = compare_json(&[ML_SERVICE, REALTIME_CHAT]);
    assert_eq!(compared["format"], 1);
    for (side, profile) in [("a", ML_SERVICE), ("b", REALTIME_CHAT)] {
        let alone = json(&["--profile", profile]);
        assert_eq!(compared[side]["values"], alone["values"], "{side}");
        assert_eq!(compared[side]["scores"], alone["scores"], "{side}");
        assert_eq!(
            compared[side]["verdict"]["options"], alone["verdict"]["options"],
            "{side}"
        );
        assert_eq!(compared[side]["what"], profile);
    }
    assert_eq!(compared["verdict_changed"], true);
}

#[test]
fn the_sliders_listed_are_the_ones_set_differently() {
    let compared = compare_json(&["--a-set", "realtime=3", "--b-set", "realtime=8"]);
    let sliders = compared["sliders"].as_array().unwrap();
    assert_eq!(sliders.len(), 1);
    assert_eq!(sliders[0]["slider"], "realtime");
    assert_eq!(
        (sliders[0]["a"].as_u64(), sliders[0]["b"].as_u64()),
        (Some(3), Some(8))
    );
    let (a, b) = (&compared["a"]["values"], &compared["b"]["values"]);
    for (id, value) in a.as_object().unwrap() {
        assert_eq!(value != &b[id], id == "realtime", "{id}");
    }
}

#[test]
fn each_move_is_the_difference_of_the_two_shares_furthest_first() {
    let compared = compare_json(&[ML_SERVICE, REALTIME_CHAT]);
    let moved = compared["shares"]["moved"].as_array().unwrap();
    assert!(moved.len() >= 3);
    let f = |v: &Value, key: &str| v[key].as_f64().unwrap();
    for share in moved {
        assert!((f(share, "moved") - (f(share, "b") - f(share, "a"))).abs() < 1e-9);
        let shown = f(share, "b_shown") - f(share, "a_shown");
        assert!((f(share, "moved_shown") - shown).abs() < 1e-9, "{share}");
    }
    let sizes: Vec<f64> = moved.iter().map(|s| f(s, "moved").abs()).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    // The shares are of A's leader's lead: A's reasons, signed (the
    // recommendation shows each within a tenth of the exact share).
    assert_eq!(
        compared["shares"]["leader"],
        compared["a"]["verdict"]["leader"]
    );
    let alone = json(&["--profile", ML_SERVICE]);
    for reason in alone["reasons"].as_array().unwrap() {
        let share = moved.iter().find(|s| s["factor"] == reason["factor"]);
        let signed = if reason["favours"] == alone["verdict"]["leader"] {
            f(reason, "share")
        } else {
            -f(reason, "share")
        };
        if let Some(share) = share {
            assert!((f(share, "a") - signed).abs() <= 0.1 + 1e-9, "{reason}");
        }
    }
}

#[test]
fn the_same_project_twice_differs_in_nothing() {
    let text = ok(&["compare", "defaults", "defaults"]);
    assert!(
        text.contains("The verdict stays too close to call"),
        "{text}"
    );
    assert!(text.contains("The two projects are the same"), "{text}");
    assert!(
        text.contains("No factor's share of the lead moved."),
        "{text}"
    );
    let compared = compare_json(&[]);
    assert_eq!(compared["sliders"], serde_json::json!([]));
    assert_eq!(compared["shares"]["moved"], serde_json::json!([]));
}

#[test]
fn the_numbers_that_differ_say_whose_each_side_is() {
    let dir = tempdir();
    let mine = dir.path().join("mine.yaml");
    fs::write(
        &mine,
        "pack: python-vs-node\nratings:\n  data-ai:\n    node: 7\nweights:\n  ecosystem: 40\n",
    )
    .unwrap();
    let compared = compare_json(&["defaults", path_str(&mine)]);
    assert_eq!(
        compared["numbers"],
        serde_json::json!([
            {"factor": "data-ai", "option": "node",
             "a": {"value": 3, "by": "pack"}, "b": {"value": 7, "by": "reader"}},
            {"factor": "ecosystem", "option": null,
             "a": {"value": 92, "by": "pack"}, "b": {"value": 40, "by": "reader"}},
        ])
    );
}

#[test]
fn a_side_too_long_for_its_line_goes_on_under_itself() {
    let sets = [
        "realtime=8",
        "data_ai=4",
        "one_language=on",
        "team_js=7",
        "team_python=2",
        "concurrency=9",
        "workload=2",
    ];
    let mut args = vec!["compare", "defaults"];
    for set in &sets {
        args.extend(["--b-set", set]);
    }
    let text = ok(&args);
    let lines: Vec<&str> = text.lines().collect();
    let b = lines.iter().position(|l| l.starts_with("B  ")).unwrap();
    // The second line of B's description starts under its first word.
    assert_eq!(
        lines[b + 1],
        "   team_python=2, concurrency=9, workload=2",
        "{text}"
    );
    assert!(lines[b].len() <= 80, "{text}");
}

#[test]
fn the_comparison_reads_as_the_golden_files() {
    assert_golden("compare.txt", &ok(&["compare", ML_SERVICE, REALTIME_CHAT]));
    assert_golden(
        "compare.md",
        &ok(&[
            "compare",
            ML_SERVICE,
            ML_SERVICE,
            "--b-set",
            "data_ai=4",
            "--b-set",
            "one_language=on",
            "--format",
            "markdown",
        ]),
    );
}

#[test]
fn every_problem_of_both_sides_comes_at_once_at_its_place() {
    let dir = tempdir();
    let bad = dir.path().join("bad.yaml");
    fs::write(
        &bad,
        "pack: python-vs-node\nvalues:\n  realtme: 3\n  team_js: 40\n",
    )
    .unwrap();
    let bad = path_str(&bad);
    let err = fails(&["compare", bad, "--b-set", "realtime=80"], 1);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!("{bad}:3:3: unknown slider `realtme` (did you mean `realtime`?)").as_str(),
            format!("{bad}:4:3: value 40 of `team_js` is out of range 0–10").as_str(),
            "--b-set realtime=80: value 80 of `realtime` is out of range 0–10",
        ]
    );
    let err = fails(&["compare", "defaults", "no-such-profile.yaml"], 1);
    assert!(
        err.starts_with("no-such-profile.yaml: cannot read"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let err = fails(&["compare", "--profile", ML_SERVICE], 1);
    assert!(err.contains("not --profile"), "{err}");
    let err = fails(&["compare", "--a-set", "realtime"], 2);
    assert!(err.contains("is not ID=VALUE"), "{err}");
}
