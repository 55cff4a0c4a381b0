//! The phrasing the screen and the exports share: one place for how a
//! verdict, a tipping point, a slider value or a rating is said. It stands
//! above the engine and the group and only formats what they computed;
//! measuring and numbers are `textkit`'s.
//!
//! - `verdict`: the verdict, its shortenings, the lead and the fits
//! - `robustness`: how sure the verdict is
//! - `group`: several people's views
//! - `factor`: one factor on its own: how much it counts now and why
//! - `reasons`: ratings and the words behind them, shares of the lead
//! - `rules`: the article's rules that apply, and close-call texts
//! - `compare`: two projects side by side
//! - `diff`, `moved`: what changed between two versions of a pack, and
//!   whose verdict it moved
//! - `yours`: the reader's own numbers beside the pack's, and the numbers
//!   that decide
//! - `record`: the decision record's own sentences (its title, the
//!   project, each option, what would change the verdict)

mod change;
mod compare;
mod diff;
mod factor;
mod group;
mod moved;
mod reasons;
pub mod record;
mod robustness;
mod rules;
mod verdict;
mod yours;

pub use change::{change_phrase, fits_move, numbers_change_phrase, slider_move};
pub use compare::{
    BASELINE, BASELINE_PINNED, BASELINE_UNPINNED, COMPARED_WITH_BASELINE, DEFAULTS_PROJECT,
    NO_SHARE_MOVED, SAME_PROJECTS, WHAT_DIFFERS, more_moved_phrase, number_move, project_phrase,
    share_move, shares_moved_phrase, side_fits, signed_tenths, verdict_move, whose,
};
pub use diff::{cause_phrase, diff_heading, item_phrase, pack_change_phrase};
pub use factor::{RATED_ALIKE, RATINGS_HEADING, counts_now_phrase, rated_alike};
pub use group::{AGREED, DISAGREE_MOST, GROUP_INTRO, people_values, person_fits, spread_phrase};
pub use moved::{profile_phrase, profiles_summary, standing_phrase};
pub use reasons::{
    FIT_GLOSS, NEARBY_GLOSS, PACK_READING, RatingSource, ReasonDetail, SCREEN_GLOSS, added_phrase,
    behind_phrase, cut_quote, importance_parts, lead_sum_phrase, more_reasons_phrase,
    rating_source, reason_detail, signed_share, why_phrase,
};
pub use robustness::{percent, robustness_forms, robustness_phrase, robustness_sentence};
pub use rules::{RuleLine, close_text, no_rule_phrase, rule_lines};
pub use verdict::{
    CLOSE_CALL, CLOSE_CALL_SHORT, TENTHS_BELOW_LEAD, fit_columns, fit_number, fit_points,
    fits_in_tenths, lead_phrase, names, verdict_forms, verdict_heading, verdict_label,
    verdict_line, verdict_phrase, verdict_sentence,
};
pub use yours::{
    DECIDING_ELSEWHERE, NEAREST_SHOWN, NO_RATING_DECIDES, NO_WEIGHT_DECIDES, RATINGS_DECIDING,
    WEIGHTS_DECIDING, base_weight_phrase, fragile_phrase, override_lines, overrides_headline,
    rating_basis, rating_named, rating_owner_phrase, rating_tip_phrase, weight_owner_phrase,
    weight_tip_phrase, yours_mark,
};

use crate::content::{Pack, Slider};
use crate::engine::Tip;
use crate::screen::SliderTexts;
use crate::textkit::width;

/// The one phrase for a slider none of whose values changes the verdict.
pub const NO_TIP: &str = "no value changes the verdict";
/// When no factor that counts rates the top two options differently.
pub const NO_REASONS: &str =
    "Nothing separates the top two: no factor that counts rates them differently.";

/// A toggle's value as a word.
pub fn toggle_word(value: u32) -> &'static str {
    if value >= 1 { "on" } else { "off" }
}

/// A slider's range: "0–10", or "off / on" for a toggle.
pub fn range_phrase(t: &Slider) -> String {
    if t.is_toggle() {
        "off / on".into()
    } else {
        format!("0–{}", t.max)
    }
}

/// A slider value alone: "7", or "on" / "off" for a toggle.
pub fn value_word(t: &Slider, value: u32) -> String {
    if t.is_toggle() {
        toggle_word(value).into()
    } else {
        value.to_string()
    }
}

/// A slider value beside its track, short: "7/10", or "on" / "off".
pub fn value_short(t: &Slider, value: u32) -> String {
    if t.is_toggle() {
        toggle_word(value).into()
    } else {
        format!("{value}/{}", t.max)
    }
}

/// The widest slider label (at most 100 columns) and the widest value
/// `value_short` gives, as the one-row sliders are laid out for them.
pub fn slider_texts(pack: &Pack) -> SliderTexts {
    let labels = pack.sliders.iter().map(|s| s.label.as_str());
    // A range's widest is at its maximum; a toggle's, "off".
    let values: Vec<String> = pack
        .sliders
        .iter()
        .flat_map(|s| [value_short(s, s.max), value_short(s, 0)])
        .collect();
    SliderTexts {
        labels: width::widest(labels, 100),
        values: width::widest(values.iter().map(String::as_str), 100),
    }
}

/// A slider value as people read it: "7 / 10", "on"; on a two-sided slider,
/// the end it leans to: "8 / 10, Compute-heavy".
pub fn value_phrase(t: &Slider, value: u32) -> String {
    if t.is_toggle() {
        return toggle_word(value).into();
    }
    let side = match (2 * value).cmp(&t.max) {
        _ if !t.is_two_sided() => None,
        std::cmp::Ordering::Less => t.low.as_deref(),
        std::cmp::Ordering::Greater => t.high.as_deref(),
        std::cmp::Ordering::Equal => Some("middle"),
    };
    match side {
        Some(side) => format!("{value} / {}, {side}", t.max),
        None => format!("{value} / {}", t.max),
    }
}

/// Where a tipping point is: "≥ 7", "≤ 3", or for a toggle "on" / "off".
pub fn tip_place(t: &Slider, above: bool, value: u32) -> String {
    if t.is_toggle() {
        return toggle_word(value).into();
    }
    format!("{} {value}", if above { '≥' } else { '≤' })
}

/// A tipping point as a phrase: "≥ 7 → Node.js", "on → Node.js"; what it
/// leads to is said as `verdict_label` says it.
pub fn tip_phrase(pack: &Pack, t: &Slider, above: bool, tip: Tip) -> String {
    format!(
        "{} → {}",
        tip_place(t, above, tip.value),
        verdict_label(pack, tip.verdict)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;
    use crate::engine::Verdict;

    #[test]
    fn toggles_read_on_and_off() {
        let pack = embedded();
        let toggle = &pack.sliders[pack.slider_index("one_language").unwrap()];
        assert_eq!(range_phrase(toggle), "off / on");
        assert_eq!(value_phrase(toggle, 1), "on");
        let tip = Tip {
            value: 1,
            verdict: Verdict::Winner(1),
        };
        assert_eq!(tip_phrase(&pack, toggle, true, tip), "on → Node.js");
        let slider = &pack.sliders[pack.slider_index("realtime").unwrap()];
        assert_eq!(range_phrase(slider), "0–10");
        assert_eq!(
            tip_phrase(&pack, slider, true, Tip { value: 7, ..tip }),
            "≥ 7 → Node.js"
        );
    }
}
