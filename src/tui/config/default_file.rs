//! The whole default config file, every setting commented out: a user
//! copies it and uncomments what they change. Written from the keymap and
//! the dark preset themselves, so it never drifts from them.

use crate::config::style;
use crate::config::theme::{PRESETS, Palette, ROLES};
use crate::tui::action::Action;
use crate::tui::keymap::{ALL_SCOPES, Keymap};

use super::keys;

/// Settings start at this column's comment.
const COMMENT_AT: usize = 34;

fn setting(out: &mut String, line: &str, about: &str) {
    let line = format!("# {line}");
    let pad = COMMENT_AT.saturating_sub(line.chars().count()).max(1);
    out.push_str(&format!("{line}{}# {about}\n", " ".repeat(pad)));
}

pub fn default_file() -> String {
    let mut out = String::from(
        "# stackcompare's config file, with every default. Put it at\n\
         # $XDG_CONFIG_HOME/stackcompare/config.toml (~/.config/stackcompare/config.toml),\n\
         # or name it with --config FILE or STACKCOMPARE_CONFIG, and take the\n\
         # leading `# ` off the lines you change. `stackcompare check --config`\n\
         # checks it.\n\n",
    );
    setting(
        &mut out,
        "color = \"auto\"",
        "the default for --color: auto, always or never",
    );
    setting(&mut out, "mouse = true", "false: the default is --no-mouse");
    out.push_str(
        "\n# Keys: each action takes a list of keys, which replaces its defaults\n\
         # ([] unbinds it). The names are those the ? help shows in brackets;\n\
         # a key is one character (\"q\", \"G\", \"?\"), Ctrl- or Alt- before one\n\
         # (\"Ctrl-C\"), or Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter,\n\
         # Esc, Tab, Shift-Tab, Backspace, Delete, Space, F1-F12. Two actions\n\
         # that apply together cannot share a key. The sliders' 0-9 stay.\n",
    );
    let keymap = Keymap::default();
    for scope in ALL_SCOPES {
        let rows: Vec<_> = keymap
            .bindings(scope)
            .filter(|row| !matches!(row.action, Action::Digit(_)))
            .collect();
        match scope.table() {
            Some(table) => {
                out.push('\n');
                setting(&mut out, &format!("[keys.{table}]"), scope.title());
            }
            // Anywhere's and the lists' keys share [keys].
            None if scope == ALL_SCOPES[0] => {
                out.push('\n');
                setting(&mut out, "[keys]", scope.title());
            }
            None => out.push_str(&format!("#   {}\n", scope.title())),
        }
        for row in rows {
            let list: Vec<String> = row
                .keys
                .iter()
                .map(|key| format!("\"{}\"", keys::write(*key).replace('\\', "\\\\")))
                .collect();
            setting(
                &mut out,
                &format!("{} = [{}]", row.name, list.join(", ")),
                row.help,
            );
        }
    }
    let presets: Vec<&str> = PRESETS.iter().map(|(name, _)| *name).collect();
    out.push_str(&format!(
        "\n# Colours and emphasis by meaning. A style is words: one of the\n\
         # terminal's 16 colours (black, red, green, yellow, blue, magenta, cyan,\n\
         # gray, dark-gray, light-red ... white, default), \"on COLOUR\" for a\n\
         # background, and bold, dim, italic, underlined, reversed; \"none\" is\n\
         # plain. The preset ({}) comes first, the styles over it.\n\
         # NO_COLOR and --color never keep only the emphasis.\n\n\
",
        presets.join(", ")
    ));
    setting(&mut out, "[theme]", "styles by meaning");
    setting(
        &mut out,
        "preset = \"dark\"",
        "dark, light or high-contrast",
    );
    let dark = Palette::default();
    for (name, role, about) in ROLES {
        setting(
            &mut out,
            &format!("{name} = \"{}\"", style::write(&dark.style(role))),
            about,
        );
    }
    let options: Vec<String> = dark
        .options()
        .iter()
        .map(|colour| format!("\"{}\"", style::colour_name(*colour)))
        .collect();
    out.push_str(&format!(
        "# options = [{}]\n#   each option's colour, in pack order (at most 8, then again)\n",
        options.join(", ")
    ));
    out
}
