//! The config file: `check --config` (golden), `config --default`,
//! `--path` and `--schema`, and the explorer refusing a broken file with
//! the same lines. Refresh the golden file on purpose only, after reading
//! the change: `UPDATE_GOLDEN=1 cargo test --test cli golden`.

use super::assert_golden;
use crate::common::{command, ok, run, stderr, stdout, tempdir};

const BROKEN: &str = "tests/fixtures/config/broken.toml";

#[test]
fn golden_check_config_lists_every_problem_at_its_place() {
    let output = run(&["check", "--config", BROKEN]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert_golden("check-config.txt", &text);
    // One line per problem, each with its place, then the count.
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.last(), Some(&"10 errors found"));
    for line in &lines[..lines.len() - 1] {
        let place = line
            .strip_prefix(BROKEN)
            .and_then(|rest| rest.split(": ").next());
        let numbers: Vec<&str> = place
            .unwrap_or("")
            .trim_start_matches(':')
            .split(':')
            .collect();
        assert!(
            numbers.len() == 2 && numbers.iter().all(|n| n.parse::<u32>().is_ok()),
            "{line}"
        );
    }
}

#[test]
fn good_and_missing_configs_check_clean() {
    let text = ok(&["check", "--config", "tests/fixtures/config/remapped.toml"]);
    assert_eq!(text, "ok  tests/fixtures/config/remapped.toml: config\n");
    // `--config` alone checks the one the explorer would read.
    let dir = tempdir();
    let output = command(&["check", "--config"])
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("no config file there; the defaults apply"));
    // A named file that is not there is an error.
    let output = command(&["check", "--config"])
        .env("STACKCOMPARE_CONFIG", dir.path().join("none.toml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("none.toml: cannot read the config file"));
}

#[test]
fn the_default_file_checks_clean_once_uncommented() {
    let text = ok(&["config", "--default"]);
    assert!(
        text.lines()
            .all(|line| line.is_empty() || line.starts_with('#'))
    );
    let uncommented: String = text
        .lines()
        .filter_map(|line| line.strip_prefix("# "))
        .filter(|line| line.starts_with('[') || line.split(' ').nth(1) == Some("="))
        .map(|line| format!("{line}\n"))
        .collect();
    let dir = tempdir();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, uncommented).unwrap();
    let output = run(&["check", "--config", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn the_path_follows_the_environment() {
    let output = command(&["config", "--path"])
        .env("XDG_CONFIG_HOME", "/x")
        .output()
        .unwrap();
    assert_eq!(stdout(&output), "/x/stackcompare/config.toml\n");
    let output = command(&["--config", "mine.toml", "config", "--path"])
        .output()
        .unwrap();
    assert_eq!(stdout(&output), "mine.toml\n");
}

#[test]
fn the_committed_schema_is_current() {
    let path = crate::common::repo("content/stackcompare-config.schema.json");
    let fresh = ok(&["config", "--schema"]);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "content/stackcompare-config.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test --test cli schema`"
    );
    let schema: serde_json::Value = serde_json::from_str(&fresh).unwrap();
    assert!(
        schema["properties"]["keys"]["properties"]["sliders"]["properties"]["less"].is_object()
    );
    assert!(schema["properties"]["theme"]["properties"]["preset"]["enum"][1] == "light");
}
