//! The config file's `[theme]`: a preset, and any of its styles by meaning
//! laid over it. Presets are written in the same words as the file, so
//! `config --default` prints exactly what the dark preset is.

use super::style::{self, Colour, StyleSpec};

/// What a style is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Borders and titles of the focused pane, the title bar.
    Focus,
    /// Over the winner's colour where the verdict is named.
    Verdict,
    /// A close call: never an option's colour.
    CloseCall,
    /// The selected row of a list.
    Selected,
    /// Secondary text.
    Muted,
    Heading,
    /// Keys in the footer and the help.
    Key,
    /// Letters a search matched.
    Matched,
    Error,
    /// A file written, a thing done.
    Success,
}

pub const ROLES: [(&str, Role, &str); 10] = [
    ("focus", Role::Focus, "the focused pane's border and title"),
    (
        "verdict",
        Role::Verdict,
        "laid over the winner's colour where the verdict is named",
    ),
    (
        "close-call",
        Role::CloseCall,
        "a close call (never an option's colour)",
    ),
    ("selected", Role::Selected, "the selected row of a list"),
    ("muted", Role::Muted, "secondary text"),
    (
        "heading",
        Role::Heading,
        "headings in the help and the text",
    ),
    ("key", Role::Key, "keys in the footer and the help"),
    ("matched", Role::Matched, "the letters a search matched"),
    ("error", Role::Error, "errors in the status line"),
    (
        "success",
        Role::Success,
        "what was done, in the status line",
    ),
];

/// At most this many option colours; options past them take them again.
pub const MAX_OPTIONS: usize = 8;

/// Every style, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    styles: [StyleSpec; ROLES.len()],
    options: [Colour; MAX_OPTIONS],
    option_count: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Dark,
    Light,
    HighContrast,
}

pub const PRESETS: [(&str, Preset); 3] = [
    ("dark", Preset::Dark),
    ("light", Preset::Light),
    ("high-contrast", Preset::HighContrast),
];

/// Each preset's styles in the file's words, in [`ROLES`] order, and its
/// option colours. Dark draws no text in yellow early (hard on light
/// backgrounds too); light keeps to the dark colours; high contrast uses
/// the bright ones and bold, and no italics.
fn preset_words(preset: Preset) -> ([&'static str; ROLES.len()], &'static [&'static str]) {
    match preset {
        Preset::Dark => (
            [
                "bold cyan",
                "bold",
                "bold",
                "reversed",
                "italic",
                "bold",
                "bold cyan",
                "bold underlined magenta",
                "bold red",
                "green",
            ],
            &[
                "cyan",
                "magenta",
                "green",
                "blue",
                "red",
                "light-cyan",
                "light-magenta",
                "yellow",
            ],
        ),
        Preset::Light => (
            [
                "bold blue",
                "bold",
                "bold",
                "reversed",
                "italic",
                "bold",
                "bold blue",
                "bold underlined magenta",
                "bold red",
                "green",
            ],
            &["blue", "magenta", "green", "red", "cyan", "black", "yellow"],
        ),
        Preset::HighContrast => (
            [
                "bold underlined white",
                "bold",
                "bold underlined",
                "bold reversed",
                "none",
                "bold underlined",
                "bold light-yellow",
                "bold reversed",
                "bold reversed light-red",
                "bold light-green",
            ],
            &[
                "light-cyan",
                "light-magenta",
                "light-green",
                "light-yellow",
                "light-blue",
                "light-red",
                "white",
                "cyan",
            ],
        ),
    }
}

impl Palette {
    pub fn preset(preset: Preset) -> Self {
        let (styles, options) = preset_words(preset);
        // The presets are ours and written in the file's words: a word that
        // did not read would be caught by the unit test below.
        let styles = styles.map(|words| style::parse(words).unwrap_or_default());
        let colours: Vec<Colour> = options
            .iter()
            .filter_map(|name| style::colour_named(name))
            .collect();
        let mut palette = Self {
            styles,
            options: [Colour::Default; MAX_OPTIONS],
            option_count: 0,
        };
        palette.set_options(&colours);
        palette
    }

    pub fn style(&self, role: Role) -> StyleSpec {
        let index = ROLES.iter().position(|(_, r, _)| *r == role).unwrap_or(0);
        self.styles[index]
    }

    pub fn set_style(&mut self, role: Role, style: StyleSpec) {
        if let Some(index) = ROLES.iter().position(|(_, r, _)| *r == role) {
            self.styles[index] = style;
        }
    }

    /// The colour of the option at `index` in pack order, cycling.
    pub fn option(&self, index: usize) -> Colour {
        self.options[index % self.option_count.max(1)]
    }

    pub fn options(&self) -> &[Colour] {
        &self.options[..self.option_count]
    }

    /// The first [`MAX_OPTIONS`] of `colours` (an empty list keeps the
    /// terminal's own colour for every option).
    pub fn set_options(&mut self, colours: &[Colour]) {
        let taken = colours.len().min(MAX_OPTIONS);
        self.options[..taken].copy_from_slice(&colours[..taken]);
        self.option_count = taken.max(1);
        if taken == 0 {
            self.options[0] = Colour::Default;
        }
    }
}

impl Default for Palette {
    fn default() -> Self {
        Self::preset(Preset::Dark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_written_in_words_that_read() {
        for (name, preset) in PRESETS {
            let (styles, options) = preset_words(preset);
            for words in styles {
                assert!(style::parse(words).is_ok(), "{name}: {words}");
            }
            for colour in options {
                assert!(style::colour_named(colour).is_some(), "{name}: {colour}");
            }
            assert_eq!(Palette::preset(preset).options().len(), options.len());
        }
        let dark = Palette::preset(Preset::Dark);
        assert_eq!(dark.option(0), Colour::Cyan);
        assert_eq!(dark.option(8), Colour::Cyan);
        assert!(dark.style(Role::Error).emphasis.bold);
    }
}
