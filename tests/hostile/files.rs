//! Files that cannot be written: the command line and the explorer fail
//! with one line and leave the folder as it was.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::Value;
use stackcompare::content;
use stackcompare::tui;
use stackcompare::tui::action::{Action, Effect};
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::theme::Theme;

use super::escapes::{explorer, scan};
use super::{GUARD, Ran, assert_no_panic, binary, forbidden, guarded, run};
use crate::common::{self, BIN, path_str, tempdir};

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
        // RLIMIT_FSIZE of one 512-byte block, as a shell sets it: the write
        // past it sends SIGXFSZ, which the binary must survive to report.
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(r#"ulimit -f 1; exec "$0" "$@""#)
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
            app.update(Action::SaveProfile);
            app.update(Action::Submit)
        };
        assert!(
            matches!(effect, Some(Effect::WriteFile { .. })),
            "{effect:?}"
        );
        let message = format!("Could not save the {what}: File too large (os error 27)");
        assert_eq!(app.update(Action::Finished(Err(message.clone()))), None);
        let status = app.status().cloned().expect("a status");
        assert!(status.error, "{status:?}");
        assert_eq!(status.text, message);
        assert!(!app.quitting());
        let screen = scan(&app, "after a failed write");
        assert!(screen.contains(&message), "{screen}");
        // Still running: a slider moves and the error gives way.
        let before = app.session().values().to_vec();
        app.update(Action::Increase);
        assert_ne!(app.session().values(), before);
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
    let mut app = App::new(vec![pack], Start::default(), Theme::new(false));
    let effect = if mode.starts_with("summary") {
        app.update(Action::Export)
    } else {
        app.update(Action::SaveProfile);
        app.update(Action::Submit)
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
        "files::perform_in_child",
        "--exact",
        "--nocapture",
        "--test-threads=1",
    ];
    let mut command = if full_disk {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            // A file-size limit of 0: no file may grow, however small (a full
            // disk). This child is the test binary, not `stackcompare`, so it
            // ignores SIGXFSZ as the binary does at start (tested on its own
            // in `the_binary_survives_a_file_size_limit`).
            .arg(r#"trap "" XFSZ; ulimit -f 0; exec "$0" "$@""#)
            .arg(&exe)
            .args(args);
        command
    } else {
        let mut command = Command::new(&exe);
        command.args(args);
        command
    };
    command
        .current_dir(dir)
        .env(CHILD, mode)
        .stdin(Stdio::null());
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
    let profile = "my-project.profile.yaml";
    fs::write(dir.path().join(summary), "my summary").unwrap();
    fs::write(dir.path().join(profile), "my profile").unwrap();
    let before = snapshot(dir.path());
    // The message gives the whole path, to find the file by.
    let here = fs::canonicalize(dir.path()).unwrap();
    assert_eq!(
        perform_in(dir.path(), "summary", false),
        Ok(format!(
            "Saved the summary to {}",
            here.join("stackcompare-python-vs-node-2.md").display()
        ))
    );
    assert_eq!(
        perform_in(dir.path(), "profile", false),
        Ok(format!(
            "Saved the profile my project to {}",
            here.join("my-project-2.profile.yaml").display()
        ))
    );
    let after = snapshot(dir.path());
    no_temporary_files(&before, &after);
    for (name, contents) in &before {
        assert_eq!(after.get(name), Some(contents), "{name} changed");
    }
    assert_eq!(after.len(), before.len() + 2, "{:?}", after.keys());
}

// ---- 5. limits and signals, as a user's shell sets and sends them -----------------

/// `stackcompare ARGS` in `dir` under a real `ulimit -f 1` (512 bytes).
fn under_file_size_limit(dir: &Path, args: &[&str]) -> Ran {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(r#"ulimit -f 1; exec "$0" "$@""#)
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null());
    guarded(command, &format!("{args:?} under ulimit -f 1"))
}

#[test]
fn the_binary_survives_a_file_size_limit() {
    // Not killed by SIGXFSZ (exit 153): one line, exit 1, nothing left.
    for args in [
        &["export", "-o", "out.md"][..],
        &["new", "mine", "-o", "mine.yaml"],
    ] {
        let dir = tempdir();
        let before = snapshot(dir.path());
        let ran = under_file_size_limit(dir.path(), args);
        assert_eq!(ran.code, Some(1), "{args:?}: {ran:?}");
        assert_eq!(ran.stderr.lines().count(), 1, "{args:?}: {ran:?}");
        assert!(ran.stderr.contains("too large"), "{args:?}: {ran:?}");
        assert_no_panic(&ran.stderr, "under ulimit -f");
        assert_eq!(before, snapshot(dir.path()), "{args:?}: the folder changed");
    }
}

#[test]
fn export_onto_a_loop_of_links_names_the_loop() {
    let dir = tempdir();
    std::os::unix::fs::symlink("b.md", dir.path().join("a.md")).unwrap();
    std::os::unix::fs::symlink("a.md", dir.path().join("b.md")).unwrap();
    for force in [false, true] {
        let mut args = vec!["-o", "a.md"];
        if force {
            args.push("--force");
        }
        assert_export_fails_cleanly(dir.path(), &args, false, "a loop of links");
    }
}

/// A pack whose summary is about 4 MB of markdown, so the write of the
/// export takes long enough to be caught in the middle.
fn pack_with_a_long_export(dir: &Path) -> PathBuf {
    let long: Vec<String> = (0..250_000).map(|i| format!("word{}", i % 1000)).collect();
    let long = long.join(" ");
    let text = fs::read_to_string(common::repo("tests/fixtures/valid/minimal.yaml"))
        .unwrap()
        .replacen(
            "Node.js shines at live connections.\n",
            &format!("Node.js shines at live connections. Python {long}.\n"),
            1,
        )
        .replacen(
            "    summary: Python dominates data work.\n",
            &format!("    summary: \"Python {long}.\"\n"),
            1,
        );
    let path = dir.join("long.yaml");
    fs::write(&path, text).unwrap();
    path
}

fn kill(pid: u32, signal: i32) {
    let pid = i32::try_from(pid).expect("a pid");
    // SAFETY: kill(2) with a child's pid and a signal number; no memory.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill {pid} {signal}");
}

/// The temporary files in `dir`.
fn temporaries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".tmp"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_signal_in_the_middle_of_an_export_leaves_no_temporary_file() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempdir();
    let pack = pack_with_a_long_export(dir.path());
    for signal in [libc::SIGTERM, libc::SIGINT, libc::SIGHUP] {
        // Stop the export while its temporary file exists, send the signal,
        // let it go on. A run stopped too late (no temporary file any more)
        // is tried again.
        let mut caught = false;
        for _attempt in 0..20 {
            let _ = fs::remove_file(dir.path().join("out.md"));
            let mut child = binary(
                &["export", "--content", path_str(&pack), "-o", "out.md"],
                dir.path(),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start export");
            let start = Instant::now();
            let mut ended = false;
            while temporaries(dir.path()).is_empty() && start.elapsed() < GUARD {
                if child.try_wait().expect("try_wait").is_some() {
                    ended = true;
                    break;
                }
            }
            if ended {
                // Done before its temporary file was seen: try again.
                continue;
            }
            kill(child.id(), libc::SIGSTOP);
            let stopped_while_writing = !temporaries(dir.path()).is_empty();
            kill(child.id(), signal);
            kill(child.id(), libc::SIGCONT);
            let status = child.wait().expect("wait");
            if !stopped_while_writing {
                continue;
            }
            caught = true;
            assert_eq!(status.signal(), Some(signal), "{status:?}");
            assert_eq!(temporaries(dir.path()), Vec::<String>::new());
            break;
        }
        assert!(
            caught,
            "signal {signal}: never caught the export while writing"
        );
    }
}
