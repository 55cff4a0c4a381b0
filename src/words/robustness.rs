//! How sure the verdict is, in words: "holds in 87% of nearby projects".

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

/// "holds in 87% of nearby projects", or for a close call "stays too close
/// to call in 87% of nearby projects".
pub fn robustness_short(verdict: Verdict, robustness: Robustness) -> String {
    let what = match verdict {
        Verdict::Winner(_) => "holds",
        Verdict::CloseCall(_) => "stays too close to call",
    };
    format!("{what} in {} of nearby projects", percent(robustness))
}

/// How sure the verdict is, from the longest way to say it to the
/// shortest, for a screen that shows the first that fits; `None` while
/// nearby projects are still being counted.
pub fn robustness_forms(verdict: Verdict, robustness: Option<Robustness>) -> Vec<String> {
    let Some(robustness) = robustness else {
        return vec![
            "checking nearby projects…".to_owned(),
            "checking…".to_owned(),
        ];
    };
    let share = percent(robustness);
    let short = match verdict {
        Verdict::Winner(_) => format!("holds in {share} nearby"),
        Verdict::CloseCall(_) => format!("stays close in {share} nearby"),
    };
    vec![
        robustness_short(verdict, robustness),
        short,
        format!("{share} nearby"),
    ]
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
/// slider within one step of its value; all 2,187 checked)."
pub fn robustness_sentence(verdict: Verdict, robustness: Robustness) -> String {
    format!(
        "The verdict {} (every slider within one step of its value; {}).",
        robustness_short(verdict, robustness),
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
    fn a_close_call_says_it_stays_close() {
        let close = Verdict::CloseCall(crate::engine::Options::default());
        assert_eq!(
            robustness_short(close, r(1, 2)),
            "stays too close to call in 50% of nearby projects"
        );
        assert_eq!(
            robustness_sentence(Verdict::Winner(0), r(3, 4)),
            "The verdict holds in 75% of nearby projects (every slider within one step of its value; all 4 checked)."
        );
    }
}
