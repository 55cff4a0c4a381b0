//! `--watch` and `w` in a real terminal: the pack file saved by rename (as
//! vim and most IDEs do) and by truncate-and-write, a broken save that keeps
//! the last good pack on screen with its errors, and the save that fixes it.
//! Slider values whose ids still exist survive each reload.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{BIN, CommandBuilder, RIGHT, Session};

/// A starter pack in its own folder, and the path of its file.
fn pack_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("work.yaml");
    let text = stackcompare::cli::starter("watched").expect("the starter pack");
    fs::write(&path, text).expect("write the pack");
    (dir, path)
}

fn explorer(path: &Path, watch: bool) -> Session {
    let mut command = CommandBuilder::new(BIN);
    command.arg("--content");
    command.arg(path);
    if watch {
        command.arg("--watch");
    }
    let session = Session::spawn(120, 40, command, &[]);
    session.wait_for("SQLite or PostgreSQL");
    session
}

/// The pack's text with the option named SQLite renamed; the article
/// still calls it SQLite, so that stays an alias.
fn renamed(path: &Path, name: &str) -> String {
    let text = fs::read_to_string(path).unwrap();
    rename(&text, name)
}

fn rename(text: &str, name: &str) -> String {
    assert!(text.contains("name: SQLite\n"), "the starter pack changed");
    text.replace(
        "name: SQLite\n",
        &format!("name: {name}\n    aliases: [SQLite]\n"),
    )
}

/// Save as vim does: a new file beside the old, renamed over it.
fn save_by_rename(path: &Path, text: &str) {
    let new = path.with_extension("yaml.new");
    fs::write(&new, text).unwrap();
    fs::rename(&new, path).unwrap();
}

/// Save in place: the file truncated, then written.
fn save_in_place(path: &Path, text: &str) {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)
        .unwrap();
    file.write_all(text.as_bytes()).unwrap();
}

#[test]
fn a_save_by_rename_reloads_and_keeps_the_sliders() {
    let (_dir, path) = pack_file();
    let mut session = explorer(&path, true);
    session.wait_for("watching");
    session.send(&RIGHT.repeat(3));
    session.wait_slider("Users writing at once", "3/10");
    save_by_rename(&path, &renamed(&path, "Lite"));
    session.wait_for("Reloaded work.yaml");
    // A fit bar's name, where "SQLite " was: not the title's "SQLite".
    session.wait_for("│Lite ");
    session.wait_slider("Users writing at once", "3/10");
    // The fit bars name the option anew (the article's title still says SQLite).
    let screen = session.frame().contents();
    assert!(!screen.contains("│SQLite "), "{}", session.dump());
}

#[test]
fn a_broken_save_keeps_the_last_good_pack_until_a_save_in_place_fixes_it() {
    let (_dir, path) = pack_file();
    let session = explorer(&path, true);
    session.wait_for("watching");
    let good = fs::read_to_string(&path).unwrap();
    save_in_place(
        &path,
        &good.replace("  - id: sqlite\n", "  - id: sqlite\n    colour: red\n"),
    );
    session.wait_for("1 error; the last good pack is shown");
    let screen = session.frame().contents();
    assert!(
        screen.contains("unknown field `colour`"),
        "{}",
        session.dump()
    );
    // FILE:LINE:COLUMN of the bad key.
    let line = good.lines().position(|l| l == "  - id: sqlite").unwrap() + 2;
    assert!(
        screen.contains(&format!("work.yaml:{line}:5:")),
        "{}",
        session.dump()
    );
    assert!(
        screen.contains("SQLite"),
        "the last good pack stays:\n{}",
        session.dump()
    );
    save_in_place(&path, &rename(&good, "Fixed"));
    session.wait_gone("the last good pack is shown");
    session.wait_for("Fixed ");
}

#[test]
fn w_turns_watching_on_and_reads_the_file_at_once() {
    let (_dir, path) = pack_file();
    let mut session = explorer(&path, false);
    // Changed while nothing watches: `w` reads it at once.
    save_by_rename(&path, &renamed(&path, "Early"));
    session.send("w");
    session.wait_for("watching");
    session.wait_for("Early ");
    session.send("w");
    session.wait_for("Stopped watching work.yaml");
}

#[test]
fn watch_on_a_pack_broken_at_start_waits_for_a_good_save_and_opens_then() {
    let (_dir, path) = pack_file();
    let good = fs::read_to_string(&path).unwrap();
    let broken = good.replace("  - id: sqlite\n", "  - id: sqlite\n    colour: red\n");
    fs::write(&path, &broken).unwrap();
    let mut command = CommandBuilder::new(BIN);
    command.arg("--content");
    command.arg(&path);
    command.arg("--watch");
    let mut session = Session::spawn(120, 40, command, &[]);
    // Printed lines, before any screen: the errors with their place, and
    // what it waits for.
    let printed = |session: &Session, text: &str, times: usize| {
        session.wait_live(&format!("{text:?} printed {times} times"), |screen| {
            screen.contents().matches(text).count() >= times
        });
    };
    let line = good.lines().position(|l| l == "  - id: sqlite").unwrap() + 2;
    printed(&session, &format!("work.yaml:{line}:5:"), 1);
    printed(&session, "unknown field `colour`", 1);
    printed(&session, "waiting for a save of", 1);
    // A save that is still broken is said again; one that loads opens the explorer.
    save_in_place(&path, &broken.replace("colour: red", "colour: blue"));
    printed(&session, "waiting for a save of", 2);
    save_in_place(&path, &good);
    session.wait_for("SQLite or PostgreSQL");
    session.wait_for("watching");
    session.send("q");
    let status = session.ended("q");
    assert!(status.success(), "{status:?}");
}
