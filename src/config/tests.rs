use super::*;
use crate::config::style::Colour;
use crate::config::theme::Role;

fn problems(text: &str) -> Vec<String> {
    match parse(text, "config.toml") {
        Ok(_) => Vec::new(),
        Err(found) => found.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_places_are_looked_up_in_order() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    };
    let all = env(&[
        ("STACKCOMPARE_CONFIG", "/e/c.toml"),
        ("XDG_CONFIG_HOME", "/x"),
        ("HOME", "/h"),
    ]);
    let flag = locate(Some(Path::new("f.toml")), all).unwrap();
    assert_eq!((flag.path, flag.named), (PathBuf::from("f.toml"), true));
    assert_eq!(locate(None, all).unwrap().path, PathBuf::from("/e/c.toml"));
    let xdg = locate(None, env(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h")])).unwrap();
    assert_eq!(xdg.path, PathBuf::from("/x/stackcompare/config.toml"));
    assert!(!xdg.named);
    // A relative or empty XDG_CONFIG_HOME falls back to ~/.config.
    let home = locate(None, env(&[("XDG_CONFIG_HOME", "rel"), ("HOME", "/h")])).unwrap();
    assert_eq!(
        home.path,
        PathBuf::from("/h/.config/stackcompare/config.toml")
    );
    assert_eq!(locate(None, env(&[("STACKCOMPARE_CONFIG", "")])), None);
}

#[test]
fn settings_keys_and_theme_are_read() {
    let text = r#"
color = "never"
mouse = false

[keys]
quit = ["x", "Ctrl-C"]
sliders.less = []

[keys.search]
close = ["Esc"]

[theme]
preset = "light"
error = "bold magenta"
options = ["red", "blue"]
"#;
    let config = parse(text, "c.toml").unwrap();
    assert_eq!(config.colour, Some(ColourWhen::Never));
    assert_eq!(config.mouse, Some(false));
    let names: Vec<(Option<&str>, &str, usize)> = config
        .keys
        .iter()
        .map(|e| {
            (
                e.table.as_ref().map(|t| t.value.as_str()),
                e.action.value.as_str(),
                e.keys.len(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            (None, "quit", 2),
            (Some("sliders"), "less", 0),
            (Some("search"), "close", 1)
        ]
    );
    assert_eq!(
        config.keys[0].keys[1].place,
        Place {
            line: 6,
            column: 14
        }
    );
    let light = Palette::preset(theme::Preset::Light);
    assert_eq!(config.palette.style(Role::Focus), light.style(Role::Focus));
    assert_eq!(config.palette.style(Role::Error).fg, Some(Colour::Magenta));
    assert_eq!(config.palette.options(), [Colour::Red, Colour::Blue]);
    assert_eq!(config.palette.option(3), Colour::Blue);
}

#[test]
fn every_problem_is_reported_at_its_place_at_once() {
    let text = "colour = \"never\"\nmouse = \"yes\"\n[theme]\npreset = \"lihgt\"\nfocus = \"bold cyna\"\noptions = [\"red\", \"#ff0000\"]\nvedict = \"bold\"\n";
    let found = problems(text);
    assert_eq!(found.len(), 6, "{found:#?}");
    assert!(
        found[0].starts_with(
            "config.toml:1:1: unknown top-level setting `colour` (did you mean `color`?)"
        ),
        "{}",
        found[0]
    );
    assert!(found[1].starts_with("config.toml:2:9: `mouse` takes true or false"));
    assert!(
        found[2].starts_with("config.toml:4:10: no preset `lihgt` (did you mean `light`?)"),
        "{}",
        found[2]
    );
    assert!(
        found[3].starts_with("config.toml:5:15: `cyna`"),
        "{}",
        found[3]
    );
    assert!(
        found[4].starts_with("config.toml:6:19: `#ff0000` is not one of"),
        "{}",
        found[4]
    );
    assert!(
        found[5]
            .starts_with("config.toml:7:1: unknown theme style `vedict` (did you mean `verdict`?)"),
        "{}",
        found[5]
    );
}

#[test]
fn broken_toml_is_an_error_at_its_place() {
    let found = problems("[keys]\nquit = [\"x\"\n");
    assert!(!found.is_empty());
    assert!(found[0].starts_with("config.toml:2:"), "{found:?}");
    assert!(found[0].contains("not TOML"), "{found:?}");
}

#[test]
fn a_missing_default_file_is_no_config_but_a_named_one_is_an_error() {
    let dir = std::env::temp_dir().join(format!("stackcompare-config-{}", std::process::id()));
    let path = dir.join("none.toml");
    let default = Location {
        path: path.clone(),
        named: false,
    };
    assert!(matches!(load(&default), Ok(None)));
    let named = Location { path, named: true };
    let error = load(&named).unwrap_err().to_string();
    assert!(
        error.contains("none.toml: cannot read the config file"),
        "{error}"
    );
}

#[test]
fn each_colour_choice_is_read_and_any_other_is_refused() {
    for (word, when) in [
        ("auto", ColourWhen::Auto),
        ("always", ColourWhen::Always),
        ("never", ColourWhen::Never),
    ] {
        let config = parse(&format!("color = \"{word}\"\n"), "c.toml").unwrap();
        assert_eq!(config.colour, Some(when), "{word}");
    }
    assert_eq!(
        problems("color = \"alway\"\n"),
        [
            "config.toml:1:9: `color` takes \"auto\", \"always\" or \"never\", not alway (did you mean `always`?)"
        ]
    );
}

#[test]
fn a_key_written_alone_is_refused_with_the_list_it_should_be() {
    assert_eq!(
        problems("[keys]\nquit = \"x\"\nhelp = 3\n"),
        [
            "config.toml:2:8: `quit` takes a list of keys: quit = [\"x\"]",
            "config.toml:3:8: `help` takes a list of keys, such as [\"q\", \"Ctrl-C\"]",
        ]
    );
}
