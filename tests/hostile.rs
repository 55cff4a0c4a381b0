//! Hostile input: what a careless or malicious pack, profile or file system
//! can throw at `stackcompare` (PRODUCT.md §2, §4, §6 and the last bar of §7).
//!
//! 1. A corpus (`tests/hostile/`, small committed files; the big ones are
//!    generated into a temporary folder): alias bombs, deep nesting, a 9 MiB
//!    file, invalid UTF-8, a BOM, CRLF, an empty file, a stream of several
//!    documents. Each ends as expected through `content::load_pack` (or
//!    `Profile::load`) and through the binary's `check`, run under a
//!    wall-clock guard so a hang fails instead of blocking CI.
//! 2. `tests/hostile/escapes.yaml`, a valid pack whose every text field carries
//!    terminal escapes, C1 controls, bidi overrides and tabs: none of it may
//!    reach the screen, an export, the clipboard or the binary's stdout.
//! 3. Property tests: arbitrary bytes and strings, and line-level mutations of
//!    the valid packs and profiles, never panic and fail with one-line
//!    diagnostics that name the file (and a line inside it). The number of
//!    cases comes from `PROPTEST_CASES` (default 64).
//! 4. Writing files where it cannot work (under a regular file, into an
//!    immutable folder, onto an existing file, onto a full disk) fails with one
//!    line and leaves the folder exactly as it was.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config as ProptestConfig;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;
use stackcompare::clipboard;
use stackcompare::content::{self, Pack, load_pack, parse_pack};
use stackcompare::diagnostic::Diagnostics;
use stackcompare::engine;
use stackcompare::export;
use stackcompare::profile::{self, Profile};
use stackcompare::tui;
use stackcompare::tui::action::{Action, Effect};
use stackcompare::tui::app::App;
use stackcompare::tui::keymap;
use stackcompare::tui::theme::Theme;
use stackcompare::tui::ui;

const BIN: &str = env!("CARGO_BIN_EXE_stackcompare");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// How long one run of the binary (or one in-process load) may take before
/// it counts as a hang. Generous: debug builds on a busy CI machine.
const GUARD: Duration = Duration::from_secs(60);

/// How many levels of nesting the generated deep files have.
const DEPTH: usize = 10_000;

// ---- helpers: paths, the guarded binary, clean text --------------------------

fn corpus(name: &str) -> PathBuf {
    Path::new(ROOT).join("tests/hostile").join(name)
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
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
        .stdin(Stdio::null())
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
    command.args(args).current_dir(cwd);
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
/// C0 controls, DEL, C1 controls, bidi embeddings, overrides and isolates.
fn forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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

/// Every string in a pack (keys included), through its serde form.
fn all_strings(pack: &Pack) -> Vec<String> {
    let mut out = Vec::new();
    json_strings(
        &serde_json::to_value(pack).expect("a pack serializes"),
        &mut out,
    );
    out
}

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

/// `check PATH` fails: exit 1, nothing on stdout, one line per problem that
/// names the file (the place first when `place` is given), then the count.
fn assert_check_fails(path: &Path, place: Option<(usize, usize)>, fragment: &str) -> String {
    let name = path_str(path);
    let ran = run(&["check", name]);
    let what = format!("check {name}");
    assert_no_panic(&ran.stderr, &what);
    assert_eq!(ran.code, Some(1), "{what}: {ran:?}");
    assert_eq!(ran.stdout, "", "{what}: nothing is ok");
    let lines: Vec<&str> = ran.stderr.lines().collect();
    let (summary, problems) = lines.split_last().expect("stderr has lines");
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
        ran.stderr
    );
    ran.stderr
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

// ---- 1. the corpus -------------------------------------------------------------

#[test]
fn alias_bomb_pack_fails_fast_at_its_line() {
    let path = corpus("alias-bomb.yaml");
    assert_load_fails(&path, Some((5, 1)), "unknown field `laughs`");
    assert_check_fails(&path, Some((5, 1)), "unknown field `laughs`");
}

#[test]
fn alias_bomb_profile_fails_fast_at_its_line() {
    let path = corpus("alias-bomb-profile.yaml");
    assert_profile_fails(&path, Some((6, 9)), "invalid type: sequence");
    assert_check_fails(&path, Some((6, 9)), "invalid type: sequence");
}

#[test]
fn alias_bomb_used_where_a_pack_expects_text_fails_fast() {
    // The anchors sit on values the pack accepts (a trait's factor list), so
    // the parser must follow the aliases before it can refuse anything.
    let dir = tempdir();
    let base = fs::read_to_string(Path::new(ROOT).join("tests/fixtures/valid/minimal.yaml"))
        .expect("minimal pack");
    let laughs = String::from(
        "    factors: &l0 [data-ai, data-ai, data-ai, data-ai, data-ai, data-ai, data-ai, data-ai, data-ai, data-ai]\n",
    );
    let mut traits = String::new();
    for level in 1..10 {
        let aliases = vec![format!("*l{}", level - 1); 10].join(", ");
        traits.push_str(&format!(
            "  - id: t{level}\n    label: L\n    help: H\n    max: 1\n    factors: &l{level} [{aliases}]\n"
        ));
    }
    let text = base
        .replacen("    factors: [data-ai]\n", &laughs, 1)
        .replace("close_call:", &format!("{traits}close_call:"));
    let path = dir.path().join("bomb-in-traits.yaml");
    fs::write(&path, &text).unwrap();
    let line = text
        .lines()
        .position(|line| line.contains("&l1 ["))
        .expect("the first alias level")
        + 1;
    let owned = path.clone();
    let error = within("load_pack bomb-in-traits", move || load_pack(&owned))
        .expect_err("nested lists are no factor ids");
    assert_diagnostics(&error, path_str(&path), Some(&text), "bomb-in-traits");
    // The message names `traits[2].factors[0]`, the `*l0` on the `&l1` line:
    // the place must be there, where the alias is used, not at the anchor
    // `&l0` (a valid list of factor ids on another trait).
    assert_eq!(error.0[0].place.map(|p| p.line), Some(line), "{error}");
    let stderr = assert_check_fails(&path, None, "invalid type: sequence");
    assert!(stderr.contains(&format!(":{line}:")), "{stderr}");
}

/// `value` as the title of an otherwise plausible pack start.
fn deep_pack(value: &str) -> String {
    format!("schema: 1\nid: deep\ntitle: {value}\n")
}

/// Write the generated file, then expect a located error through both paths.
fn assert_deep_fails(file: &str, text: &str, fragment: &str, profile: bool) {
    let dir = tempdir();
    let path = dir.path().join(file);
    fs::write(&path, text).unwrap();
    let owned = path.clone();
    let what = format!("{file} (generated, {} bytes)", text.len());
    let error = within(&what, move || {
        if profile {
            Profile::load(&owned).and_then(|p| p.values_for(&content::embedded()))
        } else {
            load_pack(&owned).map(|_| Vec::new())
        }
    })
    .expect_err("deep nesting must fail");
    assert_diagnostics(&error, path_str(&path), Some(text), &what);
    assert!(
        error.0[0].place.is_some(),
        "{what}: the parser knows where: {error}"
    );
    assert!(error.to_string().contains(fragment), "{what}: {error}");
    assert_check_fails(&path, None, fragment);
}

#[test]
fn ten_thousand_nested_flow_sequences_fail_with_a_place() {
    let nested = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    assert_deep_fails(
        "deep-seq.yaml",
        &deep_pack(&nested),
        "nesting deeper than 128",
        false,
    );
}

#[test]
fn ten_thousand_nested_flow_mappings_fail_with_a_place() {
    let nested = format!("{}x{}", "{a: ".repeat(DEPTH), "}".repeat(DEPTH));
    assert_deep_fails(
        "deep-map.yaml",
        &deep_pack(&nested),
        "nesting deeper than 128",
        false,
    );
}

#[test]
fn ten_thousand_unclosed_brackets_fail_with_a_place() {
    let text = deep_pack(&"[".repeat(DEPTH));
    assert_deep_fails("unclosed.yaml", &text, "", false);
}

#[test]
fn ten_thousand_nested_block_sequences_fail_with_a_place() {
    // `- - - … x`: block sequences nested on one line.
    let text = format!("{}x\n", "- ".repeat(DEPTH));
    assert_deep_fails("deep-block-seq.yaml", &text, "", false);
}

#[test]
fn deeply_nested_block_mappings_fail_with_a_place() {
    // `a:` inside `a:`, one more space each line: as deep as fits in 8 MiB
    // would take minutes to write; 3,000 levels are 4.5 MB.
    let depth = 3_000;
    let mut text = String::from("schema: 1\nid: deep\ntitle:\n");
    for level in 1..=depth {
        text.push_str(&" ".repeat(level));
        text.push_str("a:\n");
    }
    assert_deep_fails("deep-block-map.yaml", &text, "title", false);
}

#[test]
fn ten_thousand_nested_sequences_in_a_profile_fail_with_a_place() {
    let text = format!(
        "pack: python-vs-node\nvalues:\n  data_ai: {}{}\n",
        "[".repeat(DEPTH),
        "]".repeat(DEPTH)
    );
    assert_deep_fails("deep-profile.yaml", &text, "nesting deeper than 128", true);
}

/// PRODUCT.md §7: hostile YAML ends "in bounded time". Deep flow nesting is
/// quadratic in the YAML parser, so a few hundred KB (well under the 8 MiB
/// limit) must still be refused before it is parsed, not minutes later.
#[test]
fn nesting_far_past_any_limit_is_refused_in_bounded_time() {
    let dir = tempdir();
    let depth = 200_000;
    let pack = dir.path().join("very-deep.yaml");
    fs::write(&pack, deep_pack(&"[".repeat(depth))).unwrap();
    let profile = dir.path().join("very-deep-profile.yaml");
    fs::write(
        &profile,
        format!("pack: python-vs-node\nvalues: {}\n", "{a: ".repeat(depth)),
    )
    .unwrap();
    for path in [&pack, &profile] {
        // The guard fails the test if `check` is still parsing after GUARD.
        assert_check_fails(path, None, "");
    }
}

#[test]
fn nine_mib_pack_and_profile_are_refused_without_a_place() {
    let dir = tempdir();
    let mut pack = fs::read_to_string(corpus("bom.yaml")).unwrap();
    let mut profile = String::from("pack: python-vs-node\nvalues:\n  data_ai: 8\n");
    let padding = format!("# {}\n", "padding ".repeat(127));
    for text in [&mut pack, &mut profile] {
        while text.len() < 9 * 1024 * 1024 {
            text.push_str(&padding);
        }
        text.truncate(9 * 1024 * 1024);
    }
    let pack_path = dir.path().join("nine-mib.yaml");
    let profile_path = dir.path().join("nine-mib-profile.yaml");
    fs::write(&pack_path, &pack).unwrap();
    fs::write(&profile_path, &profile).unwrap();

    assert_load_fails(&pack_path, None, "at most 8 MiB");
    assert_profile_fails(&profile_path, None, "at most 8 MiB");
    for path in [&pack_path, &profile_path] {
        let stderr = assert_check_fails(path, None, "9.0 MiB");
        assert_eq!(stderr.lines().count(), 2, "{stderr}");
    }
    // Also where the pack is only opened, not checked.
    let ran = run(&["list", "--content", path_str(&pack_path)]);
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert_eq!(ran.stderr.lines().count(), 1, "{ran:?}");
    assert!(ran.stderr.contains("at most 8 MiB"), "{ran:?}");
    let ran = run(&["recommend", "--profile", path_str(&profile_path)]);
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert_eq!(ran.stderr.lines().count(), 1, "{ran:?}");
    assert_no_panic(&ran.stderr, "recommend --profile nine-mib");
}

#[test]
fn an_endless_file_is_cut_at_the_limit() {
    // /dev/zero says its size is 0 and never ends: reading must stop.
    let zero = Path::new("/dev/zero");
    if !zero.exists() {
        return;
    }
    assert_load_fails(zero, None, "at most 8 MiB");
    assert_check_fails(zero, None, "at most 8 MiB");
    let ran = run(&["list", "--content", "/dev/zero"]);
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert_eq!(ran.stderr.lines().count(), 1, "{ran:?}");
}

#[test]
fn invalid_utf8_is_reported_at_its_line_and_column() {
    let path = corpus("invalid-utf8.yaml");
    let bytes = fs::read(&path).unwrap();
    let at = bytes.iter().position(|&b| b == 0xFF).expect("the bad byte");
    // The comment at the top of the file promises line 12, column 17.
    assert_eq!(bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1, 12);
    assert_load_fails(&path, Some((12, 17)), "not valid UTF-8");
    assert_check_fails(&path, Some((12, 17)), "not valid UTF-8");
    // The same bytes as a profile fail the same way.
    let dir = tempdir();
    let profile = dir.path().join("bad-profile.yaml");
    fs::write(
        &profile,
        b"pack: python-vs-node\nvalues:\n  data_ai: 8\xff\n",
    )
    .unwrap();
    assert_profile_fails(&profile, Some((3, 13)), "not valid UTF-8");
    assert_check_fails(&profile, Some((3, 13)), "not valid UTF-8");
}

#[test]
fn a_byte_order_mark_before_a_valid_pack_loads() {
    let path = corpus("bom.yaml");
    assert!(fs::read(&path).unwrap().starts_with(b"\xEF\xBB\xBF"));
    let pack = assert_loads(&path);
    assert_eq!(pack.id, "bom");
    for text in all_strings(&pack) {
        assert!(!text.contains('\u{feff}'), "{text:?}");
    }
    // A profile with a BOM loads too.
    let dir = tempdir();
    let profile = dir.path().join("bom-profile.yaml");
    fs::write(
        &profile,
        "\u{feff}pack: python-vs-node\nvalues:\n  data_ai: 8\n",
    )
    .unwrap();
    let values = Profile::load(&profile)
        .and_then(|p| p.values_for(&content::embedded()))
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(values[0], 8);
}

#[test]
fn crlf_line_endings_load_without_a_carriage_return_anywhere() {
    let path = corpus("crlf.yaml");
    let bytes = fs::read(&path).unwrap();
    assert!(
        bytes.windows(2).any(|w| w == b"\r\n")
            && !bytes.windows(2).any(|w| w[0] != b'\r' && w[1] == b'\n'),
        "the corpus file lost its CRLF line endings (see tests/hostile/.gitattributes)"
    );
    let pack = assert_loads(&path);
    assert_eq!(pack.id, "crlf");
    assert_eq!(
        pack.intro,
        "A short comparison\nof two backend languages.\n\nSecond paragraph.\n"
    );
    for text in all_strings(&pack) {
        assert!(!text.contains('\r'), "a CR survived: {text:?}");
    }
    // Errors in a CRLF file count lines like the editor does.
    let text = String::from_utf8(bytes).unwrap().replace(
        "default: 0\r\n    factors: [real-time]",
        "default: 11\r\n    factors: [real-time]",
    );
    let dir = tempdir();
    let broken = dir.path().join("crlf-broken.yaml");
    fs::write(&broken, &text).unwrap();
    let line = text
        .split("\r\n")
        .position(|line| line.contains("default: 11"))
        .unwrap()
        + 1;
    assert_load_fails(&broken, Some((line, 5)), "default 11");
    assert_check_fails(&broken, Some((line, 5)), "default 11");
}

#[test]
fn an_empty_file_is_an_empty_pack_and_an_empty_profile() {
    let path = corpus("empty.yaml");
    assert_eq!(fs::metadata(&path).unwrap().len(), 0);
    assert_load_fails(&path, None, "empty");
    assert_profile_fails(&path, None, "empty");
    assert_check_fails(&path, None, "empty");
}

#[test]
fn a_stream_of_several_documents_is_refused_at_the_second() {
    let path = corpus("several-documents.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let second = text
        .lines()
        .enumerate()
        .filter(|(_, line)| *line == "---")
        .nth(1)
        .map(|(index, _)| index + 1)
        .expect("a second document");
    assert_load_fails(&path, Some((second, 1)), "several YAML documents");
    assert_check_fails(&path, Some((second, 1)), "several YAML documents");
    // As a profile, the same.
    let dir = tempdir();
    let profile = dir.path().join("profiles.yaml");
    fs::write(
        &profile,
        "pack: python-vs-node\nvalues: {data_ai: 1}\n---\npack: python-vs-node\n",
    )
    .unwrap();
    assert_profile_fails(&profile, Some((3, 1)), "several YAML documents");
    assert_check_fails(&profile, Some((3, 1)), "several YAML documents");
}

/// PRODUCT.md §2: "text fields non-empty". A field made only of characters
/// that cleaning removes must not load as an empty title.
#[test]
fn text_made_only_of_control_characters_counts_as_empty() {
    let base = fs::read_to_string(Path::new(ROOT).join("tests/fixtures/valid/minimal.yaml"))
        .expect("minimal pack");
    let text = base.replace(
        "title: Python or Node.js",
        r#"title: "\e\a\u202e\x9b\u2066""#,
    );
    let line = text.lines().position(|l| l.starts_with("title:")).unwrap() + 1;
    match parse_pack(&text, "only-controls.yaml") {
        Ok(pack) => panic!(
            "a title of control characters loaded as {:?}; it must be refused as empty",
            pack.title
        ),
        Err(error) => {
            assert_diagnostics(&error, "only-controls.yaml", Some(&text), "only-controls");
            assert_eq!(error.0[0].place.map(|p| p.line), Some(line), "{error}");
            assert!(error.to_string().contains("empty"), "{error}");
        }
    }
}

/// A file whose last line has no newline: an error at its end must point at
/// that last line, not at a line after the end of the file (and the message
/// must not carry a second, different place of its own).
#[test]
fn an_error_at_the_end_of_a_file_without_a_final_newline_stays_inside_it() {
    let cases = [
        ("schema: 1\nid", "pack"),
        ("# only a comment", "pack"),
        ("schema: 1\nid: x\n# the end", "pack"),
        ("pack: python-vs-node\nvalues:\n  data_ai", "profile"),
        ("# only a comment", "profile"),
    ];
    for (text, kind) in cases {
        let name = "no-final-newline.yaml";
        let error = if kind == "pack" {
            parse_pack(text, name).map(|_| ()).expect_err(text)
        } else {
            Profile::parse(text, name).map(|_| ()).expect_err(text)
        };
        assert_diagnostics(&error, name, Some(text), &format!("{kind} {text:?}"));
        for diagnostic in &error.0 {
            assert!(
                !diagnostic.message.contains(" at line "),
                "{kind} {text:?}: the message carries its own place: {diagnostic}"
            );
        }
    }
}

// ---- 2. escapes never get out ----------------------------------------------------

fn escapes_pack() -> Pack {
    load_pack(&corpus("escapes.yaml")).unwrap_or_else(|error| panic!("escapes.yaml: {error}"))
}

/// Slider values worth exporting: defaults (a close call), all at max, all at
/// zero, and each slider alone at max.
fn value_sets(pack: &Pack) -> Vec<Vec<u32>> {
    let mut sets = vec![
        pack.default_values(),
        pack.traits.iter().map(|t| t.max).collect(),
        vec![0; pack.traits.len()],
    ];
    for (index, t) in pack.traits.iter().enumerate() {
        let mut values = vec![0; pack.traits.len()];
        values[index] = t.max;
        sets.push(values);
    }
    sets
}

#[test]
fn escapes_pack_loads_clean_with_tabs_as_spaces() {
    let pack = assert_loads(&corpus("escapes.yaml"));
    for text in all_strings(&pack) {
        assert_clean_text(&text, "a loaded string");
        assert!(!text.contains('\t'), "a tab survived: {text:?}");
    }
    // "Tag]0;tline" is 11 columns; its tab goes to column 12.
    assert_eq!(pack.options[0].tagline, "Tag]0;tline A");
    assert_eq!(
        pack.intro.lines().nth(1),
        Some("    Tabbed ]0;title line two.")
    );
    assert_eq!(pack.title, "Esc[31mTitle[0m ]0;pwned-title2Jelit    end");
}

#[test]
fn escapes_never_reach_the_exports() {
    let pack = escapes_pack();
    for values in value_sets(&pack) {
        let recommendation = engine::recommend(&pack, &values);
        let what = format!("values {values:?}");

        let markdown = export::to_markdown(&pack, &recommendation);
        assert_clean_text(&markdown, &format!("markdown, {what}"));
        assert!(!markdown.contains('\t'), "markdown has a tab");
        assert!(markdown.contains("Needs"), "{markdown}");

        let text = export::to_text(&pack, &recommendation);
        assert_clean_text(&text, &format!("text, {what}"));
        assert!(!text.contains('\t'), "text has a tab");

        let json = export::to_json(&pack, &recommendation);
        assert_clean_text(&json, &format!("json, {what}"));
        let parsed: Value = serde_json::from_str(&json).expect("valid JSON");
        let mut strings = Vec::new();
        json_strings(&parsed, &mut strings);
        assert!(strings.len() > 10, "{json}");
        for string in strings {
            assert_clean_text(&string, &format!("decoded JSON string, {what}"));
            assert!(!string.contains('\t'), "decoded JSON has a tab: {string:?}");
        }

        let profile = profile::to_yaml(&pack, &values);
        assert_clean_text(&profile, &format!("profile, {what}"));
    }
}

/// Standard base64 with padding, decoded; `None` for anything else.
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    for chunk in text.as_bytes().chunks(4) {
        let padding = chunk.iter().rev().take_while(|&&b| b == b'=').count();
        if padding > 2 || chunk[..4 - padding].contains(&b'=') {
            return None;
        }
        let mut n: u32 = 0;
        for &byte in chunk {
            let six = if byte == b'=' {
                0
            } else {
                ALPHABET.iter().position(|&a| a == byte)? as u32
            };
            n = (n << 6) | six;
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..4 - padding]);
    }
    Some(out)
}

/// The text an OSC 52 sequence puts on the clipboard; panics on anything but
/// `ESC ] 52 ; c ; BASE64 BEL` (optionally followed by tmux's wrapped copy).
fn clipboard_text(sequence: &str) -> String {
    let plain_end = sequence.find('\u{7}').expect("BEL ends the OSC") + 1;
    let (plain, rest) = sequence.split_at(plain_end);
    let payload = plain
        .strip_prefix("\u{1b}]52;c;")
        .and_then(|p| p.strip_suffix('\u{7}'))
        .unwrap_or_else(|| panic!("not an OSC 52 sequence: {plain:?}"));
    assert!(
        payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'='),
        "the payload is not base64: {payload:?}"
    );
    if !rest.is_empty() {
        let wrapped = format!(
            "\u{1b}Ptmux;{}\u{1b}\\",
            plain.replace('\u{1b}', "\u{1b}\u{1b}")
        );
        assert_eq!(rest, wrapped, "tmux passthrough");
    }
    let bytes = base64_decode(payload).expect("the payload decodes");
    String::from_utf8(bytes).expect("the clipboard text is UTF-8")
}

#[test]
fn base64_decoder_agrees_with_the_encoder() {
    for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "é|日\n"] {
        let encoded = clipboard::base64(text.as_bytes());
        assert_eq!(base64_decode(&encoded).as_deref(), Some(text.as_bytes()));
    }
    assert_eq!(base64_decode("Zg="), None);
    assert_eq!(base64_decode("Z=g="), None);
}

#[test]
fn escapes_never_reach_the_clipboard() {
    let pack = escapes_pack();
    for values in value_sets(&pack) {
        let mut app = App::new(vec![pack.clone()], Some(values), Theme::new(false));
        app.update(Action::Resize(120, 40));
        let Some(Effect::Copy(summary)) = app.update(Action::Copy) else {
            panic!("`y` copies the summary");
        };
        assert_clean_text(&summary, "the summary to copy");
        for inside_tmux in [false, true] {
            let sequence = clipboard::osc52(&summary, inside_tmux);
            let copied = clipboard_text(&sequence);
            assert_eq!(copied, summary, "tmux: {inside_tmux}");
            assert_clean_text(&copied, "the clipboard text");
            assert!(!copied.contains('\t'));
        }
        // What the runner really writes to the terminal.
        let mut terminal = Vec::new();
        let outcome = tui::perform(Effect::Copy(summary.clone()), &mut terminal);
        assert!(outcome.is_ok(), "{outcome:?}");
        let written = String::from_utf8(terminal).expect("UTF-8");
        assert_eq!(clipboard_text(&written), summary);
    }
    // The file effects carry the same clean text.
    let mut app = explorer(vec![pack], false);
    let Some(Effect::WriteFile { contents, .. }) = app.update(Action::Export) else {
        panic!("`e` exports");
    };
    assert_clean_text(&contents, "the exported summary");
    let Some(Effect::WriteFile { contents, .. }) = app.update(Action::SaveProfile) else {
        panic!("`s` saves a profile");
    };
    assert_clean_text(&contents, "the saved profile");
    Profile::parse(&contents, "saved.yaml")
        .and_then(|p| p.values_for(&app.pack))
        .unwrap_or_else(|error| panic!("the saved profile reads back: {error}"));
}

fn draw(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.width, app.height)).expect("terminal");
    terminal.draw(|frame| ui::draw(frame, app)).expect("draw");
    terminal.backend().buffer().clone()
}

/// Every cell of the screen holds printable text; returns the screen's text.
fn scan(app: &App, what: &str) -> String {
    let buffer = draw(app);
    let area = buffer.area;
    let mut screen = String::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let symbol = buffer[(x, y)].symbol();
            if let Some(c) = symbol.chars().find(|&c| forbidden(c)) {
                panic!(
                    "{what}: cell ({x}, {y}) holds U+{:04X} in {symbol:?}",
                    c as u32
                );
            }
            screen.push_str(symbol);
        }
        screen.push('\n');
    }
    screen
}

fn explorer(packs: Vec<Pack>, colour: bool) -> App {
    let mut app = App::new(packs, None, Theme::new(colour));
    app.update(Action::Resize(120, 40));
    app
}

#[test]
fn escapes_never_reach_the_screen() {
    for colour in [false, true] {
        let mut app = explorer(vec![escapes_pack()], colour);
        let screen = scan(&app, "main");
        assert!(screen.contains("Al[1mpha"), "{screen}");
        // The title's tab became spaces (ratatui would drop a raw tab).
        assert!(
            screen.contains("Esc[31mTitle[0m ]0;pwned-title2Jelit    end"),
            "{screen}"
        );

        // Every pane focused, every factor and slider selected.
        for pane in 0..4 {
            for step in 0..4 {
                app.update(Action::Down);
                scan(&app, &format!("pane {pane}, {step} down"));
            }
            app.update(Action::Increase);
            app.update(Action::FocusNext);
            scan(&app, &format!("pane {pane} focused"));
        }
        app.update(Action::SliderMax);
        scan(&app, "a slider at max");

        // The article view, scrolled to its end.
        app.update(Action::ToggleArticle);
        let article = scan(&app, "article");
        assert!(article.contains("Sec[31mtion"), "{article}");
        for page in 0..5 {
            app.update(Action::PageDown);
            scan(&app, &format!("article, page {page}"));
        }
        app.update(Action::ToggleArticle);

        app.update(Action::ToggleHelp);
        scan(&app, "help");
        app.update(Action::Close);

        // Search with a query, then jump to each kind of hit.
        for query in ["e", "sec", "need", "sp"] {
            app.update(Action::OpenSearch);
            for c in query.chars() {
                app.update(Action::Input(c));
                scan(&app, &format!("search {query:?}"));
            }
            app.update(Action::Down);
            scan(&app, &format!("search {query:?}, second hit"));
            app.update(Action::Submit);
            scan(&app, &format!("after jumping to a hit of {query:?}"));
            app.update(Action::Close);
        }

        // A failed effect shows in the status line; the app keeps running.
        app.update(Action::Finished(Err(
            "Could not save the summary: Permission denied (os error 13)".into(),
        )));
        let status = app.status.clone().expect("a status");
        assert!(status.error);
        assert!(!app.quit);
        let screen = scan(&app, "status line");
        assert!(screen.contains("Could not save the summary"), "{screen}");
        app.update(Action::Increase);
        scan(&app, "after the error");
    }

    // The picker lists the packs by their (cleaned) titles.
    let mut app = explorer(vec![escapes_pack(), content::embedded()], false);
    let picker = scan(&app, "picker");
    assert!(picker.contains("Esc[31mTitle"), "{picker}");
    app.update(Action::Submit);
    scan(&app, "opened from the picker");
}

/// What a terminal would do with the bytes: bells, titles, clipboard writes
/// and any other OSC, counted by a `vt100` terminal fed the frames.
#[derive(Default)]
struct Witness {
    events: Vec<String>,
}

impl vt100::Callbacks for Witness {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.events.push("bell".into());
    }
    fn visual_bell(&mut self, _: &mut vt100::Screen) {
        self.events.push("visual bell".into());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.events
            .push(format!("icon name {:?}", String::from_utf8_lossy(name)));
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.events
            .push(format!("title {:?}", String::from_utf8_lossy(title)));
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8], data: &[u8]) {
        self.events
            .push(format!("clipboard {:?}", String::from_utf8_lossy(data)));
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        self.events.push(format!("osc {params:?}"));
    }
    fn unhandled_control(&mut self, _: &mut vt100::Screen, byte: u8) {
        self.events.push(format!("control {byte:#04x}"));
    }
}

/// A `Write` whose bytes stay readable after the backend took it.
#[derive(Clone, Default)]
struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes the real backend writes for one frame of `app`.
fn frame_bytes(app: &App) -> Vec<u8> {
    let area = ratatui::layout::Rect::new(0, 0, app.width, app.height);
    let sink = Shared::default();
    let backend = ratatui::backend::CrosstermBackend::new(sink.clone());
    let options = ratatui::TerminalOptions {
        viewport: ratatui::Viewport::Fixed(area),
    };
    let mut terminal = Terminal::with_options(backend, options).expect("terminal");
    terminal.draw(|frame| ui::draw(frame, app)).expect("draw");
    drop(terminal);
    std::mem::take(&mut *sink.0.lock().expect("lock"))
}

#[test]
fn escapes_never_reach_the_terminal_stream() {
    let mut app = explorer(vec![escapes_pack()], true);
    let states: [&[Action]; 5] = [
        &[],
        &[Action::ToggleArticle],
        &[Action::ToggleArticle, Action::ToggleHelp],
        &[
            Action::Close,
            Action::OpenSearch,
            Action::Input('s'),
            Action::Input('e'),
        ],
        &[Action::Close, Action::FocusPrev, Action::Down],
    ];
    for (index, actions) in states.iter().enumerate() {
        for action in *actions {
            app.update(action.clone());
        }
        let bytes = frame_bytes(&app);
        let what = format!("frame {index} ({:?})", app.overlay);
        let text = String::from_utf8(bytes.clone()).expect("the frame is UTF-8");
        // The drawing itself only ever needs CSI sequences: no BEL, no OSC,
        // no DCS, no C1 control and no bidi control.
        assert!(!bytes.contains(&0x07), "{what}: BEL");
        assert!(!text.contains("\u{1b}]"), "{what}: OSC");
        assert!(!text.contains("\u{1b}P"), "{what}: DCS");
        assert!(
            !text
                .chars()
                .any(|c| matches!(c, '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "{what}: a C1 or bidi control"
        );
        let mut terminal =
            vt100::Parser::new_with_callbacks(app.height, app.width, 0, Witness::default());
        terminal.process(&bytes);
        assert_eq!(terminal.callbacks().events, Vec::<String>::new(), "{what}");
        let contents = terminal.screen().contents();
        assert_clean_text(&contents, &what);
        assert!(contents.contains("Esc[31mTitle"), "{what}: {contents}");
    }
}

/// What the user types into the search box is drawn on the screen too: a
/// pasted bidi override or control character must not get there either.
#[test]
fn typed_controls_never_reach_the_screen() {
    let mut app = explorer(vec![escapes_pack()], false);
    app.update(Action::OpenSearch);
    for c in [
        's', '\u{202e}', 'e', '\u{1b}', '\u{9b}', '\u{2066}', '\u{7}', 'c', '\t',
    ] {
        let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        if let Some(action) = keymap::event_action(&event, &app.scopes(), true) {
            app.update(action);
        }
        scan(&app, &format!("search after typing U+{:04X}", c as u32));
    }
}

/// The binary's stdout for `args` with `--content escapes.yaml`.
fn stdout_with_escapes(args: &[&str]) -> String {
    let content = corpus("escapes.yaml");
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--content", path_str(&content)]);
    let ran = run(&all);
    assert_no_panic(&ran.stderr, &format!("{all:?}"));
    assert_eq!(ran.code, Some(0), "{all:?}: {ran:?}");
    ran.stdout
}

#[test]
fn escapes_never_reach_the_binarys_stdout() {
    let commands: [&[&str]; 8] = [
        &["list"],
        &["recommend"],
        &["recommend", "--format", "json"],
        &["recommend", "--format", "markdown"],
        &["recommend", "--set", "fast=10"],
        &["recommend", "--set", "wide=0", "--format", "json"],
        &["export"],
        &["export", "--set", "toggle=1", "-o", "-"],
    ];
    for args in commands {
        let out = stdout_with_escapes(args);
        assert!(!out.is_empty(), "{args:?}");
        assert_clean_text(&out, &format!("stdout of {args:?}"));
        assert!(!out.contains('\t'), "{args:?}: a tab");
        if args.contains(&"json") {
            let parsed: Value = serde_json::from_str(&out).expect("JSON");
            let mut strings = Vec::new();
            json_strings(&parsed, &mut strings);
            for string in strings {
                assert_clean_text(&string, &format!("decoded JSON of {args:?}"));
            }
        }
    }
    // And the exported file.
    let dir = tempdir();
    let file = dir.path().join("summary.md");
    let content = corpus("escapes.yaml");
    let ran = run(&[
        "export",
        "--content",
        path_str(&content),
        "-o",
        path_str(&file),
    ]);
    assert_eq!(ran.code, Some(0), "{ran:?}");
    assert_clean_text(&ran.stderr, "export's stderr");
    let written = fs::read_to_string(&file).unwrap();
    assert_clean_text(&written, "the exported file");
    assert_eq!(written, stdout_with_escapes(&["export"]));
}

// ---- 3. properties ---------------------------------------------------------------

/// `PROPTEST_CASES`, read here so this file decides its own default.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        // Failures are reported, not written into the source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces of YAML and of text that make parsers work hard.
const TOKENS: &[&str] = &[
    "schema: 1\n",
    "id: x\n",
    "pack: python-vs-node\n",
    "values:\n",
    "  data_ai: 3\n",
    "options:\n",
    "factors:\n",
    "traits:\n",
    "  - id: a\n",
    "    ratings: { a: 1 }\n",
    ": ",
    "- ",
    "? ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "!!str ",
    "!<tag> ",
    "|\n",
    ">-\n",
    "\"",
    "'",
    "\\",
    "#",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "<<: *a\n",
    "\n",
    "  ",
    "\t",
    "\r",
    "\r\n",
    "\u{feff}",
    "\u{1b}[31m",
    "\u{85}",
    "\u{2028}",
    "\u{202e}",
    "99999999999999999999",
    "-1",
    "1.5",
    "~",
    "é",
    "日本",
];

fn yamlish_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(TOKENS).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
            1 => "[a-z_ ]{1,8}",
        ],
        0..48,
    )
    .prop_map(|pieces| pieces.concat())
}

fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..256),
        prop::collection::vec(
            prop_oneof![
                3 => prop::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
                1 => any::<u8>().prop_map(|b| vec![b]),
                1 => Just(vec![0xEF, 0xBB, 0xBF]),
                1 => Just(vec![0xC3]),
            ],
            0..48,
        )
        .prop_map(|pieces| pieces.concat()),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), yamlish_text()]
}

/// A pack that loaded must hold what validation promises.
fn assert_valid(pack: &Pack, what: &str) {
    assert!(
        (2..=8).contains(&pack.options.len()),
        "{what}: {} options",
        pack.options.len()
    );
    assert!(
        !pack.factors.is_empty() && !pack.traits.is_empty(),
        "{what}"
    );
    assert!(pack.close_call.margin <= 100, "{what}");
    let options: Vec<&str> = pack.options.iter().map(|o| o.id.as_str()).collect();
    let factors: Vec<&str> = pack.factors.iter().map(|f| f.id.as_str()).collect();
    for factor in &pack.factors {
        assert_eq!(
            factor.ratings.len(),
            options.len(),
            "{what}: factor {} rates {:?}",
            factor.id,
            factor.ratings
        );
        for (option, &rating) in &factor.ratings {
            assert!(options.contains(&option.as_str()), "{what}: {option}");
            assert!(rating <= 10, "{what}: rating {rating}");
        }
    }
    for t in &pack.traits {
        assert!((1..=1000).contains(&t.max), "{what}: max {}", t.max);
        assert!(
            t.default <= t.max,
            "{what}: default {} > max {}",
            t.default,
            t.max
        );
        for f in &t.factors {
            assert!(factors.contains(&f.as_str()), "{what}: factor {f}");
        }
        for map in [&t.weights, &t.weights_low] {
            for (option, &weight) in map {
                assert!(options.contains(&option.as_str()), "{what}: {option}");
                assert!(weight <= 1000, "{what}: weight {weight}");
            }
        }
    }
    for rule in &pack.rules {
        assert!(options.contains(&rule.option.as_str()), "{what}");
    }
    for (list, ids) in [
        ("options", options.clone()),
        ("factors", factors.clone()),
        (
            "traits",
            pack.traits.iter().map(|t| t.id.as_str()).collect(),
        ),
        (
            "sections",
            pack.sections.iter().map(|s| s.id.as_str()).collect(),
        ),
    ] {
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "{what}: duplicate ids in {list}");
        for id in ids {
            assert!(
                !id.is_empty()
                    && id.chars().all(|c| c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || c == '-'
                        || c == '_'),
                "{what}: id {id:?}"
            );
        }
    }
    for text in all_strings(pack) {
        assert_clean_text(&text, what);
        assert!(!text.contains('\t'), "{what}: tab in {text:?}");
    }
    // What the app does with a pack: recommend and export, without panicking.
    for values in [
        pack.default_values(),
        pack.traits.iter().map(|t| t.max).collect(),
    ] {
        let recommendation = engine::recommend(pack, &values);
        assert!(recommendation.scores.iter().all(|&s| s <= 100), "{what}");
        let markdown = export::to_markdown(pack, &recommendation);
        assert_clean_text(&markdown, what);
        let _ = export::to_text(pack, &recommendation);
        let _ = export::to_json(pack, &recommendation);
    }
}

/// Write `bytes` to a fresh file; the file and its folder live as long as the guard.
fn temp_file(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempdir();
    let path = dir.path().join("input.yaml");
    fs::write(&path, bytes).unwrap();
    (dir, path)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_bytes_as_a_pack_or_profile_fail_cleanly(bytes in hostile_bytes()) {
        let (_dir, path) = temp_file(&bytes);
        let name = path.display().to_string();
        let text = String::from_utf8(bytes.clone()).ok();
        match load_pack(&path) {
            Ok(pack) => assert_valid(&pack, &name),
            Err(error) => assert_diagnostics(&error, &name, text.as_deref(), "load_pack"),
        }
        match Profile::load(&path).and_then(|p| p.values_for(&content::embedded())) {
            Ok(values) => prop_assert_eq!(values.len(), 8),
            Err(error) => assert_diagnostics(&error, &name, text.as_deref(), "Profile::load"),
        }
    }

    #[test]
    fn any_text_as_a_pack_or_profile_fails_cleanly(text in hostile_text()) {
        let name = "any-text.yaml";
        match parse_pack(&text, name) {
            Ok(pack) => assert_valid(&pack, name),
            Err(error) => assert_diagnostics(&error, name, Some(&text), "parse_pack"),
        }
        let embedded = content::embedded();
        match Profile::parse(&text, name).and_then(|p| p.values_for(&embedded)) {
            Ok(values) => {
                prop_assert_eq!(values.len(), embedded.traits.len());
                for (value, t) in values.iter().zip(&embedded.traits) {
                    prop_assert!(*value <= t.max);
                }
            }
            Err(error) => assert_diagnostics(&error, name, Some(&text), "Profile::parse"),
        }
    }
}

/// One edit of a pack or profile's text.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    ReplaceNumber(Index, String),
    ReplaceId(Index, String),
    Truncate(Index),
    InsertKey {
        line: Index,
        indent: usize,
        key: String,
        value: String,
    },
}

const KEYS: &[&str] = &[
    "schema",
    "id",
    "title",
    "source",
    "publisher",
    "url",
    "intro",
    "options",
    "name",
    "tagline",
    "summary",
    "factors",
    "detail",
    "ratings",
    "traits",
    "label",
    "help",
    "max",
    "default",
    "low",
    "high",
    "weights",
    "weights_low",
    "sections",
    "body",
    "rules",
    "option",
    "text",
    "close_call",
    "margin",
    "closing",
    "pack",
    "values",
    "data_ai",
    "realtime",
    "python",
    "node",
    "- id",
    "-",
    "<<",
    "?",
];

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (0u32..=12).prop_map(|n| n.to_string()),
        1 => any::<u32>().prop_map(|n| n.to_string()),
        1 => any::<i64>().prop_map(|n| format!("-{}", n.unsigned_abs())),
        1 => any::<f64>().prop_map(|f| format!("{f:?}")),
        2 => prop::sample::select(
            &[
                "4294967296",
                "18446744073709551616",
                "99999999999999999999999999999",
                "1e3",
                "1.0",
                "-0",
                ".inf",
                "-.inf",
                ".nan",
                "0x1F",
                "0o17",
                "0b11",
                "+5",
                "5_0",
                "\"ten\"",
                "ten",
                "~",
                "null",
                "true",
                "[]",
                "{}",
                "''",
                "*undefined",
            ][..]
        )
        .prop_map(str::to_owned),
    ]
}

fn random_id() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9_-]{0,12}",
        "[A-Za-z0-9 ._:/-]{0,16}",
        any::<String>().prop_map(|s| serde_json::to_string(&s).expect("a JSON string")),
        any::<String>(),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(Mutation::DeleteLine),
        1 => any::<Index>().prop_map(Mutation::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        3 => (any::<Index>(), number()).prop_map(|(at, n)| Mutation::ReplaceNumber(at, n)),
        2 => (any::<Index>(), random_id()).prop_map(|(at, id)| Mutation::ReplaceId(at, id)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        2 => (
            any::<Index>(),
            0usize..9,
            prop_oneof![prop::sample::select(KEYS).prop_map(str::to_owned), "[a-z_]{1,10}"],
            prop_oneof![number(), random_id(), Just(String::new())],
        )
            .prop_map(|(line, indent, key, value)| Mutation::InsertKey {
                line,
                indent,
                key,
                value,
            }),
    ]
}

/// The largest char boundary at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    match mutation {
        Mutation::DeleteLine(at) if !lines.is_empty() => {
            lines.remove(at.index(lines.len()));
        }
        Mutation::DuplicateLine(at) if !lines.is_empty() => {
            let line = lines[at.index(lines.len())].clone();
            lines.insert(at.index(lines.len()), line);
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
        }
        Mutation::ReplaceNumber(at, number) => {
            let mut runs = Vec::new();
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i].is_ascii_digit() {
                    let start = i;
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    runs.push(start..i);
                } else {
                    i += 1;
                }
            }
            if runs.is_empty() {
                return text.to_owned();
            }
            let run = runs[at.index(runs.len())].clone();
            return format!("{}{number}{}", &text[..run.start], &text[run.end..]);
        }
        Mutation::ReplaceId(at, id) => {
            let places: Vec<usize> = lines
                .iter()
                .enumerate()
                .filter(|(_, line)| {
                    let key = line.trim_start().trim_start_matches("- ");
                    key.starts_with("id:") || key.starts_with("option:") || key.starts_with("pack:")
                })
                .map(|(index, _)| index)
                .collect();
            if places.is_empty() {
                return text.to_owned();
            }
            let index = places[at.index(places.len())];
            let line = &lines[index];
            let colon = line.find(':').expect("a key");
            lines[index] = format!("{}: {id}\n", &line[..colon]);
        }
        Mutation::Truncate(at) => {
            let cut = floor_boundary(text, at.index(text.len() + 1));
            return text[..cut].to_owned();
        }
        Mutation::InsertKey {
            line,
            indent,
            key,
            value,
        } => {
            let at = line.index(lines.len() + 1);
            lines.insert(at, format!("{}{key}: {value}\n", " ".repeat(*indent)));
        }
        _ => {}
    }
    lines.concat()
}

fn valid_packs() -> Vec<(String, String)> {
    let mut packs = vec![(
        "python-vs-node.yaml".to_owned(),
        content::EMBEDDED_SOURCE.to_owned(),
    )];
    let folder = Path::new(ROOT).join("tests/fixtures/valid");
    let mut files: Vec<PathBuf> = fs::read_dir(&folder)
        .expect("tests/fixtures/valid")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        packs.push((name, fs::read_to_string(&path).unwrap()));
    }
    packs.push((
        "escapes.yaml".into(),
        fs::read_to_string(corpus("escapes.yaml")).unwrap(),
    ));
    packs
}

fn valid_profiles() -> Vec<(String, String)> {
    let pack = content::embedded();
    let mut profiles = vec![
        (
            "defaults.yaml".to_owned(),
            profile::to_yaml(&pack, &pack.default_values()),
        ),
        (
            "flow.yaml".to_owned(),
            "pack: python-vs-node\nvalues: { data_ai: 8, realtime: 2, workload: 10 }\n".to_owned(),
        ),
    ];
    let folder = Path::new(ROOT).join("assets/profiles");
    if let Ok(entries) = fs::read_dir(folder) {
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            profiles.push((name, fs::read_to_string(&path).unwrap()));
        }
    }
    profiles
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_packs_load_valid_or_fail_at_a_line_inside_the_file(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let packs = valid_packs();
        let (name, source) = &packs[which.index(packs.len())];
        let mut text = source.clone();
        for mutation in &mutations {
            text = apply(&text, mutation);
        }
        match parse_pack(&text, name) {
            Ok(pack) => assert_valid(&pack, name),
            Err(error) => assert_diagnostics(&error, name, Some(&text), name),
        }
    }

    #[test]
    fn mutated_profiles_give_values_in_range_or_fail_at_a_line_inside_the_file(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let profiles = valid_profiles();
        let (name, source) = &profiles[which.index(profiles.len())];
        let mut text = source.clone();
        for mutation in &mutations {
            text = apply(&text, mutation);
        }
        let pack = content::embedded();
        match Profile::parse(&text, name).and_then(|p| p.values_for(&pack)) {
            Ok(values) => {
                prop_assert_eq!(values.len(), pack.traits.len());
                for (value, t) in values.iter().zip(&pack.traits) {
                    prop_assert!(*value <= t.max, "{} > {}", value, t.max);
                }
            }
            Err(error) => assert_diagnostics(&error, name, Some(&text), name),
        }
    }

    #[test]
    fn truncated_packs_fail_cleanly_at_any_byte(which in any::<Index>(), at in any::<Index>()) {
        // Cut anywhere, even inside a character: the file is then not UTF-8.
        let packs = valid_packs();
        let (_, source) = &packs[which.index(packs.len())];
        let bytes = &source.as_bytes()[..at.index(source.len() + 1)];
        let (_dir, path) = temp_file(bytes);
        let name = path.display().to_string();
        match load_pack(&path) {
            Ok(pack) => assert_valid(&pack, &name),
            Err(error) => {
                let text = String::from_utf8_lossy(bytes);
                assert_diagnostics(&error, &name, Some(&text), &name);
            }
        }
    }
}

// ---- 4. files that cannot be written ---------------------------------------------

/// Every entry under `dir` (hidden ones too) with its bytes; folders as `/`.
fn snapshot(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).expect("read_dir") {
            let path = entry.expect("entry").path();
            let key = path
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let meta = fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                out.insert(format!("{key}/"), None);
                stack.push(path);
            } else if meta.file_type().is_symlink() {
                let target = fs::read_link(&path).unwrap();
                out.insert(
                    key,
                    Some(target.to_string_lossy().into_owned().into_bytes()),
                );
            } else {
                out.insert(key, Some(fs::read(&path).unwrap()));
            }
        }
    }
    out
}

fn no_temporary_files(
    before: &BTreeMap<String, Option<Vec<u8>>>,
    after: &BTreeMap<String, Option<Vec<u8>>>,
) {
    let temporary: Vec<&String> = after
        .keys()
        .filter(|name| name.ends_with(".tmp") || name.contains("/.") || name.starts_with('.'))
        .filter(|name| !before.contains_key(*name))
        .collect();
    assert!(temporary.is_empty(), "left behind: {temporary:?}");
}

/// `stackcompare export ARGS` (via `wrapper` when given) fails with one line
/// and leaves `dir` exactly as it was.
fn assert_export_fails_cleanly(dir: &Path, args: &[&str], full_disk: bool, fragment: &str) {
    let before = snapshot(dir);
    let mut all = vec!["export"];
    all.extend(args);
    let command = if full_disk {
        // RLIMIT_FSIZE of one 512-byte block: writing more fails with EFBIG
        // (SIGXFSZ ignored so the write returns the error instead of killing).
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(r#"trap "" XFSZ; ulimit -f 1; exec "$0" "$@""#)
            .arg(BIN)
            .args(&all)
            .current_dir(dir);
        command
    } else {
        binary(&all, dir)
    };
    let what = format!("export {args:?} (full disk: {full_disk})");
    let ran = guarded(command, &what);
    assert_no_panic(&ran.stderr, &what);
    assert_eq!(ran.code, Some(1), "{what}: {ran:?}");
    assert_eq!(ran.stdout, "", "{what}");
    assert_eq!(ran.stderr.lines().count(), 1, "{what}: {:?}", ran.stderr);
    assert!(ran.stderr.contains(fragment), "{what}: {:?}", ran.stderr);
    let after = snapshot(dir);
    no_temporary_files(&before, &after);
    assert_eq!(before, after, "{what}: the folder changed");
}

#[test]
fn export_under_a_regular_file_fails_and_changes_nothing() {
    let dir = tempdir();
    fs::write(dir.path().join("file.txt"), "keep me").unwrap();
    for force in [false, true] {
        let mut args = vec!["-o", "file.txt/out.md"];
        if force {
            args.push("--force");
        }
        assert_export_fails_cleanly(dir.path(), &args, false, "file.txt/out.md");
    }
}

/// A folder nothing can be created in, even by root: `chattr +i` where the
/// file system supports it, else mode 0555 (enough for other users). `None`
/// when neither stops this process from writing.
struct Unwritable {
    path: PathBuf,
    immutable: bool,
}

impl Unwritable {
    fn new(path: PathBuf) -> Option<Self> {
        fs::create_dir(&path).unwrap();
        fs::write(path.join("old.md"), "old").unwrap();
        let immutable = Command::new("chattr")
            .arg("+i")
            .arg(&path)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if !immutable {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o555)).unwrap();
        }
        let guard = Self { path, immutable };
        let probe = guard.path.join("probe");
        if fs::write(&probe, "x").is_ok() {
            let _ = fs::remove_file(probe);
            return None;
        }
        Some(guard)
    }
}

impl Drop for Unwritable {
    fn drop(&mut self) {
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(&self.path).status();
        } else {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(&self.path, fs::Permissions::from_mode(0o755));
        }
    }
}

#[test]
fn export_into_an_unwritable_or_missing_folder_fails_and_changes_nothing() {
    let dir = tempdir();
    match Unwritable::new(dir.path().join("locked")) {
        Some(_locked) => {
            for args in [
                &["-o", "locked/out.md"][..],
                &["-o", "locked/out.md", "--force"][..],
                &["-o", "locked/old.md", "--force"][..],
            ] {
                assert_export_fails_cleanly(dir.path(), args, false, "locked/");
            }
        }
        None => {
            eprintln!("no way to make an unwritable folder here; only the missing one is tested")
        }
    }
    assert_export_fails_cleanly(
        dir.path(),
        &["-o", "missing/out.md"],
        false,
        "missing/out.md",
    );
    // A link to a place that does not exist.
    std::os::unix::fs::symlink("missing/target.md", dir.path().join("dangling.md")).unwrap();
    assert_export_fails_cleanly(dir.path(), &["-o", "dangling.md"], false, "dangling.md");
    assert_export_fails_cleanly(
        dir.path(),
        &["-o", "dangling.md", "--force"],
        false,
        "dangling.md",
    );
}

#[test]
fn export_onto_an_existing_file_fails_and_changes_nothing() {
    let dir = tempdir();
    fs::write(dir.path().join("out.md"), "my notes").unwrap();
    assert_export_fails_cleanly(dir.path(), &["-o", "out.md"], false, "already exists");
}

#[test]
fn export_onto_a_full_disk_fails_and_changes_nothing() {
    let summary = run(&["export"]);
    assert!(
        summary.stdout.len() > 512,
        "the summary must be bigger than the 512-byte limit"
    );
    let dir = tempdir();
    assert_export_fails_cleanly(dir.path(), &["-o", "new.md"], true, "new.md");
    // Replacing a file: the old one survives whole.
    fs::write(dir.path().join("old.md"), "old summary").unwrap();
    assert_export_fails_cleanly(dir.path(), &["-o", "old.md", "--force"], true, "old.md");
    // The same write with room succeeds, so the limit is what failed it.
    let ran = guarded(
        binary(&["export", "-o", "new.md"], dir.path()),
        "export with room",
    );
    assert_eq!(ran.code, Some(0), "{ran:?}");
    assert_eq!(
        fs::read_to_string(dir.path().join("new.md")).unwrap(),
        summary.stdout
    );
}

#[test]
fn a_failed_write_in_the_explorer_shows_in_the_status_line_and_it_keeps_running() {
    let mut app = explorer(vec![content::embedded()], false);
    for what in ["summary", "profile"] {
        let effect = if what == "summary" {
            app.update(Action::Export)
        } else {
            app.update(Action::SaveProfile)
        };
        assert!(
            matches!(effect, Some(Effect::WriteFile { .. })),
            "{effect:?}"
        );
        let message = format!("Could not save the {what}: File too large (os error 27)");
        assert_eq!(app.update(Action::Finished(Err(message.clone()))), None);
        let status = app.status.clone().expect("a status");
        assert!(status.error, "{status:?}");
        assert_eq!(status.text, message);
        assert!(!app.quit);
        let screen = scan(&app, "after a failed write");
        assert!(screen.contains(&message), "{screen}");
        // Still running: a slider moves and the error gives way.
        let before = app.values.clone();
        app.update(Action::Increase);
        assert_ne!(app.values, before);
    }
}

// ---- 4b. the explorer's writes, in a child process with its own folder -----------
//
// `tui::perform` writes to the current folder, and tests share one process,
// so the cases below re-run this test binary as a child (only the test
// `perform_in_child`) in a folder of their own. No test changes the cwd of
// this process.

const CHILD: &str = "STACKCOMPARE_HOSTILE_PERFORM";
const OUTCOME: &str = "PERFORM-OUTCOME ";

/// In a child: perform the write `STACKCOMPARE_HOSTILE_PERFORM` names
/// (`summary`/`profile`, `+gone` to delete the folder first) and print the outcome.
#[test]
fn perform_in_child() {
    let Ok(mode) = std::env::var(CHILD) else {
        return;
    };
    let mut pack = content::embedded();
    // A long title makes the profile, too, bigger than 512 bytes.
    pack.title = format!("{} {}", pack.title, "long ".repeat(120));
    let mut app = App::new(vec![pack], None, Theme::new(false));
    let effect = if mode.starts_with("summary") {
        app.update(Action::Export)
    } else {
        app.update(Action::SaveProfile)
    }
    .expect("a write effect");
    if mode.ends_with("+gone") {
        let here = std::env::current_dir().expect("cwd");
        fs::remove_dir(here).expect("remove the empty cwd");
    }
    let outcome = tui::perform(effect, &mut Vec::new());
    let json = match &outcome {
        Ok(message) => serde_json::json!({ "ok": message }),
        Err(message) => serde_json::json!({ "err": message }),
    };
    println!("{OUTCOME}{json}");
}

/// Run `perform_in_child` in `dir`; its `Ok` or `Err` message.
fn perform_in(dir: &Path, mode: &str, full_disk: bool) -> Result<String, String> {
    let exe = std::env::current_exe().expect("this test binary");
    let args = [
        "perform_in_child",
        "--exact",
        "--nocapture",
        "--test-threads=1",
    ];
    let mut command = if full_disk {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            // A file-size limit of 0: no file may grow, however small (a full disk).
            .arg(r#"trap "" XFSZ; ulimit -f 0; exec "$0" "$@""#)
            .arg(&exe)
            .args(args);
        command
    } else {
        let mut command = Command::new(&exe);
        command.args(args);
        command
    };
    command.current_dir(dir).env(CHILD, mode);
    let ran = guarded(command, &format!("perform {mode} (full disk: {full_disk})"));
    assert_no_panic(&ran.stderr, mode);
    assert_eq!(ran.code, Some(0), "{ran:?}");
    let line = ran
        .stdout
        .lines()
        .find_map(|line| line.split_once(OUTCOME).map(|(_, json)| json))
        .unwrap_or_else(|| panic!("no outcome: {ran:?}"));
    let value: Value = serde_json::from_str(line).expect("JSON outcome");
    match (value["ok"].as_str(), value["err"].as_str()) {
        (Some(ok), None) => Ok(ok.to_owned()),
        (None, Some(err)) => Err(err.to_owned()),
        _ => panic!("odd outcome {line}"),
    }
}

fn assert_one_line_error(outcome: &Result<String, String>, what: &str, fragment: &str) {
    let message = outcome.as_ref().expect_err(what);
    assert!(
        message.starts_with(&format!("Could not save the {what}")),
        "{message}"
    );
    assert!(message.contains(fragment), "{what}: {message}");
    assert!(!message.chars().any(forbidden), "{what}: {message:?}");
}

#[test]
fn explorer_writes_onto_a_full_disk_fail_and_change_nothing() {
    for what in ["summary", "profile"] {
        let dir = tempdir();
        fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let before = snapshot(dir.path());
        let outcome = perform_in(dir.path(), what, true);
        assert_one_line_error(&outcome, what, "too large");
        let after = snapshot(dir.path());
        no_temporary_files(&before, &after);
        assert_eq!(before, after, "{what}");
    }
}

#[test]
fn explorer_writes_into_an_unwritable_or_deleted_folder_fail_cleanly() {
    for what in ["summary", "profile"] {
        let dir = tempdir();
        if let Some(locked) = Unwritable::new(dir.path().join("locked")) {
            let before = snapshot(&locked.path);
            let outcome = perform_in(&locked.path, what, false);
            assert_one_line_error(&outcome, what, "");
            assert_eq!(before, snapshot(&locked.path), "{what}");
        }
        let gone = dir.path().join("gone");
        fs::create_dir(&gone).unwrap();
        let outcome = perform_in(&gone, &format!("{what}+gone"), false);
        assert_one_line_error(&outcome, what, "");
        assert!(!gone.exists());
        assert!(
            snapshot(dir.path())
                .keys()
                .all(|name| name.starts_with("locked"))
        );
    }
}

#[test]
fn explorer_writes_never_replace_an_existing_file() {
    let dir = tempdir();
    let summary = "stackcompare-python-vs-node.md";
    let profile = "stackcompare-python-vs-node.profile.yaml";
    fs::write(dir.path().join(summary), "my summary").unwrap();
    fs::write(dir.path().join(profile), "my profile").unwrap();
    let before = snapshot(dir.path());
    assert_eq!(
        perform_in(dir.path(), "summary", false),
        Ok("Saved the summary to stackcompare-python-vs-node-2.md".into())
    );
    assert_eq!(
        perform_in(dir.path(), "profile", false),
        Ok("Saved the profile to stackcompare-python-vs-node-2.profile.yaml".into())
    );
    let after = snapshot(dir.path());
    no_temporary_files(&before, &after);
    for (name, contents) in &before {
        assert_eq!(after.get(name), Some(contents), "{name} changed");
    }
    assert_eq!(after.len(), before.len() + 2, "{:?}", after.keys());
}
