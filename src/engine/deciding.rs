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
//! that changes it is next to a root (or the next value). A weight tries a
//! few candidates, whatever its range. A rating moves one option's sum
//! alone, so the verdict along each option's sum is worked out once (a few
//! dozen values) and every rating of that option reads it by a binary
//! search: 10,000 factors stay cheap. Any range of factors can be worked out
//! alone, for a screen that goes in slices.

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
    /// reads: `a`'s lead over `b` against the margin. These signs alone
    /// settle the verdict: the options within the margin of the leader are
    /// those it does not lead by more than the margin, and options whose
    /// sums tie lead every other by the same, so which of them leads never
    /// changes that set. The plain gap between two sums needs no piece of
    /// its own.
    fn pieces(&self, margin: i128, mut each: impl FnMut(i128, i128)) {
        let n = self.sums.len();
        for a in 0..n {
            for b in 0..n {
                if a == b {
                    continue;
                }
                let (gap, gap_slope) = (self.sums[a] - self.sums[b], self.slope[a] - self.slope[b]);
                each(
                    100 * gap - margin * self.total,
                    100 * gap_slope - margin * self.slope_total,
                );
            }
        }
    }

    /// The whole move at or just below the root of `c + d · k` (`k` not 0).
    /// The sign changes there or at the move on either side of it.
    fn root_floor(c: i128, k: i128) -> i128 {
        // With k made positive, Euclid's division floors.
        let (c, k) = if k.is_negative() { (-c, -k) } else { (c, k) };
        (-c).div_euclid(k)
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
            let floor = Self::root_floor(c, k);
            ups.extend([floor, floor + 1]);
            downs.extend([floor, floor - 1]);
        });
        // Moves that stay on the slider.
        ups.retain(|d| (1..=max_i - now_i).contains(d));
        downs.retain(|d| (-now_i..=-1).contains(d));
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

/// The verdict as one option's sum alone moves by `d`, total held: what
/// every rating of that option changes. Worked out once per option from
/// the roots (a few dozen values), then read for any `d` by a binary
/// search, so each rating costs a few comparisons and no verdict.
struct Along {
    /// The values next to a root, ascending.
    points: Vec<i128>,
    /// The verdict at each point.
    at: Vec<Verdict>,
    /// The verdict just after each point, until the next.
    after: Vec<Verdict>,
    /// The verdict before the first point.
    before: Verdict,
}

impl Along {
    fn new(engine: &Engine, r: &Recommendation, option: usize, buffer: &mut [i128]) -> Self {
        let mut slope = vec![0i128; engine.options];
        slope[option] = 1;
        let line = Line {
            sums: &r.sums,
            total: r.total,
            slope: &slope,
            slope_total: 0,
        };
        let mut points = vec![0];
        line.pieces(engine.margin, |c, k| {
            if k == 0 {
                return;
            }
            let floor = Line::root_floor(c, k);
            points.extend([floor, floor + 1]);
        });
        points.sort_unstable();
        points.dedup();
        // Between two points no root lies, or no whole value does: the
        // verdict just after a point holds until the next.
        let at = points
            .iter()
            .map(|&d| line.verdict_at(engine, d, buffer))
            .collect();
        let after = points
            .iter()
            .map(|&d| line.verdict_at(engine, d + 1, buffer))
            .collect();
        let before = line.verdict_at(engine, points[0] - 1, buffer);
        Self {
            points,
            at,
            after,
            before,
        }
    }

    /// The moves `(down, up)` nearest 0 at which the verdict stops being
    /// `verdict`: it is `verdict` for every move strictly between. A root
    /// lies at or after the point at its floor and before the next whole
    /// move, which is a point too: going up, the verdict changes only at a
    /// point; going down, also just below one, where a root is whole.
    fn holds_within(&self, verdict: Verdict) -> (i128, i128) {
        let mut ups = self.points.iter().copied().filter(|d| d.is_positive());
        let mut downs: Vec<i128> = self
            .points
            .iter()
            .flat_map(|&p| [p, p - 1])
            .filter(|d| d.is_negative())
            .collect();
        downs.sort_unstable_by(|a, b| b.cmp(a));
        let up = ups
            .find(|&d| self.verdict(d) != verdict)
            .unwrap_or(i128::MAX);
        let down = downs
            .into_iter()
            .find(|&d| self.verdict(d) != verdict)
            .unwrap_or(i128::MIN);
        (down, up)
    }

    fn verdict(&self, d: i128) -> Verdict {
        match self.points.binary_search(&d) {
            Ok(index) => self.at[index],
            Err(0) => self.before,
            Err(index) => self.after[index - 1],
        }
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
        let verdict = recommendation.verdict;
        let mut out = Vec::new();
        self.each_fixed_rating(recommendation, factors, |factor, option, rating, tip| {
            out.push(RatingTip {
                factor,
                option,
                rating,
                above: (rating + 1..=MAX_RATING)
                    .find_map(|v| tip(v).filter(|t| t.verdict != verdict)),
                below: (0..rating)
                    .rev()
                    .find_map(|v| tip(v).filter(|t| t.verdict != verdict)),
            });
        });
        out
    }

    /// The fixed ratings of the factors in `factors` that one step up or
    /// down would change `recommendation`'s verdict, with that step as
    /// their tipping point: what a "fragile" note names. Two look-ups per
    /// rating, cheap enough for a screen's every key.
    pub fn ratings_one_step_off(
        &self,
        recommendation: &Recommendation,
        factors: Range<usize>,
    ) -> Vec<RatingTip> {
        let r = recommendation;
        let factors = factors.start.min(self.factors())..factors.end.min(self.factors());
        if factors.is_empty() {
            return Vec::new();
        }
        let mut buffer = vec![0i128; self.options];
        let alongs: Vec<Along> = (0..self.options)
            .map(|option| Along::new(self, r, option, &mut buffer))
            .collect();
        // Within these moves of an option's sum the verdict holds: most
        // ratings are answered by two comparisons.
        let holds: Vec<(i128, i128)> = alongs
            .iter()
            .map(|along| along.holds_within(r.verdict))
            .collect();
        let mut out = Vec::new();
        for factor in factors {
            let step = i128::from(r.importance[factor]) * self.scale;
            if step == 0 {
                continue;
            }
            for (option, along) in alongs.iter().enumerate() {
                let Scaled::Fixed(scaled) = self.scaled(factor, option) else {
                    continue;
                };
                let (down, up) = holds[option];
                let rating = u32::try_from(i128::from(scaled) / self.scale).unwrap_or(0);
                let can_rise = rating < MAX_RATING && step >= up;
                let can_fall = rating > 0 && -step <= down;
                if !can_rise && !can_fall {
                    continue;
                }
                let changed = |d: i128, value: u32| {
                    let at = along.verdict(d);
                    (at != r.verdict).then_some(Tip { value, verdict: at })
                };
                let above = can_rise.then(|| changed(step, rating + 1)).flatten();
                let below = can_fall
                    .then(|| changed(-step, rating.saturating_sub(1)))
                    .flatten();
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

    /// Calls `each(factor, option, rating, verdict_at)` for every fixed
    /// rating of the factors in `factors` (clamped), where `verdict_at(v)`
    /// is the verdict with that rating at `v` (`None` when the factor does
    /// not count now, so no rating of it changes anything).
    fn each_fixed_rating(
        &self,
        r: &Recommendation,
        factors: Range<usize>,
        mut each: impl FnMut(usize, usize, u32, &dyn Fn(u32) -> Option<Tip>),
    ) {
        let factors = factors.start.min(self.factors())..factors.end.min(self.factors());
        if factors.is_empty() {
            return;
        }
        let mut buffer = vec![0i128; self.options];
        let alongs: Vec<Along> = (0..self.options)
            .map(|option| Along::new(self, r, option, &mut buffer))
            .collect();
        for factor in factors {
            let step = i128::from(r.importance[factor]) * self.scale;
            for (option, along) in alongs.iter().enumerate() {
                let Scaled::Fixed(scaled) = self.scaled(factor, option) else {
                    continue;
                };
                let rating = u32::try_from(i128::from(scaled) / self.scale).unwrap_or(0);
                let tip = |value: u32| {
                    (step != 0).then(|| Tip {
                        value,
                        verdict: along.verdict((i128::from(value) - i128::from(rating)) * step),
                    })
                };
                each(factor, option, rating, &tip);
            }
        }
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
    fn a_verdict_holds_for_every_move_of_a_sum_short_of_where_it_changes() {
        let pack = embedded();
        let engine = Engine::new(&pack);
        for (slider, value) in [
            ("data_ai", 0),
            ("data_ai", 5),
            ("data_ai", 8),
            ("realtime", 7),
        ] {
            let mut values = pack.default_values();
            values[pack.slider_index(slider).unwrap()] = value;
            let r = engine.recommend(&values);
            let mut buffer = vec![0i128; engine.options];
            for option in 0..engine.options {
                let along = Along::new(&engine, &r, option, &mut buffer);
                let (down, up) = along.holds_within(r.verdict);
                // Worked out afresh: the option's sum moved by d.
                let moved = |d: i128| {
                    let mut sums = r.sums.clone();
                    sums[option] += d;
                    engine.verdict(&sums, r.total)
                };
                let at = format!("{slider}={value}, option {option}, ({down}, {up})");
                assert!(down < 0 && up > 0, "{at}");
                // No end: a winner's sum that rises, say, wins still.
                let far = 1000 * r.total;
                let (down, up) = (down.max(-far), up.min(far));
                assert_eq!(moved(up) != r.verdict, up < far, "{at}");
                assert_eq!(moved(down) != r.verdict, down > -far, "{at}");
                // The verdict changes only next to a point: it holds at
                // every point and beside it short of the two moves.
                let inside = along
                    .points
                    .iter()
                    .flat_map(|&p| [p - 1, p, p + 1])
                    .chain([down + 1, up - 1])
                    .filter(|&d| down < d && d < up);
                for d in inside {
                    assert_eq!(moved(d), r.verdict, "{at}: {d}");
                }
            }
        }
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

    /// Also where a heavier factor favours the runner-up, so a gap falls
    /// as the weight rises (the property test in tests/engine tries packs
    /// of more options).
    #[test]
    fn a_weights_tipping_points_are_where_the_verdict_changes() {
        let pack = embedded();
        let engine = Engine::new(&pack);
        for (slider, value) in [("data_ai", 5), ("data_ai", 8), ("realtime", 7)] {
            let mut values = pack.default_values();
            values[pack.slider_index(slider).unwrap()] = value;
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
                assert_eq!(
                    tip.above.map(|t| (t.value, t.verdict)),
                    above.map(|w| (w, at(w))),
                    "{tip:?}"
                );
                assert_eq!(
                    tip.below.map(|t| (t.value, t.verdict)),
                    below.map(|w| (w, at(w))),
                    "{tip:?}"
                );
            }
            // A heavier real-time factor (Node.js's) ends Python's lead at data_ai = 8.
            if (slider, value) == ("data_ai", 8) {
                let real_time = pack.factor_index("real-time").unwrap();
                assert!(tips[real_time].above.is_some());
            }
        }
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
