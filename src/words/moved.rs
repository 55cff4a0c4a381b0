//! A profile across two versions of its pack, said: "team.profile.yaml:
//! Python 71 → Node.js 74: the rating of Node.js on Real time rose 8 → 10",
//! "data.profile.yaml: still Python 71, lead 9 → 7".

use crate::content::Pack;
use crate::diff::{Change, Moved, ProfileDiff, Standing};
use crate::engine::{Recommendation, Verdict};
use crate::textkit::tenths;

use super::{cause_phrase, person_fits, verdict_label};

/// A verdict with its numbers: "Python 71", "too close to call (Python
/// 50.2 · Node.js 49.8)".
pub fn standing_phrase(pack: &Pack, r: &Recommendation) -> String {
    match r.verdict {
        Verdict::Winner(o) => format!("{} {}", pack.options[o].name, r.fit_rounded(o)),
        Verdict::CloseCall(_) => {
            format!(
                "{} ({})",
                verdict_label(pack, r.verdict),
                person_fits(pack, r)
            )
        }
    }
}

/// "still Python 71, lead 9 → 7", "still Python 71 → 70, lead 9".
fn still_phrase(new: &Pack, s: &Standing) -> String {
    let (a, b) = (&s.old, &s.new);
    let head = match b.verdict {
        Verdict::Winner(o) => {
            let (x, y) = (a.fit_rounded(a.leader()), b.fit_rounded(o));
            let fit = if x == y {
                y.to_string()
            } else {
                format!("{x} → {y}")
            };
            format!("still {} {fit}", new.options[o].name)
        }
        Verdict::CloseCall(_) => format!("still {}", standing_phrase(new, b)),
    };
    let (x, y) = (tenths(a.lead_tenths()), tenths(b.lead_tenths()));
    if x == y {
        format!("{head}, lead {y}")
    } else {
        format!("{head}, lead {x} → {y}")
    }
}

/// One profile's line: its name, how its verdict stands, and the changes
/// that moved its lead most. A profile that no longer loads is said so
/// here; its problems follow on lines of their own.
pub fn profile_phrase(
    old: &Pack,
    new: &Pack,
    changes: &[Change],
    name: &str,
    diff: &ProfileDiff,
) -> String {
    let standing = match &diff.outcome {
        Moved::NoLongerLoads(_) => return format!("{name}: no longer loads against the new pack"),
        Moved::Standing(standing) => standing,
    };
    let head = if standing.moved {
        format!(
            "{name}: {} → {}",
            standing_phrase(old, &standing.old),
            standing_phrase(new, &standing.new)
        )
    } else {
        format!("{name}: {}", still_phrase(new, standing))
    };
    let causes: Vec<String> = (standing.causes.iter())
        .filter_map(|cause| changes.get(cause.change))
        .map(|change| cause_phrase(old, new, change))
        .collect();
    if causes.is_empty() {
        head
    } else {
        format!("{head}: {}", causes.join(", and "))
    }
}

/// The line under the profiles: "1 of 3 profiles moved", "No profile's
/// verdict moved".
pub fn profiles_summary(moved: usize, total: usize) -> String {
    match (moved, total) {
        (0, 1) => "Its verdict did not move.".into(),
        (0, _) => "No profile's verdict moved.".into(),
        (1, 1) => "Its verdict moved.".into(),
        (m, t) => format!("{m} of {t} profiles moved (or no longer load)."),
    }
}
