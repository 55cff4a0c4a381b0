//! The markdown summary: its structure in a CommonMark+GFM parser, a golden
//! file for the article pack at a fixed profile, a pack whose every text
//! carries markup that must stay text, and writing it to files.
//! Refresh the golden file on purpose only:
//! `UPDATE_GOLDEN=1 cargo test --test cli golden`.

use std::fs;
use std::process::Stdio;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{ML_SERVICE, REALTIME_CHAT, assert_golden, json, sets, strs};
use crate::common::{
    assert_no_panic, command, fails, hidden_files, names, ok, path_str, run, stderr, tempdir,
};

#[derive(Debug, Default)]
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

#[derive(Debug, Default)]
struct Markdown {
    headings: Vec<(HeadingLevel, String)>,
    tables: Vec<Table>,
    /// Markup that came from a pack's text: HTML, code, emphasis, images.
    markup: Vec<String>,
    text: String,
    /// Footnotes referred to, and footnotes defined.
    references: Vec<String>,
    footnotes: Vec<String>,
}

fn parse_markdown(text: &str) -> Markdown {
    let mut doc = Markdown::default();
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut table: Option<Table> = None;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    for event in Parser::new_ext(text, options) {
        match event {
            Event::FootnoteReference(label) => {
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&format!("[^{label}]"));
                }
                doc.references.push(label.to_string());
            }
            Event::Start(Tag::FootnoteDefinition(label)) => doc.footnotes.push(label.to_string()),
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => doc.headings.extend(heading.take()),
            Event::Start(Tag::Table(_)) => table = Some(Table::default()),
            Event::End(TagEnd::Table) => doc.tables.extend(table.take()),
            Event::Start(Tag::TableHead | Tag::TableRow) => row.clear(),
            Event::End(TagEnd::TableHead) => {
                table.as_mut().unwrap().header = std::mem::take(&mut row)
            }
            Event::End(TagEnd::TableRow) => {
                table.as_mut().unwrap().rows.push(std::mem::take(&mut row))
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.extend(cell.take()),
            Event::Html(html) | Event::InlineHtml(html) => doc.markup.push(format!("html {html}")),
            Event::Code(code) => {
                // The summary's own code spans name the pack id and its digest.
                let own = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
                if !code.chars().all(own) {
                    doc.markup.push(format!("code {code}"));
                }
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&code);
                }
            }
            Event::Start(Tag::Emphasis | Tag::Strikethrough | Tag::Image { .. }) => {
                doc.markup.push(format!("{event:?}"))
            }
            Event::Text(t) => {
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&t);
                } else if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&t);
                }
                doc.text.push_str(&t);
            }
            _ => {}
        }
    }
    doc
}

/// The summary's sections; the rules' heading says whether any apply.
const SECTIONS: [&str; 7] = [
    "Verdict",
    "Your project",
    "Why",
    "Tipping points",
    "The article's rules",
    "Factors: this pack's reading of the article",
    "Receipt",
];

fn assert_summary_structure(markdown: &str, what: &str) -> Markdown {
    let pack = stackcompare::content::embedded();
    let doc = parse_markdown(markdown);
    let level = |wanted: HeadingLevel| -> Vec<&str> {
        doc.headings
            .iter()
            .filter(|(l, _)| *l == wanted)
            .map(|(_, t)| t.as_str())
            .collect()
    };
    assert_eq!(level(HeadingLevel::H1), [pack.title.as_str()], "{what}");
    let sections: Vec<&str> = level(HeadingLevel::H2)
        .into_iter()
        .map(|h| h.strip_suffix(" that apply").unwrap_or(h))
        .collect();
    assert_eq!(sections, SECTIONS, "{what}");
    // Every cut basis has its whole sentence as a footnote, each once.
    let mut references = doc.references.clone();
    references.sort();
    references.dedup();
    assert_eq!(references, doc.footnotes, "{what}");
    assert_eq!(doc.tables.len(), 4, "{what}: tables {:#?}", doc.tables);
    let options = pack.options.len();
    let check = |table: &Table, name: &str, rows: usize, columns: usize| {
        assert_eq!(
            table.header.len(),
            columns,
            "{what}: {name} header {table:?}"
        );
        assert_eq!(table.rows.len(), rows, "{what}: {name} rows {table:?}");
        for row in &table.rows {
            assert_eq!(row.len(), columns, "{what}: {name} row {row:?}");
        }
    };
    check(&doc.tables[0], "fits", options, 2);
    check(&doc.tables[1], "sliders", pack.sliders.len(), 3);
    check(&doc.tables[2], "tipping points", pack.sliders.len(), 3);
    check(&doc.tables[3], "factors", pack.factors.len(), options + 3);
    assert_eq!(doc.tables[0].header, ["Option", "Fit (0–100)"]);
    let labels: Vec<&str> = doc.tables[1].rows.iter().map(|r| r[0].as_str()).collect();
    let sliders: Vec<&str> = pack.sliders.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, sliders, "{what}");
    let names: Vec<&str> = pack.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(&doc.tables[3].header[2..2 + options], &names[..], "{what}");
    let factors: Vec<&str> = doc.tables[3].rows.iter().map(|r| r[0].as_str()).collect();
    let expected: Vec<&str> = pack.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(factors, expected, "{what}");
    assert!(
        doc.text.contains("The article gives no numbers"),
        "{what}: the ratings are said to be the pack's"
    );
    assert!(doc.markup.is_empty(), "{what}: {:?}", doc.markup);
    doc
}

#[test]
fn export_markdown_has_the_documented_structure() {
    let doc = assert_summary_structure(&ok(&["export"]), "defaults");
    // Fits in the table are the JSON fits, to a tenth on a close call (the
    // leader's less the runner-up's the lead); importance and ratings the
    // JSON factors'.
    let value = json(&[]);
    assert_eq!(value["verdict"]["kind"], "close_call");
    let mut shown = Vec::new();
    for (row, score) in doc.tables[0]
        .rows
        .iter()
        .zip(value["scores"].as_array().unwrap())
    {
        assert_eq!(row[0], score["name"].as_str().unwrap());
        assert!(
            row[1].contains('.'),
            "a close call's fits to a tenth: {row:?}"
        );
        let fit: f64 = row[1].parse().unwrap();
        assert!(
            (fit - score["fit"].as_f64().unwrap()).abs() < 0.1,
            "{row:?}"
        );
        shown.push(fit);
    }
    let lead = value["verdict"]["lead"].as_f64().unwrap();
    assert!(
        (shown[0] - shown[1] - lead).abs() < 1e-9,
        "{shown:?} vs {lead}"
    );
    let clear = assert_summary_structure(&ok(&["export", "--set", "data_ai=10"]), "python wins");
    let clear_json = json(&["--set", "data_ai=10"]);
    for (row, score) in clear.tables[0]
        .rows
        .iter()
        .zip(clear_json["scores"].as_array().unwrap())
    {
        assert_eq!(
            row[1],
            score["score"].to_string(),
            "a clear winner's fits are whole"
        );
    }
    for (row, factor) in doc.tables[3]
        .rows
        .iter()
        .zip(value["factors"].as_array().unwrap())
    {
        assert_eq!(row[1], factor["importance"].to_string());
        assert_eq!(row[2], factor["ratings"]["python"].to_string());
        assert_eq!(row[3], factor["ratings"]["node"].to_string());
    }
    // The bases come quoted, the pack's ratings beside them, with "…" where
    // the words are cut from a longer sentence and the sentence in a footnote.
    assert!(
        doc.tables[3].rows[0][4].contains("Node.js: “…Node.js is secondary on that ground”[^"),
        "{:?}",
        doc.tables[3].rows[0]
    );
    assert!(doc.text.contains(
        "The whole sentence: “Data and AI: Python dominates; Node.js is secondary on that ground.”"
    ));
    // Where the article says nothing, the pack says so.
    assert!(
        doc.tables[3].rows[3][4]
            .contains("Node.js: the article does not say; this pack's neutral reading"),
        "{:?}",
        doc.tables[3].rows[3]
    );
    assert_summary_structure(&ok(&["export", "--profile", REALTIME_CHAT]), "node wins");
}

#[test]
fn a_close_call_names_its_options_and_quotes_the_article() {
    let markdown = ok(&["export"]);
    assert!(
        markdown.contains("**Too close to call between Python and Node.js.**"),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "> both are solid, mature, and capable of powering anything from a small API to a large-scale system"
        ),
        "{markdown}"
    );
    let api = ok(&["export", "--set", "workload=3", "--set", "concurrency=2"]);
    assert!(
        api.contains("> For most applications, both perform more than well enough;"),
        "{api}"
    );
}

#[test]
fn summary_of_the_ml_service_profile_matches_the_golden_file() {
    let summary = ok(&["export", "--profile", ML_SERVICE]);
    assert_golden("ml-service.md", &summary);
    assert_eq!(
        summary,
        ok(&["export", "--profile", ML_SERVICE]),
        "same inputs, same bytes"
    );
}

#[test]
fn markup_in_a_pack_stays_text() {
    let markdown = ok(&["export", "--content", "tests/fixtures/valid/markup.yaml"]);
    let doc = parse_markdown(&markdown);
    assert!(
        doc.markup.is_empty(),
        "markup got through: {:?}\n{markdown}",
        doc.markup
    );
    let h1: Vec<&str> = doc
        .headings
        .iter()
        .filter(|(l, _)| *l == HeadingLevel::H1)
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        h1,
        ["# Title | with *stars* and `code` <script>alert(1)</script> second line"]
    );
    assert_eq!(
        doc.headings
            .iter()
            .filter(|(l, _)| *l == HeadingLevel::H2)
            .count(),
        7,
        "{markdown}"
    );
    let shapes: Vec<usize> = doc.tables.iter().map(|t| t.header.len()).collect();
    assert_eq!(shapes, [2, 3, 3, 5], "{markdown}");
    for table in &doc.tables {
        assert!(
            table.rows.iter().all(|row| row.len() == table.header.len()),
            "{markdown}"
        );
    }
    for expected in [
        "1. Factor | *f*",
        "> Quote | _u_ ~~s~~ [link](http://x) ![img](y)",
        "“…| \\ backslash…”",
    ] {
        assert!(
            doc.text.contains(expected),
            "missing {expected:?} in {:?}",
            doc.text
        );
    }
    for line in markdown.lines() {
        assert!(!line.starts_with('<'), "raw HTML line: {line}");
    }
}

#[test]
fn recommend_markdown_equals_export() {
    for scenario in [
        vec![],
        vec![("data_ai", 10)],
        vec![("team_js", 3), ("one_language", 1)],
    ] {
        let set = sets(&scenario);
        let mut recommend = vec!["recommend".to_owned(), "--format".into(), "markdown".into()];
        recommend.extend(set.clone());
        let mut export = vec!["export".to_owned()];
        export.extend(set);
        assert_eq!(ok(&strs(&recommend)), ok(&strs(&export)), "{scenario:?}");
    }
}

#[test]
fn export_prints_markdown_to_stdout() {
    let out = ok(&["export"]);
    assert!(out.starts_with("# Python vs Node.js"), "{out}");
    assert_eq!(out, ok(&["export", "-o", "-"]));
}

#[test]
fn export_to_a_file_never_overwrites_silently() {
    let dir = tempdir();
    let file = dir.path().join("summary.md");
    let target = path_str(&file);
    let output = run(&["export", "-o", target]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        output.stdout.is_empty(),
        "the summary goes to the file only"
    );
    assert_eq!(stderr(&output), format!("wrote {target}\n"));
    let first = fs::read_to_string(&file).unwrap();
    assert_eq!(first, ok(&["export"]));
    let err = fails(&["export", "-o", target, "--set", "data_ai=9"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), first, "file unchanged");
    assert!(
        hidden_files(dir.path()).is_empty(),
        "{:?}",
        names(dir.path())
    );
    let output = run(&["export", "-o", target, "--set", "data_ai=9", "--force"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        ok(&["export", "--set", "data_ai=9"])
    );
    assert_eq!(names(dir.path()), ["summary.md"]);
}

#[test]
fn export_to_dev_full_fails_cleanly() {
    let err = fails(&["export", "-o", "/dev/full"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/dev/full"), "{err}");
}

#[test]
fn a_full_stdout_fails_cleanly() {
    for args in [&["export"][..], &["recommend", "--format", "json"][..]] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let output = command(args)
            .stdout(Stdio::from(full))
            .output()
            .expect("the binary runs");
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert_no_panic(&err);
    }
}

#[test]
fn export_into_a_missing_folder_leaves_nothing() {
    let dir = tempdir();
    let file = dir.path().join("missing").join("summary.md");
    let err = fails(&["export", "-o", path_str(&file)], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
}

#[test]
fn export_onto_a_folder_fails_and_leaves_no_temporary_file() {
    let dir = tempdir();
    let folder = dir.path().join("out");
    fs::create_dir(&folder).unwrap();
    for force in [false, true] {
        let mut args = vec!["export", "-o", path_str(&folder)];
        if force {
            args.push("--force");
        }
        let err = fails(&args, 1);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(names(dir.path()), ["out"], "force: {force}");
        assert!(names(&folder).is_empty());
    }
}

/// A slider that names only one of its ends keeps that name in the summary's
/// range, at the end it names; sliders that name neither show a bare range.
#[test]
fn a_slider_naming_only_one_end_shows_that_end_in_its_range() {
    let minimal = fs::read_to_string(crate::common::repo("tests/fixtures/valid/minimal.yaml"))
        .unwrap()
        .replacen(
            "project is data work.\n",
            "project is data work.\n    low: none of it\n",
            1,
        )
        .replacen(
            "depends on live updates.\n",
            "depends on live updates.\n    high: all of it live\n",
            1,
        );
    let dir = tempdir();
    let pack = dir.path().join("ends.yaml");
    fs::write(&pack, &minimal).unwrap();
    let doc = parse_markdown(&ok(&["export", "--content", path_str(&pack)]));
    let table = doc
        .tables
        .iter()
        .find(|t| t.header.first().is_some_and(|h| h == "Slider"))
        .expect("the sliders' table");
    let range = |label: &str| {
        let row = table.rows.iter().find(|r| r[0] == label).expect(label);
        row[2].clone()
    };
    assert_eq!(range("Touches data or AI"), "0 (none of it) – 10");
    assert_eq!(range("Real-time features"), "0 – 10 (all of it live)");
    assert_eq!(range("Team knows Python"), "0–10");
}
