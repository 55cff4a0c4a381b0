//! The phrasing the screen and the exports share: one place for how a
//! verdict, a tipping point, a slider value or a rating is said. It stands
//! above the engine and the group and only formats what they computed;
//! measuring and numbers are `textkit`'s.
//!
//! - `robustness`: how sure the verdict is
//! - `group`: several people's views
//! - `reasons`: ratings and the words behind them, shares of the lead
//! - `rules`: the article's rules that apply, and close-call texts

mod change;
mod group;
mod reasons;
mod robustness;
mod rules;

pub use change::change_phrase;
pub use group::{GROUP_INTRO, people_values, person_fits};
pub use reasons::{
    FIT_GLOSS, NEARBY_GLOSS, PACK_READING, RatingSource, ReasonDetail, SCREEN_GLOSS, added_phrase,
    behind_phrase, cut_quote, importance_parts, lead_sum_phrase, rating_source, reason_detail,
    signed_share,
};
pub use robustness::{percent, robustness_forms, robustness_sentence, robustness_short};
pub use rules::{RuleLine, close_text, no_rule_phrase, rule_lines};

use crate::content::{Pack, Slider};
use crate::engine::{Options, Recommendation, Tip, Verdict};
use crate::textkit::{capitalise, tenths};

/// The one phrase for a slider none of whose values changes the verdict.
pub const NO_TIP: &str = "no value changes the verdict";
/// When no factor that counts rates the top two options differently.
pub const NO_REASONS: &str =
    "Nothing separates the top two: no factor that counts rates them differently.";

/// "too close to call", said the same way everywhere.
pub const CLOSE_CALL: &str = "too close to call";

/// "Python and Node.js", "Go, Python and Rust".
pub fn names(pack: &Pack, options: Options) -> String {
    let names: Vec<&str> = options
        .iter()
        .map(|o| pack.options[o].name.as_str())
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// "Python", or "too close to call".
pub fn verdict_label(pack: &Pack, verdict: Verdict) -> String {
    match verdict {
        Verdict::Winner(option) => pack.options[option].name.clone(),
        Verdict::CloseCall(_) => CLOSE_CALL.into(),
    }
}

/// The verdict from the longest way to say it to the shortest, for a
/// screen that shows the first that fits: "Verdict: Python", "Python";
/// "Verdict: too close to call between Python and Node.js" down to
/// "Close call".
pub fn verdict_forms(pack: &Pack, verdict: Verdict) -> Vec<String> {
    match verdict {
        Verdict::Winner(option) => {
            let name = &pack.options[option].name;
            vec![format!("Verdict: {name}"), name.clone()]
        }
        Verdict::CloseCall(options) => {
            let short: Vec<&str> = options
                .iter()
                .map(|o| pack.options[o].name.as_str())
                .collect();
            let short = short.join(", ");
            vec![
                format!("Verdict: {CLOSE_CALL} between {}", names(pack, options)),
                format!("{}: {short}", capitalise(CLOSE_CALL)),
                format!("Too close: {short}"),
                capitalise(CLOSE_CALL),
                "Close call".into(),
            ]
        }
    }
}

/// The verdict as a heading: "Python", or "Too close to call: Python or Node.js".
pub fn verdict_heading(pack: &Pack, verdict: Verdict) -> String {
    match verdict {
        Verdict::Winner(option) => pack.options[option].name.clone(),
        Verdict::CloseCall(options) => {
            format!(
                "{}: {}",
                capitalise(CLOSE_CALL),
                names(pack, options).replace(" and ", " or ")
            )
        }
    }
}

/// The leader's lead as people read it; a winner's lead is always said to be
/// over the margin, even where rounding to tenths says it equals it.
pub fn lead_phrase(recommendation: &Recommendation, margin: u32) -> String {
    let lead = recommendation.lead_tenths();
    if matches!(recommendation.verdict, Verdict::Winner(_)) && lead <= u64::from(margin) * 10 {
        return format!("just over {margin}");
    }
    tenths(lead)
}

/// One line on the verdict: "Python leads Node.js by 11.1 fit points (more
/// than the margin of 5)".
pub fn verdict_sentence(pack: &Pack, recommendation: &Recommendation) -> String {
    let margin = pack.close_call.margin;
    let leader = &pack.options[recommendation.leader()].name;
    let runner_up = &pack.options[recommendation.runner_up()].name;
    let lead = lead_phrase(recommendation, margin);
    let unit = if lead == "1" {
        "fit point"
    } else {
        "fit points"
    };
    match recommendation.verdict {
        Verdict::Winner(_) => {
            format!(
                "{leader} leads {runner_up} by {lead} {unit} (more than the margin of {margin})"
            )
        }
        Verdict::CloseCall(options) if recommendation.lead_tenths() == 0 => format!(
            "{} fit equally well (a lead of at most {margin} is {CLOSE_CALL})",
            names(pack, options)
        ),
        Verdict::CloseCall(_) => format!(
            "{leader} leads {runner_up} by only {lead} {unit} (a lead of at most {margin} is {CLOSE_CALL})"
        ),
    }
}

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

/// What a tipping point leads to: an option's name, "too close to call",
/// or with three or more options "too close to call (A, B)".
pub fn tip_verdict(pack: &Pack, verdict: Verdict) -> String {
    match verdict {
        Verdict::CloseCall(options) if pack.options.len() > 2 => {
            format!("{CLOSE_CALL} ({})", names(pack, options))
        }
        verdict => verdict_label(pack, verdict),
    }
}

/// A tipping point as a phrase: "≥ 7 → Node.js", "on → Node.js".
pub fn tip_phrase(pack: &Pack, t: &Slider, above: bool, tip: Tip) -> String {
    format!(
        "{} → {}",
        tip_place(t, above, tip.value),
        tip_verdict(pack, tip.verdict)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

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
