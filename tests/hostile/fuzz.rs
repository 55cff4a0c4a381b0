//! Property tests: any bytes, any text, and mutations of valid packs and
//! profiles fail cleanly or load valid.

use std::fs;
use std::path::PathBuf;

use proptest::prelude::{
    Just, Strategy, any, prop, prop_assert, prop_assert_eq, prop_oneof, proptest,
};
use proptest::sample::Index;
use stackcompare::content::{self, Pack, load_pack, parse_pack};
use stackcompare::engine;
use stackcompare::export;
use stackcompare::profile::{self, Profile};

use super::{all_strings, assert_clean_text, assert_diagnostics, corpus};
use crate::common::{self, tempdir};

/// Pieces of YAML and of text that make parsers work hard.
const TOKENS: &[&str] = &[
    "schema: 2\n",
    "schema: 1\n",
    "    rating: 3\n",
    "    basis: x\n",
    "    when: [a, [b]]\n",
    "id: x\n",
    "pack: python-vs-node\n",
    "values:\n",
    "  data_ai: 3\n",
    "options:\n",
    "factors:\n",
    "traits:\n",
    "  - id: a\n",
    "    ratings: { a: 1 }\n",
    ": ",
    "- ",
    "? ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "!!str ",
    "!<tag> ",
    "|\n",
    ">-\n",
    "\"",
    "'",
    "\\",
    "#",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "<<: *a\n",
    "\n",
    "  ",
    "\t",
    "\r",
    "\r\n",
    "\u{feff}",
    "\u{1b}[31m",
    "\u{85}",
    "\u{2028}",
    "\u{202e}",
    "99999999999999999999",
    "-1",
    "1.5",
    "~",
    "é",
    "日本",
];

/// Whether every slider a condition names is one of the pack's.
fn sliders_in_range(condition: &stackcompare::content::Condition, sliders: usize) -> bool {
    use stackcompare::content::Condition;
    match condition {
        Condition::Pushes(s) => *s < sliders,
        Condition::Test { slider, above, .. } => {
            *slider < sliders && above.is_none_or(|(other, _)| other < sliders)
        }
        Condition::All(parts) | Condition::Any(parts) => {
            parts.iter().all(|part| sliders_in_range(part, sliders))
        }
    }
}

fn yamlish_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(TOKENS).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
            1 => "[a-z_ ]{1,8}",
        ],
        0..48,
    )
    .prop_map(|pieces| pieces.concat())
}

fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..256),
        prop::collection::vec(
            prop_oneof![
                3 => prop::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
                1 => any::<u8>().prop_map(|b| vec![b]),
                1 => Just(vec![0xEF, 0xBB, 0xBF]),
                1 => Just(vec![0xC3]),
            ],
            0..48,
        )
        .prop_map(|pieces| pieces.concat()),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), yamlish_text()]
}

/// A pack that loaded must hold what validation promises.
fn assert_valid(pack: &Pack, what: &str) {
    use stackcompare::content::Rating;
    assert!(
        (2..=8).contains(&pack.options.len()),
        "{what}: {} options",
        pack.options.len()
    );
    assert!(
        !pack.factors.is_empty() && !pack.sliders.is_empty(),
        "{what}"
    );
    assert!(pack.close_call.margin <= 100, "{what}");
    for factor in &pack.factors {
        assert_eq!(
            factor.ratings.len(),
            pack.options.len(),
            "{what}: factor {}",
            factor.id
        );
        for rating in &factor.ratings {
            match rating {
                Rating::Quoted {
                    value, sentence, ..
                } => {
                    assert!(*value <= 10, "{what}: rating {value}");
                    assert!(
                        sentence.is_none_or(|s| (s as usize) < pack.sentences.len()),
                        "{what}: sentence {sentence:?}"
                    );
                }
                Rating::NotSaid => {}
                Rating::Slider(s) => assert!(*s < pack.sliders.len(), "{what}: slider {s}"),
            }
        }
    }
    for t in &pack.sliders {
        assert!((1..=100).contains(&t.max), "{what}: max {}", t.max);
        assert!(
            t.default <= t.max,
            "{what}: default {} > max {}",
            t.default,
            t.max
        );
        for raise in t.raises.iter().chain(&t.raises_low) {
            assert!(
                raise.factor < pack.factors.len() && raise.per_step <= 1000,
                "{what}"
            );
        }
    }
    let conditions = pack
        .rules
        .iter()
        .flat_map(|rule| &rule.when)
        .chain(pack.close_call.texts.iter().flat_map(|text| &text.when));
    for condition in conditions {
        assert!(sliders_in_range(condition, pack.sliders.len()), "{what}");
    }
    for rule in &pack.rules {
        assert!(rule.option < pack.options.len(), "{what}");
    }
    let ids = |list: Vec<&str>, name: &str| {
        let mut sorted = list.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), list.len(), "{what}: duplicate ids in {name}");
        for id in list {
            assert!(
                !id.is_empty()
                    && id.chars().all(|c| c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || c == '-'
                        || c == '_'),
                "{what}: id {id:?}"
            );
        }
    };
    ids(
        pack.options.iter().map(|o| o.id.as_str()).collect(),
        "options",
    );
    ids(
        pack.factors.iter().map(|f| f.id.as_str()).collect(),
        "factors",
    );
    ids(
        pack.sliders.iter().map(|t| t.id.as_str()).collect(),
        "traits",
    );
    ids(
        pack.sections.iter().map(|s| s.id.as_str()).collect(),
        "sections",
    );
    for text in all_strings(pack) {
        assert_clean_text(&text, what);
        assert!(!text.contains('\t'), "{what}: tab in {text:?}");
    }
    // What the app does with a pack: recommend and export, without panicking.
    for values in [
        pack.default_values(),
        pack.sliders.iter().map(|t| t.max).collect(),
    ] {
        let recommendation = engine::recommend(pack, &values);
        assert!(
            (0..pack.options.len()).all(|o| recommendation.fit_rounded(o) <= 100),
            "{what}"
        );
        let markdown = export::to_markdown(&export::Summary::of(pack, &recommendation));
        assert_clean_text(&markdown, what);
        let _ = export::to_text(&export::Summary::of(pack, &recommendation), false);
        let _ = export::to_json(&export::Summary::of(pack, &recommendation));
    }
}

/// Write `bytes` to a fresh file; the file and its folder live as long as the guard.
fn temp_file(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempdir();
    let path = dir.path().join("input.yaml");
    fs::write(&path, bytes).unwrap();
    (dir, path)
}

proptest! {
    #![proptest_config(common::proptest_config(64))]

    #[test]
    fn any_bytes_as_a_pack_or_profile_fail_cleanly(bytes in hostile_bytes()) {
        let (_dir, path) = temp_file(&bytes);
        let name = path.display().to_string();
        let text = String::from_utf8(bytes.clone()).ok();
        match load_pack(&path) {
            Ok(pack) => assert_valid(&pack, &name),
            Err(error) => assert_diagnostics(&error, &name, text.as_deref(), "load_pack"),
        }
        match Profile::load(&path).and_then(|p| p.values_for(&content::embedded())) {
            Ok(values) => prop_assert_eq!(values.len(), 8),
            Err(error) => assert_diagnostics(&error, &name, text.as_deref(), "Profile::load"),
        }
    }

    #[test]
    fn any_text_as_a_pack_or_profile_fails_cleanly(text in hostile_text()) {
        let name = "any-text.yaml";
        match parse_pack(&text, name) {
            Ok(pack) => assert_valid(&pack, name),
            Err(error) => assert_diagnostics(&error, name, Some(&text), "parse_pack"),
        }
        let embedded = content::embedded();
        match Profile::parse(&text, name).and_then(|p| p.values_for(&embedded)) {
            Ok(values) => {
                prop_assert_eq!(values.len(), embedded.sliders.len());
                for (value, t) in values.iter().zip(&embedded.sliders) {
                    prop_assert!(*value <= t.max);
                }
            }
            Err(error) => assert_diagnostics(&error, name, Some(&text), "Profile::parse"),
        }
    }
}

/// One edit of a pack or profile's text.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    ReplaceNumber(Index, String),
    ReplaceId(Index, String),
    Truncate(Index),
    InsertKey {
        line: Index,
        indent: usize,
        key: String,
        value: String,
    },
}

const KEYS: &[&str] = &[
    "schema",
    "id",
    "title",
    "source",
    "publisher",
    "url",
    "intro",
    "options",
    "name",
    "tagline",
    "summary",
    "factors",
    "detail",
    "ratings",
    "traits",
    "label",
    "help",
    "max",
    "default",
    "low",
    "high",
    "weights",
    "weight",
    "rating",
    "basis",
    "rated_by",
    "raises",
    "raises_low",
    "when",
    "sections",
    "body",
    "rules",
    "option",
    "text",
    "close_call",
    "margin",
    "closing",
    "pack",
    "values",
    "data_ai",
    "realtime",
    "python",
    "node",
    "- id",
    "-",
    "<<",
    "?",
];

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (0u32..=12).prop_map(|n| n.to_string()),
        1 => any::<u32>().prop_map(|n| n.to_string()),
        1 => any::<i64>().prop_map(|n| format!("-{}", n.unsigned_abs())),
        1 => any::<f64>().prop_map(|f| format!("{f:?}")),
        2 => prop::sample::select(
            &[
                "4294967296",
                "18446744073709551616",
                "99999999999999999999999999999",
                "1e3",
                "1.0",
                "-0",
                ".inf",
                "-.inf",
                ".nan",
                "0x1F",
                "0o17",
                "0b11",
                "+5",
                "5_0",
                "\"ten\"",
                "ten",
                "~",
                "null",
                "true",
                "[]",
                "{}",
                "''",
                "*undefined",
            ][..]
        )
        .prop_map(str::to_owned),
    ]
}

fn random_id() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9_-]{0,12}",
        "[A-Za-z0-9 ._:/-]{0,16}",
        any::<String>().prop_map(|s| serde_json::to_string(&s).expect("a JSON string")),
        any::<String>(),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(Mutation::DeleteLine),
        1 => any::<Index>().prop_map(Mutation::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        3 => (any::<Index>(), number()).prop_map(|(at, n)| Mutation::ReplaceNumber(at, n)),
        2 => (any::<Index>(), random_id()).prop_map(|(at, id)| Mutation::ReplaceId(at, id)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        2 => (
            any::<Index>(),
            0usize..9,
            prop_oneof![prop::sample::select(KEYS).prop_map(str::to_owned), "[a-z_]{1,10}"],
            prop_oneof![number(), random_id(), Just(String::new())],
        )
            .prop_map(|(line, indent, key, value)| Mutation::InsertKey {
                line,
                indent,
                key,
                value,
            }),
    ]
}

/// The largest char boundary at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    match mutation {
        Mutation::DeleteLine(at) if !lines.is_empty() => {
            lines.remove(at.index(lines.len()));
        }
        Mutation::DuplicateLine(at) if !lines.is_empty() => {
            let line = lines[at.index(lines.len())].clone();
            lines.insert(at.index(lines.len()), line);
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
        }
        Mutation::ReplaceNumber(at, number) => {
            let mut runs = Vec::new();
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i].is_ascii_digit() {
                    let start = i;
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    runs.push(start..i);
                } else {
                    i += 1;
                }
            }
            if runs.is_empty() {
                return text.to_owned();
            }
            let run = runs[at.index(runs.len())].clone();
            return format!("{}{number}{}", &text[..run.start], &text[run.end..]);
        }
        Mutation::ReplaceId(at, id) => {
            let places: Vec<usize> = lines
                .iter()
                .enumerate()
                .filter(|(_, line)| {
                    let key = line.trim_start().trim_start_matches("- ");
                    key.starts_with("id:") || key.starts_with("option:") || key.starts_with("pack:")
                })
                .map(|(index, _)| index)
                .collect();
            if places.is_empty() {
                return text.to_owned();
            }
            let index = places[at.index(places.len())];
            let line = &lines[index];
            let colon = line.find(':').expect("a key");
            lines[index] = format!("{}: {id}\n", &line[..colon]);
        }
        Mutation::Truncate(at) => {
            let cut = floor_boundary(text, at.index(text.len() + 1));
            return text[..cut].to_owned();
        }
        Mutation::InsertKey {
            line,
            indent,
            key,
            value,
        } => {
            let at = line.index(lines.len() + 1);
            lines.insert(at, format!("{}{key}: {value}\n", " ".repeat(*indent)));
        }
        _ => {}
    }
    lines.concat()
}

fn valid_packs() -> Vec<(String, String)> {
    let mut packs = vec![(
        "python-vs-node.yaml".to_owned(),
        content::EMBEDDED_SOURCE.to_owned(),
    )];
    let folder = common::repo("tests/fixtures/valid");
    let mut files: Vec<PathBuf> = fs::read_dir(&folder)
        .expect("tests/fixtures/valid")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        packs.push((name, fs::read_to_string(&path).unwrap()));
    }
    packs.push((
        "escapes.yaml".into(),
        fs::read_to_string(corpus("escapes.yaml")).unwrap(),
    ));
    packs
}

fn valid_profiles() -> Vec<(String, String)> {
    let pack = content::embedded();
    let mut profiles = vec![
        (
            "defaults.yaml".to_owned(),
            profile::to_yaml(&pack, &pack.default_values(), None),
        ),
        (
            "flow.yaml".to_owned(),
            "pack: python-vs-node\nvalues: { data_ai: 8, realtime: 2, workload: 10 }\n".to_owned(),
        ),
    ];
    // The example profiles, a team's (with `name:`) included.
    for folder in ["assets/profiles", "assets/profiles/team"] {
        let Ok(entries) = fs::read_dir(common::repo(folder)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|path| path.is_file())
            .collect();
        files.sort();
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            profiles.push((name, fs::read_to_string(&path).unwrap()));
        }
    }
    profiles
}

proptest! {
    #![proptest_config(common::proptest_config(64))]

    #[test]
    fn mutated_packs_load_valid_or_fail_at_a_line_inside_the_file(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let packs = valid_packs();
        let (name, source) = &packs[which.index(packs.len())];
        let mut text = source.clone();
        for mutation in &mutations {
            text = apply(&text, mutation);
        }
        match parse_pack(&text, name) {
            Ok(pack) => assert_valid(&pack, name),
            Err(error) => assert_diagnostics(&error, name, Some(&text), name),
        }
    }

    #[test]
    fn mutated_profiles_give_values_in_range_or_fail_at_a_line_inside_the_file(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let profiles = valid_profiles();
        let (name, source) = &profiles[which.index(profiles.len())];
        let mut text = source.clone();
        for mutation in &mutations {
            text = apply(&text, mutation);
        }
        let pack = content::embedded();
        match Profile::parse(&text, name).and_then(|p| p.values_for(&pack)) {
            Ok(values) => {
                prop_assert_eq!(values.len(), pack.sliders.len());
                for (value, t) in values.iter().zip(&pack.sliders) {
                    prop_assert!(*value <= t.max, "{} > {}", value, t.max);
                }
            }
            Err(error) => assert_diagnostics(&error, name, Some(&text), name),
        }
    }

    #[test]
    fn truncated_packs_fail_cleanly_at_any_byte(which in any::<Index>(), at in any::<Index>()) {
        // Cut anywhere, even inside a character: the file is then not UTF-8.
        let packs = valid_packs();
        let (_, source) = &packs[which.index(packs.len())];
        let bytes = &source.as_bytes()[..at.index(source.len() + 1)];
        let (_dir, path) = temp_file(bytes);
        let name = path.display().to_string();
        match load_pack(&path) {
            Ok(pack) => assert_valid(&pack, &name),
            Err(error) => {
                let text = String::from_utf8_lossy(bytes);
                assert_diagnostics(&error, &name, Some(&text), &name);
            }
        }
    }
}
