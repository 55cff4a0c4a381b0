//! `draft ARTICLE`: the seed article, articles written for these tests (three
//! options; markdown headings) and hostile input. A draft's only errors are
//! its marks; its golden file is `tests/golden/seed-draft.yaml`
//! (`UPDATE_GOLDEN=1 cargo test --test cli golden`).

use std::fs;

use stackcompare::content::{PackFile, yaml};

use crate::assert_golden;
use crate::common::{assert_no_panic, fails, ok, path_str, repo, run, stderr, tempdir};

const SEED: &str = "tests/fixtures/articles/python-vs-node.txt";
const THREE: &str = "tests/fixtures/articles/three-databases.txt";
const MARKDOWN: &str = "tests/fixtures/articles/markdown-queues.md";

/// The draft of `article`, read back as a pack file.
fn drafted(article: &str) -> (String, PackFile) {
    let text = ok(&["draft", article]);
    let file = yaml::from_str::<PackFile>(&text).expect("a draft is a pack file");
    (text, file)
}

/// `check` on `text` written to a file: every error line, and whether each
/// is a mark.
fn check_lines(text: &str) -> Vec<String> {
    let dir = tempdir();
    let file = dir.path().join("draft.yaml");
    fs::write(&file, text).unwrap();
    let output = run(&["check", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1), "a draft never passes");
    assert_no_panic(&stderr(&output));
    crate::common::stdout(&output)
        .lines()
        .filter(|line| !line.ends_with(" found"))
        .map(str::to_owned)
        .collect()
}

/// Every error `check` gives the draft is a mark.
fn only_marks(text: &str) -> usize {
    let lines = check_lines(text);
    for line in &lines {
        assert!(line.contains(" to decide"), "not a mark: {line}");
    }
    lines.len()
}

#[test]
fn golden_seed_draft() {
    assert_golden("seed-draft.yaml", &ok(&["draft", SEED]));
}

#[test]
fn the_seed_draft_finds_the_options_factors_rules_and_closing() {
    let (text, file) = drafted(SEED);
    let names: Vec<&str> = file.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Python", "Node.js"]);
    let factors: Vec<&str> = file.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        factors,
        [
            "Data and AI",
            "Real time",
            "Shared language",
            "Readability",
            "Performance",
            "Ecosystem"
        ]
    );
    let chooses: Vec<(&str, &str)> = file
        .rules
        .iter()
        .filter(|r| r.text.to_lowercase().starts_with("choose"))
        .map(|r| (r.option.as_str(), r.text.as_str()))
        .collect();
    assert_eq!(chooses.len(), 2, "{chooses:?}");
    assert_eq!(chooses[0].0, "python");
    assert!(
        chooses[0]
            .1
            .starts_with("choose Python if your project touches data")
    );
    assert_eq!(chooses[1].0, "node-js");
    assert!(
        chooses[1]
            .1
            .starts_with("Choose Node.js if you are building real-time")
    );
    let closing = file
        .closing
        .as_ref()
        .expect("the call to action is the closing");
    assert_eq!(closing.title, "Shall we talk about your project?");
    assert!(closing.body.contains("- Senior team, global B2B partner"));
    assert_eq!(file.source.publisher, "AxiomTech");
    assert!(
        file.sliders.iter().any(|s| s.label == "Touches data"),
        "a slider from \"if your project touches data\""
    );
    // Every rating, rule, slider and the close call waits on the author.
    let marks = only_marks(&text);
    let ratings = 6 * 2;
    assert_eq!(marks, ratings + file.sliders.len() + file.rules.len() + 1);
}

#[test]
fn the_draft_holds_the_article_word_for_word() {
    let (_, file) = drafted(SEED);
    let source = fs::read_to_string(repo(SEED)).unwrap();
    let mut pack_text = vec![file.title.clone(), file.intro.clone()];
    for section in &file.sections {
        pack_text.push(section.title.clone());
        pack_text.push(section.body.clone());
    }
    let closing = file.closing.unwrap();
    pack_text.extend([closing.title, closing.body]);
    let words = |text: &str| {
        text.split_whitespace()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(words(&pack_text.join("\n")), words(&source));
}

#[test]
fn a_three_option_article_drafts_with_marks_only() {
    let (text, file) = drafted(THREE);
    let names: Vec<&str> = file.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["PostgreSQL", "MongoDB", "SQLite"]);
    let factors: Vec<&str> = file.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        factors,
        [
            "Schema",
            "Scaling out",
            "Operations",
            "Queries",
            "Transactions"
        ]
    );
    let options: Vec<&str> = file.rules.iter().map(|r| r.option.as_str()).collect();
    assert_eq!(options, ["postgresql", "mongodb", "sqlite"]);
    assert!(file.closing.is_none(), "no call to action ends it");
    let lines = check_lines(&text);
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("rating to decide: how does PostgreSQL fare on Scaling out?")),
        "{lines:#?}"
    );
    only_marks(&text);
}

#[test]
fn markdown_headings_become_sections_and_factors() {
    let (text, file) = drafted(MARKDOWN);
    assert_eq!(file.title, "Kafka vs RabbitMQ");
    let sections: Vec<&str> = file.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(sections, ["Throughput", "Routing", "Replay", "Which one?"]);
    let factors: Vec<&str> = file.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(factors, ["Throughput", "Routing", "Replay"]);
    // Wrapped lines are one paragraph.
    assert!(
        file.intro
            .starts_with("Message brokers move work between services. Kafka and RabbitMQ are")
    );
    assert_eq!(file.rules.len(), 2);
    only_marks(&text);
}

#[test]
fn a_draft_is_written_as_export_writes() {
    let dir = tempdir();
    let out = dir.path().join("pack.yaml");
    let output = run(&["draft", SEED, "-o", path_str(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    assert_eq!(fs::read_to_string(&out).unwrap(), ok(&["draft", SEED]));
    let again = fails(&["draft", SEED, "-o", path_str(&out)], 1);
    assert!(
        again.contains("already exists, not overwritten (use --force"),
        "{again}"
    );
    let forced = run(&["draft", SEED, "-o", path_str(&out), "--force"]);
    assert_eq!(forced.status.code(), Some(0));
}

/// `draft` of a file holding `bytes`: its output, or its error.
fn draft_bytes(bytes: &[u8]) -> (Option<i32>, String, String) {
    let dir = tempdir();
    let file = dir.path().join("article.txt");
    fs::write(&file, bytes).unwrap();
    let output = run(&["draft", path_str(&file)]);
    let err = stderr(&output);
    assert_no_panic(&err);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        err,
    )
}

#[test]
fn hostile_articles_give_a_clear_error_or_a_sparse_draft() {
    let (code, _, err) = draft_bytes(b"");
    assert_eq!(code, Some(1));
    assert!(err.contains("article.txt: the article is empty"), "{err}");
    let (code, _, err) = draft_bytes(b"Just a title\n");
    assert_eq!(code, Some(1));
    assert!(err.contains("the article is one line"), "{err}");
    let (code, _, err) = draft_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe");
    assert_eq!(code, Some(1));
    assert!(
        err.contains("not valid UTF-8") || err.contains("binary"),
        "{err}"
    );
    let (code, _, err) = draft_bytes(b"Title\n\x00\x01 binary\n");
    assert_eq!(code, Some(1));
    assert!(err.contains("binary data"), "{err}");
    let big = "word ".repeat(8 * 1024 * 1024 / 5 + 1);
    let (code, _, err) = draft_bytes(big.as_bytes());
    assert_eq!(code, Some(1));
    assert!(err.contains("larger than"), "{err}");
}

#[test]
fn an_article_without_options_drafts_places_to_name_them() {
    let (code, text, err) =
        draft_bytes(b"Thoughts on tools\nsome words here.\nmore words, none named.\n");
    assert_eq!(code, Some(0), "{err}");
    let lines = check_lines(&text);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("option to decide: which technology")),
        "{lines:#?}"
    );
    only_marks(&text);
}

#[test]
fn crlf_and_a_byte_order_mark_draft_as_plain_lines() {
    let source = fs::read_to_string(repo(SEED)).unwrap();
    let windows = format!("\u{feff}{}", source.replace('\n', "\r\n"));
    let (code, text, err) = draft_bytes(windows.as_bytes());
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(text, ok(&["draft", SEED]));
}

#[test]
fn a_long_article_drafts_without_trouble() {
    // A megabyte of one paragraph repeated: many sentences, no options.
    let paragraph = "Caddy and Nginx both serve files. Caddy renews certificates; Nginx needs a tool for that.\n";
    let text = format!(
        "Caddy or Nginx\n{}",
        paragraph.repeat(1024 * 1024 / paragraph.len())
    );
    let (code, out, err) = draft_bytes(text.as_bytes());
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("name: \"Caddy\""));
}
