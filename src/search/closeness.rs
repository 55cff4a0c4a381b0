//! How closely an item's text holds a query: as a whole word, as a part of
//! a word, or only as letters in order. Names (factors, sliders, section
//! titles) are short, so their letters anywhere count (an abbreviation:
//! "rltm" for "Real time"); a sentence of the article counts by letters
//! only when they lie close together, as in a typo ("strem"), never when
//! they are scattered across it.

/// How a hit holds its query, best first: results rank by it before the
/// scorer's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Closeness {
    /// The query as a whole word (or words): "rule" in "The practical rule:".
    Word,
    /// The query inside a word: "stream" in "streaming".
    Part,
    /// The query's letters in order, not side by side.
    Letters,
}

/// A passage's letters count when they lie within a stretch at most half
/// as long again as the query.
fn close_enough(stretch: usize, query: usize) -> bool {
    stretch <= query + query / 2
}

/// Where the query is found in `text` (both case-folded), with the char
/// positions of its letters; `long` for a sentence of the article. `None`
/// when it is not found closely enough to be a result.
pub fn find(text: &str, pattern: &str, long: bool) -> Option<(Closeness, Vec<usize>)> {
    let length = pattern.chars().count();
    let mut part = None;
    for (at, _) in text.match_indices(pattern) {
        let before = text[..at].chars().next_back();
        let after = text[at + pattern.len()..].chars().next();
        let bounded = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
        let start = text[..at].chars().count();
        let positions: Vec<usize> = (start..start + length).collect();
        if bounded(before) && bounded(after) {
            return Some((Closeness::Word, positions));
        }
        part.get_or_insert(positions);
    }
    if let Some(positions) = part {
        return Some((Closeness::Part, positions));
    }
    if !long {
        // A name: the scorer places its letters (`SearchIndex::positions`).
        return Some((Closeness::Letters, Vec::new()));
    }
    let text: Vec<char> = text.chars().collect();
    let pattern: Vec<char> = pattern.chars().collect();
    let (start, end) = tightest(&text, &pattern)?;
    close_enough(end + 1 - start, pattern.len()).then(|| {
        (
            Closeness::Letters,
            in_order(&text[start..=end], &pattern, start),
        )
    })
}

/// The shortest stretch `start..=end` of `text` holding `pattern`'s chars in
/// order: each match forward from a start, then shrunk back from its end.
pub fn tightest(text: &[char], pattern: &[char]) -> Option<(usize, usize)> {
    let last = pattern.len().checked_sub(1)?;
    let mut best: Option<(usize, usize)> = None;
    let mut from = 0;
    while from < text.len() {
        let mut matched = 0;
        let mut end = None;
        for (at, &c) in text.iter().enumerate().skip(from) {
            if c == pattern[matched] {
                if matched == last {
                    end = Some(at);
                    break;
                }
                matched += 1;
            }
        }
        let Some(end) = end else { break };
        let mut start = end;
        let mut wanted = last;
        loop {
            if text[start] == pattern[wanted] {
                if wanted == 0 {
                    break;
                }
                wanted -= 1;
            }
            start -= 1;
        }
        if best.is_none_or(|(s, e)| end - start < e - s) {
            best = Some((start, end));
        }
        from = start + 1;
    }
    best
}

/// The positions of `pattern`'s chars taken in order from `stretch`, which
/// starts at `offset`.
fn in_order(stretch: &[char], pattern: &[char], offset: usize) -> Vec<usize> {
    let mut wanted = pattern.iter().peekable();
    let mut positions = Vec::with_capacity(pattern.len());
    for (at, c) in stretch.iter().enumerate() {
        if wanted.peek() == Some(&c) {
            wanted.next();
            positions.push(offset + at);
        }
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn a_whole_word_beats_a_part_of_one() {
        let (closeness, at) = find("streams and a stream", "stream", true).unwrap();
        assert_eq!((closeness, at[0]), (Closeness::Word, 14));
        let (closeness, at) = find("streaming", "stream", true).unwrap();
        assert_eq!((closeness, at), (Closeness::Part, vec![0, 1, 2, 3, 4, 5]));
        // Punctuation bounds a word as a space does.
        assert_eq!(find("rule: x", "rule", true).unwrap().0, Closeness::Word);
    }

    #[test]
    fn a_sentence_counts_letters_only_close_together() {
        let (closeness, at) = find("connections and streaming.", "strem", true).unwrap();
        assert_eq!(
            (closeness, at),
            (Closeness::Letters, vec![16, 17, 18, 19, 21])
        );
        assert_eq!(find("scattered there and far away", "sthfa", true), None);
        // A name takes its letters anywhere.
        assert_eq!(
            find("real time", "rltm", false).map(|(c, _)| c),
            Some(Closeness::Letters)
        );
    }

    #[test]
    fn the_tightest_stretch_is_found_after_a_loose_one() {
        assert_eq!(tightest(&chars("a....b ab"), &chars("ab")), Some((7, 8)));
        assert_eq!(tightest(&chars("abc"), &chars("d")), None);
        assert_eq!(tightest(&chars("abc"), &chars("")), None);
    }
}
