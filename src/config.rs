//! The user's config file (TOML): where it is, and what it says, checked
//! to the word. `[keys]` is read here as names and key words with their
//! places; the explorer's keymap decides what they mean (`tui::config`).
//! Every problem is a diagnostic at its line and column, all at once.

pub mod style;
pub mod theme;

use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, Diagnostics, Place};
use crate::suggest;
use style::Colour;
use theme::{PRESETS, Palette, ROLES};

/// The file's name under the config folder.
pub const FILE_NAME: &str = "stackcompare/config.toml";
/// The variable that names a config file.
pub const ENV: &str = "STACKCOMPARE_CONFIG";

/// Where the config is read from, and whether it must be there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    /// Named by `--config` or the variable: a missing file is an error.
    /// The default place may hold nothing.
    pub named: bool,
}

/// `--config FILE`, else `$STACKCOMPARE_CONFIG`, else
/// `$XDG_CONFIG_HOME/stackcompare/config.toml`, else the same under
/// `~/.config`; `var` reads the environment (a test passes its own).
pub fn locate(flag: Option<&Path>, var: impl Fn(&str) -> Option<String>) -> Option<Location> {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    if let Some(path) = flag {
        return Some(Location {
            path: path.to_path_buf(),
            named: true,
        });
    }
    if let Some(path) = set(ENV) {
        return Some(Location {
            path: path.into(),
            named: true,
        });
    }
    // The XDG rule: a relative XDG_CONFIG_HOME is ignored.
    let base = set("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|path| path.is_absolute())
        .or_else(|| set("HOME").map(|home| Path::new(&home).join(".config")))?;
    Some(Location {
        path: base.join(FILE_NAME),
        named: false,
    })
}

/// The colour choice the file gives `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColourWhen {
    Auto,
    Always,
    Never,
}

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub place: Place,
}

/// One line of `[keys]`: an action (in a scope's table, or in `[keys]`
/// itself) and the keys that replace its defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyEntry {
    pub table: Option<Located<String>>,
    pub action: Located<String>,
    pub keys: Vec<Located<String>>,
}

/// What the file says. A missing default file is this with nothing set.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The file's name as errors print it.
    pub file: String,
    pub colour: Option<ColourWhen>,
    pub mouse: Option<bool>,
    pub keys: Vec<KeyEntry>,
    pub palette: Palette,
}

impl Config {
    pub fn empty(file: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            colour: None,
            mouse: None,
            keys: Vec::new(),
            palette: Palette::default(),
        }
    }
}

/// Read the config at `location`: `None` when it is the default place and
/// holds no file. What it says comes with the problems in it (see [`read`]).
pub fn load(location: &Location) -> Result<Option<(Config, Vec<Diagnostic>)>, Diagnostics> {
    let name = location.path.display().to_string();
    match std::fs::read_to_string(&location.path) {
        Ok(text) => Ok(Some(read(&text, &name))),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound && !location.named => Ok(None),
        Err(error) => Err(Diagnostics::one(Diagnostic::new(
            name,
            None,
            format!("cannot read the config file: {error}"),
        ))),
    }
}

const TOP: [&str; 4] = ["color", "mouse", "keys", "theme"];

/// Read a config file's text; every problem in it at once.
pub fn parse(text: &str, file: &str) -> Result<Config, Diagnostics> {
    let (config, problems) = read(text, file);
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(Diagnostics(problems))
    }
}

/// What a config file's text says, as far as it reads, and every problem
/// in it in file order: the keys it names are still handed on, so their
/// problems can be reported with these.
pub fn read(text: &str, file: &str) -> (Config, Vec<Diagnostic>) {
    let mut reader = Reader {
        text,
        file,
        problems: Vec::new(),
    };
    let (document, syntax) = DeTable::parse_recoverable(text);
    for error in syntax {
        let offset = error.span().map_or(0, |span| span.start);
        let message = error.message().trim().replace('\n', " ");
        reader.problem(offset, format!("not TOML: {message}"));
    }
    let mut config = Config::empty(file);
    for (key, value) in document.get_ref() {
        match key.get_ref().as_ref() {
            "color" => config.colour = reader.colour_when(value),
            "mouse" => match value.get_ref() {
                DeValue::Boolean(on) => config.mouse = Some(*on),
                _ => reader.problem(value.span().start, "`mouse` takes true or false"),
            },
            "keys" => reader.keys(value, &mut config.keys),
            "theme" => reader.theme(value, &mut config.palette),
            other => reader.unknown(key, other, &TOP, "top-level setting"),
        }
    }
    crate::diagnostic::in_file_order(&mut reader.problems);
    (config, reader.problems)
}

/// Walks the parsed document, noting problems with their places.
struct Reader<'a> {
    text: &'a str,
    file: &'a str,
    problems: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn place(&self, offset: usize) -> Place {
        crate::content::yaml::place_of_offset(self.text, offset)
    }

    fn problem(&mut self, offset: usize, message: impl Into<String>) {
        let place = self.place(offset);
        self.problems
            .push(Diagnostic::new(self.file, Some(place), message));
    }

    fn unknown(
        &mut self,
        key: &Spanned<std::borrow::Cow<str>>,
        name: &str,
        known: &[&str],
        what: &str,
    ) {
        let hint = suggest::did_you_mean(name, known.iter().copied());
        self.problem(
            key.span().start,
            format!("unknown {what} `{name}`{hint}; known: {}", known.join(", ")),
        );
    }

    fn located(&self, value: &Spanned<DeValue>, text: &str) -> Located<String> {
        Located {
            value: text.to_owned(),
            place: self.place(value.span().start),
        }
    }

    fn colour_when(&mut self, value: &Spanned<DeValue>) -> Option<ColourWhen> {
        let found = match value.get_ref() {
            DeValue::String(text) => match text.as_ref() {
                "auto" => Some(ColourWhen::Auto),
                "always" => Some(ColourWhen::Always),
                "never" => Some(ColourWhen::Never),
                _ => None,
            },
            _ => None,
        };
        if found.is_none() {
            let shown = self.shown(value);
            let hint = suggest::did_you_mean(&shown, ["auto", "always", "never"]);
            self.problem(
                value.span().start,
                format!("`color` takes \"auto\", \"always\" or \"never\", not {shown}{hint}"),
            );
        }
        found
    }

    /// A value as the file wrote it, for a message.
    fn shown(&self, value: &Spanned<DeValue>) -> String {
        let span = value.span();
        let raw = self.text.get(span.clone()).unwrap_or("").trim();
        raw.trim_matches('"').to_owned()
    }

    /// `[keys]`: action = [keys], or a scope's table of them.
    fn keys(&mut self, value: &Spanned<DeValue>, entries: &mut Vec<KeyEntry>) {
        let DeValue::Table(table) = value.get_ref() else {
            self.problem(value.span().start, "`keys` is a table: [keys]");
            return;
        };
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            match value.get_ref() {
                DeValue::Table(inner) => {
                    let table = Located {
                        value: name.to_owned(),
                        place: self.place(key.span().start),
                    };
                    for (key, value) in inner {
                        if let Some(entry) = self.key_entry(Some(table.clone()), key, value) {
                            entries.push(entry);
                        }
                    }
                }
                _ => {
                    if let Some(entry) = self.key_entry(None, key, value) {
                        entries.push(entry);
                    }
                }
            }
        }
    }

    fn key_entry(
        &mut self,
        table: Option<Located<String>>,
        key: &Spanned<std::borrow::Cow<str>>,
        value: &Spanned<DeValue>,
    ) -> Option<KeyEntry> {
        let action = Located {
            value: key.get_ref().to_string(),
            place: self.place(key.span().start),
        };
        let list = match value.get_ref() {
            DeValue::Array(list) => list,
            DeValue::String(text) => {
                let hint = format!("[\"{text}\"]");
                self.problem(
                    value.span().start,
                    format!(
                        "`{}` takes a list of keys: {} = {hint}",
                        action.value, action.value
                    ),
                );
                return None;
            }
            _ => {
                self.problem(
                    value.span().start,
                    format!(
                        "`{}` takes a list of keys, such as [\"q\", \"Ctrl-C\"]",
                        action.value
                    ),
                );
                return None;
            }
        };
        let mut keys = Vec::new();
        for item in list.iter() {
            match item.get_ref() {
                DeValue::String(text) => keys.push(self.located(item, text)),
                _ => self.problem(
                    item.span().start,
                    "a key is a string, such as \"q\" or \"Ctrl-C\"",
                ),
            }
        }
        Some(KeyEntry {
            table,
            action,
            keys,
        })
    }

    /// `[theme]`: the preset first, then each style over it.
    fn theme(&mut self, value: &Spanned<DeValue>, palette: &mut Palette) {
        let DeValue::Table(table) = value.get_ref() else {
            self.problem(value.span().start, "`theme` is a table: [theme]");
            return;
        };
        if let Some((_, preset)) = table.iter().find(|(key, _)| key.get_ref() == "preset") {
            let name = self.shown(preset);
            match PRESETS.iter().find(|(known, _)| *known == name) {
                Some((_, preset)) => *palette = Palette::preset(*preset),
                None => {
                    let names: Vec<&str> = PRESETS.iter().map(|(name, _)| *name).collect();
                    let hint = suggest::did_you_mean(&name, names.iter().copied());
                    self.problem(
                        preset.span().start,
                        format!("no preset `{name}`{hint}; presets: {}", names.join(", ")),
                    );
                }
            }
        }
        let mut known: Vec<&str> = vec!["preset", "options"];
        known.extend(ROLES.iter().map(|(name, _, _)| *name));
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            if name == "preset" {
                continue;
            }
            if name == "options" {
                self.options(value, palette);
                continue;
            }
            let Some((_, role, _)) = ROLES.iter().find(|(known, _, _)| *known == name) else {
                self.unknown(key, name, &known, "theme style");
                continue;
            };
            let DeValue::String(words) = value.get_ref() else {
                self.problem(
                    value.span().start,
                    format!("`{name}` is a style in words, such as \"bold cyan\""),
                );
                continue;
            };
            // The words' offsets count from after the opening quote.
            let start = value.span().start + 1;
            match style::parse(words) {
                Ok(style) => palette.set_style(*role, style),
                Err(bad) => {
                    for word in bad {
                        self.problem(start + word.offset, word.message);
                    }
                }
            }
        }
    }

    fn options(&mut self, value: &Spanned<DeValue>, palette: &mut Palette) {
        let DeValue::Array(list) = value.get_ref() else {
            self.problem(
                value.span().start,
                "`options` is a list of colours, one per option in pack order",
            );
            return;
        };
        let mut colours: Vec<Colour> = Vec::new();
        for item in list.iter() {
            let name = self.shown(item);
            match style::colour_named(&name) {
                Some(colour) => colours.push(colour),
                None => self.problem(item.span().start, style::not_a_colour(&name)),
            }
        }
        if colours.len() > theme::MAX_OPTIONS {
            self.problem(
                value.span().start,
                format!("`options` takes at most {} colours", theme::MAX_OPTIONS),
            );
        }
        palette.set_options(&colours);
    }
}

#[cfg(test)]
mod tests;
