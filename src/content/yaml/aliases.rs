//! An alias (`*name`) stands for a copy of what its anchor (`&name`) holds,
//! and serde_yaml makes that copy in full: a 1 MB anchor used 300 times is
//! 300 MB in memory before anything can be refused. serde_yaml bounds how
//! many times aliases are followed, not how much each one copies. So before
//! parsing, the size of every copy is added up from the event stream, without
//! copying anything, and a file whose copies would hold several times the
//! file itself is refused at the alias that crosses the bound.

use std::collections::HashMap;
use std::ops::ControlFlow;

use yaml_rust2::parser::Event;

use super::{Place, YamlError, place_of, walk};

/// The copies may hold at most this many times the file's own size…
pub const GROWTH: usize = 4;
/// …plus this much, so small files may alias freely.
pub const SLACK: usize = 1 << 20;
/// What a copied value costs besides its text: about what a string or a
/// collection takes in memory. Counted so that copies of many tiny values
/// weigh what they cost.
const NODE: usize = 32;

/// Refuse `text` when its aliases, copied out, would exceed the bound. A
/// quick look for a `*` where an alias could stand, and for a `&` where an
/// anchor could, comes first; only when both may be there are the events
/// read (with no anchor, every alias copies nothing, or fails to parse). A
/// text the parser cannot read passes: serde_yaml reports that error, with
/// its place.
pub(super) fn check(text: &str) -> Result<(), YamlError> {
    if !may_hold_an_alias(text) || !may_hold_an_anchor(text) {
        return Ok(());
    }
    let bound = text.len().saturating_mul(GROWTH).saturating_add(SLACK);
    // `total` sizes the anchors (a collection's size is the growth of the
    // total between its start and its end, copies inside it included);
    // `copied` is what the aliases add, the part the bound is about.
    let (mut total, mut copied) = (0usize, 0usize);
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    let mut crossed = None;
    walk(text, |event, mark| {
        match event {
            Event::Scalar(value, _, anchor, _) => {
                let size = NODE + value.len();
                total += size;
                if *anchor > 0 {
                    sizes.insert(*anchor, size);
                }
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                open.push((*anchor, total));
                total += NODE;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((anchor, start)) = open.pop()
                    && anchor > 0
                {
                    sizes.insert(anchor, total - start);
                }
            }
            Event::Alias(anchor) => {
                // An alias inside its own anchor has no size yet; the parser
                // refuses it as recursive.
                let size = sizes.get(anchor).copied().unwrap_or(0);
                total = total.saturating_add(size);
                copied = copied.saturating_add(size);
                if copied > bound {
                    crossed = Some(place_of(mark));
                    return ControlFlow::Break(());
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    });
    match crossed {
        None => Ok(()),
        Some(place) => Err(YamlError {
            place: Some(place),
            message: format!(
                "the alias `*{}` copies its anchor once too often: with every alias copied out, \
                 this file would hold more than {GROWTH} times its own size; write the values \
                 out, or use fewer aliases",
                name_at(text, place)
            ),
        }),
    }
}

/// Whether a `*` stands where an alias could start: first on its line, or
/// after `-`, `:`, `?` or a flow indicator, blanks between.
fn may_hold_an_alias(text: &str) -> bool {
    // An alias stands where a node starts: first on its line, or after an
    // indicator (`- `, `: `, `? `, `[`, `{`, `,`), blanks between. A `*`
    // inside running text ("an *emphasised* word", as packs write) is not
    // one, and does not cost a second parse.
    at_a_node_start(text, b'*')
}

/// Whether a `&` stands where an anchor could start: where a node starts,
/// as for an alias (a tag could stand before it, but tags are refused
/// before this look). A `*` first on a line of a block scalar (`**bold**`
/// in a paragraph) looks like an alias; with no anchor anywhere, it cannot
/// copy anything.
fn may_hold_an_anchor(text: &str) -> bool {
    at_a_node_start(text, b'&')
}

/// Whether `indicator` stands first on a line, or after `-`, `:`, `?`, `[`,
/// `{`, `,` or a byte-order mark, blanks between.
fn at_a_node_start(text: &str, indicator: u8) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(indicator, bytes).any(|at| {
        let before = bytes[..at].iter().rposition(|&b| b != b' ' && b != b'\t');
        before.is_none_or(|p| {
            matches!(
                bytes[p],
                b'\n' | b'\r' | b'[' | b'{' | b',' | b':' | b'-' | b'?' | 0xBF
            )
        })
    })
}

/// The alias's name, read from the text at its `*`.
fn name_at(text: &str, place: Place) -> String {
    let line = text.lines().nth(place.line.saturating_sub(1)).unwrap_or("");
    let rest: String = line.chars().skip(place.column.saturating_sub(1)).collect();
    rest.strip_prefix('*')
        .unwrap_or(&rest)
        .chars()
        .take_while(|&c| !c.is_whitespace() && !matches!(c, ',' | '[' | ']' | '{' | '}'))
        .take(40)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The quick look never passes over an alias the parser reads, on
        /// texts made of YAML's indicators, stars and running text.
        #[test]
        fn the_quick_look_never_misses_an_alias(parts in prop::collection::vec(prop::sample::select(vec![
            "a", "*a", "&a ", " ", "\t", "\n", "- ", ": ", ":", "? ", "[", "]", "{", "}", ", ",
            "an *emphasised* word", "well-*known*", "'*q'", "\"*q\"", "# *c", "|\n  *b", "---",
        ]), 0..24)) {
            let text = parts.concat();
            let mut aliased = false;
            super::super::walk(&text, |event, _| {
                aliased |= matches!(event, Event::Alias(_));
                ControlFlow::Continue(())
            });
            prop_assert!(!aliased || may_hold_an_alias(&text), "{:?}", text);
        }
    }

    proptest! {
        /// Nor over an anchor, on texts without tags (those are refused
        /// before aliases are looked at).
        #[test]
        fn the_quick_look_never_misses_an_anchor(parts in prop::collection::vec(prop::sample::select(vec![
            "a", "&a ", "&b", "*a", " ", "\t", "\n", "- ", ": ", ":", "? ", "[", "]", "{", "}", ", ",
            "R&D", "salt & pepper", "'&q'", "\"&q\"", "# &c", "|\n  &b", "---", "--- ", "\u{feff}",
        ]), 0..24)) {
            let text = parts.concat();
            let (mut anchored, mut tagged) = (false, false);
            super::super::walk(&text, |event, _| {
                match event {
                    Event::Scalar(_, _, anchor, tag) => {
                        anchored |= *anchor > 0;
                        tagged |= tag.is_some();
                    }
                    Event::SequenceStart(anchor, tag) | Event::MappingStart(anchor, tag) => {
                        anchored |= *anchor > 0;
                        tagged |= tag.is_some();
                    }
                    _ => {}
                }
                ControlFlow::Continue(())
            });
            prop_assert!(tagged || !anchored || may_hold_an_anchor(&text), "{:?}", text);
        }
    }

    #[test]
    fn an_anchor_is_looked_for_only_where_a_node_starts() {
        assert!(!may_hold_an_anchor("summary: R&D and salt & pepper\n"));
        assert!(may_hold_an_anchor("a: &x 1\n"));
        assert!(may_hold_an_anchor("- &x [1]\n"));
        assert!(may_hold_an_anchor("{a: 1, b: [&x 2]}"));
        // A block scalar's line that opens with `**bold**` looks like an
        // alias; without an anchor the events are not read.
        let text = "body: |-\n  **bold** words\n  more\n";
        assert!(may_hold_an_alias(text) && !may_hold_an_anchor(text));
        assert_eq!(check(text), Ok(()));
    }

    #[test]
    fn a_star_in_running_text_is_no_alias() {
        assert!(!may_hold_an_alias("summary: an *emphasised* word\n"));
        assert!(!may_hold_an_alias("- text: 'a * b'\n"));
        assert!(may_hold_an_alias("a: &x 1\nb: *x\n"));
        assert!(may_hold_an_alias("- *x\n"));
        assert!(may_hold_an_alias("[1, *x]"));
        assert!(may_hold_an_alias("a:\n  *x\n"));
    }

    fn refused(text: &str) -> Option<YamlError> {
        check(text).err()
    }

    #[test]
    fn a_few_small_copies_pass() {
        assert_eq!(refused("a: &x [1, 2, 3]\nb: *x\nc: *x\n"), None);
        assert_eq!(refused("a: 'no * alias here'\n"), None);
    }

    #[test]
    fn a_large_anchor_copied_many_times_is_refused_at_the_crossing_alias() {
        let big = "x".repeat(1 << 20);
        let uses: String = (0..10).map(|i| format!("u{i}: *big\n")).collect();
        let text = format!("a: &big \"{big}\"\n{uses}");
        let error = refused(&text).expect("ten copies of a 1 MiB value are too many");
        // The bound is 4 × 1 MiB + 1 MiB: the sixth copy crosses it.
        assert_eq!(error.place, Some(Place { line: 7, column: 5 }), "{error:?}");
        assert!(
            error.message.starts_with("the alias `*big` copies"),
            "{}",
            error.message
        );
    }

    #[test]
    fn copies_inside_an_anchor_count_each_time_it_is_copied() {
        // Each level holds ten copies of the one below: 10^6 copies of "lol"
        // in a file of a few hundred bytes.
        let mut text = String::from("l0: &l0 [lol]\n");
        for level in 1..7 {
            let uses = vec![format!("*l{}", level - 1); 10].join(", ");
            text.push_str(&format!("l{level}: &l{level} [{uses}]\n"));
        }
        let error = refused(&text).expect("a million copies are too many");
        // Level 4 copies about 0.8 MB in all, level 5 crosses the 1 MiB.
        assert_eq!(error.place.map(|p| p.line), Some(6), "{error:?}");
    }

    #[test]
    fn copies_that_fill_the_bound_exactly_pass_and_one_byte_less_room_does_not() {
        // An anchor of 1,000 bytes copied 1,040 times: each copy costs the
        // value and one node, 1,040 × 1,032 bytes in all. A comment pads
        // the file until four times its size plus the slack is just that.
        let (value, uses) = ("v".repeat(1000), 1040);
        let copied = uses * (NODE + value.len());
        let body = format!("a: &x {value}\nb: [{}]\n# ", "*x, ".repeat(uses));
        let file = |size: usize| format!("{body}{}\n", "p".repeat(size - body.len() - 1));
        let exact = (copied - SLACK) / GROWTH;
        assert_eq!(file(exact).len() * GROWTH + SLACK, copied);
        assert_eq!(refused(&file(exact)), None);
        let error = refused(&file(exact - 1)).expect("a byte less room is too little");
        assert_eq!(error.place.map(|p| p.line), Some(2), "{error:?}");
    }

    #[test]
    fn text_the_parser_cannot_read_is_left_to_it() {
        assert_eq!(refused("a: *nowhere\n"), None);
        assert_eq!(refused("a: [*x\n"), None);
    }
}
