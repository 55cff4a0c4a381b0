//! Valid packs load with their text intact; files are refused before
//! parsing when they are too big, not text, or not files; text is cleaned of
//! control characters; messages stay short and free of escapes.

use std::fs;
use std::path::Path;

use stackcompare::content::{self, Pack, Rating, load_pack, parse_pack};
use stackcompare::diagnostic::{Diagnostics, Place};

use super::fixtures::fixture;
use crate::common::{self, pack_strings};

fn load_valid(path: &Path) -> Pack {
    load_pack(path).unwrap_or_else(|error| panic!("{} must load:\n{error}", path.display()))
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
    let strings = pack_strings(pack);
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

fn minimal() -> String {
    fs::read_to_string(fixture("valid/minimal.yaml")).unwrap()
}

#[test]
fn minimal_pack_loads() {
    let pack = load_valid(&fixture("valid/minimal.yaml"));
    assert_eq!(pack.id, "small");
    assert_eq!(pack.options.len(), 2);
    assert_eq!(pack.factors.len(), 3);
    assert!(pack.sections.is_empty() && pack.closing.is_none());
    assert_eq!(pack.factors[0].weight, 1, "weight defaults to 1");
    assert_eq!(pack.factors[2].weight, 2);
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
    for factor in &pack.factors {
        assert_eq!(factor.ratings.len(), 3, "{} rates every option", factor.id);
    }
    let pace = &pack.sliders[pack.slider_index("pace").unwrap()];
    assert!(pace.is_two_sided() && !pace.is_toggle());
    assert_eq!(pace.low.as_deref(), Some("Ship fast 🚀"));
    assert_eq!(pace.high.as_deref(), Some("Control every byte"));
    let learning = pack.factor_index("learning-curve").unwrap();
    assert_eq!(pace.raises_low[0].factor, learning);
    assert_eq!(pace.raises_low[0].per_step, 2);
    let c_interop = &pack.sliders[pack.slider_index("c_interop").unwrap()];
    assert!(c_interop.is_toggle() && !c_interop.is_two_sided());
    let team = &pack.factors[pack.factor_index("team").unwrap()];
    assert_eq!(
        team.ratings[2],
        Rating::Slider(pack.slider_index("team_zig").unwrap())
    );
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
    let path = common::repo("content/python-vs-node.yaml");
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

/// The article pack carries the whole article of the seed text, in order:
/// every line of it is in the pack's article text.
#[test]
fn article_pack_carries_the_whole_article() {
    let pack = content::embedded();
    let article: String = pack.article_parts().join("\n");
    let normalized = content::normalize_quotation(&article);
    for paragraph in [
        "Python vs Node.js: which backend should you choose?",
        "both are solid, mature, and capable of powering anything from a small API to a large-scale system",
        "- Ecosystem: both are huge, with strengths in different areas.",
        "the difference is only decisive in extreme cases of real-time or heavy computation.",
        "let's talk and we'll advise you based on your real needs.",
        "- Senior team, global B2B partner",
    ] {
        assert!(normalized.contains(paragraph), "{paragraph:?} is missing");
    }
}

#[test]
fn file_over_8_mib_is_refused_before_parsing() {
    let dir = common::tempdir();
    let path = dir.path().join("huge.yaml");
    let mut text = minimal();
    let padding = "# padding padding padding padding padding padding padding padding\n";
    while text.len() < 9 * 1024 * 1024 {
        text.push_str(padding);
    }
    fs::write(&path, &text).unwrap();
    let Err(Diagnostics(diagnostics)) = load_pack(&path) else {
        panic!("a 9 MiB pack loaded");
    };
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].place, None);
    assert_eq!(
        diagnostics[0].to_string(),
        format!(
            "{}: the file is larger than 8 MiB, the most a pack or profile may be",
            path.display()
        )
    );
}

#[test]
fn file_of_exactly_8_mib_is_read() {
    let dir = common::tempdir();
    let path = dir.path().join("big.yaml");
    let mut text = minimal();
    let limit = 8 * 1024 * 1024;
    let line = format!("#{}\n", "x".repeat(1022));
    while text.len() + line.len() <= limit {
        text.push_str(&line);
    }
    text.push_str(&"\n".repeat(limit - text.len()));
    assert_eq!(text.len(), limit);
    fs::write(&path, &text).unwrap();
    assert_eq!(load_valid(&path).id, "small");
}

#[test]
fn invalid_utf8_is_reported_at_its_place() {
    let dir = common::tempdir();
    let path = dir.path().join("latin1.yaml");
    let mut bytes = minimal()
        .replace(
            "    summary: Python dominates data work.",
            "    summary: Python dominates \u{1}.",
        )
        .into_bytes();
    // 0xE9 is "é" in Latin-1 and never valid UTF-8 here.
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
            line: 24,
            column: 31
        }),
        "{}",
        diagnostics[0]
    );
}

#[test]
fn missing_file_folder_and_pipe_are_clear_errors() {
    let dir = common::tempdir();
    let missing = dir.path().join("nope.yaml");
    let error = load_pack(&missing)
        .expect_err("a missing file loaded")
        .to_string();
    assert!(
        error.starts_with(&format!("{}: cannot read", missing.display())),
        "{error}"
    );
    let error = load_pack(dir.path())
        .expect_err("a folder loaded")
        .to_string();
    assert!(error.ends_with(": is a folder, not a file"), "{error}");
    // A named pipe would block `open` until a writer comes: refused unopened.
    let fifo = dir.path().join("fifo.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|status| status.success()) {
        let error = load_pack(&fifo).expect_err("a pipe loaded").to_string();
        assert!(error.contains("is not a regular file"), "{error}");
    }
}

#[test]
fn two_packs_with_one_id_in_a_folder_name_both_files() {
    let dir = common::tempdir();
    fs::write(dir.path().join("a.yaml"), minimal()).unwrap();
    fs::write(dir.path().join("b.yaml"), minimal()).unwrap();
    let error = content::load_folder(dir.path())
        .expect_err("two packs with one id")
        .to_string();
    let a = dir.path().join("a.yaml").display().to_string();
    let b = dir.path().join("b.yaml").display().to_string();
    assert_eq!(
        error,
        format!("{b}: pack id `small` is also the id of {a}; ids must differ within a folder")
    );
}

// ---- text cleaning ---------------------------------------------------------

fn is_control_or_hidden(c: char) -> bool {
    (c.is_control() && c != '\n') || stackcompare::textkit::is_hidden_control(c)
}

#[test]
fn control_and_hidden_characters_are_removed_and_tabs_expanded() {
    // YAML escapes put ESC, BEL, U+009B, DEL, NEL, U+202E and zero-width
    // characters into the value; the tab and U+2066 in the plain scalar are literal.
    let text = minimal()
        .replace(
            "    summary: Readable, and strong at data work.",
            "    summary: \"Py\\e[31mthon\\a dom\\u009Binates\\u202E\\u200b\\u00ad.\\tEnd\\x7f\\N\"",
        )
        .replace(
            "    tagline: JavaScript on the server",
            "    tagline: JavaScript\ton\u{2066} the server",
        )
        .replace("label: Touches data or AI", "label: \"\\e]0;title\\a\\tData\\u009b2J\\U000E0041\"");
    let pack = parse_pack(&text, "escapes.yaml").unwrap_or_else(|error| panic!("{error}"));
    // "Py[31mthon dominates." is 21 columns; the tab goes to column 24.
    assert_eq!(pack.options[0].summary, "Py[31mthon dominates.   End");
    // "JavaScript" is 10 columns; the tab goes to column 12.
    assert_eq!(pack.options[1].tagline, "JavaScript  on the server");
    // "]0;title" is 8 columns; the tab goes to column 12.
    assert_eq!(pack.sliders[0].label, "]0;title    Data2J");
    for text in pack_strings(&pack) {
        assert!(
            !text.chars().any(is_control_or_hidden),
            "{text:?} kept a control character"
        );
    }
}

#[test]
fn tabs_expand_per_line_in_block_text() {
    let text = minimal().replace(
        "intro: |\n  Python dominates",
        "intro: |\n  a\tb\n  \tc\n  abcd\te\n  Python dominates",
    );
    let pack = parse_pack(&text, "tabs.yaml").unwrap_or_else(|error| panic!("{error}"));
    assert!(
        pack.intro.starts_with("a   b\n    c\nabcd    e\n"),
        "{:?}",
        pack.intro
    );
}

#[test]
fn raw_control_characters_in_the_file_are_cleaned_or_refused_at_their_line() {
    // A control character typed straight into the file (not as a YAML
    // escape). YAML forbids some; loading either removes it or refuses the
    // file, and a refusal points at the line holding it (16).
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{7f}'] {
        let text = minimal().replace(
            "    summary: Readable, and strong at data work.",
            &format!("    summary: Readable, {bad}[2Jand strong."),
        );
        match parse_pack(&text, "raw.yaml") {
            Ok(pack) => assert_eq!(pack.options[0].summary, "Readable, [2Jand strong."),
            Err(Diagnostics(diagnostics)) => {
                assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
                let diagnostic = &diagnostics[0];
                assert_eq!(
                    diagnostic.place.map(|place| place.line),
                    Some(16),
                    "U+{:04X}: {diagnostic}",
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
    let base = minimal();
    let cases = [
        // an unknown top-level field (serde's message)
        base.replace("schema: 2\n", "schema: 2\n\"\\e]0;pwned\\a\\e[2J\": 1\n"),
        // an unknown option key in ratings (validation's message)
        base.replace(
            "      node: { not_said: true }",
            "      \"no\\e[2Jde\\u202e\\u200b\": { not_said: true }",
        ),
        // an id with an escape in it
        base.replace("id: small", "id: \"sm\\e[2Jall\""),
        // an unknown factor in a slider's raises
        base.replace(
            "raises: { data-ai: 2 }",
            "raises: { \"da\\e[2Jta\\x9b\": 2 }",
        ),
    ];
    for text in cases {
        let rendered = parse_pack(&text, "hostile.yaml")
            .expect_err("must fail")
            .to_string();
        assert!(
            !rendered
                .chars()
                .filter(|&c| c != '\n')
                .any(is_control_or_hidden),
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

/// The limit on rating sliders' maxima is on their least common multiple,
/// not their product: maxima 10, 99 and 100 (lcm 9,900, product 99,000)
/// load, where 7, 99 and 100 (lcm 69,300) are refused.
#[test]
fn rating_sliders_load_while_their_maxima_have_a_common_multiple_of_at_most_10000() {
    let refused = fs::read_to_string(fixture("broken/rating-scale-too-large.yaml")).unwrap();
    assert!(parse_pack(&refused, "scale.yaml").is_err());
    let text = refused.replacen("    max: 7\n", "    max: 10\n", 1);
    assert_ne!(text, refused, "the fixture moved");
    let pack = parse_pack(&text, "scale.yaml").unwrap_or_else(|e| panic!("{e}"));
    let maxima: Vec<u32> = (pack.sliders.iter())
        .filter(|t| !t.rates.is_empty())
        .map(|t| t.max)
        .collect();
    assert_eq!(maxima, [10, 99, 100]);
}
