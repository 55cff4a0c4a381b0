//! The share of nearby projects that keep the verdict, against a count done
//! the slow way: every combination of steps, each recommended from scratch.

use proptest::prelude::{any, prop, prop_assert, prop_assert_eq, proptest};
use stackcompare::content::Pack;
use stackcompare::engine::{Engine, RobustnessCount, Verdict, recommend};

use crate::common::packs::{PackSpec, generated, values_within};
use crate::common::proptest_config;

/// Every project with each slider at most one step from `values`.
fn neighbours(pack: &Pack, values: &[u32]) -> Vec<Vec<u32>> {
    let mut all = vec![Vec::new()];
    for (t, tr) in pack.sliders.iter().enumerate() {
        let v = values[t];
        let steps: Vec<u32> = [v.checked_sub(1), Some(v), (v < tr.max).then_some(v + 1)]
            .into_iter()
            .flatten()
            .collect();
        all = all
            .into_iter()
            .flat_map(|prefix| {
                steps.iter().map(move |&s| {
                    let mut next = prefix.clone();
                    next.push(s);
                    next
                })
            })
            .collect();
    }
    all
}

fn holds(verdict: Verdict, nearby: Verdict) -> bool {
    match verdict {
        Verdict::Winner(_) => nearby == verdict,
        Verdict::CloseCall(_) => matches!(nearby, Verdict::CloseCall(_)),
    }
}

/// (kept, checked) the slow way.
fn brute_force(pack: &Pack, values: &[u32]) -> (u64, u64) {
    let verdict = recommend(pack, values).verdict;
    let all = neighbours(pack, values);
    let kept = all
        .iter()
        .filter(|v| holds(verdict, recommend(pack, v).verdict))
        .count();
    (kept as u64, all.len() as u64)
}

proptest! {
    #![proptest_config(proptest_config(64))]

    /// Up to 8 sliders (3⁸ combinations): every one is checked, and the
    /// count is exactly the slow one.
    #[test]
    fn every_nearby_project_is_counted_exactly(
        spec in PackSpec::up_to(20, 8, 12),
        raw in prop::collection::vec(any::<u32>(), 8),
    ) {
        let pack = generated(spec);
        let values = values_within(&pack, &raw);
        let engine = Engine::new(&pack);
        let robustness = engine.robustness(&engine.recommend(&values));
        let (kept, checked) = brute_force(&pack, &values);
        prop_assert!(!robustness.sampled);
        prop_assert_eq!((robustness.kept, robustness.checked), (kept, checked));
    }

    /// Counting in slices of any size gives the same answer as all at once.
    #[test]
    fn slices_add_up_to_the_whole(
        spec in PackSpec::up_to(20, 8, 12),
        raw in prop::collection::vec(any::<u32>(), 8),
        slice in 1u64..50,
    ) {
        let pack = generated(spec);
        let values = values_within(&pack, &raw);
        let engine = Engine::new(&pack);
        let recommendation = engine.recommend(&values);
        let mut nearby = engine.count_robustness(&recommendation);
        let sliced = loop {
            if let Some(done) = nearby.advance(slice) {
                break done;
            }
        };
        prop_assert_eq!(sliced, engine.robustness(&recommendation));
    }
}

/// The article pack at its defaults: a known count, checked the slow way.
#[test]
fn the_article_pack_counts_every_neighbour() {
    let pack = stackcompare::content::embedded();
    let values = pack.default_values();
    let engine = Engine::new(&pack);
    let robustness = engine.robustness(&engine.recommend(&values));
    let (kept, checked) = brute_force(&pack, &values);
    assert_eq!((robustness.kept, robustness.checked), (kept, checked));
    assert!(checked > 1 && !robustness.sampled);
}

/// Eleven sliders in the middle of their ranges: 118,098 combinations
/// (two or three steps each), more than 100,000, so a sample of 20,000 is
/// drawn. It is the same on every run, and it agrees with the exact share,
/// counted over every combination by the same running totals the exact
/// tests above check. The share is near the middle (0.58), where a sampler
/// that favoured some steps over others would be seen: near 0 or 1 every
/// sampler agrees.
#[test]
fn a_large_neighbourhood_is_sampled_the_same_way_each_time() {
    let pack = generated(PackSpec {
        options: 3,
        factors: 25,
        sliders: 11,
        max_slider: 3,
        seed: 56,
    });
    // Every slider in the middle of its range, so each has three choices.
    let values: Vec<u32> = pack.sliders.iter().map(|t| t.max.div_ceil(2)).collect();
    let engine = Engine::new(&pack);
    let recommendation = engine.recommend(&values);
    let first = engine.robustness(&recommendation);
    let second = engine.robustness(&recommendation);
    assert_eq!(first, second);
    assert!(first.sampled);
    assert_eq!(first.checked, 20_000);
    let every =
        RobustnessCount::every(&engine, recommendation.point(), recommendation.verdict).finish();
    let combinations: u64 = pack
        .sliders
        .iter()
        .map(|t| t.max.min(2) as u64 + 1)
        .product();
    assert!(combinations > 100_000, "{combinations}");
    assert_eq!(every.checked, combinations);
    assert!(!every.sampled);
    let exact = every.share();
    assert!((0.4..0.7).contains(&exact), "{exact}");
    // 20,000 draws: a standard error of at most 0.0036.
    assert!(
        (first.share() - exact).abs() < 0.03,
        "sampled {} vs exact {exact}",
        first.share()
    );
}
