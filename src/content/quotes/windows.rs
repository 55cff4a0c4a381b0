//! A first pass for quotations of three words or more that stays fast on
//! large packs.
//!
//! The words of a quotation but the first and the last (those may be parts
//! of longer words) are whole words of the article wherever it occurs. A
//! quotation of at least `WINDOW + 2` words is anchored on the run of
//! `WINDOW` of them it shares with the fewest others, so quotations worded
//! alike do not pile onto one anchor; a shorter one, of three words or
//! more, on all its inner words (one to `WINDOW - 1` of them). The article
//! is read once, word by word, and at each run of words the quotations
//! anchored on exactly those words are compared byte for byte. A table
//! keyed by a hash of a few words stays small enough for the processor's
//! caches, where a byte-level automaton over every quotation of a
//! 100,000-factor pack (millions of states) does not, and costs nothing to
//! build; the automaton is kept for quotations of one or two words and as
//! the fallback.
//!
//! Every candidate is compared in full, so a hash collision costs time, never
//! a wrong answer. Work is bounded: past a budget proportional to the
//! article (quotations crafted to share anchors that occur everywhere), the
//! pass stops and leaves what it has not found to the automaton.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// How many whole words anchor a long quotation.
pub const WINDOW: usize = 4;

/// How many runs of a quotation are counted and chosen from.
const CHOICES: usize = 8;

/// How many quotations may share an anchor of fewer than `WINDOW` words.
const MOST_SHARED: u32 = 4;

/// Where in the article the parts meet; no window spans it.
const SEPARATOR: u8 = super::SEPARATOR as u8;

/// Bytes compared (up to the first that differs, with one more per
/// candidate) allowed per article byte before the pass gives up.
const BUDGET_PER_BYTE: usize = 16;

/// Mark in `found` where the patterns of three words or more occur in
/// `haystack` (a byte offset). Returns the patterns this pass leaves
/// undecided: those of one or two words always, and every one not yet found
/// when the budget ran out.
pub fn find_long(haystack: &str, patterns: &[&str], found: &mut [Option<usize>]) -> Vec<usize> {
    let mut undecided = Vec::new();
    // How many quotations hold each run of words: each is then anchored on
    // its least shared run, so quotations worded alike (many opening the
    // same way) spread over many anchors, not crowd a few. A few runs of
    // each, spread over it, are enough to choose from (a paragraph of 150
    // words need not count all its runs).
    let mut runs: Vec<(u64, usize, u8)> = Vec::new();
    let mut ends = Vec::with_capacity(patterns.len());
    let mut shared: HashMap<u64, u32, BuildHasherDefault<Premixed>> = HashMap::default();
    for pattern in patterns {
        for run in windows(pattern) {
            *shared.entry(run.0).or_default() += 1;
            runs.push(run);
        }
        ends.push(runs.len());
    }
    let mut anchors: Anchors = HashMap::default();
    let mut from = 0;
    for (id, end) in ends.into_iter().enumerate() {
        let choices = &runs[from..end];
        from = end;
        let anchor = choices
            .iter()
            .map(|&(key, lead, words)| (key, lead, words, shared.get(&key).copied().unwrap_or(0)))
            .min_by_key(|&(.., count)| count);
        match anchor {
            // An anchor of fewer words than `WINDOW` shared by many
            // quotations (a pack of few words) would compare them all at
            // every place its words stand: the automaton does better.
            Some((_, _, words, count)) if usize::from(words) < WINDOW && count > MOST_SHARED => {
                undecided.push(id);
            }
            Some((key, lead, words, _)) => {
                anchors
                    .entry(key)
                    .or_default()
                    .push(Candidate { id, lead, words })
            }
            None => undecided.push(id),
        }
    }
    if anchors.is_empty() {
        return undecided;
    }
    let budget = BUDGET_PER_BYTE * haystack.len() + (1 << 20);
    let lengths = anchors
        .values()
        .flatten()
        .fold(0u8, |set, c| set | 1 << c.words);
    if !scan(haystack, patterns, &mut anchors, lengths, found, budget) {
        undecided.extend(anchors.values().flatten().map(|c| c.id));
        undecided.sort_unstable();
    }
    undecided
}

/// A quotation waiting to be found: which one, how many bytes of it come
/// before its anchor words, and how many words the anchor has.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    id: usize,
    lead: usize,
    words: u8,
}

type Anchors = HashMap<u64, Vec<Candidate>, BuildHasherDefault<Premixed>>;

/// The runs of whole words a pattern may be anchored on, with their key,
/// lead (the bytes of the pattern before it) and number of words, first to
/// last: of its words but the first and the last, which may be parts of
/// longer article words, runs of `WINDOW` (`CHOICES` of them at most,
/// spread over the pattern), or all of them when there are fewer. None for a
/// pattern of fewer than three words.
fn windows(pattern: &str) -> impl Iterator<Item = (u64, usize, u8)> + '_ {
    let mut starts = Vec::new();
    let mut hashes = Vec::new();
    let mut at = 0;
    for word in pattern.split(' ') {
        starts.push(at);
        hashes.push(word_hash(word.as_bytes()));
        at += word.len() + 1;
    }
    let inner = hashes.len().saturating_sub(2);
    let width = inner.min(WINDOW);
    let runs = if width == 0 { 0 } else { inner - width + 1 };
    // At most `CHOICES` of them, spread from the first to the last.
    let chosen = runs.min(CHOICES);
    (0..chosen).map(move |n| {
        let first = 1 + if chosen > 1 {
            n * (runs - 1) / (chosen - 1)
        } else {
            0
        };
        let key = window_key(hashes[first..first + width].iter().copied());
        (key, starts[first], width as u8)
    })
}

/// Read the article word by word; false if the budget ran out first. Found
/// quotations leave the table, so an anchor shared by many shrinks as they
/// are found.
///
/// `lengths` holds a bit for each number of words an anchor has: at each
/// word, the runs of those lengths that end there are looked up.
fn scan(
    haystack: &str,
    patterns: &[&str],
    anchors: &mut Anchors,
    lengths: u8,
    found: &mut [Option<usize>],
    mut budget: usize,
) -> bool {
    let bytes = haystack.as_bytes();
    // The last WINDOW words of the current part: start and hash, in a ring.
    let mut ring = [(0usize, 0u64); WINDOW];
    let (mut count, mut start) = (0usize, 0usize);
    for at in 0..=bytes.len() {
        let end = at == bytes.len();
        let byte = if end { SEPARATOR } else { bytes[at] };
        if byte != b' ' && byte != SEPARATOR {
            continue;
        }
        if at > start {
            ring[count % WINDOW] = (start, word_hash(&bytes[start..at]));
            count += 1;
            for width in (1..=WINDOW.min(count)).filter(|&w| lengths & 1 << w != 0) {
                let first = count - width;
                let key = window_key((first..count).map(|n| ring[n % WINDOW].1));
                let word_start = ring[first % WINDOW].0;
                if let Some(waiting) = anchors.get_mut(&key) {
                    let spent = verify(bytes, word_start, width, patterns, waiting, found);
                    if waiting.is_empty() {
                        anchors.remove(&key);
                        if anchors.is_empty() {
                            return true;
                        }
                    }
                    let Some(left) = budget.checked_sub(spent) else {
                        return false;
                    };
                    budget = left;
                }
            }
        }
        if byte == SEPARATOR {
            count = 0;
        }
        start = at + 1;
    }
    true
}

/// Compare each waiting quotation anchored on the `width` words at
/// `word_start`; the found ones leave. Returns the work done (bytes
/// compared, at least one per candidate).
fn verify(
    bytes: &[u8],
    word_start: usize,
    width: usize,
    patterns: &[&str],
    waiting: &mut Vec<Candidate>,
    found: &mut [Option<usize>],
) -> usize {
    let mut spent = 0;
    let mut index = 0;
    while index < waiting.len() {
        let Candidate { id, lead, words } = waiting[index];
        let pattern = patterns[id].as_bytes();
        // A key of another width that hashed alike: not its anchor.
        let matched = (usize::from(words) == width)
            .then_some(())
            .and_then(|()| word_start.checked_sub(lead))
            .filter(|&start| {
                bytes
                    .get(start..start + pattern.len())
                    .is_some_and(|slice| {
                        // The bytes compared: up to the first that differs.
                        let same = slice
                            .iter()
                            .zip(pattern)
                            .position(|(a, b)| a != b)
                            .unwrap_or(pattern.len());
                        spent += same;
                        same == pattern.len()
                    })
            });
        spent += 1;
        if let Some(start) = matched {
            found[id] = Some(start);
            waiting.swap_remove(index);
        } else {
            index += 1;
        }
    }
    spent
}

/// FNV-1a: quick on short words, and good enough once mixed into a window.
fn word_hash(word: &[u8]) -> u64 {
    word.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// One key for a run of word hashes, order counting.
fn window_key(hashes: impl Iterator<Item = u64>) -> u64 {
    hashes.fold(0, |key, hash| {
        (key.rotate_left(23) ^ hash).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// The table's hasher: keys are already mixed, so they are used as they are.
#[derive(Default)]
struct Premixed(u64);

impl Hasher for Premixed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = word_hash(bytes);
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn long(haystack: &str, patterns: &[&str]) -> (Vec<bool>, Vec<usize>) {
        let mut found = vec![None; patterns.len()];
        let undecided = find_long(haystack, patterns, &mut found);
        for (at, pattern) in found.iter().zip(patterns) {
            if let Some(at) = *at {
                assert_eq!(&haystack[at..at + pattern.len()], *pattern);
            }
        }
        (found.iter().map(Option::is_some).collect(), undecided)
    }

    /// 3,000 sentences made by `sentence`, the article and the quotations
    /// both: each is found in the pass, none left to the automaton.
    fn all_found_in_the_pass(sentence: impl Fn(usize) -> String) {
        let sentences: Vec<String> = (0..3_000).map(sentence).collect();
        let haystack = sentences.join(" ");
        let patterns: Vec<&str> = sentences.iter().map(String::as_str).collect();
        let (found, undecided) = long(&haystack, &patterns);
        assert!(undecided.is_empty(), "{} left", undecided.len());
        assert!(found.iter().all(|&f| f));
    }

    #[test]
    fn quotations_worded_alike_are_all_found_in_the_one_pass() {
        // Every sentence opens with the same six words, as a generated
        // pack's do: anchored on their opening, each occurrence would be
        // compared with every quotation, and the budget would run out.
        all_found_in_the_pass(|n| format!("We found that it is clear in case {n} of them."));
    }

    #[test]
    fn quotations_alike_but_for_their_last_inner_word_are_anchored_on_it() {
        // Only the last run of inner words tells these apart: the runs the
        // anchor is chosen from reach it.
        all_found_in_the_pass(|n| format!("We found that it is {n} done."));
    }

    #[test]
    fn quotations_are_found_by_their_inner_whole_words_even_cut_mid_word() {
        let haystack = "alpha beta gamma delta epsilon zeta eta\0theta iota kappa lambda mu";
        let (found, undecided) = long(
            haystack,
            &[
                "pha beta gamma delta epsilon ze",
                "alpha beta gamma delta epsilon zeta eta",
                "beta gamma delta epsilon zeta",
                "eta theta iota kappa lambda mu",
                "beta gamma delta",
                "ha beta gam",
                "ta eta",
                "gamma",
            ],
        );
        assert_eq!(found, [true, true, true, false, true, true, false, false]);
        // Quotations of one or two words are left to the automaton; the
        // one across the parts was decided: it is not there.
        assert_eq!(undecided, [6, 7]);
    }

    #[test]
    fn short_quotations_that_share_their_anchor_with_many_are_left_to_the_automaton() {
        let haystack = "a x b c x d e x f g x h i x j k y l";
        // Five quotations anchored on `x`, one on `y`.
        let (found, undecided) = long(
            haystack,
            &["a x b", "c x d", "e x f", "g x h", "i x j", "k y l"],
        );
        assert_eq!(undecided, [0, 1, 2, 3, 4]);
        assert_eq!(found, [false, false, false, false, false, true]);
    }

    #[test]
    fn long_quotations_that_share_their_anchor_stay_in_the_pass() {
        // Five quotations alike, anchored on the same run of four whole
        // words: a full window is rare in the article, so they are compared
        // there, not left to the automaton.
        let haystack = "a b c d e f g h";
        let (found, undecided) = long(haystack, &["a b c d e f"; 5]);
        assert!(undecided.is_empty(), "{undecided:?}");
        assert_eq!(found, [true; 5]);
    }

    #[test]
    fn as_many_short_quotations_as_may_share_an_anchor_stay_in_the_pass() {
        let haystack = "a x b c x d e x f g x h";
        let (found, undecided) = long(haystack, &["a x b", "c x d", "e x f", "g x h"]);
        assert!(undecided.is_empty(), "{undecided:?}");
        assert_eq!(found, [true; 4]);
    }

    #[test]
    fn a_quotation_is_never_anchored_on_its_last_word() {
        // The first quotation's last word is cut ("ze" of "zeta"). Its one
        // run of inner words is shared with the second quotation; a run
        // reaching its last word would be less shared, and never found.
        let haystack = "alpha beta gamma delta epsilon zeta eta";
        let (found, undecided) = long(
            haystack,
            &[
                "pha beta gamma delta epsilon ze",
                "alpha beta gamma delta epsilon zeta",
            ],
        );
        assert!(undecided.is_empty(), "{undecided:?}");
        assert_eq!(found, [true, true]);
    }

    #[test]
    fn work_within_the_budget_is_finished_in_the_pass() {
        // 1,200 quotations anchored on `a a a a`, which stands once in each
        // of 1,000 runs of 12 bytes and never matches: one byte of work per
        // quotation at each, 1.2 million in all, within the budget of 16 per
        // byte of the article and a floor of 2^20 (1,240,576) but past
        // either alone.
        let haystack = "x a a a a y ".repeat(1_000);
        let patterns: Vec<String> = (0..1_200).map(|n| format!("q a a a a z{n}")).collect();
        let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let (found, undecided) = long(&haystack, &patterns);
        assert!(undecided.is_empty(), "{} left", undecided.len());
        assert!(found.iter().all(|&f| !f));
    }

    #[test]
    fn past_the_budget_the_unfound_are_left_undecided() {
        // Thousands of quotations anchored on words that occur everywhere
        // and never match: the pass gives up rather than compare them all.
        let haystack = "x a a a a y ".repeat(20_000);
        let patterns: Vec<String> = (0..5_000).map(|n| format!("q a a a a z{n}")).collect();
        let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let (found, undecided) = long(&haystack, &patterns);
        assert!(found.iter().all(|&f| !f));
        assert_eq!(undecided.len(), patterns.len());
    }

    proptest! {
        /// Found exactly when the pattern is in the text, on texts made of
        /// few words so anchors repeat and collide.
        #[test]
        fn agrees_with_a_plain_search(
            words in prop::collection::vec(prop::sample::select(vec!["a", "b", "ab", "ba", "\0"]), 0..60),
            picks in prop::collection::vec((0usize..60, 1usize..9, 0usize..2, 0usize..2), 1..12),
        ) {
            let haystack = words.join(" ").replace(" \0 ", "\0");
            let patterns: Vec<String> = picks
                .iter()
                .filter_map(|&(from, count, cut_front, cut_back)| {
                    let slice = words.get(from..from + count)?;
                    if slice.contains(&"\0") {
                        return Some(slice.join(" ").replace('\0', "b"));
                    }
                    let text = slice.join(" ");
                    let end = text.len().saturating_sub(cut_back).max(cut_front);
                    Some(text[cut_front..end].to_owned())
                })
                .filter(|p| !p.is_empty() && !p.starts_with(' ') && !p.ends_with(' '))
                .collect();
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let mut found = vec![None; patterns.len()];
            let undecided = find_long(&haystack, &patterns, &mut found);
            for (id, pattern) in patterns.iter().enumerate() {
                if !undecided.contains(&id) {
                    prop_assert_eq!(found[id].is_some(), haystack.contains(pattern), "{:?} in {:?}", pattern, haystack);
                }
                if let Some(at) = found[id] {
                    prop_assert_eq!(&haystack[at..at + pattern.len()], *pattern);
                }
            }
        }
    }
}
