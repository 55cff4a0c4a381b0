//! What the line mode reads out of the pack: one factor, the article (its
//! sections, or one of them) and search results, as plain wrapped lines.

use std::fmt::Write;

use crate::content::Pack;
use crate::engine::Explanation;
use crate::search::{ItemKind, SearchIndex};
use crate::suggest::did_you_mean;
use crate::textkit::{capitalise, decimal, wrap};
use crate::words;

/// The line mode's width: the text output's.
const WIDTH: usize = 80;
/// Search results listed at most.
pub const HITS_SHOWN: usize = 10;

/// `text` wrapped to the width, each line after `indent`.
pub fn indented(out: &mut String, text: &str, indent: &str) {
    hanging(out, text, indent, indent);
}

/// `text` wrapped to the width, `first` before its first line and `rest`
/// before the others.
fn hanging(out: &mut String, text: &str, first: &str, rest: &str) {
    let room = WIDTH.saturating_sub(first.len().max(rest.len())).max(20);
    for (index, line) in wrap(text.trim_end(), room).iter().enumerate() {
        let _ = writeln!(out, "{}{line}", if index == 0 { first } else { rest });
    }
}

/// `factor ID`: the article's words on it, how much it counts now, its base
/// weight, and each option's rating with the words behind it.
pub fn factor(pack: &Pack, explanation: &Explanation) -> String {
    let mut out = String::new();
    let f = &pack.factors[explanation.factor];
    let _ = writeln!(out, "{} ({})", f.name, f.id);
    indented(&mut out, &format!("“{}”", f.summary.trim()), "  ");
    let counts = words::counts_now_phrase(pack, explanation);
    indented(&mut out, &format!("Counts now: {counts}"), "  ");
    let weight = words::base_weight_phrase(
        u32::try_from(explanation.weight).unwrap_or(u32::MAX),
        f.weight,
        explanation.weight_yours,
    );
    indented(&mut out, &capitalise(&weight), "  ");
    if words::rated_alike(explanation) {
        indented(&mut out, words::RATED_ALIKE, "  ");
    }
    indented(&mut out, words::RATINGS_HEADING, "  ");
    for (option, rated) in explanation.ratings.iter().enumerate() {
        let name = &pack.options[option].name;
        let (basis, whole) = words::rating_basis(pack, explanation.factor, option, rated);
        let rating = format!("{name} {}: {basis}", decimal(rated.value));
        hanging(&mut out, &rating, "    ", "      ");
        if let Some(sentence) = whole {
            let whole = format!("whole sentence: “{sentence}”");
            hanging(&mut out, &whole, "      ", "        ");
        }
    }
    if let Some(detail) = &f.detail {
        indented(&mut out, detail, "  ");
    }
    out
}

/// What `factor ID` says of an id that is no factor.
pub fn no_factor(pack: &Pack, id: &str) -> String {
    let hint = did_you_mean(id, pack.factors.iter().map(|f| f.id.as_str()));
    format!("unknown factor `{id}`{hint}; `search` finds one by its words")
}

/// `article`: the article's title and its sections, numbered, with their ids.
pub fn sections(pack: &Pack) -> String {
    let mut out = String::new();
    indented(&mut out, &pack.title, "");
    indented(&mut out, &format!("by {}", pack.source.publisher), "");
    let _ = writeln!(
        out,
        "Sections (article SECTION reads one, by its number or id):"
    );
    let _ = writeln!(out, "  0. intro: the introduction");
    for (index, section) in pack.sections.iter().enumerate() {
        indented(
            &mut out,
            &format!("{}. {}: {}", index + 1, section.id, section.title),
            "  ",
        );
    }
    if let Some(closing) = &pack.closing {
        let number = pack.sections.len() + 1;
        indented(
            &mut out,
            &format!("{number}. closing: {}", closing.title),
            "  ",
        );
    }
    out
}

/// `article SECTION`: one part of the article by its number, its id, or
/// `intro` / `closing`; or what is wrong with the name.
pub fn section(pack: &Pack, wanted: &str) -> Result<String, String> {
    let closing_number = pack.sections.len() + 1;
    let number = wanted.parse::<usize>().ok();
    let mut out = String::new();
    if wanted == "intro" || number == Some(0) {
        indented(&mut out, &pack.intro, "");
        return Ok(out);
    }
    if let Some(closing) = &pack.closing
        && (wanted == "closing" || number == Some(closing_number))
    {
        indented(&mut out, &closing.title, "");
        indented(&mut out, &closing.body, "");
        return Ok(out);
    }
    let found = match number {
        Some(n) => n.checked_sub(1).and_then(|index| pack.sections.get(index)),
        None => pack.sections.iter().find(|s| s.id == wanted),
    };
    let Some(section) = found else {
        let ids = ["intro", "closing"]
            .into_iter()
            .chain(pack.sections.iter().map(|s| s.id.as_str()));
        let hint = did_you_mean(wanted, ids);
        return Err(format!("no section `{wanted}`{hint}; `article` lists them"));
    };
    indented(&mut out, &section.title, "");
    indented(&mut out, &section.body, "");
    Ok(out)
}

/// `search WORDS`: the best hits, numbered, each with what it is (and for a
/// passage, the section it is in) and its whole text.
pub fn search(pack: &Pack, index: &SearchIndex, query: &str) -> String {
    let results = index.search(query);
    let mut out = String::new();
    if results.hits.is_empty() {
        let _ = writeln!(out, "Nothing matches “{query}”.");
        return out;
    }
    let shown = results.hits.len().min(HITS_SHOWN);
    let _ = writeln!(
        out,
        "{} of {} matches for “{query}”, best first:",
        shown,
        results.hits.len()
    );
    for (rank, hit) in results.hits.iter().take(HITS_SHOWN).enumerate() {
        let item = &index.items()[hit.item];
        // A factor or a slider with the id its command takes.
        let (what, id) = match (item.kind, &item.context) {
            (ItemKind::Passage, Some(context)) => (format!("article, {context}"), None),
            (ItemKind::Factor, _) => ("factor".into(), pack.factors.get(item.index).map(|f| &f.id)),
            (ItemKind::Slider, _) => ("slider".into(), pack.sliders.get(item.index).map(|s| &s.id)),
            (kind, _) => (kind.label().to_owned(), None),
        };
        let id = id.map_or_else(String::new, |id| format!(" ({id})"));
        let said = format!("{}. {what}: {}{id}", rank + 1, item.text);
        hanging(&mut out, &said, "  ", "     ");
    }
    out
}
