//! Pack fixtures through the public loading API.
//!
//! `tests/fixtures/valid/` holds packs that must load; `tests/fixtures/broken/`
//! holds copies of `valid/minimal.yaml`, each with one deliberate problem that
//! a comment at its top describes. The first three lines of every broken
//! fixture are that comment, so its lines line up with `valid/minimal.yaml`.
//! Each test names the line and column the problem must be reported at, and
//! checks that the fixture's text at that line is the one the problem is on.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use stackcompare::content::{self, Pack, load_pack, parse_pack};
use stackcompare::diagnostic::{Diagnostic, Diagnostics, Place};

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

fn broken_path(name: &str) -> PathBuf {
    fixture(&format!("broken/{name}.yaml"))
}

/// Load a broken fixture; it must fail with at least one diagnostic, every
/// one naming the file and rendering as `FILE:LINE:COLUMN: message` (or
/// `FILE: message` when there is no place).
fn load_broken(name: &str) -> (PathBuf, Vec<Diagnostic>) {
    let path = broken_path(name);
    let diagnostics = match load_pack(&path) {
        Ok(pack) => panic!("{name}.yaml loaded but must fail (pack id `{}`)", pack.id),
        Err(Diagnostics(diagnostics)) => diagnostics,
    };
    assert!(
        !diagnostics.is_empty(),
        "{name}.yaml: an error with no diagnostics"
    );
    let file = path.display().to_string();
    for diagnostic in &diagnostics {
        assert_eq!(
            diagnostic.file, file,
            "{name}.yaml: the diagnostic names another file"
        );
        let rendered = diagnostic.to_string();
        let expected = match diagnostic.place {
            Some(Place { line, column }) => {
                format!("{file}:{line}:{column}: {}", diagnostic.message)
            }
            None => format!("{file}: {}", diagnostic.message),
        };
        assert_eq!(rendered, expected, "{name}.yaml: rendering");
        assert!(rendered.starts_with(&file), "{rendered}");
        assert!(
            !diagnostic.message.trim().is_empty(),
            "{name}.yaml: empty message"
        );
    }
    (path, diagnostics)
}

/// One problem a broken fixture must report.
struct Expected {
    line: usize,
    column: usize,
    /// Text the fixture's line `line` contains: proves the fixture still
    /// holds its problem where this test says it does.
    source: &'static str,
    /// Fragments the message must contain.
    message: &'static [&'static str],
}

const fn at(
    line: usize,
    column: usize,
    source: &'static str,
    message: &'static [&'static str],
) -> Expected {
    Expected {
        line,
        column,
        source,
        message,
    }
}

/// The fixture fails with exactly these problems (in any order), each at its place.
fn check(name: &str, expected: &[Expected]) {
    let (path, diagnostics) = load_broken(name);
    let text = fs::read_to_string(&path).unwrap();
    let rendered: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        diagnostics.len(),
        expected.len(),
        "{name}.yaml: expected {} problem(s), got:\n{}",
        expected.len(),
        rendered.join("\n")
    );
    let mut unmatched: Vec<&Diagnostic> = diagnostics.iter().collect();
    for want in expected {
        let source_line = text.lines().nth(want.line - 1).unwrap_or_else(|| {
            panic!("{name}.yaml has no line {}", want.line);
        });
        assert!(
            source_line.contains(want.source),
            "{name}.yaml line {} is {source_line:?}, expected it to contain {:?}: the fixture moved",
            want.line,
            want.source
        );
        let position = unmatched
            .iter()
            .position(|d| {
                want.message
                    .iter()
                    .all(|fragment| d.message.contains(fragment))
            })
            .unwrap_or_else(|| {
                panic!(
                    "{name}.yaml: no message contains {:?}; got:\n{}",
                    want.message,
                    rendered.join("\n")
                )
            });
        let found = unmatched.remove(position);
        let place = Place {
            line: want.line,
            column: want.column,
        };
        assert_eq!(
            found.place,
            Some(place),
            "{name}.yaml: {:?} must be reported at {}:{} (the line holds {source_line:?}); got {found}",
            want.message,
            want.line,
            want.column
        );
        let prefix = format!("{}:{}:{}: ", path.display(), want.line, want.column);
        assert!(found.to_string().starts_with(&prefix), "{found}");
    }
}

// ---- broken fixtures -------------------------------------------------------

#[test]
fn bad_indentation_is_a_syntax_error_at_its_line() {
    check(
        "bad-indentation",
        &[at(
            13,
            14,
            "      tagline: Clarity and data",
            &["mapping values are not allowed"],
        )],
    );
}

#[test]
fn unknown_field_is_named() {
    check(
        "unknown-field",
        &[at(
            23,
            5,
            "colour: blue",
            &["factors[0]", "unknown field `colour`", "expected one of"],
        )],
    );
}

#[test]
fn misspelt_field_gets_did_you_mean() {
    check(
        "misspelt-field",
        &[at(
            12,
            5,
            "nmae: Python",
            &["unknown field `nmae`", "(did you mean `name`?)"],
        )],
    );
}

#[test]
fn duplicate_factor_id_points_at_the_second_one() {
    check(
        "duplicate-id",
        &[at(
            28,
            5,
            "- id: data-ai",
            &["duplicate id `data-ai` in factors"],
        )],
    );
}

#[test]
fn unknown_option_in_ratings_gets_did_you_mean() {
    // One misspelling, two consequences: the unknown key, and `python` unrated.
    check(
        "unknown-option-rating",
        &[
            at(
                23,
                16,
                "{ pyton: 10",
                &["unknown option `pyton`", "(did you mean `python`?)"],
            ),
            at(
                23,
                5,
                "ratings:",
                &["factor `data-ai` does not rate option `python`"],
            ),
        ],
    );
}

#[test]
fn missing_rating_is_reported_at_the_ratings() {
    check(
        "missing-rating",
        &[at(
            27,
            5,
            "ratings: { python: 6 }",
            &["factor `real-time` does not rate option `node`"],
        )],
    );
}

#[test]
fn default_above_max_is_reported_at_the_default() {
    check(
        "default-above-max",
        &[at(
            40,
            5,
            "default: 11",
            &["default 11 of trait `realtime` is above its max 10"],
        )],
    );
}

#[test]
fn empty_text_is_reported() {
    check(
        "empty-text",
        &[at(22, 5, "summary: \"\"", &["factor summary is empty"])],
    );
}

#[test]
fn wrong_schema_version_is_reported() {
    check(
        "wrong-schema",
        &[at(
            4,
            1,
            "schema: 2",
            &["unsupported schema version 2", "schema 1"],
        )],
    );
}

#[test]
fn prose_is_not_a_pack() {
    check(
        "not-yaml",
        &[at(4, 1, "Python or Node.js", &["invalid type: string"])],
    );
}

#[test]
fn empty_file_says_so_without_a_place() {
    let path = broken_path("empty");
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        0,
        "empty.yaml must stay zero bytes"
    );
    let (_, diagnostics) = load_broken("empty");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].place, None);
    assert!(
        diagnostics[0].message.contains("the file is empty"),
        "{}",
        diagnostics[0]
    );
    assert!(
        diagnostics[0].message.contains("schema: 1"),
        "{}",
        diagnostics[0]
    );
}

#[test]
fn comments_only_is_an_empty_pack() {
    let (_, diagnostics) = load_broken("comment-only");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    // Either "missing field `schema`" or "the file is empty; ... `schema: 1`".
    assert!(
        diagnostics[0].message.contains("schema"),
        "{}",
        diagnostics[0]
    );
}

#[test]
fn several_problems_are_all_reported_each_at_its_line() {
    check(
        "several-problems",
        &[
            at(22, 5, "summary: \"\"", &["factor summary is empty"]),
            at(
                33,
                5,
                "default: 11",
                &["default 11 of trait `data_ai` is above its max 10"],
            ),
            at(
                41,
                15,
                "factors: [realtime]",
                &["unknown factor `realtime`", "(did you mean `real-time`?)"],
            ),
        ],
    );
    // And they come in file order.
    let (_, diagnostics) = load_broken("several-problems");
    let lines: Vec<usize> = diagnostics
        .iter()
        .filter_map(|d| d.place.map(|p| p.line))
        .collect();
    assert_eq!(lines, [22, 33, 41]);
}

#[test]
fn unknown_factor_in_trait_gets_did_you_mean() {
    check(
        "unknown-factor",
        &[at(
            34,
            15,
            "factors: [dta-ai]",
            &["unknown factor `dta-ai`", "(did you mean `data-ai`?)"],
        )],
    );
}

#[test]
fn rating_out_of_range_is_reported() {
    check(
        "rating-out-of-range",
        &[at(
            23,
            16,
            "python: 11",
            &["rating 11 of `python` is out of range 0..=10"],
        )],
    );
}

#[test]
fn wrong_type_names_the_field_path() {
    check(
        "wrong-type",
        &[at(
            32,
            10,
            "max: ten",
            &[
                "traits[0].max",
                "invalid type: string \"ten\"",
                "expected u32",
            ],
        )],
    );
}

#[test]
fn bad_pack_id_names_the_pattern() {
    check(
        "bad-id",
        &[at(
            5,
            1,
            "id: Small_Pack",
            &[
                "pack id `Small_Pack` must match [a-z0-9-]+",
                "at most 64 characters",
            ],
        )],
    );
}

#[test]
fn duplicate_field_points_at_the_second_occurrence() {
    // The option starts on line 15; its second `name:` is on line 17.
    check(
        "duplicate-key",
        &[at(17, 5, "name: Node", &["duplicate field `name`"])],
    );
}

#[test]
fn duplicate_rating_key_is_an_error() {
    // `{ python: 10, node: 4, python: 2 }`: a map key given twice must not
    // silently keep the last value, any more than a struct field may.
    check(
        "duplicate-rating",
        &[at(23, 37, "node: 4, python: 2", &["duplicate", "python"])],
    );
}

#[test]
fn several_documents_are_refused() {
    let (_, diagnostics) = load_broken("several-documents");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert!(
        diagnostics[0].message.contains("several YAML documents"),
        "{}",
        diagnostics[0]
    );
    // The parser gives no place for this one; when it does, it must be the `---`.
    if let Some(place) = diagnostics[0].place {
        assert_eq!(place.line, 46, "{}", diagnostics[0]);
    }
}

#[test]
fn every_broken_fixture_is_covered_and_explained() {
    let covered: BTreeSet<&str> = [
        "bad-id",
        "bad-indentation",
        "comment-only",
        "default-above-max",
        "duplicate-id",
        "duplicate-key",
        "duplicate-rating",
        "empty",
        "empty-text",
        "missing-rating",
        "misspelt-field",
        "not-yaml",
        "rating-out-of-range",
        "several-documents",
        "several-problems",
        "unknown-factor",
        "unknown-field",
        "unknown-option-rating",
        "wrong-schema",
        "wrong-type",
    ]
    .into_iter()
    .collect();
    let on_disk: BTreeSet<String> = content::pack_files(&fixture("broken"))
        .unwrap()
        .iter()
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    let on_disk: BTreeSet<&str> = on_disk.iter().map(String::as_str).collect();
    assert_eq!(
        on_disk, covered,
        "a broken fixture without a test, or a test without its fixture"
    );
    for name in covered.iter().filter(|&&name| name != "empty") {
        let text = fs::read_to_string(broken_path(name)).unwrap();
        assert!(
            text.starts_with("# BROKEN: "),
            "{name}.yaml must say what is wrong on its first line"
        );
    }
    // The whole folder fails, with every problem of every file, in file order.
    let Err(Diagnostics(all)) = content::load_folder(&fixture("broken")) else {
        panic!("the broken folder loaded");
    };
    let one_by_one: Vec<Diagnostic> = content::pack_files(&fixture("broken"))
        .unwrap()
        .iter()
        .filter_map(|path| load_pack(path).err())
        .flat_map(|Diagnostics(found)| found)
        .collect();
    assert_eq!(all, one_by_one);
}

// ---- files the loader refuses before parsing -------------------------------

#[test]
fn file_over_8_mib_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let mut text = fs::read_to_string(fixture("valid/minimal.yaml")).unwrap();
    let padding = "# padding padding padding padding padding padding padding padding\n";
    while text.len() < 9 * 1024 * 1024 {
        text.push_str(padding);
    }
    text.truncate(9 * 1024 * 1024);
    fs::write(&path, &text).unwrap();

    let Err(Diagnostics(diagnostics)) = load_pack(&path) else {
        panic!("a 9 MiB pack loaded");
    };
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let diagnostic = &diagnostics[0];
    assert_eq!(diagnostic.place, None);
    assert!(diagnostic.message.contains("9.0 MiB"), "{diagnostic}");
    assert!(diagnostic.message.contains("at most 8 MiB"), "{diagnostic}");
    assert!(
        diagnostic
            .to_string()
            .starts_with(&format!("{}: ", path.display())),
        "{diagnostic}"
    );
}

#[test]
fn file_of_exactly_8_mib_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let mut text = fs::read_to_string(fixture("valid/minimal.yaml")).unwrap();
    let limit = 8 * 1024 * 1024;
    let line = format!("#{}\n", "x".repeat(1022));
    while text.len() + line.len() <= limit {
        text.push_str(&line);
    }
    text.push_str(&"\n".repeat(limit - text.len()));
    assert_eq!(text.len(), limit);
    fs::write(&path, &text).unwrap();
    let pack = load_pack(&path).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(pack.id, "small");
}

#[test]
fn invalid_utf8_is_reported_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.yaml");
    let text = fs::read_to_string(fixture("valid/minimal.yaml")).unwrap();
    let mut bytes = text
        .replace(
            "summary: Python dominates.",
            "summary: Python dominates \u{1}.",
        )
        .into_bytes();
    // Replace the marker byte with 0xE9, "é" in Latin-1 and never valid UTF-8 here.
    let marker = bytes.iter().position(|&b| b == 1).unwrap();
    bytes[marker] = 0xE9;
    fs::write(&path, bytes).unwrap();

    let Err(Diagnostics(diagnostics)) = load_pack(&path) else {
        panic!("a Latin-1 file loaded");
    };
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert!(
        diagnostics[0].message.contains("not valid UTF-8"),
        "{}",
        diagnostics[0]
    );
    // "    summary: Python dominates " is 30 characters; the bad byte is the 31st.
    assert_eq!(
        diagnostics[0].place,
        Some(Place {
            line: 22,
            column: 31
        }),
        "{}",
        diagnostics[0]
    );
}

#[test]
fn missing_file_and_folder_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.yaml");
    let Err(Diagnostics(diagnostics)) = load_pack(&missing) else {
        panic!("a missing file loaded")
    };
    assert_eq!(diagnostics.len(), 1);
    assert!(
        diagnostics[0].message.contains("cannot read"),
        "{}",
        diagnostics[0]
    );
    assert!(
        diagnostics[0]
            .to_string()
            .starts_with(&missing.display().to_string())
    );

    let Err(Diagnostics(diagnostics)) = load_pack(dir.path()) else {
        panic!("a folder loaded as a pack")
    };
    assert_eq!(diagnostics.len(), 1);
    assert!(
        diagnostics[0].message.contains("folder"),
        "{}",
        diagnostics[0]
    );
}

// ---- valid packs -----------------------------------------------------------

fn load_valid(path: &Path) -> Pack {
    load_pack(path).unwrap_or_else(|error| panic!("{} must load:\n{error}", path.display()))
}

/// Every string in the loaded pack, via its serde form.
fn all_strings(pack: &Pack) -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(text) => out.push(text.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
            serde_json::Value::Object(map) => map.iter().for_each(|(key, item)| {
                out.push(key.clone());
                walk(item, out);
            }),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(pack).unwrap(), &mut out);
    out
}

/// The non-ASCII words of the source outside comments, ASCII punctuation trimmed.
fn non_ascii_words(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(|word| {
            word.trim_matches(|c: char| c.is_ascii_punctuation())
                .to_owned()
        })
        .filter(|word| !word.is_ascii())
        .collect()
}

fn assert_text_survives(path: &Path, pack: &Pack) {
    let source = fs::read_to_string(path).unwrap();
    let strings = all_strings(pack);
    let words = non_ascii_words(&source);
    assert!(
        !words.is_empty(),
        "{}: no non-ASCII text to check",
        path.display()
    );
    for word in words {
        assert!(
            strings.iter().any(|text| text.contains(&word)),
            "{}: {word:?} did not survive loading",
            path.display()
        );
    }
}

#[test]
fn minimal_pack_loads() {
    let pack = load_valid(&fixture("valid/minimal.yaml"));
    assert_eq!(pack.id, "small");
    assert_eq!(pack.options.len(), 2);
    assert!(pack.sections.is_empty() && pack.rules.is_empty() && pack.closing.is_none());
}

#[test]
fn three_option_pack_loads_with_its_text_intact() {
    let path = fixture("valid/three-options.yaml");
    let source = fs::read_to_string(&path).unwrap();
    assert!(source.starts_with(
        "# yaml-language-server: $schema=../../../content/stackcompare.schema.json\n"
    ));
    let pack = load_valid(&path);

    assert_eq!(pack.id, "go-rust-zig");
    let options: Vec<&str> = pack.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(options, ["go", "rust", "zig"]);
    assert!(pack.factors.len() >= 3 && pack.traits.len() >= 3 && pack.sections.len() >= 2);
    assert!(!pack.rules.is_empty() && pack.closing.is_some());
    for factor in &pack.factors {
        for option in &options {
            assert!(
                factor.ratings.contains_key(*option),
                "{} does not rate {option}",
                factor.id
            );
        }
    }
    let pace = &pack.traits[pack.trait_index("pace").unwrap()];
    assert!(pace.is_two_sided() && !pace.is_toggle());
    assert_eq!(pace.low.as_deref(), Some("Ship fast 🚀"));
    assert_eq!(pace.high.as_deref(), Some("Control every byte"));
    assert_eq!(pace.weights_low.get("go"), Some(&2));
    let c_interop = &pack.traits[pack.trait_index("c_interop").unwrap()];
    assert!(c_interop.is_toggle() && !c_interop.is_two_sided());

    // Exact strings: accents, CJK and emoji, untouched.
    assert_eq!(pack.title, "Go, Rust o Zig: ¿qué lenguaje elegir? 🚀");
    assert_eq!(pack.source.publisher, "Café Técnico");
    assert_eq!(pack.options[2].tagline, "Kontrolle über jedes Byte");
    assert!(
        pack.intro.contains(
            "\n\nDrei Sprachen, drei Antworten. 日本語のチームにも同じ問いがあります。\n"
        )
    );
    assert!(
        pack.factors[0]
            .summary
            .ends_with("para el equipo, ¡importa!")
    );
    assert_eq!(
        pack.sections[2].body.lines().last(),
        Some("日本語: Zig は若い言語です。")
    );
    assert_eq!(
        pack.closing.as_ref().unwrap().title,
        "¿Hablamos de tu proyecto?"
    );
    assert_text_survives(&path, &pack);
}

#[test]
fn article_pack_loads_and_matches_the_embedded_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/python-vs-node.yaml");
    let pack = load_valid(&path);
    assert_eq!(pack.id, "python-vs-node");
    assert_eq!(
        pack,
        content::embedded(),
        "the embedded pack differs from content/python-vs-node.yaml"
    );
    let closing = pack.closing.as_ref().unwrap();
    assert!(
        closing
            .body
            .contains("- The code is yours — no vendor lock-in\n"),
        "{:?}",
        closing.body
    );
    assert_text_survives(&path, &pack);
}

// ---- text cleaning ---------------------------------------------------------

fn is_control_or_bidi(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn control_and_bidi_characters_are_removed_and_tabs_expanded() {
    let base = fs::read_to_string(fixture("valid/minimal.yaml")).unwrap();
    // YAML escapes put ESC, BEL, U+009B, DEL, NEL and U+202E into the value;
    // the tab and U+2066 in the plain scalar are literal.
    let text = base
        .replace(
            "summary: Python dominates.",
            r#"summary: "Py\e[31mthon\a dom\u009Binates\u202E.\tEnd\x7f\N""#,
        )
        .replace(
            "summary: Readable, and strong at data work.",
            "summary: Readable,\tand strong\u{2066} at data work.",
        )
        .replace(
            "label: Touches data or AI",
            "label: \"\\e]0;title\\a\\tData\\u009b2J\"",
        );
    let pack = parse_pack(&text, "escapes.yaml").unwrap_or_else(|error| panic!("{error}"));

    // "Py[31mthon dominates." is 21 columns; the tab goes to column 24.
    assert_eq!(pack.factors[0].summary, "Py[31mthon dominates.   End");
    // "Readable," is 9 columns; the tab goes to column 12.
    assert_eq!(
        pack.options[0].summary,
        "Readable,   and strong at data work."
    );
    // "]0;title" is 8 columns; the tab goes to column 12.
    assert_eq!(pack.traits[0].label, "]0;title    Data2J");
    for text in all_strings(&pack) {
        assert!(
            !text.chars().any(is_control_or_bidi),
            "{text:?} kept a control character"
        );
    }
}

#[test]
fn tabs_expand_per_line_in_block_text() {
    let base = fs::read_to_string(fixture("valid/minimal.yaml")).unwrap();
    let text = base.replace(
        "intro: A short comparison of two backend languages.",
        "intro: |\n  a\tb\n  \tc\n  abcd\te",
    );
    let pack = parse_pack(&text, "tabs.yaml").unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(pack.intro, "a   b\n    c\nabcd    e\n");
}

#[test]
fn raw_control_characters_in_the_file_are_cleaned_or_refused_at_their_line() {
    // An ESC typed straight into the file (not as a YAML escape). YAML forbids
    // it; loading may either remove it or refuse the file, but a refusal must
    // point at the line holding it (22), not at the top of the file.
    let base = fs::read_to_string(fixture("valid/minimal.yaml")).unwrap();
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{7f}'] {
        let text = base.replace(
            "summary: Python dominates.",
            &format!("summary: Python {bad}[2Jdominates."),
        );
        match parse_pack(&text, "raw.yaml") {
            Ok(pack) => assert_eq!(pack.factors[0].summary, "Python [2Jdominates."),
            Err(Diagnostics(diagnostics)) => {
                assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
                let diagnostic = &diagnostics[0];
                assert_eq!(
                    diagnostic.place.map(|place| place.line),
                    Some(22),
                    "U+{:04X} on line 22 reported as: {diagnostic}",
                    bad as u32
                );
                assert!(
                    !diagnostic.message.contains("position"),
                    "a byte offset is no place: {diagnostic}"
                );
            }
        }
    }
}

#[test]
fn diagnostics_never_carry_terminal_escapes() {
    // Names a pack author wrote end up in messages; an escape inside them must
    // not reach the terminal through `stackcompare check`.
    let base = fs::read_to_string(fixture("valid/minimal.yaml")).unwrap();
    let cases = [
        // an unknown top-level field (serde's message)
        base.replace("schema: 1\n", "schema: 1\n\"\\e]0;pwned\\a\\e[2J\": 1\n"),
        // an unknown option key in ratings (validation's message)
        base.replace(
            "{ python: 10, node: 4 }",
            "{ python: 10, node: 4, \"no\\e[2Jde\\u202e\": 3 }",
        ),
        // an id with an escape in it
        base.replace("id: small", "id: \"sm\\e[2Jall\""),
        // an unknown factor name in a trait
        base.replace("[data-ai]", "[\"da\\e[2Jta\\x9b\"]"),
    ];
    for text in cases {
        let error = parse_pack(&text, "hostile.yaml").expect_err("must fail");
        let rendered = error.to_string();
        assert!(
            !rendered
                .chars()
                .filter(|&c| c != '\n')
                .any(is_control_or_bidi),
            "a diagnostic carries a control character: {rendered:?}"
        );
    }
}

#[test]
fn messages_quote_at_most_a_short_excerpt() {
    // A whole article pasted as prose must not come back as one
    // multi-kilobyte error line.
    let prose = "Python is a language known for its readability and simplicity. ".repeat(40);
    let error = parse_pack(&format!("{prose}\n"), "prose.yaml").expect_err("prose is not a pack");
    assert_eq!(error.0.len(), 1);
    let message = &error.0[0].message;
    assert!(
        message.chars().count() <= 300,
        "{} characters: {message}",
        message.chars().count()
    );
    assert_eq!(error.0[0].place.map(|place| place.line), Some(1));
}

// ---- the authoring guide ---------------------------------------------------

fn authoring_guide() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/README.md")).unwrap()
}

#[test]
fn authoring_guide_example_pack_is_valid() {
    let guide = authoring_guide();
    let start = guide
        .find("```yaml\n")
        .expect("the guide has a YAML example")
        + "```yaml\n".len();
    let end = start + guide[start..].find("\n```").unwrap() + 1;
    let pack = parse_pack(&guide[start..end], "content/README.md example")
        .unwrap_or_else(|error| panic!("the guide's complete example does not load:\n{error}"));
    assert_eq!(pack.id, "go-vs-rust");
    let pace = &pack.traits[pack.trait_index("pace").unwrap()];
    assert!(pace.is_two_sided());
    assert!(pack.traits[pack.trait_index("c_interop").unwrap()].is_toggle());
}

#[test]
fn authoring_guide_rating_table_matches_the_article_pack() {
    let guide = authoring_guide();
    let pack = content::embedded();
    for factor in &pack.factors {
        let row = guide
            .lines()
            .find(|line| line.starts_with(&format!("| {} | ", factor.name)))
            .unwrap_or_else(|| panic!("the guide has no rating row for {}", factor.name));
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        let [.., python, node] = cells.as_slice() else {
            panic!("{row}")
        };
        assert_eq!(
            (python.parse::<u32>().ok(), node.parse::<u32>().ok()),
            (
                factor.ratings.get("python").copied(),
                factor.ratings.get("node").copied()
            ),
            "{row}"
        );
        assert!(
            row.contains(&factor.summary),
            "the row does not quote {:?}",
            factor.summary
        );
    }
}
