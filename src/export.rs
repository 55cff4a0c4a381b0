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
use crate::engine::{Recommendation, Verdict};

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

/// One line on the verdict: "Python leads Node.js by 26 points".
pub fn verdict_sentence(pack: &Pack, recommendation: &Recommendation) -> String {
    let leader = recommendation.leader();
    let runner_up = recommendation.runner_up();
    let lead = recommendation.scores[leader] - recommendation.scores[runner_up];
    let names = (&pack.options[leader].name, &pack.options[runner_up].name);
    match recommendation.verdict {
        Verdict::Winner(_) => format!(
            "{} leads {} by {lead} points (more than the margin of {})",
            names.0, names.1, pack.close_call.margin
        ),
        Verdict::CloseCall if lead == 0 => format!(
            "{} and {} are level (a lead of at most {} is too close to call)",
            names.0, names.1, pack.close_call.margin
        ),
        Verdict::CloseCall => format!(
            "{} leads {} by only {lead} points (at most {} is too close to call)",
            names.0, names.1, pack.close_call.margin
        ),
    }
}

/// A slider value as people read it: "7 / 10", "on"/"off" for toggles.
pub fn value_phrase(pack: &Pack, trait_index: usize, value: u32) -> String {
    let t = &pack.traits[trait_index];
    if t.is_toggle() {
        if value == 1 {
            "on".into()
        } else {
            "off".into()
        }
    } else {
        format!("{value} / {}", t.max)
    }
}

/// What the factor texts a reason draws on say: "Data and AI: Python dominates…".
pub fn reason_factors(pack: &Pack, trait_index: usize) -> Vec<String> {
    pack.traits[trait_index]
        .factors
        .iter()
        .filter_map(|id| pack.factor(id))
        .map(|factor| format!("{}: {}", factor.name, factor.summary))
        .collect()
}
