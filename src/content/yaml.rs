//! The one place that knows which YAML crate parses packs and profiles.
//!
//! `serde_yaml` turns text into the typed model (and reports structural errors
//! with a place); when validation finds problems, a `Locator` built from
//! `yaml-rust2`'s event stream finds the line and column of any field path.
//! The event stream is read again only when something failed (to place a key
//! given twice, a second document or a raw control character), when a `!`
//! stands where a tag could start (`tags.rs`), when both a `*` and a `&`
//! stand where an alias and an anchor could (`aliases.rs`), and to sniff a
//! flow-style file's kind for `check`. Swapping the YAML crate means changing this file
//! and the ones under `yaml/` alone.

use std::ops::ControlFlow;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

use crate::diagnostic::{Place, shorten_quotes};

mod aliases;
mod locator;
mod tags;
mod unknown;
mod words;
use crate::suggest;
pub use locator::Locator;
use locator::join;
pub use unknown::{Every, from_str_every};

/// A parse or type error, with its place when the parser knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub place: Option<Place>,
    pub message: String,
}

/// Deeper flow nesting (`[[[…` or `{a: {a: …`) is refused before parsing,
/// since the YAML parser's time grows with the square of the depth; deeper
/// nesting is not indexed either (serde_yaml refuses it anyway).
pub const MAX_DEPTH: usize = 128;

/// Parse one YAML document into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    check_flow_depth(text)?;
    if let Some(place) = tags::first_tag(text) {
        return Err(YamlError {
            place: Some(place),
            message: "YAML tags (`!!str`, `!name`) are not used here; write the value plainly"
                .into(),
        });
    }
    aliases::check(text)?;
    serde_yaml::from_str(text).map_err(|error| to_yaml_error(text, &error))
}

/// A linear scan for flow collections nested deeper than `MAX_DEPTH`. Brackets
/// count where a flow collection can start (after a space, `:`, `-`, `,`, `[`,
/// `{` or at a line's start), outside quotes and comments; block nesting is
/// bounded by the file size limit and checked by the parser itself.
fn check_flow_depth(text: &str) -> Result<(), YamlError> {
    // Bytes, not chars: every character that matters here is ASCII, and
    // UTF-8 continuation bytes never equal one. Only those bytes are looked
    // at (the rest of a 20 MB pack is skipped by a table or by `memchr`);
    // the line and column are counted only for the error.
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    let opens_after = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b':' | b'-' | b',' | b'[' | b'{');
    // What came before `at`: a line's start counts as a newline.
    let previous = |at: usize| if at == 0 { b'\n' } else { bytes[at - 1] };
    while let Some(found) = bytes[at..]
        .iter()
        .position(|&b| FLOW_SYNTAX[usize::from(b)])
    {
        at += found;
        let b = bytes[at];
        match b {
            b'"' | b'\'' if opens_after(previous(at)) => {
                // Quoted scalars may span lines; `\"` does not close a `"`.
                let mut end = at + 1;
                loop {
                    let Some(next) = memchr::memchr(b, &bytes[end..]) else {
                        return Ok(());
                    };
                    end += next;
                    if b == b'\'' || bytes[end - 1] != b'\\' {
                        break;
                    }
                    end += 1;
                }
                at = end;
            }
            b'#' if matches!(previous(at), b' ' | b'\t' | b'\n') => {
                let Some(next) = memchr::memchr(b'\n', &bytes[at..]) else {
                    return Ok(());
                };
                at += next;
            }
            b'[' | b'{' if opens_after(previous(at)) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let line_start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |n| n + 1);
                    let line = memchr::memchr_iter(b'\n', &bytes[..at]).count() + 1;
                    let column = text[line_start..at].chars().count() + 1;
                    return Err(YamlError {
                        place: Some(Place { line, column }),
                        message: format!("nesting deeper than {MAX_DEPTH} levels"),
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        at += 1;
    }
    Ok(())
}

/// The bytes `check_flow_depth` stops at: quotes, comments, brackets.
const FLOW_SYNTAX: [bool; 256] = {
    let mut table = [false; 256];
    let mut n = 0;
    let bytes = b"\"'#[]{}";
    while n < bytes.len() {
        table[bytes[n] as usize] = true;
        n += 1;
    }
    table
};

/// serde_yaml's error as a message and the best place for it. Only runs on
/// failure, so it may look at the text again to find a better place.
fn to_yaml_error(text: &str, error: &serde_yaml::Error) -> YamlError {
    let raw = error.to_string();
    let mut place = error.location().map(|location| Place {
        line: location.line(),
        column: location.column(),
    });
    // Reader errors (a raw control character) carry a byte offset, not a mark.
    let raw = match split_position(&raw) {
        Some((message, offset)) => {
            place = Some(place_of_offset(text, offset));
            message
        }
        None => raw.as_str(),
    };
    if let Some(path) = repeated_key_path(raw) {
        if let Some(found) = Locator::new(text).find_repeat(&path) {
            place = Some(found);
        }
    } else if raw.starts_with(super::raw::NULL_TEXT) {
        // A top-level field: serde_yaml gives no path, so find the null and
        // name its key.
        if let Some((key, found)) = top_level_null(text) {
            return YamlError {
                place: Some(within(text, found)),
                message: format!("{key}: {}", humanize(raw)),
            };
        }
    } else if raw.contains("more than one document") {
        place = second_document(text).or(place);
    } else if raw.starts_with("repetition limit exceeded") {
        return YamlError {
            place: first_alias(text).or(place),
            message: "YAML aliases (`*name`) here repeat what their anchors (`&name`) hold more times than a pack may: write the values out, or use fewer aliases".into(),
        };
    } else if let Some(path) = value_error_path(raw) {
        // serde_yaml places an error inside an alias at the anchor it copies;
        // the path names where the bad value is used.
        // On the same line serde_yaml's column (the value) is the finer one.
        if let Some(found) = Locator::new(text).find_exact(&path)
            && place.is_none_or(|place| place.line != found.line)
        {
            place = Some(found);
        }
    }
    YamlError {
        place: place.map(|place| within(text, place)),
        message: humanize(raw),
    }
}

/// The key and place of the first top-level `key: null` (or `~`, or
/// nothing at all) line.
fn top_level_null(text: &str) -> Option<(String, Place)> {
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().find_map(|(index, line)| {
        let key = block_key(line)?;
        let value = line[line.find(':')? + 1..].split(" #").next()?.trim();
        let next_is_nested = lines
            .get(index + 1)
            .is_some_and(|next| next.starts_with([' ', '-']));
        let null = matches!(value, "null" | "Null" | "NULL" | "~")
            || (value.is_empty() && !next_is_nested);
        let place = Place {
            line: index + 1,
            column: line.find(':')? + 3,
        };
        (null && !key.is_empty()).then_some((key, place))
    })
}

/// For "PATH: invalid type/value/length …", the locator path of PATH.
fn value_error_path(message: &str) -> Option<String> {
    let (path, rest) = message.split_once(": ")?;
    let is_path = !path.is_empty()
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.[]".contains(c));
    (is_path && rest.starts_with("invalid ")).then(|| path.replace('[', ".").replace(']', ""))
}

/// A place moved back inside the text: at the end of a file without a final
/// newline the parser reports the line after the last.
fn within(text: &str, place: Place) -> Place {
    let lines = text.lines().count().max(1);
    if place.line <= lines {
        return place;
    }
    let last = text.lines().last().unwrap_or("");
    Place {
        line: lines,
        column: last.chars().count() + 1,
    }
}

/// `message` without a trailing " at position N", and N.
fn split_position(message: &str) -> Option<(&str, usize)> {
    let at = message.rfind(" at position ")?;
    let offset = message[at + " at position ".len()..].parse().ok()?;
    Some((&message[..at], offset))
}

/// The line and column (in characters, both from 1) of byte `offset`.
pub fn place_of_offset(text: &str, offset: usize) -> Place {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    Place {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

/// For "PATH: duplicate field `KEY`" or "PATH: duplicate key `KEY`" (the
/// path in serde_yaml's notation, absent at the top level), the locator path
/// `PATH.KEY` of the key given twice.
fn repeated_key_path(message: &str) -> Option<String> {
    let (at, marker) = ["duplicate field `", "duplicate key `"]
        .into_iter()
        .find_map(|marker| message.find(marker).map(|at| (at, marker)))?;
    let path = match at {
        0 => "",
        _ => message[..at].strip_suffix(": ")?,
    };
    let rest = &message[at + marker.len()..];
    let key = &rest[..rest.rfind('`')?];
    // serde_yaml writes `options[1].name`; the locator writes `options.1.name`.
    let path = path.replace('[', ".").replace(']', "");
    Some(join(&path, key))
}

/// The place of the second document's start (its `---`), if there is one.
fn second_document(text: &str) -> Option<Place> {
    let mut starts = 0;
    let mut found = None;
    walk(text, |event, mark| {
        if matches!(event, Event::DocumentStart) {
            starts += 1;
            if starts == 2 {
                found = Some(place_of(mark));
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    });
    found
}

/// The place of the first alias (`*name`) used.
fn first_alias(text: &str) -> Option<Place> {
    let mut found = None;
    walk(text, |event, mark| {
        if matches!(event, Event::Alias(_)) {
            found = Some(place_of(mark));
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    });
    found
}

/// Feed the events of `text` to `visit` until it breaks, the stream ends or
/// the text stops being valid YAML. Iterative: nesting depth costs no stack.
fn walk(text: &str, mut visit: impl FnMut(&Event, Marker) -> ControlFlow<()>) {
    let mut parser = Parser::new_from_str(text);
    while let Ok((event, mark)) = parser.next_token() {
        if event == Event::StreamEnd || visit(&event, mark).is_break() {
            break;
        }
    }
}

fn place_of(mark: Marker) -> Place {
    Place {
        line: mark.line(),
        // yaml-rust2 counts columns from 0.
        column: mark.col() + 1,
    }
}

/// The top-level keys of the first YAML document, if it is a mapping. Read
/// line by line for block mappings (the usual case, and cheap: `check` sorts
/// packs from profiles with it); a flow mapping (`{pack: p, …}`) is read from
/// the event stream. Either way a document serde would refuse (a duplicate
/// key, a bad value further down) still shows what kind of file it is.
pub fn top_level_keys(text: &str) -> Vec<String> {
    let first = text
        .lines()
        .map(str::trim_start)
        .find(|line| !line.is_empty() && !line.starts_with('#') && *line != "---");
    if first.is_some_and(|line| line.starts_with('{')) {
        return flow_top_level_keys(text);
    }
    let mut keys = Vec::new();
    let mut started = false;
    for line in text.lines() {
        if line.starts_with("---") || line.starts_with("...") {
            if started {
                break;
            }
            started = true;
            continue;
        }
        started = true;
        if let Some(key) = block_key(line) {
            keys.push(key);
        }
    }
    keys
}

/// The key of a top-level `key: value` line (plain or quoted), if it is one.
fn block_key(line: &str) -> Option<String> {
    let first = line.chars().next()?;
    if first.is_whitespace() || matches!(first, '#' | '-' | '[' | '{' | '&' | '!' | '|' | '>') {
        return None;
    }
    let (key, rest) = if let Some(quote @ ('"' | '\'')) = line.chars().next() {
        let end = line[1..].find(quote)? + 1;
        (&line[1..end], &line[end + 1..])
    } else {
        let colon = line
            .find(": ")
            .or_else(|| line.strip_suffix(':').map(str::len))?;
        (line[..colon].trim_end(), &line[colon..])
    };
    rest.trim_start().starts_with(':').then(|| key.to_owned())
}

fn flow_top_level_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let (mut depth, mut mapping, mut is_key) = (0usize, false, true);
    walk(text, |event, _| {
        let node = matches!(
            event,
            Event::Scalar(..)
                | Event::Alias(..)
                | Event::MappingStart(..)
                | Event::SequenceStart(..)
        );
        // Nodes inside the top mapping alternate: key, value, key, …
        if node && depth == 1 && mapping {
            if let (true, Event::Scalar(key, ..)) = (is_key, event) {
                keys.push(key.clone());
            }
            is_key = !is_key;
        }
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                if depth == 0 {
                    mapping = matches!(event, Event::MappingStart(..));
                }
                depth += 1;
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            Event::DocumentEnd => return ControlFlow::Break(()),
            _ => {}
        }
        ControlFlow::Continue(())
    });
    keys
}

/// The value of a top-level `key: N` line and where it is, read line by line
/// without parsing: enough to tell a pack's schema version when the parse
/// itself failed.
pub fn top_level_number(text: &str, key: &str) -> Option<(u32, Place)> {
    text.lines().enumerate().find_map(|(index, line)| {
        let rest = line.strip_prefix(key)?.trim_start().strip_prefix(':')?;
        let value = rest.split('#').next()?.trim().trim_matches(['"', '\'']);
        let number = value.parse().ok()?;
        Some((
            number,
            Place {
                line: index + 1,
                column: 1,
            },
        ))
    })
}

/// serde_yaml's message without its trailing " at line L column C" (the place
/// is reported separately), with a "did you mean" added to unknown fields and
/// long quoted values cut short.
fn humanize(raw: &str) -> String {
    let mut message = words::in_users_terms(&without_places(raw));
    if let Some(field) = between(&message, "unknown field `", "`") {
        let expected: Vec<&str> = message
            .split_once("expected")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let hint = suggest::did_you_mean(field, expected.iter().copied());
        message.push_str(&hint);
    }
    if message.contains("more than one document") {
        message =
            "the file holds several YAML documents (`---`); a pack or profile is one document"
                .into();
    }
    shorten_quotes(&message)
}

/// `raw` without any " at line L column C" (the place is reported on its own).
fn without_places(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find(" at line ") {
        let after = &rest[at + " at line ".len()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        let tail = &after[digits..];
        match tail.strip_prefix(" column ") {
            Some(column) if digits > 0 => {
                let column_digits = column.chars().take_while(char::is_ascii_digit).count();
                out.push_str(&rest[..at]);
                rest = &column[column_digits..];
            }
            _ => {
                out.push_str(&rest[..at + " at line ".len()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

#[cfg(test)]
mod tests;
