//! Two projects side by side, said: the verdict on each, the sliders and
//! the reader's numbers that differ, and how each factor's share of the
//! lead moved from one to the other.

use crate::content::Pack;
use crate::engine::{Comparison, NumberChange, Recommendation, ShareMove, Verdict};

use super::{person_fits, signed_share, verdict_label, verdict_phrase};

/// When the two projects set every slider and every number alike.
pub const SAME_PROJECTS: &str =
    "The two projects are the same: every slider and every number alike.";
/// When no factor's share of the lead differs between the two.
pub const NO_SHARE_MOVED: &str = "No factor's share of the lead moved.";
/// The status line when `b` pins the project, and when it unpins it.
pub const BASELINE_PINNED: &str =
    "Pinned this project as the baseline: the recommendation compares with it until b again";
pub const BASELINE_UNPINNED: &str = "Unpinned the baseline";
/// The pinned project's name beside the live one.
pub const BASELINE: &str = "Baseline";
/// The heading over the comparison in the recommendation pane.
pub const COMPARED_WITH_BASELINE: &str = "Compared with the baseline";

/// The heading over what differs.
pub const WHAT_DIFFERS: &str = "What differs";

/// A project that is the pack's defaults, where a profile's file would be named.
pub const DEFAULTS_PROJECT: &str = "the pack's defaults";

/// What a project is: its profile's file or the defaults, and the sliders
/// set on top of it: "team.yaml", "the pack's defaults, with realtime=8,
/// team_js=3".
pub fn project_phrase(base: &str, sets: &[(String, String)]) -> String {
    if sets.is_empty() {
        return base.to_owned();
    }
    let sets: Vec<String> = sets
        .iter()
        .map(|(id, value)| format!("{id}={value}"))
        .collect();
    format!("{base}, with {}", sets.join(", "))
}

/// Whose a number is: "yours" (the reader's) or "the pack's".
pub fn whose(yours: bool) -> &'static str {
    if yours { "yours" } else { "the pack's" }
}

/// One project's verdict and fits, after its name: "Node.js: Python 66 ·
/// Node.js 79", as a person's are said in a group.
pub fn side_fits(pack: &Pack, r: &Recommendation) -> String {
    format!(
        "{}: {}",
        verdict_label(pack, r.verdict),
        person_fits(pack, r)
    )
}

/// Whether the verdict moved: "The verdict changes from too close to call
/// between Python and Node.js to Node.js", "The verdict stays Node.js".
pub fn verdict_move(pack: &Pack, a: Verdict, b: Verdict) -> String {
    if a == b {
        format!("The verdict stays {}", verdict_phrase(pack, a))
    } else {
        format!(
            "The verdict changes from {} to {}",
            verdict_phrase(pack, a),
            verdict_phrase(pack, b)
        )
    }
}

/// A rating or a base weight that differs: "Node.js on Data and AI 3 (the
/// pack's) → 9 (yours)", "Data and AI's base weight 0 (the pack's) → 30 (yours)".
pub fn number_move(pack: &Pack, change: &NumberChange) -> String {
    let factor = &pack.factors[change.factor].name;
    let what = match change.option {
        Some(option) => format!("{} on {factor}", pack.options[option].name),
        None => format!("{factor}'s base weight"),
    };
    format!(
        "{what} {} ({}) → {} ({})",
        change.a,
        whose(change.a_yours),
        change.b,
        whose(change.b_yours)
    )
}

/// What the list of moved shares is: "each factor's share of Python's lead
/// over Node.js, in fit points, from A to B, furthest moved first (+ for Python,
/// − for Node.js)".
pub fn shares_moved_phrase(pack: &Pack, comparison: &Comparison, a: &str, b: &str) -> String {
    let leader = &pack.options[comparison.leader].name;
    let runner_up = &pack.options[comparison.runner_up].name;
    format!(
        "each factor's share of {leader}'s lead over {runner_up}, in fit points, from {a} to {b}, furthest moved first (+ for {leader}, − for {runner_up})"
    )
}

/// A signed number of tenths: "+12.8", "−3", "0".
pub fn signed_tenths(value: i128) -> String {
    if value == 0 {
        return "0".into();
    }
    signed_share(
        u64::try_from(value.unsigned_abs()).unwrap_or(u64::MAX),
        value.is_positive(),
    )
}

/// One factor's move, as shown: "Real time +12.8 → +3.2 (−9.6)"; the move
/// is the difference of the two shares shown, so the three add up.
pub fn share_move(pack: &Pack, comparison: &Comparison, share: &ShareMove) -> String {
    format!(
        "{} {} → {} ({})",
        pack.factors[share.factor].name,
        signed_tenths(comparison.a_tenths(share)),
        signed_tenths(comparison.b_tenths(share)),
        signed_tenths(comparison.moved_tenths(share))
    )
}

/// The factors a list leaves out after its first `shown`: "… and 3 more
/// factors moved".
pub fn more_moved_phrase(comparison: &Comparison, shown: usize) -> Option<String> {
    let left = comparison.shares.len().checked_sub(shown)?;
    let noun = match left {
        0 => return None,
        1 => "factor",
        _ => "factors",
    };
    Some(format!(
        "… and {} more {noun} moved",
        crate::textkit::thousands(left as u64)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;
    use crate::engine::{Engine, Recommendation, Side};

    /// The pack's defaults against the same with `moves` made, compared,
    /// and the two recommendations.
    fn from_the_defaults(
        pack: &Pack,
        moves: &[(&str, u32)],
    ) -> (Comparison, Recommendation, Recommendation) {
        let a = pack.default_values();
        let mut b = a.clone();
        for &(slider, value) in moves {
            b[pack.slider_index(slider).unwrap()] = value;
        }
        let engine = Engine::new(pack);
        let (ra, rb) = (engine.recommend(&a), engine.recommend(&b));
        let side = |r| Side {
            engine: &engine,
            recommendation: r,
        };
        (Comparison::new(side(&ra), side(&rb)), ra, rb)
    }

    #[test]
    fn a_move_reads_as_the_two_shares_and_their_difference() {
        let pack = embedded();
        let (compared, ra, rb) = from_the_defaults(&pack, &[("realtime", 8)]);
        let first = compared.shares.first().expect("real time moved");
        let phrase = share_move(&pack, &compared, first);
        // At the defaults nothing separates them: the shares are of B's lead.
        assert_eq!(phrase, "Real time 0 → +12.8 (+12.8)");
        assert_eq!(
            verdict_move(&pack, ra.verdict, rb.verdict),
            "The verdict changes from too close to call between Python and Node.js to Node.js"
        );
        assert_eq!(
            verdict_move(&pack, rb.verdict, rb.verdict),
            "The verdict stays Node.js"
        );
    }

    #[test]
    fn a_cut_list_of_moves_says_how_many_more_moved() {
        let pack = embedded();
        let moves = [("realtime", 8), ("workload", 9), ("data_ai", 9)];
        let (compared, ..) = from_the_defaults(&pack, &moves);
        let moved = compared.shares.len();
        assert!(moved >= 3, "{moved}");
        assert_eq!(
            more_moved_phrase(&compared, moved - 2).as_deref(),
            Some("… and 2 more factors moved")
        );
        assert_eq!(
            more_moved_phrase(&compared, moved - 1).as_deref(),
            Some("… and 1 more factor moved")
        );
        assert_eq!(more_moved_phrase(&compared, moved), None);
        assert_eq!(more_moved_phrase(&compared, moved + 1), None);
    }

    #[test]
    fn a_number_says_whose_it_is_on_each_side() {
        let pack = embedded();
        let data = pack.factors.iter().position(|f| f.id == "data-ai").unwrap();
        let node = pack.option_index("node").unwrap();
        let change = NumberChange {
            factor: data,
            option: Some(node),
            a: 3,
            a_yours: false,
            b: 9,
            b_yours: true,
        };
        assert_eq!(
            number_move(&pack, &change),
            "Node.js on Data and AI 3 (the pack's) → 9 (yours)"
        );
        let weight = NumberChange {
            option: None,
            ..change
        };
        assert_eq!(
            number_move(&pack, &weight),
            "Data and AI's base weight 3 (the pack's) → 9 (yours)"
        );
    }
}
