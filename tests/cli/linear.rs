//! `stackcompare --linear` driven through a pipe: the article's own
//! situations as scripts (tests/fixtures/linear/), their transcripts as
//! golden files, the same words as `recommend --format text`, not one
//! escape sequence, and every mistake met at its line and word. Refresh the goldens
//! with `UPDATE_GOLDEN=1 cargo test --test cli golden`.

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use crate::common;
use crate::{assert_golden, sets, strs};

/// The line mode with `args`, `script` on its standard input, run in `dir`.
fn linear_in(dir: &Path, args: &[&str], script: &str) -> Output {
    let mut all = vec!["--linear"];
    all.extend_from_slice(args);
    let mut child = common::command(&all)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("a pipe to its input");
    stdin
        .write_all(script.as_bytes())
        .expect("the script is written");
    drop(stdin);
    child.wait_with_output().expect("the line mode ends")
}

fn linear(args: &[&str], script: &str) -> Output {
    linear_in(&common::repo(""), args, script)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(common::repo(&format!("tests/fixtures/linear/{name}")))
        .expect("the script fixture")
}

/// No escape byte, and no bar or box drawn, in anything it printed.
fn assert_plain(output: &Output) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        assert!(!bytes.contains(&0x1b), "an escape in {stream}");
        let text = String::from_utf8_lossy(bytes);
        let drawn: Vec<char> = text
            .chars()
            .filter(|c| ('\u{2500}'..='\u{259f}').contains(c))
            .collect();
        assert!(drawn.is_empty(), "{stream} draws {drawn:?}:\n{text}");
    }
}

/// The verdict lines of a transcript, in order.
fn verdicts(transcript: &str) -> Vec<&str> {
    transcript
        .lines()
        .filter(|line| line.starts_with("Verdict: ") || line.starts_with("The verdict "))
        .collect()
}

#[test]
fn golden_a_real_time_chat_ends_on_node_as_the_article_says() {
    let output = linear(&[], &fixture("chat.txt"));
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    assert_plain(&output);
    let transcript = common::stdout(&output);
    let said = verdicts(&transcript);
    // Defaults are a close call; real time alone tips it to Node.js, and
    // the rest of the chat project only holds it there.
    assert!(said[0].contains("too close to call"), "{said:?}");
    assert!(said[1].ends_with("to Node.js."), "{said:?}");
    assert_eq!(said.last(), Some(&"Verdict: Node.js"), "{said:?}");
    assert!(transcript.contains("✓ Node.js: “Choose Node.js if you are building real-time"));
    assert_golden("linear-chat.txt", &transcript);
}

#[test]
fn golden_a_data_project_ends_on_python_as_the_article_says() {
    let output = linear(&[], &fixture("data.txt"));
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    assert_plain(&output);
    let transcript = common::stdout(&output);
    let said = verdicts(&transcript);
    assert!(said[0].ends_with("to Python."), "{said:?}");
    assert_eq!(said.last(), Some(&"Verdict: Python"), "{said:?}");
    assert!(transcript.contains("✓ Python: “choose Python if your project touches data"));
    assert!(transcript.contains("1. article, Python: clarity and data:"));
    assert_golden("linear-data.txt", &transcript);
}

#[test]
fn show_why_rules_and_tips_say_what_recommend_says() {
    let args = sets(&[("realtime", 9), ("concurrency", 8), ("team_js", 7)]);
    let text = common::ok(&[&["recommend"][..], &strs(&args)].concat());
    // `--set` before the first command, as `recommend` takes it.
    for command in ["why", "rules", "tips"] {
        let answer = common::stdout(&linear(&strs(&args), &format!("{command}\n")));
        let answer = answer.trim_end();
        assert!(answer.lines().count() > 2, "{command}: {answer}");
        assert!(
            text.contains(answer),
            "{command} is not in recommend's text:\n{answer}"
        );
    }
    // `show`: the same lines, the fits without their bars.
    let shown = common::stdout(&linear(&strs(&args), "show\n"));
    let unbarred: String = text.chars().filter(|c| !matches!(c, '█' | '░')).collect();
    let squeezed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for line in shown.lines().filter(|line| !line.is_empty()) {
        assert!(
            squeezed(&unbarred).contains(&squeezed(line)),
            "{line:?} is not in recommend's text"
        );
    }
    assert!(shown.contains("Verdict: Node.js"), "{shown}");
}

#[test]
fn mistakes_are_said_on_their_line_with_the_nearest_and_a_script_ends_in_1() {
    let output = linear(&[], &fixture("errors.txt"));
    assert_plain(&output);
    assert_eq!(output.status.code(), Some(1));
    let errors = common::stderr(&output);
    common::assert_no_panic(&errors);
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(lines.len(), 7, "{errors}");
    for (line, expected) in lines.iter().zip([
        "<stdin>:1:1: unknown command `shwo` (did you mean `show`?)",
        "<stdin>:2:5: unknown slider `realtme` (did you mean `realtime`?)",
        "<stdin>:3:5: value 11 of `realtime` is out of range 0–10",
        "<stdin>:4:5: `maybe` is not a value of `one_language`",
        "<stdin>:5:8: unknown factor `dataai` (did you mean `data-ai`?)",
        "<stdin>:6:9: no section `nowhere`",
        "<stdin>:7:1: `show` takes nothing after it",
    ]) {
        assert!(line.starts_with(expected), "{line}");
    }
    // The good line after the mistakes ran; nothing after `quit` did.
    let out = common::stdout(&output);
    assert!(out.starts_with("Real-time features 0 → 3\n"), "{out}");
    assert!(!out.contains("Verdict:"), "{out}");
}

#[test]
fn the_end_of_the_input_and_quit_end_it_well_and_no_prompt_goes_into_a_pipe() {
    for script in ["", "show\n", "show\nquit\nshow\n", "exit\n", "show"] {
        let output = linear(&[], script);
        assert_eq!(output.status.code(), Some(0), "{script:?}");
        let out = common::stdout(&output);
        assert!(!out.contains("> "), "{script:?}: {out}");
        assert_eq!(
            out.matches("Verdict:").count(),
            usize::from(script.starts_with("show"))
        );
    }
}

#[test]
fn export_matches_the_export_command_and_never_overwrites() {
    let dir = common::tempdir();
    let expected = common::ok(&["export", "--set", "data_ai=9"]);
    let printed = common::stdout(&linear_in(dir.path(), &[], "set data_ai 9\nexport\n"));
    assert!(printed.ends_with(&format!("{expected}\n")), "{printed}");
    let script =
        "set data_ai 9\nexport summary.md\nexport summary.md\nsave\nsave team.profile.yaml\n";
    let output = linear_in(dir.path(), &[], script);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let out = common::stdout(&output);
    assert!(out.contains("Saved the summary to summary.md\n"), "{out}");
    assert!(
        out.contains("summary.md is there already, left as it was"),
        "{out}"
    );
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    assert_eq!(read("summary.md"), expected);
    assert_eq!(read("summary-2.md"), expected);
    // The profiles load back with the value set.
    for name in ["my-project.profile.yaml", "team.profile.yaml"] {
        let path = dir.path().join(name);
        let json = crate::json(&["--profile", common::path_str(&path)]);
        assert_eq!(json["values"]["data_ai"], 9, "{name}");
    }
    assert!(read("team.profile.yaml").contains("team"));
}

#[test]
fn a_bare_save_offers_the_name_saved_under_last() {
    let dir = common::tempdir();
    let script = "save team.yaml\nset data_ai 9\nsave\n";
    let output = linear_in(dir.path(), &[], script);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    // `save FILE` names the profile after the file; the bare save after it
    // offers that name, as the explorer's `s` does, not "my project".
    assert!(
        read("team.yaml").contains("name: \"team\""),
        "{}",
        read("team.yaml")
    );
    assert!(read("team.profile.yaml").contains("name: \"team\""));
    assert!(!dir.path().join("my-project.profile.yaml").exists());
    let path = dir.path().join("team.profile.yaml");
    let json = crate::json(&["--profile", common::path_str(&path)]);
    assert_eq!(json["values"]["data_ai"], 9);
}

#[test]
fn help_lists_every_command_and_a_factor_says_its_ratings_and_bases() {
    let out = common::stdout(&linear(&[], "help\nfactor ecosystem\n"));
    for command in [
        "set SLIDER VALUE",
        "show",
        "why",
        "rules",
        "tips",
        "factor ID",
        "article [SECTION]",
        "search WORD...",
        "export [FILE]",
        "save [FILE]",
        "help",
        "quit",
    ] {
        assert!(out.contains(&format!("  {command} ")), "{command}:\n{out}");
    }
    let pack = stackcompare::content::embedded();
    let factor = &pack.factors[pack.factor_index("ecosystem").unwrap()];
    assert!(
        out.contains(&format!("Base weight {}, the pack's", factor.weight)),
        "{out}"
    );
    for option in &pack.options {
        assert!(out.contains(&format!("    {} ", option.name)), "{out}");
    }
}

/// `--linear` with a command would start neither the line mode nor say why:
/// it is refused in one line, exit 1, and nothing is written to stdout.
#[test]
fn linear_with_a_command_is_refused_in_one_line() {
    let output = linear(&["recommend"], "");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("--linear") && stderr.contains("no command"),
        "{stderr}"
    );
}
