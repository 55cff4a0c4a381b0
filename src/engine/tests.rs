//! The formula on small hand-made packs; every number is worked out here.

use super::*;
use crate::content::{Pack, parse_pack};
use std::ops::Range;

/// A pack from the YAML of its options, factors, sliders and rules; every
/// quotation is "good", which the article says.
fn pack(margin: u32, body: &str) -> Pack {
    let text = format!(
        "schema: 2\nid: test\ntitle: T\nsource: {{ publisher: P }}\nintro: It is good. Both are good.\n{body}\nclose_call: {{ margin: {margin}, text: good }}\n"
    );
    parse_pack(&text, "test.yaml").unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// A factor's ratings of options `a`, `b`, `c`… in order, each on the word
/// "good".
fn rated(values: &[u32]) -> String {
    let ratings: Vec<String> = (values.iter().zip('a'..))
        .map(|(value, id)| format!("{id}: {{ rating: {value}, basis: good }}"))
        .collect();
    format!("{{ {} }}", ratings.join(", "))
}

fn options(ids: &[&str]) -> String {
    let mut out = String::from("options:\n");
    for id in ids {
        out.push_str(&format!(
            "  - {{ id: {id}, name: {}, tagline: t, summary: s }}\n",
            id.to_uppercase()
        ));
    }
    out
}

/// Two options and one slider `s` (0–10) that raises factor `f2` by 1 per step.
/// f1 (weight 1) rates a 10 and b 0; f2 (weight 0) rates a 0 and b 10.
/// importance: f1 = 1, f2 = v; sums a = 10, b = 10v; total = 10·(1 + v):
/// fit(a) = 100 / (1 + v), fit(b) = 100·v / (1 + v).
fn two() -> Pack {
    pack(
        10,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 1, ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 0, basis: good }} }} }}
  - {{ id: f2, name: F2, summary: good, weight: 0, ratings: {{ a: {{ rating: 0, basis: good }}, b: {{ rating: 10, basis: good }} }} }}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f2: 1 }} }}
rules:
  - {{ option: a, text: good, when: [s] }}
  - {{ option: b, text: good, when: [s] }}
",
            options(&["a", "b"])
        ),
    )
}

/// Three options; slider k (0–10, default 0) rates c on q; slider t (0–4,
/// default 1, two-sided) raises u towards 4 and w towards 0. Margin 20.
/// Scale 10 (k's max). importance q = 4, w = 4 − t, u = t: total 8, so
/// T = 10·10·8 = 800 and fit = sum / 8, with
/// sum(a) = 4·100 + t·100 = 400 + 100t, sum(b) = 4·50 + (4 − t)·100 = 600 − 100t,
/// sum(c) = 4·10k = 40k.
fn three() -> Pack {
    pack(
        20,
        &format!(
            "{}factors:
  - id: q
    name: Q
    summary: good
    weight: 4
    ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 5, basis: good }} }}
    rated_by: {{ c: k }}
  - {{ id: w, name: W, summary: good, weight: 0, ratings: {{ a: {{ rating: 0, basis: good }}, b: {{ rating: 10, basis: good }}, c: {{ rating: 0, basis: good }} }} }}
  - {{ id: u, name: U, summary: good, weight: 0, ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 0, basis: good }}, c: {{ rating: 0, basis: good }} }} }}
traits:
  - {{ id: k, label: K, help: h, max: 10 }}
  - {{ id: t, label: T, help: h, max: 4, default: 1, low: Low, high: High, raises: {{ u: 1 }}, raises_low: {{ w: 1 }} }}
rules:
  - {{ option: a, text: good, when: [t] }}
  - {{ option: a, text: good, when: [k] }}
  - {{ option: b, text: good, when: [[k, t]] }}
",
            options(&["a", "b", "c"])
        ),
    )
}

fn set(options: &[usize]) -> Options {
    let mut set = Options::default();
    for &o in options {
        set.insert(o);
    }
    set
}

#[test]
fn fits_are_the_weighted_average_of_ratings() {
    let engine = Engine::new(&two());
    assert_eq!(engine.scale(), 1);
    // v = 0: f2 counts nothing; a fits 100, b 0.
    let r = engine.recommend(&[0]);
    assert_eq!(r.importance, [1, 0]);
    assert_eq!((r.sums.clone(), r.total), (vec![10, 0], 10));
    assert_eq!((r.fit_rounded(0), r.fit_rounded(1)), (100, 0));
    assert_eq!(r.verdict, Verdict::Winner(0));
    // v = 4: a = 100/5 = 20, b = 400/5 = 80.
    let r = engine.recommend(&[4]);
    assert_eq!((r.fit(0), r.fit(1)), (20.0, 80.0));
    assert_eq!(r.ranking, [1, 0]);
    assert_eq!(r.verdict, Verdict::Winner(1));
    assert_eq!(r.lead_tenths(), 600);
    // v = 2: a = 33.3, b = 66.7 (rounded half up).
    let r = engine.recommend(&[2]);
    assert_eq!((r.fit_rounded(0), r.fit_rounded(1)), (33, 67));
}

#[test]
fn a_lead_within_the_margin_is_too_close_to_call() {
    let engine = Engine::new(&two());
    // v = 1: 50 against 50.
    let r = engine.recommend(&[1]);
    assert_eq!(r.verdict, Verdict::CloseCall(set(&[0, 1])));
    assert_eq!(r.lead_tenths(), 0);
    assert!(r.matching_rules.is_empty());
}

#[test]
fn tipping_points_are_the_nearest_change() {
    let engine = Engine::new(&two());
    let r = engine.recommend(&[1]);
    let tips = r.tipping_points[0];
    assert_eq!(
        tips.above,
        Some(Tip {
            value: 2,
            verdict: Verdict::Winner(1)
        })
    );
    assert_eq!(
        tips.below,
        Some(Tip {
            value: 0,
            verdict: Verdict::Winner(0)
        })
    );
    assert_eq!(
        engine.verdicts_along(0, &[1]),
        [
            vec![Verdict::Winner(0), Verdict::CloseCall(set(&[0, 1]))],
            vec![Verdict::Winner(1); 9]
        ]
        .concat()
    );
}

#[test]
fn reasons_are_shares_of_the_lead() {
    let engine = Engine::new(&two());
    // v = 4: b leads by 60; f2 gives b 100·4·10/50 = 80, f1 gives a 100·1·10/50 = 20.
    let r = engine.recommend(&[4]);
    assert_eq!(r.reasons.len(), 2);
    assert_eq!((r.reasons[0].factor, r.reasons[0].favours), (1, 1));
    assert_eq!(r.tenths(r.reasons[0].share), 800);
    assert_eq!((r.reasons[1].factor, r.reasons[1].favours), (0, 0));
    assert_eq!(r.tenths(r.reasons[1].share), 200);
    // The rule for b matches: s at 4 pushes towards b (at its default, 0, a leads).
    assert_eq!(r.matching_rules, [1]);
}

#[test]
fn three_options_name_every_option_within_the_margin() {
    let engine = Engine::new(&three());
    assert_eq!(engine.scale(), 10);
    // t = 1, k = 10: a = 500/8 = 62.5, b = 62.5, c = 400/8 = 50: all within 20.
    let r = engine.recommend(&[10, 1]);
    assert_eq!(r.total, 800);
    assert_eq!(r.sums, [500, 500, 400]);
    assert_eq!(
        (r.fit_rounded(0), r.fit_rounded(1), r.fit_rounded(2)),
        (63, 63, 50)
    );
    assert_eq!(r.verdict, Verdict::CloseCall(set(&[0, 1, 2])));
    // k = 8: c = 320/8 = 40, 22.5 behind: only a and b.
    let r = engine.recommend(&[8, 1]);
    assert_eq!(r.verdict, Verdict::CloseCall(set(&[0, 1])));
    // k = 9 brings c within the margin: the verdict changes there.
    assert_eq!(
        r.tipping_points[0].above,
        Some(Tip {
            value: 9,
            verdict: Verdict::CloseCall(set(&[0, 1, 2]))
        })
    );
    // t = 2 → a (75 vs 50), t = 0 → b (75 vs 50).
    assert_eq!(
        r.tipping_points[1].above.map(|tip| tip.verdict),
        Some(Verdict::Winner(0))
    );
    assert_eq!(
        r.tipping_points[1].below.map(|tip| tip.verdict),
        Some(Verdict::Winner(1))
    );
}

#[test]
fn a_rated_by_factor_and_a_two_sided_slider_give_hand_worked_reasons() {
    let engine = Engine::new(&three());
    // k = 0, t = 2: a = 600/8 = 75, b = 400/8 = 50, c = 0. a leads by 25.
    let r = engine.recommend(&[0, 2]);
    assert_eq!(r.importance, [4, 2, 2]);
    assert_eq!(r.verdict, Verdict::Winner(0));
    // q: 100·4·(100 − 50) = 20000 → 25 points for a; u: 100·2·100 → 25 for a;
    // w: 100·2·100 → 25 for b. 25 + 25 − 25 = 25, the lead.
    let shares: Vec<(usize, usize, u64)> = r
        .reasons
        .iter()
        .map(|reason| (reason.factor, reason.favours, r.tenths(reason.share)))
        .collect();
    assert_eq!(shares, [(0, 0, 250), (2, 0, 250), (1, 1, 250)]);
    // Rule 0 (a, when t) matches: back at t = 1 a no longer leads. Rule 1
    // (a, when k) does not: k is at its default. Rule 2 is for b.
    assert_eq!(r.matching_rules, [0]);
}

#[test]
fn a_group_pushes_only_when_all_its_sliders_do() {
    let engine = Engine::new(&three());
    // t = 0 → b wins (75 vs 50). Rule 2 (b, when [k, t]): t pushes, k is at
    // its default, so the group does not.
    let r = engine.recommend(&[0, 0]);
    assert_eq!(r.verdict, Verdict::Winner(1));
    assert!(r.matching_rules.is_empty());
}

#[test]
fn nothing_that_counts_is_a_close_call_between_all() {
    let pack = pack(
        0,
        &format!(
            "{}factors:
  - {{ id: f, name: F, summary: good, weight: 0, ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 0, basis: good }} }} }}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f: 1 }} }}
",
            options(&["a", "b"])
        ),
    );
    let r = recommend(&pack, &[0]);
    assert_eq!(r.total, 0);
    assert_eq!((r.fit(0), r.fit_rounded(1)), (0.0, 0));
    assert_eq!(r.verdict, Verdict::CloseCall(set(&[0, 1])));
    assert!(r.reasons.is_empty());
    assert_eq!(
        r.tipping_points[0]
            .above
            .map(|tip| (tip.value, tip.verdict)),
        Some((1, Verdict::Winner(0)))
    );
}

#[test]
fn values_beyond_max_are_clamped() {
    let engine = Engine::new(&three());
    assert_eq!(engine.recommend(&[99, 99]).values, [10, 4]);
    assert_eq!(engine.recommend(&[]).values, [0, 0]);
}

/// (slider, what it adds) for each slider that raises `factor` at `values`.
fn raised_by(pack: &Pack, values: &[u32], factor: usize) -> Vec<(usize, u64)> {
    let explanation = Engine::new(pack).explain(values, factor);
    let importance = engine_importance(pack, values, factor);
    assert_eq!(explanation.importance, importance, "explained as counted");
    explanation
        .raised_by
        .iter()
        .map(|added| (added.slider, added.amount))
        .collect()
}

fn engine_importance(pack: &Pack, values: &[u32], factor: usize) -> u64 {
    Engine::new(pack).recommend(values).importance[factor]
}

#[test]
fn raised_by_names_what_each_slider_adds() {
    let pack = three();
    assert_eq!(raised_by(&pack, &[0, 3], 2), [(1, 3)]);
    assert_eq!(raised_by(&pack, &[0, 3], 1), [(1, 1)]);
    assert!(raised_by(&pack, &[0, 4], 1).is_empty());
    assert!(raised_by(&pack, &[0, 3], 0).is_empty());
}

/// Two options; `s` (0–10) raises f2, where b leads; the toggle `t` raises
/// f2 too; `u` (0–10) raises f1, where a leads. importance f1 = 1 + u,
/// f2 = s + t; sums a = 10·(1 + u), b = 10·(s + t). Margin 10. One rule per
/// kind of condition; a close-call text for when `t` is on, then one for
/// any close call.
fn conditions() -> Pack {
    let pack = pack(
        10,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 1, ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 0, basis: good }} }} }}
  - {{ id: f2, name: F2, summary: good, weight: 0, ratings: {{ a: {{ rating: 0, basis: good }}, b: {{ rating: 10, basis: good }} }} }}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f2: 1 }} }}
  - {{ id: t, label: T, help: h, max: 1, raises: {{ f2: 1 }} }}
  - {{ id: u, label: U, help: h, max: 10, raises: {{ f1: 1 }} }}
rules:
  - {{ option: a, text: good, when: [ {{ s: {{ at_least: 3 }} }} ] }}
  - {{ option: b, text: good, when: [ {{ s: {{ at_most: 2 }} }} ] }}
  - {{ option: a, text: good, when: [ {{ s: {{ at_least: 2, at_most: 4 }} }} ] }}
  - {{ option: b, text: good, when: [ {{ t: on }} ] }}
  - {{ option: a, text: good, when: [ {{ t: off }} ] }}
  - {{ option: b, text: good, when: [ {{ u: {{ above: s, by: 2 }} }} ] }}
  - {{ option: a, text: good, when: [ {{ all: [ {{ s: {{ at_least: 1 }} }}, {{ t: on }} ] }} ] }}
  - {{ option: b, text: good, when: [ {{ any: [ {{ s: {{ at_least: 9 }} }}, {{ u: {{ at_least: 9 }} }} ] }} ] }}
  - {{ option: b, text: good, when: [s] }}
",
            options(&["a", "b"])
        ),
    );
    with_close_texts(pack)
}

/// `pack` with close-call texts by situation: "It is good." when `t` is
/// on, else "Both are good.".
fn with_close_texts(mut pack: Pack) -> Pack {
    let t = pack.slider_index("t").unwrap();
    pack.close_call.texts = vec![
        crate::content::CloseText {
            text: "It is good.".into(),
            when: vec![crate::content::Condition::Test {
                slider: t,
                at_least: 1,
                at_most: 1,
                above: None,
            }],
        },
        crate::content::CloseText {
            text: "Both are good.".into(),
            when: Vec::new(),
        },
    ];
    pack
}

#[test]
fn rules_apply_by_their_own_conditions_whatever_the_verdict() {
    let engine = Engine::new(&conditions());
    // [s, t, u] = [0, 0, 0]: a wins. s ≤ 2 and t off hold; u is not 2 above s;
    // s at its default pushes nothing.
    let r = engine.recommend(&[0, 0, 0]);
    assert_eq!(r.verdict, Verdict::Winner(0));
    assert_eq!(r.applying_rules, [1, 4]);
    assert_eq!(r.matching_rules, [4], "only a's rule is the verdict's");
    assert_eq!(r.outweighed.len(), 1);
    assert_eq!((r.outweighed[0].rule, r.outweighed[0].rival), (1, 0));
    let reason = &r.outweighed[0].strongest[0];
    assert_eq!((reason.factor, reason.favours), (0, 0), "f1 puts a ahead");
    // [3, 1, 0]: b wins (a 10, b 40). At least 3, within 2–4, the toggle on,
    // the group (s ≥ 1 and t on), and s pushing towards b.
    let r = engine.recommend(&[3, 1, 0]);
    assert_eq!(r.verdict, Verdict::Winner(1));
    assert_eq!(r.applying_rules, [0, 2, 3, 6, 8]);
    assert_eq!(r.matching_rules, [3, 8]);
    // [1, 0, 3]: a wins (a 40, b 10). u = 3 is s + 2: `above … by 2` holds;
    // the group does not (t is off); s = 1 still pushes towards b.
    let r = engine.recommend(&[1, 0, 3]);
    assert_eq!(r.verdict, Verdict::Winner(0));
    assert_eq!(r.applying_rules, [1, 4, 5, 8]);
    // `any`: one part is enough.
    assert!(engine.recommend(&[9, 0, 0]).applying_rules.contains(&7));
    assert!(engine.recommend(&[0, 0, 9]).applying_rules.contains(&7));
    assert!(!engine.recommend(&[8, 0, 8]).applying_rules.contains(&7));
}

#[test]
fn the_close_call_text_is_the_first_whose_condition_holds() {
    let pack = conditions();
    let engine = Engine::new(&pack);
    // a 10 against b 10: too close to call either way.
    let off = engine.recommend(&[1, 0, 0]);
    assert!(matches!(off.verdict, Verdict::CloseCall(_)));
    assert_eq!(off.close_text, Some(1));
    let on = engine.recommend(&[0, 1, 0]);
    assert!(matches!(on.verdict, Verdict::CloseCall(_)));
    assert_eq!(on.close_text, Some(0));
    assert_eq!(pack.close_call.texts[0].text.trim(), "It is good.");
    // A winner shows none.
    assert_eq!(engine.recommend(&[0, 0, 0]).close_text, None);
}

#[test]
fn a_neutral_point_counts_neither_side() {
    // w (0–10) neutral at 4: raises f1 (a leads) by 2 per step above 4 and
    // f2 (b leads) by 3 per step below; each factor weight 0, so at 4
    // nothing counts.
    let pack = pack(
        10,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 0, ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 0, basis: good }} }} }}
  - {{ id: f2, name: F2, summary: good, weight: 0, ratings: {{ a: {{ rating: 0, basis: good }}, b: {{ rating: 10, basis: good }} }} }}
traits:
  - {{ id: w, label: W, help: h, max: 10, default: 4, neutral: 4, low: L, high: H, raises: {{ f1: 2 }}, raises_low: {{ f2: 3 }} }}
",
            options(&["a", "b"])
        ),
    );
    let engine = Engine::new(&pack);
    assert_eq!(engine.recommend(&[4]).importance, [0, 0]);
    assert_eq!(engine.recommend(&[7]).importance, [6, 0]);
    assert_eq!(engine.recommend(&[1]).importance, [0, 9]);
    assert_eq!(raised_by(&pack, &[7], 0), [(0, 6)]);
    assert!(raised_by(&pack, &[4], 0).is_empty());
    // Each side speaks for its end.
    let toward = |values: &[u32], factor| {
        let explained = engine.explain(values, factor);
        explained
            .raised_by
            .iter()
            .map(|a| a.toward)
            .collect::<Vec<_>>()
    };
    assert_eq!(toward(&[7], 0), [Some(End::High)]);
    assert_eq!(toward(&[1], 1), [Some(End::Low)]);
    // The track: b below the point, a above it, a close call at it.
    let along = engine.verdicts_along(0, &[4]);
    assert_eq!(along[0], Verdict::Winner(1));
    assert!(matches!(along[4], Verdict::CloseCall(_)));
    assert_eq!(along[5], Verdict::Winner(0));
    let tips = &engine.recommend(&[4]).tipping_points[0];
    assert_eq!(tips.above.map(|t| t.value), Some(5));
    assert_eq!(tips.below.map(|t| t.value), Some(3));
}

#[test]
fn a_neutral_range_counts_neither_side_anywhere_in_it() {
    // w (0–10) neutral from 3 to 6: f1 (a leads) by 2 per step above 6,
    // f2 (b leads) by 3 per step below 3.
    let pack = pack(
        10,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 0, ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 0, basis: good }} }} }}
  - {{ id: f2, name: F2, summary: good, weight: 0, ratings: {{ a: {{ rating: 0, basis: good }}, b: {{ rating: 10, basis: good }} }} }}
traits:
  - {{ id: w, label: W, help: h, max: 10, default: 4, neutral: [3, 6], low: L, high: H, raises: {{ f1: 2 }}, raises_low: {{ f2: 3 }} }}
",
            options(&["a", "b"])
        ),
    );
    let engine = Engine::new(&pack);
    for inside in 3..=6 {
        assert_eq!(engine.recommend(&[inside]).importance, [0, 0], "{inside}");
    }
    assert_eq!(engine.recommend(&[8]).importance, [4, 0]);
    assert_eq!(engine.recommend(&[1]).importance, [0, 6]);
    let along = engine.verdicts_along(0, &[4]);
    assert_eq!(along[2], Verdict::Winner(1));
    assert!(
        along[3..=6]
            .iter()
            .all(|v| matches!(v, Verdict::CloseCall(_)))
    );
    assert_eq!(along[7], Verdict::Winner(0));
    let tips = &engine.recommend(&[4]).tipping_points[0];
    assert_eq!(tips.above.map(|t| t.value), Some(7));
    assert_eq!(tips.below.map(|t| t.value), Some(2));
}

#[test]
fn sums_at_the_packs_limits_are_exact() {
    // The most factors, each of the most importance, every rating the most
    // a scaled rating can be (fixed, or a slider's step at its max).
    let options = 2;
    let step = MAX_SCALED as i32 / MAX_SLIDER as i32;
    let ratings: Vec<Scaled> = (0..MAX_FACTORS)
        .flat_map(|_| {
            [
                Scaled::Fixed(MAX_SCALED as i32),
                Scaled::Slider { slider: 0, step },
            ]
        })
        .collect();
    let importance = vec![i128::from(MAX_IMPORTANCE); MAX_FACTORS];
    let sums = accumulate(&ratings, options, &importance, &[MAX_SLIDER]);
    let exact = i128::from(MAX_IMPORTANCE) * i128::from(MAX_SCALED) * MAX_FACTORS as i128;
    assert_eq!(sums, vec![i64::try_from(exact).unwrap(); options]);
    // And the total each sum is a share of fits too (`Engine::sums`).
    let total =
        10 * i128::from(MAX_RATING_SCALE) * i128::from(MAX_IMPORTANCE) * MAX_FACTORS as i128;
    assert!(total <= i128::from(i64::MAX), "{total}");
}

#[test]
fn a_flat_rating_is_where_its_factor_and_option_say() {
    let pack = three();
    let engine = Engine::new(&pack);
    for (factor, f) in pack.factors.iter().enumerate() {
        for (option, rating) in f.ratings.iter().enumerate() {
            let scaled = engine.rating(factor, option, &pack.default_values());
            match rating.fixed() {
                Some(fixed) => assert_eq!(scaled, i128::from(fixed) * engine.scale()),
                None => assert!(matches!(
                    engine.scaled(factor, option),
                    Scaled::Slider { .. }
                )),
            }
        }
    }
}

#[test]
fn a_raise_speaks_for_the_end_it_comes_from() {
    // w (0–10, neutral at 4) raises f1 from both ends: 2 per step above 4,
    // 3 per step below; v (0–10, neutral range 3–7) likewise, so inside it
    // neither side adds; s (0–10) is one-sided and names no end.
    let pack = pack(
        10,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 1, ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 0, basis: good }} }} }}
traits:
  - {{ id: w, label: W, help: h, max: 10, default: 4, neutral: 4, low: L, high: H, raises: {{ f1: 2 }}, raises_low: {{ f1: 3 }} }}
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f1: 1 }} }}
  - {{ id: u, label: U, help: h, max: 10, default: 5, low: L, high: H, raises: {{ f1: 1 }}, raises_low: {{ f1: 1 }} }}
",
            options(&["a", "b"])
        ),
    );
    let engine = Engine::new(&pack);
    let added = |values: &[u32]| {
        engine
            .explain(values, 0)
            .raised_by
            .iter()
            .map(|a| (a.slider, a.amount, a.toward))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        added(&[7, 2, 10]),
        [
            (0, 6, Some(End::High)),
            (1, 2, None),
            (2, 10, Some(End::High))
        ]
    );
    assert_eq!(
        added(&[1, 0, 0]),
        [(0, 9, Some(End::Low)), (2, 10, Some(End::Low))]
    );
    // With no neutral point, both ends add between them: neither is named.
    assert_eq!(added(&[4, 0, 3]), [(2, 10, None)]);
}

#[test]
fn a_two_sided_slider_that_raises_from_one_end_speaks_for_it_anywhere() {
    // Named ends and no neutral point: every value but the ends is a step
    // from both. x raises f1 from its high end only, y from its low end
    // only, so what each adds comes from that end, wherever it stands.
    let pack = pack(
        10,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 1, ratings: {} }}
traits:
  - {{ id: x, label: X, help: h, max: 10, default: 5, low: L, high: H, raises: {{ f1: 1 }} }}
  - {{ id: y, label: Y, help: h, max: 10, default: 5, low: L, high: H, raises_low: {{ f1: 2 }} }}
",
            options(&["a", "b"]),
            rated(&[10, 0]),
        ),
    );
    let engine = Engine::new(&pack);
    let added = engine.explain(&[3, 3], 0).raised_by;
    let added: Vec<_> = added
        .iter()
        .map(|a| (a.slider, a.amount, a.toward))
        .collect();
    assert_eq!(added, [(0, 3, Some(End::High)), (1, 14, Some(End::Low))]);
}

#[test]
fn a_lead_of_exactly_the_margin_is_still_a_close_call_on_the_way_down() {
    // f1 (weight 3) rates a 10, b 0; s raises f2, which rates b 10, by 1 a
    // step: a's lead is 100·(3 − s)/(3 + s). At s = 3 the two tie; at 2
    // the lead is exactly the margin (20), still too close to call; at 1
    // it is 50, and a wins.
    let pack = pack(
        20,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 3, ratings: {{ a: {{ rating: 10, basis: good }}, b: {{ rating: 0, basis: good }} }} }}
  - {{ id: f2, name: F2, summary: good, weight: 0, ratings: {{ a: {{ rating: 0, basis: good }}, b: {{ rating: 10, basis: good }} }} }}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f2: 1 }} }}
",
            options(&["a", "b"])
        ),
    );
    let engine = Engine::new(&pack);
    assert!(matches!(
        engine.recommend(&[2]).verdict,
        Verdict::CloseCall(_)
    ));
    let tips = &engine.recommend(&[3]).tipping_points[0];
    assert_eq!(
        tips.below,
        Some(Tip {
            value: 1,
            verdict: Verdict::Winner(0)
        })
    );
    // And on the way up, the lead is b's: 100·(s − 3)/(3 + s) > 20 from 5.
    assert_eq!(
        tips.above,
        Some(Tip {
            value: 5,
            verdict: Verdict::Winner(1)
        })
    );
    // f1's weight w, with s at 3: b's lead is 100·(3 − w)/(3 + w), exactly
    // the margin at w = 2 and 50 at w = 1; a's is over 20 from w = 5 (25).
    let r = engine.recommend(&[3]);
    let tip = engine.weight_tipping_points(&r, 0..1)[0];
    assert_eq!(tip.weight, 3);
    let at = |value, option| {
        Some(Tip {
            value,
            verdict: Verdict::Winner(option),
        })
    };
    assert_eq!(tip.below, at(1, 1));
    assert_eq!(tip.above, at(5, 0));
}

#[test]
fn a_rating_out_of_range_has_no_slot() {
    let engine = Engine::new(&three());
    let (factors, options) = (engine.factors(), engine.options);
    assert_eq!((factors, options), (3, 3));
    assert_eq!(engine.slot(2, 2), Some(8));
    assert_eq!(engine.slot(factors, 0), None);
    assert_eq!(engine.slot(0, options), None);
}

#[test]
fn the_bounds_the_sums_are_proved_within_are_the_packs_limits() {
    // `accumulate`'s comment proves 64 bits hold a sum with these figures:
    // the most importance, a weight of 1,000 and 1,000 sliders each adding
    // 1,000 a step over 100 steps, and a rating of 10 on a scale of
    // 10,000. A change to a limit must prove it again.
    assert_eq!(
        (
            MAX_WEIGHT,
            MAX_TRAITS,
            MAX_SLIDER,
            MAX_RATING,
            MAX_RATING_SCALE
        ),
        (1_000, 1_000, 100, 10, 10_000)
    );
    assert_eq!(MAX_IMPORTANCE, 100_001_000);
    assert_eq!(MAX_SCALED, 100_000);
}

#[test]
fn shown_shares_round_half_up_with_the_side_each_reason_takes() {
    let reason = |favours: usize, share: i128| Reason {
        factor: favours,
        favours,
        against: 1 - favours,
        share,
    };
    // Over a total of 20: 2.5 tenths for the leader, rounded up to 3.
    assert_eq!(reasons::shown(&[reason(0, 5)], 0, 20), [3]);
    // 2.5 for the leader and 0.5 against it: the lead is 2 tenths, and the
    // tie of remainders goes to the earlier reason, so 3 less 1.
    assert_eq!(reasons::shown(&[reason(0, 5), reason(1, 1)], 0, 20), [3, 1]);
    // The same, the other option leading: the sides swap, not the figures.
    assert_eq!(reasons::shown(&[reason(1, 5), reason(0, 1)], 1, 20), [3, 1]);
}

#[test]
fn the_options_behind_are_explained_by_the_strongest_of_their_differences() {
    // Sums a 101, b 72, c 36: c is behind. Against it f4 gives 4·9 = 36,
    // f1 3·5 = 15, f2 1·9 = 9, f5 1·3 and f3 2·1: the strongest three are
    // f4, f1 and f2, in that order (weight and gap added would put f2
    // before f1: 3 + 5 = 8 < 1 + 9 = 10).
    let pack = pack(
        1,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 3, ratings: {} }}
  - {{ id: f2, name: F2, summary: good, weight: 1, ratings: {} }}
  - {{ id: f3, name: F3, summary: good, weight: 2, ratings: {} }}
  - {{ id: f4, name: F4, summary: good, weight: 4, ratings: {} }}
  - {{ id: f5, name: F5, summary: good, weight: 1, ratings: {} }}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f5: 1 }} }}
",
            options(&["a", "b", "c"]),
            rated(&[10, 9, 5]),
            rated(&[10, 1, 1]),
            rated(&[10, 0, 9]),
            rated(&[9, 10, 0]),
            rated(&[5, 4, 2]),
        ),
    );
    let engine = Engine::new(&pack);
    let values = pack.default_values();
    let recommendation = engine.recommend(&values);
    let importance = engine.importance(&values);
    let leader = recommendation.leader();
    assert_eq!(leader, 0);
    assert_eq!(recommendation.behind.len(), 1);
    for behind in &recommendation.behind {
        let strongest: Vec<Reason> =
            reasons::between(&engine, &values, &importance, leader, behind.option)
                .into_iter()
                .filter(|r| r.favours == leader)
                .take(BEHIND_REASONS)
                .collect();
        assert_eq!(behind.reasons, strongest);
    }
    let c = recommendation.behind[0].option;
    let factors: Vec<usize> = recommendation.behind[0]
        .reasons
        .iter()
        .map(|r| r.factor)
        .collect();
    assert_eq!((c, factors), (2, vec![3, 0, 1]));
    // Asked for no reasons, none are given, whoever is behind.
    assert_eq!(
        reasons::strongest_over(&engine, &values, &importance, leader, &[1, 2], 0),
        [Vec::new(), Vec::new()]
    );
}

#[test]
fn a_weight_tipping_point_past_the_largest_weight_is_none() {
    // f1 and f2 (weights 1,000 and 200) rate a 10 and b 0; f3 (weight w,
    // 500 now) rates b 10: a's lead is 100·(1,200 − w)/(1,200 + w), under the
    // margin of 5 only from w = 1,086, past the largest weight a factor can
    // have. Nothing above tips, from wherever w stands.
    let factors = |w: u32| {
        format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 1000, ratings: {} }}
  - {{ id: f2, name: F2, summary: good, weight: 200, ratings: {} }}
  - {{ id: f3, name: F3, summary: good, weight: {w}, ratings: {} }}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f3: 1 }} }}
",
            options(&["a", "b"]),
            rated(&[10, 0]),
            rated(&[10, 0]),
            rated(&[0, 10]),
        )
    };
    for w in [0, 500, 999, 1000] {
        let pack = pack(5, &factors(w));
        let engine = Engine::new(&pack);
        let r = engine.recommend(&[0]);
        assert_eq!(r.verdict, Verdict::Winner(0));
        let tip = engine.weight_tipping_points(&r, 2..3)[0];
        assert_eq!(tip.weight, w);
        assert_eq!(tip.above, None, "from {w}");
    }
}

#[test]
fn a_rating_one_step_off_names_the_rating_it_would_tip_at() {
    // f1 rates a 6 and b 5: a leads by 10 fit points, over the margin of 5.
    // a at 5 or b at 6 ties them, too close to call; a at 7 or b at 4 does
    // not tip anything.
    let pack = pack(
        5,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 1, ratings: {} }}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f1: 1 }} }}
",
            options(&["a", "b"]),
            rated(&[6, 5]),
        ),
    );
    let engine = Engine::new(&pack);
    let r = engine.recommend(&[0]);
    assert_eq!(r.verdict, Verdict::Winner(0));
    let close = Verdict::CloseCall(set(&[0, 1]));
    assert_eq!(
        one_step_off(&engine, &r, 0..1),
        [
            (0, 6, Some((5, close)), None),
            (1, 5, None, Some((6, close)))
        ]
    );
    // The same as the full search over every rating finds.
    let every: Vec<_> = engine
        .rating_tipping_points(&r, 0..1)
        .iter()
        .map(|t| {
            (
                t.option,
                t.below.map(|tip| tip.value),
                t.above.map(|tip| tip.value),
            )
        })
        .collect();
    assert_eq!(every, [(0, Some(5), None), (1, None, Some(6))]);
}

/// Each rating one step off the verdict, as (option, rating, the tip below,
/// the tip above), each tip a (value, verdict).
type OneStepOff = (usize, u32, Option<(u32, Verdict)>, Option<(u32, Verdict)>);

fn one_step_off(engine: &Engine, r: &Recommendation, factors: Range<usize>) -> Vec<OneStepOff> {
    let value = |tip: Option<Tip>| tip.map(|tip| (tip.value, tip.verdict));
    (engine.ratings_one_step_off(r, factors).iter())
        .map(|t| (t.option, t.rating, value(t.below), value(t.above)))
        .collect()
}

#[test]
fn a_rating_of_0_has_no_step_below_however_close_the_verdict() {
    // f2 rates a 7 and b 5: sums 7 and 5 of a total of 20, fits 35 and 25,
    // a lead of 10 fit points, over the margin of 5. One step less for a
    // brings it within the margin, but a's rating on f1 is 0, with no step
    // below; b's 0 on f1 can rise to 1.
    let pack = pack(
        5,
        &format!(
            "{}factors:
  - {{ id: f1, name: F1, summary: good, weight: 1, ratings: {} }}
  - {{ id: f2, name: F2, summary: good, weight: 1, ratings: {} }}
traits:
  - {{ id: s, label: S, help: h, max: 10, raises: {{ f2: 1 }} }}
",
            options(&["a", "b"]),
            rated(&[0, 0]),
            rated(&[7, 5]),
        ),
    );
    let engine = Engine::new(&pack);
    // s at 0 adds nothing to f2's weight.
    let r = engine.recommend(&[0]);
    assert_eq!(r.verdict, Verdict::Winner(0));
    let close = Verdict::CloseCall(set(&[0, 1]));
    assert_eq!(
        one_step_off(&engine, &r, 0..2),
        [
            (1, 0, None, Some((1, close))),
            (0, 7, Some((6, close)), None),
            (1, 5, None, Some((6, close))),
        ]
    );
}
