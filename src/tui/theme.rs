//! Styles by meaning. Colours come from the terminal's 16-colour palette so
//! light, dark and Solarized themes all read: text people must read is never
//! drawn in the palette's greys (Solarized dark draws "dark grey" as its
//! background colour). Without colour, focus and selection still show
//! through bold and reverse, and verdicts through their words.

use ratatui::style::{Color, Modifier, Style};

use crate::config::style::{Colour, StyleSpec};
use crate::config::theme::{Palette, Role};
use crate::engine::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub colour: bool,
    palette: Palette,
}

fn color(colour: Colour) -> Color {
    match colour {
        Colour::Default => Color::Reset,
        Colour::Black => Color::Black,
        Colour::Red => Color::Red,
        Colour::Green => Color::Green,
        Colour::Yellow => Color::Yellow,
        Colour::Blue => Color::Blue,
        Colour::Magenta => Color::Magenta,
        Colour::Cyan => Color::Cyan,
        Colour::Gray => Color::Gray,
        Colour::DarkGray => Color::DarkGray,
        Colour::LightRed => Color::LightRed,
        Colour::LightGreen => Color::LightGreen,
        Colour::LightYellow => Color::LightYellow,
        Colour::LightBlue => Color::LightBlue,
        Colour::LightMagenta => Color::LightMagenta,
        Colour::LightCyan => Color::LightCyan,
        Colour::White => Color::White,
    }
}

impl Theme {
    /// The dark preset (the defaults), in colour or not.
    pub fn new(colour: bool) -> Self {
        Self::with_palette(Palette::default(), colour)
    }

    /// The styles of a config file's `[theme]`.
    pub fn with_palette(palette: Palette, colour: bool) -> Self {
        Self { colour, palette }
    }

    /// A style by meaning; without colour only its emphasis.
    fn spec(self, spec: StyleSpec) -> Style {
        let e = spec.emphasis;
        let mut style = Style::new();
        for (on, modifier) in [
            (e.bold, Modifier::BOLD),
            (e.dim, Modifier::DIM),
            (e.italic, Modifier::ITALIC),
            (e.underlined, Modifier::UNDERLINED),
            (e.reversed, Modifier::REVERSED),
        ] {
            if on {
                style = style.add_modifier(modifier);
            }
        }
        if self.colour {
            if let Some(fg) = spec.fg {
                style = style.fg(color(fg));
            }
            if let Some(bg) = spec.bg {
                style = style.bg(color(bg));
            }
        }
        style
    }

    fn role(self, role: Role) -> Style {
        self.spec(self.palette.style(role))
    }

    fn fg(self, colour: Colour) -> Style {
        self.spec(StyleSpec {
            fg: Some(colour),
            ..StyleSpec::default()
        })
    }

    pub fn text(self) -> Style {
        Style::new()
    }

    /// Secondary text: still the terminal's own foreground, in italics where
    /// the terminal has them, so it reads on every palette.
    pub fn muted(self) -> Style {
        self.role(Role::Muted)
    }

    pub fn heading(self) -> Style {
        self.role(Role::Heading)
    }

    pub fn title(self) -> Style {
        self.role(Role::Focus)
    }

    /// A pane's border and title: thick and coloured when focused.
    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.role(Role::Focus)
        } else {
            Style::new()
        }
    }

    /// The selected row of a list; reverse video shows without colour too.
    pub fn selected(self, focused: bool) -> Style {
        let base = self.role(Role::Selected);
        if focused {
            base.add_modifier(Modifier::BOLD)
        } else {
            base
        }
    }

    pub fn option(self, index: usize) -> Style {
        self.fg(self.palette.option(index))
    }

    /// Text that names a verdict: the winner's colour, or for a close call
    /// its own style (never an option's colour).
    pub fn verdict(self, verdict: Verdict) -> Style {
        match verdict {
            Verdict::Winner(option) => self.option(option).patch(self.role(Role::Verdict)),
            Verdict::CloseCall(_) => self.role(Role::CloseCall),
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
        self.role(Role::Matched)
    }

    pub fn key(self) -> Style {
        self.role(Role::Key)
    }

    pub fn error(self) -> Style {
        self.role(Role::Error)
    }

    pub fn success(self) -> Style {
        self.role(Role::Success)
    }
}
