//! Hostile input: what a careless or malicious pack, profile or file system
//! can throw at `stackcompare`.
//!
//! - `corpus`: small committed files (`tests/fixtures/hostile/`) and big
//!   generated ones: alias bombs, deep nesting, a 9 MiB file, invalid UTF-8,
//!   a BOM, CRLF, an empty file, a stream of several documents. Each ends as
//!   expected through the library and through the binary's `check`, run
//!   under a wall-clock guard so a hang fails instead of blocking CI.
//! - `escapes`: a valid pack whose every text field carries terminal escapes,
//!   C1 controls, bidi overrides, invisible characters and tabs: none of it
//!   reaches the screen, an export, the clipboard or the binary's stdout.
//! - `fuzz`: arbitrary bytes and strings, and line-level mutations of the
//!   valid packs and profiles, never panic and fail with one-line diagnostics
//!   that name the file (and a line inside it). Cases: `PROPTEST_CASES`
//!   (default 64).
//! - `files`: writing where it cannot work (under a regular file, into an
//!   immutable folder, onto an existing file, onto a full disk) fails with
//!   one line and leaves the folder exactly as it was.

#[path = "../common/mod.rs"]
mod common;

mod corpus;
mod escapes;
mod files;
mod fuzz;
mod outputs;
mod watch;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;
use stackcompare::content::{self, Pack, load_pack};
use stackcompare::diagnostic::Diagnostics;
use stackcompare::profile::Profile;

use common::{BIN, ROOT, path_str};

/// How long one run of the binary (or one in-process load) may take before
/// it counts as a hang. Generous: debug builds on a busy CI machine.
const GUARD: Duration = Duration::from_secs(60);

/// How many levels of nesting the generated deep files have.
const DEPTH: usize = 10_000;

fn corpus(name: &str) -> PathBuf {
    common::repo("tests/fixtures/hostile").join(name)
}

/// What a finished run of a child process printed.
#[derive(Debug)]
struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Read a pipe to its end on a thread, so a chatty child never blocks.
fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

/// Run `command` to its end, polling `try_wait` up to [`GUARD`]; a child still
/// running then is killed and the test fails (a hang, not a slow test).
fn guarded(mut command: Command, what: &str) -> Ran {
    command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env("NO_COLOR", "1");
    let mut child = command
        .spawn()
        .unwrap_or_else(|error| panic!("{what}: cannot start: {error}"));
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if start.elapsed() > GUARD {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {GUARD:?}, killed: a hang");
        }
        thread::sleep(Duration::from_millis(10));
    };
    let text = |handle: thread::JoinHandle<Vec<u8>>, stream: &str| {
        let bytes = handle.join().expect("pipe reader");
        String::from_utf8(bytes)
            .unwrap_or_else(|error| panic!("{what}: {stream} is not UTF-8: {error}"))
    };
    Ran {
        code: status.code(),
        stdout: text(stdout, "stdout"),
        stderr: text(stderr, "stderr"),
    }
}

/// The binary with `args`, run from `cwd`.
fn binary(args: &[&str], cwd: &Path) -> Command {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(cwd).stdin(Stdio::null());
    command
}

fn run(args: &[&str]) -> Ran {
    guarded(
        binary(args, Path::new(ROOT)),
        &format!("stackcompare {args:?}"),
    )
}

fn assert_no_panic(stderr: &str, what: &str) {
    for word in ["panicked", "backtrace", "RUST_BACKTRACE", "thread 'main'"] {
        assert!(
            !stderr.contains(word),
            "{what}: stderr mentions {word:?}:\n{stderr}"
        );
    }
}

/// Run in-process work on a thread and wait at most [`GUARD`] for it: a hang
/// fails the test (the thread is left behind) instead of blocking the run.
fn within<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let _ = sender.send(work());
    });
    match receiver.recv_timeout(GUARD) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: still running after {GUARD:?}: a hang")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{what}: panicked"),
    }
}

/// Characters that must never reach a terminal, a clipboard or an export:
/// C0 controls, DEL, C1 controls, and the hidden characters (bidi controls,
/// zero-width and invisible ones).
fn forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
        || stackcompare::textkit::is_hidden_control(c)
}

/// Text that may span lines: newline is the one control allowed.
fn assert_clean_text(text: &str, what: &str) {
    if let Some((at, c)) = text
        .char_indices()
        .find(|&(_, c)| c != '\n' && forbidden(c))
    {
        let from = text[..at]
            .char_indices()
            .rev()
            .nth(30)
            .map_or(0, |(i, _)| i);
        let to = (at + 30).min(text.len());
        let to = (to..=text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len());
        panic!(
            "{what}: U+{:04X} at byte {at}, in {:?}",
            c as u32,
            &text[from..to]
        );
    }
}

/// Every string in a pack (ids included).
fn all_strings(pack: &Pack) -> Vec<String> {
    common::pack_strings(pack)
}

/// Every string in a JSON value (keys included).
fn json_strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) => out.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| json_strings(item, out)),
        Value::Object(map) => {
            for (key, item) in map {
                out.push(key.clone());
                json_strings(item, out);
            }
        }
        _ => {}
    }
}

/// Lines in `text` as a YAML parser counts them: "\r\n", "\r", "\n", NEL,
/// LS and PS each end one.
fn yaml_line_count(text: &str) -> usize {
    let mut breaks = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                breaks += 1;
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => breaks += 1,
            _ => {}
        }
    }
    breaks + 1
}

/// Every diagnostic renders as one printable line that starts with `file`;
/// with `text`, every place lies inside it.
fn assert_diagnostics(error: &Diagnostics, file: &str, text: Option<&str>, what: &str) {
    assert!(!error.0.is_empty(), "{what}: an error without diagnostics");
    for diagnostic in &error.0 {
        let rendered = diagnostic.to_string();
        assert!(
            rendered.starts_with(&format!("{file}:")),
            "{what}: {rendered:?} does not start with the file name {file:?}"
        );
        assert!(
            !rendered.chars().any(forbidden),
            "{what}: not one printable line: {rendered:?}"
        );
        assert!(
            !diagnostic.message.trim().is_empty(),
            "{what}: empty message in {rendered:?}"
        );
        if let (Some(place), Some(text)) = (diagnostic.place, text) {
            let lines = yaml_line_count(text);
            assert!(
                place.line >= 1 && place.line <= lines && place.column >= 1,
                "{what}: {rendered:?} points outside the file ({lines} lines)"
            );
        }
    }
}

/// `check PATH` fails: exit 1, nothing on stderr, and on stdout (the
/// report's one stream) one line per problem that names the file (the place
/// first when `place` is given), then the count; returns the report.
fn assert_check_fails(path: &Path, place: Option<(usize, usize)>, fragment: &str) -> String {
    let name = path_str(path);
    let ran = run(&["check", name]);
    let what = format!("check {name}");
    assert_no_panic(&ran.stderr, &what);
    assert_eq!(ran.code, Some(1), "{what}: {ran:?}");
    assert_eq!(ran.stderr, "", "{what}: the report is on stdout");
    let lines: Vec<&str> = ran.stdout.lines().collect();
    let (summary, problems) = lines.split_last().expect("the report has lines");
    assert!(
        summary.ends_with("found") && summary.contains("error"),
        "{what}: last line {summary:?}"
    );
    assert!(!problems.is_empty(), "{what}: no problem listed");
    for line in problems {
        assert!(
            line.starts_with(&format!("{name}:")),
            "{what}: {line:?} does not name the file"
        );
        assert!(!line.chars().any(forbidden), "{what}: unprintable {line:?}");
    }
    if let Some((line, column)) = place {
        assert!(
            problems[0].starts_with(&format!("{name}:{line}:{column}: ")),
            "{what}: expected the place {line}:{column}: {:?}",
            problems[0]
        );
    }
    assert!(
        problems.iter().any(|line| line.contains(fragment)),
        "{what}: no line says {fragment:?}:\n{}",
        ran.stdout
    );
    ran.stdout
}

/// `load_pack` fails with one diagnostic naming `path`, at `place` if given.
fn assert_load_fails(path: &Path, place: Option<(usize, usize)>, fragment: &str) {
    let owned = path.to_owned();
    let result = within(&format!("load_pack {}", path.display()), move || {
        load_pack(&owned)
    });
    let name = path.display().to_string();
    let error = match result {
        Ok(pack) => panic!("{name} loaded (pack `{}`) but must fail", pack.id),
        Err(error) => error,
    };
    assert_diagnostics(&error, &name, None, &name);
    let first = &error.0[0];
    if let Some((line, column)) = place {
        let got = first.place.map(|p| (p.line, p.column));
        assert_eq!(got, Some((line, column)), "{name}: {first}");
    }
    assert!(
        error.0.iter().any(|d| d.message.contains(fragment)),
        "{name}: no message says {fragment:?}: {error}"
    );
}

/// `Profile::load` fails (or its values fail against the embedded pack).
fn assert_profile_fails(path: &Path, place: Option<(usize, usize)>, fragment: &str) {
    let owned = path.to_owned();
    let result = within(&format!("Profile::load {}", path.display()), move || {
        Profile::load(&owned).and_then(|profile| profile.values_for(&content::embedded()))
    });
    let name = path.display().to_string();
    let error = result.expect_err("the profile must fail");
    assert_diagnostics(&error, &name, None, &name);
    if let Some((line, column)) = place {
        let got = error.0[0].place.map(|p| (p.line, p.column));
        assert_eq!(got, Some((line, column)), "{name}: {error}");
    }
    assert!(
        error.0.iter().any(|d| d.message.contains(fragment)),
        "{name}: no message says {fragment:?}: {error}"
    );
}

/// The pack loads through `load_pack` and `check` says it is ok.
fn assert_loads(path: &Path) -> Pack {
    let name = path_str(path).to_owned();
    let owned = path.to_owned();
    let pack = within(&format!("load_pack {name}"), move || load_pack(&owned))
        .unwrap_or_else(|error| panic!("{name} must load:\n{error}"));
    let ran = run(&["check", &name]);
    assert_no_panic(&ran.stderr, &name);
    assert_eq!(ran.code, Some(0), "check {name}: {ran:?}");
    assert_eq!(ran.stderr, "", "check {name}");
    assert!(
        ran.stdout
            .starts_with(&format!("ok  {name}: pack `{}`", pack.id)),
        "check {name}: {:?}",
        ran.stdout
    );
    pack
}
