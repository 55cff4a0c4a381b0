//! Styles by meaning. Colours come from the terminal's 16-colour palette so
//! light, dark and Solarized themes all read: text people must read is never
//! drawn in the palette's greys (Solarized dark draws "dark grey" as its
//! background colour). Without colour, focus and selection still show
//! through bold and reverse, and verdicts through their words.

use ratatui::style::{Color, Modifier, Style};

use crate::engine::Verdict;

/// Colours for options, in pack order (cycled past eight). Yellow comes
/// late: it is the hardest to read on light backgrounds.
const OPTION_COLOURS: [Color; 8] = [
    Color::Cyan,
    Color::Magenta,
    Color::Green,
    Color::Blue,
    Color::Red,
    Color::LightCyan,
    Color::LightMagenta,
    Color::Yellow,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub colour: bool,
}

impl Theme {
    pub fn new(colour: bool) -> Self {
        Self { colour }
    }

    fn fg(self, colour: Color) -> Style {
        if self.colour {
            Style::new().fg(colour)
        } else {
            Style::new()
        }
    }

    pub fn text(self) -> Style {
        Style::new()
    }

    /// Secondary text: still the terminal's own foreground, in italics where
    /// the terminal has them, so it reads on every palette.
    pub fn muted(self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    pub fn heading(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// A pane's border and title: thick and coloured when focused.
    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        }
    }

    /// The selected row of a list; reverse video shows without colour too.
    pub fn selected(self, focused: bool) -> Style {
        let base = Style::new().add_modifier(Modifier::REVERSED);
        if focused {
            base.add_modifier(Modifier::BOLD)
        } else {
            base
        }
    }

    pub fn option(self, index: usize) -> Style {
        self.fg(OPTION_COLOURS[index % OPTION_COLOURS.len()])
    }

    /// Text that names a verdict: the winner's colour, or for a close call
    /// the plain foreground in bold (never an option's colour).
    pub fn verdict(self, verdict: Verdict) -> Style {
        match verdict {
            Verdict::Winner(option) => self.option(option).add_modifier(Modifier::BOLD),
            Verdict::CloseCall(_) => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    /// The verdict as a badge: reversed, so it stands out with or without colour.
    pub fn badge(self, verdict: Verdict) -> Style {
        self.verdict(verdict).add_modifier(Modifier::REVERSED)
    }

    /// One cell of a slider's track, in the style of the verdict it would
    /// give. Without colour, stretches that would change the verdict are
    /// underlined, so the tipping points still show.
    pub fn track(self, verdict: Verdict, changes: bool) -> Style {
        let style = match verdict {
            Verdict::Winner(option) => self.option(option),
            Verdict::CloseCall(_) => Style::new(),
        };
        if !self.colour && changes {
            style.add_modifier(Modifier::UNDERLINED)
        } else {
            style
        }
    }

    pub fn matched(self) -> Style {
        self.fg(Color::Magenta)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn success(self) -> Style {
        self.fg(Color::Green)
    }
}
