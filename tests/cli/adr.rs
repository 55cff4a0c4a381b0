//! `export --format adr`: golden decision records for a winner, a close
//! call and a group, their structure in a CommonMark+GFM parser, and a
//! small checker of the markdownlint default rules the record keeps.
//! Refresh the golden files on purpose only:
//! `UPDATE_GOLDEN=1 cargo test --test cli golden`.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::assert_golden;
use crate::common::{ok, path_str, tempdir};

const WINNER: [&str; 9] = [
    "export",
    "--format",
    "adr",
    "--set",
    "data_ai=7",
    "--set",
    "team_python=5",
    "--set",
    "concurrency=3",
];
const CLOSE_CALL: [&str; 7] = [
    "export",
    "--format",
    "adr",
    "--set",
    "data_ai=8",
    "--set",
    "team_js=10",
];

const TEAM: [&str; 3] = [
    "assets/profiles/team/lead.yaml",
    "assets/profiles/team/frontend.yaml",
    "assets/profiles/team/data.yaml",
];

fn group_args() -> Vec<&'static str> {
    let mut args = vec!["export", "--format", "adr"];
    args.extend(TEAM.iter().flat_map(|p| ["--profile", *p]));
    args
}

/// A section of the record: its heading, and the first words of each list
/// item under it.
#[derive(Debug)]
struct Section {
    level: HeadingLevel,
    title: String,
    items: Vec<String>,
}

fn sections(markdown: &str) -> Vec<Section> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    let mut sections: Vec<Section> = Vec::new();
    let mut in_heading = false;
    let mut item: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = true;
                sections.push(Section {
                    level,
                    title: String::new(),
                    items: Vec::new(),
                });
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::Item) => item = Some(String::new()),
            Event::End(TagEnd::Item) => {
                let section = sections.last_mut().expect("a list before any heading");
                section.items.extend(item.take());
            }
            Event::Text(text) | Event::Code(text) => {
                if in_heading {
                    sections.last_mut().unwrap().title.push_str(&text);
                } else if let Some(item) = item.as_mut() {
                    item.push_str(&text);
                }
            }
            Event::SoftBreak => {
                if let Some(item) = item.as_mut() {
                    item.push(' ');
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => panic!("HTML in the record: {html}"),
            _ => {}
        }
    }
    sections
}

/// The headings in order, as `## Title` lines.
fn outline(sections: &[Section]) -> Vec<String> {
    sections
        .iter()
        .map(|s| format!("{} {}", "#".repeat(s.level as usize), s.title))
        .collect()
}

fn section<'a>(sections: &'a [Section], title: &str) -> &'a Section {
    sections
        .iter()
        .find(|s| s.title.starts_with(title))
        .unwrap_or_else(|| panic!("no section {title}"))
}

/// The markdownlint default rules the record keeps, checked line by line:
/// MD041 and MD025 (one H1, first), MD001 (levels step by one), MD022
/// (blank lines around headings), MD032 (around lists), MD004 (`-` only),
/// MD009 (no trailing spaces), MD010 (no tabs), MD012 (no double blank),
/// MD013 (80 characters as UTF-16 counts them, unless nothing after the
/// limit could break), MD026 (no heading ending in punctuation), MD034 (no
/// bare address), MD047 (one final newline), MD031 and MD040 (fenced code
/// set off by blank lines and naming its language; inside it only the
/// line rules apply).
fn lint(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut say = |line: usize, rule: &str| problems.push(format!("{}: {rule}", line + 1));
    if !text.ends_with('\n') || text.ends_with("\n\n") {
        say(text.lines().count(), "MD047 one final newline");
    }
    let lines: Vec<&str> = text.lines().collect();
    let heading = |line: &str| {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        (hashes > 0 && line[hashes..].starts_with(' ')).then_some(hashes)
    };
    let item = |line: &str| line.starts_with("- ");
    let in_list = |line: &str| item(line) || line.starts_with("  ");
    if lines.first().and_then(|l| heading(l)) != Some(1) {
        say(0, "MD041 first line an H1");
    }
    // Which lines are a fence or inside one.
    let mut fenced = vec![false; lines.len()];
    let mut open = false;
    for (n, line) in lines.iter().enumerate() {
        if line.starts_with("```") {
            let opening = !open;
            open = !open;
            fenced[n] = true;
            let outside = if opening {
                n.checked_sub(1)
            } else {
                Some(n + 1)
            };
            if outside
                .and_then(|o| lines.get(o))
                .is_some_and(|l| !l.is_empty())
            {
                say(n, "MD031 blank lines around fenced code");
            }
            if opening && line.len() == 3 {
                say(n, "MD040 fenced code names its language");
            }
        }
        fenced[n] |= open;
    }
    let mut last_level = 0;
    for (n, line) in lines.iter().enumerate() {
        let before = n.checked_sub(1).map(|b| lines[b]);
        let after = lines.get(n + 1).copied();
        if fenced[n] {
            if line.ends_with(' ') {
                say(n, "MD009 trailing spaces");
            }
            if line.encode_utf16().count() > 80 {
                say(n, "MD013 line longer than 80");
            }
            continue;
        }
        if let Some(level) = heading(line) {
            if level == 1 && n > 0 {
                say(n, "MD025 one H1");
            }
            if level > last_level + 1 {
                say(n, "MD001 heading levels step by one");
            }
            last_level = level;
            if before.is_some_and(|b| !b.is_empty()) || after.is_some_and(|a| !a.is_empty()) {
                say(n, "MD022 blank lines around a heading");
            }
            if line.ends_with(['.', ',', ';', ':', '!']) {
                say(n, "MD026 heading ends in punctuation");
            }
        }
        if item(line) && before.is_some_and(|b| !b.is_empty() && !in_list(b)) {
            say(n, "MD032 blank line before a list");
        }
        if !line.is_empty() && !in_list(line) && before.is_some_and(in_list) {
            say(n, "MD032 blank line after a list");
        }
        if ["* ", "+ "]
            .iter()
            .any(|m| line.trim_start().starts_with(m))
        {
            say(n, "MD004 list markers are -");
        }
        if line.ends_with(' ') {
            say(n, "MD009 trailing spaces");
        }
        if line.contains('\t') {
            say(n, "MD010 hard tabs");
        }
        if line.is_empty() && before == Some("") {
            say(n, "MD012 one blank line");
        }
        let units: Vec<u16> = line.encode_utf16().collect();
        if units.len() > 80 {
            let beyond = String::from_utf16_lossy(&units[80..]);
            if beyond.contains(' ') {
                say(n, "MD013 line longer than 80");
            }
        }
        for scheme in ["http://", "https://"] {
            for (at, _) in line.match_indices(scheme) {
                if !line[..at].ends_with("(<") {
                    say(n, "MD034 bare address");
                }
            }
        }
    }
    problems
}

/// Every record: one H1, the MADR sections in order, lists where they are
/// expected, clean for markdownlint.
fn assert_record(markdown: &str, group: bool) -> Vec<Section> {
    assert_eq!(lint(markdown), Vec::<String>::new(), "{markdown}");
    let sections = sections(markdown);
    let mut expected = vec![
        "## Context and Problem Statement",
        "## Decision Drivers",
        "## Considered Options",
        "## Decision Outcome",
        "### Consequences",
        "## The article's rules that apply",
        "## Revisit when",
    ];
    if group {
        expected.push("## The people");
    }
    expected.extend([
        "## Pros and Cons of the Options",
        "### Python",
        "### Node.js",
        "## More Information",
        "## Receipt",
    ]);
    let mut outline = outline(&sections);
    assert!(outline.remove(0).starts_with("# "), "the title first");
    // Pros and cons name the options in ranking order.
    let at = outline.iter().position(|h| h == "### Node.js").unwrap();
    if outline[at - 1] == "## Pros and Cons of the Options" {
        outline.swap(at, at + 1);
    }
    assert_eq!(outline, expected);
    let status = &sections[0].items;
    assert_eq!(status[0], "Status: proposed");
    assert_eq!(status.len(), if group { 2 } else { 1 }, "{status:?}");
    assert_eq!(section(&sections, "Context").items.len(), 8, "every slider");
    assert!(!section(&sections, "Decision Drivers").items.is_empty());
    assert_eq!(section(&sections, "Considered Options").items.len(), 2);
    for consequence in &section(&sections, "Consequences").items {
        assert!(
            consequence.starts_with("Good, because") || consequence.starts_with("Bad, because"),
            "{consequence}"
        );
    }
    for option in ["Python", "Node.js"] {
        let pros = sections
            .iter()
            .find(|s| s.level == HeadingLevel::H3 && s.title == option)
            .unwrap();
        assert!(!pros.items.is_empty(), "{option}");
        for item in &pros.items {
            assert!(
                item.starts_with("Good: ") || item.starts_with("Bad: "),
                "{item}"
            );
        }
    }
    sections
}

#[test]
fn a_winner_record_matches_the_golden_file() {
    let record = ok(&WINNER);
    let sections = assert_record(&record, false);
    assert_eq!(sections[0].title, "Use Python for the backend");
    assert!(record.contains("\nChosen option: Python, fit"));
    let revisit = &section(&sections, "Revisit when").items;
    assert!(
        revisit
            .iter()
            .any(|i| i.starts_with("If “Touches data, ML or AI” falls to"))
    );
    assert_golden("adr-winner.md", &record);
}

#[test]
fn a_close_call_record_matches_the_golden_file() {
    let record = ok(&CLOSE_CALL);
    let sections = assert_record(&record, false);
    assert_eq!(
        sections[0].title,
        "Python or Node.js for the backend: too close to call"
    );
    let outcome = section(&sections, "Decision Outcome");
    assert!(outcome.items.iter().any(|i| i.ends_with(": Python.")));
    assert!(outcome.items.iter().any(|i| i.ends_with(": Node.js.")));
    assert!(!record.contains("Chosen option"));
    assert_golden("adr-close-call.md", &record);
}

#[test]
fn a_group_record_matches_the_golden_file() {
    let record = ok(&group_args());
    let sections = assert_record(&record, true);
    assert_eq!(
        sections[0].items[1],
        "Decision-makers: Lead, Frontend and data"
    );
    let people = section(&sections, "The people");
    assert!(people.items[0].starts_with("Lead: "));
    assert_golden("adr-group.md", &record);
}

#[test]
fn a_packs_markup_stays_text_and_the_record_stays_clean() {
    for pack in [
        "tests/fixtures/valid/markup.yaml",
        "tests/fixtures/valid/three-options.yaml",
        "tests/fixtures/valid/minimal.yaml",
    ] {
        let record = ok(&["export", "--format", "adr", "--content", pack]);
        // The title is the one line a pack's long option names can make too
        // long: a heading cannot wrap.
        let problems: Vec<String> = lint(&record)
            .into_iter()
            .filter(|p| !p.starts_with("1: MD013"))
            .collect();
        assert_eq!(problems, Vec::<String>::new(), "{pack}:\n{record}");
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        let mut links = 0;
        for event in Parser::new_ext(&record, options) {
            match event {
                Event::Html(html) | Event::InlineHtml(html) => panic!("{pack}: HTML {html}"),
                Event::Start(Tag::Emphasis | Tag::Strikethrough | Tag::Image { .. }) => {
                    panic!("{pack}: {event:?}")
                }
                Event::Start(Tag::Link { .. }) => links += 1,
                // The record's own code spans: the pack id and its digest.
                Event::Code(code) => {
                    let own = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
                    assert!(code.chars().all(own), "{code}")
                }
                _ => {}
            }
        }
        assert!(links <= 1, "{pack}: only the source is a link");
    }
}

#[test]
fn the_summary_stays_the_default_and_the_record_writes_to_a_file() {
    assert_eq!(ok(&["export"]), ok(&["export", "--format", "markdown"]));
    let dir = tempdir();
    let file = dir.path().join("0007-backend.md");
    let mut args = WINNER.to_vec();
    args.extend(["-o", path_str(&file)]);
    ok(&args);
    let written = std::fs::read_to_string(&file).expect("the record written");
    assert_eq!(written, ok(&WINNER));
}

#[test]
fn the_checker_sees_what_it_checks() {
    let bad = "intro\n# Title\n## A\ntext \n- item\nafter\n\n\n#### Deep\n* star\nsee http://x";
    let found = lint(bad).join("\n");
    for rule in [
        "MD041", "MD022", "MD009", "MD032", "MD012", "MD001", "MD004", "MD034", "MD047",
    ] {
        assert!(found.contains(rule), "{rule} not found in:\n{found}");
    }
    let long = format!("# T\n\n{}\n", "word ".repeat(20).trim());
    assert!(lint(&long).join("").contains("MD013"));
    let fences = "# T\n\ntext\n```\n- code\n  more\n```\nafter\n";
    let found = lint(fences).join("\n");
    assert!(
        found.contains("MD031") && found.contains("MD040"),
        "{found}"
    );
    assert!(!found.contains("MD032"), "code is not a list: {found}");
}
