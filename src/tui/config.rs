//! The config file's `[keys]` laid over the default keymap, every problem
//! at its place: an unknown table or action, a word that is no key, and a
//! key that two actions share where both apply (one of them would never
//! act). Also the whole default file, commented, for `config --default`.

mod default_file;
pub mod keys;

use std::borrow::Cow;

use crate::config::{Config, KeyEntry, Located};
use crate::diagnostic::{Diagnostic, Diagnostics, Place};
use crate::suggest;
use crate::tui::action::Action;
use crate::tui::app::{Overlay, PANES, scopes_for};
use crate::tui::keymap::{ALL_SCOPES, Key, Keymap, Scope};

pub use default_file::default_file;

/// The keymap the config asks for, or every problem with it.
pub fn keymap(config: &Config) -> Result<Keymap, Diagnostics> {
    let mut keymap = Keymap::default();
    let mut problems = Vec::new();
    // Keys the file gave a row that its defaults did not have, with their places.
    let mut new: Vec<(usize, Key, Place)> = Vec::new();
    for entry in &config.keys {
        let mut problem = |place: Place, message: String| {
            problems.push(Diagnostic::new(&config.file, Some(place), message));
        };
        let Some(scopes) = scopes_of(entry, &mut problem) else {
            continue;
        };
        let Some(row) = row_of(&keymap, entry, &scopes, &mut problem) else {
            continue;
        };
        let mut keys: Vec<Key> = Vec::new();
        for word in &entry.keys {
            match keys::parse(&word.value) {
                Ok(key) if keys.contains(&key) => {
                    problem(word.place, format!("`{}` is listed twice", word.value));
                }
                Ok(key) => {
                    if !keymap.rows()[row].keys.contains(&key) {
                        new.push((row, key, word.place));
                    }
                    keys.push(key);
                }
                Err(message) => problem(word.place, message),
            }
        }
        keymap.rows_mut()[row].keys = Cow::Owned(keys);
    }
    for (place, message) in shadows(&keymap, &new) {
        problems.push(Diagnostic::new(&config.file, Some(place), message));
    }
    if problems.is_empty() {
        Ok(keymap)
    } else {
        crate::diagnostic::in_file_order(&mut problems);
        Err(Diagnostics(problems))
    }
}

/// The scopes an entry's table names: `[keys]` itself holds anywhere's and
/// every list's keys.
fn scopes_of(entry: &KeyEntry, problem: &mut impl FnMut(Place, String)) -> Option<Vec<Scope>> {
    let Some(table) = &entry.table else {
        return Some(vec![Scope::Global, Scope::Motion]);
    };
    if let Some(scope) = ALL_SCOPES.iter().find(|s| s.table() == Some(&table.value)) {
        return Some(vec![*scope]);
    }
    let tables: Vec<&str> = ALL_SCOPES.iter().filter_map(|s| s.table()).collect();
    let hint = suggest::did_you_mean(&table.value, tables.iter().copied());
    problem(
        table.place,
        format!(
            "no key table `{}`{hint}; tables: {}",
            table.value,
            tables.join(", ")
        ),
    );
    None
}

fn table_name(scope: Scope) -> String {
    scope
        .table()
        .map_or_else(|| "[keys]".into(), |table| format!("[keys.{table}]"))
}

/// The row an entry names, or why not.
fn row_of(
    keymap: &Keymap,
    entry: &KeyEntry,
    scopes: &[Scope],
    problem: &mut impl FnMut(Place, String),
) -> Option<usize> {
    let Located { value: name, place } = &entry.action;
    let found = keymap
        .rows()
        .iter()
        .position(|row| scopes.contains(&row.scope) && row.name == name);
    match found {
        Some(row) if matches!(keymap.rows()[row].action, Action::Digit(_)) => {
            problem(
                *place,
                "`set` is the digits 0–9 and keeps them; type a value with `type`".into(),
            );
            None
        }
        Some(row) => Some(row),
        None => {
            let here: Vec<&str> = keymap
                .rows()
                .iter()
                .filter(|row| scopes.contains(&row.scope))
                .map(|row| row.name)
                .collect();
            let mut hint = suggest::did_you_mean(name, here.iter().copied());
            let elsewhere: Vec<String> = keymap
                .rows()
                .iter()
                .filter(|row| row.name == name)
                .map(|row| table_name(row.scope))
                .collect();
            if hint.is_empty() && !elsewhere.is_empty() {
                hint = format!(" (it is in {})", elsewhere.join(", "));
            }
            problem(
                *place,
                format!(
                    "no action `{name}` in {}{hint}; its actions: {}",
                    table_name(scopes[0]),
                    here.join(", ")
                ),
            );
            None
        }
    }
}

/// Every chain of scopes that applies together somewhere in the explorer.
fn chains() -> Vec<Vec<Scope>> {
    let overlays = [
        None,
        Some(Overlay::Help),
        Some(Overlay::Search),
        Some(Overlay::Article),
        Some(Overlay::Picker),
        Some(Overlay::Prompt),
        Some(Overlay::ConfirmQuit),
        Some(Overlay::Profiles),
    ];
    let mut chains: Vec<Vec<Scope>> = Vec::new();
    for overlay in overlays {
        for pane in PANES {
            let chain = scopes_for(overlay, pane);
            if !chains.contains(&chain) {
                chains.push(chain);
            }
        }
    }
    // The article view after a search's Enter.
    let mut hits = scopes_for(Some(Overlay::Article), PANES[0]);
    hits.insert(0, Scope::Hits);
    chains.push(hits);
    chains
}

/// A new key that another action also has where both apply: the earlier
/// takes it and the later never acts. Reported at the new key's place,
/// once for each pair.
fn shadows(keymap: &Keymap, new: &[(usize, Key, Place)]) -> Vec<(Place, String)> {
    let rows = keymap.rows();
    let place_of = |row: usize, key: Key| {
        new.iter()
            .find(|(r, k, _)| *r == row && *k == key)
            .map(|(_, _, place)| *place)
    };
    let mut seen: Vec<(usize, usize, Key)> = Vec::new();
    let mut found = Vec::new();
    for chain in chains() {
        let mut taken: Vec<(Key, usize)> = Vec::new();
        let order = chain.iter().flat_map(|scope| {
            rows.iter()
                .enumerate()
                .filter(move |(_, row)| row.scope == *scope)
        });
        for (index, row) in order {
            for key in row.keys.iter() {
                match taken.iter().find(|(k, _)| k == key) {
                    Some(&(_, first)) => {
                        if rows[first].action == row.action || seen.contains(&(first, index, *key))
                        {
                            continue;
                        }
                        let Some(place) = place_of(index, *key).or(place_of(first, *key)) else {
                            continue;
                        };
                        seen.push((first, index, *key));
                        found.push((
                            place,
                            format!(
                                "`{}` is both `{}` in {} and `{}` in {}, which apply together ({}): `{}` takes it and `{}` never acts",
                                keys::write(*key),
                                rows[first].name,
                                table_name(rows[first].scope),
                                row.name,
                                table_name(row.scope),
                                chain[0].title(),
                                rows[first].name,
                                row.name,
                            ),
                        ));
                    }
                    None => taken.push((*key, index)),
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests;

/// The JSON Schema of the config file, for editors: made from the same
/// tables the file is read with (settings, key tables and their actions,
/// the theme's styles, presets and colours).
pub fn schema() -> String {
    use crate::config::style::COLOURS;
    use crate::config::theme::{MAX_OPTIONS, PRESETS, ROLES};
    use serde_json::{Map, Value, json};

    let keys = json!({
        "type": "array",
        "items": {"type": "string", "description": "a key: one character, Ctrl- or Alt- before one, or Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Space, F1-F12"},
        "uniqueItems": true
    });
    let actions = |scopes: &[Scope]| -> Map<String, Value> {
        Keymap::default()
            .rows()
            .iter()
            .filter(|row| scopes.contains(&row.scope) && !matches!(row.action, Action::Digit(_)))
            .map(|row| {
                let mut schema = keys.clone();
                schema["description"] = json!(row.help);
                (row.name.to_owned(), schema)
            })
            .collect()
    };
    let mut key_tables = actions(&[Scope::Global, Scope::Motion]);
    for scope in ALL_SCOPES {
        if let Some(table) = scope.table() {
            key_tables.insert(
                table.to_owned(),
                json!({
                    "type": "object",
                    "description": scope.title(),
                    "properties": actions(&[scope]),
                    "additionalProperties": false
                }),
            );
        }
    }
    let colours: Vec<&str> = COLOURS.iter().map(|(name, _)| *name).collect();
    let mut theme = Map::new();
    theme.insert(
        "preset".into(),
        json!({"enum": PRESETS.iter().map(|(name, _)| *name).collect::<Vec<_>>(), "description": "the styles to start from"}),
    );
    for (name, _, about) in ROLES {
        theme.insert(
            name.into(),
            json!({"type": "string", "description": format!("{about}: words such as \"bold cyan\", \"reversed\", \"cyan on black\", \"none\"")}),
        );
    }
    theme.insert(
        "options".into(),
        json!({"type": "array", "items": {"enum": colours}, "maxItems": MAX_OPTIONS, "description": "each option's colour, in pack order"}),
    );
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "stackcompare config",
        "description": "The explorer's config file (config.toml): keys, theme, and defaults for --color and --no-mouse",
        "type": "object",
        "properties": {
            "color": {"enum": ["auto", "always", "never"], "description": "the default for --color"},
            "mouse": {"type": "boolean", "description": "false: --no-mouse by default"},
            "keys": {"type": "object", "description": "action = [keys], merged over the defaults; [] unbinds", "properties": key_tables, "additionalProperties": false},
            "theme": {"type": "object", "properties": theme, "additionalProperties": false}
        },
        "additionalProperties": false
    });
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
