//! Every unknown field at once, not the first. serde stops at the first key
//! it does not know; so each one it reports is blanked out of a copy of the
//! text (the key and its value, and only those lines: every other line keeps
//! its number and columns) and the copy is parsed again, until it parses or
//! fails for another reason. What the copy parses into is then checked as
//! usual, so the other errors come out with the unknown fields.

use std::borrow::Cow;

use serde::de::DeserializeOwned;

use super::{Place, YamlError, from_str};

/// What `from_str_every` read.
pub struct Every<'a, T> {
    /// The value of the text with its unknown fields left out, if that parses.
    pub value: Option<T>,
    /// Each unknown field, in the order met, then what stopped the parse.
    pub errors: Vec<YamlError>,
    /// The text as read: misspelt keys spelt as meant, unknown fields
    /// blanked, every line where it was; to place what is found in `value`.
    pub read: Cow<'a, str>,
}

/// The copies parsed, at most, in bytes: a few hundred for a pack of normal
/// size, a few for one near the size limit.
const REPARSED_BYTES: usize = 32 << 20;
/// Unknown fields reported, at most.
const MOST: usize = 100;

/// `text` parsed with every unknown field reported and left out.
pub fn from_str_every<T: DeserializeOwned>(text: &str) -> Every<'_, T> {
    let mut error = match from_str(text) {
        Ok(value) => {
            return Every {
                value: Some(value),
                errors: Vec::new(),
                read: Cow::Borrowed(text),
            };
        }
        Err(error) => error,
    };
    let done = |value, errors, read: String| Every {
        value,
        errors,
        read: Cow::Owned(read),
    };
    let tries = (REPARSED_BYTES / text.len().max(1)).clamp(1, MOST);
    let mut errors = Vec::new();
    let mut copy = text.to_owned();
    for _ in 0..tries {
        let Some(place) = error
            .place
            .filter(|_| error.message.contains("unknown field `"))
        else {
            errors.push(error);
            return done(None, errors, copy);
        };
        // A likely misspelling is read as the field it is close to, so what
        // it holds is checked too (and its absence is no second error); where
        // that field is given as well, the misspelt one is left out.
        let meant = suggested(&error.message).map(str::to_owned);
        errors.push(error);
        let mut next = None;
        if let Some(renamed) = meant.and_then(|meant| renamed_key(&copy, place, &meant)) {
            match from_str(&renamed) {
                Ok(value) => return done(Some(value), errors, renamed),
                Err(again) if !again.message.contains("duplicate field `") => {
                    next = Some((renamed, again));
                }
                Err(_) => {}
            }
        }
        let (blanked, again) = match next {
            Some(found) => found,
            None => {
                let Some(blanked) = without_key(&copy, place) else {
                    return done(None, errors, copy);
                };
                match from_str(&blanked) {
                    Ok(value) => return done(Some(value), errors, blanked),
                    Err(again) => (blanked, again),
                }
            }
        };
        copy = blanked;
        error = again;
    }
    let more = error.message.contains("unknown field `");
    errors.push(error);
    if more {
        errors.push(YamlError {
            place: None,
            message: "… and more unknown fields after these (fix the ones above first)".into(),
        });
    }
    done(None, errors, copy)
}

/// The field a "did you mean" in `message` names.
fn suggested(message: &str) -> Option<&str> {
    let from = message.find("(did you mean `")? + "(did you mean `".len();
    let to = message[from..].find('`')? + from;
    Some(&message[from..to])
}

/// `text` with the key at `place` spelt `meant`, if it stands on a block
/// line of its own (see `without_key`). A shorter name is padded with
/// spaces before its colon, so what follows on the line keeps its column.
fn renamed_key(text: &str, place: Place, meant: &str) -> Option<String> {
    let (line_start, key_start) = key_at(text, place)?;
    let rest = &text[key_start..];
    let key_end = key_start + rest.find(':')?;
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |at| line_start + at);
    if key_end > line_end {
        return None;
    }
    let written = text[key_start..key_end].trim_end().chars().count();
    let padding = " ".repeat(written.saturating_sub(meant.chars().count()));
    Some(format!(
        "{}{meant}{padding}{}",
        &text[..key_start],
        &text[key_end..]
    ))
}

/// The byte offsets of the line holding `place` and of the key at it, when
/// only indentation and `- ` stand before the key on that line.
fn key_at(text: &str, place: Place) -> Option<(usize, usize)> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(place.line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let line = text.get(line_start..)?.split_inclusive('\n').next()?;
    let start = line
        .char_indices()
        .nth(place.column.checked_sub(1)?)
        .map(|(at, _)| at)?;
    line[..start]
        .chars()
        .all(|c| c == ' ' || c == '-')
        .then_some((line_start, line_start + start))
}

/// `text` with the block key at `place` and its value emptied, or `None`
/// when the key is not on a line of its own (a flow mapping `{a: 1}`), where
/// cutting it out could change what the rest means.
fn without_key(text: &str, place: Place) -> Option<String> {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let index = place.line.checked_sub(1)?;
    let line = *lines.get(index)?;
    let start = line
        .char_indices()
        .nth(place.column.checked_sub(1)?)
        .map(|(at, _)| at)?;
    // Before the key: the indentation, and the `- ` of list items only.
    let before = &line[..start];
    if !before.chars().all(|c| c == ' ' || c == '-') {
        return None;
    }
    let column = before.chars().count();
    let mut out = String::with_capacity(text.len());
    for kept in &lines[..index] {
        out.push_str(kept);
    }
    out.push_str(before);
    out.push_str(newline_of(line));
    // The value's lines: deeper than the key, or list items at its column
    // (`key:` then `- a` below it), with blank and comment lines among them.
    let mut next = index + 1;
    while let Some(line) = lines.get(next) {
        let indent = line.chars().take_while(|&c| c == ' ').count();
        let rest = line.trim_start_matches(' ');
        let inside = rest.trim().is_empty()
            || indent > column
            || (indent == column && (rest.starts_with("- ") || rest.trim_end() == "-"));
        if !inside || (indent <= column && rest.starts_with('#')) {
            break;
        }
        out.push_str(newline_of(line));
        next += 1;
    }
    lines.drain(..next);
    for kept in lines {
        out.push_str(kept);
    }
    Some(out)
}

fn newline_of(line: &str) -> &'static str {
    if line.ends_with("\r\n") {
        "\r\n"
    } else if line.ends_with('\n') {
        "\n"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Small {
        name: String,
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
    }

    fn places(errors: &[YamlError]) -> Vec<(usize, usize)> {
        errors
            .iter()
            .filter_map(|e| e.place.map(|p| (p.line, p.column)))
            .collect()
    }

    #[test]
    fn every_unknown_field_is_reported_and_the_rest_parses() {
        let text = "name: a\nnmae: b\nitems:\n  - id: x\n    colour:\n    - red\n    - blue\n  - id: y\n    size: 3\nextra: |\n  text\n  more\n";
        let Every { value, errors, .. } = from_str_every::<Small>(text);
        let value = value.expect("the rest parses");
        assert_eq!(value.items.len(), 2);
        assert_eq!(places(&errors), vec![(2, 1), (5, 5), (9, 5), (10, 1)]);
        assert!(
            errors[0].message.contains("(did you mean `name`?)"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_misspelt_field_is_read_as_the_one_it_is_close_to() {
        // `nmae` is read as `name`: no "missing field `name`" after it.
        let Every { value, errors, .. } = from_str_every::<Small>("nmae: a\nitems: []\n");
        assert_eq!(value.map(|v| v.name), Some("a".to_owned()));
        assert_eq!(places(&errors), vec![(1, 1)]);
        // Unless `name` is given too: then the misspelt one is left out.
        let Every { value, errors, .. } = from_str_every::<Small>("name: a\nnmae: b\nitems: []\n");
        assert_eq!(value.map(|v| v.name), Some("a".to_owned()));
        assert_eq!(places(&errors), vec![(2, 1)]);
    }

    #[test]
    fn what_was_read_keeps_every_line_and_column() {
        let text = "namee: a\ncolour:\n  - red\nitems: [{id: x}]\n";
        let Every {
            value,
            read,
            errors,
        } = from_str_every::<Small>(text);
        assert_eq!(value.map(|v| v.name), Some("a".to_owned()), "{errors:?}");
        assert_eq!(read, "name : a\n\n\nitems: [{id: x}]\n");
    }

    #[test]
    fn another_error_after_the_unknown_fields_ends_the_list() {
        let text = "name: a\ncolour: red\nitems: 5\n";
        let Every { value, errors, .. } = from_str_every::<Small>(text);
        assert!(value.is_none());
        assert_eq!(places(&errors), vec![(2, 1), (3, 8)]);
        assert!(errors[1].message.contains("expected a list"), "{errors:?}");
    }

    #[test]
    fn a_key_inside_a_flow_mapping_is_reported_alone() {
        let text = "name: a\nitems: [{id: x, colour: red}, {id: y, size: 1}]\n";
        let Every { value, errors, .. } = from_str_every::<Small>(text);
        assert!(value.is_none());
        assert_eq!(errors.len(), 1, "{errors:?}");
    }

    #[test]
    fn a_misspelt_field_in_a_list_item_is_read_as_meant() {
        let Every { value, errors, .. } = from_str_every::<Small>("name: a\nitems:\n  - idd: x\n");
        assert_eq!(value.map(|v| v.items[0].id.clone()), Some("x".to_owned()));
        assert_eq!(places(&errors), vec![(3, 5)]);
    }

    #[test]
    fn a_comment_inside_an_unknown_fields_block_goes_with_it() {
        let text = "name: a\nextra:\n  # a note\n  a: 1\nitems: []\n";
        let Every {
            value,
            errors,
            read,
        } = from_str_every::<Small>(text);
        assert_eq!(value.map(|v| v.name), Some("a".to_owned()), "{errors:?}");
        assert_eq!(read, "name: a\n\n\n\nitems: []\n");
    }

    #[test]
    fn a_key_whose_colon_is_on_another_line_is_not_renamed() {
        // An explicit key (`? key` then `: value`): renaming it would join
        // its lines, and every place after it would move.
        let text = "?\n  nmae\n: a\nitems: []\n";
        let Every { read, errors, .. } = from_str_every::<Small>(text);
        assert!(
            errors[0].message.contains("did you mean `name`"),
            "{errors:?}"
        );
        assert_eq!(read.lines().count(), text.lines().count(), "{read:?}");
    }

    #[test]
    fn a_large_text_is_parsed_again_only_a_few_times() {
        // 8 MiB and more: the first parse finds `b1` and the budget allows
        // three more, so four of the six unknown fields are reported, then
        // that more follow.
        let pad = format!("# {}\n", "p".repeat(REPARSED_BYTES / 4));
        let text = format!("{pad}name: a\nitems: []\nb1: 1\nb2: 1\nb3: 1\nb4: 1\nb5: 1\nb6: 1\n");
        let Every { value, errors, .. } = from_str_every::<Small>(&text);
        assert!(value.is_none());
        assert_eq!(errors.len(), 5, "{errors:?}");
        assert!(
            errors[3].message.contains("unknown field `b4`"),
            "{errors:?}"
        );
        assert!(errors[4].message.contains("and more"), "{errors:?}");
    }
}
