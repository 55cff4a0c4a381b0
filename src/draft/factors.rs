//! The factors: one per "- Label: text" item of a comparison list, and one
//! per heading whose section compares the options; for each option, the
//! clauses that speak of it on that factor, most likely first.

use super::article::{Article, Block, Section, clauses, list_marker, sentences};
use super::names::{names, overlap, stems};
use crate::textkit::capitalise;

/// A draft keeps at most this many factors (a pack may have more; an
/// article that seems to have more is not a comparison list).
pub const MOST: usize = 60;
/// Candidate bases kept per option and factor.
const CANDIDATES: usize = 4;
/// The score a candidate needs to stand as the basis: in the factor's own
/// words (50 and more), or sharing two of its words elsewhere.
const LIKELY: u32 = 20;
/// A list label is this many words at most.
const LABEL_WORDS: usize = 5;

/// One factor of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Factor {
    pub name: String,
    /// The article's words for it: the item's text, or the section's first
    /// sentence that speaks of an option.
    pub summary: String,
    /// Per option, the clauses that could be its basis, most likely first.
    pub candidates: Vec<Vec<String>>,
    /// Per option, whether the first candidate is likely enough to stand
    /// as the basis (it stands in the factor's own words, or shares two of
    /// them); else the rating is left `not_said`, the candidates shown.
    pub likely: Vec<bool>,
}

/// Where a factor's own words are, by block number (in reading order):
/// its list item, or its section's blocks.
#[derive(Debug, Clone)]
enum Home {
    Item(usize),
    Section(std::ops::Range<usize>),
}

/// The factors of `article`, rated for `options`.
pub fn find(article: &Article, options: &[String]) -> Vec<Factor> {
    let mut found: Vec<(String, String, Vec<Home>)> = Vec::new();
    for (n, (_, block)) in article.blocks().enumerate() {
        if let Some((label, text)) = labelled(block)
            && found.len() < MOST
        {
            found.push((label, text.to_owned(), vec![Home::Item(n)]));
        }
    }
    // Items are factors only where they make a list (two or more).
    if found.len() < 2 {
        found.clear();
    }
    let mut first_block = article.intro.len();
    for section in &article.sections {
        let blocks = first_block..first_block + section.blocks.len();
        first_block = blocks.end;
        let Some(name) = comparison_heading(section, options) else {
            continue;
        };
        let wanted = stems(&name);
        let same = found.iter().position(|(label, ..)| {
            overlap(&wanted, label) > 0 && overlap(&stems(label), &name) > 0
        });
        match same {
            Some(f) => found[f].2.push(Home::Section(blocks)),
            None if found.len() < MOST => {
                let summary = first_comparing(section, options);
                found.push((name, summary, vec![Home::Section(blocks)]));
            }
            None => {}
        }
    }
    let index = Index::new(article, options);
    found
        .into_iter()
        .filter(|(_, summary, _)| !summary.is_empty())
        .map(|(name, summary, homes)| {
            let (candidates, likely) = (0..options.len())
                .map(|o| index.candidates(&name, &homes, o))
                .unzip();
            Factor {
                name,
                summary,
                candidates,
                likely,
            }
        })
        .collect()
}

/// "- Label: text": the label (markdown emphasis taken off) and the text.
fn labelled(block: &Block) -> Option<(String, &str)> {
    if !block.item {
        return None;
    }
    let item = &block.text[list_marker(&block.text)..];
    let (label, text) = item.split_once(": ")?;
    let label = label.trim_matches(|c| c == '*' || c == '_').trim();
    let short = label.split_whitespace().count() <= LABEL_WORDS && label.chars().count() <= 40;
    (short && !label.is_empty() && !text.trim().is_empty()).then(|| (label.to_owned(), text.trim()))
}

/// A heading whose section compares the options: it names none of them,
/// its text names two or more, it gives no rule and holds no comparison
/// list. Its name drops "The" and "factor" ("The performance factor").
fn comparison_heading(section: &Section, options: &[String]) -> Option<String> {
    if options.iter().any(|o| names(&section.title, o)) {
        return None;
    }
    let text: Vec<&str> = section.blocks.iter().map(|b| b.text.as_str()).collect();
    let named = options
        .iter()
        .filter(|o| text.iter().any(|t| names(t, o)))
        .count();
    let rules = text.iter().any(|t| super::rules::gives_rule(t));
    let listed = section
        .blocks
        .iter()
        .filter(|b| labelled(b).is_some())
        .count();
    if named < 2 || rules || listed >= 2 {
        return None;
    }
    let mut name = section.title.trim_end_matches(['?', '!']).to_owned();
    for article in ["The ", "A ", "An "] {
        if let Some(rest) = name.strip_prefix(article) {
            name = rest.to_owned();
        }
    }
    for tail in [" factors", " factor", " comparison"] {
        if let Some(rest) = name.strip_suffix(tail) {
            name = rest.to_owned();
        }
    }
    let name = capitalise(name.trim());
    (!name.is_empty()).then_some(name)
}

/// The first sentence of `section` that names an option, or its first.
fn first_comparing(section: &Section, options: &[String]) -> String {
    let all: Vec<&str> = section.blocks.iter().flat_map(sentences).collect();
    all.iter()
        .find(|s| options.iter().any(|o| names(s, o)))
        .or(all.first())
        .map_or_else(String::new, |s| (*s).to_owned())
}

/// One clause of the article, with what it names.
struct Clause<'a> {
    text: &'a str,
    /// Which options it names (by index).
    named: Vec<bool>,
    /// It says "both" or "either".
    both: bool,
    /// The option its paragraph and heading speak of alone, if one.
    alone: Option<usize>,
    /// The number of the block it stands in, in reading order.
    block: usize,
    /// Its telling words (read once, asked of every factor).
    stems: Vec<String>,
}

/// Every clause of the article, read once.
struct Index<'a> {
    clauses: Vec<Clause<'a>>,
}

impl<'a> Index<'a> {
    fn new(article: &'a Article, options: &[String]) -> Self {
        let of = |text: &str| -> Vec<bool> { options.iter().map(|o| names(text, o)).collect() };
        let mut all = Vec::new();
        for (n, (heading, block)) in article.blocks().enumerate() {
            let mut speaks = of(&block.text);
            if let Some(heading) = heading {
                for (o, named) in of(heading).into_iter().enumerate() {
                    speaks[o] |= named;
                }
            }
            let alone = match speaks.iter().filter(|&&named| named).count() {
                1 => speaks.iter().position(|&named| named),
                _ => None,
            };
            let label = labelled(block).map(|(label, _)| label);
            for sentence in sentences(block) {
                for clause in clauses(sentence) {
                    let text = clause.trim_end_matches([';', ':', ',']).trim();
                    // An item's label is no basis.
                    if text.is_empty() || label.as_deref().is_some_and(|l| text.ends_with(l)) {
                        continue;
                    }
                    let lower = text.to_lowercase();
                    all.push(Clause {
                        text,
                        named: of(text),
                        both: names(&lower, "both") || names(&lower, "either"),
                        alone,
                        block: n,
                        stems: stems(text),
                    });
                }
            }
        }
        Self { clauses: all }
    }

    /// The clauses that speak of option `o` on the factor `name` whose own
    /// words are at `homes`, most likely first: its own item's, then its
    /// section's, then the others that share its words.
    fn candidates(&self, name: &str, homes: &[Home], o: usize) -> (Vec<String>, bool) {
        let wanted = stems(name);
        let at_home = |block: usize| -> u32 {
            homes
                .iter()
                .map(|home| match home {
                    Home::Item(item) if *item == block => 100,
                    Home::Section(blocks) if blocks.contains(&block) => 50,
                    _ => 0,
                })
                .max()
                .unwrap_or(0)
        };
        let mut scored: Vec<(u32, usize, &str)> = Vec::new();
        for (n, clause) in self.clauses.iter().enumerate() {
            let others = (0..clause.named.len()).any(|other| other != o && clause.named[other]);
            let none_named = !clause.named.iter().any(|&named| named);
            // "both" in a clause about another option ("Node.js runs on both
            // client and server") says nothing of this one.
            let speaks = clause.named[o]
                || (clause.both && !others)
                || (none_named && clause.alone == Some(o));
            if !speaks {
                continue;
            }
            let shared = wanted.iter().filter(|w| clause.stems.contains(w)).count();
            let shared = u32::try_from(shared).unwrap_or(u32::MAX);
            let home = at_home(clause.block);
            if home == 0 && shared == 0 {
                continue;
            }
            // Words about this option alone weigh more than "both".
            let own = if clause.named[o] { 5 } else { 0 };
            scored.push((home + 10 * shared.min(5) + own, n, clause.text));
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let likely = scored.first().is_some_and(|(score, ..)| *score >= LIKELY);
        let mut out: Vec<String> = Vec::new();
        for (_, _, text) in scored {
            if out.len() == CANDIDATES {
                break;
            }
            if !out.iter().any(|t| t == text) {
                out.push(text.to_owned());
            }
        }
        (out, likely)
    }
}
