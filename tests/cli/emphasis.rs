//! `--color` on the commands: a bold verdict and a red `error:` only where
//! colour is asked for or allowed on a terminal; never in a pipe, a file,
//! JSON or markdown. (A terminal itself is tried in the explorer's pty
//! tests, `headless.rs`.)

use std::process::Output;

use crate::common::{command, stderr, stdout};

const ESC: char = '\u{1b}';
const BOLD_VERDICT: &str = "\u{1b}[1mVerdict: ";
const RED_ERROR: &str = "\u{1b}[31m\u{1b}[1merror:\u{1b}[22m\u{1b}[39m ";

/// The binary with `args`, `NO_COLOR` as given (the helpers set it).
fn run_with(args: &[&str], no_color: Option<&str>) -> Output {
    let mut command = command(args);
    match no_color {
        Some(value) => command.env("NO_COLOR", value),
        None => command.env_remove("NO_COLOR"),
    };
    command.output().expect("the binary runs")
}

#[test]
fn color_always_makes_the_verdict_bold_and_errors_red() {
    let out = stdout(&run_with(&["recommend", "--color", "always"], Some("1")));
    let verdicts: Vec<&str> = out.lines().filter(|l| l.contains("Verdict: ")).collect();
    assert_eq!(verdicts.len(), 1, "{out}");
    assert!(verdicts[0].starts_with(BOLD_VERDICT), "{out:?}");
    assert!(verdicts[0].ends_with("\u{1b}[22m"), "{out:?}");
    // Only the verdict: every other line is as without colour.
    let plain = stdout(&run_with(&["recommend", "--color", "never"], None));
    assert_eq!(
        out.replace("\u{1b}[1m", "").replace("\u{1b}[22m", ""),
        plain
    );

    let failed = run_with(&["--color=always", "recommend", "--set", "realtim=5"], None);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(
        stderr(&failed),
        format!(
            "{RED_ERROR}--set realtim=5: unknown slider `realtim` (did you mean `realtime`?)\n"
        )
    );
    let usage = run_with(&["recommend", "--sett", "x", "--color", "always"], None);
    assert_eq!(usage.status.code(), Some(2));
    assert!(
        stderr(&usage).starts_with(&format!("{RED_ERROR}unexpected argument")),
        "{:?}",
        stderr(&usage)
    );

    let check = run_with(
        &[
            "check",
            "--color",
            "always",
            "tests/fixtures/broken/empty.yaml",
        ],
        None,
    );
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(
        stdout(&check),
        format!(
            "{RED_ERROR}tests/fixtures/broken/empty.yaml: the file is empty; a pack starts with `schema: 2`\n1 error found\n"
        )
    );
}

#[test]
fn no_color_and_pipes_give_no_escapes() {
    // The helpers' pipes, with NO_COLOR set, empty (which allows colour)
    // and unset: auto never sends emphasis into a pipe.
    for no_color in [Some("1"), Some(""), None] {
        for args in [
            &["recommend"][..],
            &["recommend", "--color", "auto"],
            &["recommend", "--set", "realtim=5"],
            &["recommend", "--sett", "x"],
            &[
                "check",
                "content/python-vs-node.yaml",
                "tests/fixtures/broken/empty.yaml",
            ],
            &["--color", "never", "recommend"],
        ] {
            let output = run_with(args, no_color);
            let (out, err) = (stdout(&output), stderr(&output));
            assert!(
                !out.contains(ESC) && !err.contains(ESC),
                "{args:?} NO_COLOR={no_color:?}: {out:?} {err:?}"
            );
            assert!(!out.is_empty() || !err.is_empty(), "{args:?}");
        }
    }
}

#[test]
fn json_markdown_and_github_never_get_emphasis() {
    for args in [
        &["recommend", "--format", "json"][..],
        &["recommend", "--format", "markdown"],
        &["export"],
        &["list"],
        &["list", "--format", "json"],
        &[
            "check",
            "--format",
            "json",
            "tests/fixtures/broken/empty.yaml",
        ],
        &[
            "check",
            "--format",
            "github",
            "tests/fixtures/broken/empty.yaml",
        ],
    ] {
        let mut all = args.to_vec();
        all.extend(["--color", "always"]);
        let out = stdout(&run_with(&all, None));
        assert!(!out.is_empty(), "{all:?}");
        assert!(!out.contains(ESC), "{all:?}: {out:?}");
    }
}
