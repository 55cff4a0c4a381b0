//! `diff`: what changed between two versions of a pack, and whose verdict
//! it moved, as text for people, JSON for scripts and GitHub workflow
//! commands that annotate the new file's lines. Each change sits where
//! validation would place a problem with it (`diff::yaml_path`, read by the
//! loader's own locator); something removed, at its parent, else line 1.

use serde_json::{Value, json};

use super::json::{FORMAT, verdict_with_lead};
use super::text::hanging;
use crate::content::Pack;
use crate::content::yaml::Locator;
use crate::diagnostic::{self, Diagnostic, Place, escape_controls, shorten_quotes};
use crate::diff::{Change, Item, Moved, ProfileDiff, RatingValue, RuleKey, yaml_path};
use crate::words;

/// One version of the pack: how its file is named, the pack, its text.
#[derive(Debug, Clone, Copy)]
pub struct Version<'a> {
    pub name: &'a str,
    pub pack: &'a Pack,
    pub text: &'a str,
}

/// Two versions, the changes between them, and each profile (by the name
/// its file is given as) against both.
#[derive(Debug, Clone, Copy)]
pub struct Diffed<'a> {
    pub old: Version<'a>,
    pub new: Version<'a>,
    pub changes: &'a [Change],
    pub profiles: &'a [(String, ProfileDiff)],
}

impl Diffed<'_> {
    fn said(&self, change: &Change) -> String {
        words::pack_change_phrase(self.old.pack, self.new.pack, change)
    }

    fn profile_said(&self, name: &str, diff: &ProfileDiff) -> String {
        words::profile_phrase(self.old.pack, self.new.pack, self.changes, name, diff)
    }

    /// Each change's place in the new file; line 1 when it has none.
    fn places(&self) -> Vec<Place> {
        let locator = Locator::new(self.new.text);
        (self.changes.iter())
            .map(|change| {
                let paths = yaml_path(change, self.new.pack);
                (paths.iter())
                    .find_map(|path| locator.find_exact(path))
                    .or_else(|| locator.find(&paths[0]))
                    .unwrap_or(Place { line: 1, column: 1 })
            })
            .collect()
    }

    fn moved(&self) -> usize {
        self.profiles.iter().filter(|(_, p)| p.moved()).count()
    }
}

/// The changes and the profiles for people, 80 columns.
pub fn diff_text(d: &Diffed) -> String {
    let mut out = String::new();
    let (old, new) = (escape_controls(d.old.name), escape_controls(d.new.name));
    hanging(
        &mut out,
        &words::diff_heading(&old, &new, d.changes.len()),
        "",
        "",
    );
    for change in d.changes {
        hanging(&mut out, &escape_controls(d.said(change)), "  ", "    ");
    }
    if d.profiles.is_empty() {
        return out;
    }
    out.push_str("\nProfiles\n");
    for (name, diff) in d.profiles {
        let said = escape_controls(d.profile_said(name, diff));
        hanging(&mut out, &said, "  ", "    ");
        if let Moved::NoLongerLoads(found) = &diff.outcome {
            for problem in &found.0 {
                hanging(&mut out, &problem.to_string(), "    ", "      ");
            }
        }
    }
    hanging(
        &mut out,
        &words::profiles_summary(d.moved(), d.profiles.len()),
        "",
        "",
    );
    out
}

/// The whole diff as one pretty-printed JSON object, ending in a newline.
pub fn diff_json(d: &Diffed) -> String {
    let places = d.places();
    let changes: Vec<Value> = (d.changes.iter().zip(&places))
        .map(|(change, place)| {
            let mut value = change_json(change);
            value["said"] = json!(d.said(change));
            value["line"] = json!(place.line);
            value["column"] = json!(place.column);
            value
        })
        .collect();
    let profiles: Vec<Value> = (d.profiles.iter())
        .map(|(name, diff)| profile_json(d, name, diff))
        .collect();
    let object = json!({
        "format": FORMAT,
        "old": pack_json(&d.old),
        "new": pack_json(&d.new),
        "changes": changes,
        "profiles": profiles,
        "moved": d.moved(),
    });
    let mut out = serde_json::to_string_pretty(&object).unwrap_or_default();
    out.push('\n');
    out
}

/// A `::notice` on the new file's line for each change; for each profile a
/// `::warning` when its verdict moved (with an `::error` per problem when
/// it no longer loads), a `::notice` when it did not.
pub fn diff_github(d: &Diffed) -> String {
    let mut out = String::new();
    for (change, place) in d.changes.iter().zip(d.places()) {
        let message = shorten_quotes(&d.said(change));
        let notice = Diagnostic::new(d.new.name, Some(place), message);
        out.push_str(&diagnostic::github_command("notice", &notice));
    }
    for (name, diff) in d.profiles {
        let level = if diff.moved() { "warning" } else { "notice" };
        let line = Diagnostic::new(name.as_str(), None, d.profile_said(name, diff));
        out.push_str(&diagnostic::github_command(level, &line));
        if let Moved::NoLongerLoads(found) = &diff.outcome {
            out.push_str(&diagnostic::to_github(&found.0));
        }
    }
    out
}

fn profile_json(d: &Diffed, name: &str, diff: &ProfileDiff) -> Value {
    let said = d.profile_said(name, diff);
    match &diff.outcome {
        Moved::NoLongerLoads(found) => {
            let problems: Value =
                serde_json::from_str(&diagnostic::to_json(&found.0)).unwrap_or(Value::Null);
            json!({
                "file": name,
                "moved": true,
                "loads": false,
                "problems": problems,
                "said": said,
            })
        }
        Moved::Standing(s) => {
            let causes: Vec<Value> = (s.causes.iter())
                .map(|cause| {
                    let change = &d.changes[cause.change];
                    json!({
                        "change": cause.change,
                        "effect": (cause.effect * 10.0).round() / 10.0,
                        "alone": cause.alone,
                        "said": words::cause_phrase(d.old.pack, d.new.pack, change),
                    })
                })
                .collect();
            json!({
                "file": name,
                "moved": s.moved,
                "loads": true,
                "old": verdict_with_lead(d.old.pack, &s.old),
                "new": verdict_with_lead(d.new.pack, &s.new),
                "causes": causes,
                "said": said,
            })
        }
    }
}

fn item_json(item: &Item) -> Value {
    match item {
        Item::Pack => json!({"type": "pack"}),
        Item::Option(id) => json!({"type": "option", "id": id}),
        Item::Factor(id) => json!({"type": "factor", "id": id}),
        Item::Rating { factor, option } => {
            json!({"type": "rating", "factor": factor, "option": option})
        }
        Item::Slider(id) => json!({"type": "slider", "id": id}),
        Item::Raise {
            slider,
            factor,
            low,
        } => json!({
            "type": "raise",
            "slider": slider,
            "factor": factor,
            "side": if *low { "raises_low" } else { "raises" },
        }),
        Item::Rule(RuleKey::Id(id)) => json!({"type": "rule", "id": id}),
        Item::Rule(RuleKey::Place(i)) => json!({"type": "rule", "index": i}),
        Item::CloseCall => json!({"type": "close_call"}),
        Item::CloseText(i) => json!({"type": "close_text", "index": i}),
        Item::Section(id) => json!({"type": "section", "id": id}),
        Item::Closing => json!({"type": "closing"}),
        Item::Situation(name) => json!({"type": "situation", "name": name}),
    }
}

fn rating_json(rating: &RatingValue) -> Value {
    match rating {
        RatingValue::Quoted { value, basis } => json!({"rating": value, "basis": basis}),
        RatingValue::NotSaid => json!({"not_said": true}),
        RatingValue::Slider(id) => json!({"rated_by": id}),
    }
}

fn change_json(change: &Change) -> Value {
    let item = item_json(&change.item());
    match change {
        Change::Added(_) => json!({"kind": "added", "item": item}),
        Change::Removed(_) => json!({"kind": "removed", "item": item}),
        Change::Text {
            field, old, new, ..
        } => json!({"kind": "text", "item": item, "field": field.key(), "old": old, "new": new}),
        Change::Number {
            field, old, new, ..
        } => json!({"kind": "number", "item": item, "field": field.key(), "old": old, "new": new}),
        Change::Rating { old, new, .. } => json!({
            "kind": "rating",
            "item": item,
            "old": rating_json(old),
            "new": rating_json(new),
        }),
        Change::Raise { old, new, .. } => {
            json!({"kind": "raise", "item": item, "old": old, "new": new})
        }
        Change::Neutral { old, new, .. } => {
            let point = |n: &Option<crate::content::Neutral>| match n {
                None => Value::Null,
                Some(n) if n.from == n.to => json!(n.from),
                Some(n) => json!([n.from, n.to]),
            };
            json!({"kind": "neutral", "item": item, "old": point(old), "new": point(new)})
        }
    }
}

/// One version in the JSON: its id, its file, and its receipt's digest.
fn pack_json(version: &Version) -> Value {
    json!({
        "id": version.pack.id,
        "file": version.name,
        "sha256": version.pack.sha256.map(|digest| digest.to_string()),
    })
}
