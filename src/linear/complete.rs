//! What Tab offers in the line mode: the word being typed, and the words it
//! could become. A command's name first, then what that command takes: a
//! slider's id (and a toggle's `on` or `off`) after `set`, a factor's id
//! after `factor`, a section's id after `article`. Nothing for free text
//! (`search`) or a file name (`export`, `save`).

use super::command::COMMANDS;
use crate::content::Pack;

/// The word under completion and what it could be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// Where the word starts, in characters from the start of the line.
    pub start: usize,
    /// Every word that begins with what was typed, sorted, none twice.
    pub candidates: Vec<String>,
}

impl Completion {
    /// What every candidate shares beyond what was typed, in characters
    /// (`typed` is the word's text so far).
    pub fn common_rest(&self, typed: &str) -> String {
        let Some(first) = self.candidates.first() else {
            return String::new();
        };
        let mut shared: Vec<char> = first.chars().collect();
        for other in &self.candidates[1..] {
            let same = shared
                .iter()
                .zip(other.chars())
                .take_while(|(a, b)| **a == *b)
                .count();
            shared.truncate(same);
        }
        shared.into_iter().skip(typed.chars().count()).collect()
    }
}

/// The completion of the word that ends at the end of `before` (the line up
/// to the cursor).
pub fn complete(pack: &Pack, before: &str) -> Completion {
    let chars: Vec<char> = before.chars().collect();
    let start = chars
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |blank| blank + 1);
    let typed: String = chars[start..].iter().collect();
    let earlier: Vec<String> = chars[..start]
        .iter()
        .collect::<String>()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let words = offered(pack, &earlier);
    let mut candidates: Vec<String> = words
        .into_iter()
        .filter(|word| word.starts_with(&typed))
        .collect();
    candidates.sort();
    candidates.dedup();
    Completion { start, candidates }
}

/// Every word that may stand after the words `earlier` on a line.
fn offered(pack: &Pack, earlier: &[String]) -> Vec<String> {
    let ids = |ids: Vec<&str>| ids.into_iter().map(str::to_owned).collect();
    match earlier {
        [] => COMMANDS.iter().map(|usage| usage.name.to_owned()).collect(),
        [command] if command == "set" => ids(pack.sliders.iter().map(|s| s.id.as_str()).collect()),
        [command, slider] if command == "set" => match pack.slider_index(slider) {
            Some(index) if pack.sliders[index].is_toggle() => ids(vec!["on", "off"]),
            _ => Vec::new(),
        },
        [command] if command == "factor" => {
            ids(pack.factors.iter().map(|f| f.id.as_str()).collect())
        }
        [command] if command == "article" => {
            ids(pack.sections.iter().map(|s| s.id.as_str()).collect())
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> Pack {
        crate::content::embedded()
    }

    fn words(before: &str) -> Vec<String> {
        complete(&pack(), before).candidates
    }

    #[test]
    fn the_first_word_is_a_command() {
        assert_eq!(words("s"), ["save", "search", "set", "show"]);
        assert_eq!(words("ti"), ["tips"]);
        assert_eq!(words("e"), ["exit", "export"]);
        assert!(words("zz").is_empty());
        assert_eq!(words("").len(), COMMANDS.len());
    }

    #[test]
    fn each_command_is_followed_by_what_it_takes() {
        let pack = pack();
        let sliders: Vec<&str> = pack.sliders.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(words("set ").len(), sliders.len());
        assert!(words("set ").iter().all(|w| sliders.contains(&w.as_str())));
        assert_eq!(words("set real"), ["realtime"]);
        let toggle = pack
            .sliders
            .iter()
            .find(|s| s.is_toggle())
            .expect("a toggle");
        assert_eq!(words(&format!("set {} ", toggle.id)), ["off", "on"]);
        assert_eq!(words(&format!("set {} o", toggle.id)), ["off", "on"]);
        // A range takes a number: nothing to offer.
        assert!(words("set realtime ").is_empty());
        assert_eq!(words("factor ").len(), pack.factors.len());
        assert!(words("factor data").iter().all(|w| w.starts_with("data")));
        assert!(!words("factor data").is_empty());
        assert_eq!(words("article ").len(), pack.sections.len());
        // Free text and file names: nothing.
        assert!(words("search re").is_empty());
        assert!(words("export s").is_empty());
        assert!(words("show s").is_empty());
    }

    #[test]
    fn the_word_starts_after_the_last_blank() {
        let completion = complete(&pack(), "  set  real");
        assert_eq!(completion.start, 7);
        assert_eq!(complete(&pack(), "sh").start, 0);
    }

    #[test]
    fn the_common_rest_is_what_every_candidate_shares_beyond_the_typed() {
        let both = Completion {
            start: 0,
            candidates: vec!["export".into(), "exit".into()],
        };
        assert_eq!(both.common_rest("e"), "x");
        let one = Completion {
            start: 0,
            candidates: vec!["search".into()],
        };
        assert_eq!(one.common_rest("se"), "arch");
        let none = Completion {
            start: 0,
            candidates: Vec::new(),
        };
        assert_eq!(none.common_rest("q"), "");
    }
}
