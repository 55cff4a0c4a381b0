//! Checks a parsed pack against the rules serde cannot express, reporting
//! every problem at once, each with the field path where it sits.

use std::collections::{BTreeMap, HashSet};

use super::model::{Pack, SCHEMA_VERSION};
use crate::suggest::did_you_mean;

/// The largest slider `max`; keeps tipping-point scans and sums small.
pub const MAX_SLIDER: u32 = 1000;
/// The largest weight, in points per step.
pub const MAX_WEIGHT: u32 = 1000;
/// Ratings run 0..=10.
pub const MAX_RATING: u32 = 10;
/// A pack compares 2..=8 options.
pub const OPTIONS: std::ops::RangeInclusive<usize> = 2..=8;
/// Ids are short.
const MAX_ID_LEN: usize = 64;

/// One problem, at a field path such as `factors.2.ratings.python`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    // Paths are built only for a problem: a large pack has many fields.
    fn text(&mut self, path: impl FnOnce() -> String, what: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(path(), format!("{what} is empty"));
        }
    }

    fn id(&mut self, path: impl FnOnce() -> String, what: &str, id: &str, allow_underscore: bool) {
        let allowed = |c: char| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || c == '-'
                || (allow_underscore && c == '_')
        };
        let pattern = if allow_underscore {
            "[a-z0-9_-]+"
        } else {
            "[a-z0-9-]+"
        };
        if id.is_empty() || id.len() > MAX_ID_LEN || !id.chars().all(allowed) {
            self.add(
                path(),
                format!("{what} `{id}` must match {pattern} (at most {MAX_ID_LEN} characters)"),
            );
        }
    }

    fn unique<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.add(
                    format!("{list}.{index}.id"),
                    format!("duplicate id `{id}` in {list}"),
                );
            }
        }
    }

    /// Keys of a per-option map must name options.
    fn option_keys(
        &mut self,
        path: impl Fn() -> String,
        what: impl Fn() -> String,
        map: &BTreeMap<String, u32>,
        options: &[&str],
    ) {
        for key in map.keys() {
            if !options.contains(&key.as_str()) {
                let hint = did_you_mean(key, options.iter().copied());
                self.add(
                    format!("{}.{key}", path()),
                    format!("{} names unknown option `{key}`{hint}", what()),
                );
            }
        }
    }
}

/// Every problem in `pack`; empty when it is valid.
pub fn validate(pack: &Pack) -> Vec<Problem> {
    let mut problems = Problems::default();
    if pack.schema != SCHEMA_VERSION {
        problems.add(
            "schema",
            format!(
                "unsupported schema version {} (this stackcompare reads schema {SCHEMA_VERSION})",
                pack.schema
            ),
        );
    }
    problems.id(|| "id".into(), "pack id", &pack.id, false);
    problems.text(|| "title".into(), "title", &pack.title);
    problems.text(
        || "source.publisher".into(),
        "source.publisher",
        &pack.source.publisher,
    );
    if let Some(url) = &pack.source.url {
        problems.text(|| "source.url".into(), "source.url", url);
    }
    problems.text(|| "intro".into(), "intro", &pack.intro);

    if !OPTIONS.contains(&pack.options.len()) {
        problems.add(
            "options",
            format!(
                "a pack compares 2 to 8 options, this one has {}",
                pack.options.len()
            ),
        );
    }
    for (i, option) in pack.options.iter().enumerate() {
        problems.id(|| format!("options.{i}.id"), "option id", &option.id, true);
        problems.text(|| format!("options.{i}.name"), "option name", &option.name);
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
    problems.unique("options", pack.options.iter().map(|o| o.id.as_str()));
    let option_ids: Vec<&str> = pack.options.iter().map(|o| o.id.as_str()).collect();

    if pack.factors.is_empty() {
        problems.add("factors", "a pack needs at least one factor");
    }
    for (i, factor) in pack.factors.iter().enumerate() {
        problems.id(|| format!("factors.{i}.id"), "factor id", &factor.id, true);
        problems.text(|| format!("factors.{i}.name"), "factor name", &factor.name);
        problems.text(
            || format!("factors.{i}.summary"),
            "factor summary",
            &factor.summary,
        );
        if let Some(detail) = &factor.detail {
            problems.text(|| format!("factors.{i}.detail"), "factor detail", detail);
        }
        let ratings = || format!("factors.{i}.ratings");
        problems.option_keys(
            ratings,
            || format!("factor `{}` rating", factor.id),
            &factor.ratings,
            &option_ids,
        );
        for option in &option_ids {
            match factor.ratings.get(*option) {
                None => problems.add(
                    ratings(),
                    format!(
                        "factor `{}` does not rate option `{option}` (every option needs a rating)",
                        factor.id
                    ),
                ),
                Some(&rating) if rating > MAX_RATING => problems.add(
                    format!("{}.{option}", ratings()),
                    format!("rating {rating} of `{option}` is out of range 0..={MAX_RATING}"),
                ),
                Some(_) => {}
            }
        }
    }
    problems.unique("factors", pack.factors.iter().map(|f| f.id.as_str()));
    let factor_ids: Vec<&str> = pack.factors.iter().map(|f| f.id.as_str()).collect();

    if pack.traits.is_empty() {
        problems.add("traits", "a pack needs at least one trait (slider)");
    }
    for (i, t) in pack.traits.iter().enumerate() {
        let path = format!("traits.{i}");
        problems.id(|| format!("{path}.id"), "trait id", &t.id, true);
        problems.text(|| format!("{path}.label"), "trait label", &t.label);
        problems.text(|| format!("{path}.help"), "trait help", &t.help);
        if t.max == 0 || t.max > MAX_SLIDER {
            problems.add(
                format!("{path}.max"),
                format!("max {} is out of range 1..={MAX_SLIDER}", t.max),
            );
        }
        if t.default > t.max {
            problems.add(
                format!("{path}.default"),
                format!(
                    "default {} of trait `{}` is above its max {}",
                    t.default, t.id, t.max
                ),
            );
        }
        for (field, label) in [("low", &t.low), ("high", &t.high)] {
            if let Some(label) = label {
                problems.text(
                    || format!("{path}.{field}"),
                    &format!("trait {field} label"),
                    label,
                );
            }
        }
        for (j, factor) in t.factors.iter().enumerate() {
            if !factor_ids.contains(&factor.as_str()) {
                let hint = did_you_mean(factor, factor_ids.iter().copied());
                problems.add(
                    format!("{path}.factors.{j}"),
                    format!("unknown factor `{factor}`{hint}"),
                );
            }
        }
        for (field, map) in [("weights", &t.weights), ("weights_low", &t.weights_low)] {
            let map_path = format!("{path}.{field}");
            problems.option_keys(
                || map_path.clone(),
                || format!("trait `{}` {field}", t.id),
                map,
                &option_ids,
            );
            for (option, &weight) in map {
                if weight > MAX_WEIGHT {
                    problems.add(
                        format!("{map_path}.{option}"),
                        format!("weight {weight} is out of range 0..={MAX_WEIGHT}"),
                    );
                }
            }
        }
    }
    problems.unique("traits", pack.traits.iter().map(|t| t.id.as_str()));

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

    for (i, rule) in pack.rules.iter().enumerate() {
        if !option_ids.contains(&rule.option.as_str()) {
            let hint = did_you_mean(&rule.option, option_ids.iter().copied());
            problems.add(
                format!("rules.{i}.option"),
                format!("rule names unknown option `{}`{hint}", rule.option),
            );
        }
        problems.text(|| format!("rules.{i}.text"), "rule text", &rule.text);
    }

    if pack.close_call.margin > 100 {
        problems.add(
            "close_call.margin",
            format!("margin {} is out of range 0..=100", pack.close_call.margin),
        );
    }
    problems.text(
        || "close_call.text".into(),
        "close_call text",
        &pack.close_call.text,
    );
    if let Some(closing) = &pack.closing {
        problems.text(|| "closing.title".into(), "closing title", &closing.title);
        problems.text(|| "closing.body".into(), "closing body", &closing.body);
    }
    problems.0
}
