//! `recommend --format json`: one object for scripts.

use serde_json::{Map, Value, json};

use super::{Deciding, Summary};
use crate::content::Pack;
use crate::engine::{Engine, Explanation, Overrides, Recommendation, Tip, Verdict};
use crate::group::Group;
use crate::words;

pub(super) fn verdict_json(pack: &Pack, verdict: Verdict) -> Value {
    match verdict {
        Verdict::Winner(option) => json!({
            "kind": "winner",
            "option": pack.options[option].id,
            "options": [pack.options[option].id],
        }),
        Verdict::CloseCall(options) => json!({
            "kind": "close_call",
            "option": null,
            "options": options.iter().map(|o| pack.options[o].id.as_str()).collect::<Vec<_>>(),
        }),
    }
}

/// The version of the shape of this object, its `format` field. It goes up
/// when a field is removed or renamed or changes its meaning or type, so
/// that a script pinned to it notices; new fields are added without a change.
pub const FORMAT: u32 = 1;

/// A rating (0–10) that is a whole number as an integer, anything else
/// with its decimals.
fn number(value: f64) -> Value {
    if value.fract() == 0.0 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

/// The recommendation as one pretty-printed JSON object, ending in a newline.
pub fn to_json(summary: &Summary) -> String {
    let Summary {
        pack,
        ref engine,
        recommendation: r,
        robustness,
        group,
    } = *summary;
    let values: Map<String, Value> = pack
        .sliders
        .iter()
        .zip(&r.values)
        .map(|(t, value)| (t.id.clone(), json!(value)))
        .collect();
    let scores = scores(pack, r);
    let mut verdict = verdict_with_lead(pack, r);
    verdict["margin"] = json!(pack.close_call.margin);
    if let Some(text) = words::close_text(pack, r) {
        verdict["text"] = json!(text);
    }
    let mut object = json!({
        "format": FORMAT,
        "pack": pack.id,
        "values": values,
        "scores": scores,
        "verdict": verdict,
        "robustness": {
            "share": robustness.share(),
            "kept": robustness.kept,
            "checked": robustness.checked,
            "sampled": robustness.sampled,
        },
        "factors": factors(pack, engine, r),
        "reasons": reasons(pack, engine, r),
        "others": others(pack, r),
        "rules": rules(pack, r),
        "tipping_points": tipping_points(pack, r),
    });
    let deciding = Deciding::of(summary);
    object["overrides"] = overrides(pack, engine.overrides());
    object["rating_tipping_points"] = json!(rating_tipping_points(pack, &deciding));
    object["weight_tipping_points"] = json!(weight_tipping_points(pack, &deciding));
    object["fragile"] = fragile(pack, engine.overrides(), &deciding);
    object["receipt"] = summary.receipt().json();
    if let Some(group) = group {
        let (people, disagreements) = people(pack, group);
        object["people"] = people;
        object["disagreements"] = disagreements;
    }
    let mut out = serde_json::to_string_pretty(&object).unwrap_or_default();
    out.push('\n');
    out
}

/// Each option's fit, best first: `score` rounded, `fit` exact.
pub(super) fn scores(pack: &Pack, r: &Recommendation) -> Vec<Value> {
    (r.ranking.iter())
        .map(|&o| {
            json!({
                "option": pack.options[o].id,
                "name": pack.options[o].name,
                "score": r.fit_rounded(o),
                "fit": r.fit(o),
            })
        })
        .collect()
}

/// The verdict with its leader and lead: `lead` exact, `lead_shown` as
/// shown (the reasons' shares, each to a tenth, add up to it).
pub(super) fn verdict_with_lead(pack: &Pack, r: &Recommendation) -> Value {
    let mut verdict = verdict_json(pack, r.verdict);
    verdict["leader"] = json!(pack.options[r.leader()].id);
    verdict["lead"] = json!(r.lead());
    verdict["lead_shown"] = json!(r.lead_tenths() as f64 / 10.0);
    verdict
}

/// The reader's own numbers by id: `{ratings: {FACTOR: {OPTION: N}}, weights: {FACTOR: N}}`.
pub(super) fn overrides(pack: &Pack, overrides: &Overrides) -> Value {
    let mut ratings = Map::new();
    for (&(factor, option), &value) in &overrides.ratings {
        let entry = ratings
            .entry(pack.factors[factor].id.clone())
            .or_insert_with(|| json!({}));
        entry[&pack.options[option].id] = json!(value);
    }
    let weights: Map<String, Value> = overrides
        .weights
        .iter()
        .map(|(&factor, &value)| (pack.factors[factor].id.clone(), json!(value)))
        .collect();
    json!({"ratings": ratings, "weights": weights})
}

/// A tipping point of a rating or weight: its value and the verdict there.
fn tip_json(pack: &Pack, tip: Option<Tip>) -> Value {
    tip.map_or(
        Value::Null,
        |tip| json!({"value": tip.value, "verdict": verdict_json(pack, tip.verdict)}),
    )
}

fn rating_tipping_points(pack: &Pack, deciding: &Deciding) -> Vec<Value> {
    deciding
        .ratings
        .iter()
        .map(|tip| {
            json!({
                "factor": pack.factors[tip.factor].id,
                "option": pack.options[tip.option].id,
                "rating": tip.rating,
                "above": tip_json(pack, tip.above),
                "below": tip_json(pack, tip.below),
            })
        })
        .collect()
}

fn weight_tipping_points(pack: &Pack, deciding: &Deciding) -> Vec<Value> {
    deciding
        .weights
        .iter()
        .map(|tip| {
            json!({
                "factor": pack.factors[tip.factor].id,
                "weight": tip.weight,
                "above": tip_json(pack, tip.above),
                "below": tip_json(pack, tip.below),
            })
        })
        .collect()
}

/// The ratings one step from changing the verdict, with the note the text
/// shows; `null` when no rating one step off changes it.
fn fragile(pack: &Pack, overrides: &Overrides, deciding: &Deciding) -> Value {
    let one_step = deciding.one_step_off();
    let Some(text) = words::fragile_phrase(pack, overrides, &one_step) else {
        return Value::Null;
    };
    let ratings: Vec<Value> = one_step
        .iter()
        .map(|tip| {
            json!({
                "factor": pack.factors[tip.factor].id,
                "option": pack.options[tip.option].id,
                "rating": tip.rating,
            })
        })
        .collect();
    json!({"text": text, "ratings": ratings})
}

fn ratings_of(pack: &Pack, explanation: &Explanation) -> (Map<String, Value>, Map<String, Value>) {
    let factor = explanation.factor;
    let mut ratings = Map::new();
    let mut bases = Map::new();
    for (o, option) in pack.options.iter().enumerate() {
        ratings.insert(option.id.clone(), number(explanation.ratings[o].value));
        let mut source = match words::rating_source(pack, factor, o) {
            source @ words::RatingSource::Basis { basis, .. } => {
                let mut object = json!({"kind": "quoted", "by": "pack", "basis": basis.trim()});
                if let Some(sentence) = source.whole_sentence() {
                    object["sentence"] = json!(sentence);
                }
                object
            }
            words::RatingSource::NotSaid => json!({"kind": "not_said", "by": "pack"}),
            words::RatingSource::Slider(_) => match explanation.ratings[o].given_by {
                Some(s) => json!({"kind": "slider", "by": "reader", "slider": pack.sliders[s].id}),
                None => Value::Null,
            },
        };
        // The reader's rating in place of the pack's: the pack's number and
        // its basis stay beside it.
        if explanation.ratings[o].yours
            && let Some(packs) = pack.factors[factor].ratings[o].fixed()
        {
            source["by"] = json!("reader");
            source["pack_rating"] = json!(packs);
        }
        bases.insert(option.id.clone(), source);
    }
    (ratings, bases)
}

fn raised_by(pack: &Pack, explanation: &Explanation) -> Vec<Value> {
    explanation
        .raised_by
        .iter()
        .map(|added| json!({"trait": pack.sliders[added.slider].id, "adds": added.amount}))
        .collect()
}

fn factors(pack: &Pack, engine: &Engine, r: &Recommendation) -> Vec<Value> {
    pack.factors
        .iter()
        .enumerate()
        .map(|(f, factor)| {
            let explanation = engine.explain(&r.values, f);
            let (ratings, sources) = ratings_of(pack, &explanation);
            let mut object = json!({
                "factor": factor.id,
                "name": factor.name,
                "weight": explanation.weight,
                "weight_by": if explanation.weight_yours { "reader" } else { "pack" },
                "importance": r.importance[f],
                "raised_by": raised_by(pack, &explanation),
                "ratings": ratings,
                "sources": sources,
            });
            if explanation.weight_yours {
                object["pack_weight"] = json!(factor.weight);
            }
            object
        })
        .collect()
}

fn reasons(pack: &Pack, engine: &Engine, r: &Recommendation) -> Vec<Value> {
    r.reasons
        .iter()
        .zip(&r.shown_shares)
        .map(|(reason, &shown)| {
            let explanation = engine.explain(&r.values, reason.factor);
            let (ratings, sources) = ratings_of(pack, &explanation);
            let pick = |map: &Map<String, Value>| -> Map<String, Value> {
                [reason.favours, reason.against]
                    .iter()
                    .map(|&o| {
                        let id = &pack.options[o].id;
                        (id.clone(), map.get(id).cloned().unwrap_or(Value::Null))
                    })
                    .collect()
            };
            json!({
                "factor": pack.factors[reason.factor].id,
                "name": pack.factors[reason.factor].name,
                "favours": pack.options[reason.favours].id,
                "against": pack.options[reason.against].id,
                "share": shown as f64 / 10.0,
                "importance": r.importance[reason.factor],
                "raised_by": raised_by(pack, &explanation),
                "ratings": pick(&ratings),
                "sources": pick(&sources),
            })
        })
        .collect()
}

/// With three or more options, each option behind the runner-up: how far
/// behind the leader it is and the factors that put it there.
fn others(pack: &Pack, r: &Recommendation) -> Vec<Value> {
    r.behind
        .iter()
        .map(|behind| {
            let gap = r.sums[r.leader()] - r.sums[behind.option];
            let reasons: Vec<Value> = behind
                .reasons
                .iter()
                .map(|reason| {
                    json!({
                        "factor": pack.factors[reason.factor].id,
                        "share": r.tenths(reason.share) as f64 / 10.0,
                    })
                })
                .collect();
            json!({
                "option": pack.options[behind.option].id,
                "behind": r.tenths(100 * gap) as f64 / 10.0,
                "reasons": reasons,
            })
        })
        .collect()
}

fn rules(pack: &Pack, r: &Recommendation) -> Vec<Value> {
    pack.rules
        .iter()
        .enumerate()
        .map(|(index, rule)| {
            let mut object = json!({
                "id": rule.id,
                "option": pack.options[rule.option].id,
                "text": rule.text,
                "applies": r.applying_rules.contains(&index),
                "matches": r.matching_rules.contains(&index),
            });
            if let Some(outweighed) = r.outweighed.iter().find(|o| o.rule == index) {
                let gap = r.sums[outweighed.rival] - r.sums[rule.option];
                let factors: Vec<Value> = outweighed
                    .strongest
                    .iter()
                    .map(|reason| {
                        json!({
                            "factor": pack.factors[reason.factor].id,
                            "share": r.tenths(reason.share) as f64 / 10.0,
                        })
                    })
                    .collect();
                object["outweighed_by"] = json!({
                    "option": pack.options[outweighed.rival].id,
                    "lead": signed_tenths(r, gap),
                    "factors": factors,
                });
            }
            object
        })
        .collect()
}

/// `100 · gap / total` in fit points to a tenth, keeping the sign. The sign
/// is applied to whole tenths, so a gap that rounds to nothing is `0.0`,
/// never `-0.0`.
fn signed_tenths(r: &Recommendation, gap: i128) -> f64 {
    with_sign_of(r.tenths(100 * gap.abs()), gap)
}

/// `tenths / 10` with the sign of `gap`, through whole tenths: `-0.0`
/// would be written as such in the JSON.
fn with_sign_of(tenths: u64, gap: i128) -> f64 {
    (i128::from(tenths) * gap.signum()) as f64 / 10.0
}

fn tipping_points(pack: &Pack, r: &Recommendation) -> Vec<Value> {
    let mut out = Vec::new();
    for tips in &r.tipping_points {
        for (direction, tip) in [("below", tips.below), ("above", tips.above)] {
            if let Some(tip) = tip {
                out.push(json!({
                    "trait": pack.sliders[tips.slider_index].id,
                    "direction": direction,
                    "value": tip.value,
                    "verdict": verdict_json(pack, tip.verdict),
                }));
            }
        }
    }
    out
}

/// The group's `people` and `disagreements`.
fn people(pack: &Pack, group: &Group) -> (Value, Value) {
    let people: Vec<Value> = group
        .people
        .iter()
        .zip(&group.recommendations)
        .map(|(person, r)| {
            let values: serde_json::Map<String, Value> = pack
                .sliders
                .iter()
                .zip(&person.values)
                .map(|(t, v)| (t.id.clone(), json!(v)))
                .collect();
            let scores: Vec<Value> = (0..pack.options.len())
                .map(|o| json!({"option": pack.options[o].id, "score": r.fit_rounded(o), "fit": r.fit(o)}))
                .collect();
            json!({"name": person.name, "values": values, "verdict": verdict_json(pack, r.verdict), "scores": scores})
        })
        .collect();
    let disagreements: Vec<Value> = group
        .disagreements
        .iter()
        .map(|d| {
            let values: Vec<Value> = group
                .people
                .iter()
                .map(|p| json!({"name": p.name, "value": p.values[d.slider]}))
                .collect();
            json!({
                "trait": pack.sliders[d.slider].id,
                "spread": d.spread,
                "percent_of_range": d.percent_of_range(),
                "values": values,
            })
        })
        .collect();
    (json!(people), json!(disagreements))
}

#[cfg(test)]
mod tests {
    use super::with_sign_of;

    #[test]
    fn a_lead_keeps_its_sign_and_one_that_rounds_to_nothing_is_plain_zero() {
        assert_eq!(with_sign_of(12, 7).to_string(), "1.2");
        assert_eq!(with_sign_of(12, -7).to_string(), "-1.2");
        assert_eq!(with_sign_of(0, -7).to_string(), "0");
        assert_eq!(with_sign_of(0, 0).to_string(), "0");
    }
}
