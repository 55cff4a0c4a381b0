//! The numbers that decide: for each fixed rating and each factor's base
//! weight, the nearest values above and below the current one at which the
//! verdict changes, everything else held.
//!
//! With one number moved by `d`, every option's sum and the total move
//! linearly: a rating of option o on factor f adds `d · importance(f) ·
//! scale` to o's sum alone; a weight of f adds `d · rating(f, o)` to each
//! option's sum and `d · 10 · scale` to the total. The verdict compares
//! sums pairwise and each gap with the margin times the total, so it is
//! constant between the roots of those linear functions: the first value
//! that changes it is next to a root (or the next value). A few candidates
//! per factor, whatever the range, so 10,000 factors stay cheap; and any
//! range of factors can be worked out alone, for a screen that goes in slices.

use std::ops::Range;

use super::{Engine, Recommendation, Scaled, Tip, Verdict};
use crate::content::{MAX_RATING, MAX_WEIGHT};

/// Where one of the pack's ratings would change the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatingTip {
    pub factor: usize,
    pub option: usize,
    /// The rating now (the reader's, when they changed it), 0..=10.
    pub rating: u32,
    /// The nearest higher rating that changes the verdict, if any.
    pub above: Option<Tip>,
    /// The nearest lower rating that changes the verdict, if any.
    pub below: Option<Tip>,
}

/// Where a factor's base weight would change the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeightTip {
    pub factor: usize,
    /// The base weight now (the reader's, when they changed it).
    pub weight: u32,
    pub above: Option<Tip>,
    pub below: Option<Tip>,
}

/// How far a number is from changing the verdict: the nearer of the two
/// tipping points, in steps; `None` when no value changes it.
fn steps_to_change(now: u32, above: Option<Tip>, below: Option<Tip>) -> Option<u32> {
    let up = above.map(|tip| tip.value - now);
    let down = below.map(|tip| now - tip.value);
    up.into_iter().chain(down).min()
}

impl RatingTip {
    /// Steps to the nearer tipping point; `None` when no rating changes the verdict.
    pub fn steps(&self) -> Option<u32> {
        steps_to_change(self.rating, self.above, self.below)
    }
}

impl WeightTip {
    /// Steps to the nearer tipping point; `None` when no weight changes the verdict.
    pub fn steps(&self) -> Option<u32> {
        steps_to_change(self.weight, self.above, self.below)
    }
}

/// The sums and total after a move of `d`: `sums + d · slope`, `total + d · slope_total`.
struct Line<'a> {
    sums: &'a [i128],
    total: i128,
    slope: &'a [i128],
    slope_total: i128,
}

impl Line<'_> {
    fn verdict_at(&self, engine: &Engine, d: i128, buffer: &mut [i128]) -> Verdict {
        for ((out, &sum), &slope) in buffer.iter_mut().zip(self.sums).zip(self.slope) {
            *out = sum + d * slope;
        }
        engine.verdict(buffer, self.total + d * self.slope_total)
    }

    /// Each `(a, b)` as a linear function `c + d · k` whose sign the verdict
    /// reads: the gap between two sums, and a gap against the margin.
    fn pieces(&self, margin: i128, mut each: impl FnMut(i128, i128)) {
        let n = self.sums.len();
        for a in 0..n {
            for b in 0..n {
                if a == b {
                    continue;
                }
                let (gap, gap_slope) = (self.sums[a] - self.sums[b], self.slope[a] - self.slope[b]);
                if a < b {
                    each(gap, gap_slope);
                }
                each(
                    100 * gap - margin * self.total,
                    100 * gap_slope - margin * self.slope_total,
                );
            }
        }
    }

    /// The nearest values of `now + d` in `0..=max` above and below `now`
    /// whose verdict is not `verdict`.
    fn nearest(
        &self,
        engine: &Engine,
        now: u32,
        max: u32,
        verdict: Verdict,
        buffer: &mut [i128],
    ) -> (Option<Tip>, Option<Tip>) {
        let (now_i, max_i) = (i128::from(now), i128::from(max));
        // Candidates as moves d: next to every root, and one step each way.
        let mut ups = vec![1];
        let mut downs = vec![-1];
        self.pieces(engine.margin, |c, k| {
            if k == 0 {
                return;
            }
            // The root −c/k, with k made positive so that Euclid's division floors.
            let (c, k) = if k < 0 { (-c, -k) } else { (c, k) };
            let floor = (-c).div_euclid(k);
            let ceil = floor + i128::from((-c).rem_euclid(k) != 0);
            ups.extend([floor, floor + 1]);
            downs.extend([ceil, ceil - 1]);
        });
        ups.retain(|&d| d > 0 && now_i + d <= max_i);
        downs.retain(|&d| d < 0 && now_i + d >= 0);
        ups.sort_unstable();
        ups.dedup();
        downs.sort_unstable_by(|a, b| b.cmp(a));
        downs.dedup();
        let mut first = |moves: &[i128]| {
            moves.iter().find_map(|&d| {
                let at = self.verdict_at(engine, d, buffer);
                (at != verdict).then(|| Tip {
                    value: u32::try_from(now_i + d).unwrap_or(0),
                    verdict: at,
                })
            })
        };
        (first(&ups), first(&downs))
    }
}

impl Engine {
    /// For every fixed rating of the factors in `factors` (clamped to the
    /// pack's), where it would change `recommendation`'s verdict, in factor
    /// then option order. Ratings a slider gives are the slider's tipping
    /// points, not listed here.
    pub fn rating_tipping_points(
        &self,
        recommendation: &Recommendation,
        factors: Range<usize>,
    ) -> Vec<RatingTip> {
        let r = recommendation;
        let factors = factors.start.min(self.ratings.len())..factors.end.min(self.ratings.len());
        let mut slope = vec![0i128; self.options];
        let mut buffer = vec![0i128; self.options];
        let mut out = Vec::new();
        for factor in factors {
            let importance = i128::from(r.importance[factor]);
            for option in 0..self.options {
                let Scaled::Fixed(scaled) = self.ratings[factor][option] else {
                    continue;
                };
                let rating = u32::try_from(scaled / self.scale).unwrap_or(0);
                // A factor that does not count now: no rating of it changes anything.
                let (above, below) = if importance == 0 {
                    (None, None)
                } else {
                    slope[option] = importance * self.scale;
                    let line = Line {
                        sums: &r.sums,
                        total: r.total,
                        slope: &slope,
                        slope_total: 0,
                    };
                    let found = line.nearest(self, rating, MAX_RATING, r.verdict, &mut buffer);
                    slope[option] = 0;
                    found
                };
                out.push(RatingTip {
                    factor,
                    option,
                    rating,
                    above,
                    below,
                });
            }
        }
        out
    }

    /// For every factor in `factors` (clamped to the pack's), where its
    /// base weight (0..=MAX_WEIGHT) would change `recommendation`'s verdict.
    pub fn weight_tipping_points(
        &self,
        recommendation: &Recommendation,
        factors: Range<usize>,
    ) -> Vec<WeightTip> {
        let r = recommendation;
        let factors = factors.start.min(self.weights.len())..factors.end.min(self.weights.len());
        let mut slope = vec![0i128; self.options];
        let mut buffer = vec![0i128; self.options];
        factors
            .map(|factor| {
                for (option, slot) in slope.iter_mut().enumerate() {
                    *slot = self.rating(factor, option, &r.values);
                }
                let line = Line {
                    sums: &r.sums,
                    total: r.total,
                    slope: &slope,
                    slope_total: 10 * self.scale,
                };
                let weight = u32::try_from(self.weights[factor]).unwrap_or(0);
                let (above, below) = line.nearest(self, weight, MAX_WEIGHT, r.verdict, &mut buffer);
                WeightTip {
                    factor,
                    weight,
                    above,
                    below,
                }
            })
            .collect()
    }

    /// The fixed ratings of the factors in `factors` that one step up or
    /// down would change `recommendation`'s verdict, with that step as
    /// their tipping point: what a "fragile" note names. Two verdicts per
    /// rating, cheaper than every tipping point, for a screen's every key.
    pub fn ratings_one_step_off(
        &self,
        recommendation: &Recommendation,
        factors: Range<usize>,
    ) -> Vec<RatingTip> {
        let r = recommendation;
        let factors = factors.start.min(self.ratings.len())..factors.end.min(self.ratings.len());
        let mut slope = vec![0i128; self.options];
        let mut buffer = vec![0i128; self.options];
        let mut out = Vec::new();
        for factor in factors {
            let importance = i128::from(r.importance[factor]);
            if importance == 0 {
                continue;
            }
            for option in 0..self.options {
                let Scaled::Fixed(scaled) = self.ratings[factor][option] else {
                    continue;
                };
                let rating = u32::try_from(scaled / self.scale).unwrap_or(0);
                slope[option] = importance * self.scale;
                let line = Line {
                    sums: &r.sums,
                    total: r.total,
                    slope: &slope,
                    slope_total: 0,
                };
                let mut step = |d: i128, allowed: bool| {
                    let at = line.verdict_at(self, d, &mut buffer);
                    (allowed && at != r.verdict).then(|| Tip {
                        value: u32::try_from(i128::from(rating) + d).unwrap_or(0),
                        verdict: at,
                    })
                };
                let above = step(1, rating < MAX_RATING);
                let below = step(-1, rating > 0);
                slope[option] = 0;
                if above.is_some() || below.is_some() {
                    out.push(RatingTip {
                        factor,
                        option,
                        rating,
                        above,
                        below,
                    });
                }
            }
        }
        out
    }

    /// The number of factors, for slicing the tipping points of ratings and weights.
    pub fn factor_count(&self) -> usize {
        self.weights.len()
    }
}

/// The ratings one step from changing the verdict: what a "fragile"
/// verdict rests on, nearest first (then in factor and option order).
pub fn one_step_off(tips: &[RatingTip]) -> Vec<RatingTip> {
    tips.iter()
        .copied()
        .filter(|tip| tip.steps() == Some(1))
        .collect()
}

/// The `count` ratings nearest to changing the verdict, nearest first
/// (ties in factor and option order).
pub fn nearest_ratings(tips: &[RatingTip], count: usize) -> Vec<RatingTip> {
    let mut near: Vec<RatingTip> = tips
        .iter()
        .copied()
        .filter(|t| t.steps().is_some())
        .collect();
    near.sort_by_key(|tip| (tip.steps(), tip.factor, tip.option));
    near.truncate(count);
    near
}

/// The `count` base weights nearest to changing the verdict, relative to
/// their size: the fewest steps first.
pub fn nearest_weights(tips: &[WeightTip], count: usize) -> Vec<WeightTip> {
    let mut near: Vec<WeightTip> = tips
        .iter()
        .copied()
        .filter(|t| t.steps().is_some())
        .collect();
    near.sort_by_key(|tip| (tip.steps(), tip.factor));
    near.truncate(count);
    near
}

#[cfg(test)]
mod tests {
    use super::super::Overrides;
    use super::*;
    use crate::content::embedded;

    /// The nearest change of `rating`'s value by brute force: every value.
    fn scanned(engine: &Engine, values: &[u32], tip: &RatingTip) -> (Option<u32>, Option<u32>) {
        let pack = embedded();
        let verdict = engine.recommend(values).verdict;
        let at = |value: u32| {
            let mut overrides = engine.overrides().clone();
            overrides.ratings.insert((tip.factor, tip.option), value);
            Engine::with_overrides(&pack, &overrides)
                .recommend(values)
                .verdict
        };
        (
            (tip.rating + 1..=MAX_RATING).find(|&v| at(v) != verdict),
            (0..tip.rating).rev().find(|&v| at(v) != verdict),
        )
    }

    #[test]
    fn a_ratings_tipping_points_are_where_the_verdict_changes() {
        let pack = embedded();
        let engine = Engine::new(&pack);
        let mut values = pack.default_values();
        values[pack.slider_index("data_ai").unwrap()] = 8;
        let r = engine.recommend(&values);
        let tips = engine.rating_tipping_points(&r, 0..engine.factor_count());
        // Every fixed rating is listed: all but the two the team's sliders give.
        assert_eq!(tips.len(), 2 * pack.factors.len() - 2);
        let data_ai = pack.factor_index("data-ai").unwrap();
        let node = pack.option_index("node").unwrap();
        let tip = tips
            .iter()
            .find(|t| (t.factor, t.option) == (data_ai, node))
            .unwrap();
        assert_eq!(tip.rating, 3);
        assert!(
            tip.above.is_some(),
            "Node.js rated higher on data must tip it"
        );
        for tip in &tips {
            let (above, below) = scanned(&engine, &values, tip);
            assert_eq!(tip.above.map(|t| t.value), above, "{tip:?}");
            assert_eq!(tip.below.map(|t| t.value), below, "{tip:?}");
        }
    }

    #[test]
    fn a_weights_tipping_points_are_where_the_verdict_changes() {
        let pack = embedded();
        let engine = Engine::new(&pack);
        let values = pack.default_values();
        let r = engine.recommend(&values);
        let tips = engine.weight_tipping_points(&r, 0..engine.factor_count());
        assert_eq!(tips.len(), pack.factors.len());
        for tip in &tips {
            let at = |weight: u32| {
                let mut overrides = Overrides::default();
                overrides.weights.insert(tip.factor, weight);
                Engine::with_overrides(&pack, &overrides)
                    .recommend(&values)
                    .verdict
            };
            let above = (tip.weight + 1..=MAX_WEIGHT).find(|&w| at(w) != r.verdict);
            let below = (0..tip.weight).rev().find(|&w| at(w) != r.verdict);
            assert_eq!(tip.above.map(|t| t.value), above, "{tip:?}");
            assert_eq!(tip.below.map(|t| t.value), below, "{tip:?}");
            if let Some(t) = tip.above {
                assert_eq!(t.verdict, at(t.value));
            }
        }
        // At the defaults it is a close call that a heavier data factor ends.
        let data_ai = pack.factor_index("data-ai").unwrap();
        assert!(tips[data_ai].above.is_some());
    }

    #[test]
    fn the_ratings_one_step_off_are_those_whose_tipping_point_is_a_step_away() {
        let pack = embedded();
        let engine = Engine::new(&pack);
        // The defaults' close call and a few projects around it.
        for (slider, value) in [
            ("data_ai", 0),
            ("data_ai", 8),
            ("realtime", 9),
            ("clarity", 7),
        ] {
            let mut values = pack.default_values();
            values[pack.slider_index(slider).unwrap()] = value;
            let r = engine.recommend(&values);
            let all = engine.rating_tipping_points(&r, 0..engine.factor_count());
            let one_step: Vec<(usize, usize)> = engine
                .ratings_one_step_off(&r, 0..engine.factor_count())
                .iter()
                .map(|t| (t.factor, t.option))
                .collect();
            let expected: Vec<(usize, usize)> = one_step_off(&all)
                .iter()
                .map(|t| (t.factor, t.option))
                .collect();
            assert_eq!(one_step, expected, "{slider}={value}");
        }
    }

    #[test]
    fn a_slice_is_the_same_as_the_whole() {
        let pack = embedded();
        let engine = Engine::new(&pack);
        let r = engine.recommend(&pack.default_values());
        let all = engine.rating_tipping_points(&r, 0..usize::MAX);
        let mut sliced = engine.rating_tipping_points(&r, 0..3);
        sliced.extend(engine.rating_tipping_points(&r, 3..engine.factor_count()));
        assert_eq!(all, sliced);
    }
}
