//! `recommend --format json`: one object for scripts.

use serde_json::{Map, Value, json};

use crate::content::Pack;
use crate::engine::{Recommendation, Verdict};

fn verdict_json(pack: &Pack, verdict: Verdict) -> Value {
    match verdict {
        Verdict::Winner(option) => json!({"kind": "winner", "option": pack.options[option].id}),
        Verdict::CloseCall => json!({"kind": "close_call", "option": null}),
    }
}

/// The recommendation as one pretty-printed JSON object, ending in a newline.
pub fn to_json(pack: &Pack, recommendation: &Recommendation) -> String {
    let values: Map<String, Value> = pack
        .traits
        .iter()
        .zip(&recommendation.values)
        .map(|(t, value)| (t.id.clone(), json!(value)))
        .collect();
    let scores: Vec<Value> = recommendation
        .ranking
        .iter()
        .map(|&o| {
            json!({
                "option": pack.options[o].id,
                "name": pack.options[o].name,
                "score": recommendation.scores[o],
                "points": recommendation.points[o],
            })
        })
        .collect();
    let leader = recommendation.leader();
    let lead = recommendation.lead_tenths as f64 / 10.0;
    let mut verdict = verdict_json(pack, recommendation.verdict);
    verdict["leader"] = json!(pack.options[leader].id);
    verdict["lead"] = json!(lead);
    verdict["margin"] = json!(pack.close_call.margin);
    if recommendation.verdict == Verdict::CloseCall {
        verdict["text"] = json!(pack.close_call.text);
    }
    let reasons: Vec<Value> = recommendation
        .reasons
        .iter()
        .map(|reason| {
            let t = &pack.traits[reason.trait_index];
            let factors: Vec<Value> = t
                .factors
                .iter()
                .filter_map(|id| pack.factor(id))
                .map(|f| json!({"id": f.id, "name": f.name, "summary": f.summary}))
                .collect();
            json!({
                "trait": t.id,
                "label": t.label,
                "value": recommendation.values[reason.trait_index],
                "favours": pack.options[reason.favours].id,
                "against": pack.options[reason.against].id,
                "points": reason.points,
                "score": reason.score,
                "factors": factors,
            })
        })
        .collect();
    let rules: Vec<Value> = pack
        .rules
        .iter()
        .enumerate()
        .map(|(index, rule)| {
            json!({
                "option": rule.option,
                "text": rule.text,
                "matches": recommendation.matching_rules.contains(&index),
            })
        })
        .collect();
    let mut tipping_points = Vec::new();
    for tips in &recommendation.tipping_points {
        for (direction, tip) in [("below", tips.below), ("above", tips.above)] {
            if let Some(tip) = tip {
                tipping_points.push(json!({
                    "trait": pack.traits[tips.trait_index].id,
                    "direction": direction,
                    "value": tip.value,
                    "verdict": verdict_json(pack, tip.verdict),
                }));
            }
        }
    }
    let object = json!({
        "pack": pack.id,
        "values": values,
        "scores": scores,
        "verdict": verdict,
        "reasons": reasons,
        "rules": rules,
        "tipping_points": tipping_points,
    });
    let mut out = serde_json::to_string_pretty(&object).unwrap_or_default();
    out.push('\n');
    out
}
