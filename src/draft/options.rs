//! The options an article compares: from its title ("A vs B", "A, B or C",
//! "A or B"), or else the names it sets side by side most often, for the
//! author to confirm.

use std::collections::HashMap;

use super::article::{Article, sentences};
use super::names::names;

/// A pack compares at most this many options.
const MOST: usize = 8;
/// Names the author is shown when the options are guessed.
const SHOWN: usize = 6;

/// The options found, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Named by the title.
    Title(Vec<String>),
    /// Guessed: the names chosen, and every name considered with the number
    /// of sentences that set it beside another.
    Guessed {
        chosen: Vec<String>,
        considered: Vec<(String, usize)>,
    },
}

impl Found {
    pub fn names(&self) -> &[String] {
        match self {
            Found::Title(names) | Found::Guessed { chosen: names, .. } => names,
        }
    }
}

/// The options of `article`.
pub fn find(article: &Article) -> Found {
    if let Some(names) = from_title(&article.title, article) {
        return Found::Title(names);
    }
    let considered = compared_most(article);
    let top = considered.first().map_or(0, |(_, n)| *n);
    let chosen = considered
        .iter()
        .enumerate()
        .take_while(|(i, (_, n))| *i < 2 || (*i < 4 && 2 * n >= top))
        .map(|(_, (name, _))| name.clone())
        .collect();
    Found::Guessed {
        chosen,
        considered: considered.into_iter().take(SHOWN).collect(),
    }
}

/// The names the title sets against each other, when each stands in the
/// article's text too.
fn from_title(title: &str, article: &Article) -> Option<Vec<String>> {
    let body: Vec<&str> = article.blocks().map(|(_, b)| b.text.as_str()).collect();
    let in_body = |name: &str| body.iter().any(|text| names(text, name));
    title
        .split([':', '?', '|', '(', ')'])
        .flat_map(|part| part.split(" — ").flat_map(|p| p.split(" - ")))
        .find_map(|segment| {
            let names = alternatives(segment)?;
            let ok = (2..=MOST).contains(&names.len()) && names.iter().all(|n| in_body(n));
            ok.then_some(names)
        })
}

/// "A vs B vs C", "A, B or C", "A or B": the names, cleaned of the words
/// around them ("Choosing between A or B in 2025").
fn alternatives(segment: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = segment.split_whitespace().collect();
    let versus = |w: &&str| ["vs", "vs.", "versus"].contains(&w.to_lowercase().as_str());
    let mut parts: Vec<String> = words.split(versus).map(|part| part.join(" ")).collect();
    if parts.len() < 2 {
        let (left, last) = segment.rsplit_once(" or ")?;
        parts = left.split(", ").map(str::to_owned).collect();
        parts.push(last.to_owned());
    }
    let count = parts.len();
    let names: Vec<String> = parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| clean_name(&part, i == 0, i + 1 == count))
        .filter(|name| !name.is_empty())
        .collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    (unique.len() == names.len() && names.len() >= 2).then_some(names)
}

/// A word that reads as a name: a capital or a digit first, or a `.`, `+`
/// or `#` inside (`Node.js`, `C++`, `htmx` is missed and left to the author).
fn name_like(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || word.contains(['.', '+', '#'])
}

/// The name in one part of the title: the first part keeps its last
/// name-like words, the last its first ones, so "Choosing between X" and
/// "Y in 2025" give "X" and "Y".
fn clean_name(part: &str, first: bool, last: bool) -> String {
    let words: Vec<&str> = part
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '"' | '“' | '”' | '!' | '?')))
        .filter(|w| !w.is_empty())
        .collect();
    let mut kept: &[&str] = &words;
    if first {
        let from = words
            .iter()
            .rposition(|w| !name_like(w))
            .map_or(0, |i| i + 1);
        kept = if from < words.len() {
            &words[from..]
        } else {
            &words[words.len().saturating_sub(1)..]
        };
    }
    if last {
        let to = kept
            .iter()
            .position(|w| !name_like(w))
            .unwrap_or(kept.len());
        kept = if to > 0 {
            &kept[..to]
        } else {
            &kept[..kept.len().min(1)]
        };
    }
    kept.join(" ")
}

/// Capitalised words that start no sentence, with the number of sentences
/// that name each beside another of them, most first (then in the order
/// they first appear).
fn compared_most(article: &Article) -> Vec<(String, usize)> {
    const CANDIDATES: usize = 20;
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    let mut sentence_names: Vec<Vec<String>> = Vec::new();
    for (_, block) in article.blocks() {
        for sentence in sentences(block) {
            let mut found: Vec<String> = sentence
                .split_whitespace()
                .skip(1)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && !"+#".contains(c)))
                .filter(|w| w.chars().count() >= 2 && name_like(w))
                .map(str::to_owned)
                .collect();
            found.sort();
            found.dedup();
            for name in &found {
                let next = counts.len();
                counts.entry(name.clone()).or_insert((0, next)).0 += 1;
            }
            sentence_names.push(found);
        }
    }
    let mut frequent: Vec<(String, usize, usize)> = counts
        .into_iter()
        .filter(|(_, (n, _))| *n >= 2)
        .map(|(name, (n, first))| (name, n, first))
        .collect();
    frequent.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    frequent.truncate(CANDIDATES);
    let mut beside: Vec<(String, usize, usize)> = frequent
        .iter()
        .map(|(name, _, first)| {
            let n = sentence_names
                .iter()
                .filter(|found| {
                    found.contains(name)
                        && found
                            .iter()
                            .any(|other| other != name && frequent.iter().any(|f| &f.0 == other))
                })
                .count();
            (name.clone(), n, *first)
        })
        .filter(|(_, n, _)| *n > 0)
        .collect();
    beside.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    beside.into_iter().map(|(name, n, _)| (name, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::article::read;

    fn found(text: &str) -> Found {
        find(&read(text).unwrap())
    }

    #[test]
    fn the_title_names_the_options() {
        let body = "\nPostgreSQL, MongoDB and SQLite are all fine.\n";
        assert_eq!(
            found(&format!("PostgreSQL, MongoDB or SQLite: which one?{body}")),
            Found::Title(vec!["PostgreSQL".into(), "MongoDB".into(), "SQLite".into()])
        );
        assert_eq!(
            found(&format!(
                "Choosing between PostgreSQL vs. SQLite in 2025{body}"
            )),
            Found::Title(vec!["PostgreSQL".into(), "SQLite".into()])
        );
    }

    #[test]
    fn without_a_title_the_names_compared_most_are_guessed() {
        let text = "Picking a web server\nWe tried Caddy and Nginx. Then Caddy beat Nginx.\nSome say Nginx is old.\n";
        let Found::Guessed { chosen, considered } = found(text) else {
            panic!("the title names no options");
        };
        assert_eq!(chosen, ["Caddy", "Nginx"]);
        assert_eq!(considered[0].1, 2);
    }

    #[test]
    fn a_title_name_the_text_never_uses_is_not_taken() {
        let Found::Guessed { chosen, .. } = found("Rust vs Go\nNothing here names them.\n") else {
            panic!("names absent from the text are no options");
        };
        assert!(chosen.is_empty());
    }
}
