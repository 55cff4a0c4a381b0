//! The reader's own numbers: `--rate FACTOR.OPTION=N`, `--weight FACTOR=N`
//! and a profile's `ratings:` / `weights:`, counted as the pack with those
//! numbers written in would count them, shown as the reader's everywhere,
//! refused with a did-you-mean; and the numbers that decide. The golden
//! files `rate-weight.txt` / `rate-weight.md` are read by eye; refresh with
//! `UPDATE_GOLDEN=1 cargo test --test cli golden`.

use std::fs;

use super::{ML_SERVICE, assert_golden, json};
use crate::common::{fails, ok, path_str, repo, run, stdout, tempdir};

/// The article pack's file with Node.js rated `node` on Data and AI and
/// Ecosystem weighed `weight`, written into `dir`.
fn edited_pack(dir: &std::path::Path, node: u32, weight: u32) -> std::path::PathBuf {
    let text = fs::read_to_string(repo("content/python-vs-node.yaml")).unwrap();
    let rating = "node: { rating: 3, basis: \"Node.js is secondary on that ground\" }";
    assert!(text.contains(rating));
    let text = text.replace(
        rating,
        &format!("node: {{ rating: {node}, basis: \"Node.js is secondary on that ground\" }}"),
    );
    let ecosystem = "    weight: 92\n";
    assert_eq!(text.matches(ecosystem).count(), 1);
    let text = text.replace(ecosystem, &format!("    weight: {weight}\n"));
    let path = dir.join("edited.yaml");
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_readers_numbers_count_as_the_pack_with_them_written_in() {
    let dir = tempdir();
    for (node, weight, data_ai) in [(10, 92, "3"), (7, 40, "8"), (0, 0, "10")] {
        let yours = json(&[
            "--rate",
            &format!("data-ai.node={node}"),
            "--weight",
            &format!("ecosystem={weight}"),
            "--set",
            &format!("data_ai={data_ai}"),
        ]);
        let edited = edited_pack(dir.path(), node, weight);
        let written = json(&[
            "--content",
            path_str(&edited),
            "--set",
            &format!("data_ai={data_ai}"),
        ]);
        assert_eq!(yours["scores"], written["scores"], "{node} {weight}");
        assert_eq!(yours["verdict"], written["verdict"]);
        assert_eq!(
            yours["rating_tipping_points"], written["rating_tipping_points"],
            "the numbers that decide do not depend on whose they are"
        );
    }
}

#[test]
fn json_says_whose_each_number_is() {
    let value = json(&["--rate", "data-ai.node=7", "--weight", "ecosystem=40"]);
    assert_eq!(value["format"], 1, "the fields are added, the format stays");
    assert_eq!(
        value["overrides"],
        serde_json::json!({"ratings": {"data-ai": {"node": 7}}, "weights": {"ecosystem": 40}})
    );
    let factors = value["factors"].as_array().unwrap();
    let data_ai = factors.iter().find(|f| f["factor"] == "data-ai").unwrap();
    assert_eq!(data_ai["ratings"]["node"], 7);
    assert_eq!(data_ai["sources"]["node"]["by"], "reader");
    assert_eq!(data_ai["sources"]["node"]["pack_rating"], 3);
    assert_eq!(data_ai["sources"]["python"]["by"], "pack");
    let ecosystem = factors.iter().find(|f| f["factor"] == "ecosystem").unwrap();
    assert_eq!(ecosystem["weight"], 40);
    assert_eq!(ecosystem["weight_by"], "reader");
    assert_eq!(ecosystem["pack_weight"], 92);
    // A number set back to the pack's is not the reader's.
    let back = json(&["--rate", "data-ai.node=3", "--weight", "ecosystem=92"]);
    assert_eq!(
        back["overrides"],
        serde_json::json!({"ratings": {}, "weights": {}})
    );
    assert_eq!(back["scores"], json(&[])["scores"]);
}

#[test]
fn text_and_markdown_say_whose_each_number_is_at_the_top() {
    let args = [
        "--rate",
        "data-ai.node=7",
        "--rate",
        "data-ai.python=9",
        "--weight",
        "ecosystem=40",
        "--set",
        "data_ai=8",
    ];
    let mut text_args = vec!["recommend"];
    text_args.extend(args);
    let text = ok(&text_args);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[2],
        "2 ratings and 1 weight are this reader's, not the pack's:"
    );
    assert!(
        text.contains("Node.js 7: yours: 7 · the pack's: 3 · “…Node.js is secondary on that"),
        "{text}"
    );
    let mut export_args = vec!["export"];
    export_args.extend(args);
    let markdown = ok(&export_args);
    assert!(
        markdown.contains("**2 ratings and 1 weight are this reader's, not the pack's:**"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Ecosystem | 40 (weight yours: 40 · the pack's: 92) |"),
        "{markdown}"
    );
    // Without any, nothing is said of the reader's numbers.
    assert!(!ok(&["recommend"]).contains("reader's"));
}

#[test]
fn a_rate_or_weight_that_names_nothing_is_exit_1_with_a_hint() {
    let err = fails(
        &[
            "recommend",
            "--rate",
            "data-ai.nod=7",
            "--rate",
            "data-ia.node=7",
            "--rate",
            "team.python=3",
            "--rate",
            "data-ai.node=11",
            "--weight",
            "ecosystm=4",
            "--weight",
            "team=lots",
        ],
        1,
    );
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "--rate data-ai.nod=7: unknown option `nod` (did you mean `node`?)",
            "--rate data-ia.node=7: unknown factor `data-ia` (did you mean `data-ai`?)",
            "--rate team.python=3: `python` on `team` is rated by the slider “Team knows Python”: set `team_python` instead",
            "--rate data-ai.node=11: rating 11 of `node` on `data-ai` is out of range 0–10",
            "--weight ecosystm=4: unknown factor `ecosystm` (did you mean `ecosystem`?)",
            "--weight team=lots: `lots` is not a weight: give a whole number in 0–1000",
        ]
    );
    // Not FACTOR.OPTION=N at all is a usage error, as a --set without `=`.
    let usage = fails(&["recommend", "--rate", "data-ai=7"], 2);
    assert!(usage.contains("is not FACTOR.OPTION=N"), "{usage}");
    let usage = fails(&["export", "--weight", "ecosystem"], 2);
    assert!(usage.contains("is not FACTOR=N"), "{usage}");
}

#[test]
fn a_weight_may_be_the_largest_but_no_more() {
    ok(&["recommend", "--weight", "team=1000"]);
    assert_eq!(
        fails(&["recommend", "--weight", "team=1001"], 1),
        "--weight team=1001: weight 1001 of `team` is out of range 0–1000\n"
    );
}

#[test]
fn a_profiles_numbers_come_first_and_the_command_lines_after() {
    let dir = tempdir();
    let profile = dir.path().join("mine.yaml");
    let text = fs::read_to_string(repo(ML_SERVICE)).unwrap();
    fs::write(
        &profile,
        format!("{text}ratings:\n  data-ai:\n    node: 9\nweights:\n  ecosystem: 10\n"),
    )
    .unwrap();
    let from_profile = json(&["--profile", path_str(&profile)]);
    assert_eq!(
        from_profile["overrides"],
        serde_json::json!({"ratings": {"data-ai": {"node": 9}}, "weights": {"ecosystem": 10}})
    );
    let after = json(&["--profile", path_str(&profile), "--rate", "data-ai.node=1"]);
    assert_eq!(after["overrides"]["ratings"]["data-ai"]["node"], 1);
    assert_eq!(after["overrides"]["weights"]["ecosystem"], 10);
    // check reads the profile's numbers too.
    fs::write(
        &profile,
        format!("{text}ratings:\n  data-ai:\n    nodejs: 9\n"),
    )
    .unwrap();
    let output = run(&["check", path_str(&profile)]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains("unknown option `nodejs` (did you mean `node`?)"),
        "{out}"
    );
}

#[test]
fn a_group_counts_the_numbers_its_profiles_share() {
    let dir = tempdir();
    let text = fs::read_to_string(repo(ML_SERVICE)).unwrap();
    let write = |name: &str, extra: &str| {
        let path = dir.path().join(name);
        fs::write(&path, format!("{text}{extra}")).unwrap();
        path
    };
    let shared = "ratings:\n  data-ai:\n    node: 6\n";
    let a = write("a.yaml", shared);
    let b = write("b.yaml", &format!("{shared}weights:\n  ecosystem: 30\n"));
    let err = fails(
        &[
            "recommend",
            "--profile",
            path_str(&a),
            "--profile",
            path_str(&b),
        ],
        1,
    );
    assert!(
        err.contains("weighs `ecosystem` 92, ")
            && err.contains("a group counts one set of ratings and weights"),
        "{err}"
    );
    // The command line gives it for everyone.
    let value = json(&[
        "--profile",
        path_str(&a),
        "--profile",
        path_str(&b),
        "--weight",
        "ecosystem=50",
    ]);
    assert_eq!(
        value["overrides"],
        serde_json::json!({"ratings": {"data-ai": {"node": 6}}, "weights": {"ecosystem": 50}})
    );
    // Each person's fits are counted with the group's numbers.
    let alone = json(&["--profile", path_str(&a), "--weight", "ecosystem=50"]);
    assert_eq!(
        value["people"][0]["scores"][0]["fit"],
        alone["scores"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["option"] == value["people"][0]["scores"][0]["option"])
            .unwrap()["fit"]
    );
}

#[test]
fn the_numbers_that_decide_are_in_the_reasons_and_json() {
    let value = json(&["--set", "data_ai=8"]);
    let tips = value["rating_tipping_points"].as_array().unwrap();
    let pack = stackcompare::content::embedded();
    // Every rating the pack gives: all but the two the team's sliders give.
    assert_eq!(tips.len(), 2 * pack.factors.len() - 2);
    let node = tips
        .iter()
        .find(|t| t["factor"] == "data-ai" && t["option"] == "node")
        .unwrap();
    assert_eq!(node["rating"], 3);
    // At the nearest value the verdict is another one, and one step short of
    // it the verdict holds.
    let above = node["above"]["value"].as_u64().unwrap();
    let at = json(&[
        "--set",
        "data_ai=8",
        "--rate",
        &format!("data-ai.node={above}"),
    ]);
    assert_eq!(
        at["verdict"]["options"],
        node["above"]["verdict"]["options"]
    );
    assert_ne!(at["verdict"]["options"], value["verdict"]["options"]);
    let short = json(&[
        "--set",
        "data_ai=8",
        "--rate",
        &format!("data-ai.node={}", above - 1),
    ]);
    assert_eq!(short["verdict"]["options"], value["verdict"]["options"]);
    assert_eq!(
        value["weight_tipping_points"].as_array().unwrap().len(),
        pack.factors.len()
    );
    // The reasons name first the rating fewest steps from changing it.
    let steps = |tip: &serde_json::Value| {
        let now = tip["rating"].as_u64().unwrap();
        let up = tip["above"]["value"].as_u64().map(|v| v - now);
        let down = tip["below"]["value"].as_u64().map(|v| now - v);
        up.into_iter().chain(down).min()
    };
    let nearest = tips
        .iter()
        .filter(|t| steps(t).is_some())
        .min_by_key(|t| steps(t))
        .unwrap();
    let name = |list: &[(String, String)], id: &serde_json::Value| {
        list.iter()
            .find(|(i, _)| i == id.as_str().unwrap())
            .unwrap()
            .1
            .clone()
    };
    let options: Vec<(String, String)> = pack
        .options
        .iter()
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect();
    let factors: Vec<(String, String)> = pack
        .factors
        .iter()
        .map(|f| (f.id.clone(), f.name.clone()))
        .collect();
    let said = format!(
        "{}'s {} on {} would have to be",
        name(&options, &nearest["option"]),
        nearest["rating"],
        name(&factors, &nearest["factor"])
    );
    let text = ok(&["recommend", "--set", "data_ai=8"]);
    let after = text
        .split("The ratings nearest to changing the verdict")
        .nth(1)
        .unwrap();
    let first = after.lines().nth(1).unwrap().trim();
    assert!(first.starts_with(&said), "{first} should start {said}");
}

#[test]
fn a_verdict_one_rating_step_from_changing_is_called_fragile() {
    // The group's close call rests on the ecosystem's ratings (team.md).
    let value = json(&[
        "--set",
        "data_ai=8",
        "--rate",
        "data-ai.node=7",
        "--weight",
        "ecosystem=40",
    ]);
    let fragile = &value["fragile"];
    let ratings = fragile["ratings"].as_array().unwrap();
    assert!(!ratings.is_empty(), "{fragile}");
    // Each of them one step off changes the verdict.
    for rating in ratings {
        let now = rating["rating"].as_u64().unwrap();
        let key = format!(
            "{}.{}",
            rating["factor"].as_str().unwrap(),
            rating["option"].as_str().unwrap()
        );
        let changed = [now + 1, now.wrapping_sub(1)]
            .into_iter()
            .filter(|&v| v <= 10)
            .any(|v| {
                let moved = json(&[
                    "--set",
                    "data_ai=8",
                    "--rate",
                    "data-ai.node=7",
                    "--weight",
                    "ecosystem=40",
                    "--rate",
                    &format!("{key}={v}"),
                ]);
                moved["verdict"]["options"] != value["verdict"]["options"]
            });
        assert!(changed, "{rating}");
    }
    let text = ok(&[
        "recommend",
        "--set",
        "data_ai=8",
        "--rate",
        "data-ai.node=7",
        "--weight",
        "ecosystem=40",
    ]);
    assert!(text.contains("Fragile: "), "{text}");
    // The ML service's verdict holds a step off any rating.
    assert!(json(&["--profile", ML_SERVICE])["fragile"].is_null());
}

#[test]
fn rate_and_weight_match_the_golden_files() {
    let args = [
        "--profile",
        ML_SERVICE,
        "--rate",
        "data-ai.node=8",
        "--rate",
        "compute-performance.node=6",
        "--weight",
        "real-time=40",
    ];
    let mut text = vec!["recommend"];
    text.extend(args);
    assert_golden("rate-weight.txt", &ok(&text));
    let mut markdown = vec!["export"];
    markdown.extend(args);
    assert_golden("rate-weight.md", &ok(&markdown));
}
