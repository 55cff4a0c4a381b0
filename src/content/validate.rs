//! Checks a parsed pack against the rules serde cannot express, reporting
//! every problem at once (up to a bound), each with the field path where it
//! sits. Counts are checked first: a pack with a million options is refused
//! before anything is done a million times.

use std::collections::{BTreeMap, HashMap, HashSet};

mod bases;
mod conditions;
mod factors;
pub mod marks;
mod situations;

pub use super::problems::{MAX_PROBLEMS, Problem, Problems, id_problem};
pub use bases::Sentences;

use super::quotes::{self, Article, Part, Quotation};
use super::raw::{PackFile, SCHEMA_VERSION, SliderFile};
use crate::suggest::Names;
use conditions::{Bare, Sliders};
use factors::Quoted;

/// Slider `max` runs 1..=100.
pub const MAX_SLIDER: u32 = 100;
/// The largest weight or raise, in importance per step.
pub const MAX_WEIGHT: u32 = 1000;
/// Ratings run 0..=10.
pub const MAX_RATING: u32 = 10;
/// A pack compares 2..=8 options.
pub const OPTIONS: std::ops::RangeInclusive<usize> = 2..=8;
/// How many factors, sliders, sections and rules a pack may have.
pub const MAX_FACTORS: usize = 100_000;
pub const MAX_TRAITS: usize = 1_000;
pub const MAX_SECTIONS: usize = 10_000;
pub const MAX_RULES: usize = 10_000;
/// Sliders that rate options must have maxima whose least common multiple is
/// at most this, so every sum stays a whole number well inside 128 bits.
pub const MAX_RATING_SCALE: u64 = 10_000;

/// Every problem in `pack`, the quotations checked against its article text.
pub fn validate(pack: &PackFile) -> Problems {
    check(pack).0
}

/// Every problem in `pack`, and the whole sentences its bases stand in.
pub fn check(pack: &PackFile) -> (Problems, Sentences) {
    let mut problems = Problems::default();
    if pack.schema != SCHEMA_VERSION {
        problems.at("schema", || super::schema_message(pack.schema));
        return (problems, Sentences::default());
    }
    if !counts(pack, &mut problems) {
        return (problems, Sentences::default());
    }
    header(pack, &mut problems);
    marks::check(pack, &mut problems);
    let options = Names::new(pack.options.iter().map(|o| o.id.as_str()));
    let factors = Names::new(pack.factors.iter().map(|f| f.id.as_str()));
    let sliders = Sliders::new(&pack.sliders);
    let mut quoted = Quoted::default();
    options_section(pack, &mut problems);
    factors::check(pack, &options, &sliders.names, &mut quoted, &mut problems);
    sliders_section(pack, &factors, &mut problems);
    sections_section(pack, &mut problems);
    rules_section(
        pack,
        &options,
        &sliders,
        &mut quoted.quotations,
        &mut problems,
    );
    close_call(pack, &sliders, &mut quoted.quotations, &mut problems);
    situations::check(
        pack,
        &options,
        &sliders,
        &mut quoted.quotations,
        &mut problems,
    );
    rating_scale(pack, &mut problems);
    let article = article(pack);
    let spans = quotes::check(&article, &quoted.quotations, &mut problems);
    let sentences = bases::check(
        pack,
        &article,
        &quoted.quotations,
        &spans,
        &quoted.bases,
        &mut problems,
    );
    (problems, sentences)
}

/// The article text quotations must come from, in reading order, each
/// section's body under its title, with the names each option goes by.
fn article(pack: &PackFile) -> Article {
    fn part<'a>(text: &'a str, heading: Option<&'a str>) -> Part<'a> {
        Part { text, heading }
    }
    let mut parts = vec![part(&pack.title, None), part(&pack.intro, None)];
    for section in &pack.sections {
        parts.push(part(&section.title, None));
        parts.push(part(&section.body, Some(&section.title)));
    }
    if let Some(closing) = &pack.closing {
        parts.push(part(&closing.title, None));
        parts.push(part(&closing.body, Some(&closing.title)));
    }
    let names: Vec<Vec<&str>> = pack
        .options
        .iter()
        .map(|o| {
            std::iter::once(o.name.as_str())
                .chain(o.aliases.iter().map(String::as_str))
                .collect()
        })
        .collect();
    Article::new(&parts, &names)
}

/// Out-of-range counts, which stop validation before any per-item check.
fn counts(pack: &PackFile, problems: &mut Problems) -> bool {
    let limits = [
        (
            "options",
            pack.options.len(),
            *OPTIONS.start(),
            *OPTIONS.end(),
        ),
        ("factors", pack.factors.len(), 1, MAX_FACTORS),
        ("traits", pack.sliders.len(), 1, MAX_TRAITS),
        ("sections", pack.sections.len(), 0, MAX_SECTIONS),
        ("rules", pack.rules.len(), 0, MAX_RULES),
    ];
    let mut ok = true;
    for (list, count, low, high) in limits {
        if !(low..=high).contains(&count) {
            ok = false;
            problems.at(list, || {
                let what = if list == "traits" {
                    "traits (sliders)"
                } else {
                    list
                };
                format!("a pack has {low} to {high} {what}; this one has {count}")
            });
        }
    }
    ok
}

fn header(pack: &PackFile, problems: &mut Problems) {
    problems.id(|| "id".into(), "pack id", &pack.id, false);
    problems.text(|| "title".into(), "title", &pack.title);
    if pack.source.decide.is_none() {
        problems.text(
            || "source.publisher".into(),
            "source.publisher",
            &pack.source.publisher,
        );
    }
    if let Some(url) = &pack.source.url {
        let web = ["http://", "https://"].iter().any(|scheme| {
            url.len() > scheme.len() && url[..scheme.len()].eq_ignore_ascii_case(scheme)
        });
        if !web || url.chars().any(char::is_whitespace) {
            problems.at("source.url", || {
                format!("source.url `{url}` must be an http:// or https:// address (or null)")
            });
        }
    }
    if let Some(choosing) = &pack.choosing {
        problems.text(|| "choosing".into(), "choosing", choosing);
    }
    problems.text(|| "intro".into(), "intro", &pack.intro);
    if let Some(closing) = &pack.closing {
        problems.text(|| "closing.title".into(), "closing title", &closing.title);
        problems.text(|| "closing.body".into(), "closing body", &closing.body);
    }
}

fn options_section(pack: &PackFile, problems: &mut Problems) {
    for (i, option) in pack.options.iter().enumerate() {
        problems.id(|| format!("options.{i}.id"), "option id", &option.id, true);
        problems.text(|| format!("options.{i}.name"), "option name", &option.name);
        // An option still to decide may lack its own words for now.
        if option.decide.is_none() {
            problems.text(
                || format!("options.{i}.tagline"),
                "option tagline",
                &option.tagline,
            );
            problems.text(
                || format!("options.{i}.summary"),
                "option summary",
                &option.summary,
            );
        }
        for (k, alias) in option.aliases.iter().enumerate() {
            problems.text(|| format!("options.{i}.aliases.{k}"), "alias", alias);
        }
    }
    problems.unique("options", pack.options.iter().map(|o| o.id.as_str()));
}

fn sliders_section(pack: &PackFile, factors: &Names, problems: &mut Problems) {
    let rating_sliders: HashSet<&str> = pack
        .factors
        .iter()
        .flat_map(|f| f.rated_by.values().map(String::as_str))
        .collect();
    for (i, t) in pack.sliders.iter().enumerate() {
        one_slider(
            i,
            t,
            factors,
            rating_sliders.contains(t.id.as_str()),
            problems,
        );
    }
    problems.unique("traits", pack.sliders.iter().map(|t| t.id.as_str()));
}

fn one_slider(i: usize, t: &SliderFile, factors: &Names, rates: bool, problems: &mut Problems) {
    let path = |field: &str| format!("traits.{i}.{field}");
    problems.id(|| path("id"), "slider id", &t.id, true);
    problems.text(|| path("label"), "slider label", &t.label);
    problems.text(|| path("help"), "slider help", &t.help);
    if t.max == 0 || t.max > MAX_SLIDER {
        problems.add(
            || path("max"),
            || format!("max {} is out of range 1–{MAX_SLIDER}", t.max),
        );
    }
    if t.default > t.max {
        problems.add(
            || path("default"),
            || {
                format!(
                    "default {} of slider `{}` is above its max {}",
                    t.default, t.id, t.max
                )
            },
        );
    }
    for (field, label) in [("low", &t.low), ("high", &t.high)] {
        if let Some(label) = label {
            problems.text(|| path(field), &format!("slider {field} label"), label);
        }
    }
    for (field, map) in [("raises", &t.raises), ("raises_low", &t.raises_low)] {
        raises(&path(field), map, factors, problems);
    }
    if let Some(neutral) = t.neutral
        && (neutral.from == 0 || neutral.to >= t.max || neutral.from > neutral.to)
    {
        let said = if neutral.from == neutral.to {
            format!("neutral {}", neutral.from)
        } else {
            format!("neutral [{}, {}]", neutral.from, neutral.to)
        };
        problems.add(
            || path("neutral"),
            || {
                format!(
                    "{said} of slider `{}` must lie between its ends, within 1–{} (a range from low to high)",
                    t.id,
                    t.max.saturating_sub(1)
                )
            },
        );
    }
    let raises_something = t
        .raises
        .values()
        .chain(t.raises_low.values())
        .any(|&n| n > 0);
    if !raises_something && !rates && t.decide.is_none() {
        problems.add(
            || path("id"),
            || {
                format!(
                    "slider `{}` neither raises a factor nor rates an option, so it would change nothing (give it `raises`, or name it in a factor's `rated_by`)",
                    t.id
                )
            },
        );
    }
}

fn raises(path: &str, map: &BTreeMap<String, u32>, factors: &Names, problems: &mut Problems) {
    for (factor, &per_step) in map {
        if !factors.contains(factor) {
            problems.add(
                || format!("{path}.{factor}"),
                || format!("unknown factor `{factor}`{}", factors.hint(factor)),
            );
        }
        problems.number(
            || format!("{path}.{factor}"),
            "importance per step",
            per_step,
            MAX_WEIGHT,
        );
    }
}

fn sections_section(pack: &PackFile, problems: &mut Problems) {
    for (i, section) in pack.sections.iter().enumerate() {
        problems.id(
            || format!("sections.{i}.id"),
            "section id",
            &section.id,
            true,
        );
        problems.text(
            || format!("sections.{i}.title"),
            "section title",
            &section.title,
        );
        problems.text(
            || format!("sections.{i}.body"),
            "section body",
            &section.body,
        );
    }
    problems.unique("sections", pack.sections.iter().map(|s| s.id.as_str()));
}

fn rules_section<'a>(
    pack: &'a PackFile,
    options: &Names,
    sliders: &Sliders,
    quotations: &mut Vec<Quotation<'a>>,
    problems: &mut Problems,
) {
    for (i, rule) in pack.rules.iter().enumerate() {
        if let Some(id) = &rule.id {
            problems.id(|| format!("rules.{i}.id"), "rule id", id, true);
        }
        if !options.contains(&rule.option) {
            problems.add(
                || format!("rules.{i}.option"),
                || {
                    format!(
                        "rule names unknown option `{}`{}",
                        rule.option,
                        options.hint(&rule.option)
                    )
                },
            );
        }
        quotations.push(Quotation::indexed(
            "rules",
            i,
            "text",
            "rule text",
            &rule.text,
        ));
        if rule.when.is_empty() && rule.decide.is_none() {
            problems.add(
                || format!("rules.{i}.when"),
                || {
                    "a rule with no `when` never applies: give it the conditions of its own \"if\""
                        .into()
                },
            );
        }
        conditions::check(
            &format!("rules.{i}.when"),
            &rule.when,
            sliders,
            Bare::Pushes,
            problems,
        );
    }
    let ids: Vec<(usize, &str)> = (pack.rules.iter().enumerate())
        .filter_map(|(i, rule)| Some((i, rule.id.as_deref()?)))
        .collect();
    let mut seen = HashSet::new();
    for (i, id) in ids {
        if !seen.insert(id) {
            problems.add(
                || format!("rules.{i}.id"),
                || format!("duplicate id `{id}` in rules"),
            );
        }
    }
}

fn close_call<'a>(
    pack: &'a PackFile,
    sliders: &Sliders,
    quotations: &mut Vec<Quotation<'a>>,
    problems: &mut Problems,
) {
    let close = &pack.close_call;
    problems.number(|| "close_call.margin".into(), "margin", close.margin, 100);
    match (&close.text, close.texts.is_empty()) {
        (Some(text), true) => quotations.push(Quotation::new(
            "close_call.text".into(),
            "close_call text",
            text,
        )),
        (Some(_), false) => problems.at("close_call.texts", || {
            "give `texts`, or one `text`, not both".into()
        }),
        (None, true) if close.decide.is_some() => {}
        (None, true) => problems.at("close_call", || {
            "close_call needs a `text` (or `texts`): the article's words for a close call".into()
        }),
        (None, false) => {}
    }
    for (i, text) in close.texts.iter().enumerate() {
        quotations.push(Quotation::new(
            format!("close_call.texts.{i}.text"),
            "close_call text",
            &text.text,
        ));
        conditions::check(
            &format!("close_call.texts.{i}.when"),
            &text.when,
            sliders,
            Bare::Refused,
            problems,
        );
    }
}

/// The least common multiple of the rating sliders' maxima, kept small.
fn rating_scale(pack: &PackFile, problems: &mut Problems) {
    let index: HashMap<&str, usize> = pack
        .sliders
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let mut used: Vec<usize> = pack
        .factors
        .iter()
        .flat_map(|f| f.rated_by.values())
        .filter_map(|id| index.get(id.as_str()).copied())
        .collect();
    used.sort_unstable();
    used.dedup();
    let mut scale: u64 = 1;
    for i in used {
        let max = u64::from(pack.sliders[i].max.clamp(1, MAX_SLIDER));
        scale = scale / gcd(scale, max) * max;
        if scale > MAX_RATING_SCALE {
            problems.at(&format!("traits.{i}.max"), || {
                format!(
                    "the sliders that rate options need maxima with a common multiple of at most {MAX_RATING_SCALE}; use maxima such as 1, 5, 10 or 100"
                )
            });
            return;
        }
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}
