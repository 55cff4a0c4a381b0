//! The line mode's loop in-process, and where a problem points.

use super::{Plain, Start, run, word_column};
use crate::content::embedded;
use crate::engine::Engine;

/// The line mode on `script`: what it printed, its problems, and how
/// many lines were in error.
fn ran(script: &str, prompt: bool) -> (String, String, usize) {
    let pack = embedded();
    let start = Start {
        engine: Engine::new(&pack),
        values: pack.default_values(),
        pack,
        profile: None,
        group: None,
    };
    let (mut out, mut problems) = (Vec::new(), Vec::new());
    let errors = run(
        start,
        &mut Plain {
            input: script.as_bytes(),
            prompt,
        },
        &mut out,
        &mut problems,
        prompt,
    )
    .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (text(out), text(problems), errors)
}

#[test]
fn a_prompt_only_when_asked_and_each_answer_once() {
    let (piped, _, errors) = ran("show\nset realtime 9\n", false);
    assert_eq!(errors, 0);
    assert!(!piped.contains("> "), "{piped}");
    assert_eq!(piped.matches("Verdict: ").count(), 1, "{piped}");
    let (typed, _, _) = ran("show\nset realtime 9\n", true);
    // A prompt before each line and one at the end of the input, which
    // (the slider moved) says so and asks once more.
    assert_eq!(typed.matches("> ").count(), 4, "{typed}");
    assert!(typed.ends_with("> \n"), "{typed}");
    assert!(typed.contains(&piped[..piped.find('\n').unwrap()]));
}

#[test]
fn each_problem_is_counted_and_the_lines_after_it_run() {
    let (out, problems, errors) = ran("tipz\nset realtime 99\nshow\n", false);
    assert_eq!(errors, 2, "{problems}");
    assert_eq!(problems.lines().count(), 2, "{problems}");
    assert!(problems.starts_with("<stdin>:1:1: unknown command `tipz` (did you mean `tips`?)"));
    assert!(problems.contains("<stdin>:2:5: value 99 of `realtime` is out of range"));
    assert!(out.contains("Verdict: "), "{out}");
}

#[test]
fn a_problem_points_at_its_word() {
    assert_eq!(word_column("set realtme 5", 1), 5);
    assert_eq!(word_column("  set  realtme 5", 1), 8);
    assert_eq!(word_column("  shwo", 0), 3);
    assert_eq!(word_column("show", 3), 1);
    assert_eq!(word_column("", 0), 1);
}

#[test]
fn quit_at_a_terminal_says_once_that_moved_sliders_are_not_saved() {
    let warning = "quit again leaves without saving";
    let (out, _, _) = ran("set realtime 9\nquit\nshow\n", true);
    assert_eq!(out.matches(warning).count(), 1, "{out}");
    // The first quit stayed: show still ran.
    assert!(out.contains("Verdict: "), "{out}");
    let (out, _, _) = ran("set realtime 9\nquit\nquit\nshow\n", true);
    assert!(!out.contains("Verdict: "), "the second quit left: {out}");
    // Moved again after the warning: warned again.
    let (out, _, _) = ran("set realtime 9\nquit\nset realtime 3\nquit\n", true);
    assert_eq!(out.matches(warning).count(), 2, "{out}");
    // Nothing moved, or moved back: quit leaves at once.
    let (out, _, _) = ran("quit\nshow\n", true);
    assert!(
        !out.contains(warning) && !out.contains("Verdict: "),
        "{out}"
    );
    let (out, _, _) = ran("set realtime 9\nset realtime 0\nquit\nshow\n", true);
    assert!(!out.contains(warning), "{out}");
    // The end of the input (Ctrl-D) asks as quit does.
    let (out, _, _) = ran("set realtime 9\n", true);
    assert_eq!(out.matches(warning).count(), 1, "{out}");
    // A script is never asked.
    let (out, _, _) = ran("set realtime 9\nquit\nshow\n", false);
    assert!(
        !out.contains(warning) && !out.contains("Verdict: "),
        "{out}"
    );
}

#[test]
fn quit_after_a_save_leaves_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("mine.profile.yaml");
    let script = format!("set realtime 9\nsave {}\nquit\nshow\n", file.display());
    let (out, problems, _) = ran(&script, true);
    assert!(file.exists(), "{out}{problems}");
    assert!(!out.contains("leaves without saving"), "{out}");
    assert!(!out.contains("Verdict: "), "{out}");
}
