//! Where the output goes: a replaced file keeps its mode, names near the
//! system's limit work, a
//! dangling link is named the same way with and without `--force`, and a
//! closed standard output is an error.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{self, tempdir};

fn export_in(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["export"];
    all.extend(args);
    let mut command = common::command(&all);
    command.current_dir(dir);
    command.output().expect("the binary runs")
}

#[test]
fn force_keeps_the_replaced_files_mode_and_leaves_hard_links_the_old_text() {
    let dir = tempdir();
    let target = dir.path().join("private.md");
    fs::write(&target, "old notes").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).unwrap();
    fs::hard_link(&target, dir.path().join("link.md")).unwrap();
    let output = export_in(dir.path(), &["-o", "private.md", "--force"]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let meta = fs::metadata(&target).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(fs::read_to_string(&target).unwrap().starts_with("# "));
    // The README says so: the link still holds the old text.
    assert_eq!(
        fs::read_to_string(dir.path().join("link.md")).unwrap(),
        "old notes"
    );
}

#[test]
fn a_name_of_255_bytes_is_written() {
    let dir = tempdir();
    let name = format!("{}.md", "n".repeat(252));
    let output = export_in(dir.path(), &["-o", &name]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    assert!(dir.path().join(&name).is_file());
    assert!(common::hidden_files(dir.path()).is_empty());
}

#[test]
fn a_dangling_link_gets_one_message_with_and_without_force() {
    let dir = tempdir();
    std::os::unix::fs::symlink("missing/target.md", dir.path().join("dangling.md")).unwrap();
    let plain = export_in(dir.path(), &["-o", "dangling.md"]);
    let forced = export_in(dir.path(), &["-o", "dangling.md", "--force"]);
    for output in [&plain, &forced] {
        assert_eq!(output.status.code(), Some(1));
    }
    let message = common::stderr(&plain);
    assert_eq!(message, common::stderr(&forced));
    assert!(
        message.starts_with("dangling.md: is a symbolic link to a file that does not exist"),
        "{message}"
    );
}

/// `bash -c 'exec stackcompare ARGS REDIRECT'`: the shell closes or
/// redirects standard output the way a user's script would.
fn with_stdout(redirect: &str, args: &str) -> std::process::Output {
    Command::new("bash")
        .arg("-c")
        .arg(format!("exec \"$0\" {args} {redirect}"))
        .arg(common::BIN)
        .current_dir(common::ROOT)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("bash runs")
}

#[test]
fn a_closed_standard_output_is_an_error_and_dev_null_is_not() {
    for args in ["recommend", "export -o -", "list"] {
        let closed = with_stdout(">&-", args);
        assert_eq!(closed.status.code(), Some(1), "{args} >&-");
        assert_eq!(
            common::stderr(&closed).trim(),
            "<stdout>: cannot write: standard output is closed"
        );
        // Write-only as a shell opens it, and read-write as Python's
        // `subprocess.DEVNULL` and daemons do: both are open.
        for null in [">/dev/null", "1<>/dev/null"] {
            let output = with_stdout(null, args);
            assert_eq!(
                output.status.code(),
                Some(0),
                "{args} {null}: {}",
                common::stderr(&output)
            );
        }
    }
}
