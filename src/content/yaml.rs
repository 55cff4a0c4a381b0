//! The one place that knows which YAML crate parses packs and profiles.
//!
//! `serde_yaml` turns text into the typed model (and reports structural errors
//! with a place); when validation finds problems, a `Locator` built from
//! `yaml-rust2`'s event stream finds the line and column of any field path.
//! The event stream is only read again when something failed: to place a key
//! given twice, a second document or a raw control character, and to sniff a
//! file's kind for `check`. Swapping the YAML crate means changing this file
//! alone.

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

use crate::diagnostic::{Place, shorten_quotes};
use crate::suggest;

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
    serde_yaml::from_str(text).map_err(|error| to_yaml_error(text, &error))
}

/// A linear scan for flow collections nested deeper than `MAX_DEPTH`. Brackets
/// count where a flow collection can start (after a space, `:`, `-`, `,`, `[`,
/// `{` or at a line's start), outside quotes and comments; block nesting is
/// bounded by the file size limit and checked by the parser itself.
fn check_flow_depth(text: &str) -> Result<(), YamlError> {
    // Bytes, not chars: every character that matters here is ASCII, and
    // UTF-8 continuation bytes never equal one.
    let bytes = text.as_bytes();
    let (mut depth, mut line, mut line_start) = (0usize, 1usize, 0usize);
    let mut quote: Option<u8> = None;
    let mut comment = false;
    let mut previous = b'\n';
    let opens_after = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b':' | b'-' | b',' | b'[' | b'{');
    for (at, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            // Quoted scalars may span lines: the quote state carries over.
            (line, line_start, comment, previous) = (line + 1, at + 1, false, b);
            continue;
        }
        if comment {
            continue;
        }
        match (quote, b) {
            (Some(b'"'), b'"') if previous != b'\\' => quote = None,
            (Some(b'\''), b'\'') => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if opens_after(previous) => quote = Some(b),
            (None, b'#') if matches!(previous, b' ' | b'\t' | b'\n') => comment = true,
            (None, b'[' | b'{') if opens_after(previous) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let column = text[line_start..at].chars().count() + 1;
                    return Err(YamlError {
                        place: Some(Place { line, column }),
                        message: format!("nesting deeper than {MAX_DEPTH} levels"),
                    });
                }
            }
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        previous = b;
    }
    Ok(())
}

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
        // A top-level field: serde_yaml gives no path, so find the null.
        place = top_level_null(text).or(place);
    } else if raw.contains("more than one document") {
        place = second_document(text).or(place);
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

/// The first top-level `key: null` (or `~`, or nothing at all) line.
fn top_level_null(text: &str) -> Option<Place> {
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().find_map(|(index, line)| {
        let key = block_key(line)?;
        let value = line[line.find(':')? + 1..].split(" #").next()?.trim();
        let next_is_nested = lines
            .get(index + 1)
            .is_some_and(|next| next.starts_with([' ', '-']));
        let null = matches!(value, "null" | "Null" | "NULL" | "~")
            || (value.is_empty() && !next_is_nested);
        (null && !key.is_empty()).then_some(Place {
            line: index + 1,
            column: line.find(':')? + 3,
        })
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
fn place_of_offset(text: &str, offset: usize) -> Place {
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
    let mut message = without_places(raw);
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

/// Finds where a field path (`factors.2.ratings.python`) sits in the source.
#[derive(Debug, Default)]
pub struct Locator {
    /// The first occurrence of every key and sequence item.
    places: HashMap<String, Place>,
    /// The second occurrence of a key given twice in one mapping.
    repeats: HashMap<String, Place>,
    /// The keys of the top-level mapping, in order, repeats included.
    top_keys: Vec<String>,
}

impl Locator {
    /// Index every key and sequence item of the first document. A scan error
    /// or nesting deeper than serde_yaml allows only shortens the index;
    /// lookups fall back to parents.
    pub fn new(text: &str) -> Self {
        let mut builder = LocatorBuilder::default();
        walk(text, |event, mark| builder.on_event(event, mark));
        builder.locator
    }

    /// The place of `path`, or of its nearest ancestor that has one.
    pub fn find(&self, path: &str) -> Option<Place> {
        let mut path = path;
        loop {
            if let Some(place) = self.places.get(path) {
                return Some(*place);
            }
            path = &path[..path.rfind('.')?];
        }
    }

    /// The place of exactly `path`, if the document has it.
    pub fn find_exact(&self, path: &str) -> Option<Place> {
        self.places.get(path).copied()
    }

    /// The place of the second occurrence of the key at `path`, when its
    /// mapping gives that key twice.
    pub fn find_repeat(&self, path: &str) -> Option<Place> {
        self.repeats.get(path).copied()
    }
}

enum Frame {
    Mapping {
        path: String,
        key: Option<String>,
        seen: HashSet<String>,
    },
    Sequence {
        path: String,
        index: usize,
    },
}

#[derive(Default)]
struct LocatorBuilder {
    stack: Vec<Frame>,
    locator: Locator,
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_owned()
    } else {
        format!("{parent}.{child}")
    }
}

impl LocatorBuilder {
    /// The path of the node that starts now, recording its place; `None` when
    /// the node is a mapping key.
    fn node_path(&mut self, event: &Event, mark: Marker) -> Option<String> {
        let place = place_of(mark);
        let depth = self.stack.len();
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Mapping { path, key, seen }) => match key.take() {
                None => {
                    let name = match event {
                        Event::Scalar(value, ..) => value.clone(),
                        _ => "?".into(),
                    };
                    let full = join(path, &name);
                    if depth == 1 {
                        self.locator.top_keys.push(name.clone());
                    }
                    if seen.insert(name.clone()) {
                        self.locator.places.entry(full).or_insert(place);
                    } else {
                        self.locator.repeats.entry(full).or_insert(place);
                    }
                    *key = Some(name);
                    None
                }
                Some(name) => Some(join(path, &name)),
            },
            Some(Frame::Sequence { path, index }) => {
                let full = join(path, &index.to_string());
                *index += 1;
                self.locator.places.entry(full.clone()).or_insert(place);
                Some(full)
            }
        }
    }

    fn on_event(&mut self, event: &Event, mark: Marker) -> ControlFlow<()> {
        match event {
            Event::Scalar(..) | Event::Alias(..) => {
                self.node_path(event, mark);
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                if self.stack.len() >= MAX_DEPTH {
                    return ControlFlow::Break(());
                }
                // A collection used as a key gets a placeholder path.
                let path = self.node_path(event, mark).unwrap_or_else(|| "?".into());
                self.stack.push(match event {
                    Event::MappingStart(..) => Frame::Mapping {
                        path,
                        key: None,
                        seen: HashSet::new(),
                    },
                    _ => Frame::Sequence { path, index: 0 },
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            // Only the first document is indexed.
            Event::DocumentEnd => return ControlFlow::Break(()),
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "a: 1\nlist:\n  - id: x\n    ratings: { p: 1, q: 2 }\n  - id: y\n";

    #[test]
    fn locates_keys_and_items() {
        let locator = Locator::new(DOC);
        assert_eq!(locator.find("a"), Some(Place { line: 1, column: 1 }));
        assert_eq!(locator.find("list.1.id").map(|p| p.line), Some(5));
        assert_eq!(locator.find("list.0.ratings.q").map(|p| p.line), Some(4));
        // Falls back to the nearest ancestor.
        assert_eq!(locator.find("list.1.missing").map(|p| p.line), Some(5));
    }

    #[test]
    fn unknown_field_gets_a_suggestion() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Small {
            name: String,
        }
        let error = from_str::<Small>("nmae: x\n").unwrap_err();
        assert!(
            error.message.contains("did you mean `name`?"),
            "{}",
            error.message
        );
        assert_eq!(error.place.map(|p| p.line), Some(1));
    }

    #[test]
    fn locates_the_second_occurrence_of_a_repeated_key() {
        let locator =
            Locator::new("a: 1\nm: { p: 1, q: 2, p: 3 }\nlist:\n  - id: x\n    id: y\na: 2\n");
        assert_eq!(locator.find("m.p"), Some(Place { line: 2, column: 6 }));
        assert_eq!(
            locator.find_repeat("m.p"),
            Some(Place {
                line: 2,
                column: 18
            })
        );
        assert_eq!(locator.find_repeat("list.0.id").map(|p| p.line), Some(5));
        assert_eq!(locator.find_repeat("a"), Some(Place { line: 6, column: 1 }));
        assert_eq!(locator.find_repeat("m.q"), None);
        // The same key in two different mappings is no repeat.
        assert_eq!(
            Locator::new("a: {k: 1}\nb: {k: 1}\n").find_repeat("b.k"),
            None
        );
    }

    #[test]
    fn serde_paths_become_locator_paths() {
        assert_eq!(
            repeated_key_path("options[1]: duplicate field `name`").as_deref(),
            Some("options.1.name")
        );
        assert_eq!(
            repeated_key_path("factors[0].ratings: duplicate key `python`").as_deref(),
            Some("factors.0.ratings.python")
        );
        assert_eq!(
            repeated_key_path("duplicate field `schema`").as_deref(),
            Some("schema")
        );
        assert_eq!(repeated_key_path("unknown field `x`"), None);
    }

    #[test]
    fn duplicate_map_keys_and_fields_are_placed_at_the_second_one() {
        use std::collections::BTreeMap;
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Small {
            name: String,
            #[serde(default, deserialize_with = "crate::content::unique_keys")]
            map: BTreeMap<String, u32>,
        }
        let error = from_str::<Small>("name: a\nmap:\n  x: 1\n  y: 2\n  x: 3\n").unwrap_err();
        assert_eq!(error.message, "map: duplicate key `x`");
        assert_eq!(error.place, Some(Place { line: 5, column: 3 }));
        let error = from_str::<Small>("name: a\nmap: {}\nname: b\n").unwrap_err();
        assert_eq!(error.message, "duplicate field `name`");
        assert_eq!(error.place, Some(Place { line: 3, column: 1 }));
        let ok = from_str::<Small>("name: a\nmap: {x: 1, y: 2}\n").unwrap();
        assert_eq!(ok.map.len(), 2);
    }

    #[test]
    fn byte_offsets_become_lines_and_columns_in_characters() {
        let text = "a: é\nbé: \u{1b}x\n";
        let offset = text.find('\u{1b}').unwrap();
        assert_eq!(place_of_offset(text, offset), Place { line: 2, column: 5 });
        assert_eq!(
            split_position("control characters are not allowed at position 618"),
            Some(("control characters are not allowed", 618))
        );
        let error = from_str::<serde_yaml::Value>(text).unwrap_err();
        assert_eq!(error.message, "control characters are not allowed");
        assert_eq!(error.place, Some(Place { line: 2, column: 5 }));
    }

    #[test]
    fn a_second_document_is_reported_at_its_start() {
        let error = from_str::<serde_yaml::Value>("a: 1\nb: 2\n---\nc: 3\n").unwrap_err();
        assert!(
            error.message.contains("several YAML documents"),
            "{error:?}"
        );
        assert_eq!(error.place, Some(Place { line: 3, column: 1 }));
        assert_eq!(
            second_document("---\na: 1\n--- \nb: 2\n"),
            Some(Place { line: 3, column: 1 })
        );
        assert_eq!(second_document("a: 1\n"), None);
    }

    #[test]
    fn top_level_keys_survive_what_serde_refuses() {
        assert_eq!(
            top_level_keys("pack: p\nvalues: {a: 1, a: 2}\n"),
            ["pack", "values"]
        );
        assert_eq!(
            top_level_keys("pack: p\nvalues:\n  a: 1\n  b: 2: 3\n"),
            ["pack", "values"]
        );
        assert_eq!(top_level_keys("- pack: p\n"), Vec::<String>::new());
        assert_eq!(top_level_keys("just prose\n"), Vec::<String>::new());
        assert_eq!(top_level_keys("a: 1\n---\nb: 2\n"), ["a"]);
        assert_eq!(
            top_level_keys("{pack: p, values: {a: 1, b: [x]}, c: d}\n"),
            ["pack", "values", "c"]
        );
        assert_eq!(top_level_keys("\"pack\": p\nv: 1\n"), ["pack", "v"]);
    }

    #[test]
    fn a_top_level_number_is_read_without_parsing() {
        assert_eq!(
            top_level_number("# c\nschema: 1 # old\nx: [\n", "schema"),
            Some((1, Place { line: 2, column: 1 }))
        );
        assert_eq!(top_level_number("  schema: 1\n", "schema"), None);
    }

    #[test]
    fn deep_nesting_is_indexed_without_recursion() {
        let depth = 100_000;
        let text = format!("a: 1\nb: {}{}\n", "[".repeat(depth), "]".repeat(depth));
        let locator = Locator::new(&text);
        assert_eq!(locator.find("a"), Some(Place { line: 1, column: 1 }));
        assert_eq!(top_level_keys(&text), ["a", "b"]);
    }

    #[test]
    fn long_quoted_values_are_cut_short() {
        let prose = "word ".repeat(500);
        let error = from_str::<BTreeMapOfU32>(&prose).unwrap_err();
        assert!(error.message.chars().count() < 120, "{}", error.message);
        assert!(error.message.contains("…\""), "{}", error.message);
    }

    type BTreeMapOfU32 = std::collections::BTreeMap<String, u32>;

    #[test]
    fn flow_depth_counts_only_real_brackets() {
        let deep = format!("a: {}", "[".repeat(MAX_DEPTH + 1));
        let error = check_flow_depth(&deep).unwrap_err();
        assert_eq!(
            error.place,
            Some(Place {
                line: 1,
                column: 4 + MAX_DEPTH
            })
        );
        // Brackets inside quotes, comments and plain words do not count.
        let quoted = format!(
            "a: \"{0}\"\nb: '{0}'\nc: x{0}\n# {0}\n",
            "[".repeat(MAX_DEPTH + 1)
        );
        assert!(check_flow_depth(&quoted).is_ok());
        let balanced = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(check_flow_depth(&format!("{balanced}\n{balanced}")).is_ok());
    }
}
