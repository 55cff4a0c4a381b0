//! `check`'s warning that an option name will be cut at 80×24 agrees with
//! the explorer drawn at 80×24: one column over the room, a warning and an
//! ellipsis in the factor's ratings; exactly the room, neither.

use std::fs;
use std::path::Path;

use stackcompare::content;
use stackcompare::tui::action::{Action, Motion};

use crate::common::{ok, path_str, screen, tempdir};

/// The article pack with its second option renamed `name`, as a file.
/// Renamed everywhere, in the article's words too: a rating's basis must
/// still name the option it rates.
fn pack_with_option_named(dir: &Path, name: &str) -> std::path::PathBuf {
    let text = fs::read_to_string("content/python-vs-node.yaml").unwrap();
    assert!(text.contains("\n    name: Node.js\n"));
    let renamed = text.replace("Node.js", name);
    let file = dir.join(format!("{}.yaml", name.len()));
    fs::write(&file, renamed).unwrap();
    file
}

/// `check`'s warning about the option name, if any.
fn option_warning(file: &Path) -> Option<String> {
    ok(&["check", path_str(file)])
        .lines()
        .find(|line| line.contains(": warning: option name"))
        .map(str::to_owned)
}

/// The explorer at 80×24 on `file`, every screen while the factor's text
/// scrolls from top to bottom: somewhere on the way the ratings name every
/// option.
fn ratings_screens(file: &Path) -> String {
    let pack = content::load_pack(file).unwrap();
    let mut app = screen::app(vec![pack], 80, 24, false);
    // Sliders, recommendation, factors, then the factor's text.
    for _ in 0..3 {
        app.update(Action::FocusNext);
    }
    let mut screens = Vec::new();
    for _ in 0..40 {
        screens.push(screen::rows(&screen::draw(&app)).join("\n"));
        app.update(Action::Move(Motion::Down));
    }
    screens.join("\n")
}

/// `Z` then `q`s, `columns` wide: its cut form (`Zqq…`) is easy to find.
fn name_of(columns: usize) -> String {
    format!("Z{}", "q".repeat(columns - 1))
}

#[test]
fn an_option_name_one_column_over_the_room_is_warned_of_and_cut() {
    let dir = tempdir();
    // How many columns fit, as the warning on a long name says.
    let long = option_warning(&pack_with_option_named(dir.path(), &name_of(30))).unwrap();
    let room: usize = long
        .split("at 80×24, ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{long}"));
    assert!(long.contains(":59:5: warning: option name “Zqq"), "{long}");

    let over = pack_with_option_named(dir.path(), &name_of(room + 1));
    let warning = option_warning(&over).expect("a warning one column over");
    assert!(
        warning.contains(&format!("is {} columns", room + 1)),
        "{warning}"
    );
    let screen = ratings_screens(&over);
    // Cut to the room: its first `room - 1` columns and the ellipsis.
    let cut = format!("{}…", &name_of(room + 1)[..room - 1]);
    assert!(screen.contains(&cut), "{cut} not in {screen}");

    let fits = pack_with_option_named(dir.path(), &name_of(room));
    assert_eq!(option_warning(&fits), None);
    let screen = ratings_screens(&fits);
    assert!(!screen.contains("q…"), "{screen}");
    assert!(screen.contains(&name_of(room)), "{screen}");
}

/// `fits.yaml` with its real-time slider going to 100 and labelled `label`.
fn pack_with_a_hundred_step_slider(dir: &Path, label: &str) -> std::path::PathBuf {
    let text = fs::read_to_string("tests/fixtures/valid/fits.yaml").unwrap();
    let old = "    label: Real-time features\n    help: How much the project depends on live updates.\n    max: 10\n";
    assert!(text.contains(old));
    let new = format!(
        "    label: {label}\n    help: How much the project depends on live updates.\n    max: 100\n"
    );
    let file = dir.join("hundred.yaml");
    fs::write(&file, text.replace(old, &new)).unwrap();
    file
}

#[test]
fn a_long_label_beside_a_hundred_step_slider_leaves_its_value_whole() {
    let dir = tempdir();
    let label = "Live updates, chat, streams and other real-time features";
    let file = pack_with_a_hundred_step_slider(dir.path(), label);
    let warning = ok(&["check", path_str(&file)])
        .lines()
        .find(|line| line.contains(": warning: slider label"))
        .map(str::to_owned)
        .expect("the long label is warned of");
    let room: usize = warning
        .split("at 80×24, ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{warning}"));
    let pack = content::load_pack(&file).unwrap();
    let app = screen::app(vec![pack], 80, 24, false);
    let rows = screen::rows(&screen::draw(&app));
    let row = rows
        .iter()
        .find(|row| row.contains("Live updates"))
        .unwrap_or_else(|| panic!("{}", rows.join("\n")));
    // Cut where check says, and the value "0/100" whole after the track.
    let cut: String = label.chars().take(room - 1).collect();
    assert!(row.contains(&format!("{cut}… ")), "{row}");
    assert!(row.contains(" 0/100 "), "{row}");
}
