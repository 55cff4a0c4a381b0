//! The commands on a real terminal with `--color auto`: a bold verdict and
//! a red `error:` on the terminal, none with `NO_COLOR` or `TERM=dumb`, none into a pipe
//! even when the other stream is the terminal, and never in JSON.

use super::Session;

const ESC: u8 = 0x1b;
const BOLD_VERDICT: &str = "\u{1b}[1mVerdict: ";
const RED_ERROR: &str = "\u{1b}[31m\u{1b}[1merror:\u{1b}[22m\u{1b}[39m --set realtim=5: ";

/// Everything the terminal received from `session` once it has ended,
/// with its exit code.
fn received(mut session: Session) -> (u32, String) {
    let status = session.ended("the command");
    (
        status.exit_code(),
        String::from_utf8_lossy(&session.raw()).into_owned(),
    )
}

#[test]
fn on_a_terminal_the_verdict_is_bold_and_an_error_red() {
    let (code, raw) = received(Session::command(&["recommend"], &[]));
    assert_eq!(code, 0, "{raw:?}");
    assert!(raw.contains(BOLD_VERDICT), "{raw:?}");
    let (code, raw) = received(Session::command(&["recommend", "--set", "realtim=5"], &[]));
    assert_eq!(code, 1, "{raw:?}");
    assert!(raw.starts_with(RED_ERROR), "{raw:?}");
}

#[test]
fn no_color_json_and_pipes_get_none_on_a_terminal() {
    for (args, env) in [
        (&["recommend"][..], &[("NO_COLOR", "1")][..]),
        (&["recommend", "--set", "realtim=5"], &[("NO_COLOR", "1")]),
        (&["recommend", "--set", "realtim=5"], &[("TERM", "dumb")]),
        (&["recommend"], &[("TERM", "dumb")]),
        (&["recommend", "--color", "never"], &[]),
        (&["recommend", "--format", "json"], &[]),
        (&["recommend", "--format", "markdown"], &[]),
    ] {
        let (_, raw) = received(Session::command(args, env));
        assert!(
            raw.contains("Python") || raw.contains("realtim"),
            "{args:?}: {raw:?}"
        );
        assert!(!raw.as_bytes().contains(&ESC), "{args:?} {env:?}: {raw:?}");
    }
    // Standard output into a pipe, standard error still the terminal: each
    // stream is asked on its own.
    let (_, raw) = received(Session::script("\"$0\" recommend | cat", &[]));
    assert!(raw.contains("Verdict: "), "{raw:?}");
    assert!(!raw.as_bytes().contains(&ESC), "{raw:?}");
    let (_, raw) = received(Session::script(
        "\"$0\" recommend --set realtim=5 | cat",
        &[],
    ));
    assert!(raw.starts_with(RED_ERROR), "{raw:?}");
}
