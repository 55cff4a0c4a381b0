//! `list`: the pack's options, factors and sliders with their ids, as text
//! or as one JSON object.

use std::fmt::Write;

use clap::ValueEnum;
use serde_json::{Map, Value, json};

use crate::content::{CLOSE, Expected, Pack, Rating, Situation};
use crate::engine::Engine;
use crate::textkit::{self, width, wrap};
use crate::words;

/// How `list` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// Options, factors and sliders with their ids, ranges and defaults.
pub fn list(pack: &Pack) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  ({})\n", pack.title, pack.id);
    options(&mut out, pack);
    factors(&mut out, pack);
    sliders(&mut out, pack);
    rules(&mut out, pack);
    situations(&mut out, pack);
    out
}

fn options(out: &mut String, pack: &Pack) {
    out.push_str("OPTIONS\n");
    let id_width = width::widest(pack.options.iter().map(|o| o.id.as_str()), usize::MAX);
    for option in &pack.options {
        let _ = writeln!(
            out,
            "  {}  {} — {}",
            width::pad(&option.id, id_width),
            option.name,
            option.tagline
        );
    }
}

fn factors(out: &mut String, pack: &Pack) {
    out.push_str("\nFACTORS (weight; ratings 0–10, this pack's reading of the article)\n");
    let id_width = width::widest(pack.factors.iter().map(|f| f.id.as_str()), 32);
    let engine = Engine::new(pack);
    for (f, factor) in pack.factors.iter().enumerate() {
        let explanation = engine.explain(&[], f);
        let ratings: Vec<String> = pack
            .options
            .iter()
            .enumerate()
            .map(|(o, option)| {
                let rating = textkit::decimal(explanation.ratings[o].value);
                match words::rating_source(pack, f, o) {
                    words::RatingSource::Slider(_) => format!("{} by slider", option.id),
                    words::RatingSource::NotSaid => format!("{} {rating} not said", option.id),
                    words::RatingSource::Basis { .. } => format!("{} {rating}", option.id),
                }
            })
            .collect();
        let prefix = format!("  {}  ", width::pad(&factor.id, id_width));
        let text = format!(
            "{} (weight {})  [{}]",
            factor.name,
            factor.weight,
            ratings.join(", ")
        );
        hanging(out, &prefix, &text);
    }
}

fn sliders(out: &mut String, pack: &Pack) {
    out.push_str("\nSLIDERS (--set ID=VALUE)\n");
    let id_width = width::widest(pack.sliders.iter().map(|t| t.id.as_str()), 32);
    for t in &pack.sliders {
        let range = if t.is_toggle() {
            "off / on".to_owned()
        } else {
            format!("0–{}", t.max)
        };
        let mut ends = String::new();
        if t.low.is_some() || t.high.is_some() {
            let _ = write!(
                ends,
                " (0 = {}, {} = {})",
                t.low.as_deref().unwrap_or("low"),
                t.max,
                t.high.as_deref().unwrap_or("high")
            );
        }
        let prefix = format!(
            "  {}  {}  default {}  ",
            width::pad(&t.id, id_width),
            width::pad(&range, 8),
            width::pad(&words::value_word(t, t.default), 3)
        );
        hanging(out, &prefix, &format!("{}{ends}", t.label));
    }
}

fn rules(out: &mut String, pack: &Pack) {
    if pack.rules.is_empty() {
        return;
    }
    out.push_str("\nRULES (the article's; `applies:` in situations names them by id)\n");
    let id_width = width::widest(
        pack.rules.iter().map(|r| r.id.as_deref().unwrap_or("-")),
        24,
    );
    for rule in &pack.rules {
        let prefix = format!(
            "  {}  {}: ",
            width::pad(rule.id.as_deref().unwrap_or("-"), id_width),
            pack.options[rule.option].id
        );
        hanging(out, &prefix, &format!("“{}”", rule.text.trim()));
    }
}

fn situations(out: &mut String, pack: &Pack) {
    if pack.situations.is_empty() {
        return;
    }
    out.push_str("\nSITUATIONS (checked by `stackcompare check`)\n");
    for situation in &pack.situations {
        let expect: Vec<String> = situation
            .expect
            .iter()
            .map(|e| match e {
                Expected::Option(o) => pack.options[*o].id.clone(),
                Expected::Close => CLOSE.to_owned(),
            })
            .collect();
        hanging(out, "  ", &situation.name);
        let text = format!(
            "{} → {}",
            situation_values(pack, situation),
            expect.join(" or ")
        );
        hanging(out, "      ", &text);
    }
}

/// "data_ai=10 one_language=on", or "the defaults".
fn situation_values(pack: &Pack, situation: &Situation) -> String {
    if situation.set.is_empty() {
        return "the defaults".into();
    }
    situation
        .set
        .iter()
        .map(|&s| {
            let t = &pack.sliders[s];
            format!("{}={}", t.id, words::value_word(t, situation.values[s]))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` after `prefix`, wrapped to 80 columns, continuing under itself.
fn hanging(out: &mut String, prefix: &str, text: &str) {
    let indent = width::width(prefix);
    let room = 80usize.saturating_sub(indent).max(20);
    for (index, line) in wrap(text, room).iter().enumerate() {
        let lead = if index == 0 {
            prefix.to_owned()
        } else {
            " ".repeat(indent)
        };
        let _ = writeln!(out, "{lead}{line}");
    }
}

/// The facts the text shows, as one pretty-printed JSON object for scripts:
/// the pack's id and title, its options, its factors with weights and how
/// each option is rated (a number, or the slider that rates it, as the pack
/// writes `ratings` and `rated_by`), and its sliders with ranges, defaults
/// and end labels.
pub fn list_json(pack: &Pack) -> String {
    let options: Vec<Value> = pack
        .options
        .iter()
        .map(|o| json!({"id": o.id, "name": o.name, "tagline": o.tagline}))
        .collect();
    let object = json!({
        "pack": pack.id,
        "title": pack.title,
        "options": options,
        "factors": factors_json(pack),
        "traits": sliders_json(pack),
        "rules": rules_json(pack),
        "situations": situations_json(pack),
    });
    let mut out = serde_json::to_string_pretty(&object).unwrap_or_default();
    out.push('\n');
    out
}

fn factors_json(pack: &Pack) -> Vec<Value> {
    pack.factors
        .iter()
        .map(|factor| {
            let mut ratings = Map::new();
            let mut rated_by = Map::new();
            let mut not_said = Vec::new();
            for (option, rating) in pack.options.iter().zip(&factor.ratings) {
                match rating {
                    Rating::Slider(s) => {
                        rated_by.insert(option.id.clone(), json!(pack.sliders[*s].id));
                    }
                    fixed => {
                        ratings.insert(option.id.clone(), json!(fixed.fixed()));
                        if *fixed == Rating::NotSaid {
                            not_said.push(option.id.as_str());
                        }
                    }
                }
            }
            json!({
                "id": factor.id,
                "name": factor.name,
                "weight": factor.weight,
                "ratings": ratings,
                "rated_by": rated_by,
                "not_said": not_said,
            })
        })
        .collect()
}

fn rules_json(pack: &Pack) -> Vec<Value> {
    pack.rules
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id,
                "option": pack.options[rule.option].id,
                "text": rule.text,
            })
        })
        .collect()
}

fn situations_json(pack: &Pack) -> Vec<Value> {
    pack.situations
        .iter()
        .map(|situation| {
            let values: Map<String, Value> = situation
                .set
                .iter()
                .map(|&s| (pack.sliders[s].id.clone(), json!(situation.values[s])))
                .collect();
            let expect: Vec<&str> = situation
                .expect
                .iter()
                .map(|e| match e {
                    Expected::Option(o) => pack.options[*o].id.as_str(),
                    Expected::Close => CLOSE,
                })
                .collect();
            let applies: Option<Vec<&str>> = situation.applies.as_ref().map(|rules| {
                rules
                    .iter()
                    .filter_map(|&r| pack.rules[r].id.as_deref())
                    .collect()
            });
            json!({
                "name": situation.name,
                "values": values,
                "expect": expect,
                "applies": applies,
                "basis": situation.basis,
            })
        })
        .collect()
}

fn sliders_json(pack: &Pack) -> Vec<Value> {
    pack.sliders
        .iter()
        .map(|t| {
            json!({
                "id": t.id,
                "label": t.label,
                "kind": if t.is_toggle() { "toggle" } else { "slider" },
                "min": 0,
                "max": t.max,
                "default": t.default,
                "low": t.low,
                "high": t.high,
                "neutral": t.neutral,
            })
        })
        .collect()
}
