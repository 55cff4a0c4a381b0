//! How sure the verdict is, in words: "holds in 87% of nearby projects".

use super::{CLOSE_CALL, CLOSE_CALL_SHORT};
use crate::engine::{Robustness, Verdict};
use crate::textkit::thousands;

/// The share as people read it: a whole percentage rounded down, so "100%"
/// means every project checked, and "under 1%" rather than a bare 0 when
/// some do keep it.
pub fn percent(robustness: Robustness) -> String {
    match robustness.percent() {
        0 if robustness.kept > 0 => "under 1%".to_owned(),
        share => format!("{share}%"),
    }
}

/// What a winner does in nearby projects.
const HOLDS: &str = "holds";
/// Where, in full, and shortened.
const OF_NEARBY: &str = "of nearby projects";
const NEARBY: &str = "nearby";

/// What the verdict is in the projects counted: "holds", "too close to
/// call", or shortened, "too close".
fn kept_as(verdict: Verdict, short: bool) -> &'static str {
    match verdict {
        Verdict::Winner(_) => HOLDS,
        Verdict::CloseCall(_) if short => CLOSE_CALL_SHORT,
        Verdict::CloseCall(_) => CLOSE_CALL,
    }
}

/// "holds in 87% of nearby projects", or for a close call "too close to
/// call in 91% of nearby projects".
pub fn robustness_phrase(verdict: Verdict, robustness: Robustness) -> String {
    format!(
        "{} in {} {OF_NEARBY}",
        kept_as(verdict, false),
        percent(robustness)
    )
}

/// How sure the verdict is, from the longest way to say it to the
/// shortest, for a screen that shows the first that fits, each a
/// shortening of the one before: "too close to call in 91% of nearby
/// projects", "too close in 91% of nearby projects", "too close in 91%
/// nearby", "91% nearby"; "holds in 87% of nearby projects", "holds in 87%
/// nearby", "87% nearby". `None` while nearby projects are still being
/// counted.
pub fn robustness_forms(verdict: Verdict, robustness: Option<Robustness>) -> Vec<String> {
    let Some(robustness) = robustness else {
        return vec![
            "checking nearby projects…".to_owned(),
            "checking…".to_owned(),
        ];
    };
    let share = percent(robustness);
    let short = kept_as(verdict, true);
    let mut forms = vec![robustness_phrase(verdict, robustness)];
    if let Verdict::CloseCall(_) = verdict {
        forms.push(format!("{short} in {share} {OF_NEARBY}"));
    }
    forms.push(format!("{short} in {share} {NEARBY}"));
    forms.push(format!("{share} {NEARBY}"));
    forms
}

/// What was checked: "all 2,187 checked" or "a fixed sample of 20,000".
fn robustness_checked(robustness: Robustness) -> String {
    if robustness.sampled {
        format!("a fixed sample of {}", thousands(robustness.checked))
    } else {
        format!("all {} checked", thousands(robustness.checked))
    }
}

/// The whole sentence: "The verdict holds in 87% of nearby projects (every
/// slider within one step of its value; all 2,187 checked).", or for a
/// close call "It is too close to call in 91% of nearby projects (…)."
pub fn robustness_sentence(verdict: Verdict, robustness: Robustness) -> String {
    let subject = match verdict {
        Verdict::Winner(_) => "The verdict",
        Verdict::CloseCall(_) => "It is",
    };
    format!(
        "{subject} {} (every slider within one step of its value; {}).",
        robustness_phrase(verdict, robustness),
        robustness_checked(robustness)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(kept: u64, checked: u64) -> Robustness {
        Robustness {
            kept,
            checked,
            sampled: false,
        }
    }

    #[test]
    fn shares_round_down_and_say_when_some_keep_it() {
        assert_eq!(percent(r(2186, 2187)), "99%");
        assert_eq!(percent(r(2187, 2187)), "100%");
        assert_eq!(percent(r(1, 2187)), "under 1%");
        assert_eq!(percent(r(0, 2187)), "0%");
    }

    #[test]
    fn a_close_call_is_too_close_to_call_in_a_share_of_nearby_projects() {
        let close = Verdict::CloseCall(crate::engine::Options::default());
        assert_eq!(
            robustness_forms(close, Some(r(91, 100))),
            [
                "too close to call in 91% of nearby projects",
                "too close in 91% of nearby projects",
                "too close in 91% nearby",
                "91% nearby",
            ]
        );
        assert_eq!(
            robustness_sentence(close, r(1, 2)),
            "It is too close to call in 50% of nearby projects (every slider within one step of its value; all 2 checked)."
        );
    }

    #[test]
    fn a_winner_holds_in_a_share_of_nearby_projects() {
        let winner = Verdict::Winner(0);
        assert_eq!(
            robustness_forms(winner, Some(r(87, 100))),
            [
                "holds in 87% of nearby projects",
                "holds in 87% nearby",
                "87% nearby"
            ]
        );
        assert_eq!(
            robustness_phrase(winner, r(3, 4)),
            "holds in 75% of nearby projects"
        );
        assert_eq!(
            robustness_sentence(winner, r(3, 4)),
            "The verdict holds in 75% of nearby projects (every slider within one step of its value; all 4 checked)."
        );
    }

    #[test]
    fn while_counting_it_says_so() {
        let forms = robustness_forms(Verdict::Winner(0), None);
        assert_eq!(forms, ["checking nearby projects…", "checking…"]);
    }
}
