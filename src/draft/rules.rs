//! The article's own rules ("choose X if …", "X is the natural choice
//! when …"), the sliders their conditions suggest, and the close-call
//! candidates ("both …", "it depends").

use super::article::{Article, Block, list_marker, sentences};
use super::names::{find_word, names, stems};
use crate::textkit::capitalise;

/// A draft keeps at most this many rules, sliders and close-call texts.
const MOST_RULES: usize = 40;
const MOST_SLIDERS: usize = 30;
const MOST_CLOSE: usize = 5;

/// The verbs that open a rule, followed by an option and "if" or "when".
const VERBS: &[&str] = &["choose ", "pick ", "go with ", "opt for ", "prefer "];
/// The words that make an option a rule's subject.
const CHOICE: &[&str] = &[
    " is the natural choice",
    " is the best choice",
    " is the better choice",
    " is the obvious choice",
    " is the right choice",
];

/// One rule: the option it recommends, its words, and its conditions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub option: usize,
    pub text: String,
    /// Each "if" of its sentence ("your project touches data, …").
    pub conditions: Vec<String>,
}

/// A slider a rule's condition suggests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slider {
    pub label: String,
    /// The condition's words, for its help text.
    pub words: String,
}

/// Whether `text` gives a rule of the kinds a draft reads.
pub fn gives_rule(text: &str) -> bool {
    let lower = text.to_lowercase();
    VERBS.iter().any(|verb| lower.contains(verb))
        && (lower.contains(" if ") || lower.contains(" when "))
        || CHOICE.iter().any(|choice| lower.contains(choice))
}

/// Every rule of the article, for `options`.
pub fn find(article: &Article, options: &[String]) -> Vec<Rule> {
    let mut rules = Vec::new();
    for (heading, block) in article.blocks() {
        if !gives_rule(&block.text) {
            continue;
        }
        // "It is the natural choice": the option its paragraph speaks of alone.
        let alone = alone(heading, block, options);
        for sentence in sentences(block) {
            for rule in in_sentence(sentence, options, alone) {
                if rules.len() < MOST_RULES {
                    rules.push(rule);
                }
            }
        }
    }
    rules
}

/// The one option a block and its heading name, if only one.
fn alone(heading: Option<&str>, block: &Block, options: &[String]) -> Option<usize> {
    let named: Vec<usize> = (0..options.len())
        .filter(|&o| {
            names(&block.text, &options[o]) || heading.is_some_and(|h| names(h, &options[o]))
        })
        .collect();
    match named.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The rules one sentence gives: each from its verb (or its subject) to the
/// next rule's start or the sentence's end.
fn in_sentence(sentence: &str, options: &[String], alone: Option<usize>) -> Vec<Rule> {
    // ASCII case only, so offsets in `lower` are offsets in `sentence`.
    let lower = sentence.to_ascii_lowercase();
    // (start of the rule's words, option)
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for verb in VERBS {
        for (at, _) in lower.match_indices(verb) {
            let after = at + verb.len();
            if at > 0 && !lower[..at].ends_with([' ', '(', '"', '“']) {
                continue;
            }
            let option = (0..options.len()).find(|&o| {
                sentence[after..].starts_with(options[o].as_str())
                    && find_word(&sentence[after..], &options[o]) == Some(0)
            });
            if let Some(o) = option {
                let rest = &lower[after + options[o].len()..];
                if rest.starts_with(" if ")
                    || rest.starts_with(" when ")
                    || rest.starts_with(", if ")
                {
                    starts.push((at, o));
                }
            }
        }
    }
    for choice in CHOICE {
        for (at, _) in lower.match_indices(choice) {
            let before = &sentence[..at];
            let subject = (0..options.len()).find(|&o| before.ends_with(options[o].as_str()));
            let (start, option) = match subject {
                Some(o) => (at - options[o].len(), Some(o)),
                None if before.ends_with("It") || before.ends_with("it") => (at - 2, alone),
                None => continue,
            };
            if let Some(o) = option {
                starts.push((start, o));
            }
        }
    }
    starts.sort_unstable();
    starts.dedup_by_key(|(at, _)| *at);
    let ends: Vec<usize> = starts
        .iter()
        .skip(1)
        .map(|(at, _)| *at)
        .chain([sentence.len()])
        .collect();
    starts
        .iter()
        .zip(ends)
        .map(|(&(start, option), end)| {
            let text = sentence[start..end]
                .trim()
                .trim_end_matches([';', ','])
                .trim();
            Rule {
                option,
                text: text.to_owned(),
                conditions: conditions(text),
            }
        })
        .collect()
}

/// The "if"s of a rule: its words after "if" or "when", up to a `;`, cut at
/// ", or if", " or if" and at "and you" / "and your" (a second subject).
fn conditions(rule: &str) -> Vec<String> {
    let lower = rule.to_ascii_lowercase();
    let Some(at) = [" if ", " when "]
        .iter()
        .filter_map(|word| lower.find(word).map(|at| at + word.len()))
        .min()
    else {
        return Vec::new();
    };
    let mut rest = rule[at..].split(';').next().unwrap_or_default();
    // ", and an excellent option for …": a second thing said of the
    // subject, no condition.
    for tail in [", and a ", ", and an ", ", and the "] {
        if let Some(at) = rest.find(tail) {
            rest = &rest[..at];
        }
    }
    let mut parts: Vec<String> = vec![rest.to_owned()];
    for separator in [
        ", or if ",
        " or if ",
        ", or when ",
        " and you ",
        " and your ",
        " or you ",
        " or your ",
    ] {
        parts = parts
            .iter()
            .flat_map(|part| {
                let mut pieces: Vec<String> = part.split(separator).map(str::to_owned).collect();
                // The second subject stays with its words.
                if let Some(subject) = separator
                    .strip_prefix(" and ")
                    .or_else(|| separator.strip_prefix(" or "))
                    .filter(|subject| subject.starts_with("you"))
                {
                    for piece in pieces.iter_mut().skip(1) {
                        *piece = format!("{subject}{piece}");
                    }
                }
                pieces
            })
            .collect();
    }
    parts
        .into_iter()
        .map(|part| {
            part.trim()
                .trim_end_matches(['.', ',', '!'])
                .trim()
                .to_owned()
        })
        .filter(|part| !part.is_empty())
        .collect()
}

/// The slider a condition suggests: its words without their subject, up to
/// the first comma ("your project touches data, AI …" → "Touches data").
pub fn slider(condition: &str) -> Option<Slider> {
    let mut words = condition.trim();
    for subject in [
        "your project ",
        "the project ",
        "a project ",
        "your application ",
        "you are ",
        "you're ",
        "you ",
    ] {
        if words.len() > subject.len() && words[..subject.len()].eq_ignore_ascii_case(subject) {
            words = &words[subject.len()..];
            break;
        }
    }
    let label = words.split(',').next().unwrap_or_default().trim();
    (!label.is_empty() && !stems(label).is_empty()).then(|| Slider {
        label: capitalise(label),
        words: condition.trim().to_owned(),
    })
}

/// The sliders of every rule, each once (by label), in the rules' order.
pub fn sliders(rules: &[Rule]) -> Vec<Slider> {
    let mut out: Vec<Slider> = Vec::new();
    for condition in rules.iter().flat_map(|rule| &rule.conditions) {
        if let Some(slider) = slider(condition)
            && out.len() < MOST_SLIDERS
            && !out
                .iter()
                .any(|s| s.label.eq_ignore_ascii_case(&slider.label))
        {
            out.push(slider);
        }
    }
    out
}

/// Sentences that could say what a close call means: those that say
/// "both", "either" or "it depends", outside the rules; a list item's
/// label left off.
pub fn close_call(article: &Article, options: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, block) in article.blocks() {
        for sentence in sentences(block) {
            let lower = sentence.to_lowercase();
            let says =
                names(&lower, "both") || names(&lower, "either") || lower.contains("it depends");
            // "both" in words about one option ("Node.js runs on both …")
            // is no close call.
            let one = options.iter().filter(|o| names(sentence, o)).count() == 1;
            if !says || one || gives_rule(sentence) || out.len() == MOST_CLOSE {
                continue;
            }
            let text = if block.item && block.text[list_marker(&block.text)..].starts_with(sentence)
            {
                sentence.split_once(": ").map_or(sentence, |(_, rest)| rest)
            } else {
                sentence
            };
            if !out.iter().any(|t| t == text) {
                out.push(text.to_owned());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Vec<String> {
        vec!["Python".into(), "Node.js".into()]
    }

    #[test]
    fn a_sentence_gives_each_of_its_rules() {
        let rules = in_sentence(
            "The rule: choose Python if you value clarity; choose Node.js if you are building chat apps.",
            &options(),
            None,
        );
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].option, 0);
        assert_eq!(rules[0].text, "choose Python if you value clarity");
        assert_eq!(
            rules[1].text,
            "choose Node.js if you are building chat apps."
        );
    }

    #[test]
    fn it_is_the_option_its_paragraph_speaks_of() {
        let rules = in_sentence(
            "It is the natural choice when a project touches data.",
            &options(),
            Some(0),
        );
        assert_eq!(rules[0].option, 0);
        assert_eq!(rules[0].conditions, ["a project touches data"]);
    }

    #[test]
    fn conditions_split_at_or_if_and_a_second_subject() {
        assert_eq!(
            conditions(
                "choose X if your project touches data, or AI, or if you value clarity; it wins"
            ),
            ["your project touches data, or AI", "you value clarity"]
        );
        assert_eq!(
            conditions("choose X if your team knows JS and you want one language."),
            ["your team knows JS", "you want one language"]
        );
        assert_eq!(
            conditions("choose X if rows change often or you must shard."),
            ["rows change often", "you must shard"]
        );
    }

    #[test]
    fn a_slider_is_the_condition_without_its_subject() {
        assert_eq!(
            slider("your project touches data, ML, or AI")
                .unwrap()
                .label,
            "Touches data"
        );
        assert_eq!(slider("you").map(|s| s.label), None);
    }
}
