//! Quotations: every text the product presents as the article's words must
//! appear in the article word for word (runs of whitespace count as one
//! space; case and punctuation count).
//!
//! All quotations are found in one pass over the article: those of three
//! words or more by a table of their anchor words (`windows`), the rest (and
//! short ones whose anchor many share) with a multi-pattern matcher
//! (Aho-Corasick, `places`), so the cost grows with the size of the article
//! plus the quotations, never with their product. The matcher drops
//! the quotations it has found as it goes, so short ones that stand all over
//! the article are not reported again at every place.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::problems::Problems;

mod article;
mod nearest;
mod places;
mod windows;

use nearest::Nearest;

pub use article::{Article, Named, Part, Span, Speaks, list_marker};

/// Between the article's parts, so no quotation can run from one into the
/// next; cleaning removes control characters, so no text holds it.
pub const SEPARATOR: char = '\u{0}';

/// One text that must be a quotation, and where it sits.
#[derive(Debug, Clone)]
pub struct Quotation<'a> {
    path: Path<'a>,
    pub what: &'static str,
    pub text: &'a str,
}

/// A quotation's field path, written out only when a problem names it: a
/// pack holds tens of thousands of quotations and few problems.
#[derive(Debug, Clone)]
enum Path<'a> {
    Written(String),
    /// `head.index.tail`.
    Indexed {
        head: &'static str,
        index: usize,
        tail: &'static str,
    },
    /// `factors.factor.ratings.option.basis`.
    Basis {
        factor: usize,
        option: &'a str,
    },
}

impl<'a> Quotation<'a> {
    pub fn new(path: String, what: &'static str, text: &'a str) -> Self {
        Self {
            path: Path::Written(path),
            what,
            text,
        }
    }

    /// The quotation at `head.index.tail` (`factors.3.summary`).
    pub fn indexed(
        head: &'static str,
        index: usize,
        tail: &'static str,
        what: &'static str,
        text: &'a str,
    ) -> Self {
        Self {
            path: Path::Indexed { head, index, tail },
            what,
            text,
        }
    }

    /// The basis of `option`'s rating on factor number `factor`.
    pub fn basis(factor: usize, option: &'a str, text: &'a str) -> Self {
        Self {
            path: Path::Basis { factor, option },
            what: "basis",
            text,
        }
    }

    /// Its field path, `factors.3.summary`.
    pub fn path(&self) -> String {
        match &self.path {
            Path::Written(path) => path.clone(),
            Path::Indexed { head, index, tail } => format!("{head}.{index}.{tail}"),
            Path::Basis { factor, option } => format!("factors.{factor}.ratings.{option}.basis"),
        }
    }
}

/// `text` with every run of whitespace as one space, trimmed; borrowed when
/// it is so already, as most quotations are.
pub fn normalized(text: &str) -> Cow<'_, str> {
    if is_normal(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(normalize(text))
    }
}

/// Whether `text` has no whitespace but single spaces between words.
fn is_normal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    for (at, &byte) in bytes.iter().enumerate() {
        let space = match byte {
            b' ' => true,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => return false,
            // The lead bytes of every other whitespace character (U+0085,
            // U+00A0, U+1680, U+2000 to U+205F, U+3000): decoded to see.
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                if text[at..].chars().next().is_some_and(char::is_whitespace) {
                    return false;
                }
                false
            }
            _ => false,
        };
        if space && after_space {
            return false;
        }
        after_space = space;
    }
    !after_space || bytes.is_empty()
}

/// `text` with every run of whitespace as one space, trimmed.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Report every quotation that is empty or not in the article; where each
/// one is found, the span of one place it stands (`None` if nowhere).
pub fn check(
    article: &Article,
    quotations: &[Quotation],
    problems: &mut Problems,
) -> Vec<Option<Span>> {
    let haystack = article.haystack.as_str();
    // One pattern per distinct text: a pack quoting one line twice costs one.
    let mut patterns: Vec<Cow<str>> = Vec::new();
    let mut pattern_of: HashMap<Cow<str>, usize> = HashMap::new();
    let mut wanted = Vec::with_capacity(quotations.len());
    for quotation in quotations {
        let text = normalized(quotation.text);
        if text.is_empty() {
            wanted.push(None);
            continue;
        }
        let id = match pattern_of.get(text.as_ref()) {
            Some(&id) => id,
            None => {
                patterns.push(text.clone());
                pattern_of.insert(text, patterns.len() - 1);
                patterns.len() - 1
            }
        };
        wanted.push(Some(id));
    }
    drop(pattern_of);
    let patterns: Vec<&str> = patterns.iter().map(AsRef::as_ref).collect();
    let found = find_all(haystack, &patterns);
    let span = |id: usize| {
        found[id].map(|start| Span {
            start,
            end: start + patterns[id].len(),
        })
    };
    let spans: Vec<Option<Span>> = wanted.iter().map(|id| id.and_then(span)).collect();
    if spans.iter().all(Option::is_some) {
        return spans;
    }
    let mut nearest = Nearest::new(haystack);
    for (quotation, id) in quotations.iter().zip(wanted) {
        match id {
            None => problems.add(
                || quotation.path(),
                || format!("{} is empty", quotation.what),
            ),
            Some(id) if found[id].is_none() => problems.add(
                || quotation.path(),
                || nearest.message(quotation.what, patterns[id]),
            ),
            Some(_) => {}
        }
    }
    spans
}

/// Patterns longer than this (in bytes) are looked for one by one, not by
/// the automaton; a quotation this long is rare, and many of them cannot
/// fit in one file beside an article that holds them.
const LONG_BYTES: usize = 4096;

/// Places examined per article byte, at most, by `first_place_where`.
const PLACES_PER_BYTE: usize = 16;

/// For each of `texts`, the first place it stands in the article where
/// `wanted(text, place)` holds, each text looked for once, in one pass: for
/// the few quotations whose first place did not do. Texts of the same words
/// (the same quotation asked of several options) share one pattern, done
/// when each of them is. The pass examines at most a budget of places
/// proportional to the article, and asks `wanted` as many times at most, so
/// texts crafted to stand everywhere cost bounded time; those still
/// unmatched then stay `None`. A text longer than `LONG_BYTES` is looked
/// for at places that do not overlap (each starts past the end of the one
/// before), so that its search stays linear in the article: such a text
/// repeated within itself, overlapping, is rare.
pub fn first_place_where(
    article: &Article,
    texts: &[&str],
    mut wanted: impl FnMut(usize, Span) -> bool,
) -> Vec<Option<Span>> {
    let mut places = vec![None; texts.len()];
    let haystack = article.haystack.as_str();
    let fits = Fits::new(haystack);
    let mut budget = PLACES_PER_BYTE * haystack.len() + (1 << 20);
    let mut asked = budget;
    // As in `find_by_automaton`: what cannot stand in the article is not
    // looked for, the very long texts one by one, the rest by an automaton
    // (`waiting` lists the texts of each of its patterns).
    let mut waiting: Vec<Vec<usize>> = Vec::new();
    let mut patterns = Vec::new();
    let mut pattern_of: HashMap<String, usize> = HashMap::new();
    for (id, text) in texts.iter().map(|text| normalize(text)).enumerate() {
        if text.is_empty() || !fits.may_hold(&text) {
            continue;
        }
        if text.len() <= LONG_BYTES {
            match pattern_of.entry(text) {
                Entry::Occupied(entry) => waiting[*entry.get()].push(id),
                Entry::Vacant(entry) => {
                    patterns.push(entry.key().clone());
                    waiting.push(vec![id]);
                    entry.insert(waiting.len() - 1);
                }
            }
            continue;
        }
        for start in memchr::memmem::find_iter(haystack.as_bytes(), text.as_bytes()) {
            let span = Span {
                start,
                end: start + text.len(),
            };
            budget = budget.saturating_sub(1);
            if wanted(id, span) {
                places[id] = Some(span);
                break;
            }
            if budget == 0 {
                return places;
            }
        }
    }
    let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
    places::each_place(haystack, &patterns, &mut budget, |at, start| {
        let span = Span {
            start,
            end: start + patterns[at].len(),
        };
        waiting[at].retain(|&id| {
            if asked == 0 {
                return false;
            }
            asked -= 1;
            let done = wanted(id, span);
            if done {
                places[id] = Some(span);
            }
            !done
        });
        waiting[at].is_empty()
    });
    places
}

/// Where the patterns occur in `haystack`: most of three words or more by
/// their anchor words, the rest by the automaton.
fn find_all(haystack: &str, patterns: &[&str]) -> Vec<Option<usize>> {
    let mut found = vec![None; patterns.len()];
    let rest = windows::find_long(haystack, patterns, &mut found);
    find_by_automaton(haystack, patterns, &rest, &mut found);
    found
}

/// Mark where the patterns numbered in `ids` occur in `haystack`.
fn find_by_automaton(
    haystack: &str,
    patterns: &[&str],
    ids: &[usize],
    found: &mut [Option<usize>],
) {
    // The automaton's size grows with the patterns' bytes (one 5 MB word
    // would cost hundreds of megabytes of states): a pattern that cannot
    // stand in the article stays out, and the few very long ones are looked
    // for one by one.
    let fits = Fits::new(haystack);
    let (long, ids): (Vec<usize>, Vec<usize>) = ids
        .iter()
        .copied()
        .filter(|&id| fits.may_hold(patterns[id]))
        .partition(|&id| patterns[id].len() > LONG_BYTES);
    for id in long {
        found[id] = memchr::memmem::find(haystack.as_bytes(), patterns[id].as_bytes());
    }
    if ids.is_empty() {
        return;
    }
    let texts: Vec<&str> = ids.iter().map(|&id| patterns[id]).collect();
    let mut budget = usize::MAX;
    places::each_place(haystack, &texts, &mut budget, |at, start| {
        found[ids[at]] = Some(start);
        true
    });
}

/// What a normalized article can hold: nothing longer than itself, no word
/// longer than its longest.
struct Fits {
    bytes: usize,
    longest_word: usize,
}

impl Fits {
    fn new(haystack: &str) -> Self {
        let longest_word = haystack.split(' ').map(str::len).max().unwrap_or(0);
        Self {
            bytes: haystack.len(),
            longest_word,
        }
    }

    /// Whether normalized `pattern` may stand in the article.
    fn may_hold(&self, pattern: &str) -> bool {
        pattern.len() <= self.bytes
            && pattern
                .split(' ')
                .all(|word| word.len() <= self.longest_word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn misses(article: &[&str], texts: &[&str]) -> Vec<String> {
        let quotations: Vec<Quotation> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| Quotation::new(format!("q.{i}"), "quote", text))
            .collect();
        let parts: Vec<Part> = article
            .iter()
            .map(|&text| Part {
                text,
                heading: None,
            })
            .collect();
        let mut problems = Problems::default();
        let spans = check(&Article::new(&parts, &[]), &quotations, &mut problems);
        assert_eq!(
            spans.iter().filter(|s| s.is_none()).count(),
            problems.list.len()
        );
        problems
            .list
            .into_iter()
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    }

    #[test]
    fn whitespace_is_one_space_but_case_and_punctuation_count() {
        let article = [
            "Title",
            "Both are  solid,\nmature, and capable.\n\nNext one.",
        ];
        assert!(
            misses(
                &article,
                &["Both are solid, mature", "are solid,   mature,\tand"]
            )
            .is_empty()
        );
        assert_eq!(
            misses(&article, &["both are solid, mature"]),
            [
                "q.0: quote is not in the article word for word: it differs in letter case from “Both are solid, mature, and capable.” — differs at “Both” (the quotation has “both”)"
            ]
        );
        assert_eq!(
            misses(&article, &["Both are solid mature"]),
            [
                "q.0: quote is not in the article word for word; the nearest passage is “Both are solid, mature, and capable.” — the quotation leaves out “,” (U+002C) after “Both are solid”"
            ]
        );
    }

    #[test]
    fn a_quotation_never_spans_two_parts() {
        let article = ["The title", "The body"];
        assert_eq!(misses(&article, &["title The"]).len(), 1);
        assert!(misses(&article, &["The title", "The body"]).is_empty());
    }

    proptest! {
        /// Every quotation's span is its first place in the article, as a
        /// plain search finds it, on articles of few words where the word
        /// table, its shared anchors and the automaton all take part.
        #[test]
        fn check_agrees_with_a_plain_search(
            words in prop::collection::vec(prop::sample::select(vec!["a", "b", "ab", "ba", "c", "\n", "\n\n"]), 0..120),
            picks in prop::collection::vec((0usize..120, 1usize..9, 0usize..2), 1..60),
        ) {
            let text = words.join(" ");
            let parts = [Part { text: &text, heading: None }];
            let article = Article::new(&parts, &[]);
            let texts: Vec<String> = picks
                .iter()
                .map(|&(from, count, cut)| match words.get(from..from + count) {
                    Some(slice) => slice.join(" ")[cut..].to_owned(),
                    None => format!("z{from}"),
                })
                .collect();
            let quotations: Vec<Quotation> = texts
                .iter()
                .map(|text| Quotation::new("q".into(), "quote", text))
                .collect();
            let mut problems = Problems::default();
            let spans = check(&article, &quotations, &mut problems);
            for (text, span) in texts.iter().zip(spans) {
                let wanted = normalize(text);
                let plain = (!wanted.is_empty())
                    .then(|| article.haystack.find(&wanted))
                    .flatten()
                    .map(|start| Span { start, end: start + wanted.len() });
                prop_assert_eq!(span, plain, "{:?}", text);
            }
        }
    }

    proptest! {
        /// A text is borrowed as it is exactly when normalising leaves it so.
        #[test]
        fn normalized_is_normalize(parts in prop::collection::vec(prop::sample::select(vec![
            "a", "é", "日本", " ", "  ", "\t", "\n", "\r", "\u{85}", "\u{a0}", "\u{1680}",
            "\u{2009}", "\u{2028}", "\u{202f}", "\u{3000}", "\u{200b}", "\u{e2}",
        ]), 0..12)) {
            let text = parts.concat();
            let borrowed = matches!(normalized(&text), Cow::Borrowed(_));
            let (fast, plain) = (normalized(&text), normalize(&text));
            prop_assert_eq!(fast.as_ref(), plain.as_str());
            prop_assert_eq!(borrowed, plain == text);
        }
    }

    #[test]
    fn a_quotations_path_is_written_when_asked() {
        assert_eq!(
            Quotation::indexed("factors", 3, "summary", "summary", "x").path(),
            "factors.3.summary"
        );
        assert_eq!(
            Quotation::basis(2, "python", "x").path(),
            "factors.2.ratings.python.basis"
        );
        assert_eq!(
            Quotation::new("close_call.text".into(), "c", "x").path(),
            "close_call.text"
        );
    }

    proptest! {
        /// Each text's first place where `wanted` holds is the first such
        /// place a plain search finds, texts of the same words sharing a
        /// pattern or not.
        #[test]
        fn first_place_where_agrees_with_a_plain_search(
            words in prop::collection::vec(prop::sample::select(vec!["a", "b", "ab", "ba", "a\nb"]), 0..80),
            picks in prop::collection::vec((0usize..80, 1usize..4, 0usize..3), 1..40),
            modulus in 1usize..5,
        ) {
            let parts = [words.join(" "), words.concat()];
            let parts: Vec<Part> = parts.iter().map(|text| Part { text, heading: None }).collect();
            let article = Article::new(&parts, &[]);
            let texts: Vec<String> = picks
                .iter()
                .map(|&(from, count, spacing)| match words.get(from..from + count) {
                    Some(slice) => slice.join([" ", "  ", "\t"][spacing]),
                    None => format!("z{from}"),
                })
                .collect();
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let wanted = |id: usize, span: Span| (span.start + id).is_multiple_of(modulus);
            let haystack = article.haystack.as_str();
            let plain: Vec<Option<Span>> = texts
                .iter()
                .enumerate()
                .map(|(id, text)| {
                    let text = normalize(text);
                    (!text.is_empty()).then_some(())?;
                    (0..haystack.len())
                        .filter(|&at| haystack[at..].starts_with(&text))
                        .map(|start| Span { start, end: start + text.len() })
                        .find(|&span| wanted(id, span))
                })
                .collect();
            prop_assert_eq!(first_place_where(&article, &texts, wanted), plain);
        }
    }

    /// `first_place_where` over one part, every place asked of counted.
    fn places_asked(
        text: &str,
        texts: &[&str],
        wanted: impl Fn(Span) -> bool,
    ) -> (Vec<Option<Span>>, usize) {
        let parts = [Part {
            text,
            heading: None,
        }];
        let article = Article::new(&parts, &[]);
        let mut asked = 0;
        let places = first_place_where(&article, texts, |_, span| {
            asked += 1;
            wanted(span)
        });
        (places, asked)
    }

    #[test]
    fn an_empty_text_has_no_place_and_a_long_one_is_looked_for_alone() {
        let (places, asked) = places_asked("a b a", &["", "  \n", "a"], |_| true);
        assert_eq!(
            (places, asked),
            (vec![None, None, Some(Span { start: 0, end: 1 })], 1)
        );
        // Past `LONG_BYTES`, a text is looked for by itself, at places that
        // do not overlap: the next one starts past the end of the first.
        let text = "w ".repeat(2 * LONG_BYTES);
        let long = "w ".repeat(LONG_BYTES / 2 + 1);
        let long = long.trim_end();
        assert!(long.len() > LONG_BYTES);
        let (places, asked) = places_asked(&text, &[long], |span| span.start > 0);
        let start = long.len() + 1;
        let second = Span {
            start,
            end: start + long.len(),
        };
        assert_eq!((places, asked), (vec![Some(second)], 2));
    }

    #[test]
    fn the_places_asked_of_are_bounded_by_the_articles_size() {
        // A hundred texts that each stand at every one of 20,000 places,
        // none of them wanted: the pass asks of 16 places per byte and a
        // fixed million more, then gives up.
        let text = "a ".repeat(20_000);
        let texts: Vec<String> = (1..=100)
            .map(|words| "a ".repeat(words).trim_end().to_owned())
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (places, asked) = places_asked(&text, &texts, |_| false);
        assert!(places.iter().all(Option::is_none));
        // One space between words already: the article holds the text as
        // it is.
        assert_eq!(asked, PLACES_PER_BYTE * text.len() + (1 << 20));
        // The same text asked of a hundred options is one pattern whose
        // every place is asked of a hundred times: the same bound holds.
        let (_, asked) = places_asked(&text, &["a"; 100], |_| false);
        assert_eq!(asked, PLACES_PER_BYTE * text.len() + (1 << 20));
    }

    #[test]
    fn empty_quotations_are_reported_and_repeats_cost_one_pattern() {
        let article = ["a b c"];
        assert_eq!(misses(&article, &["  \n"]), ["q.0: quote is empty"]);
        assert!(misses(&article, &["b c", "b  c", "a"]).is_empty());
    }
}
