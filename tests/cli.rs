//! The command line, driven through the real binary (PRODUCT.md §4 and §6).
//!
//! Every test runs `stackcompare` from the project folder so `content/` and
//! `assets/` resolve; files it writes go to a temporary folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_stackcompare");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

const TRAITS: [&str; 8] = [
    "data_ai",
    "realtime",
    "concurrency",
    "workload",
    "one_language",
    "team_js",
    "team_python",
    "clarity",
];

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(ROOT)
        .env_remove("RUST_BACKTRACE")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    command
}

fn run(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Run, expect exit 0, return stdout.
fn ok(args: &[&str]) -> String {
    let output = run(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stackcompare {args:?} failed:\n{}",
        stderr(&output)
    );
    stdout(&output)
}

/// Run, expect exit `code`, nothing on stdout, no panic; return stderr.
fn fails(args: &[&str], code: i32) -> String {
    let output = run(args);
    let err = stderr(&output);
    assert_eq!(
        output.status.code(),
        Some(code),
        "stackcompare {args:?}: wrong exit code; stderr:\n{err}"
    );
    assert!(
        output.stdout.is_empty(),
        "stackcompare {args:?} printed to stdout on error: {}",
        stdout(&output)
    );
    assert_no_panic(&err);
    assert!(!err.trim().is_empty(), "stackcompare {args:?}: no message");
    err
}

fn assert_no_panic(stderr: &str) {
    let lower = stderr.to_lowercase();
    assert!(!lower.contains("panicked"), "panic in stderr:\n{stderr}");
    assert!(
        !lower.contains("backtrace"),
        "backtrace in stderr:\n{stderr}"
    );
}

fn json(args: &[&str]) -> Value {
    let mut all = vec!["recommend", "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&ok(&all)).expect("recommend --format json prints JSON")
}

/// (kind, option or null, leader) of `recommend --format json ARGS`.
fn verdict(args: &[&str]) -> (String, Option<String>, String) {
    let value = json(args);
    let verdict = &value["verdict"];
    (
        verdict["kind"].as_str().expect("verdict.kind").to_owned(),
        verdict["option"].as_str().map(str::to_owned),
        verdict["leader"]
            .as_str()
            .expect("verdict.leader")
            .to_owned(),
    )
}

fn winner(option: &str) -> (String, Option<String>) {
    ("winner".into(), Some(option.into()))
}

fn kind_and_option(args: &[&str]) -> (String, Option<String>) {
    let (kind, option, _) = verdict(args);
    (kind, option)
}

fn sets(pairs: &[(&str, u32)]) -> Vec<String> {
    pairs
        .iter()
        .flat_map(|(id, value)| ["--set".to_owned(), format!("{id}={value}")])
        .collect()
}

fn strs(strings: &[String]) -> Vec<&str> {
    strings.iter().map(String::as_str).collect()
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// Names in `dir` starting with `.`: leftover temporary files.
fn hidden_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("read the folder")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read the folder")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ---------------------------------------------------------------- recommend

#[test]
fn json_at_defaults_is_a_close_call_with_the_documented_keys() {
    let value = json(&[]);
    let object = value.as_object().expect("one JSON object");
    for key in [
        "pack",
        "values",
        "scores",
        "verdict",
        "reasons",
        "tipping_points",
    ] {
        assert!(object.contains_key(key), "missing key `{key}` in {value:#}");
    }
    assert_eq!(value["pack"], "python-vs-node");
    assert_eq!(value["verdict"]["kind"], "close_call");
    assert!(
        value["verdict"]["option"].is_null(),
        "{:#}",
        value["verdict"]
    );

    let values = value["values"].as_object().expect("values is an object");
    let keys: Vec<&str> = values.keys().map(String::as_str).collect();
    assert_eq!(keys, TRAITS, "values: one per trait, in pack order");
    for (id, v) in values {
        let expected = if id == "workload" { 5 } else { 0 };
        assert_eq!(v, expected, "default of {id}");
    }

    let scores = value["scores"].as_array().expect("scores is an array");
    assert_eq!(scores.len(), 2);
    let mut options: Vec<&str> = scores
        .iter()
        .map(|s| s["option"].as_str().expect("scores[].option"))
        .collect();
    options.sort_unstable();
    assert_eq!(options, ["node", "python"]);
    for score in scores {
        let n = score["score"].as_u64().expect("scores[].score is a number");
        assert!(n <= 100);
    }
    assert!(value["reasons"].is_array());
    assert!(value["tipping_points"].is_array());
}

#[test]
fn json_is_the_same_bytes_every_time() {
    let args = ["recommend", "--format", "json", "--set", "data_ai=6"];
    assert_eq!(ok(&args), ok(&args));
}

// The article's "How to choose" section, rule by rule.

#[test]
fn article_data_and_ai_means_python() {
    // "choose Python if your project touches data, machine learning, AI, or automation"
    assert_eq!(kind_and_option(&["--set", "data_ai=10"]), winner("python"));
}

#[test]
fn article_clarity_and_productivity_means_python() {
    // "... or if you value clarity and productivity; it is hard to beat on that ground."
    assert_eq!(kind_and_option(&["--set", "clarity=10"]), winner("python"));
    // A team that values clarity and already knows some Python.
    assert_eq!(
        kind_and_option(&["--set", "clarity=10", "--set", "team_python=5"]),
        winner("python")
    );
}

#[test]
fn article_real_time_and_concurrency_mean_node() {
    // "Choose Node.js if you are building real-time applications, lightweight
    // high-concurrency APIs ..."
    assert_eq!(
        kind_and_option(&["--set", "realtime=10", "--set", "concurrency=10"]),
        winner("node")
    );
    assert_eq!(kind_and_option(&["--set", "realtime=10"]), winner("node"));
    assert_eq!(
        kind_and_option(&["--set", "concurrency=10"]),
        winner("node")
    );
}

#[test]
fn article_javascript_team_and_one_language_mean_node() {
    // "... or if your team already knows JavaScript and you want a single
    // language across the whole stack."
    assert_eq!(
        kind_and_option(&["--set", "team_js=10", "--set", "one_language=1"]),
        winner("node")
    );
}

#[test]
fn article_team_knowledge_weighs_against_the_technical_fit() {
    // "And, as always, weigh your team's knowledge: the technology your people
    // already master usually performs better than the one that is
    // theoretically ideal but unfamiliar."
    //
    // A data/AI project (Python's ground) for a team that masters JavaScript:
    // the engine does not hand Python the win; it calls it too close, with
    // the familiar technology slightly ahead, and says to weigh the team.
    let value = json(&["--set", "data_ai=10", "--set", "team_js=10"]);
    assert_eq!(value["verdict"]["kind"], "close_call");
    assert_eq!(value["verdict"]["leader"], "node");
    let text = value["verdict"]["text"].as_str().expect("close-call text");
    assert!(text.contains("Weigh your team's knowledge"), "{text}");

    // The mirror case: real-time work (Node.js's ground) for a Python team.
    let (kind, option, leader) = verdict(&["--set", "realtime=10", "--set", "team_python=10"]);
    assert_eq!(
        (kind.as_str(), option, leader.as_str()),
        ("close_call", None, "python")
    );

    // Add the wish for one language across the stack to the JavaScript team
    // and the article's Node.js rule applies in full.
    assert_eq!(
        kind_and_option(&[
            "--set",
            "data_ai=10",
            "--set",
            "team_js=10",
            "--set",
            "one_language=1"
        ]),
        winner("node")
    );
}

#[test]
fn workload_alone_never_decides() {
    // "For most applications, both perform more than well enough; the
    // difference is only decisive in extreme cases of real-time or heavy
    // computation."
    assert_eq!(kind_and_option(&["--set", "workload=0"]).0, "close_call");
    assert_eq!(kind_and_option(&["--set", "workload=10"]).0, "close_call");
}

#[test]
fn tipping_points_in_json_are_complete_and_real() {
    let value = json(&[]);
    let tips = value["tipping_points"].as_array().expect("an array");
    assert!(!tips.is_empty());
    for tip in tips {
        let t = tip["trait"].as_str().expect("tipping_points[].trait");
        assert!(TRAITS.contains(&t), "unknown trait {t}");
        assert!(tip["value"].is_u64(), "tipping_points[].value: {tip}");
        assert!(
            tip["verdict"]["kind"].is_string(),
            "tipping_points[].verdict: {tip}"
        );
    }
    let data_ai: Vec<&Value> = tips
        .iter()
        .filter(|tip| tip["trait"] == "data_ai" && tip["direction"] == "above")
        .collect();
    assert_eq!(data_ai.len(), 1, "one `above` tip for data_ai: {tips:#?}");
    let tip = data_ai[0];
    assert_eq!(tip["verdict"]["kind"], "winner");
    assert_eq!(tip["verdict"]["option"], "python");
    // The tip is real, and the value just under it is not yet.
    let at = tip["value"].as_u64().unwrap();
    assert!(at >= 1);
    assert_eq!(
        kind_and_option(&["--set", &format!("data_ai={at}")]),
        winner("python")
    );
    assert_eq!(
        kind_and_option(&["--set", &format!("data_ai={}", at - 1)]).0,
        "close_call"
    );
}

// ------------------------------------------------------------------ errors

#[test]
fn a_misspelt_trait_exits_1_with_a_suggestion() {
    let err = fails(&["recommend", "--set", "realtim=5"], 1);
    assert!(err.contains("realtim"), "{err}");
    assert!(err.contains("did you mean"), "{err}");
    assert!(err.contains("`realtime`"), "{err}");
}

#[test]
fn an_out_of_range_value_exits_1_naming_the_range() {
    let err = fails(&["recommend", "--set", "realtime=11"], 1);
    assert!(err.contains("realtime"), "{err}");
    assert!(err.contains("0..=10"), "{err}");
    // Export checks the same way.
    let err = fails(&["export", "--set", "one_language=2"], 1);
    assert!(err.contains("0..=1"), "{err}");
}

#[test]
fn every_bad_set_is_reported() {
    let err = fails(
        &["recommend", "--set", "realtim=5", "--set", "data_ai=12"],
        1,
    );
    assert_eq!(err.lines().count(), 2, "one line per problem:\n{err}");
    assert!(err.contains("realtime"), "{err}");
    assert!(err.contains("data_ai"), "{err}");
}

#[test]
fn a_set_that_is_not_id_equals_value_is_usage_error() {
    fails(&["recommend", "--set", "foo"], 2);
    fails(&["recommend", "--format", "yaml"], 2);
}

#[test]
fn a_set_value_that_is_not_in_range_is_a_content_error() {
    // PRODUCT.md §4: an out-of-range value exits 1, naming the range, whatever
    // its spelling: negative, too large for any slider, or not a number.
    for value in ["-1", "99999999999", "abc"] {
        let stderr = fails(&["recommend", "--set", &format!("realtime={value}")], 1);
        assert!(stderr.contains("0..=10"), "{value}: {stderr}");
    }
}

// -------------------------------------------------------------------- text

fn assert_fits_80_columns(text: &str, what: &str) {
    for (n, line) in text.lines().enumerate() {
        let columns = line.chars().count();
        assert!(
            columns <= 80,
            "{what}: line {} has {columns} columns:\n{line}",
            n + 1
        );
    }
}

#[test]
fn text_output_fits_80_columns() {
    let scenarios: Vec<Vec<(&str, u32)>> = vec![
        vec![],
        vec![("data_ai", 10)],
        vec![("realtime", 10), ("concurrency", 10)],
        vec![("data_ai", 10), ("team_js", 10)],
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
        assert_fits_80_columns(&text, &format!("{args:?}"));
    }
    for profile in [
        "assets/profiles/ml-service.yaml",
        "assets/profiles/realtime-chat.yaml",
    ] {
        let text = ok(&["recommend", "--profile", profile]);
        assert!(text.contains("Verdict:"));
        assert_fits_80_columns(&text, profile);
    }
}

#[test]
fn text_output_fits_80_columns_with_long_labels() {
    // The text format promises 80 columns (src/export/text.rs); a pack author
    // may well write a long slider label.
    let dir = tempdir();
    let pack = fs::read_to_string(Path::new(ROOT).join("content/python-vs-node.yaml")).unwrap();
    let long = "Touches data pipelines, machine learning, artificial intelligence or automation";
    let pack = pack.replace("label: Touches data, ML or AI", &format!("label: {long}"));
    assert!(pack.contains(long));
    let file = dir.path().join("long.yaml");
    fs::write(&file, pack).unwrap();
    let text = ok(&[
        "recommend",
        "--content",
        path_str(&file),
        "--set",
        "data_ai=10",
    ]);
    assert!(text.contains("Verdict: Python"), "{text}");
    assert_fits_80_columns(&text, "a pack with a long label");
}

// ------------------------------------------------------------ list / check

#[test]
fn list_prints_every_trait_id() {
    let out = ok(&["list"]);
    let traits = out.split_once("TRAITS").expect("a TRAITS section").1;
    let listed: Vec<&str> = traits
        .lines()
        .skip(1)
        // Long labels continue on indented lines of their own.
        .filter(|line| !line.starts_with("   "))
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert_eq!(listed, TRAITS, "{out}");
    assert!(out.lines().all(|line| line.chars().count() <= 80), "{out}");
}

#[test]
fn check_accepts_the_article_pack() {
    let out = ok(&["check", "content/python-vs-node.yaml"]);
    assert!(out.contains("python-vs-node"), "{out}");
}

// ---------------------------------------------------------------- profiles

const ML_SERVICE: &str = "assets/profiles/ml-service.yaml";
const REALTIME_CHAT: &str = "assets/profiles/realtime-chat.yaml";

#[test]
fn example_profiles_give_the_expected_verdicts() {
    let value = json(&["--profile", ML_SERVICE]);
    assert_eq!(value["verdict"]["kind"], "winner", "{value:#}");
    assert_eq!(value["verdict"]["option"], "python");
    let value = json(&["--profile", REALTIME_CHAT]);
    assert_eq!(value["verdict"]["kind"], "winner", "{value:#}");
    assert_eq!(value["verdict"]["option"], "node");
}

#[test]
fn example_profiles_describe_their_project_and_pass_check() {
    for profile in [ML_SERVICE, REALTIME_CHAT] {
        let text = fs::read_to_string(Path::new(ROOT).join(profile)).unwrap();
        assert!(text.starts_with("# "), "{profile} starts with a comment");
        assert!(text.contains("\npack: python-vs-node\n"), "{profile}");
        assert!(text.contains("\nvalues:\n"), "{profile}");
    }
    let out = ok(&["check", ML_SERVICE, REALTIME_CHAT]);
    assert_eq!(out.lines().count(), 2, "{out}");
    // A whole folder of profiles too.
    ok(&["check", "assets/profiles"]);
}

#[test]
fn a_profile_with_an_unknown_trait_names_file_line_and_column() {
    let dir = tempdir();
    let file = dir.path().join("bad.yaml");
    fs::write(
        &file,
        "pack: python-vs-node\nvalues:\n  data_ai: 3\n  realtim: 5\n",
    )
    .unwrap();
    let place = format!("{}:4:3:", file.display());
    let err = fails(&["recommend", "--profile", path_str(&file)], 1);
    assert!(err.contains(&place), "expected {place} in:\n{err}");
    assert!(err.contains("did you mean `realtime`"), "{err}");

    let output = run(&["check", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains(&place), "check: expected {place} in:\n{err}");
    assert!(err.contains("did you mean `realtime`"), "{err}");
    assert_no_panic(&err);
}

#[test]
fn a_profile_with_an_out_of_range_value_names_the_range() {
    let dir = tempdir();
    let file = dir.path().join("range.yaml");
    fs::write(&file, "pack: python-vs-node\nvalues:\n  one_language: 3\n").unwrap();
    let err = fails(&["export", "--profile", path_str(&file)], 1);
    assert!(err.contains(&format!("{}:3:3:", file.display())), "{err}");
    assert!(err.contains("0..=1"), "{err}");
}

#[test]
fn a_profile_for_another_pack_is_refused() {
    let dir = tempdir();
    let file = dir.path().join("other.yaml");
    fs::write(&file, "pack: go-vs-rust\nvalues:\n  data_ai: 3\n").unwrap();
    let err = fails(&["recommend", "--profile", path_str(&file)], 1);
    assert!(err.contains("go-vs-rust"), "{err}");
    let output = run(&["check", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("go-vs-rust"));
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
    // The profile's own values are not the defaults, so the profile was read.
    assert_eq!(plain["values"]["data_ai"], 9);
    assert_eq!(mixed["values"]["workload"], 8);
    assert_ne!(mixed["verdict"]["option"], "python");
}

// ------------------------------------------------------------------ export

#[test]
fn export_prints_markdown_to_stdout() {
    let out = ok(&["export"]);
    assert!(out.starts_with("# Python vs Node.js"), "{out}");
    assert_eq!(out, ok(&["export", "-o", "-"]));
}

#[test]
fn export_to_a_file_never_overwrites_silently() {
    let dir = tempdir();
    let file = dir.path().join("summary.md");
    let target = path_str(&file);
    let output = run(&["export", "-o", target]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        output.stdout.is_empty(),
        "the summary goes to the file only"
    );
    let first = fs::read_to_string(&file).unwrap();
    assert_eq!(first, ok(&["export"]));

    let err = fails(&["export", "-o", target, "--set", "data_ai=9"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("exists"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), first, "file unchanged");
    assert!(
        hidden_files(dir.path()).is_empty(),
        "{:?}",
        names(dir.path())
    );

    let output = run(&["export", "-o", target, "--set", "data_ai=9", "--force"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let replaced = fs::read_to_string(&file).unwrap();
    assert_ne!(replaced, first);
    assert_eq!(replaced, ok(&["export", "--set", "data_ai=9"]));
    assert_eq!(names(dir.path()), ["summary.md"]);
}

#[test]
fn export_to_dev_full_fails_cleanly() {
    let err = fails(&["export", "-o", "/dev/full"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/dev/full"), "{err}");
}

#[test]
fn a_full_stdout_fails_cleanly() {
    for args in [&["export"][..], &["recommend", "--format", "json"][..]] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let output = command(args)
            .stdout(Stdio::from(full))
            .output()
            .expect("the binary runs");
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert_no_panic(&err);
    }
}

#[test]
fn export_into_a_missing_folder_leaves_nothing() {
    let dir = tempdir();
    let file = dir.path().join("missing").join("summary.md");
    let err = fails(&["export", "-o", path_str(&file)], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!dir.path().join("missing").exists());
    assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
}

#[test]
fn export_onto_a_folder_fails_and_leaves_no_temporary_file() {
    let dir = tempdir();
    let folder = dir.path().join("out");
    fs::create_dir(&folder).unwrap();
    for force in [false, true] {
        let mut args = vec!["export", "-o", path_str(&folder)];
        if force {
            args.push("--force");
        }
        let err = fails(&args, 1);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(folder.is_dir());
        assert_eq!(names(dir.path()), ["out"], "force: {force}");
        assert!(names(&folder).is_empty());
    }
}

#[test]
fn recommend_markdown_equals_export() {
    let scenarios: Vec<Vec<(&str, u32)>> = vec![
        vec![],
        vec![("data_ai", 10)],
        vec![("team_js", 10), ("one_language", 1)],
        vec![("data_ai", 10), ("team_js", 10)],
    ];
    for scenario in scenarios {
        let set = sets(&scenario);
        let mut recommend = vec!["recommend".to_owned(), "--format".into(), "markdown".into()];
        recommend.extend(set.clone());
        let mut export = vec!["export".to_owned()];
        export.extend(set);
        assert_eq!(ok(&strs(&recommend)), ok(&strs(&export)), "{scenario:?}");
    }
    assert_eq!(
        ok(&["recommend", "--format", "markdown", "--profile", ML_SERVICE]),
        ok(&["export", "--profile", ML_SERVICE])
    );
}

// ------------------------------------------------------- markdown structure

#[derive(Debug, Default)]
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

#[derive(Debug, Default)]
struct Markdown {
    headings: Vec<(HeadingLevel, String)>,
    tables: Vec<Table>,
}

fn parse_markdown(text: &str) -> Markdown {
    let mut doc = Markdown::default();
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut table: Option<Table> = None;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    for event in Parser::new_ext(text, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => doc.headings.extend(heading.take()),
            Event::Start(Tag::Table(_)) => table = Some(Table::default()),
            Event::End(TagEnd::Table) => doc.tables.extend(table.take()),
            Event::Start(Tag::TableHead) => row.clear(),
            Event::End(TagEnd::TableHead) => {
                table.as_mut().unwrap().header = std::mem::take(&mut row);
            }
            Event::Start(Tag::TableRow) => row.clear(),
            Event::End(TagEnd::TableRow) => {
                table.as_mut().unwrap().rows.push(std::mem::take(&mut row));
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.extend(cell.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&t);
                } else if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            _ => {}
        }
    }
    doc
}

fn assert_summary_structure(markdown: &str, what: &str) -> Markdown {
    let pack = stackcompare::content::embedded();
    let doc = parse_markdown(markdown);
    let h1: Vec<&str> = doc
        .headings
        .iter()
        .filter(|(level, _)| *level == HeadingLevel::H1)
        .map(|(_, text)| text.as_str())
        .collect();
    assert_eq!(h1, [pack.title.as_str()], "{what}: one H1, the title");
    let h2: Vec<&str> = doc
        .headings
        .iter()
        .filter(|(level, _)| *level == HeadingLevel::H2)
        .map(|(_, text)| text.as_str())
        .collect();
    assert_eq!(
        h2,
        [
            "Verdict",
            "Your project",
            "Why",
            "Tipping points",
            "The article's rule",
            "Factors"
        ],
        "{what}"
    );
    assert_eq!(doc.tables.len(), 4, "{what}: tables {:#?}", doc.tables);
    let options = pack.options.len();
    let check = |table: &Table, name: &str, rows: usize, columns: usize| {
        assert_eq!(
            table.header.len(),
            columns,
            "{what}: {name} header {table:?}"
        );
        assert_eq!(table.rows.len(), rows, "{what}: {name} rows {table:?}");
        for row in &table.rows {
            assert_eq!(row.len(), columns, "{what}: {name} row {row:?}");
        }
    };
    // Scores: one row per option; sliders: one per trait, 3 columns;
    // tipping points: one per trait; factors: one per factor, options + 2.
    check(&doc.tables[0], "scores", options, 2);
    check(&doc.tables[1], "sliders", pack.traits.len(), 3);
    check(&doc.tables[2], "tipping points", pack.traits.len(), 3);
    check(&doc.tables[3], "factors", pack.factors.len(), options + 2);
    // Rows carry the pack's names, in order.
    let names: Vec<&str> = pack.options.iter().map(|o| o.name.as_str()).collect();
    let mut ranked: Vec<&str> = doc.tables[0].rows.iter().map(|r| r[0].as_str()).collect();
    ranked.sort_unstable();
    let mut expected = names.clone();
    expected.sort_unstable();
    assert_eq!(ranked, expected, "{what}");
    let labels: Vec<&str> = doc.tables[1].rows.iter().map(|r| r[0].as_str()).collect();
    let traits: Vec<&str> = pack.traits.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, traits, "{what}");
    assert_eq!(&doc.tables[3].header[1..=options], &names[..], "{what}");
    let factors: Vec<&str> = doc.tables[3].rows.iter().map(|r| r[0].as_str()).collect();
    let expected: Vec<&str> = pack.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(factors, expected, "{what}");
    for (row, factor) in doc.tables[3].rows.iter().zip(&pack.factors) {
        assert_eq!(row[options + 1], factor.summary, "{what}");
    }
    doc
}

#[test]
fn export_markdown_has_the_documented_structure() {
    let doc = assert_summary_structure(&ok(&["export"]), "defaults");
    // Scores in the table are the JSON scores.
    let value = json(&[]);
    for (row, score) in doc.tables[0]
        .rows
        .iter()
        .zip(value["scores"].as_array().unwrap())
    {
        assert_eq!(row[1], score["score"].to_string());
    }
    assert_summary_structure(&ok(&["export", "--set", "data_ai=10"]), "python wins");
    assert_summary_structure(&ok(&["export", "--profile", REALTIME_CHAT]), "node wins");
}

#[test]
fn export_escapes_table_cells() {
    // A `|` in a factor summary must not split the cell.
    let dir = tempdir();
    let pack = fs::read_to_string(Path::new(ROOT).join("content/python-vs-node.yaml")).unwrap();
    let original = "summary: \"Both are huge, with strengths in different areas.\"";
    assert!(pack.contains(original));
    let pack = pack.replace(
        original,
        "summary: \"Both are huge | strengths *differ* <b>\"",
    );
    let file: PathBuf = dir.path().join("pipes.yaml");
    fs::write(&file, pack).unwrap();
    let markdown = ok(&["export", "--content", path_str(&file)]);
    let doc = parse_markdown(&markdown);
    let factors = doc.tables.last().expect("a factors table");
    assert_eq!(factors.header.len(), 4);
    let row = factors.rows.last().unwrap();
    assert_eq!(row.len(), 4, "{row:?}");
    assert_eq!(row[3], "Both are huge | strengths *differ* <b>");
}

// ------------------------------------------------------ no subcommand, no tty

#[test]
fn no_subcommand_without_a_terminal_points_to_recommend_and_export() {
    let err = fails(&[], 1);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("recommend"), "{err}");
    assert!(err.contains("export"), "{err}");
}
