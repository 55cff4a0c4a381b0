//! Bases speak of their option: a rating's basis must stand where the
//! article speaks of the option it rates (its clause names the option or an
//! alias, or says "both" or "either", or names no option in a paragraph
//! about that option alone). Each basis also learns the whole sentence it
//! stands in, so a basis cut from one can be shown with the rest.
//!
//! A basis is judged at the first place the quotation check found it; only
//! the few that fail there are looked for everywhere else, in one pass.

use std::collections::HashMap;

use super::Problems;
use super::quotes::{self, Article, Named, Quotation, Span, Speaks};
use crate::content::raw::PackFile;

/// A rating's basis: which quotation it is, and the factor and option it rates.
#[derive(Debug, Clone, Copy)]
pub struct Basis {
    pub quotation: usize,
    pub factor: usize,
    pub option: usize,
}

/// The whole sentences bases stand in, each once, and each basis's sentence
/// (an index into `sentences`) in the order the bases were given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentences {
    pub sentences: Vec<String>,
    pub of_basis: Vec<Option<u32>>,
}

/// Check every basis found in the article; bases not found were reported
/// by the quotation check already.
pub(super) fn check(
    pack: &PackFile,
    article: &Article,
    quotations: &[Quotation],
    spans: &[Option<Span>],
    bases: &[Basis],
    problems: &mut Problems,
) -> Sentences {
    let mut places: Vec<Option<Span>> = bases
        .iter()
        .map(|basis| {
            spans
                .get(basis.quotation)
                .copied()
                .flatten()
                .filter(|&span| article.speaks(span, basis.option) == Speaks::Yes)
        })
        .collect();
    look_again(article, quotations, spans, bases, &mut places);
    let mut sentences = Sentences::default();
    let mut index: HashMap<(usize, usize), u32> = HashMap::new();
    for (basis, place) in bases.iter().zip(&places) {
        let first = spans.get(basis.quotation).copied().flatten();
        let Some(first) = first else {
            sentences.of_basis.push(None);
            continue;
        };
        if place.is_none() {
            refuse(pack, article, quotations, *basis, first, problems);
        }
        let span = place.unwrap_or(first);
        let sentence = article.sentence(span);
        let next = u32::try_from(sentences.sentences.len()).unwrap_or(u32::MAX);
        let id = *index
            .entry((sentence.start, sentence.end))
            .or_insert_with(|| {
                sentences.sentences.push(article.text(sentence).to_owned());
                next
            });
        sentences.of_basis.push(Some(id));
    }
    sentences
}

/// For bases whose first place does not speak of their option, the first
/// other place their words stand that does, in one pass over the article.
fn look_again(
    article: &Article,
    quotations: &[Quotation],
    spans: &[Option<Span>],
    bases: &[Basis],
    places: &mut [Option<Span>],
) {
    // One text per (words, option): the same words may speak of one option
    // where they stand and not of another.
    let mut texts: Vec<&str> = Vec::new();
    let mut options: Vec<usize> = Vec::new();
    let mut text_of: HashMap<(&str, usize), usize> = HashMap::new();
    let mut waiting: Vec<(usize, usize)> = Vec::new();
    for (n, basis) in bases.iter().enumerate() {
        if places[n].is_some() || spans.get(basis.quotation).copied().flatten().is_none() {
            continue;
        }
        let text = quotations[basis.quotation].text;
        let next = texts.len();
        let id = *text_of.entry((text, basis.option)).or_insert(next);
        if id == next {
            texts.push(text);
            options.push(basis.option);
        }
        waiting.push((n, id));
    }
    if waiting.is_empty() {
        return;
    }
    let found = quotes::first_place_where(article, &texts, |id, span| {
        article.speaks(span, options[id]) == Speaks::Yes
    });
    for (n, id) in waiting {
        places[n] = found[id];
    }
}

fn refuse(
    pack: &PackFile,
    article: &Article,
    quotations: &[Quotation],
    basis: Basis,
    span: Span,
    problems: &mut Problems,
) {
    let name = |o: usize| pack.options.get(o).map_or("?", |o| o.name.as_str());
    let names = |named: Named| -> String {
        let list: Vec<&str> = (0..pack.options.len().min(8))
            .filter(|&o| named & (1 << o) != 0)
            .map(name)
            .collect();
        match list.split_last() {
            None => "no option".to_owned(),
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    };
    let option = name(basis.option);
    let sentence = article.sentence_text(span);
    let why = match article.speaks(span, basis.option) {
        Speaks::Others(named) => format!(
            "it stands in “{sentence}”, which speaks of {}",
            names(named)
        ),
        Speaks::Paragraph(named) => format!(
            "it stands in “{sentence}”, which names no option, in a paragraph about {}",
            names(named)
        ),
        Speaks::Yes => return,
    };
    problems.add(
        || quotations[basis.quotation].path(),
        || {
            format!(
                "the basis of {option}'s rating on factor `{}` does not speak of {option}: {why}; quote words about {option} (or that say \"both\"), or write `not_said: true`",
                pack.factors.get(basis.factor).map_or("?", |f| f.id.as_str())
            )
        },
    );
}
