//! The recommendation as text for people, JSON for scripts and markdown for
//! documents. Pure: every function returns a `String`, the same bytes for the
//! same pack and values.

mod json;
mod markdown;
mod text;

pub use json::to_json;
pub use markdown::to_markdown;
pub use text::to_text;

use crate::content::Pack;
use crate::engine::{Reason, Recommendation, Verdict};

/// "Python", or "too close to call".
pub fn verdict_label(pack: &Pack, verdict: Verdict) -> String {
    match verdict {
        Verdict::Winner(option) => pack.options[option].name.clone(),
        Verdict::CloseCall => "too close to call".into(),
    }
}

/// A tipping point as a short phrase: "≥ 7 → Node.js".
pub fn tip_phrase(pack: &Pack, above: bool, value: u32, verdict: Verdict) -> String {
    let sign = if above { '≥' } else { '≤' };
    format!("{sign} {value} → {}", verdict_label(pack, verdict))
}

/// The same, shorter where space is tight: "≤ 3 → close call".
pub fn tip_phrase_short(pack: &Pack, above: bool, value: u32, verdict: Verdict) -> String {
    match verdict {
        Verdict::CloseCall => format!("{} {value} → close call", if above { '≥' } else { '≤' }),
        Verdict::Winner(_) => tip_phrase(pack, above, value, verdict),
    }
}

/// A lead in tenths of a point as people read it: "26", "10.4".
pub fn lead_phrase(recommendation: &Recommendation, margin: u32) -> String {
    let tenths = recommendation.lead_tenths;
    // A winner's lead is more than the margin even where rounding says otherwise.
    if matches!(recommendation.verdict, Verdict::Winner(_)) && tenths <= u64::from(margin) * 10 {
        return format!("just over {margin}");
    }
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// "point" or "points".
pub fn points_word(phrase: &str) -> &'static str {
    if phrase == "1" { "point" } else { "points" }
}

/// One line on the verdict: "Python leads Node.js by 26 points".
pub fn verdict_sentence(pack: &Pack, recommendation: &Recommendation) -> String {
    let margin = pack.close_call.margin;
    let leader = &pack.options[recommendation.leader()].name;
    let runner_up = &pack.options[recommendation.runner_up()].name;
    let lead = lead_phrase(recommendation, margin);
    let unit = points_word(&lead);
    match recommendation.verdict {
        Verdict::Winner(_) => format!(
            "{leader} leads {runner_up} by {lead} {unit} (more than the margin of {margin})"
        ),
        Verdict::CloseCall if recommendation.lead_tenths == 0 => {
            format!(
                "{leader} and {runner_up} are level (a lead of at most {margin} is too close to call)"
            )
        }
        Verdict::CloseCall => {
            format!(
                "{leader} leads {runner_up} by only {lead} {unit} (at most {margin} is too close to call)"
            )
        }
    }
}

/// A toggle's value as a word.
pub fn toggle_word(value: u32) -> &'static str {
    if value == 1 { "on" } else { "off" }
}

/// A slider value as people read it: "7 / 10", "on"/"off" for toggles.
pub fn value_phrase(pack: &Pack, trait_index: usize, value: u32) -> String {
    let t = &pack.traits[trait_index];
    if t.is_toggle() {
        return toggle_word(value).into();
    }
    // On a two-sided slider, say which end the value leans to.
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

/// For each reason, the factor texts it draws on ("Data and AI: Python
/// dominates…"), each quoted only the first time: two sliders can draw on
/// one factor.
pub fn reason_quotes(pack: &Pack, reasons: &[Reason]) -> Vec<Vec<String>> {
    let mut quoted = std::collections::HashSet::new();
    reasons
        .iter()
        .map(|reason| {
            pack.traits[reason.trait_index]
                .factors
                .iter()
                .filter(|id| quoted.insert(id.as_str()))
                .filter_map(|id| pack.factor(id))
                .map(|factor| format!("{}: {}", factor.name, factor.summary))
                .collect()
        })
        .collect()
}
