//! The locator: where a field path (`factors.2.ratings.python`) sits in a
//! YAML text, read from yaml-rust2's event stream.

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use yaml_rust2::parser::Event;
use yaml_rust2::scanner::Marker;

use super::{MAX_DEPTH, place_of, walk};
use crate::diagnostic::Place;

/// Finds where a field path (`factors.2.ratings.python`) sits in the source.
#[derive(Debug, Default)]
pub struct Locator {
    /// The first occurrence of every key and sequence item.
    places: HashMap<String, Place>,
    /// The second occurrence of a key given twice in one mapping.
    repeats: HashMap<String, Place>,
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

pub(super) fn join(parent: &str, child: &str) -> String {
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
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Mapping { path, key, seen }) => match key.take() {
                None => {
                    let name = match event {
                        Event::Scalar(value, ..) => value.clone(),
                        _ => "?".into(),
                    };
                    let full = join(path, &name);
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
