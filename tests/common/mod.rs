//! Helpers shared by the test suites: the binary and its output, temporary
//! folders, property-test settings, generated packs and drawn screens.
//! Each suite uses some of them.
#![allow(dead_code)]

pub mod packs;
pub mod screen;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use proptest::test_runner::Config as ProptestConfig;

pub const BIN: &str = env!("CARGO_BIN_EXE_stackcompare");
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A path inside the repository.
pub fn repo(relative: &str) -> PathBuf {
    Path::new(ROOT).join(relative)
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}

/// The binary with `args`, run from the repository (so `content/` and
/// `assets/` resolve), without colour, backtraces or standard input.
pub fn command(args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(ROOT)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env("NO_COLOR", "1")
        // Never the user's own config file: a place that holds none.
        .env_remove("STACKCOMPARE_CONFIG")
        .env(
            "XDG_CONFIG_HOME",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-config"),
        )
        .stdin(Stdio::null());
    command
}

pub fn run(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Run, expect exit 0, return stdout.
pub fn ok(args: &[&str]) -> String {
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
pub fn fails(args: &[&str], code: i32) -> String {
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

pub fn assert_no_panic(stderr: &str) {
    let lower = stderr.to_lowercase();
    assert!(!lower.contains("panicked"), "panic in stderr:\n{stderr}");
    assert!(
        !lower.contains("backtrace"),
        "backtrace in stderr:\n{stderr}"
    );
}

/// Names in `dir`, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read the folder")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Names in `dir` starting with `.`: leftover temporary files.
pub fn hidden_files(dir: &Path) -> Vec<String> {
    names(dir)
        .into_iter()
        .filter(|name| name.starts_with('.'))
        .collect()
}

/// Property-test settings: `cases` unless `PROPTEST_CASES` says otherwise
/// (`ProptestConfig::with_cases` ignores it). No failure files: a failure
/// found becomes an explicit test.
pub fn proptest_config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        // Rejections grow with the cases: a long run must not abort on a
        // limit sized for the default run.
        max_global_rejects: cases.saturating_mul(2).max(1024),
        failure_persistence: None,
        max_shrink_iters: 1024,
        ..ProptestConfig::default()
    }
}

/// Every text of a loaded pack, ids included.
pub fn pack_strings(pack: &stackcompare::content::Pack) -> Vec<String> {
    use stackcompare::content::Rating;
    let mut out = vec![
        pack.id.clone(),
        pack.title.clone(),
        pack.source.publisher.clone(),
        pack.intro.clone(),
    ];
    out.extend(pack.close_call.texts.iter().map(|t| t.text.clone()));
    out.extend(pack.source.url.clone());
    for option in &pack.options {
        out.extend([
            option.id.clone(),
            option.name.clone(),
            option.tagline.clone(),
            option.summary.clone(),
        ]);
        out.extend(option.aliases.iter().cloned());
    }
    for factor in &pack.factors {
        out.extend([
            factor.id.clone(),
            factor.name.clone(),
            factor.summary.clone(),
        ]);
        out.extend(factor.detail.clone());
        for rating in &factor.ratings {
            if let Rating::Quoted { basis, .. } = rating {
                out.push(basis.clone());
            }
        }
    }
    for t in &pack.sliders {
        out.extend([t.id.clone(), t.label.clone(), t.help.clone()]);
        out.extend(t.low.clone());
        out.extend(t.high.clone());
    }
    for section in &pack.sections {
        out.extend([
            section.id.clone(),
            section.title.clone(),
            section.body.clone(),
        ]);
    }
    out.extend(pack.rules.iter().map(|rule| rule.text.clone()));
    out.extend(pack.rules.iter().filter_map(|rule| rule.id.clone()));
    for situation in &pack.situations {
        out.extend([situation.name.clone(), situation.basis.clone()]);
    }
    out.extend(pack.sentences.iter().cloned());
    if let Some(closing) = &pack.closing {
        out.extend([closing.title.clone(), closing.body.clone()]);
    }
    out
}
