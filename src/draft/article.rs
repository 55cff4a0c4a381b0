//! Reading an article: its title, the paragraphs before the first heading,
//! and its sections, from plain text (a pasted web page: short title-like
//! lines over paragraphs) or markdown (`#` headings, blank lines between
//! paragraphs). Every word is kept; only runs of whitespace become one space.

/// A title-like line is at most this many characters …
const TITLE_CHARS: usize = 70;
/// … and this many words.
const TITLE_WORDS: usize = 10;

/// One paragraph or list item, its whitespace made single spaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    /// A list item (`- `, `* `, `+ `, `1. `): written one per line.
    pub item: bool,
}

/// A heading and what stands under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The article as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub title: String,
    pub intro: Vec<Block>,
    pub sections: Vec<Section>,
}

/// One line of the source, as it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line<'a> {
    Blank,
    /// A `#` heading, its marks taken off.
    Heading(&'a str),
    Item(&'a str),
    Text(&'a str),
}

/// Read `text` (already free of a byte-order mark and of `\r`). `None` when
/// it holds no words at all.
pub fn read(text: &str) -> Option<Article> {
    let lines: Vec<Line> = text.lines().map(classify).collect();
    // A pasted page has a paragraph a line; markdown (`#` headings, or a
    // blank line between paragraphs) may wrap a paragraph over lines.
    let wrapped = lines.iter().any(|line| matches!(line, Line::Heading(_)))
        || lines
            .windows(3)
            .any(|w| matches!(w, [Line::Text(_), Line::Blank, Line::Text(_)]));
    let mut article = Article {
        title: String::new(),
        intro: Vec::new(),
        sections: Vec::new(),
    };
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at];
        at += 1;
        let heading = match line {
            Line::Blank => continue,
            Line::Heading(words) => Some(words),
            Line::Text(words) if is_heading(words, &lines[at..], wrapped) => Some(words),
            _ => None,
        };
        if article.title.is_empty() {
            // The first line is the title, whatever it looks like.
            article.title = normalize(heading.unwrap_or(match line {
                Line::Item(words) | Line::Text(words) => words,
                _ => "",
            }));
            continue;
        }
        if let Some(words) = heading {
            article.sections.push(Section {
                title: normalize(words),
                blocks: Vec::new(),
            });
            continue;
        }
        let blocks = match article.sections.last_mut() {
            Some(section) => &mut section.blocks,
            None => &mut article.intro,
        };
        match line {
            Line::Item(words) => blocks.push(Block {
                text: normalize(words),
                item: true,
            }),
            Line::Text(words) => {
                // A wrapped paragraph's next line, or an item's continuation.
                let continues = wrapped
                    && at >= 2
                    && matches!(lines[at - 2], Line::Text(_) | Line::Item(_))
                    && !blocks.is_empty();
                match blocks.last_mut() {
                    Some(last) if continues => {
                        last.text.push(' ');
                        last.text.push_str(&normalize(words));
                    }
                    _ => blocks.push(Block {
                        text: normalize(words),
                        item: false,
                    }),
                }
            }
            _ => {}
        }
    }
    (!article.title.is_empty()).then_some(article)
}

fn classify(line: &str) -> Line<'_> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return Line::Blank;
    }
    let hashes = trimmed.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with(' ') {
        let words = trimmed[hashes..].trim().trim_end_matches('#').trim();
        if !words.is_empty() {
            return Line::Heading(words);
        }
    }
    if list_marker(trimmed) > 0 {
        Line::Item(trimmed)
    } else {
        Line::Text(trimmed)
    }
}

/// List items are told as the quotation check tells them.
pub use crate::content::list_marker;

/// A short line that reads as a title (no closing full stop, comma, colon
/// or semicolon) followed by a paragraph, standing alone when paragraphs
/// are wrapped.
fn is_heading(words: &str, after: &[Line], wrapped: bool) -> bool {
    let short =
        words.chars().count() <= TITLE_CHARS && words.split_whitespace().count() <= TITLE_WORDS;
    let open_ended = words.ends_with(['.', ',', ';', ':', '-', '—']);
    if !short || open_ended {
        return false;
    }
    let (alone, next) = match after {
        [Line::Blank, rest @ ..] => (true, rest.iter().find(|l| **l != Line::Blank)),
        [next, ..] => (false, Some(next)),
        [] => return false,
    };
    if wrapped && !alone {
        return false;
    }
    match next {
        Some(Line::Text(next)) => {
            next.chars().count() > TITLE_CHARS || next.ends_with(['.', '!', '?', ':'])
        }
        _ => false,
    }
}

/// `text` with every run of whitespace as one space, trimmed.
pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Article {
    /// Every block, each with the title of the section it is in (`None`
    /// for the intro), in reading order.
    pub fn blocks(&self) -> impl Iterator<Item = (Option<&str>, &Block)> {
        self.intro
            .iter()
            .map(|block| (None, block))
            .chain(self.sections.iter().flat_map(|s| {
                s.blocks
                    .iter()
                    .map(move |block| (Some(s.title.as_str()), block))
            }))
    }
}

/// The sentences of a block, as the pack's quotation check cuts them: each
/// ends at `.`, `!` or `?` before a space, or at the block's end; a list
/// item's marker belongs to none.
pub fn sentences(block: &Block) -> Vec<&str> {
    let text = &block.text[if block.item {
        list_marker(&block.text)
    } else {
        0
    }..];
    cut(text, |b| matches!(b, b'.' | b'!' | b'?'))
}

/// The clauses of a sentence: its parts between `;` and `:`.
pub fn clauses(sentence: &str) -> Vec<&str> {
    cut(sentence, |b| matches!(b, b';' | b':'))
}

/// `text` cut after each byte `ends` holds for that stands before a space.
fn cut(text: &str, ends: impl Fn(u8) -> bool) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if ends(byte) && bytes.get(at + 1).is_none_or(|&next| next == b' ') {
            pieces.push(text[start..=at].trim());
            start = at + 1;
        }
    }
    pieces.push(text[start..].trim());
    pieces.retain(|piece| !piece.is_empty());
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_page_has_a_paragraph_a_line_and_short_headings() {
        let article = read("A vs B\nIntro words here.\nAbout A\nA is fine.\n- x: y\n").unwrap();
        assert_eq!(article.title, "A vs B");
        assert_eq!(article.intro.len(), 1);
        assert_eq!(article.sections.len(), 1);
        assert_eq!(article.sections[0].title, "About A");
        assert_eq!(article.sections[0].blocks.len(), 2);
        assert!(article.sections[0].blocks[1].item);
    }

    #[test]
    fn markdown_wraps_paragraphs_and_marks_headings() {
        let text = "# A or B\n\nOne line\nand its next.\n\n## Speed\n\nA is fast.\nB is not.\n";
        let article = read(text).unwrap();
        assert_eq!(article.title, "A or B");
        assert_eq!(article.intro[0].text, "One line and its next.");
        assert_eq!(article.sections[0].title, "Speed");
        assert_eq!(article.sections[0].blocks[0].text, "A is fast. B is not.");
    }

    #[test]
    fn sentences_and_clauses_are_cut_as_the_check_cuts_them() {
        let block = Block {
            text: "- Speed: A wins; B.js is slow. Both work".into(),
            item: true,
        };
        assert_eq!(
            sentences(&block),
            ["Speed: A wins; B.js is slow.", "Both work"]
        );
        assert_eq!(
            clauses("Speed: A wins; B.js is slow."),
            ["Speed:", "A wins;", "B.js is slow."]
        );
    }

    #[test]
    fn nothing_but_whitespace_is_no_article() {
        assert_eq!(read(" \n\n\t\n"), None);
    }
}
