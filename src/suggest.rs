//! "Did you mean": the closest known name to a misspelt one.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let distance = edit_distance(&input_lower, &candidate.to_lowercase());
        // Allow about one edit per three letters, and at least one.
        let allowed = (candidate.chars().count().max(input.chars().count()) / 3).max(1);
        let prefix = input_lower.len() >= 3 && candidate.starts_with(&input_lower);
        if distance <= allowed || prefix {
            let rank = if prefix { 0 } else { distance };
            if best.is_none_or(|(best_rank, _)| rank < best_rank) {
                best = Some((rank, candidate));
            }
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// `" (did you mean `x`?)"`, or nothing when no candidate is close.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(input, candidates)
        .map(|candidate| format!(" (did you mean `{candidate}`?)"))
        .unwrap_or_default()
}

/// Levenshtein distance over chars, with adjacent transpositions counted as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Bounded: ids and field names are short, and long inputs cannot be typos anyway.
    if a.len() > 64 || b.len() > 64 {
        return usize::MAX;
    }
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
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
    fn counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
