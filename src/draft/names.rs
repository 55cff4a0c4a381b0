//! Words: ids from names, whole-word search, and the word stems that tie a
//! sentence to a factor.

/// Words too common to tie a sentence to a factor or a slider.
const COMMON: &[&str] = &[
    "about", "after", "also", "although", "always", "and", "another", "are", "because", "been",
    "being", "better", "between", "both", "but", "can", "does", "each", "either", "even", "every",
    "for", "from", "has", "have", "how", "into", "its", "just", "like", "more", "most", "much",
    "need", "needs", "not", "one", "only", "other", "over", "same", "should", "some", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "very", "want", "well", "what", "when", "where", "which", "while", "who", "will", "with",
    "would", "you", "your",
];

/// An id of `[a-z0-9]` words joined by `sep`, at most 40 characters; empty
/// when `text` has no letter or digit of that kind.
pub fn slug(text: &str, sep: char) -> String {
    let mut id = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if id.len() + word.len() >= 40 {
            break;
        }
        if !id.is_empty() {
            id.push(sep);
        }
        id.push_str(&word.to_ascii_lowercase());
    }
    id
}

/// `id`, or `id-2`, `id-3` … if `taken` already holds it.
pub fn unique(id: String, taken: &[String], sep: char) -> String {
    if !taken.contains(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}{sep}{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(id)
}

/// The id of `name` (words joined by `sep`), `fallback` when it has none,
/// made unique among `taken` and added to them.
pub fn fresh_id(name: &str, fallback: &str, taken: &mut Vec<String>, sep: char) -> String {
    let id = Some(slug(name, sep))
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| fallback.to_owned());
    let id = unique(id, taken, sep);
    taken.push(id.clone());
    id
}

/// Whether `name` stands in `text` as a whole word (letters, digits and `_`
/// on neither side), as the pack's check finds option names.
pub fn names(text: &str, name: &str) -> bool {
    find_word(text, name).is_some()
}

/// Where `name` first stands in `text` as a whole word.
pub fn find_word(text: &str, name: &str) -> Option<usize> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    if name.is_empty() {
        return None;
    }
    text.match_indices(name).map(|(at, _)| at).find(|&at| {
        !text[..at].chars().next_back().is_some_and(word)
            && !text[at + name.len()..].chars().next().is_some_and(word)
    })
}

/// The stems of the telling words of `text`: lower case, the common words
/// left out, each cut to five letters ("performance" and "perform" meet).
pub fn stems(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !COMMON.contains(&w.as_str()))
        .map(|w| w.chars().take(5).collect())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// How many of `wanted` (stems) stand in `text`.
pub fn overlap(wanted: &[String], text: &str) -> usize {
    let found = stems(text);
    wanted.iter().filter(|stem| found.contains(stem)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_ascii_words() {
        assert_eq!(slug("Node.js", '-'), "node-js");
        assert_eq!(slug("Touches data", '_'), "touches_data");
        assert_eq!(slug("日本", '-'), "");
    }

    #[test]
    fn names_are_whole_words() {
        assert!(names("use Go here", "Go"));
        assert!(!names("Google it", "Go"));
        assert!(names("Node.js, then", "Node.js"));
    }

    #[test]
    fn stems_meet_across_word_forms() {
        assert_eq!(overlap(&stems("Performance"), "both perform well"), 1);
        assert_eq!(overlap(&stems("the and with"), "the and with"), 0);
    }
}
