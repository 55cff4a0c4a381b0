//! `recommend`: the JSON object scripts read, the text people read, and
//! `--set` with its errors.

use std::fs;

use serde_json::Value;

use super::{ML_SERVICE, REALTIME_CHAT, TRAITS, assert_golden, json, sets, strs};
use crate::common::{fails, ok, path_str, repo, screen, tempdir};

/// RobustnessCount projects: every slider within one step. At the ML service's
/// values the count is the product of each slider's choices, all checked.
#[test]
fn json_says_how_sure_the_verdict_is() {
    let value = json(&["--profile", ML_SERVICE]);
    let robustness = &value["robustness"];
    let pack = stackcompare::content::embedded();
    let mut expected = 1u64;
    for (id, v) in value["values"].as_object().unwrap() {
        let max = pack.sliders.iter().find(|t| t.id == *id).unwrap().max;
        let v = v.as_u64().unwrap();
        expected *= 1 + u64::from(v > 0) + u64::from(v < u64::from(max));
    }
    assert_eq!(robustness["checked"], expected);
    assert_eq!(robustness["sampled"], false);
    let kept = robustness["kept"].as_u64().unwrap();
    assert!(kept >= 1 && kept <= expected, "{robustness}");
    let share = robustness["share"].as_f64().unwrap();
    assert!((share - kept as f64 / expected as f64).abs() < 1e-12);
    let text = ok(&["recommend", "--profile", ML_SERVICE]);
    let percent = 100 * kept / expected;
    assert!(
        text.contains(&format!("holds in {percent}% of nearby projects")),
        "{text}"
    );
    let shown = stackcompare::textkit::thousands(expected);
    assert!(text.contains(&format!("all {shown} checked")), "{text}");
}

#[test]
fn json_at_defaults_has_the_documented_keys() {
    let value = json(&[]);
    let object = value.as_object().expect("one JSON object");
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "format",
            "pack",
            "values",
            "scores",
            "verdict",
            "robustness",
            "factors",
            "reasons",
            "others",
            "rules",
            "tipping_points",
            "overrides",
            "rating_tipping_points",
            "weight_tipping_points",
            "fragile",
            "receipt"
        ]
    );
    assert_eq!(value["pack"], "python-vs-node");
    let values = value["values"].as_object().unwrap();
    assert_eq!(
        values.keys().map(String::as_str).collect::<Vec<_>>(),
        TRAITS
    );
    for (id, v) in values {
        assert_eq!(v, if id == "workload" { 5 } else { 0 }, "default of {id}");
    }
    // scores: best first, the rounded fit and the exact one.
    for score in value["scores"].as_array().unwrap() {
        let fit = score["fit"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&fit));
        assert_eq!(
            score["score"].as_u64().unwrap(),
            (fit + 0.5).floor() as u64,
            "{score}"
        );
    }
    let verdict = &value["verdict"];
    assert_eq!(verdict["kind"], "close_call");
    assert!(verdict["option"].is_null());
    assert_eq!(verdict["options"], serde_json::json!(["python", "node"]));
    assert_eq!(verdict["margin"], 10);
    // factors: every factor with its importance and every option's rating.
    let factors = value["factors"].as_array().unwrap();
    assert_eq!(factors.len(), 8);
    let data = &factors[0];
    assert_eq!(data["factor"], "data-ai");
    assert_eq!(
        data["importance"], 0,
        "data counts only once it is asked for"
    );
    assert_eq!(
        data["ratings"],
        serde_json::json!({"python": 10, "node": 3})
    );
    // A basis cut from a longer sentence carries the whole sentence.
    assert_eq!(
        data["sources"]["node"],
        serde_json::json!({
            "kind": "quoted",
            "by": "pack",
            "basis": "Node.js is secondary on that ground",
            "sentence": "Data and AI: Python dominates; Node.js is secondary on that ground."
        })
    );
    let readability = &factors[3];
    assert_eq!(
        readability["sources"]["node"],
        serde_json::json!({"kind": "not_said", "by": "pack"})
    );
    assert_eq!(readability["ratings"]["node"], 5);
    let team = &factors[7];
    assert_eq!(
        team["sources"]["python"],
        serde_json::json!({"kind": "slider", "by": "reader", "slider": "team_python"})
    );
    // Every rule, whether it applies, and whether it is the verdict's.
    for rule in value["rules"].as_array().unwrap() {
        assert_eq!(rule["applies"], false, "{rule}");
        assert_eq!(rule["matches"], false, "{rule}");
        assert!(rule["id"].is_string(), "{rule}");
    }
    assert_eq!(value["others"], serde_json::json!([]));
}

#[test]
fn json_reasons_add_up_to_the_lead() {
    let value = json(&["--set", "data_ai=8", "--set", "realtime=2"]);
    assert_eq!(value["verdict"]["kind"], "winner");
    let leader = value["verdict"]["leader"].as_str().unwrap();
    let total: f64 = value["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let share = r["share"].as_f64().unwrap();
            if r["favours"] == leader {
                share
            } else {
                -share
            }
        })
        .sum();
    // Each share is shown to a tenth, rounded so that they add up to the
    // lead as shown; the exact lead is within rounding of that.
    let shown = value["verdict"]["lead_shown"].as_f64().unwrap();
    assert!((total - shown).abs() < 1e-9, "{total} vs {shown}");
    let lead = value["verdict"]["lead"].as_f64().unwrap();
    assert!((lead - shown).abs() <= 0.05, "{lead} vs {shown}");
    let first = &value["reasons"][0];
    assert_eq!(first["factor"], "data-ai");
    assert_eq!(first["importance"], 32);
    assert_eq!(
        first["raised_by"],
        serde_json::json!([{"trait": "data_ai", "adds": 32}])
    );
    assert_eq!(
        first["ratings"],
        serde_json::json!({"python": 10, "node": 3})
    );
    assert_eq!(value["reasons"][1]["favours"], "node");
    // The text signs each share and says what they add up to.
    let text = ok(&["recommend", "--set", "data_ai=8", "--set", "realtime=2"]);
    let lead = stackcompare::textkit::tenths((10.0 * shown).round() as u64);
    assert!(text.contains("  +"), "{text}");
    assert!(text.contains("  −"), "{text}");
    assert!(
        text.contains(&format!("= {lead} fit points, Python's lead over Node.js")),
        "{text}"
    );
}

#[test]
fn json_opens_with_its_format_and_gives_the_lead_exactly() {
    for args in [
        &["--set", "data_ai=8", "--set", "realtime=2"][..],
        &["--set", "realtime=10", "--set", "workload=10"],
        &["--profile", ML_SERVICE],
    ] {
        let value = json(args);
        let (first, format) = value.as_object().unwrap().iter().next().unwrap();
        assert_eq!((first.as_str(), format), ("format", &Value::from(1)));
        let fits: Vec<f64> = value["scores"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["fit"].as_f64().unwrap())
            .collect();
        let lead = value["verdict"]["lead"].as_f64().unwrap();
        assert!(
            (lead - (fits[0] - fits[1])).abs() < 1e-9,
            "{args:?}: {lead} vs {fits:?}"
        );
        let shown = value["verdict"]["lead_shown"].as_f64().unwrap();
        assert_eq!(shown, (10.0 * lead).round() / 10.0, "{args:?}");
    }
    // Not every lead is a whole number of tenths: full precision shows.
    let lead = json(&["--set", "data_ai=8", "--set", "realtime=2"])["verdict"]["lead"]
        .as_f64()
        .unwrap();
    assert_ne!(lead, (10.0 * lead).round() / 10.0, "{lead}");
}

#[test]
fn json_is_the_same_bytes_every_time() {
    let args = ["recommend", "--format", "json", "--set", "data_ai=6"];
    assert_eq!(ok(&args), ok(&args));
}

#[test]
fn tipping_points_in_json_are_real() {
    let value = json(&[]);
    let tips = value["tipping_points"].as_array().unwrap();
    let data_ai: Vec<&Value> = tips
        .iter()
        .filter(|tip| tip["trait"] == "data_ai" && tip["direction"] == "above")
        .collect();
    assert_eq!(data_ai.len(), 1, "{tips:#?}");
    let at = data_ai[0]["value"].as_u64().unwrap();
    assert_eq!(data_ai[0]["verdict"]["option"], "python");
    let verdict = |v: u64| json(&["--set", &format!("data_ai={v}")])["verdict"]["kind"].clone();
    assert_eq!(verdict(at), "winner");
    assert_eq!(verdict(at - 1), "close_call");
}

#[test]
fn a_misspelt_slider_exits_1_with_a_suggestion() {
    let err = fails(&["recommend", "--set", "realtim=5"], 1);
    assert_eq!(
        err,
        "--set realtim=5: unknown slider `realtim` (did you mean `realtime`?)\n"
    );
}

#[test]
fn an_out_of_range_value_exits_1_naming_the_range() {
    let err = fails(&["recommend", "--set", "realtime=11"], 1);
    assert_eq!(
        err,
        "--set realtime=11: value 11 of `realtime` is out of range 0–10\n"
    );
    let err = fails(&["export", "--set", "one_language=2"], 1);
    assert!(err.contains("0–1 (or off / on)"), "{err}");
    for value in ["-1", "99999999999", "abc", "on"] {
        let err = fails(&["recommend", "--set", &format!("realtime={value}")], 1);
        assert!(
            err.contains("give a whole number in 0–10"),
            "{value}: {err}"
        );
    }
}

#[test]
fn every_bad_set_is_reported() {
    let err = fails(
        &["recommend", "--set", "realtim=5", "--set", "data_ai=12"],
        1,
    );
    assert_eq!(err.lines().count(), 2, "one line per problem:\n{err}");
}

#[test]
fn a_set_that_is_not_id_equals_value_is_usage_error() {
    fails(&["recommend", "--set", "foo"], 2);
    fails(&["recommend", "--format", "yaml"], 2);
}

fn assert_fits_80_columns(text: &str, what: &str) {
    for (n, line) in text.lines().enumerate() {
        let columns = screen::width(line);
        assert!(
            columns <= 80,
            "{what}: line {} has {columns} columns:\n{line}",
            n + 1
        );
    }
}

#[test]
fn text_output_fits_80_columns_and_says_fit() {
    let scenarios: Vec<Vec<(&str, u32)>> = vec![
        vec![],
        vec![("data_ai", 10)],
        vec![("realtime", 10), ("concurrency", 10)],
        vec![
            ("data_ai", 10),
            ("realtime", 10),
            ("concurrency", 10),
            ("workload", 10),
            ("one_language", 1),
            ("team_js", 10),
            ("team_python", 10),
            ("clarity", 10),
        ],
        vec![("workload", 0), ("team_python", 3), ("one_language", 1)],
    ];
    for scenario in scenarios {
        let mut args = vec!["recommend".to_owned()];
        args.extend(sets(&scenario));
        let text = ok(&strs(&args));
        assert!(text.contains("Verdict:"), "{args:?}:\n{text}");
        assert!(
            text.contains(" fit\n"),
            "{args:?}: fits are labelled:\n{text}"
        );
        assert!(!text.to_lowercase().contains("move a slider"), "{text}");
        assert!(!text.contains("..="), "ranges read 0–10: {text}");
        assert_fits_80_columns(&text, &format!("{args:?}"));
    }
    for profile in [ML_SERVICE, REALTIME_CHAT] {
        assert_fits_80_columns(&ok(&["recommend", "--profile", profile]), profile);
    }
}

#[test]
fn text_output_fits_80_columns_with_long_and_wide_names() {
    let dir = tempdir();
    let pack = fs::read_to_string(repo("content/python-vs-node.yaml")).unwrap();
    let long = "Touches data pipelines, machine learning, artificial intelligence or automation";
    let pack = pack
        .replace("label: Touches data, ML or AI", &format!("label: {long}"))
        .replace(
            "    name: Python\n",
            "    name: パイソン日本語\n    aliases: [Python]\n",
        );
    let file = dir.path().join("long.yaml");
    fs::write(&file, pack).unwrap();
    let text = ok(&[
        "recommend",
        "--content",
        path_str(&file),
        "--set",
        "data_ai=10",
    ]);
    assert!(text.contains("Verdict: パイソン日本語"), "{text}");
    assert_fits_80_columns(&text, "a pack with long and wide names");
    // The bars start in one column, whatever the width of the names.
    let bars: Vec<usize> = text
        .lines()
        .filter(|line| line.contains('█') || line.contains('░'))
        .map(|line| {
            let at = line.find(['█', '░']).unwrap();
            screen::width(&line[..at])
        })
        .collect();
    assert_eq!(bars.len(), 2, "{text}");
    assert_eq!(bars[0], bars[1], "{text}");
}

/// The whole text for people, section by section: a winner with its "Why"
/// and the rules that apply (the ML service), and the pack's defaults, where
/// no rule applies and the text says so under "The article's rules". Read
/// by eye; refresh with `UPDATE_GOLDEN=1 cargo test --test cli golden`.
#[test]
fn the_text_recommendation_reads_as_the_golden_files() {
    let ml_service = ok(&["recommend", "--profile", ML_SERVICE]);
    assert_golden("ml-service.txt", &ml_service);
    for heading in [
        "\nWhy: ",
        "\nThe article's rules that apply to this project\n",
        "\nTipping points",
    ] {
        assert!(ml_service.contains(heading), "{heading:?} missing");
    }
    let defaults = ok(&["recommend"]);
    assert_golden("defaults.txt", &defaults);
    assert!(
        defaults.contains(
            "\nThe article's rules\n  None of the article's rules applies to this project"
        ),
        "{defaults}"
    );
}

/// `on` and `off` are values of a toggle only: a slider with a range refuses
/// both, naming the whole numbers it takes, while a toggle takes both.
#[test]
fn on_and_off_are_refused_for_a_slider_that_is_not_a_toggle() {
    for word in ["on", "off"] {
        let err = fails(&["recommend", "--set", &format!("clarity={word}")], 1);
        assert_eq!(
            err,
            format!(
                "--set clarity={word}: `{word}` is not a value of `clarity`: give a whole number in 0–10\n"
            )
        );
    }
    for (word, value) in [("off", 0), ("on", 1)] {
        let set = format!("one_language={word}");
        assert_eq!(json(&["--set", &set])["values"]["one_language"], value);
    }
}

/// A rule whose condition is a bare slider applies when moving that slider
/// off its default widened its option's lead; a move inside the slider's
/// neutral range leaves every score as it was, so the rule does not apply.
#[test]
fn a_bare_slider_moved_without_changing_the_lead_does_not_apply_its_rule() {
    let text = fs::read_to_string(repo("tests/fixtures/valid/minimal.yaml")).unwrap();
    let neutral = text.replacen(
        "    default: 0\n    raises: { data-ai: 2 }\n",
        "    default: 5\n    neutral: [3, 7]\n    raises: { data-ai: 2 }\n",
        1,
    );
    assert_ne!(neutral, text, "the fixture moved");
    let dir = tempdir();
    let pack = dir.path().join("neutral.yaml");
    fs::write(&pack, neutral).unwrap();
    let at = |data_ai: u32| {
        let set = format!("data_ai={data_ai}");
        json(&["--content", path_str(&pack), "--set", &set])
    };
    // The first rule: Python, when [data_ai].
    let python_rule = |value: &Value| value["rules"][0]["applies"].clone();
    let (default, inside, above) = (at(5), at(6), at(8));
    assert_eq!(inside["scores"], default["scores"], "nothing moved");
    assert_eq!(python_rule(&default), false);
    assert_eq!(python_rule(&inside), false, "{}", inside["rules"]);
    assert_eq!(python_rule(&above), true, "{}", above["rules"]);
}

const THREE_OPTIONS: &str = "tests/fixtures/valid/three-options.yaml";

/// Beyond the leader and the runner-up, each option says how far behind
/// the leader it is, in fit points, and the factors that put it there.
#[test]
fn json_says_how_far_behind_the_third_option_is() {
    let value = json(&["--content", THREE_OPTIONS]);
    let fit = |id: &str| {
        let scores = value["scores"].as_array().unwrap();
        let score = scores.iter().find(|s| s["option"] == id).unwrap();
        score["fit"].as_f64().unwrap()
    };
    assert_eq!(value["verdict"]["leader"], "go");
    let others = value["others"].as_array().unwrap();
    assert_eq!(others.len(), 1, "{others:?}");
    assert_eq!(others[0]["option"], "rust");
    let behind = others[0]["behind"].as_f64().unwrap();
    assert!(
        (behind - (fit("go") - fit("rust"))).abs() <= 0.05,
        "{behind}"
    );
    let reasons = others[0]["reasons"].as_array().unwrap();
    assert_eq!(reasons[0]["factor"], "learning-curve", "{reasons:?}");
}

/// A rating a slider gives is its value scaled to 0–10: a whole number
/// is written as one, a fraction with its decimals.
#[test]
fn json_writes_a_rating_with_its_decimals_only_when_it_has_some() {
    let dir = tempdir();
    let pack = dir.path().join("quarters.yaml");
    let text = fs::read_to_string(repo(THREE_OPTIONS)).unwrap();
    let text = text.replacen(
        "help: How well the team knows Go.\n    max: 5",
        "help: How well the team knows Go.\n    max: 4",
        1,
    );
    assert!(text.contains("knows Go.\n    max: 4"));
    fs::write(&pack, text).unwrap();
    let content = path_str(&pack);
    let team = |set: &str| {
        let value = json(&["--content", content, "--set", set]);
        let factors = value["factors"].as_array().unwrap();
        let team = factors.iter().find(|f| f["factor"] == "team").unwrap();
        team["ratings"]["go"].to_string()
    };
    assert_eq!(team("team_go=1"), "2.5");
    assert_eq!(team("team_go=2"), "5");
}

/// With three options, the text and the markdown say why the third lost:
/// its fit, how far the leader is ahead of it, the factors that put it
/// there; the same figures the JSON gives.
#[test]
fn text_and_markdown_say_why_not_the_third_option() {
    let value = json(&["--content", THREE_OPTIONS]);
    let scores = value["scores"].as_array().unwrap();
    let rust = scores.iter().find(|s| s["option"] == "rust").unwrap();
    let others = &value["others"][0];
    let line = format!(
        "Rust (fit {}): Go leads it by {:.1}; ",
        rust["fit"].as_f64().unwrap().round(),
        others["behind"].as_f64().unwrap(),
    );
    let text = ok(&["--content", THREE_OPTIONS, "recommend"]);
    let why = text.split("\nWhy not the others").nth(1).expect(&text);
    assert!(why.contains(&format!("\n  {line}")), "{line}\n{text}");
    let markdown = ok(&["--content", THREE_OPTIONS, "export"]);
    let why = markdown
        .split("\n## Why not the others\n")
        .nth(1)
        .expect(&markdown);
    assert!(why.contains(&format!("\n- {line}")), "{line}\n{markdown}");
    assert!(why.contains("Learning curve"), "{markdown}");
}
