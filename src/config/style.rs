//! Styles by meaning, as the config file's `[theme]` writes them: a few
//! words, "bold cyan", "reversed", "magenta on black". Colours are the
//! terminal's 16, so the user's own palette decides how they look.

use crate::suggest;

/// One of the terminal's 16 colours, or its own foreground/background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Default,
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
}

/// The colours by the names the config file takes.
pub const COLOURS: [(&str, Colour); 17] = [
    ("default", Colour::Default),
    ("black", Colour::Black),
    ("red", Colour::Red),
    ("green", Colour::Green),
    ("yellow", Colour::Yellow),
    ("blue", Colour::Blue),
    ("magenta", Colour::Magenta),
    ("cyan", Colour::Cyan),
    ("gray", Colour::Gray),
    ("dark-gray", Colour::DarkGray),
    ("light-red", Colour::LightRed),
    ("light-green", Colour::LightGreen),
    ("light-yellow", Colour::LightYellow),
    ("light-blue", Colour::LightBlue),
    ("light-magenta", Colour::LightMagenta),
    ("light-cyan", Colour::LightCyan),
    ("white", Colour::White),
];

/// Emphasis, each shown with or without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Emphasis {
    pub bold: bool,
    pub dim: bool,
    pub italic: bool,
    pub underlined: bool,
    pub reversed: bool,
}

const EMPHASES: [&str; 5] = ["bold", "dim", "italic", "underlined", "reversed"];

/// A style: a foreground, a background, emphasis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StyleSpec {
    pub fg: Option<Colour>,
    pub bg: Option<Colour>,
    pub emphasis: Emphasis,
}

/// A word of a style that is not one, and where in the text it starts (in bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadWord {
    pub offset: usize,
    pub message: String,
}

pub fn colour_named(name: &str) -> Option<Colour> {
    COLOURS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, colour)| *colour)
}

pub fn colour_name(colour: Colour) -> &'static str {
    COLOURS
        .iter()
        .find(|(_, known)| *known == colour)
        .map_or("default", |(name, _)| name)
}

/// "`#ff0000` is not a colour" with the nearest name.
pub fn not_a_colour(word: &str) -> String {
    let hint = suggest::did_you_mean(word, COLOURS.iter().map(|(name, _)| *name));
    format!(
        "`{word}` is not one of the terminal's 16 colours{hint}; colours: {}",
        COLOURS
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// Read a style; every word that is neither a colour nor an emphasis is
/// reported, each at its offset. "none" (or nothing) is the plain style.
pub fn parse(text: &str) -> Result<StyleSpec, Vec<BadWord>> {
    let mut style = StyleSpec::default();
    let mut bad = Vec::new();
    let mut background = false;
    let base = text.as_ptr() as usize;
    for word in text.split_whitespace() {
        let offset = word.as_ptr() as usize - base;
        let lower = word.to_ascii_lowercase();
        let e = &mut style.emphasis;
        match lower.as_str() {
            "none" | "plain" => {}
            "on" => background = true,
            "bold" => e.bold = true,
            "dim" => e.dim = true,
            "italic" => e.italic = true,
            "underlined" => e.underlined = true,
            "reversed" => e.reversed = true,
            name => match colour_named(name) {
                Some(colour) if background => {
                    style.bg = Some(colour);
                    background = false;
                }
                Some(colour) => style.fg = Some(colour),
                None => {
                    let known = COLOURS.iter().map(|(name, _)| *name).chain(EMPHASES);
                    let hint = suggest::did_you_mean(name, known);
                    bad.push(BadWord {
                        offset,
                        message: format!(
                            "`{word}` is neither one of the terminal's 16 colours nor bold, dim, italic, underlined or reversed{hint}"
                        ),
                    });
                }
            },
        }
    }
    if background {
        bad.push(BadWord {
            offset: text.trim_end().len().saturating_sub(2),
            message: "`on` needs a colour after it (\"cyan on black\")".into(),
        });
    }
    if bad.is_empty() { Ok(style) } else { Err(bad) }
}

/// The style as the config file writes it.
pub fn write(style: &StyleSpec) -> String {
    let e = style.emphasis;
    let mut words: Vec<&str> = [e.bold, e.dim, e.italic, e.underlined, e.reversed]
        .iter()
        .zip(EMPHASES)
        .filter(|(on, _)| **on)
        .map(|(_, word)| word)
        .collect();
    if let Some(fg) = style.fg {
        words.push(colour_name(fg));
    }
    if let Some(bg) = style.bg {
        words.push("on");
        words.push(colour_name(bg));
    }
    if words.is_empty() {
        "none".into()
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_make_a_style_and_write_back() {
        let style = parse("bold  cyan on black").unwrap();
        assert_eq!(style.fg, Some(Colour::Cyan));
        assert_eq!(style.bg, Some(Colour::Black));
        assert!(style.emphasis.bold && !style.emphasis.italic);
        assert_eq!(write(&style), "bold cyan on black");
        assert_eq!(parse("none").unwrap(), StyleSpec::default());
        assert_eq!(write(&StyleSpec::default()), "none");
    }

    #[test]
    fn every_bad_word_is_reported_at_its_offset() {
        let bad = parse("bold cyna #ff0000").unwrap_err();
        assert_eq!(bad.len(), 2);
        assert_eq!(bad[0].offset, 5);
        assert!(bad[0].message.contains("did you mean `cyan`"), "{bad:?}");
        assert_eq!(bad[1].offset, 10);
        assert!(parse("red on").is_err());
    }
}
