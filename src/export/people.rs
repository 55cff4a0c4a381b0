//! The group in every format: each person's verdict and fits, and the
//! sliders they disagree on most. Shown only when several profiles were given.

use std::fmt::Write;

use serde_json::{Value, json};

use super::inline;
use super::json::verdict_json;
use crate::content::Pack;
use crate::group::Group;
use crate::textkit;
use crate::words;

/// Plain text, 80 columns, for `recommend`.
pub fn text(out: &mut String, pack: &Pack, group: &Group) {
    let _ = writeln!(out, "\nThe people ({})", group.people.len());
    let _ = writeln!(out, "  {}", words::GROUP_INTRO);
    let width = textkit::width::widest(group.people.iter().map(|p| p.name.as_str()), 20);
    for (person, r) in group.people.iter().zip(&group.recommendations) {
        let name = textkit::width::pad(&person.name, width);
        let verdict = words::verdict_label(pack, r.verdict);
        let _ = writeln!(out, "  {name}  {verdict}: {}", words::person_fits(pack, r));
    }
    if group.disagreements.is_empty() {
        let _ = writeln!(out, "  Everyone set every slider alike.");
        return;
    }
    out.push_str("\nWhere they disagree most\n");
    for d in &group.disagreements {
        let label = &pack.traits[d.slider].label;
        let _ = writeln!(
            out,
            "  {label} (spread {}): {}",
            d.spread,
            words::people_values(pack, group, d.slider, usize::MAX)
        );
    }
}

/// A markdown section: a table of people, and a list of disagreements.
pub fn markdown(out: &mut String, pack: &Pack, group: &Group) {
    let _ = writeln!(out, "\n## The people\n\n{}\n", words::GROUP_INTRO);
    out.push_str("| Person | Verdict |");
    for option in &pack.options {
        let _ = write!(out, " {} fit |", inline(&option.name));
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---:|".repeat(pack.options.len()));
    out.push('\n');
    for (person, r) in group.people.iter().zip(&group.recommendations) {
        let _ = write!(
            out,
            "| {} | {} |",
            inline(&person.name),
            inline(&words::verdict_label(pack, r.verdict))
        );
        for option in 0..pack.options.len() {
            let _ = write!(out, " {} |", r.fit_rounded(option));
        }
        out.push('\n');
    }
    if group.disagreements.is_empty() {
        out.push_str("\nEveryone set every slider alike.\n");
        return;
    }
    out.push_str("\nWhere they disagree most:\n\n");
    for d in &group.disagreements {
        let _ = writeln!(
            out,
            "- **{}** (spread {}): {}",
            inline(&pack.traits[d.slider].label),
            d.spread,
            inline(&words::people_values(pack, group, d.slider, usize::MAX))
        );
    }
}

/// `people` and `disagreements` for the JSON object.
pub fn json(pack: &Pack, group: &Group) -> (Value, Value) {
    let people: Vec<Value> = group
        .people
        .iter()
        .zip(&group.recommendations)
        .map(|(person, r)| {
            let values: serde_json::Map<String, Value> = pack
                .traits
                .iter()
                .zip(&person.values)
                .map(|(t, v)| (t.id.clone(), json!(v)))
                .collect();
            let scores: Vec<Value> = (0..pack.options.len())
                .map(|o| json!({"option": pack.options[o].id, "score": r.fit_rounded(o), "fit": r.fit(o)}))
                .collect();
            json!({"name": person.name, "values": values, "verdict": verdict_json(pack, r.verdict), "scores": scores})
        })
        .collect();
    let disagreements: Vec<Value> = group
        .disagreements
        .iter()
        .map(|d| {
            let values: Vec<Value> = group
                .people
                .iter()
                .map(|p| json!({"name": p.name, "value": p.values[d.slider]}))
                .collect();
            json!({"trait": pack.traits[d.slider].id, "spread": d.spread, "values": values})
        })
        .collect();
    (json!(people), json!(disagreements))
}
