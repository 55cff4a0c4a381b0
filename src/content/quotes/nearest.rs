//! For a quotation that is not in the article: the sentence it was most
//! likely meant to be, shown whole, and where the two part, so a curly
//! apostrophe typed straight (`’` for `'`) shows in a one-line message.

use std::collections::{HashMap, HashSet};

use super::SEPARATOR;

/// A passage longer than this (in characters) is shown around the
/// difference only: a pasted page may hold a "sentence" of thousands.
const MAX_PASSAGE_CHARS: usize = 300;
/// Characters each side of the difference kept when the passage is cut.
const AROUND: usize = 120;
/// Characters that must agree for a quotation to be set against a passage.
const MIN_AGREEMENT: usize = 4;
/// The longest stretch of either side compared to bring the two back in
/// step after the difference.
const MAX_STRETCH: usize = 40;

/// The article's sentences, indexed by the words in them, to name the
/// passage a failed quotation was probably meant to be.
pub struct Nearest<'a> {
    haystack: &'a str,
    /// Byte ranges of the sentences in `haystack`, trimmed.
    sentences: Vec<(usize, usize)>,
    by_word: HashMap<String, Vec<usize>>,
}

impl<'a> Nearest<'a> {
    pub fn new(haystack: &'a str) -> Self {
        Self {
            haystack,
            sentences: sentences(haystack),
            by_word: HashMap::new(),
        }
    }

    fn index(&mut self) {
        if !self.by_word.is_empty() {
            return;
        }
        for (n, &(start, end)) in self.sentences.iter().enumerate() {
            for word in words(&self.haystack[start..end]) {
                let list = self.by_word.entry(word).or_default();
                if list.last() != Some(&n) {
                    list.push(n);
                }
            }
        }
    }

    /// The sentence sharing the most words with `quotation`, with the ones
    /// after it in the same part when the quotation holds more than one.
    fn find(&mut self, quotation: &str) -> Option<&'a str> {
        self.index();
        let mut votes: HashMap<usize, usize> = HashMap::new();
        let mut seen = HashSet::new();
        for word in words(quotation) {
            if !seen.insert(word.clone()) {
                continue;
            }
            for &n in self.by_word.get(&word).map_or(&[][..], Vec::as_slice) {
                *votes.entry(n).or_default() += 1;
            }
        }
        let (best, _) = votes
            .iter()
            .max_by_key(|&(&n, &count)| (count, std::cmp::Reverse(n)))?;
        // A quotation of several sentences: the run of as many around the
        // best one that shares the most words, within one part.
        let wanted = sentences(quotation).len().max(1);
        let score = |from: usize| {
            let to = from + wanted - 1;
            let (_, end) = self.sentences[from];
            let (start, _) = self.sentences[to];
            let within = !self.haystack[end..start.max(end)].contains(SEPARATOR);
            within.then(|| {
                (from..=to)
                    .map(|n| votes.get(&n).copied().unwrap_or(0))
                    .sum::<usize>()
            })
        };
        let first = (best.saturating_sub(wanted - 1)..=*best)
            .filter(|&from| from + wanted <= self.sentences.len())
            .filter_map(|from| score(from).map(|votes| (from, votes)))
            .max_by_key(|&(from, votes)| (votes, std::cmp::Reverse(from)))
            .map_or(*best, |(from, _)| from);
        let last = (first + wanted - 1).min(self.sentences.len() - 1);
        let (start, _) = self.sentences[first];
        let (_, end) = self.sentences[last];
        let end = if self.haystack[start..end].contains(SEPARATOR) {
            self.sentences[first].1
        } else {
            end
        };
        Some(&self.haystack[start..end])
    }

    /// Why `quotation` (normalized) is not found, in one line.
    pub fn message(&mut self, what: &str, quotation: &str) -> String {
        let head = format!("{what} is not in the article word for word");
        let Some(passage) = self.find(quotation) else {
            return format!("{head}, and no passage shares its words");
        };
        let parted = difference(quotation, passage);
        let shown = shown(passage, parted.as_ref().map_or(0, |d| d.at));
        let marked = parted
            .filter(|d| !d.passage.trim().is_empty() || !d.quotation.trim().is_empty())
            .map_or_else(String::new, |d| {
                format!(" — {}", d.describe(passage, quotation))
            });
        if passage.to_lowercase().contains(&quotation.to_lowercase()) {
            format!("{head}: it differs in letter case from “{shown}”{marked}")
        } else {
            format!("{head}; the nearest passage is “{shown}”{marked}")
        }
    }
}

/// The passage whole, or around byte `at` when it is too long to read in
/// one line.
fn shown(passage: &str, at: usize) -> String {
    if passage.chars().count() <= MAX_PASSAGE_CHARS {
        return passage.to_owned();
    }
    let before: Vec<char> = passage[..at].chars().collect();
    let from = before.len().saturating_sub(AROUND);
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.extend(&before[from..]);
    let mut after = passage[at..].chars();
    out.extend(after.by_ref().take(AROUND));
    if after.next().is_some() {
        out.push('…');
    }
    out
}

/// Where a quotation and its passage part: the stretch of each that
/// differs, the passage's starting at byte `at`.
#[derive(Debug, PartialEq, Eq)]
struct Difference {
    at: usize,
    passage: String,
    quotation_at: usize,
    quotation: String,
}

impl Difference {
    /// "differs at “’” (U+2019) in “it’s” (the quotation has “'” (U+0027))"
    /// for a mark; at whole words when letters differ.
    fn describe(&self, passage: &str, quotation: &str) -> String {
        let (p_from, p_to) = trimmed(passage, self.at, self.at + self.passage.len());
        let end = self.quotation_at + self.quotation.len();
        let (q_from, q_to) = trimmed(quotation, self.quotation_at, end);
        let (theirs, ours) = (&passage[p_from..p_to], &quotation[q_from..q_to]);
        let their_word = word_around(passage, p_from, p_to);
        let our_word = word_around(quotation, q_from, q_to);
        let lettered = |text: &str| text.chars().any(char::is_alphanumeric);
        let whole = |stretch: &str, word: &str| stretch.is_empty() || stretch == word;
        if (lettered(theirs) || lettered(ours))
            && !(whole(theirs, their_word) && whole(ours, our_word))
        {
            return format!("differs at “{their_word}” (the quotation has “{our_word}”)");
        }
        if theirs.is_empty() || ours.is_empty() {
            let (what, text) = if theirs.is_empty() {
                ("adds", ours)
            } else {
                ("leaves out", theirs)
            };
            let before = words_before(passage, p_from);
            let after = if before.is_empty() {
                "at its start".to_owned()
            } else {
                format!("after “{before}”")
            };
            return format!("the quotation {what} {} {after}", named(text));
        }
        let within = if their_word == theirs {
            String::new()
        } else {
            format!(" in “{their_word}”")
        };
        format!(
            "differs at {}{within} (the quotation has {})",
            named(theirs),
            named(ours)
        )
    }
}

/// The byte range `from..to` of `text` without the spaces at its ends.
fn trimmed(text: &str, from: usize, to: usize) -> (usize, usize) {
    let piece = &text[from..to];
    let start = from + (piece.len() - piece.trim_start().len());
    (start, start + piece.trim().len())
}

/// `“’” (U+2019)` for one character, which may look like another; `“text”`
/// for more.
fn named(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_alphanumeric() || !c.is_ascii() => {
            format!("“{c}” (U+{:04X})", u32::from(c))
        }
        _ => format!("“{text}”"),
    }
}

/// Up to three words of `passage` before byte `at`.
fn words_before(passage: &str, at: usize) -> String {
    let before: Vec<&str> = passage[..at].split_whitespace().collect();
    before[before.len().saturating_sub(3)..].join(" ")
}

/// The word or words of `passage` holding bytes `start..end`.
fn word_around(passage: &str, start: usize, end: usize) -> &str {
    let from = passage[..start].rfind(' ').map_or(0, |at| at + 1);
    let to = passage[end..]
        .find(' ')
        .map_or(passage.len(), |at| end + at);
    &passage[from..to]
}

/// Where `quotation` and `passage` part, aligned where the quotation's
/// start (or, when its first characters differ, its end) agrees longest
/// with the passage; `None` when nothing of them agrees.
fn difference(quotation: &str, passage: &str) -> Option<Difference> {
    let q: Vec<(usize, char)> = quotation.char_indices().collect();
    let p: Vec<(usize, char)> = passage.char_indices().collect();
    let qc: Vec<char> = q.iter().map(|&(_, c)| c).collect();
    let pc: Vec<char> = p.iter().map(|&(_, c)| c).collect();
    let (start, prefix) = best_start(&qc, &pc);
    let reversed = |chars: &[char]| chars.iter().rev().copied().collect::<Vec<_>>();
    let (end_back, suffix) = best_start(&reversed(&qc), &reversed(&pc));
    // Fewer characters agreeing than this align nothing worth showing.
    if prefix.max(suffix) < MIN_AGREEMENT.min(qc.len()) {
        return None;
    }
    let (q_from, q_to, p_from, p_to) = if prefix >= suffix {
        let (x, y) = stretch(&qc[prefix..], &pc[start + prefix..]);
        (prefix, prefix + x, start + prefix, start + prefix + y)
    } else {
        // The same, read from the end.
        let (x, y) = stretch(
            &reversed(&qc)[suffix..],
            &reversed(&pc)[end_back + suffix..],
        );
        let (q_to, p_to) = (qc.len() - suffix, pc.len() - end_back - suffix);
        (q_to - x, q_to, p_to - y, p_to)
    };
    let byte = |chars: &[(usize, char)], text: &str, n: usize| {
        chars.get(n).map_or(text.len(), |&(b, _)| b)
    };
    let (pb_from, pb_to) = (byte(&p, passage, p_from), byte(&p, passage, p_to));
    let (qb_from, qb_to) = (byte(&q, quotation, q_from), byte(&q, quotation, q_to));
    Some(Difference {
        at: pb_from,
        passage: passage[pb_from..pb_to].to_owned(),
        quotation_at: qb_from,
        quotation: quotation[qb_from..qb_to].to_owned(),
    })
}

/// Where in `passage` the quotation's start agrees longest, and for how
/// many characters (the first such place).
fn best_start(quotation: &[char], passage: &[char]) -> (usize, usize) {
    let mut best = (0, 0);
    for start in 0..passage.len() {
        let agree = quotation
            .iter()
            .zip(&passage[start..])
            .take_while(|(a, b)| a == b)
            .count();
        if agree > best.1 {
            best = (start, agree);
        }
    }
    best
}

/// After the two part: how many characters of each differ before the
/// quotation's rest agrees with the passage again (the fewest in all); when
/// it never does within `MAX_STRETCH`, one each.
fn stretch(quotation: &[char], passage: &[char]) -> (usize, usize) {
    for total in 1..=2 * MAX_STRETCH {
        for x in total.saturating_sub(MAX_STRETCH)..=total.min(MAX_STRETCH) {
            let y = total - x;
            if x > quotation.len() || y > passage.len() {
                continue;
            }
            let rest = &quotation[x..];
            // A quotation that ends in the difference ends where the
            // passage goes on: its last characters stand for as many.
            if rest.is_empty() && y != x.min(passage.len()) {
                continue;
            }
            if passage[y..].starts_with(rest) {
                return (x, y);
            }
        }
    }
    (quotation.len().min(1), passage.len().min(1))
}

/// The sentences of `text` as trimmed byte ranges: each ends at `.`, `!`
/// or `?` before a space or the end ("Node.js" stays whole), at a `:`
/// there (a list's lead-in, whose items the article's text runs on into),
/// and at the separators between the article's parts.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        let piece = &text[from..to];
        let trimmed = piece.trim_matches(|c: char| c == SEPARATOR || c.is_whitespace());
        if !trimmed.is_empty() {
            let lead = piece.len()
                - piece
                    .trim_start_matches(|c: char| c == SEPARATOR || c.is_whitespace())
                    .len();
            out.push((from + lead, from + lead + trimmed.len()));
        }
    };
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, next)| next);
        let ends = c == SEPARATOR
            || (matches!(c, '.' | '!' | '?' | ':')
                && next.is_none_or(|n| n.is_whitespace() || n == SEPARATOR));
        if ends {
            let end = at + c.len_utf8();
            push(start, end);
            start = end;
        }
    }
    push(start, text.len());
    out
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(article: &str, quotation: &str) -> String {
        Nearest::new(article).message("basis", quotation)
    }

    /// The message for `quotation` ends with `tail`, where the two part.
    fn assert_marked(article: &str, quotation: &str, tail: &str) {
        let said = message(article, quotation);
        assert!(said.ends_with(tail), "{said}");
    }

    #[test]
    fn a_curly_apostrophe_is_named_and_the_passage_whole() {
        let article =
            "Intro here.\u{0}Node is quick. Teams say it’s fast and it stays fast under load.";
        assert_eq!(
            message(article, "it's fast and it stays"),
            "basis is not in the article word for word; the nearest passage is \
             “Teams say it’s fast and it stays fast under load.” — differs at “’” (U+2019) \
             in “it’s” (the quotation has “'” (U+0027))"
        );
    }

    #[test]
    fn a_word_added_left_out_or_changed_is_marked() {
        let article = "Python dominates data work today.";
        assert_marked(
            article,
            "Python dominates the data work",
            "— the quotation adds “the” after “Python dominates”",
        );
        assert_marked(
            article,
            "Python dominates work",
            "— the quotation leaves out “data” after “Python dominates”",
        );
        assert_marked(
            article,
            "Python rules data work",
            "— differs at “dominates” (the quotation has “rules”)",
        );
        // A difference at the very start is found from the end.
        assert_marked(
            article,
            "Rython dominates data work",
            "— differs at “Python” (the quotation has “Rython”)",
        );
    }

    #[test]
    fn a_long_passage_is_shown_around_the_difference() {
        let long = format!("{} it’s here {}.", "word ".repeat(200), "more ".repeat(200));
        let said = message(&long, "word word it's here more more");
        assert!(said.contains("“…word word"), "{said}");
        assert!(said.contains("it’s here more"), "{said}");
        assert!(said.chars().count() < 2 * MAX_PASSAGE_CHARS, "{said}");
    }

    #[test]
    fn a_quotation_over_two_sentences_is_shown_against_both() {
        let article = "First part. Python is clear. It reads well.\u{0}Other part.";
        let said = message(article, "Python is clear. It reads well!");
        assert!(said.contains("“Python is clear. It reads well.”"), "{said}");
        assert!(
            said.contains("differs at “.” (U+002E) in “well.” (the quotation has “!” (U+0021))"),
            "{said}"
        );
    }

    fn find(article: &str, quotation: &str) -> Option<String> {
        Nearest::new(article).find(quotation).map(str::to_owned)
    }

    #[test]
    fn the_sentence_sharing_most_words_is_found_and_the_first_of_equals() {
        let article = "Python reads data. Node reads sockets. Data, python reads.";
        assert_eq!(
            find(article, "python reads data fast").as_deref(),
            Some("Python reads data.")
        );
        assert_eq!(
            find(article, "node sockets").as_deref(),
            Some("Node reads sockets.")
        );
        // Words of one or two letters are no evidence.
        assert_eq!(find(article, "is it so"), None);
        assert_eq!(find("Python is fast. It is so.", "is it so"), None);
        assert_eq!(
            message(article, "is it so"),
            "basis is not in the article word for word, and no passage shares its words"
        );
    }

    #[test]
    fn a_word_counts_once_in_a_sentence_and_once_in_the_quotation() {
        let article = "Data data data data. Python reads data.";
        assert_eq!(
            find(article, "python reads data").as_deref(),
            Some("Python reads data.")
        );
        let article = "Data is big here. Python and Node.";
        assert_eq!(
            find(article, "data data data python node").as_deref(),
            Some("Python and Node.")
        );
    }

    #[test]
    fn a_run_of_sentences_is_taken_within_one_part() {
        // The best sentence is the second of the quotation's two: the run
        // starts one before it.
        let article = "Alpha beta gamma. Delta epsilon zeta. Other words here.";
        assert_eq!(
            find(article, "Alpha gamma. Delta epsilon zeta").as_deref(),
            Some("Alpha beta gamma. Delta epsilon zeta.")
        );
        // Across a part's end it does not: the best one and the one after.
        let article = "Alpha beta gamma.\u{0}Delta epsilon zeta. Other words here.";
        assert_eq!(
            find(article, "Alpha gamma. Delta epsilon zeta").as_deref(),
            Some("Delta epsilon zeta. Other words here.")
        );
        // Nor does a run that leaves the best sentence out, though its two
        // share more words than the best and the one after it.
        let article = "X words. Alpha beta. Gamma delta.\u{0}Alpha gamma delta. Unrelated here.";
        assert_eq!(
            find(article, "alpha gamma delta. beta gamma").as_deref(),
            Some("Alpha gamma delta. Unrelated here.")
        );
        // A run the article's end cuts short is what is left.
        let article = "Other words here. Alpha beta gamma.";
        assert_eq!(
            find(article, "Alpha beta gamma. Delta epsilon zeta. Eta theta.").as_deref(),
            Some("Alpha beta gamma.")
        );
    }

    #[test]
    fn sentences_end_at_marks_before_a_space_a_colon_and_a_part() {
        let text = "Choose: Python.  Node.js is fast! Why? Yes\u{0}\u{0} Next one";
        let got: Vec<&str> = sentences(text).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(
            got,
            [
                "Choose:",
                "Python.",
                "Node.js is fast!",
                "Why?",
                "Yes",
                "Next one"
            ]
        );
    }

    #[test]
    fn a_passage_is_cut_only_past_its_length_and_marked_where_cut() {
        let exact = "a".repeat(MAX_PASSAGE_CHARS);
        assert_eq!(shown(&exact, 10), exact);
        let long = "a".repeat(MAX_PASSAGE_CHARS + 1);
        assert_eq!(shown(&long, 10), format!("{}…", "a".repeat(10 + AROUND)));
        let at = long.len() - AROUND;
        assert_eq!(shown(&long, at), format!("…{}", "a".repeat(2 * AROUND)));
    }

    #[test]
    fn one_character_is_named_by_its_code_when_it_may_look_like_another() {
        assert_eq!(named("é"), "“é” (U+00E9)");
        assert_eq!(named(","), "“,” (U+002C)");
        assert_eq!(named("a"), "“a”");
        assert_eq!(named("ab"), "“ab”");
        assert_eq!(named(""), "“”");
    }

    #[test]
    fn where_the_two_part_is_told_in_words() {
        let article = "One two three four five.";
        assert_marked(
            article,
            "One two three four extra five",
            "— the quotation adds “extra” after “two three four”",
        );
        assert_marked(
            article,
            "big One two three four five.",
            "— the quotation adds “big” at its start",
        );
        // A mark that is a word alone is not said to be in a word.
        let article = "Fast — and light.";
        assert_marked(
            article,
            "Fast - and light.",
            "— differs at “—” (U+2014) (the quotation has “-” (U+002D))",
        );
        // Four characters agreeing are enough to set the two side by side;
        // nothing agreeing, and the passage is shown alone.
        let said = message("Node runs well.", "Node! runs!");
        assert!(said.contains("” — differs at "), "{said}");

        let article = "Python dominates data work.";
        assert_eq!(
            message(article, "zz data zz"),
            "basis is not in the article word for word; the nearest passage is \
             “Python dominates data work.”"
        );
    }

    #[test]
    fn the_quotation_is_set_where_its_start_first_agrees_longest() {
        let article = "Node runs fast and Node runs far.";
        assert_marked(
            article,
            "Node runs fat",
            "— differs at “fast” (the quotation has “fat”)",
        );
    }
}
