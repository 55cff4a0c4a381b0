//! The article pack's verdicts against the article's own words: each test
//! quotes what the article says and sets the sliders that describe it, then
//! reads the verdict, the rules that apply and the close-call text as the
//! JSON gives them. The pack's own `situations:` hold the same cases for
//! `check`; these hold them through the command line a script would use.

use serde_json::Value;

use super::{json, sets, strs};

/// The JSON recommendation at these values.
fn at(pairs: &[(&str, u32)]) -> Value {
    let set = sets(pairs);
    json(&strs(&set))
}

/// "python", "node", or "close" for a close call.
fn verdict(pairs: &[(&str, u32)]) -> String {
    let value = at(pairs);
    match value["verdict"]["kind"].as_str() {
        Some("winner") => value["verdict"]["option"].as_str().unwrap().to_owned(),
        Some("close_call") => "close".into(),
        other => panic!("verdict kind {other:?}"),
    }
}

/// The ids of the rules that apply at these values, in pack order.
fn applying(pairs: &[(&str, u32)]) -> Vec<String> {
    ids(&at(pairs), "applies")
}

fn ids(value: &Value, flag: &str) -> Vec<String> {
    value["rules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|rule| rule[flag] == Value::Bool(true))
        .map(|rule| rule["id"].as_str().unwrap().to_owned())
        .collect()
}

/// The close-call text shown at these values.
fn close_text(pairs: &[(&str, u32)]) -> String {
    at(pairs)["verdict"]["text"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn at_the_defaults_it_is_too_close_to_call() {
    // "both are solid, mature, and capable of powering anything from a small
    // API to a large-scale system"
    let value = at(&[]);
    assert_eq!(value["verdict"]["kind"], "close_call");
    assert_eq!(
        value["verdict"]["options"],
        serde_json::json!(["python", "node"])
    );
    // Both fit well: neither looks like a failing grade.
    for score in value["scores"].as_array().unwrap() {
        assert!(score["score"].as_u64().unwrap() >= 60, "{score}");
    }
    assert!(ids(&value, "applies").is_empty(), "no rule's if holds");
    assert_eq!(
        value["verdict"]["text"],
        "both are solid, mature, and capable of powering anything from a small API to a large-scale system"
    );
}

#[test]
fn data_ml_or_ai_alone_means_python() {
    // "choose Python if your project touches data, machine learning, AI, or
    // automation"; "It is the natural choice when a project touches data"
    assert_eq!(verdict(&[("data_ai", 10)]), "python");
    assert_eq!(
        applying(&[("data_ai", 10)]),
        ["python-data", "python-computation"]
    );
    let value = at(&[("data_ai", 10)]);
    assert_eq!(ids(&value, "matches"), ids(&value, "applies"));
}

#[test]
fn clarity_alone_means_python() {
    // "... or if you value clarity and productivity; it is hard to beat on
    // that ground."
    assert_eq!(verdict(&[("clarity", 10)]), "python");
    assert_eq!(applying(&[("clarity", 10)]), ["python-data"]);
}

#[test]
fn real_time_or_high_concurrency_alone_means_node() {
    // "Choose Node.js if you are building real-time applications, lightweight
    // high-concurrency APIs ..."
    assert_eq!(verdict(&[("realtime", 10)]), "node");
    assert_eq!(verdict(&[("concurrency", 10)]), "node");
    assert_eq!(applying(&[("realtime", 10)]), ["node"]);
    assert_eq!(applying(&[("concurrency", 10)]), ["node"]);
}

#[test]
fn touching_data_is_as_low_a_bar_as_building_real_time_applications() {
    // The two rules are the article's parallel claims, and "touches" is no
    // higher a bar: data decides from no later a value of its slider than
    // real time does of its own, and each rule applies from where its
    // slider decides.
    let first = |id: &str, wins: &str| {
        (0..=10)
            .find(|&v| verdict(&[(id, v)]) == wins)
            .unwrap_or_else(|| panic!("{id} never gives {wins}"))
    };
    let (data, realtime) = (first("data_ai", "python"), first("realtime", "node"));
    assert!(
        data <= realtime,
        "data from {data}, real time from {realtime}"
    );
    assert!(applying(&[("data_ai", data - 1)]).is_empty());
    assert_eq!(
        applying(&[("data_ai", data)]),
        ["python-data", "python-computation"]
    );
    assert!(applying(&[("realtime", realtime - 1)]).is_empty());
    assert_eq!(applying(&[("realtime", realtime)]), ["node"]);
}

#[test]
fn a_team_that_knows_one_language_well_chooses_it() {
    // "weigh your team's knowledge: the technology your people already master
    // usually performs better than the one that is theoretically ideal but
    // unfamiliar"
    assert_eq!(verdict(&[("team_js", 10)]), "node");
    assert_eq!(verdict(&[("team_python", 10)]), "python");
    // A JavaScript team alone is not the Node.js rule, which also asks for
    // one language: only the article's advice on the team applies.
    assert_eq!(applying(&[("team_js", 10)]), ["team-node"]);
    assert_eq!(applying(&[("team_python", 10)]), ["team-python"]);
}

#[test]
fn a_little_knowledge_of_either_language_weighs_the_same() {
    // The rule for either language is the same sentence: a team that knows
    // some JavaScript and one that knows as much Python get the same kind of
    // verdict, at every level.
    for level in 0..=10 {
        let js = verdict(&[("team_js", level)]);
        let python = verdict(&[("team_python", level)]);
        assert_eq!(
            js == "close",
            python == "close",
            "team_js={level}: {js}; team_python={level}: {python}"
        );
    }
    assert_eq!(verdict(&[("team_js", 3)]), "close");
    assert_eq!(verdict(&[("team_python", 3)]), "close");
}

#[test]
fn the_team_rule_is_for_the_language_the_team_knows_clearly_better() {
    // "the technology your people already master": not ticked against the
    // team, and never on equal knowledge.
    assert!(applying(&[("team_python", 9), ("team_js", 8)]).is_empty());
    assert_eq!(verdict(&[("team_python", 9), ("team_js", 8)]), "close");
    for level in [2, 5, 10] {
        let both = [("team_js", level), ("team_python", level)];
        assert_eq!(verdict(&both), "close", "{level}");
        assert!(applying(&both).is_empty(), "{level}");
    }
    assert_eq!(
        applying(&[("team_python", 10), ("team_js", 2)]),
        ["team-python"]
    );
}

#[test]
fn the_node_rule_needs_its_own_if() {
    // A JavaScript team with an I/O-leaning workload, and nothing else: no
    // real time, no high concurrency, no single language wanted.
    assert!(applying(&[("team_js", 10), ("workload", 4)]).contains(&"team-node".to_owned()));
    assert!(!applying(&[("team_js", 10), ("workload", 4)]).contains(&"node".to_owned()));
    // A plain API is not a "lightweight high-concurrency API".
    assert!(applying(&[("concurrency", 2)]).is_empty());
    assert!(applying(&[("workload", 3), ("concurrency", 2)]).is_empty());
}

#[test]
fn a_team_that_knows_both_equally_is_too_close_to_call() {
    assert_eq!(verdict(&[("team_js", 10), ("team_python", 10)]), "close");
    for level in [3, 6] {
        assert_eq!(
            verdict(&[("team_js", level), ("team_python", level)]),
            "close",
            "{level}"
        );
    }
}

#[test]
fn one_language_alone_does_not_decide_but_with_a_javascript_team_it_does() {
    // "if your team already knows JavaScript and you want a single language
    // across the whole stack": the two together, not either alone.
    assert_eq!(verdict(&[("one_language", 1)]), "close");
    assert!(applying(&[("one_language", 1)]).is_empty());
    assert_eq!(verdict(&[("team_js", 10), ("one_language", 1)]), "node");
    assert_eq!(
        applying(&[("team_js", 10), ("one_language", 1)]),
        ["node", "team-node"]
    );
    // Wanting one language adds to a JavaScript team's case ...
    let lead = |pairs: &[(&str, u32)]| at(pairs)["verdict"]["lead"].as_f64().unwrap();
    assert!(lead(&[("team_js", 4), ("one_language", 1)]) > lead(&[("team_js", 4)]));
    // ... and alone is not the rule, whose "and" needs the team.
    assert!(applying(&[("one_language", 1), ("team_js", 4)]).is_empty());
    assert_eq!(
        applying(&[("one_language", 1), ("team_js", 5)]),
        ["node", "team-node"]
    );
}

#[test]
fn the_mirror_cases_are_close_calls() {
    // A Python team building a chat app, and a JavaScript team on heavy
    // computation: the team's knowledge against the project's need, each as
    // strong as the other, on both sides.
    assert_eq!(verdict(&[("team_python", 10), ("realtime", 10)]), "close");
    assert_eq!(verdict(&[("team_js", 10), ("workload", 10)]), "close");
    // "the difference is only decisive in extreme cases of real-time or heavy
    // computation": the two extremes weigh alike.
    let both = at(&[("realtime", 10), ("workload", 10)]);
    assert_eq!(both["verdict"]["kind"], "close_call");
    let lead = both["verdict"]["lead"].as_f64().unwrap();
    assert!(lead <= 5.0, "well inside the margin of 10: {lead}");
}

#[test]
fn a_rule_that_points_away_from_the_verdict_says_why() {
    // The Python team building a chat app: both rules apply, neither is the
    // verdict, and each says what outweighs it.
    let value = at(&[("team_python", 10), ("realtime", 10)]);
    assert_eq!(ids(&value, "applies"), ["node", "team-python"]);
    assert!(ids(&value, "matches").is_empty());
    let rules = value["rules"].as_array().unwrap();
    let node = rules.iter().find(|r| r["id"] == "node").unwrap();
    assert_eq!(node["outweighed_by"]["option"], "python");
    assert_eq!(node["outweighed_by"]["factors"][0]["factor"], "team");
    let team = rules.iter().find(|r| r["id"] == "team-python").unwrap();
    assert_eq!(team["outweighed_by"]["option"], "node");
    assert_eq!(team["outweighed_by"]["factors"][0]["factor"], "real-time");
    // Node.js leads by less than a tenth of the margin: the leads mirror.
    let lead = team["outweighed_by"]["lead"].as_f64().unwrap();
    assert_eq!(node["outweighed_by"]["lead"].as_f64().unwrap(), -lead);
    // Each lead is its rival's fit less its own option's, to a tenth.
    let fit = |id: &str| {
        let scores = value["scores"].as_array().unwrap();
        let score = scores.iter().find(|s| s["option"] == id).unwrap();
        score["fit"].as_f64().unwrap()
    };
    assert!(lead > 0.0, "{lead}");
    assert!(
        (lead - (fit("node") - fit("python"))).abs() <= 0.05,
        "{lead}"
    );
    let text = super::common::ok(&[
        "recommend",
        "--set",
        "team_python=10",
        "--set",
        "realtime=10",
    ]);
    // The text wraps at 80 columns: read it as one line.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("The article's rule points to Python; the weighing says too close to call: Node.js leads Python by 0.6 fit points, most of all on “Real time” (15.1)."),
        "{text}"
    );
    // Node.js leads, but by less than the margin: so the note says.
    assert!(
        text.contains("The article's rule points to Node.js; the weighing says too close to call: Node.js leads Python by only 0.6 fit points, within the margin of 10, with “Your team's knowledge” (14.5) for Python."),
        "{text}"
    );
}

#[test]
fn performance_decides_only_at_the_extremes_of_the_workload() {
    // "For most applications, both perform more than well enough; the
    // difference is only decisive in extreme cases of real-time or heavy
    // computation."
    assert_eq!(verdict(&[("workload", 10)]), "python");
    assert_eq!(verdict(&[("workload", 0)]), "node");
    for middle in 3..=7 {
        assert_eq!(
            verdict(&[("workload", middle)]),
            "close",
            "workload {middle}"
        );
    }
    assert_eq!(applying(&[("workload", 10)]), ["python-computation"]);
}

#[test]
fn a_plain_api_is_not_decided_by_performance() {
    // Python is "an excellent option for APIs and web applications in
    // general"; Node.js is "ideal for ... lightweight APIs".
    assert_eq!(verdict(&[("workload", 3), ("concurrency", 2)]), "close");
    assert_eq!(
        close_text(&[("workload", 3), ("concurrency", 2)]),
        "For most applications, both perform more than well enough; the difference is only decisive in extreme cases of real-time or heavy computation."
    );
}

#[test]
fn the_close_call_text_fits_the_situation() {
    // The performance sentence never beside extreme real time, where it
    // would say the opposite of the case.
    let extreme = close_text(&[("realtime", 10), ("workload", 10)]);
    assert!(!extreme.contains("decisive"), "{extreme}");
    assert_eq!(
        extreme,
        "The question is not which one is better in the abstract, but which one fits your kind of project, your team, and your needs."
    );
    let team = close_text(&[("team_js", 10), ("team_python", 10)]);
    assert!(!team.contains("decisive"), "{team}");
    // A winner has no close-call text.
    assert!(at(&[("data_ai", 10)])["verdict"].get("text").is_none());
}

#[test]
fn everything_at_the_extremes() {
    // All at 0 is an I/O-bound service at the extreme: Node.js "excels at
    // input/output-heavy workloads". All at the top pulls every way at once.
    let lowest: Vec<(&str, u32)> = super::TRAITS.iter().map(|&id| (id, 0)).collect();
    assert_eq!(verdict(&lowest), "node");
    let highest: Vec<(&str, u32)> = super::TRAITS
        .iter()
        .map(|&id| (id, if id == "one_language" { 1 } else { 10 }))
        .collect();
    assert_eq!(verdict(&highest), "close");
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
