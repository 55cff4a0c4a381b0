//! The article pack's verdicts against the article's own words: each test
//! quotes what the article says and sets the sliders that describe it.

use serde_json::Value;

use super::{json, sets, strs};

/// "python", "node", or "close" for a close call, at these slider values.
fn verdict(pairs: &[(&str, u32)]) -> String {
    let set = sets(pairs);
    let value = json(&strs(&set));
    match value["verdict"]["kind"].as_str() {
        Some("winner") => value["verdict"]["option"].as_str().unwrap().to_owned(),
        Some("close_call") => "close".into(),
        other => panic!("verdict kind {other:?}"),
    }
}

/// The texts of the rules that match at these values.
fn matching_rules(pairs: &[(&str, u32)]) -> Vec<String> {
    let set = sets(pairs);
    json(&strs(&set))["rules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|rule| rule["matches"] == Value::Bool(true))
        .map(|rule| {
            format!(
                "{}: {}",
                rule["option"].as_str().unwrap(),
                rule["text"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn at_the_defaults_it_is_too_close_to_call() {
    // "both are solid, mature, and capable of powering anything from a small
    // API to a large-scale system"
    let value = json(&[]);
    assert_eq!(value["verdict"]["kind"], "close_call");
    assert_eq!(
        value["verdict"]["options"],
        serde_json::json!(["python", "node"])
    );
    // Both fit well: neither looks like a failing grade.
    for score in value["scores"].as_array().unwrap() {
        assert!(score["score"].as_u64().unwrap() >= 60, "{score}");
    }
    let text = value["verdict"]["text"].as_str().unwrap();
    assert!(
        text.ends_with(
            "the difference is only decisive in extreme cases of real-time or heavy computation."
        ),
        "{text}"
    );
}

#[test]
fn data_ml_or_ai_alone_means_python() {
    // "choose Python if your project touches data, machine learning, AI, or automation"
    assert_eq!(verdict(&[("data_ai", 10)]), "python");
    assert_eq!(verdict(&[("data_ai", 5)]), "python");
    assert!(
        matching_rules(&[("data_ai", 10)])[0]
            .starts_with("python: choose Python if your project touches data")
    );
}

#[test]
fn clarity_alone_means_python() {
    // "... or if you value clarity and productivity; it is hard to beat on that ground."
    assert_eq!(verdict(&[("clarity", 10)]), "python");
}

#[test]
fn real_time_or_high_concurrency_alone_means_node() {
    // "Choose Node.js if you are building real-time applications, lightweight
    // high-concurrency APIs ..."
    assert_eq!(verdict(&[("realtime", 10)]), "node");
    assert_eq!(verdict(&[("concurrency", 10)]), "node");
    let rules = matching_rules(&[("realtime", 10)]);
    assert_eq!(rules.len(), 1, "{rules:?}");
    assert!(
        rules[0].starts_with("node: Choose Node.js if you are building real-time applications")
    );
}

#[test]
fn a_team_that_knows_one_language_well_chooses_it() {
    // "weigh your team's knowledge: the technology your people already master
    // usually performs better than the one that is theoretically ideal but unfamiliar"
    assert_eq!(verdict(&[("team_js", 10)]), "node");
    assert_eq!(verdict(&[("team_python", 10)]), "python");
    // The Node.js rule speaks of a JavaScript team *and* one language: a
    // JavaScript team alone matches only the article's advice on the team.
    let rules = matching_rules(&[("team_js", 10)]);
    assert_eq!(rules.len(), 1, "{rules:?}");
    assert!(
        rules[0].starts_with("node: weigh your team's knowledge"),
        "{rules:?}"
    );
}

#[test]
fn a_team_that_knows_both_equally_is_too_close_to_call() {
    for level in [3, 6, 10] {
        assert_eq!(
            verdict(&[("team_js", level), ("team_python", level)]),
            "close",
            "{level}"
        );
    }
}

#[test]
fn compute_heavy_work_decides_only_at_the_extreme() {
    // "the difference is only decisive in extreme cases of real-time or heavy
    // computation"; Python "shines more at compute-intensive tasks".
    assert_eq!(verdict(&[("workload", 10)]), "python");
    for middle in 1..=9 {
        assert_eq!(
            verdict(&[("workload", middle)]),
            "close",
            "workload {middle}"
        );
    }
    assert!(
        matching_rules(&[("workload", 10)])
            .iter()
            .any(|rule| rule.starts_with(
                "python: It is the natural choice when a project touches data, AI, or computation"
            ))
    );
}

#[test]
fn one_language_alone_does_not_decide_but_with_a_javascript_team_it_does() {
    // "if your team already knows JavaScript and you want a single language
    // across the whole stack": the two together, not either alone.
    assert_eq!(verdict(&[("one_language", 1)]), "close");
    assert_eq!(verdict(&[("team_js", 3)]), "close");
    assert_eq!(verdict(&[("team_js", 3), ("one_language", 1)]), "node");
    let rules = matching_rules(&[("team_js", 3), ("one_language", 1)]);
    assert!(
        rules
            .iter()
            .any(|rule| rule.starts_with("node: Choose Node.js")),
        "{rules:?}"
    );
}

#[test]
fn the_team_outweighs_a_lean_towards_the_other_stack() {
    // A JavaScript team on a project that touches a little data: the familiar
    // technology wins, as the article advises.
    assert_eq!(verdict(&[("data_ai", 4), ("team_js", 10)]), "node");
}

#[test]
fn toggles_take_on_and_off() {
    let on = json(&["--set", "team_js=3", "--set", "one_language=on"]);
    let one = json(&["--set", "team_js=3", "--set", "one_language=1"]);
    assert_eq!(on, one);
    assert_eq!(on["values"]["one_language"], 1);
    assert_eq!(
        json(&["--set", "one_language=off"])["values"]["one_language"],
        0
    );
}
