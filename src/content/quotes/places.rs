//! Every place a set of patterns stands in the article, in one pass, for as
//! long as some pattern still wants places.
//!
//! An automaton reports every occurrence of every pattern it holds. In a
//! pack whose quotations are worded alike, short ones ("the team") stand
//! thousands of times, and once found they are still reported at each
//! place, millions of times over a large article. So when half of the
//! patterns the automaton holds are done, it is built again over the rest,
//! and the pass goes on from where it was: the patterns that stand
//! everywhere stop costing once they are found. Each build holds at most half
//! of the one before, so all the builds together cost at most twice the first.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input};

/// Below this many patterns an automaton is not built again: the build
/// would cost more than the places it saves.
const REBUILD_AT_LEAST: usize = 256;

/// Call `visit(id, start)` for each place pattern `patterns[id]` stands in
/// `haystack`, in the order of where the places end (so each pattern's own
/// places come first to last), until every pattern is done. `visit` says
/// whether its pattern is done (wants no more places); a pattern is never
/// visited after it is. Each place visited costs one of `budget`; when it
/// runs out, the pass stops. Patterns must not be empty.
pub fn each_place(
    haystack: &str,
    patterns: &[&str],
    budget: &mut usize,
    mut visit: impl FnMut(usize, usize) -> bool,
) {
    let mut live: Vec<usize> = (0..patterns.len()).collect();
    let mut done = vec![false; patterns.len()];
    // Places ending before `from_end` were all visited already.
    let mut from_end: usize = 0;
    while !live.is_empty() {
        let longest = live.iter().map(|&id| patterns[id].len()).max().unwrap_or(0);
        let Ok(matcher) = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(live.iter().map(|&id| patterns[id]))
        else {
            return;
        };
        let held = live.len();
        let mut left = held;
        let start = from_end.saturating_sub(longest);
        let mut rebuild = false;
        for hit in matcher.find_overlapping_iter(Input::new(haystack).range(start..)) {
            if hit.end() < from_end {
                continue;
            }
            // Rebuilt only between two ends: every place ending before this
            // one has been visited, none ending here yet.
            if hit.end() > from_end && left * 2 <= held && held >= REBUILD_AT_LEAST {
                from_end = hit.end();
                rebuild = true;
                break;
            }
            from_end = hit.end();
            let id = live[hit.pattern().as_usize()];
            if done[id] {
                continue;
            }
            if *budget == 0 {
                return;
            }
            *budget -= 1;
            if visit(id, hit.start()) {
                done[id] = true;
                left -= 1;
                if left == 0 {
                    return;
                }
            }
        }
        if !rebuild {
            return;
        }
        live.retain(|&id| !done[id]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every pattern's first `wanted` places, by a plain search of each.
    fn plain(haystack: &str, patterns: &[&str], wanted: usize) -> Vec<Vec<usize>> {
        patterns
            .iter()
            .map(|pattern| {
                (0..haystack.len())
                    .filter(|&at| haystack[at..].starts_with(pattern))
                    .take(wanted)
                    .collect()
            })
            .collect()
    }

    fn passed(haystack: &str, patterns: &[&str], wanted: usize) -> Vec<Vec<usize>> {
        let mut places = vec![Vec::new(); patterns.len()];
        let mut budget = usize::MAX;
        each_place(haystack, patterns, &mut budget, |id, start| {
            places[id].push(start);
            places[id].len() == wanted
        });
        places
    }

    #[test]
    fn rebuilt_automatons_miss_no_place_and_repeat_none() {
        // Enough patterns to be rebuilt: most stand everywhere and are done
        // at once, a few stand only near the end and want many places.
        let mut patterns: Vec<String> = (0..600).map(|n| format!("w{n} ")).collect();
        patterns.extend(["tail a", "a tail", "ail a t"].map(str::to_owned));
        let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let words: Vec<String> = (0..600).map(|n| format!("w{n}")).collect();
        let haystack = format!("{} {}", words.join(" "), "tail a ".repeat(50));
        assert_eq!(
            passed(&haystack, &patterns, 30),
            plain(&haystack, &patterns, 30)
        );
    }

    #[test]
    fn the_budget_stops_the_pass() {
        let mut budget = 3;
        let mut seen = 0;
        each_place("a a a a a a", &["a"], &mut budget, |_, _| {
            seen += 1;
            false
        });
        assert_eq!((seen, budget), (3, 0));
    }

    proptest! {
        /// The places each pattern is visited at are its first places in
        /// the text, in order, however the automaton is rebuilt.
        #[test]
        fn agrees_with_a_plain_search(
            words in prop::collection::vec(prop::sample::select(vec!["a", "b", "ab", "ba"]), 0..200),
            picks in prop::collection::vec((0usize..200, 1usize..4), 300..400),
            wanted in 1usize..4,
        ) {
            let haystack = words.join(" ");
            let patterns: Vec<String> = picks
                .iter()
                .map(|&(from, count)| match words.get(from..from + count) {
                    Some(slice) => slice.join(" "),
                    None => format!("z{from}"),
                })
                .collect();
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
            prop_assert_eq!(
                passed(&haystack, &patterns, wanted),
                plain(&haystack, &patterns, wanted)
            );
        }
    }
}
