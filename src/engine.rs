//! The recommendation: importance, fit, verdict, reasons, matching rules and
//! tipping points, from a pack and slider values. Pure and deterministic: no
//! I/O, no clock, no hashing order; the same pack and values give the same
//! result. The formula is the README's "Scoring" section:
//!
//! - importance(f) = weight(f) + Σ v·raises(f) + Σ (max − v)·raises_low(f);
//!   for a slider with a neutral point n, max(0, v − n)·raises(f) +
//!   max(0, n − v)·raises_low(f) instead
//! - rating(o, f)  = the pack's rating, or 10·v(s)/max(s) for a `rated_by` slider s
//! - fit(o)        = 100 · Σ importance·rating / (10 · Σ importance), 0..=100
//! - verdict       = the best fit, or "too close to call" when its lead over
//!   the runner-up is at most the margin; every option within the margin of
//!   the leader is named in a close call.
//!
//! All arithmetic is exact: ratings are scaled by `scale` (the least common
//! multiple of the rating sliders' maxima) so every sum is an integer, and
//! fits are compared as fractions, never as rounded numbers.

mod compare;
mod curve;
mod deciding;
mod explain;
mod options;
mod overrides;
mod reasons;
mod robustness;
mod rules;
mod tipping;
mod verdict;

use crate::content::{
    Condition, MAX_FACTORS, MAX_RATING, MAX_RATING_SCALE, MAX_SLIDER, MAX_TRAITS, MAX_WEIGHT,
    Neutral, Pack, Rating, slider_steps,
};

pub use compare::{Comparison, NumberChange, ShareMove, Side, SliderChange};
pub use curve::{Curve, Point};
pub use deciding::{RatingTip, WeightTip, nearest_ratings, nearest_weights, one_step_off};
pub use explain::{Added, End, Explanation, Rated};
pub use options::Options;
pub use overrides::Overrides;
pub use reasons::{BEHIND_REASONS, Behind, Reason};
pub use robustness::{Robustness, RobustnessCount};
pub use rules::Outweighed;
pub use tipping::{Tip, TippingPoints};
use verdict::verdict_of;

/// What the fits say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// This option (index into `pack.options`) leads by more than the margin.
    Winner(usize),
    /// Too close to call between these options: the leader and every option
    /// within the margin of it.
    CloseCall(Options),
}

/// Everything the screen and the exports show about one set of values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    /// The slider values this was computed for, in slider order.
    pub values: Vec<u32>,
    /// How much each factor counts now, in factor order.
    pub importance: Vec<u64>,
    /// Per option, Σ importance·rating, with ratings scaled by `scale`.
    pub sums: Vec<i128>,
    /// 10 · scale · Σ importance: fit(o) = 100 · sums[o] / total.
    pub total: i128,
    /// Option indices from the best fit down (ties keep pack order).
    pub ranking: Vec<usize>,
    pub verdict: Verdict,
    /// Factors that separate the leader from the runner-up, strongest first.
    pub reasons: Vec<Reason>,
    /// Each reason's share in tenths of a fit point as shown: rounded so
    /// that, signed by the side each favours, they add up to the lead as
    /// shown (`lead_tenths`).
    pub shown_shares: Vec<u64>,
    /// With three or more options: each option behind the runner-up, and
    /// what puts the leader ahead of it.
    pub behind: Vec<Behind>,
    /// Indices of the article's rules that apply to these values.
    pub applying_rules: Vec<usize>,
    /// Of those, the ones whose option is the verdict.
    pub matching_rules: Vec<usize>,
    /// The applying rules that point away from the verdict, and why.
    pub outweighed: Vec<Outweighed>,
    /// On a close call, the close-call text shown (an index into
    /// `pack.close_call.texts`), if one's condition holds.
    pub close_text: Option<usize>,
    /// Per slider, the nearest values above and below that change the verdict.
    pub tipping_points: Vec<TippingPoints>,
}

impl Recommendation {
    /// Where this recommendation stands, for curves and nearby projects.
    pub fn point(&self) -> Point<'_> {
        Point {
            values: &self.values,
            importance: &self.importance,
            sums: &self.sums,
            total: self.total,
        }
    }

    /// The option in first place (the winner, or the leader of a close call).
    pub fn leader(&self) -> usize {
        self.ranking[0]
    }

    /// The option in second place.
    pub fn runner_up(&self) -> usize {
        self.ranking[1]
    }

    /// The fit of `option`, exact, 0.0..=100.0.
    pub fn fit(&self, option: usize) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        100.0 * self.sums[option] as f64 / self.total as f64
    }

    /// The fit of `option` as shown: rounded half up to a whole number.
    pub fn fit_rounded(&self, option: usize) -> u32 {
        u32::try_from(round_half_up(100 * self.sums[option], self.total)).unwrap_or(0)
    }

    /// The fit of `option` in tenths of a point, as shown beside the lead:
    /// the leader's rounded half up, the runner-up's the leader's less
    /// `lead_tenths`, so the two differ by exactly the lead as shown, and
    /// any other option's no higher than the runner-up's. Each is within a
    /// tenth of the exact fit (both roundings are within half a tenth).
    pub fn fit_tenths(&self, option: usize) -> u64 {
        let rounded = |o: usize| u64::try_from(round_half_up(1000 * self.sums[o], self.total));
        let leader = rounded(self.leader()).unwrap_or(0);
        if option == self.leader() {
            return leader;
        }
        let runner_up = leader.saturating_sub(self.lead_tenths());
        if option == self.runner_up() {
            return runner_up;
        }
        rounded(option).unwrap_or(0).min(runner_up)
    }

    /// The leader's lead over the runner-up in fit points, exact (the
    /// leader's fit less the runner-up's, from the same sums).
    pub fn lead(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        let gap = self.sums[self.leader()] - self.sums[self.runner_up()];
        100.0 * gap as f64 / self.total as f64
    }

    /// The leader's lead over the runner-up, in tenths of a fit point, rounded half up.
    pub fn lead_tenths(&self) -> u64 {
        let gap = self.sums[self.leader()] - self.sums[self.runner_up()];
        u64::try_from(round_half_up(1000 * gap, self.total)).unwrap_or(0)
    }

    /// The shown shares of the reasons from `from` on, each signed by the
    /// side it favours (+ the leader, − the runner-up), added up, in tenths
    /// of a fit point: from 0, `lead_tenths`.
    pub fn shown_shares_from(&self, from: usize) -> i128 {
        self.reasons
            .iter()
            .zip(&self.shown_shares)
            .skip(from)
            .map(|(reason, &shown)| {
                let shown = i128::from(shown);
                if reason.favours == self.leader() {
                    shown
                } else {
                    -shown
                }
            })
            .sum()
    }

    /// A share of the fit (a numerator over `total`, as in `Reason`) in
    /// tenths of a point, rounded half up.
    pub fn tenths(&self, numerator: i128) -> u64 {
        u64::try_from(round_half_up(10 * numerator, self.total)).unwrap_or(0)
    }
}

/// `numerator / denominator` rounded half up; 0 when the denominator is 0.
fn round_half_up(numerator: i128, denominator: i128) -> i128 {
    if denominator <= 0 {
        return 0;
    }
    (2 * numerator + denominator).div_euclid(2 * denominator)
}

/// A pack's numbers laid out for fast, exact scoring: built once per pack.
#[derive(Debug, Clone)]
pub struct Engine {
    options: usize,
    /// Ratings are multiplied by this so slider-given ratings are whole.
    scale: i128,
    margin: i128,
    weights: Vec<i128>,
    /// Per factor, then per option within it (`options` a factor, one flat
    /// vector): a fixed scaled rating, or the slider that gives it.
    ratings: Vec<Scaled>,
    sliders: Vec<SliderSteps>,
    /// Per factor, the sliders that raise its importance, in slider order.
    raisers: Vec<Vec<usize>>,
    defaults: Vec<u32>,
    /// Per rule: its option and conditions (alternatives).
    rules: Vec<(usize, Vec<Condition>)>,
    /// Per close-call text: its conditions (alternatives; none: always).
    close_texts: Vec<Vec<Condition>>,
    /// The reader's numbers counted in place of the pack's.
    overrides: Overrides,
}

/// One rating, scaled, in 8 bytes (16 ratings a cache line; it was 32
/// bytes in 128-bit integers). Why 32 bits hold it exactly: a rating is at
/// most `MAX_RATING` (10) and the scale at most `MAX_RATING_SCALE`
/// (10,000), so a scaled rating, fixed or a slider's step times its value,
/// is at most 100,000; a slider's index is below `MAX_TRAITS` (1,000).
/// Sums are worked in 128 bits from it (`Engine::sums`).
#[derive(Debug, Clone, Copy)]
enum Scaled {
    Fixed(i32),
    /// Rated by this slider: `step` per step of its value.
    Slider {
        slider: u16,
        step: i32,
    },
}

/// The largest scaled rating a valid pack can have.
const MAX_SCALED: i64 = MAX_RATING as i64 * MAX_RATING_SCALE as i64;
const _: () = assert!(MAX_SCALED <= i32::MAX as i64 && MAX_TRAITS <= u16::MAX as usize + 1);

#[derive(Debug, Clone)]
struct SliderSteps {
    max: u32,
    /// Where neither side counts, for a two-sided slider that names it.
    neutral: Option<Neutral>,
    /// (factor, importance per step towards max, per step towards 0).
    raises: Vec<(usize, i128, i128)>,
    /// (factor, option) ratings it gives, with what this slider adds to that
    /// factor's importance per step up and per step down (non-zero when it
    /// also raises the factor).
    rates: Vec<(usize, usize, i128, i128)>,
    rating_step: i128,
    /// Whether it has two sides (a low end that raises, or named ends).
    two_sided: bool,
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The least common multiple of the rating sliders' maxima: ratings scaled
/// by it are whole numbers.
fn rating_scale(pack: &Pack) -> i128 {
    pack.sliders
        .iter()
        .filter(|t| !t.rates.is_empty())
        .fold(1i128, |scale, t| {
            let max = i128::from(t.max.max(1));
            scale / gcd(scale, max) * max
        })
}

impl SliderSteps {
    /// A slider's steps: what it adds to each factor's importance each way,
    /// and the scaled rating per step it gives where it rates.
    fn new(t: &crate::content::Slider, scale: i128) -> Self {
        let mut raises: Vec<(usize, i128, i128)> = Vec::new();
        for raise in &t.raises {
            raises.push((raise.factor, i128::from(raise.per_step), 0));
        }
        for raise in &t.raises_low {
            match raises.iter_mut().find(|(f, ..)| *f == raise.factor) {
                Some(entry) => entry.2 = i128::from(raise.per_step),
                None => raises.push((raise.factor, 0, i128::from(raise.per_step))),
            }
        }
        let raised = |factor: usize| {
            raises
                .iter()
                .find(|(f, ..)| *f == factor)
                .map_or((0, 0), |&(_, high, low)| (high, low))
        };
        let rates = t
            .rates
            .iter()
            .map(|&(f, o)| {
                let (high, low) = raised(f);
                (f, o, high, low)
            })
            .collect();
        Self {
            max: t.max,
            neutral: t.neutral,
            raises,
            rates,
            rating_step: 10 * scale / i128::from(t.max.max(1)),
            two_sided: t.is_two_sided(),
        }
    }

    fn steps(&self, value: u32) -> (i128, i128) {
        steps(self.max, self.neutral, value)
    }
}

/// The steps at `value` that `raises` and `raises_low` count, as the
/// content model defines them, for exact arithmetic.
fn steps(max: u32, neutral: Option<Neutral>, value: u32) -> (i128, i128) {
    let (up, down) = slider_steps(max, neutral, value);
    (i128::from(up), i128::from(down))
}

impl Engine {
    /// Lay out a validated pack's numbers.
    pub fn new(pack: &Pack) -> Self {
        let scale = rating_scale(pack);
        let sliders: Vec<SliderSteps> = pack
            .sliders
            .iter()
            .map(|t| SliderSteps::new(t, scale))
            .collect();
        let options = pack.options.len();
        let ratings = pack
            .factors
            .iter()
            .flat_map(|factor| {
                // Every factor rates every option (validation); the flat
                // layout needs exactly `options` a factor.
                debug_assert_eq!(factor.ratings.len(), options);
                factor.ratings.iter().map(|rating| match rating {
                    Rating::Slider(slider) => Scaled::Slider {
                        slider: to_u16(*slider),
                        step: to_i32(sliders[*slider].rating_step),
                    },
                    fixed => Scaled::Fixed(to_i32(i128::from(fixed.fixed().unwrap_or(0)) * scale)),
                })
            })
            .collect();
        Self {
            options: pack.options.len(),
            scale,
            margin: i128::from(pack.close_call.margin),
            weights: pack.factors.iter().map(|f| i128::from(f.weight)).collect(),
            ratings,
            raisers: raisers(&sliders, pack.factors.len()),
            sliders,
            defaults: pack.default_values(),
            rules: pack
                .rules
                .iter()
                .map(|rule| (rule.option, rule.when.clone()))
                .collect(),
            close_texts: pack
                .close_call
                .texts
                .iter()
                .map(|text| text.when.clone())
                .collect(),
            overrides: Overrides::default(),
        }
    }

    /// The factor by which ratings are scaled to keep every sum whole.
    pub fn scale(&self) -> i128 {
        self.scale
    }

    /// The recommendation for `values` (one per slider; missing values count
    /// as 0 and values beyond a slider's max as its max).
    pub fn recommend(&self, values: &[u32]) -> Recommendation {
        let values = self.clamp(values);
        let importance = self.importance(&values);
        let (sums, total) = self.sums(&values, &importance);
        let ranking = self.ranking(&sums);
        let verdict = self.verdict(&sums, total);
        let reasons = reasons::between(self, &values, &importance, ranking[0], ranking[1]);
        let shown_shares = reasons::shown(&reasons, ranking[0], total);
        let behind = reasons::strongest_over(
            self,
            &values,
            &importance,
            ranking[0],
            &ranking[2.min(ranking.len())..],
            BEHIND_REASONS,
        )
        .into_iter()
        .zip(ranking.iter().skip(2))
        .map(|(reasons, &option)| Behind { option, reasons })
        .collect();
        // Whole and never negative: weights and raises are.
        let whole: Vec<u64> = importance
            .iter()
            .map(|&i| u64::try_from(i).unwrap_or(u64::MAX))
            .collect();
        let at = Point {
            values: &values,
            importance: &whole,
            sums: &sums,
            total,
        };
        let applying_rules = rules::applying(self, at);
        let matching_rules = applying_rules
            .iter()
            .copied()
            .filter(|&rule| verdict == Verdict::Winner(self.rules[rule].0))
            .collect();
        let outweighed =
            rules::outweighed(self, at, &importance, verdict, &ranking, &applying_rules);
        let close_text = match verdict {
            Verdict::CloseCall(_) => rules::close_text(self, at),
            Verdict::Winner(_) => None,
        };
        let tipping_points = tipping::tipping_points(self, at, verdict);
        Recommendation {
            values,
            importance: whole,
            sums,
            total,
            ranking,
            verdict,
            reasons,
            shown_shares,
            behind,
            applying_rules,
            matching_rules,
            outweighed,
            close_text,
            tipping_points,
        }
    }

    /// The share of nearby projects that keep this recommendation's verdict.
    pub fn robustness(&self, recommendation: &Recommendation) -> Robustness {
        self.count_robustness(recommendation).finish()
    }

    /// The same, to be counted in slices (`RobustnessCount::advance`).
    pub fn count_robustness(&self, recommendation: &Recommendation) -> RobustnessCount {
        RobustnessCount::new(self, recommendation.point(), recommendation.verdict)
    }

    /// The verdict at every value of slider `slider`, others held at `values`:
    /// what each stretch of its track would give.
    pub fn verdicts_along(&self, slider: usize, values: &[u32]) -> Vec<Verdict> {
        self.track(&self.recommend(values), slider)
    }

    /// The same, from a recommendation already made (its importance and
    /// sums), so a screen can colour every track without recomputing them.
    pub fn track(&self, recommendation: &Recommendation, slider: usize) -> Vec<Verdict> {
        let Some(curve) = Curve::new(self, slider, recommendation.point()) else {
            return Vec::new();
        };
        let mut buffer = vec![0; self.options];
        (0..=self.sliders[slider].max)
            .map(|value| {
                let total = curve.at(value, &mut buffer);
                self.verdict(&buffer, total)
            })
            .collect()
    }

    fn clamp(&self, values: &[u32]) -> Vec<u32> {
        self.sliders
            .iter()
            .enumerate()
            .map(|(s, slider)| values.get(s).copied().unwrap_or(0).min(slider.max))
            .collect()
    }

    fn importance(&self, values: &[u32]) -> Vec<i128> {
        let mut importance = self.weights.clone();
        for (slider, &value) in self.sliders.iter().zip(values) {
            let (up, down) = slider.steps(value);
            for &(factor, high, low) in &slider.raises {
                importance[factor] += up * high + down * low;
            }
        }
        importance
    }

    /// How `option` on `factor` is rated.
    fn scaled(&self, factor: usize, option: usize) -> Scaled {
        self.ratings[factor * self.options + option]
    }

    /// Where `option`'s rating on `factor` is in the flat ratings, if both
    /// are in range.
    fn slot(&self, factor: usize, option: usize) -> Option<usize> {
        (factor < self.factors() && option < self.options).then(|| factor * self.options + option)
    }

    /// How many factors the engine holds.
    fn factors(&self) -> usize {
        self.weights.len()
    }

    /// The scaled rating of `option` on `factor` at these values.
    fn rating(&self, factor: usize, option: usize, values: &[u32]) -> i128 {
        scaled_at(self.scaled(factor, option), values).into()
    }

    /// Each option's sum of importance × scaled rating, in one pass over
    /// the flat ratings, and the total they are a share of.
    fn sums(&self, values: &[u32], importance: &[i128]) -> (Vec<i128>, i128) {
        let sums = accumulate(&self.ratings, self.options, importance, values)
            .into_iter()
            .map(i128::from)
            .collect();
        let total = 10 * self.scale * importance.iter().sum::<i128>();
        (sums, total)
    }

    fn ranking(&self, sums: &[i128]) -> Vec<usize> {
        let mut ranking: Vec<usize> = (0..sums.len()).collect();
        ranking.sort_by(|&a, &b| sums[b].cmp(&sums[a]).then(a.cmp(&b)));
        ranking
    }

    /// The verdict alone, without allocating: tipping points and tracks call
    /// this for every value of every slider.
    fn verdict(&self, sums: &[i128], total: i128) -> Verdict {
        verdict_of(sums, total, self.margin)
    }
}

/// Recommend once, building the engine for this call (the screen keeps an `Engine`).
pub fn recommend(pack: &Pack, values: &[u32]) -> Recommendation {
    Engine::new(pack).recommend(values)
}

/// The most importance a factor can have: its weight, and every slider
/// raising it by the most per step over its whole range.
pub(crate) const MAX_IMPORTANCE: i64 =
    MAX_WEIGHT as i64 + MAX_TRAITS as i64 * MAX_WEIGHT as i64 * MAX_SLIDER as i64;

/// Each option's sum of importance × scaled rating over the factors, in
/// one pass over the flat ratings (`options` a factor). Why 64 bits hold
/// it exactly: a term is at most `MAX_IMPORTANCE` (100,001,000) ×
/// `MAX_SCALED` (100,000), about 1.0 × 10¹³, and there are at most
/// `MAX_FACTORS` (100,000) of them: about 1.0 × 10¹⁸, under `i64::MAX`
/// (9.2 × 10¹⁸). The test `sums_at_the_packs_limits_are_exact` adds them.
fn accumulate(ratings: &[Scaled], options: usize, importance: &[i128], values: &[u32]) -> Vec<i64> {
    let mut sums = vec![0i64; options];
    for (row, &weight) in ratings.chunks_exact(options.max(1)).zip(importance) {
        if weight == 0 {
            continue;
        }
        let weight = i64::try_from(weight).unwrap_or(MAX_IMPORTANCE);
        for (sum, &rating) in sums.iter_mut().zip(row) {
            *sum += weight * i64::from(scaled_at(rating, values));
        }
    }
    sums
}

const _: () = assert!(
    (MAX_IMPORTANCE as i128) * (MAX_SCALED as i128) * (MAX_FACTORS as i128) <= i64::MAX as i128
);

/// A scaled rating at these values (at most `MAX_SCALED`).
fn scaled_at(rating: Scaled, values: &[u32]) -> i32 {
    match rating {
        Scaled::Fixed(rating) => rating,
        // `values` are clamped to the slider's max (at most `MAX_SLIDER`),
        // and step × max is at most `MAX_SCALED`.
        Scaled::Slider { slider, step } => {
            step * i32::try_from(values[usize::from(slider)]).unwrap_or(0)
        }
    }
}

/// A scaled rating or step, which a valid pack keeps within `MAX_SCALED`.
fn to_i32(scaled: i128) -> i32 {
    i32::try_from(scaled).expect("a valid pack's scaled ratings fit 32 bits")
}

/// A slider's index, below `MAX_TRAITS` in a valid pack.
fn to_u16(slider: usize) -> u16 {
    u16::try_from(slider).expect("a valid pack has at most 1,000 sliders")
}

/// Per factor, the sliders that raise it.
fn raisers(sliders: &[SliderSteps], factors: usize) -> Vec<Vec<usize>> {
    let mut raisers = vec![Vec::new(); factors];
    for (index, slider) in sliders.iter().enumerate() {
        for &(factor, ..) in &slider.raises {
            raisers[factor].push(index);
        }
    }
    raisers
}

#[cfg(test)]
mod tests;
