//! `check --article`: where a pack's copy of the article (title, intro,
//! sections, closing) drifts from the published text. Both are compared as
//! one run of words, so line wrapping and how the text is split into
//! sections do not count, and every word does, exactly. After a drift the
//! two are brought back in step, so each drift is its own error.

use super::article::Article;
use crate::content::Pack;
use crate::content::yaml::{Locator, place_of_offset};
use crate::diagnostic::{Diagnostic, Place};

/// Words that must agree again for the texts to be back in step.
const SYNC: usize = 3;
/// The most words either side may differ by in one drift; past it the
/// texts are taken to have parted ways.
const MAX_SKIP: usize = 60;
/// Drifts reported in full; past them the comparison stops.
const MAX_DRIFTS: usize = 20;
/// Words of a drift shown in its message.
const SHOWN_WORDS: usize = 12;

/// One word of the pack's article text: which field, and which word of it.
struct PackWord<'a> {
    field: usize,
    index: usize,
    word: &'a str,
}

/// Every place where the pack's article text is not `article`'s, word for
/// word, as errors in the pack file (`pack_text`, named `pack_name`).
pub fn drift(pack: &Pack, pack_text: &str, pack_name: &str, article: &Article) -> Vec<Diagnostic> {
    let fields = pack.article_fields();
    let ours: Vec<PackWord> = fields
        .iter()
        .enumerate()
        .flat_map(|(field, (_, text))| {
            text.split_whitespace()
                .enumerate()
                .map(move |(index, word)| PackWord { field, index, word })
        })
        .collect();
    let theirs = article_words(article);
    let report = Report {
        pack,
        fields: &fields,
        locator: Locator::new(pack_text),
        text: pack_text,
        name: pack_name,
        ours: &ours,
        theirs: &theirs,
    };
    let mut found = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < ours.len() && j < theirs.len() {
        if ours[i].word == theirs[j] {
            i += 1;
            j += 1;
            continue;
        }
        if found.len() == MAX_DRIFTS {
            found.push(report.at(
                i,
                "… and more drifts: the comparison stops here (mend the ones above first)".into(),
            ));
            return found;
        }
        match in_step_again(&ours, &theirs, i, j) {
            Some((skip_ours, skip_theirs)) => {
                found.push(report.drift(i..i + skip_ours, j..j + skip_theirs, ""));
                i += skip_ours;
                j += skip_theirs;
            }
            None => {
                let parted = format!(
                    " (the texts do not meet again within {MAX_SKIP} words: nothing after it was compared)"
                );
                let end = |at: usize, len: usize| (at + SHOWN_WORDS).min(len);
                found.push(report.drift(i..end(i, ours.len()), j..end(j, theirs.len()), &parted));
                return found;
            }
        }
    }
    if i < ours.len() {
        found.push(report.drift(i..ours.len(), j..j, ""));
    } else if j < theirs.len() {
        found.push(report.at(
            ours.len().saturating_sub(1),
            format!(
                "the article goes on after the pack's text ends: “{}”",
                shown(&theirs[j..])
            ),
        ));
    }
    found
}

/// The article's words in reading order: title, intro, then each
/// section's title and its blocks.
fn article_words(article: &Article) -> Vec<&str> {
    let mut words: Vec<&str> = article.title.split_whitespace().collect();
    for block in &article.intro {
        words.extend(block.text.split_whitespace());
    }
    for section in &article.sections {
        words.extend(section.title.split_whitespace());
        for block in &section.blocks {
            words.extend(block.text.split_whitespace());
        }
    }
    words
}

/// How many words each side skips to be in step again after a drift at
/// `i` (ours) and `j` (theirs): the fewest in all, `None` past `MAX_SKIP`.
fn in_step_again(ours: &[PackWord], theirs: &[&str], i: usize, j: usize) -> Option<(usize, usize)> {
    let agree = |x: usize, y: usize| {
        let n = SYNC.min(ours.len() - x).min(theirs.len() - y);
        let enough = n == SYNC || (x + n == ours.len() && y + n == theirs.len());
        enough && (0..n).all(|k| ours[x + k].word == theirs[y + k])
    };
    for total in 1..=2 * MAX_SKIP {
        for skip_ours in total.saturating_sub(MAX_SKIP)..=total.min(MAX_SKIP) {
            let skip_theirs = total - skip_ours;
            let (x, y) = (i + skip_ours, j + skip_theirs);
            if x <= ours.len() && y <= theirs.len() && agree(x, y) {
                return Some((skip_ours, skip_theirs));
            }
        }
    }
    None
}

/// At most `SHOWN_WORDS` of `words`, with `…` for the rest.
fn shown(words: &[&str]) -> String {
    let mut out = words[..words.len().min(SHOWN_WORDS)].join(" ");
    if words.len() > SHOWN_WORDS {
        out.push_str(" …");
    }
    out
}

/// What a drift's errors are built from.
struct Report<'a> {
    pack: &'a Pack,
    fields: &'a [(String, &'a str)],
    locator: Locator,
    text: &'a str,
    name: &'a str,
    ours: &'a [PackWord<'a>],
    theirs: &'a [&'a str],
}

impl Report<'_> {
    /// The error for our words `ours` where the article has `theirs`.
    fn drift(
        &self,
        ours: std::ops::Range<usize>,
        theirs: std::ops::Range<usize>,
        tail: &str,
    ) -> Diagnostic {
        let their_words = &self.theirs[theirs];
        let our_words: Vec<&str> = self.ours[ours.clone()].iter().map(|w| w.word).collect();
        let at = ours.start.min(self.ours.len().saturating_sub(1));
        let Some(first) = self.ours.get(at) else {
            return self.at(at, "the pack holds none of the article's text".into());
        };
        let head = format!(
            "{} differs from the article at word {}",
            self.label(first.field),
            first.index + 1 + usize::from(ours.start >= self.ours.len())
        );
        let message = match (our_words.is_empty(), their_words.is_empty()) {
            (false, false) => format!(
                "{head}: the pack has “{}”, the article “{}”{tail}",
                shown(&our_words),
                shown(their_words)
            ),
            (false, true) => format!(
                "{head}: the pack has “{}”, which the article does not{tail}",
                shown(&our_words)
            ),
            _ => format!(
                "{head}: the article has “{}” here, which the pack leaves out{tail}",
                shown(their_words)
            ),
        };
        self.at(at, message)
    }

    /// An error placed at our word `at` (at its field when the word cannot
    /// be found in the file).
    fn at(&self, at: usize, message: String) -> Diagnostic {
        let place = self.ours.get(at).and_then(|word| {
            let path = &self.fields[word.field].0;
            let key = self.locator.find(path)?;
            Some(word_place(self.text, key, word.index, word.word).unwrap_or(key))
        });
        Diagnostic::new(
            self.name,
            place.or_else(|| self.locator.find("title")),
            message,
        )
    }

    /// "the intro", "section `python`'s body".
    fn label(&self, field: usize) -> String {
        let path = &self.fields[field].0;
        let mut parts = path.split('.');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("sections"), Some(n), Some(what)) => {
                let id = n
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| self.pack.sections.get(n))
                    .map_or("", |s| s.id.as_str());
                format!("section `{id}`'s {what}")
            }
            (Some("closing"), Some(what), None) => format!("the closing's {what}"),
            (Some(what), ..) => format!("the {what}"),
            _ => "the article text".into(),
        }
    }
}

/// The place of word `index` (`word`) of the value whose key is at `key`,
/// read from the file: the words after the key's colon, a block scalar's
/// `|` or `>` and an opening quote left out. `None` when the word read
/// there is not `word` (an escape in a quoted value, say).
fn word_place(text: &str, key: Place, index: usize, word: &str) -> Option<Place> {
    let line_start = if key.line == 1 {
        0
    } else {
        text.match_indices('\n').nth(key.line - 2)?.0 + 1
    };
    let key_start = line_start
        + text[line_start..]
            .char_indices()
            .nth(key.column - 1)
            .map_or(0, |(at, _)| at);
    let value_start = key_start + text[key_start..].find(':')? + 1;
    let mut tokens = tokens(&text[value_start..]).peekable();
    if tokens
        .peek()
        .is_some_and(|(_, t)| t.starts_with(['|', '>']))
    {
        tokens.next();
    }
    let (at, token) = tokens.nth(index)?;
    let (lead, bare) = match token.strip_prefix(['"', '\'']) {
        Some(rest) if index == 0 => (1, rest),
        _ => (0, token),
    };
    bare.starts_with(word)
        .then(|| place_of_offset(text, value_start + at + lead))
}

/// The whitespace-separated tokens of `text`, each with its byte offset.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    let mut chars = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (at, c) in chars.by_ref() {
            match (c.is_whitespace(), start) {
                (true, Some(from)) => {
                    start = None;
                    return Some((from, &text[from..at]));
                }
                (false, None) => start = Some(at),
                _ => {}
            }
        }
        None
    })
}
