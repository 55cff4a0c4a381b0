//! The command line, driven through the real binary, run from the project
//! folder so `content/` and `assets/` resolve; files it writes go to a
//! temporary folder.
//!
//! - `scenarios`: the article pack's verdicts against the article's words
//! - `recommend`: JSON and text output (golden files), `--set` and its errors,
//!   rules on a bare slider
//! - `reading`: how the text and markdown read: shares that add up, fits to a
//!   tenth on a close call, one wording of the close call, a group's spreads
//! - `compare`: two projects side by side, its golden files and errors
//! - `diff`: two versions of a pack, its golden files and exit status
//! - `export`: the markdown summary, its golden file, writing files
//! - `adr`: `export --format adr`, the decision record's golden files and lint
//! - `linear`: `--linear` through a pipe: transcripts, its words, its mistakes
//! - `list_check`: `list`, `check`, profiles and the no-terminal message
//! - `formats`: `check --format json|github` (golden files), `list --format json`
//! - `authoring`: `new`, `completions` and `man`
//! - `drafting`: `draft ARTICLE`, on the seed article, test articles and hostile input
//! - `article_check`: `check --article`, a pack's text against its article
//! - `emphasis`: `--color` and `NO_COLOR` on the commands' text
//! - `receipt`: the pack digest, tool version and values every result carries
//! - `yours`: `--rate`, `--weight` and a profile's own numbers; the numbers that decide

#[path = "../common/mod.rs"]
mod common;

mod adr;
mod article_check;
mod authoring;
mod compare;
mod config;
mod diff;
mod drafting;
mod emphasis;
mod export;
mod formats;
mod group;
mod linear;
mod list_check;
mod reading;
mod receipt;
mod recommend;
mod scenarios;
mod yours;

use serde_json::Value;

/// The article pack's sliders, in pack order.
pub const TRAITS: [&str; 8] = [
    "data_ai",
    "realtime",
    "concurrency",
    "workload",
    "one_language",
    "team_js",
    "team_python",
    "clarity",
];

pub const ML_SERVICE: &str = "assets/profiles/ml-service.yaml";
pub const REALTIME_CHAT: &str = "assets/profiles/realtime-chat.yaml";

/// `recommend --format json ARGS`, parsed.
pub fn json(args: &[&str]) -> Value {
    let mut all = vec!["recommend", "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&common::ok(&all)).expect("recommend --format json prints JSON")
}

/// `--set ID=V` arguments for each pair.
pub fn sets(pairs: &[(&str, u32)]) -> Vec<String> {
    pairs
        .iter()
        .flat_map(|(id, value)| ["--set".to_owned(), format!("{id}={value}")])
        .collect()
}

pub fn strs(strings: &[String]) -> Vec<&str> {
    strings.iter().map(String::as_str).collect()
}

/// `actual` equals the golden file `tests/golden/NAME` byte for byte.
pub fn assert_golden(name: &str, actual: &str) {
    let path = common::repo(&format!("tests/golden/{name}"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write the golden file");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "the output differs from tests/golden/{name}; if the change is meant, \
         refresh it with UPDATE_GOLDEN=1 cargo test --test cli golden\n{actual}"
    );
}
