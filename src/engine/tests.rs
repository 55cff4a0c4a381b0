//! The formula on small hand-made packs; every number is worked out here.

use std::collections::BTreeMap;

use super::*;
use crate::content::{CloseCall, Factor, OptionDef, Pack, Source, Trait};

fn map(entries: &[(&str, u32)]) -> BTreeMap<String, u32> {
    entries.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

fn slider(id: &str, max: u32, weights: &[(&str, u32)], weights_low: &[(&str, u32)]) -> Trait {
    Trait {
        id: id.into(),
        label: id.into(),
        help: id.into(),
        max,
        default: 0,
        low: None,
        high: None,
        factors: vec![],
        weights: map(weights),
        weights_low: map(weights_low),
    }
}

fn pack(options: &[&str], traits: Vec<Trait>, margin: u32) -> Pack {
    Pack {
        schema: 1,
        id: "test".into(),
        title: "Test".into(),
        source: Source {
            publisher: "Me".into(),
            url: None,
        },
        intro: "Intro".into(),
        options: options
            .iter()
            .map(|id| OptionDef {
                id: id.to_string(),
                name: id.to_uppercase(),
                tagline: "t".into(),
                summary: "s".into(),
            })
            .collect(),
        factors: vec![Factor {
            id: "f".into(),
            name: "F".into(),
            summary: "s".into(),
            detail: None,
            ratings: options.iter().map(|id| (id.to_string(), 5)).collect(),
        }],
        traits,
        sections: vec![],
        rules: options
            .iter()
            .map(|id| crate::content::Rule {
                option: id.to_string(),
                text: format!("choose {id}"),
            })
            .collect(),
        close_call: CloseCall {
            margin,
            text: "close".into(),
        },
        closing: None,
    }
}

/// a gets 2 per step of t1 (max 10); b gets 5 per step of t2 (max 4).
/// Ceiling: a can reach 10·2 = 20, b 4·5 = 20, so 20.
fn two_sliders() -> Pack {
    pack(
        &["a", "b"],
        vec![
            slider("t1", 10, &[("a", 2)], &[]),
            slider("t2", 4, &[("b", 5)], &[]),
        ],
        10,
    )
}

#[test]
fn scores_are_points_over_the_ceiling() {
    let engine = Engine::new(&two_sliders());
    assert_eq!(engine.ceiling(), 20);
    // a = 5·2 = 10 → 50; b = 0 → 0; lead 50 > 10.
    let r = engine.recommend(&[5, 0]);
    assert_eq!(r.points, [10, 0]);
    assert_eq!(r.scores, [50, 0]);
    assert_eq!(r.verdict, Verdict::Winner(0));
    assert_eq!(r.matching_rules, [0]);
    // a = 3·2 = 6 → 30; b = 2·5 = 10 → 50; b leads by 20.
    let r = engine.recommend(&[3, 2]);
    assert_eq!(r.scores, [30, 50]);
    assert_eq!(r.ranking, [1, 0]);
    assert_eq!(r.verdict, Verdict::Winner(1));
    assert_eq!(r.matching_rules, [1]);
}

#[test]
fn a_lead_within_the_margin_is_too_close_to_call() {
    let engine = Engine::new(&two_sliders());
    // 10 vs 10 points: 50 vs 50.
    assert_eq!(engine.recommend(&[5, 2]).verdict, Verdict::CloseCall);
    // a = 2 → 10, lead exactly the margin (10): still close.
    assert_eq!(engine.recommend(&[1, 0]).verdict, Verdict::CloseCall);
    // a = 4 → 20, lead 20: a wins.
    assert_eq!(engine.recommend(&[2, 0]).verdict, Verdict::Winner(0));
    assert!(engine.recommend(&[1, 0]).matching_rules.is_empty());
}

#[test]
fn scores_round_half_up() {
    // Ceiling 3·1 = 3 for a (b has none); a = 1 → 33.3 → 33, a = 2 → 66.7 → 67.
    let engine = Engine::new(&pack(
        &["a", "b"],
        vec![slider("t", 3, &[("a", 1)], &[])],
        0,
    ));
    assert_eq!(engine.recommend(&[1]).scores, [33, 0]);
    assert_eq!(engine.recommend(&[2]).scores, [67, 0]);
    // 1 of 8 is 12.5 → 13.
    let engine = Engine::new(&pack(
        &["a", "b"],
        vec![slider("t", 8, &[("a", 1)], &[])],
        0,
    ));
    assert_eq!(engine.recommend(&[1]).scores, [13, 0]);
}

#[test]
fn two_sided_slider_pushes_each_way() {
    // a: 1 per step towards 10, b: 1 per step towards 0. Ceiling 10.
    let engine = Engine::new(&pack(
        &["a", "b"],
        vec![slider("w", 10, &[("a", 1)], &[("b", 1)])],
        10,
    ));
    assert_eq!(engine.recommend(&[5]).scores, [50, 50]);
    assert_eq!(engine.recommend(&[5]).verdict, Verdict::CloseCall);
    // v = 8: a = 8 → 80, b = 2 → 20.
    assert_eq!(engine.recommend(&[8]).scores, [80, 20]);
    assert_eq!(engine.recommend(&[0]).verdict, Verdict::Winner(1));
    // From 5, the nearest change is 6 (60 vs 40, lead 20) and 4 (40 vs 60).
    let tips = engine.recommend(&[5]).tipping_points[0];
    assert_eq!(
        tips.above,
        Some(Tip {
            value: 6,
            verdict: Verdict::Winner(0)
        })
    );
    assert_eq!(
        tips.below,
        Some(Tip {
            value: 4,
            verdict: Verdict::Winner(1)
        })
    );
}

#[test]
fn toggle_is_a_slider_with_one_step() {
    // Toggle gives a 7; t gives b 1 per step up to 10. Ceiling max(7, 10) = 10.
    let engine = Engine::new(&pack(
        &["a", "b"],
        vec![
            slider("on", 1, &[("a", 7)], &[]),
            slider("t", 10, &[("b", 1)], &[]),
        ],
        10,
    ));
    assert_eq!(engine.recommend(&[1, 0]).scores, [70, 0]);
    assert_eq!(engine.recommend(&[1, 0]).verdict, Verdict::Winner(0));
    // Toggle on, t = 6: 70 vs 60, lead 10, close.
    assert_eq!(engine.recommend(&[1, 6]).verdict, Verdict::CloseCall);
}

#[test]
fn tipping_points_are_the_nearest_change() {
    let engine = Engine::new(&two_sliders());
    let r = engine.recommend(&[0, 0]);
    assert_eq!(r.verdict, Verdict::CloseCall);
    // t1 = 1 gives 10 vs 0 (close); t1 = 2 gives 20 vs 0: a wins.
    assert_eq!(
        r.tipping_points[0].above,
        Some(Tip {
            value: 2,
            verdict: Verdict::Winner(0)
        })
    );
    assert_eq!(r.tipping_points[0].below, None);
    // t2 = 1 gives b 5 → 25: b wins.
    assert_eq!(
        r.tipping_points[1].above,
        Some(Tip {
            value: 1,
            verdict: Verdict::Winner(1)
        })
    );
    // From a winning at t1 = 5, t1 = 1 is the nearest value below that is close again.
    let r = engine.recommend(&[5, 0]);
    assert_eq!(
        r.tipping_points[0].below,
        Some(Tip {
            value: 1,
            verdict: Verdict::CloseCall
        })
    );
    assert_eq!(r.tipping_points[0].above, None);
}

#[test]
fn reasons_name_the_traits_behind_the_lead() {
    let engine = Engine::new(&two_sliders());
    // b leads 50 to 30: t2 gives b 10 points (50 score points), t1 gives a 6 (30).
    let r = engine.recommend(&[3, 2]);
    assert_eq!(
        r.reasons,
        [
            Reason {
                trait_index: 1,
                favours: 1,
                against: 0,
                points: 10,
                score: 50
            },
            Reason {
                trait_index: 0,
                favours: 0,
                against: 1,
                points: 6,
                score: 30
            },
        ]
    );
    assert!(engine.recommend(&[0, 0]).reasons.is_empty());
}

#[test]
fn three_options_rank_and_ties_keep_pack_order() {
    let engine = Engine::new(&pack(
        &["a", "b", "c"],
        vec![
            slider("x", 10, &[("b", 1), ("c", 1)], &[]),
            slider("y", 10, &[("a", 1)], &[]),
        ],
        5,
    ));
    let r = engine.recommend(&[4, 2]);
    // Ceiling 10. b = c = 4 → 40, a = 2 → 20: b and c tie, b first by pack order.
    assert_eq!(r.scores, [20, 40, 40]);
    assert_eq!(r.ranking, [1, 2, 0]);
    assert_eq!(r.verdict, Verdict::CloseCall);
}

#[test]
fn values_beyond_max_are_clamped() {
    let engine = Engine::new(&two_sliders());
    assert_eq!(engine.recommend(&[99, 99]).values, [10, 4]);
    assert_eq!(engine.recommend(&[]).values, [0, 0]);
}

#[test]
fn article_pack_follows_the_article() {
    let pack = crate::content::embedded();
    let engine = Engine::new(&pack);
    let at = |sets: &[(&str, u32)]| {
        let mut values = pack.default_values();
        for (id, value) in sets {
            values[pack.trait_index(id).unwrap()] = *value;
        }
        engine.recommend(&values).verdict
    };
    let python = Verdict::Winner(pack.option_index("python").unwrap());
    let node = Verdict::Winner(pack.option_index("node").unwrap());
    assert_eq!(at(&[]), Verdict::CloseCall);
    assert_eq!(at(&[("data_ai", 10)]), python);
    assert_eq!(at(&[("realtime", 10), ("concurrency", 10)]), node);
    assert_eq!(at(&[("team_js", 10), ("one_language", 1)]), node);
    assert_eq!(at(&[("clarity", 10), ("team_python", 5)]), python);
}
