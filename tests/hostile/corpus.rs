//! The corpus of hostile files, committed and generated.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use stackcompare::content::{self, load_pack, parse_pack};
use stackcompare::profile::Profile;

use super::{
    DEPTH, Ran, all_strings, assert_check_fails, assert_diagnostics, assert_load_fails,
    assert_loads, assert_no_panic, assert_profile_fails, binary, corpus, guarded, run, within,
};
use crate::common::{self, BIN, ROOT, path_str, tempdir};

#[test]
fn alias_bomb_pack_fails_fast_at_its_line() {
    let path = corpus("alias-bomb.yaml");
    // Refused before parsing, at the alias whose copies outgrow the file.
    let message = "the alias `*lol4` copies its anchor once too often";
    assert_load_fails(&path, Some((12, 23)), message);
    assert_check_fails(&path, Some((12, 23)), message);
}

#[test]
fn alias_bomb_profile_fails_fast_at_its_line() {
    let path = corpus("alias-bomb-profile.yaml");
    let message = "the alias `*lol4` copies its anchor once too often";
    assert_profile_fails(&path, Some((11, 23)), message);
    assert_check_fails(&path, Some((11, 23)), message);
}

#[test]
fn alias_bomb_used_where_a_pack_expects_text_fails_fast() {
    let dir = tempdir();
    let base = fs::read_to_string(common::repo("tests/fixtures/valid/minimal.yaml"))
        .expect("minimal pack");
    // The anchors sit on values the pack accepts (a rule's `when`), so the
    // parser must follow the aliases before it can refuse anything.
    let laughs = String::from(
        "    when: &l0 [data_ai, data_ai, data_ai, data_ai, data_ai, data_ai, data_ai, data_ai, data_ai, data_ai]\n",
    );
    let mut rules = String::new();
    for level in 1..10 {
        let aliases = vec![format!("*l{}", level - 1); 10].join(", ");
        rules.push_str(&format!(
            "  - option: python\n    text: Python dominates data work.\n    when: &l{level} [{aliases}]\n"
        ));
    }
    let text = base
        .replacen("    when: [data_ai]\n", &laughs, 1)
        .replace("close_call:", &format!("{rules}close_call:"));
    let path = dir.path().join("bomb-in-traits.yaml");
    fs::write(&path, &text).unwrap();
    let line = text
        .lines()
        .position(|line| line.contains("&l0 ["))
        .expect("the anchor")
        + 1;
    let owned = path.clone();
    let error = within("load_pack bomb-in-traits", move || load_pack(&owned))
        .expect_err("a billion copies of a slider list are too many");
    assert_diagnostics(&error, path_str(&path), Some(&text), "bomb-in-traits");
    // The copies are added up before parsing: the place is the alias whose
    // copies outgrow the file, within the rules, not the anchor `&l0` (a
    // valid list of sliders).
    let place = error.0[0].place.map(|p| p.line).expect("a place");
    assert!(place > line, "{error}");
    let report = assert_check_fails(&path, None, "copies its anchor once too often");
    assert!(report.contains(&format!(":{place}:")), "{report}");
}

/// `value` as the title of an otherwise plausible pack start.
fn deep_pack(value: &str) -> String {
    format!("schema: 2\nid: deep\ntitle: {value}\n")
}

/// Write the generated file, then expect a located error through both paths.
fn assert_deep_fails(file: &str, text: &str, fragment: &str, profile: bool) {
    let dir = tempdir();
    let path = dir.path().join(file);
    fs::write(&path, text).unwrap();
    let owned = path.clone();
    let what = format!("{file} (generated, {} bytes)", text.len());
    let error = within(&what, move || {
        if profile {
            Profile::load(&owned).and_then(|p| p.values_for(&content::embedded()))
        } else {
            load_pack(&owned).map(|_| Vec::new())
        }
    })
    .expect_err("deep nesting must fail");
    assert_diagnostics(&error, path_str(&path), Some(text), &what);
    assert!(
        error.0[0].place.is_some(),
        "{what}: the parser knows where: {error}"
    );
    assert!(error.to_string().contains(fragment), "{what}: {error}");
    assert_check_fails(&path, None, fragment);
}

#[test]
fn ten_thousand_nested_flow_sequences_fail_with_a_place() {
    let nested = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    assert_deep_fails(
        "deep-seq.yaml",
        &deep_pack(&nested),
        "nesting deeper than 128",
        false,
    );
}

#[test]
fn ten_thousand_nested_flow_mappings_fail_with_a_place() {
    let nested = format!("{}x{}", "{a: ".repeat(DEPTH), "}".repeat(DEPTH));
    assert_deep_fails(
        "deep-map.yaml",
        &deep_pack(&nested),
        "nesting deeper than 128",
        false,
    );
}

#[test]
fn ten_thousand_unclosed_brackets_fail_with_a_place() {
    let text = deep_pack(&"[".repeat(DEPTH));
    assert_deep_fails("unclosed.yaml", &text, "", false);
}

#[test]
fn ten_thousand_nested_block_sequences_fail_with_a_place() {
    // `- - - … x`: block sequences nested on one line.
    let text = format!("{}x\n", "- ".repeat(DEPTH));
    assert_deep_fails("deep-block-seq.yaml", &text, "", false);
}

#[test]
fn deeply_nested_block_mappings_fail_with_a_place() {
    // `a:` inside `a:`, one more space each line: as deep as fits in 8 MiB
    // would take minutes to write; 3,000 levels are 4.5 MB.
    let depth = 3_000;
    let mut text = String::from("schema: 2\nid: deep\ntitle:\n");
    for level in 1..=depth {
        text.push_str(&" ".repeat(level));
        text.push_str("a:\n");
    }
    assert_deep_fails("deep-block-map.yaml", &text, "title", false);
}

#[test]
fn ten_thousand_nested_sequences_in_a_profile_fail_with_a_place() {
    let text = format!(
        "pack: python-vs-node\nvalues:\n  data_ai: {}{}\n",
        "[".repeat(DEPTH),
        "]".repeat(DEPTH)
    );
    assert_deep_fails("deep-profile.yaml", &text, "nesting deeper than 128", true);
}

/// Hostile YAML ends in bounded time. Deep flow nesting is
/// quadratic in the YAML parser, so a few hundred KB (well under the 8 MiB
/// limit) must still be refused before it is parsed, not minutes later.
#[test]
fn nesting_far_past_any_limit_is_refused_in_bounded_time() {
    let dir = tempdir();
    let depth = 200_000;
    let pack = dir.path().join("very-deep.yaml");
    fs::write(&pack, deep_pack(&"[".repeat(depth))).unwrap();
    let profile = dir.path().join("very-deep-profile.yaml");
    fs::write(
        &profile,
        format!("pack: python-vs-node\nvalues: {}\n", "{a: ".repeat(depth)),
    )
    .unwrap();
    for path in [&pack, &profile] {
        // The guard fails the test if `check` is still parsing after GUARD.
        assert_check_fails(path, None, "");
    }
}

#[test]
fn nine_mib_pack_and_profile_are_refused_without_a_place() {
    let dir = tempdir();
    let mut pack = fs::read_to_string(corpus("bom.yaml")).unwrap();
    let mut profile = String::from("pack: python-vs-node\nvalues:\n  data_ai: 8\n");
    let padding = format!("# {}\n", "padding ".repeat(127));
    for text in [&mut pack, &mut profile] {
        while text.len() < 9 * 1024 * 1024 {
            text.push_str(&padding);
        }
        text.truncate(9 * 1024 * 1024);
    }
    let pack_path = dir.path().join("nine-mib.yaml");
    let profile_path = dir.path().join("nine-mib-profile.yaml");
    fs::write(&pack_path, &pack).unwrap();
    fs::write(&profile_path, &profile).unwrap();

    assert_load_fails(&pack_path, None, "larger than 8 MiB");
    assert_profile_fails(&profile_path, None, "larger than 8 MiB");
    for path in [&pack_path, &profile_path] {
        let report = assert_check_fails(path, None, "larger than 8 MiB");
        assert_eq!(report.lines().count(), 2, "{report}");
    }
    // Also where the pack is only opened, not checked.
    let ran = run(&["list", "--content", path_str(&pack_path)]);
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert_eq!(ran.stderr.lines().count(), 1, "{ran:?}");
    assert!(ran.stderr.contains("larger than 8 MiB"), "{ran:?}");
    let ran = run(&["recommend", "--profile", path_str(&profile_path)]);
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert_eq!(ran.stderr.lines().count(), 1, "{ran:?}");
    assert_no_panic(&ran.stderr, "recommend --profile nine-mib");
}

#[test]
fn an_endless_input_is_cut_at_the_limit_and_a_device_is_refused_unread() {
    // /dev/zero says its size is 0 and never ends: as a path it is no
    // regular file, refused before it is opened; as standard input it is
    // read up to the limit and no further.
    let zero = Path::new("/dev/zero");
    assert_load_fails(zero, None, "is not a regular file");
    assert_check_fails(zero, None, "is not a regular file");
    let ran = run(&["list", "--content", "/dev/zero"]);
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert_eq!(ran.stderr.lines().count(), 1, "{ran:?}");
    let mut command = binary(&["check", "-"], Path::new(ROOT));
    command.stdin(fs::File::open(zero).expect("/dev/zero"));
    let ran = guarded(command, "check - < /dev/zero");
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert_eq!(
        ran.stdout,
        "<stdin>: the file is larger than 8 MiB, the most a pack or profile may be\n1 error found\n"
    );
}

#[test]
fn invalid_utf8_is_reported_at_its_line_and_column() {
    let path = corpus("invalid-utf8.yaml");
    let bytes = fs::read(&path).unwrap();
    let at = bytes.iter().position(|&b| b == 0xFF).expect("the bad byte");
    // The comment at the top of the file promises line 14, column 17.
    assert_eq!(bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1, 14);
    assert_load_fails(&path, Some((14, 17)), "not valid UTF-8");
    assert_check_fails(&path, Some((14, 17)), "not valid UTF-8");
    // The same bytes as a profile fail the same way.
    let dir = tempdir();
    let profile = dir.path().join("bad-profile.yaml");
    fs::write(
        &profile,
        b"pack: python-vs-node\nvalues:\n  data_ai: 8\xff\n",
    )
    .unwrap();
    assert_profile_fails(&profile, Some((3, 13)), "not valid UTF-8");
    assert_check_fails(&profile, Some((3, 13)), "not valid UTF-8");
}

#[test]
fn a_byte_order_mark_before_a_valid_pack_loads() {
    let path = corpus("bom.yaml");
    assert!(fs::read(&path).unwrap().starts_with(b"\xEF\xBB\xBF"));
    let pack = assert_loads(&path);
    assert_eq!(pack.id, "bom");
    for text in all_strings(&pack) {
        assert!(!text.contains('\u{feff}'), "{text:?}");
    }
    // A profile with a BOM loads too.
    let dir = tempdir();
    let profile = dir.path().join("bom-profile.yaml");
    fs::write(
        &profile,
        "\u{feff}pack: python-vs-node\nvalues:\n  data_ai: 8\n",
    )
    .unwrap();
    let values = Profile::load(&profile)
        .and_then(|p| p.values_for(&content::embedded()))
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(values[0], 8);
}

#[test]
fn crlf_line_endings_load_without_a_carriage_return_anywhere() {
    let path = corpus("crlf.yaml");
    let bytes = fs::read(&path).unwrap();
    assert!(
        bytes.windows(2).any(|w| w == b"\r\n")
            && !bytes.windows(2).any(|w| w[0] != b'\r' && w[1] == b'\n'),
        "the corpus file lost its CRLF line endings (see tests/hostile/.gitattributes)"
    );
    let pack = assert_loads(&path);
    assert_eq!(pack.id, "crlf");
    assert_eq!(
        pack.intro,
        "A short comparison\nof two backend languages.\n\nSecond paragraph.\n"
    );
    for text in all_strings(&pack) {
        assert!(!text.contains('\r'), "a CR survived: {text:?}");
    }
    // Errors in a CRLF file count lines like the editor does.
    let text = String::from_utf8(bytes).unwrap().replace(
        "default: 0\r\n    raises: { real-time: 2 }",
        "default: 11\r\n    raises: { real-time: 2 }",
    );
    let dir = tempdir();
    let broken = dir.path().join("crlf-broken.yaml");
    fs::write(&broken, &text).unwrap();
    let line = text
        .split("\r\n")
        .position(|line| line.contains("default: 11"))
        .unwrap()
        + 1;
    assert_load_fails(&broken, Some((line, 5)), "default 11");
    assert_check_fails(&broken, Some((line, 5)), "default 11");
}

#[test]
fn an_empty_file_is_an_empty_pack_and_an_empty_profile() {
    let path = corpus("empty.yaml");
    assert_eq!(fs::metadata(&path).unwrap().len(), 0);
    assert_load_fails(&path, None, "empty");
    assert_profile_fails(&path, None, "empty");
    assert_check_fails(&path, None, "empty");
}

#[test]
fn a_stream_of_several_documents_is_refused_at_the_second() {
    let path = corpus("several-documents.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let second = text
        .lines()
        .enumerate()
        .filter(|(_, line)| *line == "---")
        .nth(1)
        .map(|(index, _)| index + 1)
        .expect("a second document");
    assert_load_fails(&path, Some((second, 1)), "several YAML documents");
    assert_check_fails(&path, Some((second, 1)), "several YAML documents");
    // As a profile, the same.
    let dir = tempdir();
    let profile = dir.path().join("profiles.yaml");
    fs::write(
        &profile,
        "pack: python-vs-node\nvalues: {data_ai: 1}\n---\npack: python-vs-node\n",
    )
    .unwrap();
    assert_profile_fails(&profile, Some((3, 1)), "several YAML documents");
    assert_check_fails(&profile, Some((3, 1)), "several YAML documents");
}

/// Text fields are non-empty. A field made only of characters
/// that cleaning removes must not load as an empty title.
#[test]
fn text_made_only_of_control_characters_counts_as_empty() {
    let base = fs::read_to_string(common::repo("tests/fixtures/valid/minimal.yaml"))
        .expect("minimal pack");
    let text = base.replace(
        "title: Python or Node.js",
        r#"title: "\e\a\u202e\x9b\u2066""#,
    );
    let line = text.lines().position(|l| l.starts_with("title:")).unwrap() + 1;
    match parse_pack(&text, "only-controls.yaml") {
        Ok(pack) => panic!(
            "a title of control characters loaded as {:?}; it must be refused as empty",
            pack.title
        ),
        Err(error) => {
            assert_diagnostics(&error, "only-controls.yaml", Some(&text), "only-controls");
            assert_eq!(error.0[0].place.map(|p| p.line), Some(line), "{error}");
            assert!(error.to_string().contains("empty"), "{error}");
        }
    }
}

/// A file whose last line has no newline: an error at its end must point at
/// that last line, not at a line after the end of the file (and the message
/// must not carry a second, different place of its own).
#[test]
fn an_error_at_the_end_of_a_file_without_a_final_newline_stays_inside_it() {
    let cases = [
        ("schema: 2\nid", "pack"),
        ("# only a comment", "pack"),
        ("schema: 2\nid: x\n# the end", "pack"),
        ("pack: python-vs-node\nvalues:\n  data_ai", "profile"),
        ("# only a comment", "profile"),
    ];
    for (text, kind) in cases {
        let name = "no-final-newline.yaml";
        let error = if kind == "pack" {
            parse_pack(text, name).map(|_| ()).expect_err(text)
        } else {
            Profile::parse(text, name).map(|_| ()).expect_err(text)
        };
        assert_diagnostics(&error, name, Some(text), &format!("{kind} {text:?}"));
        for diagnostic in &error.0 {
            assert!(
                !diagnostic.message.contains(" at line "),
                "{kind} {text:?}: the message carries its own place: {diagnostic}"
            );
        }
    }
}

/// An article of one word repeated, with no option named and no full stop,
/// and hundreds of bases of that word repeated to every length: each stands
/// everywhere and speaks of nothing. Looking for a place that speaks of its
/// option is bounded, the refusals are reported in full, and no message
/// repeats the page-long "sentence" they stand in.
#[test]
fn bases_that_stand_everywhere_and_speak_of_nothing_are_refused_in_bounded_time() {
    let factors: String = (0..400)
        .map(|f| {
            let words = vec!["a"; 1 + f % 200].join(" ");
            format!(
                "  - {{ id: f{f}, name: F, summary: a a, ratings: {{ p: {{ rating: 1, basis: '{words}' }}, q: {{ rating: 2, basis: '{words} a' }} }} }}\n"
            )
        })
        .collect();
    let text = format!(
        "schema: 2\nid: t\ntitle: T\nsource: {{ publisher: P }}\nintro: \"{}\"\noptions:\n  - {{ id: p, name: P1, tagline: t, summary: s }}\n  - {{ id: q, name: Q1, tagline: t, summary: s }}\nfactors:\n{factors}traits:\n  - {{ id: s, label: S, help: h, max: 10, raises: {{ f0: 1 }} }}\nclose_call: {{ margin: 5, text: a a }}\n",
        "a ".repeat(100_000)
    );
    let error = within("bases everywhere", move || {
        stackcompare::content::parse_pack(&text, "everywhere.yaml")
    })
    .expect_err("no basis speaks of its option");
    assert_eq!(error.0.len(), 101, "the first 100 and a count");
    for diagnostic in &error.0[..100] {
        assert!(
            diagnostic.message.contains("does not speak of"),
            "{diagnostic}"
        );
        assert!(
            diagnostic.message.len() < 1_000,
            "{}",
            diagnostic.message.len()
        );
        assert!(diagnostic.place.is_some(), "{diagnostic}");
    }
}

/// `check` of `path` under a real `ulimit -v` of `mib` MiB, as a user's
/// shell would set it: a run that needs more dies of a failed allocation.
fn check_within_memory(path: &Path, mib: usize) -> Ran {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -v {}; exec \"$0\" check \"$1\"",
            mib * 1024
        ))
        .arg(BIN)
        .arg(path)
        .stdin(Stdio::null());
    guarded(
        command,
        &format!("check {} under ulimit -v", path.display()),
    )
}

/// The minimal pack with `summary` as the first factor's summary, `extra`
/// before `sliders:` and `intro_tail` at the end of the intro.
fn minimal_with(summary: &str, extra: &str, intro_tail: &str) -> String {
    let base = fs::read_to_string(common::repo("tests/fixtures/valid/minimal.yaml"))
        .expect("minimal pack");
    base.replacen(
        "    summary: Python dominates data work.\n    ratings:",
        &format!("    summary: {summary}\n    ratings:"),
        1,
    )
    .replacen("traits:\n", &format!("{extra}traits:\n"), 1)
    .replacen(
        "Node.js shines at live connections.\n",
        &format!("Node.js shines at live connections. {intro_tail}\n"),
        1,
    )
}

#[test]
fn a_large_anchor_aliased_hundreds_of_times_is_refused_in_little_memory() {
    // 1 MB anchored once and aliased 300 times: copied out, 300 MB.
    let dir = tempdir();
    let copies: String = (0..300)
        .map(|i| {
            format!(
                "  - id: f{i}\n    name: F{i}\n    summary: *big\n    ratings:\n      python: {{ not_said: true }}\n      node: {{ not_said: true }}\n"
            )
        })
        .collect();
    let text = minimal_with(&format!("&big \"{}\"", "x".repeat(1 << 20)), &copies, "");
    let path = dir.path().join("aliased-300-times.yaml");
    fs::write(&path, &text).unwrap();
    // 40 MiB of address space, the binary's own included: under 40 times
    // the file. The copies alone would need 300.
    let ran = check_within_memory(&path, 40);
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert_no_panic(&ran.stderr, "aliased 300 times");
    let first = ran.stdout.lines().next().unwrap_or_default();
    assert!(
        first.contains("the alias `*big` copies its anchor once too often"),
        "{ran:?}"
    );
    // Refused at the alias whose copy crosses four times the file plus
    // 1 MiB: the sixth, five copies of 1 MiB being just under it.
    let line = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains("*big"))
        .nth(5)
        .map(|(at, _)| at + 1)
        .expect("a sixth alias");
    assert!(first.contains(&format!(":{line}:14: ")), "{first}");
}

#[test]
fn a_quotation_of_one_enormous_word_costs_little_memory() {
    // A 2 MiB word in the intro and quoted as a summary: found, and found
    // without an automaton the size of the word.
    let dir = tempdir();
    let word = "x".repeat(2 << 20);
    let text = minimal_with(&format!("\"{word}\""), "", &word);
    let path = dir.path().join("enormous-word.yaml");
    fs::write(&path, &text).unwrap();
    let ran = check_within_memory(&path, 48);
    assert_eq!(ran.code, Some(0), "{ran:?}");
    // Not in the article at all: the same, and said.
    let text = minimal_with(&format!("\"{word}\""), "", "");
    fs::write(&path, &text).unwrap();
    let ran = check_within_memory(&path, 48);
    assert_eq!(ran.code, Some(1), "{ran:?}");
    assert!(
        ran.stdout.contains("summary is not in the article"),
        "{ran:?}"
    );
}

#[test]
fn thousands_of_long_unknown_ids_get_their_suggestions_in_bounded_time() {
    // 2,000 factors of 64-letter ids and one slider raising 2,000 ids that
    // are each one letter off: every comparison of two such ids costs 4,096
    // steps, so suggestions must come from a short list, not a full scan.
    let id = |n: usize| format!("f{}{n:08}", "abcdefghij".repeat(6)[..55].to_owned());
    let mut text = String::from(
        "schema: 2\nid: long\ntitle: Long ids\nsource:\n  publisher: X\nintro: |\n  Python dominates data work.\noptions:\n  - id: python\n    name: Python\n    tagline: a\n    summary: b\n  - id: node\n    name: Node.js\n    tagline: a\n    summary: b\nfactors:\n",
    );
    for n in 0..2_000 {
        text.push_str(&format!(
            "  - id: {}\n    name: N{n}\n    summary: Python dominates data work.\n    ratings:\n      python: {{ rating: 10, basis: Python dominates data work }}\n      node: {{ not_said: true }}\n",
            id(n)
        ));
    }
    text.push_str("traits:\n  - id: s\n    label: S\n    help: h\n    max: 10\n    raises:\n");
    for n in 0..2_000 {
        // The first letter of the id changed: one edit away.
        text.push_str(&format!("      g{}: 1\n", &id(n)[1..]));
    }
    text.push_str("close_call:\n  margin: 10\n  text: Python dominates data work.\n");
    let dir = tempdir();
    let path = dir.path().join("long-ids.yaml");
    fs::write(&path, &text).unwrap();
    let report = assert_check_fails(&path, None, "unknown factor `gabc");
    let first = report.lines().next().unwrap_or_default();
    assert!(first.contains("(did you mean `fabcdefghij"), "{first}");
    assert!(report.contains("more problems"), "{report}");
}

/// Every unknown field is reported, each by parsing the file again without
/// the ones before it: a file of thousands stops after a hundred, in
/// bounded time, and every line still names its field and place.
#[test]
fn thousands_of_unknown_fields_are_reported_a_hundred_at_most() {
    let dir = tempdir();
    let mut text = fs::read_to_string(corpus("bom.yaml")).unwrap();
    for n in 0..5_000 {
        text.push_str(&format!("extra{n}: x\n"));
    }
    let path = dir.path().join("many-unknown.yaml");
    fs::write(&path, &text).unwrap();
    // The guard fails the test if `check` is still parsing after GUARD.
    let report = assert_check_fails(&path, None, "unknown field `extra0`");
    let lines: Vec<&str> = report.lines().collect();
    let (tail, fields) = lines[..lines.len() - 1].split_last().unwrap();
    assert!(
        (100..=101).contains(&fields.len()),
        "{} fields",
        fields.len()
    );
    assert!(
        fields
            .iter()
            .all(|line| line.contains("unknown field `extra")),
        "{report}"
    );
    assert!(
        tail.ends_with(": … and more unknown fields after these (fix the ones above first)"),
        "{tail}"
    );
}
