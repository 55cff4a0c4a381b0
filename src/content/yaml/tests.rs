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

#[test]
fn tags_are_refused_at_the_tag_and_exclamation_marks_in_text_are_not() {
    for (text, column) in [
        ("a: !!str 10\n", 4),
        ("a: [1, !x 2]\n", 8),
        ("!!map\na: 1\n", 1),
        // Found by fuzzing: a tag with nothing after it, at the very end.
        ("!!str ", 1),
        // And one whose marked word holds a wide space (U+3000).
        ("!!map\na\u{3000}b: 1\n", 1),
        // Right after a flow mapping's `:`.
        ("{\"max\":!!str 10}\n", 8),
        // Before or after an anchor.
        ("max: !!str &a 10\n", 6),
        ("max: &a !!str 10\n", 9),
        // Before a block scalar, whose text the value's mark is at, with a
        // comment or a line break between.
        ("a: !!str |\n  text\n", 4),
        ("a: !!str # note\n  text\n", 4),
        ("a: !!str #!\n  |\n  text\n", 4),
        // In full, and one only serde_yaml's parser reads.
        ("a: !<tag:yaml.org,2002:str> 10\n", 4),
        ("max: !a:!b 10\n", 6),
    ] {
        let error = from_str::<serde_yaml::Value>(text).unwrap_err();
        assert_eq!(
            error.place,
            Some(Place {
                line: text.lines().position(|l| l.contains('!')).unwrap() + 1,
                column
            }),
            "{text:?}"
        );
        assert!(error.message.contains("YAML tags"), "{}", error.message);
    }
    for text in [
        "a: Wow ! great\n",
        "a: \"!!str\"\n",
        "a: |\n  ! not a tag\n",
        "a: done! # ok !\n",
    ] {
        assert!(from_str::<serde_yaml::Value>(text).is_ok(), "{text:?}");
    }
}

/// The flow-depth scan as it was first written, byte by byte: the plain
/// reference the quick one (which skips to the bytes that matter) must agree with.
fn flow_depth_byte_by_byte(text: &str) -> Option<Place> {
    let bytes = text.as_bytes();
    let (mut depth, mut line, mut line_start) = (0usize, 1usize, 0usize);
    let (mut quote, mut comment, mut previous) = (None, false, b'\n');
    let opens_after = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b':' | b'-' | b',' | b'[' | b'{');
    for (at, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
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
                    return Some(Place { line, column });
                }
            }
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        previous = b;
    }
    None
}

proptest::proptest! {
    #[test]
    fn flow_depth_agrees_with_the_byte_by_byte_scan(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "[", "{", "]", "}", " [", " [[[[[[[[[[[[[[[[", "{{{{{{{{{{{{{{{{", ":[", "-{", ",", "\"", "'", "\\\"", " #", "#", "\n", "é", "a", " ",
        ]), 0..400),
    ) {
        let text = parts.concat();
        let quick = check_flow_depth(&text).err().and_then(|error| error.place);
        proptest::prop_assert_eq!(quick, flow_depth_byte_by_byte(&text), "{:?}", text);
    }
}

#[test]
fn a_null_field_is_named_past_a_field_whose_value_is_the_block_below_it() {
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Doc {
        source: std::collections::BTreeMap<String, String>,
        #[serde(deserialize_with = "crate::content::raw::text")]
        title: String,
    }
    let error = from_str::<Doc>("source:\n  url: x\ntitle:\n").unwrap_err();
    assert!(
        error.message.starts_with("title: expected text"),
        "{}",
        error.message
    );
    assert_eq!(error.place.map(|p| p.line), Some(3));
}

#[test]
fn a_bad_value_an_alias_copies_is_placed_at_the_alias() {
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Inner {
        n: u32,
    }
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Doc {
        base: serde_yaml::Value,
        used: Inner,
    }
    let error = from_str::<Doc>("base: &b x\nused: { n: *b }\n").unwrap_err();
    assert_eq!(
        error.message,
        "used.n: expected a whole number, found the text \"x\""
    );
    assert_eq!(error.place.map(|p| p.line), Some(2), "{}", error.message);
}

#[test]
fn a_place_past_the_last_line_moves_to_its_end() {
    let text = "a: 1\nbb: 2";
    assert_eq!(
        within(text, Place { line: 3, column: 1 }),
        Place { line: 2, column: 6 }
    );
    let inside = Place { line: 2, column: 2 };
    assert_eq!(within(text, inside), inside);
}

#[test]
fn an_offset_inside_a_character_is_placed_at_its_start() {
    // `é` is two bytes: offset 2 falls between them.
    assert_eq!(place_of_offset("aé", 2), Place { line: 1, column: 2 });
    assert_eq!(place_of_offset("a\né", 4), Place { line: 2, column: 2 });
}

#[test]
fn places_in_a_message_go_and_other_words_stay() {
    assert_eq!(
        without_places("bad at line 3 column 14, then at line x and at line 2 column 1"),
        "bad, then at line x and"
    );
    // No line number: not a place.
    assert_eq!(
        without_places("odd at line  column 2"),
        "odd at line  column 2"
    );
}

#[test]
fn a_flow_mapping_after_a_comment_and_a_document_start_is_read_as_one() {
    assert_eq!(
        top_level_keys("# a profile\n---\n{pack: p, values: {a: 1}}\n"),
        ["pack", "values"]
    );
}

#[test]
fn only_the_first_document_is_read_for_keys_and_places() {
    assert_eq!(top_level_keys("{pack: p}\n---\n{other: 1}\n"), ["pack"]);
    let locator = Locator::new("a: 1\n---\nb: 2\n");
    assert_eq!(locator.find_exact("a"), Some(Place { line: 1, column: 1 }));
    assert_eq!(locator.find_exact("b"), None);
}

#[test]
fn a_value_error_names_its_path_only_when_it_is_one() {
    assert_eq!(
        value_error_path("sliders[0].max: invalid type: string \"x\"").as_deref(),
        Some("sliders.0.max")
    );
    assert_eq!(value_error_path("a key: invalid type: string \"x\""), None);
    assert_eq!(value_error_path("sliders: missing field `id`"), None);
    assert_eq!(value_error_path(": invalid type: string \"x\""), None);
}

#[test]
fn aliases_that_repeat_too_often_are_placed_at_the_first_alias() {
    // Small copies, so the size bound passes them, but nested: each level
    // copies the one below ten times, more jumps than serde_yaml allows.
    let mut text = String::from("l0: &l0 [x]\n");
    for level in 1..5 {
        let uses = vec![format!("*l{}", level - 1); 10].join(",");
        text.push_str(&format!("l{level}: &l{level} [{uses}]\n"));
    }
    let error = from_str::<serde_yaml::Value>(&text).unwrap_err();
    assert!(
        error.message.contains("more times than a pack may"),
        "{error:?}"
    );
    assert_eq!(
        error.place,
        Some(Place {
            line: 2,
            column: 10
        })
    );
}
