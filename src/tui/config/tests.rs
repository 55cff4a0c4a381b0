use super::*;
use crate::config::parse;
use crate::tui::keymap::{self, DEFAULTS};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn configured(text: &str) -> Result<Keymap, Vec<String>> {
    let config = parse(text, "config.toml").map_err(|found| vec![found.to_string()])?;
    keymap(&config).map_err(|found| found.0.iter().map(ToString::to_string).collect())
}

fn press(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn main_screen() -> Vec<Scope> {
    scopes_for(None, crate::tui::app::Pane::Sliders)
}

#[test]
fn no_config_is_the_default_table() {
    let keymap = configured("").unwrap();
    assert_eq!(keymap.rows().len(), DEFAULTS.len());
    for (row, default) in keymap.rows().iter().zip(DEFAULTS) {
        assert_eq!(row.keys, default.keys);
    }
}

#[test]
fn an_actions_list_replaces_its_defaults_and_others_stay() {
    let keymap = configured("[keys]\nquit = [\"x\", \"Ctrl-C\"]\nsliders.less = []\n").unwrap();
    assert_eq!(
        keymap.action_for(&press('x'), &main_screen()),
        Some(Action::Quit)
    );
    assert_eq!(keymap.action_for(&press('q'), &main_screen()), None);
    // Unbound: `h` no longer moves the slider; the default help key stays.
    assert_eq!(keymap.action_for(&press('h'), &main_screen()), None);
    assert_eq!(
        keymap.action_for(&press('?'), &main_screen()),
        Some(Action::ToggleHelp)
    );
    // The other tables' quit keys are their own.
    let confirm = [Scope::Confirm];
    assert_eq!(keymap.action_for(&press('q'), &confirm), Some(Action::Quit));
    let less = keymap
        .bindings(Scope::Sliders)
        .find(|row| row.name == "less")
        .unwrap();
    assert_eq!(less.label(), "unbound");
}

#[test]
fn every_row_has_a_name_of_its_own_in_its_table() {
    for (index, row) in DEFAULTS.iter().enumerate() {
        let twin = DEFAULTS[..index]
            .iter()
            .find(|other| other.name == row.name && other.scope.table() == row.scope.table());
        assert!(
            twin.is_none(),
            "{} twice in {:?}",
            row.name,
            row.scope.table()
        );
        assert!(keymap::bindings(row.scope).any(|b| b.name == row.name));
        // `[keys]` holds both actions and tables: no name may be both.
        if row.scope.table().is_none() {
            assert!(
                ALL_SCOPES.iter().all(|s| s.table() != Some(row.name)),
                "{}",
                row.name
            );
        }
    }
}

#[test]
fn the_default_table_shadows_nothing_of_its_own() {
    let keymap = Keymap::default();
    let all: Vec<(usize, Key, Place)> = keymap
        .rows()
        .iter()
        .enumerate()
        .flat_map(|(index, row)| {
            row.keys
                .iter()
                .map(move |key| (index, *key, Place { line: 1, column: 1 }))
        })
        .collect();
    // Counting every default key as new finds only the overlaps the table
    // means (Home in sliders before Home in lists, and the like): none of
    // them within one scope.
    for (_, message) in shadows(&keymap, &all) {
        let same_table = message.matches(" in [keys").count() == 2
            && message.split(" in ").nth(1).map(|s| s.split(' ').next())
                == message.split(" in ").nth(2).map(|s| s.split(' ').next());
        assert!(!same_table, "{message}");
    }
}

#[test]
fn each_problem_is_at_its_place() {
    let text = "[keys]\nqiut = [\"x\"]\nhelp = [\"Entr\", \"F1\"]\nless = [\"h\"]\nsliders.set = [\"1\"]\n\n[keys.slider]\nmore = [\"l\"]\n";
    let found = configured(text).unwrap_err();
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(
        found[0].starts_with("config.toml:2:1: no action `qiut` in [keys] (did you mean `quit`?)"),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with("config.toml:3:9: `Entr` is not a key (did you mean `Enter`?)"),
        "{}",
        found[1]
    );
    assert!(
        found[2].starts_with(
            "config.toml:4:1: no action `less` in [keys] (it is in [keys.sliders], [keys.detail])"
        ),
        "{}",
        found[2]
    );
    assert!(
        found[3].starts_with("config.toml:5:9: `set` is the digits"),
        "{}",
        found[3]
    );
    assert!(
        found[4].starts_with("config.toml:7:7: no key table `slider` (did you mean `sliders`?)"),
        "{}",
        found[4]
    );
}

#[test]
fn a_key_two_actions_share_where_both_apply_is_an_error() {
    let found = configured("[keys]\nquit = [\"j\"]\n\n[keys.sliders]\nless = [\"Left\", \"?\"]\n")
        .unwrap_err();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].starts_with("config.toml:2:9: `j` is both `down` in [keys] and `quit` in [keys]"),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with(
            "config.toml:5:17: `?` is both `less` in [keys.sliders] and `help` in [keys]"
        ),
        "{}",
        found[1]
    );
    // The same key on one action twice.
    let twice = configured("[keys]\nquit = [\"x\", \"x\"]\n").unwrap_err();
    assert!(
        twice[0].starts_with("config.toml:2:14: `x` is listed twice"),
        "{twice:?}"
    );
    // A key taken in one place only is fine: `n` is the hits' next in the
    // article, and nothing in the sliders.
    assert!(configured("[keys.sliders]\nflip = [\"n\"]\n").is_ok());
}

#[test]
fn the_default_file_uncommented_is_the_defaults() {
    let file = default_file();
    let uncommented: String = file
        .lines()
        .filter_map(|line| line.strip_prefix("# "))
        .filter(|line| line.starts_with('[') || line.split(' ').nth(1) == Some("="))
        .map(|line| format!("{line}\n"))
        .collect();
    assert!(
        uncommented.contains("quit = [\"q\", \"Ctrl-C\"]"),
        "{uncommented}"
    );
    assert!(uncommented.contains("[keys.sliders]"));
    assert!(uncommented.contains("preset = \"dark\""));
    let config = parse(&uncommented, "default.toml").unwrap();
    assert_eq!(config.palette, crate::config::theme::Palette::default());
    assert_eq!(config.mouse, Some(true));
    let keymap = keymap(&config).unwrap();
    for (row, default) in keymap.rows().iter().zip(DEFAULTS) {
        assert_eq!(row.keys, default.keys, "{}", row.name);
    }
}
