//! `--watch` against what a file system can do under it: a path that is a
//! symbolic link (saves go to the real file; the link is pointed elsewhere),
//! its folder removed and made again, or renamed away and back. Real links,
//! real folders; the watch must read every save and never go quiet.

use std::fs;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use stackcompare::watch::PackWatch;

use crate::common::tempdir;

/// How long a save may take to be read (a loaded machine).
const SEEN: Duration = Duration::from_secs(15);

/// A starter pack whose first option is called `name`.
fn pack_text(name: &str) -> String {
    let text = stackcompare::cli::starter("watched").expect("the starter pack");
    assert!(text.contains("name: SQLite\n"), "the starter pack changed");
    text.replace(
        "name: SQLite\n",
        &format!("name: {name}\n    aliases: [SQLite]\n"),
    )
}

/// Wait for a load whose first option is `name` (loads in between, a
/// missing file's error among them, are passed over); the last error seen
/// is shown on failure.
fn wait_for_option(watch: &PackWatch, name: &str, why: &str) {
    let start = Instant::now();
    let mut last = String::from("nothing");
    while start.elapsed() < SEEN {
        match watch.latest() {
            Some(Ok(pack)) if pack.options[0].name == name => return,
            Some(Ok(pack)) => last = format!("option {}", pack.options[0].name),
            Some(Err(error)) => last = error.to_string(),
            None => {}
        }
        thread::sleep(Duration::from_millis(20));
    }
    panic!("{why}: `{name}` never loaded within {SEEN:?}; the last load: {last}");
}

fn save_by_rename(path: &Path, text: &str) {
    let new = path.with_extension("yaml.new");
    fs::write(&new, text).unwrap();
    fs::rename(&new, path).unwrap();
}

#[test]
fn a_watched_link_follows_saves_to_its_file_and_a_new_target() {
    let dir = tempdir();
    let real = dir.path().join("real");
    let links = dir.path().join("links");
    fs::create_dir_all(&real).unwrap();
    fs::create_dir_all(&links).unwrap();
    let file = real.join("pack.yaml");
    fs::write(&file, pack_text("First")).unwrap();
    let link = links.join("pack.yaml");
    std::os::unix::fs::symlink(&file, &link).unwrap();

    let watch = PackWatch::start(&link).expect("watching");
    wait_for_option(&watch, "First", "the first read");
    // Saved in place, then by rename, in the real file's folder only.
    fs::write(&file, pack_text("Second")).unwrap();
    wait_for_option(&watch, "Second", "a save in place behind the link");
    save_by_rename(&file, &pack_text("Third"));
    wait_for_option(&watch, "Third", "a save by rename behind the link");
    // The link pointed at another file, elsewhere, then that file saved.
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    let other = elsewhere.join("other.yaml");
    fs::write(&other, pack_text("Fourth")).unwrap();
    let relink = links.join("pack.yaml.new");
    std::os::unix::fs::symlink(&other, &relink).unwrap();
    fs::rename(&relink, &link).unwrap();
    wait_for_option(&watch, "Fourth", "the link pointed elsewhere");
    fs::write(&other, pack_text("Fifth")).unwrap();
    wait_for_option(&watch, "Fifth", "a save to the new target");
}

#[test]
fn a_watch_comes_back_with_its_folder() {
    let dir = tempdir();
    let folder = dir.path().join("work");
    fs::create_dir_all(&folder).unwrap();
    let file = folder.join("pack.yaml");
    fs::write(&file, pack_text("First")).unwrap();
    let watch = PackWatch::start(&file).expect("watching");
    wait_for_option(&watch, "First", "the first read");

    // Removed and made again: the old folder's watch died with it.
    fs::remove_dir_all(&folder).unwrap();
    let start = Instant::now();
    loop {
        match watch.latest() {
            Some(Err(error)) => {
                assert!(error.to_string().contains("pack.yaml"), "{error}");
                break;
            }
            _ if start.elapsed() > SEEN => panic!("the removed file was never reported"),
            _ => thread::sleep(Duration::from_millis(20)),
        }
    }
    fs::create_dir_all(&folder).unwrap();
    fs::write(&file, pack_text("Second")).unwrap();
    wait_for_option(&watch, "Second", "the folder made again");
    save_by_rename(&file, &pack_text("Third"));
    wait_for_option(&watch, "Third", "a save in the new folder");

    // Renamed away and back, then saved.
    let away = dir.path().join("away");
    fs::rename(&folder, &away).unwrap();
    thread::sleep(Duration::from_millis(600));
    fs::rename(&away, &folder).unwrap();
    fs::write(&file, pack_text("Fourth")).unwrap();
    wait_for_option(&watch, "Fourth", "the folder renamed away and back");
}
