//! Property tests of the recommendation engine over random valid packs.
//!
//! Each case builds a `Pack` directly (2..=8 options, 1..=6 traits with max
//! 1..=12, random subsets of options weighted 0..=20 towards max and towards
//! 0, margin 0..=30, one factor rating every option) and random slider values
//! within 0..=max, then checks what the engine promises in `src/engine.rs`
//! and PRODUCT.md §3.
//!
//! Cases: `PROPTEST_CASES` if set, otherwise `DEFAULT_CASES`.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;

use stackcompare::content::{
    CloseCall, Factor, OptionDef, Pack, Rule, Section, Source, Trait, validate,
};
use stackcompare::engine::{Engine, Recommendation, Verdict, recommend};

/// Enough to exercise the engine in a few seconds of a debug build.
const DEFAULT_CASES: u32 = 256;

/// `ProptestConfig::with_cases` ignores `PROPTEST_CASES` (only
/// `ProptestConfig::default()` reads it), so read it here.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig::with_cases(cases)
}

/// The random parts of one trait.
#[derive(Debug, Clone)]
struct TraitSpec {
    max: u32,
    /// Per option: `None` leaves the option out of the map.
    weights: Vec<Option<u32>>,
    weights_low: Vec<Option<u32>>,
}

fn weight_map(options: &[String], weights: &[Option<u32>]) -> BTreeMap<String, u32> {
    options
        .iter()
        .zip(weights)
        .filter_map(|(id, weight)| weight.map(|w| (id.clone(), w)))
        .collect()
}

/// A non-empty piece of text, different for each place it is used.
fn text(what: &str, n: usize) -> String {
    format!("{what} {n}")
}

fn build_pack(options: usize, traits: &[TraitSpec], margin: u32, ratings: &[u32]) -> Pack {
    let ids: Vec<String> = (0..options).map(|o| format!("opt-{o}")).collect();
    Pack {
        schema: 1,
        id: "random-pack".into(),
        title: "A random pack".into(),
        source: Source {
            publisher: "Proptest".into(),
            url: None,
        },
        intro: "Generated for a property test.".into(),
        options: ids
            .iter()
            .enumerate()
            .map(|(o, id)| OptionDef {
                id: id.clone(),
                name: text("Option", o),
                tagline: text("Tagline", o),
                summary: text("Summary", o),
            })
            .collect(),
        factors: vec![Factor {
            id: "factor-0".into(),
            name: "Factor".into(),
            summary: "What the article says.".into(),
            detail: None,
            ratings: ids.iter().cloned().zip(ratings.iter().copied()).collect(),
        }],
        traits: traits
            .iter()
            .enumerate()
            .map(|(t, spec)| Trait {
                id: format!("trait_{t}"),
                label: text("Label", t),
                help: text("Help", t),
                max: spec.max,
                default: 0,
                low: None,
                high: None,
                factors: vec!["factor-0".into()],
                weights: weight_map(&ids, &spec.weights),
                weights_low: weight_map(&ids, &spec.weights_low),
            })
            .collect(),
        sections: vec![Section {
            id: "body".into(),
            title: "Body".into(),
            body: "The article.".into(),
        }],
        rules: ids
            .iter()
            .map(|id| Rule {
                option: id.clone(),
                text: format!("Choose {id}."),
            })
            .collect(),
        close_call: CloseCall {
            margin,
            text: "Too close to call.".into(),
        },
        closing: None,
    }
}

fn trait_spec(options: usize) -> impl Strategy<Value = TraitSpec> {
    let weights = proptest::collection::vec(proptest::option::of(0u32..=20), options);
    // About half the traits are one-sided (no weights_low at all).
    let weights_low = prop_oneof![
        Just(vec![None; options]),
        proptest::collection::vec(proptest::option::of(0u32..=20), options),
    ];
    (1u32..=12, weights, weights_low).prop_map(|(max, weights, weights_low)| TraitSpec {
        max,
        weights,
        weights_low,
    })
}

/// A random valid pack.
fn pack() -> impl Strategy<Value = Pack> {
    (2usize..=8, 1usize..=6)
        .prop_flat_map(|(options, traits)| {
            (
                Just(options),
                proptest::collection::vec(trait_spec(options), traits),
                0u32..=30,
                proptest::collection::vec(0u32..=10, options),
            )
        })
        .prop_map(|(options, traits, margin, ratings)| {
            build_pack(options, &traits, margin, &ratings)
        })
}

/// A random valid pack and slider values within 0..=max.
fn pack_and_values() -> impl Strategy<Value = (Pack, Vec<u32>)> {
    pack().prop_flat_map(|pack| {
        let values: Vec<_> = pack.traits.iter().map(|t| 0..=t.max).collect();
        (Just(pack), values)
    })
}

/// The same pack and values, plus one trait index.
fn pack_values_and_trait() -> impl Strategy<Value = (Pack, Vec<u32>, usize)> {
    pack_and_values().prop_flat_map(|(pack, values)| {
        let traits = pack.traits.len();
        (Just(pack), Just(values), 0..traits)
    })
}

fn weight(map: &BTreeMap<String, u32>, option: &str) -> i64 {
    i64::from(map.get(option).copied().unwrap_or(0))
}

/// What one step up trait `t` adds to option `o`'s points: weight − weight_low.
fn net_push(pack: &Pack, t: usize, o: usize) -> i64 {
    let id = &pack.options[o].id;
    weight(&pack.traits[t].weights, id) - weight(&pack.traits[t].weights_low, id)
}

/// The documented formula, computed independently of the engine.
fn expected_points_and_scores(pack: &Pack, values: &[u32]) -> (Vec<u64>, Vec<u32>) {
    let per_option = |o: usize, value_of: &dyn Fn(usize) -> u64| -> u64 {
        let id = &pack.options[o].id;
        pack.traits
            .iter()
            .enumerate()
            .map(|(t, tr)| {
                let v = value_of(t);
                let high = tr.weights.get(id).copied().unwrap_or(0) as u64;
                let low = tr.weights_low.get(id).copied().unwrap_or(0) as u64;
                v * high + (u64::from(tr.max) - v) * low
            })
            .sum()
    };
    let points: Vec<u64> = (0..pack.options.len())
        .map(|o| per_option(o, &|t| u64::from(values[t])))
        .collect();
    let ceiling = (0..pack.options.len())
        .map(|o| {
            let id = &pack.options[o].id;
            pack.traits
                .iter()
                .map(|tr| {
                    let high = tr.weights.get(id).copied().unwrap_or(0);
                    let low = tr.weights_low.get(id).copied().unwrap_or(0);
                    u64::from(tr.max) * u64::from(high.max(low))
                })
                .sum::<u64>()
        })
        .max()
        .unwrap_or(0);
    let scores = points
        .iter()
        .map(|&p| {
            if ceiling == 0 {
                0
            } else {
                // round(100·p/ceiling), halves up, in integers.
                u32::try_from((200 * p + ceiling) / (2 * ceiling)).unwrap()
            }
        })
        .collect();
    (points, scores)
}

fn with_value(values: &[u32], t: usize, value: u32) -> Vec<u32> {
    let mut values = values.to_vec();
    values[t] = value;
    values
}

fn verdict_at(engine: &Engine, values: &[u32], t: usize, value: u32) -> Verdict {
    engine.recommend(&with_value(values, t, value)).verdict
}

fn check_shape(pack: &Pack, r: &Recommendation) -> Result<(), TestCaseError> {
    let n = pack.options.len();
    prop_assert_eq!(r.scores.len(), n);
    prop_assert_eq!(r.points.len(), n);
    prop_assert_eq!(r.ranking.len(), n);
    prop_assert_eq!(r.values.len(), pack.traits.len());
    prop_assert_eq!(r.tipping_points.len(), pack.traits.len());
    for &score in &r.scores {
        prop_assert!(score <= 100, "score {} out of 0..=100", score);
    }
    let mut sorted = r.ranking.clone();
    sorted.sort_unstable();
    prop_assert_eq!(
        sorted,
        (0..n).collect::<Vec<_>>(),
        "ranking is not a permutation"
    );
    for pair in r.ranking.windows(2) {
        prop_assert!(
            r.scores[pair[0]] >= r.scores[pair[1]],
            "ranking {:?} not sorted by score {:?}",
            r.ranking,
            r.scores
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// The strategy only makes packs the loader would accept.
    #[test]
    fn generated_packs_are_valid(pack in pack()) {
        let problems = validate(&pack);
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }

    /// Same pack and values, same recommendation; a second engine agrees.
    #[test]
    fn deterministic((pack, values) in pack_and_values()) {
        let engine = Engine::new(&pack);
        let first = engine.recommend(&values);
        prop_assert_eq!(&first, &engine.recommend(&values));
        prop_assert_eq!(&first, &Engine::new(&pack).recommend(&values));
        prop_assert_eq!(&first, &recommend(&pack, &values));
        prop_assert_eq!(&first, &recommend(&pack.clone(), &values.clone()));
    }

    /// Scores in 0..=100, one per option, ranking a permutation sorted by score.
    #[test]
    fn shape_and_ranges((pack, values) in pack_and_values()) {
        let r = recommend(&pack, &values);
        check_shape(&pack, &r)?;
        prop_assert_eq!(&r.values, &values);
    }

    /// Points and scores follow the formula documented in src/engine.rs.
    #[test]
    fn scores_follow_the_documented_formula((pack, values) in pack_and_values()) {
        let r = recommend(&pack, &values);
        let (points, scores) = expected_points_and_scores(&pack, &values);
        prop_assert_eq!(&r.points, &points);
        prop_assert_eq!(&r.scores, &scores);
    }

    /// With every slider at 0 and no weights towards 0, nobody has a point:
    /// too close to call.
    #[test]
    fn all_zero_without_weights_low_is_a_close_call(mut pack in pack()) {
        for t in &mut pack.traits {
            t.weights_low.clear();
        }
        let zeros = vec![0; pack.traits.len()];
        let r = recommend(&pack, &zeros);
        prop_assert_eq!(r.verdict, Verdict::CloseCall);
        prop_assert!(r.scores.iter().all(|&s| s == 0), "scores {:?}", r.scores);
        prop_assert!(r.matching_rules.is_empty());
    }

    /// The verdict is a close call exactly when the leader's lead,
    /// 100 · (points₁ − points₂) / ceiling, is within the margin (compared
    /// exactly, before rounding), and the leader otherwise.
    #[test]
    fn verdict_follows_the_margin((pack, values) in pack_and_values()) {
        let engine = Engine::new(&pack);
        let r = engine.recommend(&values);
        let gap = r.points[r.ranking[0]] - r.points[r.ranking[1]];
        if 100 * gap <= u64::from(pack.close_call.margin) * engine.ceiling() {
            prop_assert_eq!(r.verdict, Verdict::CloseCall);
        } else {
            prop_assert_eq!(r.verdict, Verdict::Winner(r.ranking[0]));
        }
    }

    /// A slider that gives every option the same points never changes the verdict.
    #[test]
    fn a_neutral_slider_never_decides((mut pack, values, t) in pack_values_and_trait(), weight in 0u32..=20) {
        let ids: Vec<String> = pack.options.iter().map(|o| o.id.clone()).collect();
        pack.traits[t].weights = ids.iter().map(|id| (id.clone(), weight)).collect();
        pack.traits[t].weights_low.clear();
        let engine = Engine::new(&pack);
        let verdict = engine.recommend(&values).verdict;
        for v in 0..=pack.traits[t].max {
            prop_assert_eq!(engine.recommend(&with_value(&values, t, v)).verdict, verdict);
        }
    }

    /// Raising a slider one step never lets an option it pushes towards at
    /// least as much as another fall behind that other one.
    ///
    /// In points this holds exactly; in scores whenever `a` was not behind in
    /// points, since rounding a common denominator keeps the order.
    #[test]
    fn raising_a_slider_is_monotone((pack, values, t) in pack_values_and_trait()) {
        // From a slider at its max, step up from one below instead.
        let from = values[t].min(pack.traits[t].max - 1);
        let values = with_value(&values, t, from);
        let engine = Engine::new(&pack);
        let before = engine.recommend(&values);
        let after = engine.recommend(&with_value(&values, t, from + 1));
        let n = pack.options.len();
        for a in 0..n {
            for b in 0..n {
                if a == b || net_push(&pack, t, a) < net_push(&pack, t, b) {
                    continue;
                }
                if before.points[a] >= before.points[b] {
                    prop_assert!(
                        after.points[a] >= after.points[b],
                        "points of {} fell behind {}: {:?} -> {:?}",
                        a, b, before.points, after.points
                    );
                    prop_assert!(
                        after.scores[a] >= after.scores[b],
                        "score of {} fell behind {}: {:?} -> {:?}",
                        a, b, before.scores, after.scores
                    );
                }
                // The gap b − a in points never grows.
                let gap_before = before.points[b] as i128 - before.points[a] as i128;
                let gap_after = after.points[b] as i128 - after.points[a] as i128;
                prop_assert!(gap_after <= gap_before);
            }
        }
    }

    /// Every reported tipping point is real and the nearest; a missing one
    /// means no value on that side changes the verdict.
    #[test]
    fn tipping_points_are_real_and_nearest((pack, values) in pack_and_values()) {
        let engine = Engine::new(&pack);
        let r = engine.recommend(&values);
        for (t, tips) in r.tipping_points.iter().enumerate() {
            prop_assert_eq!(tips.trait_index, t);
            let current = values[t];
            let max = pack.traits[t].max;
            match tips.above {
                Some(tip) => {
                    prop_assert!(tip.value > current && tip.value <= max,
                        "above tip {} outside {}..={}", tip.value, current + 1, max);
                    prop_assert_ne!(tip.verdict, r.verdict);
                    prop_assert_eq!(verdict_at(&engine, &values, t, tip.value), tip.verdict);
                    for v in current + 1..tip.value {
                        prop_assert_eq!(verdict_at(&engine, &values, t, v), r.verdict,
                            "trait {} at {} already changes the verdict, before tip {}", t, v, tip.value);
                    }
                }
                None => {
                    for v in current + 1..=max {
                        prop_assert_eq!(verdict_at(&engine, &values, t, v), r.verdict,
                            "trait {} at {} changes the verdict but no tip above is reported", t, v);
                    }
                }
            }
            match tips.below {
                Some(tip) => {
                    prop_assert!(tip.value < current,
                        "below tip {} not under {}", tip.value, current);
                    prop_assert_ne!(tip.verdict, r.verdict);
                    prop_assert_eq!(verdict_at(&engine, &values, t, tip.value), tip.verdict);
                    for v in tip.value + 1..current {
                        prop_assert_eq!(verdict_at(&engine, &values, t, v), r.verdict,
                            "trait {} at {} already changes the verdict, before tip {}", t, v, tip.value);
                    }
                }
                None => {
                    for v in 0..current {
                        prop_assert_eq!(verdict_at(&engine, &values, t, v), r.verdict,
                            "trait {} at {} changes the verdict but no tip below is reported", t, v);
                    }
                }
            }
        }
    }

    /// Matching rules are exactly the rules of the winner (none on a close call).
    #[test]
    fn matching_rules_name_the_winner((pack, values) in pack_and_values()) {
        let r = recommend(&pack, &values);
        let expected: Vec<usize> = match r.verdict {
            Verdict::Winner(w) => pack
                .rules
                .iter()
                .enumerate()
                .filter(|(_, rule)| rule.option == pack.options[w].id)
                .map(|(i, _)| i)
                .collect(),
            Verdict::CloseCall => Vec::new(),
        };
        prop_assert_eq!(&r.matching_rules, &expected);
    }
}
