//! "Did you mean": the closest known name to a misspelt one.
//!
//! Small lists are scanned; large ones (a pack with many thousands of ids)
//! go through an index of letter pairs built on first use, so each
//! suggestion costs a count over the index and a few edit distances, never
//! one edit distance per known name.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Lists up to this long are scanned in full (with ids of 64 letters, a
/// scan of 2,000 took 30 ms a suggestion).
const SCAN_LIMIT: usize = 256;
/// From a large list, how many names sharing the most letter pairs with the
/// input are compared by edit distance.
const SHORTLIST: usize = 64;

/// The candidate closest to `input`, if it is close enough to be a likely typo.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let Some(rank) = rank(&input_lower, input.chars().count(), candidate) else {
            continue;
        };
        if best.is_none_or(|(best_rank, _)| rank < best_rank) {
            best = Some((rank, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// How good a suggestion `candidate` is for `input` (0 best), or `None`.
fn rank(input_lower: &str, input_chars: usize, candidate: &str) -> Option<usize> {
    let candidate_lower = candidate.to_lowercase();
    // Allow about one edit per three letters, and at least one.
    let allowed = (candidate.chars().count().max(input_chars) / 3).max(1);
    if input_lower.chars().count() >= 3 && candidate_lower.starts_with(input_lower) {
        return Some(0);
    }
    edit_distance_within(input_lower, &candidate_lower, allowed)
}

/// `" (did you mean `x`?)"`, or nothing when no candidate is close.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    phrase(closest(input, candidates))
}

fn phrase(candidate: Option<&str>) -> String {
    candidate
        .map(|candidate| format!(" (did you mean `{candidate}`?)"))
        .unwrap_or_default()
}

/// The known names of one list: membership in constant time, suggestions
/// through an index when the list is long.
#[derive(Debug)]
pub struct Names<'a> {
    names: Vec<&'a str>,
    set: HashSet<&'a str>,
    pairs: OnceLock<HashMap<[char; 2], Vec<u32>>>,
}

impl<'a> Names<'a> {
    pub fn new(names: impl Iterator<Item = &'a str>) -> Self {
        let names: Vec<&str> = names.collect();
        Self {
            set: names.iter().copied().collect(),
            names,
            pairs: OnceLock::new(),
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.set.contains(name)
    }

    /// `" (did you mean `x`?)"` for a name that is not in the list, or nothing.
    pub fn hint(&self, input: &str) -> String {
        if self.names.len() <= SCAN_LIMIT {
            return did_you_mean(input, self.names.iter().copied());
        }
        phrase(closest(input, self.shortlist(input)))
    }

    /// The names that share the most letter pairs with `input`.
    fn shortlist(&self, input: &str) -> Vec<&'a str> {
        let index = self.pairs.get_or_init(|| {
            let mut index: HashMap<[char; 2], Vec<u32>> = HashMap::new();
            for (n, name) in self.names.iter().enumerate() {
                let mut seen = HashSet::new();
                for pair in pairs(name) {
                    if seen.insert(pair) {
                        index.entry(pair).or_default().push(n as u32);
                    }
                }
            }
            index
        });
        let mut shared = vec![0u16; self.names.len()];
        let wanted: HashSet<[char; 2]> = pairs(input).collect();
        for pair in wanted {
            for &n in index.get(&pair).map_or(&[][..], Vec::as_slice) {
                shared[n as usize] = shared[n as usize].saturating_add(1);
            }
        }
        let mut ranked: Vec<u32> = (0..self.names.len() as u32)
            .filter(|&n| shared[n as usize] > 0)
            .collect();
        let key = |n: &u32| std::cmp::Reverse(shared[*n as usize]);
        if ranked.len() > SHORTLIST {
            ranked.select_nth_unstable_by_key(SHORTLIST, key);
            ranked.truncate(SHORTLIST);
        }
        ranked.sort_by_key(|&n| (key(&n), n));
        ranked.iter().map(|&n| self.names[n as usize]).collect()
    }
}

fn pairs(text: &str) -> impl Iterator<Item = [char; 2]> + '_ {
    let lower: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    (1..lower.len())
        .map(move |i| [lower[i - 1], lower[i]])
        .collect::<Vec<_>>()
        .into_iter()
}

/// Longer names are never compared: they cannot be typos of each other
/// worth suggesting, and the comparison costs the product of the lengths.
const MAX_COMPARED: usize = 64;

/// Levenshtein distance over chars, with adjacent transpositions counted as
/// one edit, if it is at most `bound`. Three rows, no table; it stops as soon
/// as a whole row is over the bound, since no later row can be under it.
fn edit_distance_within(a: &str, b: &str, bound: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > MAX_COMPARED || b.len() > MAX_COMPARED || a.len().abs_diff(b.len()) > bound {
        return None;
    }
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        if current.iter().min().is_some_and(|&least| least > bound) {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|&distance| distance <= bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_misspelt_name() {
        let names = ["realtime", "concurrency", "data_ai"];
        assert_eq!(closest("realtim", names), Some("realtime"));
        assert_eq!(closest("concurency", names), Some("concurrency"));
        assert_eq!(closest("data_ia", names), Some("data_ai"));
    }

    #[test]
    fn says_nothing_when_nothing_is_close() {
        assert_eq!(closest("zebra", ["realtime", "workload"]), None);
        assert_eq!(did_you_mean("zebra", ["realtime"]), "");
    }

    #[test]
    fn counts_edits_up_to_a_bound() {
        assert_eq!(edit_distance_within("kitten", "sitting", 3), Some(3));
        assert_eq!(edit_distance_within("kitten", "sitting", 2), None);
        assert_eq!(edit_distance_within("ab", "ba", 1), Some(1));
        assert_eq!(edit_distance_within("abcd", "bacd", 5), Some(1));
        assert_eq!(edit_distance_within("", "abc", 3), Some(3));
        assert_eq!(edit_distance_within("", "abc", 2), None);
        let long = "x".repeat(MAX_COMPARED + 1);
        assert_eq!(edit_distance_within(&long, &long, 100), None);
    }

    #[test]
    fn a_long_list_suggests_through_its_index() {
        let ids: Vec<String> = (0..50_000).map(|n| format!("factor-{n:05}")).collect();
        let names = Names::new(ids.iter().map(String::as_str));
        assert!(names.contains("factor-04242"));
        assert!(!names.contains("factr-04242"));
        assert_eq!(names.hint("factr-04242"), " (did you mean `factor-04242`?)");
        assert_eq!(names.hint("zzzzzzzzzzzzzzzzzzzzzzzzzzzzz"), "");
    }
}
