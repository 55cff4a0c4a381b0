//! YAML tags (`!!str 10`, `!name x`) are refused: serde_yaml would read
//! some of them as plain values, so `max: !!str 10` would pass where
//! `max: "10"` does not. This finds the first one and its place.

use yaml_rust2::scanner::{Scanner, TokenType};

use super::{Place, place_of, within};

/// Where the first YAML tag is. A quick look for a `!` where a tag could
/// start comes first; only then are the tokens read (a second scan, also
/// for text such as "Wow !" that merely looks like one). The scanner marks
/// a tag at its `!`, wherever its value is (after an anchor, a block
/// scalar's `|`, a comment or a line break). A tag the scanner cannot read
/// (`!a:!b`, which serde_yaml's own parser accepts) is refused at the place
/// it gives up: it is a tag either way.
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
    let mut scanner = Scanner::new(text.chars());
    let tag = scanner
        .by_ref()
        .find(|token| matches!(token.1, TokenType::Tag(..)));
    let place = match tag {
        Some(token) => place_of(token.0),
        None => {
            let error = scanner.get_error()?;
            let about_a_tag = [
                "while scanning a tag",
                "while parsing a tag",
                "while scanning a verbatim tag",
            ]
            .iter()
            .any(|start| error.info().starts_with(start));
            if !about_a_tag {
                return None;
            }
            place_of(*error.marker())
        }
    };
    Some(within(text, place))
}
