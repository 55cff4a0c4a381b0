//! Conditions (a rule's or a close-call text's `when`): every slider named
//! exists, every bound is one the slider can reach, and every group has
//! parts.

use std::collections::HashMap;

use super::{MAX_SLIDER, Problems};
use crate::content::raw::{Range, SliderFile, Test, When};
use crate::suggest::Names;

/// The sliders conditions may name: ids with their maxima.
pub(super) struct Sliders<'a> {
    pub names: Names<'a>,
    max: HashMap<&'a str, u32>,
}

impl<'a> Sliders<'a> {
    pub fn new(sliders: &'a [SliderFile]) -> Self {
        Self {
            names: Names::new(sliders.iter().map(|t| t.id.as_str())),
            max: sliders.iter().map(|t| (t.id.as_str(), t.max)).collect(),
        }
    }

    /// The slider's max, or a problem naming it as unknown.
    fn max(&self, path: &str, id: &str, problems: &mut Problems) -> Option<u32> {
        let max = self.max.get(id).copied();
        if max.is_none() {
            problems.add(
                || path.to_owned(),
                || format!("unknown slider `{id}`{}", self.names.hint(id)),
            );
        }
        max
    }
}

/// Where a bare slider id is allowed: in a rule it pushes towards the rule's
/// option; a close call has no option to push towards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bare {
    Pushes,
    Refused,
}

/// Check the entries of a `when` at `path`.
pub(super) fn check(
    path: &str,
    when: &[When],
    sliders: &Sliders,
    bare: Bare,
    problems: &mut Problems,
) {
    for (j, entry) in when.iter().enumerate() {
        one(&format!("{path}.{j}"), entry, sliders, bare, problems);
    }
}

fn one(path: &str, when: &When, sliders: &Sliders, bare: Bare, problems: &mut Problems) {
    match when {
        When::Pushes(id) => {
            if sliders.max(path, id, problems).is_some() && bare == Bare::Refused {
                problems.add(
                    || path.to_owned(),
                    || {
                        format!(
                            "a bare slider (`{id}`) pushes towards a rule's option, and a close call has none: test it instead, as `{id}: {{ at_least: N }}`"
                        )
                    },
                );
            }
        }
        When::Test(id, test) => {
            let path = format!("{path}.{id}");
            if let Some(max) = sliders.max(&path, id, problems) {
                self::test(&path, id, max, test, sliders, problems);
            }
        }
        When::All(parts) | When::Any(parts) => {
            let key = if matches!(when, When::All(_)) {
                "all"
            } else {
                "any"
            };
            if parts.is_empty() {
                problems.add(
                    || path.to_owned(),
                    || format!("an empty `{key}` group: give it the conditions it joins"),
                );
            }
            for (k, part) in parts.iter().enumerate() {
                one(&format!("{path}.{key}.{k}"), part, sliders, bare, problems);
            }
        }
    }
}

fn test(path: &str, id: &str, max: u32, test: &Test, sliders: &Sliders, problems: &mut Problems) {
    let range = match test {
        Test::On(_) if max == 1 => return,
        Test::On(on) => {
            let word = if *on { "on" } else { "off" };
            problems.add(
                || path.to_owned(),
                || {
                    format!(
                        "`{word}` tests a toggle, and `{id}` runs 0–{max}: say `{{ at_least: N }}` or `{{ at_most: N }}`"
                    )
                },
            );
            return;
        }
        Test::Range(range) => range,
    };
    let Range {
        at_least,
        at_most,
        above,
        by,
    } = range;
    if at_least.is_none() && at_most.is_none() && above.is_none() {
        problems.add(
            || path.to_owned(),
            || "a test needs `at_least`, `at_most` or `above`".into(),
        );
    }
    if let Some(low) = *at_least
        && low > max
    {
        problems.add(
            || format!("{path}.at_least"),
            || format!("at_least {low} is more than `{id}` can be (0–{max}): this never holds"),
        );
    }
    if let (Some(low), Some(high)) = (*at_least, *at_most)
        && low > high
    {
        problems.add(
            || format!("{path}.at_most"),
            || format!("at_most {high} is below at_least {low}: this never holds"),
        );
    }
    match (above, by) {
        (None, Some(_)) => problems.add(
            || format!("{path}.by"),
            || "`by` says how far above another slider: give `above` too".into(),
        ),
        (Some(other), _) => {
            let place = format!("{path}.above");
            if other == id {
                problems.add(|| place, || format!("`{id}` cannot be above itself"));
            } else {
                sliders.max(&place, other, problems);
            }
        }
        (None, None) => {}
    }
    if let Some(by) = *by {
        problems.number(|| format!("{path}.by"), "by", by, MAX_SLIDER);
    }
}
