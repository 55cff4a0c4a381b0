//! `check`'s warning that an option name will be cut at 80×24 agrees with
//! the explorer drawn at 80×24: one column over the room, a warning and an
//! ellipsis in the factor's ratings; exactly the room, neither.

use std::fs;
use std::path::Path;

use stackcompare::content;
use stackcompare::tui::action::{Action, Motion};

use crate::common::{ok, path_str, screen, tempdir};

/// The article pack with its second option renamed `name`, as a file.
fn pack_with_option_named(dir: &Path, name: &str) -> std::path::PathBuf {
    let text = fs::read_to_string("content/python-vs-node.yaml").unwrap();
    assert!(text.contains("\n    name: Node.js\n"));
    let renamed = text.replacen("\n    name: Node.js\n", &format!("\n    name: {name}\n"), 1);
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

/// The explorer at 80×24 on `file`, its factor text scrolled to the end,
/// where the ratings name every option.
fn ratings_screen(file: &Path) -> String {
    let pack = content::load_pack(file).unwrap();
    let mut app = screen::app(vec![pack], 80, 24, false);
    for action in [
        Action::FocusNext,
        Action::FocusNext,
        Action::Move(Motion::Bottom),
    ] {
        app.update(action);
    }
    screen::rows(&screen::draw(&app)).join("\n")
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
    let screen = ratings_screen(&over);
    assert!(screen.contains("q…"), "{screen}");
    assert!(!screen.contains(&name_of(room + 1)[..room]) || screen.contains("q…"));

    let fits = pack_with_option_named(dir.path(), &name_of(room));
    assert_eq!(option_warning(&fits), None);
    let screen = ratings_screen(&fits);
    assert!(!screen.contains("q…"), "{screen}");
    assert!(screen.contains(&name_of(room)), "{screen}");
}
