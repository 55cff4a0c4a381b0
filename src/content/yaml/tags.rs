//! YAML tags (`!!str 10`, `!name x`) are refused: serde_yaml would read
//! some of them as plain values, so `max: !!str 10` would pass where
//! `max: "10"` does not. This finds the first one and its place.

use std::ops::ControlFlow;

use yaml_rust2::parser::Event;

use super::{Place, place_of, place_of_offset, walk, within};

/// Where the first YAML tag is. A quick look for a `!` where a tag could
/// start comes first; only then are the events read (a second parse, also
/// for text such as "Wow !" that merely looks like one).
pub(super) fn first_tag(text: &str) -> Option<Place> {
    let bytes = text.as_bytes();
    let candidate = memchr::memchr_iter(b'!', bytes).any(|at| {
        // After a blank, a flow indicator, a `:` (`{"max":!!str 10}`), or
        // at the start (a byte-order mark's last byte included).
        at == 0
            || matches!(
                bytes[at - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',' | b':' | 0xBF
            )
    });
    if !candidate {
        return None;
    }
    let mut found = None;
    walk(text, |event, mark| {
        let tagged = matches!(
            event,
            Event::Scalar(_, _, _, Some(_))
                | Event::SequenceStart(_, Some(_))
                | Event::MappingStart(_, Some(_))
        );
        if tagged {
            found = Some(place_of(mark));
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    });
    found.map(|place| within(text, at_the_tag(text, place)))
}

/// The parser marks the tagged value (for a collection, its first entry),
/// or a place inside the tag; find the tag's `!`.
fn at_the_tag(text: &str, place: Place) -> Place {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(place.line.saturating_sub(1))
        .map(str::len)
        .sum();
    // A mark past the end (a tagged empty value at the end of the file)
    // counts from the end.
    let line_start = line_start.min(text.len());
    let offset = text[line_start..]
        .char_indices()
        .nth(place.column.saturating_sub(1))
        .map_or(text.len(), |(at, _)| line_start + at);
    // YAML separates tokens with spaces, tabs and line breaks only. Look at
    // the word the mark falls in, then back over one anchor to the tag.
    let blank = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
    let mut end = offset;
    for step in 0..3 {
        let start = after_last(&text[..end], |c| blank(c) || matches!(c, '[' | '{' | ','));
        // A flow key's `:` may touch the tag: `{"max":!!str 10}`.
        let start = match text[start..end].find(":!") {
            Some(at) if !text[start..].starts_with('!') => start + at + 1,
            _ => start,
        };
        match text[start..].chars().next() {
            Some('!') => return place_of_offset(text, start),
            Some('&') => {}
            _ if step > 0 => break,
            _ => {}
        }
        end = text[..start].trim_end_matches(blank).len();
    }
    place
}

/// The byte offset just after the last character of `text` that `stop`
/// holds for (0 if none): a char boundary, whatever that character's width.
fn after_last(text: &str, stop: impl Fn(char) -> bool) -> usize {
    text.char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(0, |(at, c)| at + c.len_utf8())
}
