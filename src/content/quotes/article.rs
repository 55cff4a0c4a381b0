//! The article as quotations are found in it: one string of its parts,
//! whitespace made single spaces, and an index of its paragraphs, sentences
//! and clauses with the options each names, so a basis can be asked
//! whether it speaks of the option it rates, and which sentence it is cut
//! from.
//!
//! - a **block** is a paragraph (blank lines apart) or a list item, with the
//!   heading of its section;
//! - a **sentence** ends at `.`, `!` or `?` before a space, or at its block's end;
//! - a **clause** is a sentence, or a part of one between `;` or `:`.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::{SEPARATOR, normalize};
use crate::textkit::capitalise;

/// A set of options (a pack has at most eight) as a bit mask.
pub type Named = u8;

/// Longer "sentences" (a page without a full stop) are shown in part:
/// this many bytes around the quoted words.
const MAX_SENTENCE: usize = 1_000;
const CONTEXT: usize = 240;

/// Where a piece of the article sits in the haystack: `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy)]
struct Block {
    span: Span,
    /// The options its own text names.
    named: Named,
    /// The options its heading names.
    heading: Named,
}

#[derive(Debug, Clone, Copy)]
struct Clause {
    span: Span,
    named: Named,
    /// It says "both" or "either": it speaks of every option.
    both: bool,
}

/// One piece of the article text and the heading over it.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    pub text: &'a str,
    pub heading: Option<&'a str>,
}

/// The article, indexed.
#[derive(Debug)]
pub struct Article {
    /// Every part, whitespace normalised, each followed by `SEPARATOR`.
    pub haystack: String,
    blocks: Vec<Block>,
    sentences: Vec<Span>,
    clauses: Vec<Clause>,
}

/// What a quotation says of an option, judged by where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaks {
    /// Its clause names the option, or says "both"/"either", or names no
    /// option in a paragraph about this option alone.
    Yes,
    /// Its clause names these options, not this one.
    Others(Named),
    /// It names no option, and its paragraph speaks of these (none, or more
    /// than this one).
    Paragraph(Named),
}

impl Article {
    /// Index `parts`, naming an option where one of `names[o]` (its name
    /// and aliases) stands as a whole word.
    pub fn new(parts: &[Part], names: &[Vec<&str>]) -> Self {
        let mut article = Self {
            haystack: String::new(),
            blocks: Vec::new(),
            sentences: Vec::new(),
            clauses: Vec::new(),
        };
        // Each block's part, whose heading it sits under.
        let mut part_of = Vec::new();
        for (p, part) in parts.iter().enumerate() {
            // Each block is written into the haystack as it is read, its
            // words one space apart: the paragraphs and list items of the
            // part, one space between them.
            let mut open: Option<usize> = None;
            for line in part.text.lines() {
                let blank = line.trim().is_empty();
                if let Some(start) = open
                    && (blank || is_list_item(line))
                {
                    article.close_block(start, p, &mut part_of);
                    open = None;
                }
                if blank {
                    continue;
                }
                if open.is_none() {
                    if part_of.last() == Some(&p) {
                        article.haystack.push(' ');
                    }
                    open = Some(article.haystack.len());
                } else {
                    article.haystack.push(' ');
                }
                for (n, word) in line.split_whitespace().enumerate() {
                    if n > 0 {
                        article.haystack.push(' ');
                    }
                    article.haystack.push_str(word);
                }
            }
            if let Some(start) = open {
                article.close_block(start, p, &mut part_of);
            }
            article.haystack.push(SEPARATOR);
        }
        article.name_options(names, parts, &part_of);
        article
    }

    /// The block written into the haystack from `start` is done: record it
    /// and its sentences and clauses.
    fn close_block(&mut self, start: usize, part: usize, part_of: &mut Vec<usize>) {
        let span = Span {
            start,
            end: self.haystack.len(),
        };
        self.split(span);
        part_of.push(part);
        self.blocks.push(Block {
            span,
            named: 0,
            heading: 0,
        });
    }

    /// Record the sentences and clauses of the block at `span`; a list
    /// item's marker belongs to neither.
    fn split(&mut self, span: Span) {
        let text = &self.haystack[span.start..span.end];
        let bytes = text.as_bytes();
        let marker = list_marker(text);
        let (mut sentence, mut clause) = (marker, marker);
        for (at, &byte) in bytes.iter().enumerate().skip(marker) {
            let before_space = bytes.get(at + 1).is_none_or(|&next| next == b' ');
            if !before_space {
                continue;
            }
            let ends_sentence = matches!(byte, b'.' | b'!' | b'?') || at + 1 == bytes.len();
            let ends_clause = ends_sentence || matches!(byte, b';' | b':');
            if ends_clause {
                self.clauses.push(Clause {
                    span: Span {
                        start: span.start + clause,
                        end: span.start + at + 1,
                    },
                    named: 0,
                    both: false,
                });
                clause = at + 2;
            }
            if ends_sentence {
                self.sentences.push(Span {
                    start: span.start + sentence,
                    end: span.start + at + 1,
                });
                sentence = at + 2;
            }
        }
    }

    /// Which options each clause and block names, and which its heading
    /// does (each heading read once, however many blocks sit under it).
    fn name_options(&mut self, names: &[Vec<&str>], parts: &[Part], part_of: &[usize]) {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (option, list) in names.iter().enumerate().take(8) {
            for name in list.iter().filter(|name| !name.trim().is_empty()) {
                patterns.push(normalize(name));
                owners.push(1u8 << option);
            }
        }
        for word in ["both", "either"] {
            for variant in [word.to_owned(), capitalise(word)] {
                patterns.push(variant);
                owners.push(0);
            }
        }
        // A contiguous NFA: quick to build for the few names a pack has.
        let Ok(matcher) = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
        else {
            return;
        };
        let named_in = |text: &str| -> (Named, bool) {
            let (mut named, mut both) = (0, false);
            for hit in matcher.find_iter(text) {
                if !whole_word(text, hit.start(), hit.end()) {
                    continue;
                }
                match owners[hit.pattern().as_usize()] {
                    0 => both = true,
                    bit => named |= bit,
                }
            }
            (named, both)
        };
        for clause in &mut self.clauses {
            (clause.named, clause.both) =
                named_in(&self.haystack[clause.span.start..clause.span.end]);
        }
        let headings: Vec<Named> = parts
            .iter()
            .map(|part| part.heading.map_or(0, |text| named_in(&normalize(text)).0))
            .collect();
        let mut next_clause = 0;
        for (block, &part) in self.blocks.iter_mut().zip(part_of) {
            while let Some(clause) = self.clauses.get(next_clause) {
                if clause.span.start >= block.span.end {
                    break;
                }
                block.named |= clause.named;
                next_clause += 1;
            }
            block.heading = headings[part];
        }
    }

    /// What the text at `span` says of `option`.
    pub fn speaks(&self, span: Span, option: usize) -> Speaks {
        let bit: Named = if option < 8 { 1 << option } else { 0 };
        let clauses = overlapping(&self.clauses, span, |c| c.span);
        let named = clauses.iter().fold(0, |all, c| all | c.named);
        if named & bit != 0 || clauses.iter().any(|c| c.both) {
            return Speaks::Yes;
        }
        if named != 0 {
            return Speaks::Others(named);
        }
        let paragraph = overlapping(&self.blocks, span, |b| b.span)
            .iter()
            .fold(0, |all, b| all | b.named | b.heading);
        if paragraph == bit {
            Speaks::Yes
        } else {
            Speaks::Paragraph(paragraph)
        }
    }

    /// The whole sentence (or sentences) the text at `span` stands in.
    pub fn sentence(&self, span: Span) -> Span {
        let within = overlapping(&self.sentences, span, |s| *s);
        match (within.first(), within.last()) {
            (Some(first), Some(last)) => Span {
                start: first.start,
                end: last.end,
            },
            _ => span,
        }
    }

    /// The sentence the text at `span` stands in, as it is shown: whole when
    /// it is of a sentence's length, else the words around `span` with "…"
    /// where they are cut (a "sentence" of a whole page without a full stop
    /// is not worth repeating in every message and every export).
    pub fn sentence_text(&self, span: Span) -> String {
        let sentence = self.sentence(span);
        if sentence.end - sentence.start <= MAX_SENTENCE {
            return self.text(sentence).to_owned();
        }
        let from = span.start.saturating_sub(CONTEXT).max(sentence.start);
        let start = self.word_start(from, span.start);
        let end = self.word_end((span.end + CONTEXT).min(sentence.end), span.end);
        let before = if start > sentence.start { "…" } else { "" };
        let after = if end < sentence.end { "…" } else { "" };
        format!("{before}{}{after}", &self.haystack[start..end])
    }

    /// The start of the word at or after `at`, not past `limit` (a word
    /// longer than the context is cut where the context starts).
    fn word_start(&self, mut at: usize, limit: usize) -> usize {
        while !self.haystack.is_char_boundary(at) {
            at += 1;
        }
        let in_a_word = self.haystack[..at]
            .chars()
            .next_back()
            .is_some_and(|c| !is_break(c));
        match self.haystack[at..limit].find(is_break) {
            Some(space) if in_a_word => at + space + 1,
            _ => at,
        }
    }

    /// The end of the word at or before `at`, not before `limit`.
    fn word_end(&self, mut at: usize, limit: usize) -> usize {
        while !self.haystack.is_char_boundary(at) {
            at -= 1;
        }
        let in_a_word = self.haystack[at..]
            .chars()
            .next()
            .is_some_and(|c| !is_break(c));
        match self.haystack[limit..at].rfind(is_break) {
            Some(space) if in_a_word => limit + space,
            _ => at,
        }
    }

    /// The text at `span`.
    pub fn text(&self, span: Span) -> &str {
        &self.haystack[span.start..span.end]
    }
}

/// The items of a list sorted by start whose spans meet `span`.
fn overlapping<T>(items: &[T], span: Span, of: impl Fn(&T) -> Span) -> &[T] {
    let first = items.partition_point(|item| of(item).end <= span.start);
    let last = items.partition_point(|item| of(item).start < span.end.max(span.start + 1));
    &items[first..last.max(first)]
}

/// The paragraphs and list items of `text`, each with its whitespace
/// normalised: what `Article::new` writes into the haystack, as a plain
/// reference for the tests.
#[cfg(test)]
fn blocks(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut lines = text.lines().peekable();
    std::iter::from_fn(move || {
        let mut block = String::new();
        while let Some(line) = lines.peek() {
            let blank = line.trim().is_empty();
            if blank {
                lines.next();
                if block.is_empty() {
                    continue;
                }
                break;
            }
            if !block.is_empty() && is_list_item(line) {
                break;
            }
            block.push_str(line);
            block.push('\n');
            lines.next();
        }
        let block = normalize(&block);
        (!block.is_empty()).then_some(block)
    })
}

/// A line that starts a list item: `- `, `* `, `+ `, `1. `, `1) `.
fn is_list_item(line: &str) -> bool {
    list_marker(line.trim_start()) > 0
}

/// The length of the list marker (and its space) that starts `text`, or 0.
pub fn list_marker(text: &str) -> usize {
    if text.starts_with("- ") || text.starts_with("* ") || text.starts_with("+ ") {
        return 2;
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && (text[digits..].starts_with(". ") || text[digits..].starts_with(") ")) {
        digits + 2
    } else {
        0
    }
}

/// Whether `text[start..end]` is not part of a longer word.
/// Where one word of the haystack ends and the next begins: a space, or the
/// end of a part.
fn is_break(c: char) -> bool {
    c == ' ' || c == SEPARATOR
}

fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    !text[..start].chars().next_back().is_some_and(word)
        && !text[end..].chars().next().is_some_and(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(parts: &[(&str, Option<&str>)]) -> Article {
        let parts: Vec<Part> = parts
            .iter()
            .map(|&(text, heading)| Part { text, heading })
            .collect();
        Article::new(&parts, &[vec!["Python"], vec!["Node.js", "Node"]])
    }

    fn at(article: &Article, quote: &str) -> Span {
        let start = article.haystack.find(quote).expect("quoted");
        Span {
            start,
            end: start + quote.len(),
        }
    }

    proptest::proptest! {
        /// The haystack holds each part's blocks, normalised, one space
        /// apart, as a plain reading of them gives.
        #[test]
        fn the_haystack_is_each_blocks_words(texts in proptest::collection::vec(proptest::collection::vec(proptest::sample::select(vec![
            "a", "b.", "c;", "\n", "\n\n", " ", "  ", "\t", "\r\n", "- ", "* ", "1. ", "2) ", "\u{a0}", "\n  \n", "\n- x",
        ]), 0..16), 1..4)) {
            let texts: Vec<String> = texts.iter().map(|parts| parts.concat()).collect();
            let parts: Vec<Part> = texts.iter().map(|text| Part { text, heading: None }).collect();
            let article = Article::new(&parts, &[]);
            let mut plain = String::new();
            let mut spans = Vec::new();
            for text in &texts {
                for (index, block) in blocks(text).enumerate() {
                    if index > 0 {
                        plain.push(' ');
                    }
                    spans.push(Span { start: plain.len(), end: plain.len() + block.len() });
                    plain.push_str(&block);
                }
                plain.push(SEPARATOR);
            }
            proptest::prop_assert_eq!(&article.haystack, &plain);
            let found: Vec<Span> = article.blocks.iter().map(|block| block.span).collect();
            proptest::prop_assert_eq!(found, spans);
        }
    }

    #[test]
    fn the_haystack_is_the_parts_normalised() {
        let a = article(&[("A  title", None), ("One.\n\n- two\n- three\n\nfour", None)]);
        assert_eq!(a.haystack, "A title\0One. - two - three four\0");
    }

    #[test]
    fn a_clause_speaks_of_the_options_it_names() {
        let a = article(&[(
            "Data and AI: Python dominates; Node.js is secondary on that ground. Both are huge.",
            None,
        )]);
        let python = at(&a, "Python dominates");
        assert_eq!(a.speaks(python, 0), Speaks::Yes);
        assert_eq!(a.speaks(python, 1), Speaks::Others(0b01));
        let node = at(&a, "Node.js is secondary");
        assert_eq!(a.speaks(node, 1), Speaks::Yes);
        assert_eq!(a.speaks(node, 0), Speaks::Others(0b10));
        assert_eq!(a.speaks(at(&a, "are huge"), 0), Speaks::Yes);
        // Across the clauses, the union counts.
        assert_eq!(a.speaks(at(&a, "dominates; Node.js"), 0), Speaks::Yes);
    }

    #[test]
    fn an_option_named_in_two_clauses_is_named_once() {
        let a = article(&[("Python is clear; Python is slow. Node is fast.", None)]);
        let both = at(&a, "clear; Python is");
        assert_eq!(a.speaks(both, 0), Speaks::Yes);
        assert_eq!(a.speaks(both, 1), Speaks::Others(0b01));
    }

    #[test]
    fn a_clause_that_names_no_option_takes_its_paragraph_and_heading() {
        let a = article(&[
            (
                "It is the dominant language.\n\nIt is everywhere. Node is younger.",
                Some("Python: clarity"),
            ),
            ("It is fast.", None),
        ]);
        assert_eq!(a.speaks(at(&a, "the dominant language"), 0), Speaks::Yes);
        assert_eq!(
            a.speaks(at(&a, "the dominant language"), 1),
            Speaks::Paragraph(0b01)
        );
        // Its paragraph names Node too: it speaks of neither alone.
        assert_eq!(a.speaks(at(&a, "everywhere"), 0), Speaks::Paragraph(0b11));
        assert_eq!(a.speaks(at(&a, "is fast"), 0), Speaks::Paragraph(0));
    }

    #[test]
    fn names_count_as_whole_words_only() {
        let a = article(&[
            ("Pythonic code.", None),
            ("A Nodes graph.", None),
            ("Python's reach.", None),
        ]);
        assert_eq!(a.speaks(at(&a, "Pythonic code"), 0), Speaks::Paragraph(0));
        assert_eq!(a.speaks(at(&a, "Nodes graph"), 1), Speaks::Paragraph(0));
        assert_eq!(a.speaks(at(&a, "reach"), 0), Speaks::Yes);
    }

    #[test]
    fn the_sentence_of_a_cut_quotation_is_whole() {
        let a = article(&[(
            "Node.js, with its model, excels at I/O. Python shines; it is clear.\n- an item: with a colon",
            None,
        )]);
        let sentence = a.sentence(at(&a, "excels at I/O"));
        assert_eq!(a.text(sentence), "Node.js, with its model, excels at I/O.");
        let sentence = a.sentence(at(&a, "it is clear"));
        assert_eq!(a.text(sentence), "Python shines; it is clear.");
        let sentence = a.sentence(at(&a, "with a colon"));
        assert_eq!(a.text(sentence), "an item: with a colon");
    }

    #[test]
    fn a_sentence_of_a_page_is_shown_in_part() {
        let page = format!("{} the words {}", "lead ".repeat(400), "tail ".repeat(400));
        let a = article(&[(&page, None)]);
        let shown = a.sentence_text(at(&a, "the words"));
        assert!(shown.starts_with("…lead "), "{shown}");
        assert!(shown.ends_with(" tail…"), "{shown}");
        assert!(shown.contains("lead the words tail"), "{shown}");
        assert!(shown.len() < 2 * CONTEXT + 40, "{}", shown.len());
        let short = article(&[("A short one. The words here.", None)]);
        assert_eq!(short.sentence_text(at(&short, "words")), "The words here.");
    }

    #[test]
    fn a_quotation_across_two_paragraphs_takes_what_both_name() {
        let a = article(&[(
            "Python leads. It is clear.\n\nIt is fast. Python again.",
            None,
        )]);
        let across = at(&a, "It is clear. It is fast");
        assert_eq!(a.speaks(across, 0), Speaks::Yes);
        assert_eq!(a.speaks(across, 1), Speaks::Paragraph(0b01));
    }

    #[test]
    fn a_sentence_of_a_page_is_cut_at_whole_words_and_marked_only_where_cut() {
        // The cut before falls inside a word of seven bytes: that word goes.
        let page = format!(
            "{}the words {}",
            "leader ".repeat(200),
            "tailed ".repeat(200)
        );
        let a = article(&[(&page, None)]);
        let shown = a.sentence_text(at(&a, "the words"));
        let before = format!("…{}the words", "leader ".repeat(34));
        assert!(shown.starts_with(&before), "{shown}");
        assert!(shown.ends_with(" tailed…"), "{shown}");
        // Inside a character that starts a word: that word goes too.
        let page = format!(
            "{}éclair {}fillers the words {}",
            "lead ".repeat(100),
            "fill ".repeat(45),
            "tail ".repeat(400)
        );
        let a = article(&[(&page, None)]);
        let quoted = at(&a, "the words");
        assert_eq!(quoted.start - CONTEXT, page.find('é').unwrap() + 1);
        assert!(
            a.sentence_text(quoted).starts_with("…fill fill"),
            "{}",
            a.sentence_text(quoted)
        );
        // And inside the last character of a word after: that word goes.
        let page = format!(
            "the words {}café {}",
            "fill ".repeat(47),
            "tail ".repeat(400)
        );
        let a = article(&[(&page, None)]);
        let quoted = at(&a, "the words");
        assert_eq!(quoted.end + CONTEXT, page.find('é').unwrap() + 1);
        assert!(
            a.sentence_text(quoted).ends_with(" fill…"),
            "{}",
            a.sentence_text(quoted)
        );
        // Within the context of the sentence's start or end nothing is cut,
        // and nothing marked: not its first or last word either.
        let page = format!("First the words {}", "tail ".repeat(400));
        let a = article(&[(&page, None)]);
        let shown = a.sentence_text(at(&a, "the words"));
        assert!(shown.starts_with("First the words tail"), "{shown}");
        // Nor at a part's start or end, which no space marks.
        let a = article(&[("One.", None), (&page, None)]);
        let shown = a.sentence_text(at(&a, "the words"));
        assert!(shown.starts_with("First the words tail"), "{shown}");
        let page = format!("{}the words here.", "lead ".repeat(400));
        let a = article(&[(&page, None)]);
        let shown = a.sentence_text(at(&a, "the words"));
        assert!(shown.ends_with("lead the words here."), "{shown}");
        let a = article(&[(&page, None), ("One.", None)]);
        let shown = a.sentence_text(at(&a, "the words"));
        assert!(shown.ends_with("lead the words here."), "{shown}");
    }

    #[test]
    fn a_sentence_of_a_sentences_length_is_whole_wherever_it_stands() {
        let page = format!(
            "{}end. {}the words here.",
            "lead ".repeat(300),
            "mid ".repeat(150)
        );
        let a = article(&[(&page, None)]);
        let shown = a.sentence_text(at(&a, "the words"));
        assert_eq!(shown, format!("{}the words here.", "mid ".repeat(150)));
    }

    #[test]
    fn a_word_longer_than_the_context_is_cut_inside() {
        // A page of one word (an address, a blob) has no space to cut at:
        // it is cut where the context ends, never past the quotation.
        let page = format!("Intro. {} tail words here.", "a".repeat(3_000));
        let a = article(&[(&page, None)]);
        let quoted = Span {
            start: 1_500,
            end: 1_510,
        };
        let shown = a.sentence_text(quoted);
        assert_eq!(shown, format!("…{}…", "a".repeat(2 * CONTEXT + 10)));
    }

    #[test]
    fn a_list_marker_is_a_bullet_or_a_number_and_its_space() {
        for (text, length) in [
            ("- a", 2),
            ("* a", 2),
            ("+ a", 2),
            ("1. a", 3),
            ("123) a", 5),
            ("-a", 0),
            ("1.a", 0),
            (". a", 0),
            (") a", 0),
            ("a. b", 0),
            ("", 0),
        ] {
            assert_eq!(list_marker(text), length, "{text:?}");
        }
    }

    #[test]
    fn the_items_a_span_meets_are_those_it_shares_a_byte_with() {
        let items = [
            Span { start: 0, end: 3 },
            Span { start: 3, end: 5 },
            Span { start: 6, end: 9 },
        ];
        let met = |start, end| overlapping(&items, Span { start, end }, |s| *s).to_vec();
        assert_eq!(met(0, 3), &items[..1]);
        assert_eq!(met(2, 4), &items[..2]);
        assert_eq!(met(5, 6), []);
        // An empty span meets the item it stands in.
        assert_eq!(met(4, 4), &items[1..2]);
        assert_eq!(met(3, 3), &items[1..2]);
        assert_eq!(met(5, 5), []);
    }
}
