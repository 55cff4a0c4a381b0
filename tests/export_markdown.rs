//! The markdown summary: a golden file for the article pack at a fixed
//! profile, and a pack whose every text carries markup that must stay text.
//! Refresh the golden file on purpose only: `UPDATE_GOLDEN=1 cargo test --test export_markdown`.

use std::path::{Path, PathBuf};
use std::process::Command;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn export(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_stackcompare"))
        .arg("export")
        .args(args)
        .current_dir(ROOT)
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 markdown")
}

fn golden(name: &str) -> PathBuf {
    Path::new(ROOT).join("tests/golden").join(name)
}

#[test]
fn summary_of_the_ml_service_profile_matches_the_golden_file() {
    let summary = export(&["--profile", "assets/profiles/ml-service.yaml"]);
    let path = golden("ml-service.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &summary).expect("write the golden file");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        summary == expected,
        "the summary differs from tests/golden/ml-service.md; if the change is meant, \
         refresh it with UPDATE_GOLDEN=1 cargo test --test export_markdown\n{summary}"
    );
    // Same inputs, same bytes.
    assert_eq!(
        summary,
        export(&["--profile", "assets/profiles/ml-service.yaml"])
    );
}

#[derive(Default, Debug)]
struct Seen {
    headings: Vec<(HeadingLevel, String)>,
    /// Column count of each table's header, and of each of its rows.
    tables: Vec<(usize, Vec<usize>)>,
    markup: Vec<String>,
    text: String,
}

fn read(markdown: &str) -> Seen {
    let mut seen = Seen::default();
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut cells = 0;
    for event in Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => seen.headings.extend(heading.take()),
            Event::Start(Tag::Table(_)) => seen.tables.push((0, Vec::new())),
            Event::Start(Tag::TableHead | Tag::TableRow) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead) => seen.tables.last_mut().unwrap().0 = cells,
            Event::End(TagEnd::TableRow) => seen.tables.last_mut().unwrap().1.push(cells),
            // Anything but plain text that came from the pack is markup that got through.
            Event::Html(html) | Event::InlineHtml(html) => seen.markup.push(format!("html {html}")),
            // The summary's own code span names the pack id; nothing else may be code.
            Event::Code(code) if code.as_ref() != "markup" => {
                seen.markup.push(format!("code {code}"))
            }
            Event::Start(Tag::Emphasis) => seen.markup.push("emphasis".into()),
            Event::Start(Tag::Strikethrough) => seen.markup.push("strikethrough".into()),
            Event::Start(Tag::Image { .. }) => seen.markup.push("image".into()),
            Event::Text(text) => {
                if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&text);
                }
                seen.text.push_str(&text);
            }
            _ => {}
        }
    }
    seen
}

#[test]
fn markup_in_a_pack_stays_text() {
    let markdown = export(&["--content", "tests/fixtures/valid/markup.yaml"]);
    let seen = read(&markdown);
    assert!(
        seen.markup.is_empty(),
        "markup got through: {:?}\n{markdown}",
        seen.markup
    );
    // One H1 (the title, its newline a space) and the six sections.
    let h1: Vec<&str> = seen
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
        seen.headings
            .iter()
            .filter(|(l, _)| *l == HeadingLevel::H2)
            .count(),
        6,
        "{markdown}"
    );
    // Every table keeps its shape: 2 options + 2 columns in the factors table.
    let shapes: Vec<usize> = seen.tables.iter().map(|(header, _)| *header).collect();
    assert_eq!(shapes, [2, 3, 3, 4], "{markdown}");
    for (header, rows) in &seen.tables {
        assert!(
            rows.iter().all(|cells| cells == header),
            "a row lost its shape: {rows:?}\n{markdown}"
        );
    }
    // The texts arrive whole, as text.
    for expected in [
        "Says | *this* `code` <script>s</script> and that",
        "1. Factor | *f*",
        "> Quote | _u_ ~~s~~ [link](http://x) ![img](y)",
    ] {
        assert!(
            seen.text.contains(expected),
            "missing {expected:?} in {:?}",
            seen.text
        );
    }
    // Only the summary's own structure uses raw markdown: no line starts a block.
    for line in markdown.lines() {
        assert!(!line.starts_with("<"), "raw HTML line: {line}");
    }
}
