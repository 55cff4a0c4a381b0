//! The one place that knows which YAML crate parses packs and profiles.
//!
//! `serde_yaml` turns text into the typed model (and reports structural errors
//! with a place); when validation finds problems, a `Locator` built from
//! `yaml-rust2`'s event stream finds the line and column of any field path.
//! Swapping the YAML crate means changing this file alone.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::diagnostic::Place;
use crate::suggest;

/// A parse or type error, with its place when the parser knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub place: Option<Place>,
    pub message: String,
}

/// Parse one YAML document into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|error| {
        let place = error.location().map(|location| Place {
            line: location.line(),
            column: location.column(),
        });
        YamlError {
            place,
            message: humanize(&error.to_string()),
        }
    })
}

/// Parse one YAML document into a loosely typed value (to sniff a file's kind).
pub fn to_value(text: &str) -> Option<serde_yaml::Value> {
    serde_yaml::from_str(text).ok()
}

/// The top-level keys of a YAML mapping document, if it is one.
pub fn top_level_keys(text: &str) -> Vec<String> {
    match to_value(text) {
        Some(serde_yaml::Value::Mapping(mapping)) => mapping
            .keys()
            .filter_map(|key| key.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// serde_yaml's message without its trailing " at line L column C" (the place
/// is reported separately), with a "did you mean" added to unknown fields.
fn humanize(raw: &str) -> String {
    let message = match raw.rfind(" at line ") {
        Some(at) if raw[at..].contains(" column ") => &raw[..at],
        _ => raw,
    };
    let mut message = message.to_owned();
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
    message
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

/// Finds where a field path (`factors.2.ratings.python`) sits in the source.
#[derive(Debug, Default)]
pub struct Locator {
    places: HashMap<String, Place>,
}

impl Locator {
    /// Index every key and sequence item of the document. Only called once a
    /// document parsed, so it is known to be well-formed and bounded.
    pub fn new(text: &str) -> Self {
        let mut builder = LocatorBuilder::default();
        let mut parser = Parser::new_from_str(text);
        // A scan error only shortens the index; lookups fall back to parents.
        let _ = parser.load(&mut builder, false);
        Self {
            places: builder.places,
        }
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
}

enum Frame {
    Mapping { path: String, key: Option<String> },
    Sequence { path: String, index: usize },
}

#[derive(Default)]
struct LocatorBuilder {
    stack: Vec<Frame>,
    places: HashMap<String, Place>,
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
        let place = Place {
            line: mark.line(),
            // yaml-rust2 counts columns from 0.
            column: mark.col() + 1,
        };
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Mapping { path, key }) => match key.take() {
                None => {
                    let name = match event {
                        Event::Scalar(value, ..) => value.clone(),
                        _ => "?".into(),
                    };
                    let full = join(path, &name);
                    self.places.entry(full).or_insert(place);
                    *key = Some(name);
                    None
                }
                Some(name) => Some(join(path, &name)),
            },
            Some(Frame::Sequence { path, index }) => {
                let full = join(path, &index.to_string());
                *index += 1;
                self.places.entry(full.clone()).or_insert(place);
                Some(full)
            }
        }
    }
}

impl MarkedEventReceiver for LocatorBuilder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(..) | Event::Alias(..) => {
                self.node_path(&event, mark);
            }
            Event::MappingStart(..) => {
                // A mapping used as a key gets a placeholder path.
                let path = self.node_path(&event, mark).unwrap_or_else(|| "?".into());
                self.stack.push(Frame::Mapping { path, key: None });
            }
            Event::SequenceStart(..) => {
                let path = self.node_path(&event, mark).unwrap_or_else(|| "?".into());
                self.stack.push(Frame::Sequence { path, index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
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
}
