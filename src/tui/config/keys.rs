//! Key words as the config file writes them: "q", "G", "Ctrl-C", "Up",
//! "PgDn", "Shift-Tab", "Space", "F5". The arrows may be written as the
//! help shows them (↑ ↓ ← →) too.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::suggest;
use crate::tui::keymap::Key;

const NAMED: [(&str, KeyCode); 15] = [
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("PgUp", KeyCode::PageUp),
    ("PgDn", KeyCode::PageDown),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Tab", KeyCode::Tab),
    ("Shift-Tab", KeyCode::BackTab),
    ("Backspace", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Space", KeyCode::Char(' ')),
];

/// Other spellings people reach for.
const ALIASES: [(&str, KeyCode); 9] = [
    ("↑", KeyCode::Up),
    ("↓", KeyCode::Down),
    ("←", KeyCode::Left),
    ("→", KeyCode::Right),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("Escape", KeyCode::Esc),
    ("Return", KeyCode::Enter),
    ("BackTab", KeyCode::BackTab),
];

/// A key from its word, or why not (with the nearest name).
pub fn parse(word: &str) -> Result<Key, String> {
    let mut rest = word;
    let mut modifiers = KeyModifiers::NONE;
    loop {
        let lower = rest.to_ascii_lowercase();
        if rest.chars().count() > 1 && lower.starts_with("ctrl-") {
            modifiers |= KeyModifiers::CONTROL;
            rest = &rest[5..];
        } else if rest.chars().count() > 1 && lower.starts_with("alt-") {
            modifiers |= KeyModifiers::ALT;
            rest = &rest[4..];
        } else {
            break;
        }
    }
    let code = base(rest).ok_or_else(|| not_a_key(word, rest))?;
    let code = match code {
        // Ctrl with a letter arrives as the lowercase letter.
        KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
            KeyCode::Char(c.to_ascii_lowercase())
        }
        other => other,
    };
    Ok(Key { code, modifiers })
}

fn base(word: &str) -> Option<KeyCode> {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && !c.is_control()
        && c != ' '
        && !matches!(c, '↑' | '↓' | '←' | '→')
    {
        return Some(KeyCode::Char(c));
    }
    let named = NAMED.iter().chain(&ALIASES);
    if let Some((_, code)) = named
        .clone()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
    {
        return Some(*code);
    }
    let number = word
        .strip_prefix(['F', 'f'])
        .and_then(|n| n.parse::<u8>().ok())?;
    (1..=12).contains(&number).then_some(KeyCode::F(number))
}

fn not_a_key(word: &str, base: &str) -> String {
    let names: Vec<&str> = NAMED.iter().map(|(name, _)| *name).collect();
    let hint = suggest::did_you_mean(base, names.iter().copied());
    let shift = if base.to_ascii_lowercase().starts_with("shift-") {
        "; for a capital letter write the letter itself (\"G\")"
    } else {
        ""
    };
    format!(
        "`{word}` is not a key{hint}{shift}; keys are one character, Ctrl- or Alt- before one, or {}, F1–F12",
        names.join(", ")
    )
}

/// The key as the config file writes it: the help's name, with words for
/// the arrows.
pub fn write(key: Key) -> String {
    let name = key.name();
    match key.code {
        KeyCode::Up => "Up".into(),
        KeyCode::Down => "Down".into(),
        KeyCode::Left => "Left".into(),
        KeyCode::Right => "Right".into(),
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_keys_and_back() {
        for word in [
            "q",
            "G",
            "?",
            "Ctrl-C",
            "Up",
            "PgDn",
            "Shift-Tab",
            "Space",
            "F5",
            "Alt-x",
            "Esc",
        ] {
            let key = parse(word).unwrap();
            assert_eq!(write(key), word);
        }
        assert_eq!(parse("ctrl-c"), parse("Ctrl-C"));
        assert_eq!(parse("↑"), parse("up"));
        assert_eq!(parse("-").unwrap().code, KeyCode::Char('-'));
    }

    #[test]
    fn a_word_that_is_no_key_says_the_nearest() {
        let error = parse("Entr").unwrap_err();
        assert!(error.contains("did you mean `Enter`"), "{error}");
        assert!(parse("Shift-g").unwrap_err().contains("capital"));
        assert!(parse("F13").is_err());
        assert!(parse("").is_err());
        assert!(parse("Ctrl-").is_err());
    }
}
