//! Broken packs through the public loading API.
//!
//! `tests/fixtures/broken/` holds copies of `valid/minimal.yaml`, each with
//! one deliberate problem that a comment at its top describes. The first three
//! lines of every broken fixture are that comment, so its lines line up with
//! `valid/minimal.yaml`. Each test names the line and column the problem must
//! be reported at, and checks that the fixture's text at that line is the one
//! the problem is on.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use stackcompare::content::{self, load_pack};
use stackcompare::diagnostic::{Diagnostic, Diagnostics, Place};

pub fn fixture(relative: &str) -> PathBuf {
    crate::common::repo("tests/fixtures").join(relative)
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
fn a_basis_about_another_option_is_refused() {
    check(
        "basis-about-another-option",
        &[at(
            27,
            26,
            "node: { rating: 4, basis: Python dominates data work }",
            &[
                "the basis of Node.js's rating on factor `data-ai` does not speak of Node.js",
                "it stands in “Python dominates data work.”, which speaks of Python",
                "or write `not_said: true`",
            ],
        )],
    );
}

#[test]
fn a_basis_that_names_no_option_needs_a_paragraph_about_its_option() {
    check(
        "basis-in-no-ones-paragraph",
        &[at(
            34,
            26,
            "basis: weigh what your team knows",
            &[
                "does not speak of Node.js",
                "which names no option, in a paragraph about Python and Node.js",
            ],
        )],
    );
}

#[test]
fn a_rating_not_said_takes_no_number() {
    check(
        "not-said-with-a-rating",
        &[at(
            27,
            7,
            "node: { not_said: true, rating: 4 }",
            &["marked `not_said`, so it has no `rating` or `basis`"],
        )],
    );
}

#[test]
fn a_rating_needs_its_basis() {
    check(
        "rating-without-basis",
        &[at(
            26,
            7,
            "python: { rating: 10 }",
            &["option `python` on factor `data-ai` has no `basis`"],
        )],
    );
}

#[test]
fn every_condition_that_cannot_hold_is_reported_at_its_place() {
    let line = "when: [ { realtime: on }";
    check(
        "bad-conditions",
        &[
            at(
                64,
                26,
                "data_ai: { at_least: 11 }",
                &["at_least 11 is more than `data_ai` can be (0–10): this never holds"],
            ),
            at(
                67,
                15,
                line,
                &["`on` tests a toggle, and `realtime` runs 0–10"],
            ),
            at(67, 31, line, &["an empty `all` group"]),
            at(67, 57, line, &["`team_js` cannot be above itself"]),
            at(
                67,
                79,
                line,
                &["unknown slider `realtme` (did you mean `realtime`?)"],
            ),
        ],
    );
}

#[test]
fn a_rule_without_conditions_is_refused() {
    check(
        "rule-without-when",
        &[at(
            64,
            5,
            "when: []",
            &["a rule with no `when` never applies"],
        )],
    );
}

#[test]
fn a_close_call_text_cannot_push_towards_an_option() {
    check(
        "close-call-bare-slider",
        &[at(
            70,
            45,
            "when: [realtime]",
            &[
                "a bare slider (`realtime`) pushes towards a rule's option, and a close call has none",
            ],
        )],
    );
}

#[test]
fn situations_name_what_the_pack_has() {
    check(
        "situation-problems",
        &[
            at(
                73,
                15,
                "values: { realtme: 3, data_ai: 12 }",
                &["unknown slider `realtme` (did you mean `realtime`?)"],
            ),
            at(
                73,
                27,
                "data_ai: 12",
                &["value 12 of `data_ai` is out of range 0–10"],
            ),
            at(
                74,
                14,
                "expect: [pyhton, close]",
                &["expect names unknown option `pyhton` (did you mean `python`?)"],
            ),
            at(
                75,
                15,
                "applies: [data-rule]",
                &["`applies` names unknown rule `data-rule`"],
            ),
        ],
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
fn bad_indentation_is_a_syntax_error_at_its_line() {
    check(
        "bad-indentation",
        &[at(
            15,
            14,
            "      tagline: Clarity and data",
            &["a `key:` cannot start here: the line is indented deeper than the key above it"],
        )],
    );
}

#[test]
fn a_source_url_that_is_not_a_web_address_is_refused() {
    check(
        "bad-url",
        &[at(
            9,
            3,
            "url: \"javascript:alert(1)\"",
            &["source.url `javascript:alert(1)` must be an http:// or https:// address"],
        )],
    );
}

#[test]
fn a_basis_in_other_letter_case_is_not_a_quotation() {
    check(
        "basis-not-quoted",
        &[at(
            34,
            26,
            "basis: node.js shines",
            &[
                "basis is not in the article word for word",
                "differs in letter case from \"Node.js shines at live connections.\"",
            ],
        )],
    );
}

#[test]
fn a_paraphrased_close_call_text_is_refused() {
    check(
        "close-call-not-quoted",
        &[at(
            70,
            3,
            "text: Both are fine; think about your team.",
            &[
                "close_call text is not in the article word for word",
                "nearest passage is \"Both are fine;\"",
            ],
        )],
    );
}

#[test]
fn default_above_max_is_reported_at_the_default() {
    check(
        "default-above-max",
        &[at(
            51,
            5,
            "default: 11",
            &["default 11 of slider `realtime` is above its max 10"],
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
fn duplicate_field_points_at_the_second_occurrence() {
    check(
        "duplicate-key",
        &[at(19, 5, "name: Nodejs", &["duplicate field `name`"])],
    );
}

#[test]
fn duplicate_rating_key_is_an_error() {
    check(
        "duplicate-rating",
        &[at(
            27,
            7,
            "python: { rating: 4",
            &["duplicate key `python`"],
        )],
    );
}

#[test]
fn empty_text_is_reported() {
    check(
        "empty-text",
        &[at(14, 5, "name: \"\"", &["option name is empty"])],
    );
}

#[test]
fn a_slider_max_above_100_is_refused() {
    check(
        "max-out-of-range",
        &[at(44, 5, "max: 101", &["max 101 is out of range 1–100"])],
    );
}

#[test]
fn missing_rating_is_reported_at_the_ratings() {
    check(
        "missing-rating",
        &[at(
            32,
            5,
            "ratings:",
            &[
                "factor `real-time` does not rate option `node`",
                "or `rated_by` a slider",
            ],
        )],
    );
}

#[test]
fn misspelt_field_gets_did_you_mean() {
    check(
        "misspelt-field",
        &[at(
            14,
            5,
            "nmae: Python",
            &["unknown field `nmae`", "(did you mean `name`?)"],
        )],
    );
}

#[test]
fn prose_is_not_a_pack() {
    check(
        "not-yaml",
        &[at(
            4,
            1,
            "Python or Node.js",
            &[
                "this is not a pack: a pack is a YAML mapping",
                "`schema: 2`",
            ],
        )],
    );
}

#[test]
fn a_null_title_is_no_text() {
    check(
        "null-title",
        &[at(
            6,
            8,
            "title: null",
            &["title: expected text, found nothing (null)"],
        )],
    );
}

#[test]
fn an_option_rated_twice_is_refused() {
    check(
        "rated-twice",
        &[at(
            40,
            7,
            "python: { rating: 5",
            &["option `python` is rated twice on factor `team`"],
        )],
    );
}

#[test]
fn rating_out_of_range_is_reported() {
    check(
        "rating-out-of-range",
        &[at(
            26,
            17,
            "rating: 11",
            &["rating 11 is out of range 0–10"],
        )],
    );
}

#[test]
fn a_rule_text_not_in_the_article_is_refused() {
    check(
        "rule-not-quoted",
        &[at(
            66,
            5,
            "text: Choose Node.js for live connections.",
            &[
                "rule text is not in the article word for word",
                "nearest passage is \"Node.js shines at live connections.\"",
            ],
        )],
    );
}

#[test]
fn several_problems_are_all_reported_each_at_its_line() {
    check(
        "several-problems",
        &[
            at(
                25,
                5,
                "ratings:",
                &["factor `data-ai` does not rate option `node`"],
            ),
            at(
                27,
                7,
                "nodejs:",
                &["`ratings` names unknown option `nodejs` (did you mean `node`?)"],
            ),
            at(
                46,
                15,
                "data-a: 2",
                &["unknown factor `data-a` (did you mean `data-ai`?)"],
            ),
            at(69, 3, "margin: 101", &["margin 101 is out of range 0–100"]),
        ],
    );
}

#[test]
fn every_unknown_field_comes_with_the_other_problems() {
    check(
        "unknown-fields-and-other-problems",
        &[
            at(
                14,
                5,
                "nmae: Python",
                &["unknown field `nmae`", "(did you mean `name`?)"],
            ),
            at(
                31,
                5,
                "weigth: 1",
                &["unknown field `weigth`", "(did you mean `weight`?)"],
            ),
            at(
                44,
                5,
                "maxx: 10",
                &["unknown field `maxx`", "(did you mean `max`?)"],
            ),
            at(
                45,
                5,
                "colour: 0",
                &["unknown field `colour`, expected one of"],
            ),
            at(
                46,
                15,
                "data-a: 2",
                &["unknown factor `data-a` (did you mean `data-ai`?)"],
            ),
            at(69, 3, "margin: 101", &["margin 101 is out of range 0–100"]),
        ],
    );
}

#[test]
fn a_slider_that_changes_nothing_is_refused() {
    check(
        "slider-changes-nothing",
        &[at(
            47,
            5,
            "- id: realtime",
            &["slider `realtime` neither raises a factor nor rates an option"],
        )],
    );
}

#[test]
fn a_summary_not_in_the_article_names_the_nearest_passage() {
    check(
        "summary-not-quoted",
        &[at(
            24,
            5,
            "summary: Python leads data work.",
            &[
                "summary is not in the article word for word",
                "nearest passage is \"Python dominates data work.\"",
            ],
        )],
    );
}

#[test]
fn too_many_options_stop_validation() {
    check(
        "too-many-options",
        &[at(
            12,
            1,
            "options:",
            &["a pack has 2 to 8 options; this one has 9"],
        )],
    );
}

#[test]
fn unknown_factor_in_raises_gets_did_you_mean() {
    check(
        "unknown-factor",
        &[at(
            52,
            15,
            "realtime: 2",
            &["unknown factor `realtime`", "(did you mean `real-time`?)"],
        )],
    );
}

#[test]
fn unknown_field_is_named() {
    check(
        "unknown-field",
        &[at(
            6,
            1,
            "author: Someone",
            &["unknown field `author`", "expected one of"],
        )],
    );
}

#[test]
fn unknown_option_in_ratings_gets_did_you_mean() {
    check(
        "unknown-option-rating",
        &[
            at(
                26,
                7,
                "pyhton:",
                &[
                    "`ratings` names unknown option `pyhton`",
                    "(did you mean `python`?)",
                ],
            ),
            at(
                25,
                5,
                "ratings:",
                &["factor `data-ai` does not rate option `python`"],
            ),
        ],
    );
}

#[test]
fn unknown_rating_slider_gets_did_you_mean() {
    check(
        "unknown-rating-slider",
        &[
            at(
                39,
                17,
                "team_pyton",
                &[
                    "`rated_by` names unknown slider `team_pyton`",
                    "(did you mean `team_python`?)",
                ],
            ),
            at(
                53,
                5,
                "- id: team_python",
                &["slider `team_python` neither raises a factor nor rates an option"],
            ),
        ],
    );
}

#[test]
fn unknown_slider_in_a_rule_gets_did_you_mean() {
    check(
        "unknown-rule-slider",
        &[at(
            64,
            12,
            "when: [data-ai]",
            &["unknown slider `data-ai`", "(did you mean `data_ai`?)"],
        )],
    );
}

#[test]
fn a_schema_1_pack_says_what_changed() {
    check(
        "wrong-schema",
        &[at(
            4,
            1,
            "schema: 1",
            &["schema 1 packs are no longer read", "see content/README.md"],
        )],
    );
}

#[test]
fn wrong_type_names_the_field_path() {
    check(
        "wrong-type",
        &[at(
            44,
            10,
            "max: ten",
            &["traits[0].max: expected a whole number, found the text \"ten\""],
        )],
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
        diagnostics[0].message.contains("schema: 2"),
        "{}",
        diagnostics[0]
    );
}

#[test]
fn comments_only_is_an_empty_pack() {
    let (_, diagnostics) = load_broken("comment-only");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert!(
        diagnostics[0].message.contains("missing field `schema`"),
        "{}",
        diagnostics[0]
    );
}

#[test]
fn several_documents_are_refused_at_the_second() {
    check(
        "several-documents",
        &[at(71, 1, "---", &["several YAML documents"])],
    );
}

#[test]
fn several_problems_come_in_file_order() {
    let (_, diagnostics) = load_broken("several-problems");
    let lines: Vec<usize> = diagnostics
        .iter()
        .filter_map(|d| d.place.map(|p| p.line))
        .collect();
    assert_eq!(lines, [25, 27, 46, 69]);
}

#[test]
fn every_broken_fixture_is_covered_and_explained() {
    let covered: BTreeSet<&str> = [
        "bad-id",
        "bad-indentation",
        "bad-url",
        "basis-not-quoted",
        "close-call-not-quoted",
        "comment-only",
        "default-above-max",
        "duplicate-id",
        "duplicate-key",
        "duplicate-rating",
        "empty",
        "empty-text",
        "bad-conditions",
        "basis-about-another-option",
        "basis-in-no-ones-paragraph",
        "close-call-bare-slider",
        "not-said-with-a-rating",
        "rating-without-basis",
        "rule-without-when",
        "situation-problems",
        "max-out-of-range",
        "missing-rating",
        "misspelt-field",
        "not-yaml",
        "null-title",
        "rated-twice",
        "rating-out-of-range",
        "rule-not-quoted",
        "several-documents",
        "several-problems",
        "slider-changes-nothing",
        "summary-not-quoted",
        "too-many-options",
        "unknown-factor",
        "unknown-field",
        "unknown-fields-and-other-problems",
        "unknown-option-rating",
        "unknown-rating-slider",
        "unknown-rule-slider",
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
