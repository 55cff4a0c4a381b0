//! `check --article SOURCE`: the pack's title, intro, sections and closing
//! against the published article, word for word; each drift an error at
//! the pack's word, line wrapping aside. And a quotation one character off
//! the article: its nearest passage whole, the character named.

use std::fs;
use std::path::Path;

use crate::common::{assert_no_panic, ok, path_str, repo, run, stderr, stdout, tempdir};

const PACK: &str = "content/python-vs-node.yaml";
const SEED: &str = "tests/fixtures/articles/python-vs-node.txt";

fn seed_article() -> String {
    fs::read_to_string(repo(SEED)).unwrap()
}

/// `check PACK --article` on `article` written to a file: the error lines.
fn drifts(article: &str) -> Vec<String> {
    let dir = tempdir();
    let file = dir.path().join("article.txt");
    fs::write(&file, article).unwrap();
    let output = run(&["check", PACK, "--article", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1), "a drift is an error");
    assert_no_panic(&stderr(&output));
    stdout(&output)
        .lines()
        .filter(|line| !line.ends_with(" found"))
        .map(str::to_owned)
        .collect()
}

/// The text of the pack file from `line:column` on, read from an error line.
fn pack_text_at(error: &str) -> String {
    let rest = error
        .strip_prefix(&format!("{PACK}:"))
        .expect("a pack error");
    let mut numbers = rest.splitn(3, ':');
    let line: usize = numbers.next().unwrap().parse().unwrap();
    let column: usize = numbers.next().unwrap().parse().unwrap();
    let text = fs::read_to_string(repo(PACK)).unwrap();
    text.lines()
        .nth(line - 1)
        .unwrap()
        .chars()
        .skip(column - 1)
        .collect()
}

#[test]
fn the_seed_pack_is_the_seed_article_word_for_word() {
    let out = ok(&["check", PACK, "--article", SEED]);
    assert!(out.starts_with("ok  content/python-vs-node.yaml"), "{out}");
}

#[test]
fn line_wrapping_and_blank_lines_do_not_count() {
    // Every paragraph wrapped at about 50 columns, blank lines between.
    let mut wrapped = String::new();
    for paragraph in seed_article().lines() {
        let mut width = 0;
        for word in paragraph.split_whitespace() {
            if width > 50 {
                wrapped.push('\n');
                width = 0;
            } else if width > 0 {
                wrapped.push(' ');
            }
            wrapped.push_str(word);
            width += word.len() + 1;
        }
        wrapped.push_str("\n\n");
    }
    let dir = tempdir();
    let file = dir.path().join("wrapped.md");
    fs::write(&file, wrapped).unwrap();
    ok(&["check", PACK, "--article", path_str(&file)]);
}

#[test]
fn every_drift_is_an_error_at_the_packs_word() {
    let article = seed_article()
        .replacen("which backend should", "which back end should", 1)
        .replacen("easier to find talent", "easier to hire talent", 1)
        .replacen(
            "Its greatest strength is efficiency",
            "Its strength is efficiency",
            1,
        );
    let errors = drifts(&article);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(
        errors[0].ends_with(
            "the title differs from the article at word 5: the pack has “backend”, the article “back end”"
        ),
        "{}",
        errors[0]
    );
    assert!(pack_text_at(&errors[0]).starts_with("backend should"));
    assert!(
        errors[1].contains(
            "the intro differs from the article at word 80: the pack has “find”, the article “hire”"
        ),
        "{}",
        errors[1]
    );
    assert!(pack_text_at(&errors[1]).starts_with("find talent"));
    assert!(
        errors[2].contains("section `node`'s body differs from the article at word 22: the pack has “greatest”, which the article does not"),
        "{}",
        errors[2]
    );
    assert!(pack_text_at(&errors[2]).starts_with("greatest strength"));
}

#[test]
fn punctuation_and_case_count() {
    let article = seed_article().replacen("Python vs Node.js:", "python vs Node.js", 1);
    let errors = drifts(&article);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].ends_with("the pack has “Python vs Node.js:”, the article “python vs Node.js”"),
        "{}",
        errors[0]
    );
}

#[test]
fn an_article_that_goes_on_or_stops_short_is_said() {
    let longer = format!("{}\nOne more paragraph at the end.\n", seed_article());
    let errors = drifts(&longer);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].ends_with(
            "the article goes on after the pack's text ends: “One more paragraph at the end.”"
        ),
        "{}",
        errors[0]
    );
    let article = seed_article();
    let cut = article.rsplit_once("\n").map_or("", |(head, _)| head);
    let cut = cut
        .trim_end()
        .rsplit_once("\n")
        .map_or("", |(head, _)| head);
    let errors = drifts(cut);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("the closing's body differs from the article at word"));
    assert!(
        errors[0].contains("which the article does not"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_text_that_parts_ways_stops_the_comparison() {
    let other = "Python vs Node.js: which backend should you choose?\n\
                 Something else entirely, written for another day and about nothing the pack says at all, \
                 going on and on for many words so that no three of them ever meet the pack's again here.\n";
    let errors = drifts(other);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("the intro differs from the article at word 1"));
    assert!(
        errors[0].contains("nothing after it was compared"),
        "{}",
        errors[0]
    );
}

#[test]
fn an_unreadable_or_empty_article_is_an_error_naming_it() {
    let dir = tempdir();
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, " \n\n").unwrap();
    let output = run(&["check", PACK, "--article", path_str(&empty)]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains(&format!("{}: the article is empty", path_str(&empty))),
        "{out}"
    );
    let missing = Path::new("no-such-article.txt");
    let output = run(&["check", PACK, "--article", path_str(missing)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("no-such-article.txt"));
    assert_no_panic(&stderr(&output));
    let binary = dir.path().join("binary.txt");
    fs::write(&binary, b"A vs B\0\x01\x02").unwrap();
    let output = run(&["check", PACK, "--article", path_str(&binary)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("binary data"));
}

#[test]
fn a_quotation_one_character_off_shows_its_passage_whole_and_the_character() {
    // The article's apostrophe made curly; the bases keep the straight one.
    let text = fs::read_to_string(repo(PACK)).unwrap();
    let (head, tail) = text.split_once("\nsections:").unwrap();
    let curly = format!(
        "{head}\nsections:{}",
        tail.replacen("team's knowledge", "team’s knowledge", 1)
    );
    let dir = tempdir();
    let file = dir.path().join("pack.yaml");
    fs::write(&file, curly).unwrap();
    let output = run(&["check", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    let errors: Vec<&str> = out.lines().filter(|l| l.contains("basis is not")).collect();
    assert!(!errors.is_empty(), "{out}");
    for error in errors {
        assert!(
            error.contains("; the nearest passage is “")
                && error.contains("team’s knowledge")
                && error.ends_with(
                    "— differs at “’” (U+2019) in “team’s” (the quotation has “'” (U+0027))"
                ),
            "{error}"
        );
        // The passage is whole: a sentence, not cut short.
        let passage = error.split('“').nth(1).unwrap().split('”').next().unwrap();
        assert!(!passage.ends_with('…'), "{passage}");
    }
}

#[test]
fn a_basis_inside_a_word_longer_than_a_page_is_refused_with_the_words_around_it() {
    // An address or a pasted blob: one "word" of thousands of bytes, the
    // basis deep inside it and about no option. Its sentence is shown cut
    // inside the word, around the basis.
    let text = fs::read_to_string(repo(
        "tests/fixtures/broken/basis-in-no-ones-paragraph.yaml",
    ))
    .unwrap();
    let blob = format!("{}yz{}", "x".repeat(1_000), "x".repeat(2_000));
    let pack = text
        .replace(
            "  Both are fine; weigh what your team knows.\n",
            &format!("  Both are fine; weigh what your team knows.\n\n  See {blob} here.\n"),
        )
        .replace("basis: weigh what your team knows", "basis: xxyzxx");
    let dir = tempdir();
    let file = dir.path().join("pack.yaml");
    fs::write(&file, pack).unwrap();
    let output = run(&["check", path_str(&file)]);
    assert_eq!(output.status.code(), Some(1));
    assert_no_panic(&stderr(&output));
    let out = stdout(&output);
    let error = out.lines().next().unwrap();
    assert!(
        error.contains(":36:26: the basis of Node.js's rating"),
        "{error}"
    );
    let shown = error.split('“').nth(1).unwrap().split('”').next().unwrap();
    assert!(shown.starts_with("…xxxxxxxx"), "{error}");
    assert!(shown.ends_with("xxxxxxxx…"), "{error}");
    assert!(shown.contains("xxyzxx") && shown.len() < 600, "{error}");
}
