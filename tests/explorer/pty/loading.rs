//! The explorer on a pack that takes a while to arrive (standard input
//! still being written): the screen says it is loading from the start, the
//! quit key and the signals work meanwhile, and the pack, once read, is drawn
//! over the note.

use super::output::{assert_no_panic, assert_restored};
use super::{Session, TITLE};

#[test]
fn the_note_shows_until_the_pack_arrives_and_the_explorer_replaces_it() {
    let pack = concat!(env!("CARGO_MANIFEST_DIR"), "/content/python-vs-node.yaml");
    let mut session = Session::script(
        &format!("(sleep 1; cat '{pack}') | \"$0\" --content -"),
        &[],
    );
    session.wait_for("loading the pack from standard input");
    session.wait_for(TITLE);
    let shown = session.frame().contents();
    assert!(!shown.contains("loading"), "{}", session.dump());
    session.send("q");
    assert_eq!(session.ended("q").exit_code(), 0);
    assert_restored(&session);
}

/// A pack still being read (standard input that has not arrived yet): the
/// screen says so at once, and `q` quits there and then, exit 0, the
/// terminal restored. Had `q` waited for the load, the empty input would
/// have ended it with exit 1 three seconds later.
#[test]
fn q_quits_while_the_pack_is_still_loading() {
    let mut session = Session::script("sleep 3 | \"$0\" --content -", &[]);
    session.wait_for("loading the pack from standard input… (q quits)");
    session.send("q");
    let status = session.ended("q while loading");
    assert_eq!(status.exit_code(), 0, "{}", session.dump());
    assert_restored(&session);
    assert_no_panic(&session);
}

/// A signal while the pack loads ends the explorer as it would later:
/// 128 + SIGTERM, the terminal restored.
#[test]
fn a_signal_while_the_pack_loads_ends_it_with_the_screen_restored() {
    let mut session = Session::script(
        "sleep 4 | \"$0\" --content - & pid=$!; sleep 1; kill -TERM $pid; wait $pid",
        &[],
    );
    let status = session.ended("a SIGTERM while loading");
    assert_eq!(status.exit_code(), 143, "{}", session.dump());
    assert_restored(&session);
    assert_no_panic(&session);
}
