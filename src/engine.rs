//! The recommendation: scores, verdict, reasons, matching rules and tipping
//! points, from a pack and slider values. Pure and deterministic: no I/O, no
//! clock, no hashing order; the same pack and values give the same result.
//!
//! The formula (README.md, "Scoring"):
//! - points(o) = Σ over traits of  v·weight(o) + (max − v)·weight_low(o)
//! - ceiling   = the most points any option can reach: max over o of Σ max·max(weight(o), weight_low(o))
//! - score(o)  = round(100 · points(o) / ceiling), 0 when the ceiling is 0
//! - verdict   = the option with the most points, or "too close to call" when
//!   its lead over the runner-up, 100 · (points₁ − points₂) / ceiling, is at
//!   most `close_call.margin`. The lead is compared exactly, before rounding,
//!   so a slider that gives every option the same points never decides.

mod reasons;
mod tipping;

use crate::content::Pack;

pub use reasons::Reason;
pub use tipping::{Tip, TippingPoints};

/// What the scores say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// This option (index into `pack.options`) leads by more than the margin.
    Winner(usize),
    /// The top two are within the margin.
    CloseCall,
}

/// Everything the screen and the exports show about one set of values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    /// The slider values this was computed for, in trait order.
    pub values: Vec<u32>,
    /// Raw points per option, in option order.
    pub points: Vec<u64>,
    /// Scores 0..=100 per option, in option order.
    pub scores: Vec<u32>,
    /// Option indices from the most points down (ties keep pack order).
    pub ranking: Vec<usize>,
    /// The leader's lead over the runner-up in tenths of a score point, rounded.
    pub lead_tenths: u64,
    pub verdict: Verdict,
    /// Traits that separate the leader from the runner-up, strongest first.
    pub reasons: Vec<Reason>,
    /// Indices of the article rules that recommend the winner.
    pub matching_rules: Vec<usize>,
    /// Per trait, the nearest values above and below that change the verdict.
    pub tipping_points: Vec<TippingPoints>,
}

impl Recommendation {
    /// The option in first place (the winner, or the leader of a close call).
    pub fn leader(&self) -> usize {
        self.ranking[0]
    }

    /// The option in second place.
    pub fn runner_up(&self) -> usize {
        self.ranking[1]
    }
}

/// A pack's weights laid out for fast scoring: built once per pack.
#[derive(Debug, Clone)]
pub struct Engine {
    /// Per trait: points per step towards max, per option.
    high: Vec<Vec<u64>>,
    /// Per trait: points per step towards 0, per option.
    low: Vec<Vec<u64>>,
    max: Vec<u32>,
    ceiling: u64,
    margin: u32,
    rule_options: Vec<usize>,
    options: usize,
}

impl Engine {
    /// Lay out a validated pack's weights.
    pub fn new(pack: &Pack) -> Self {
        let per_option = |map: &std::collections::BTreeMap<String, u32>| -> Vec<u64> {
            pack.options
                .iter()
                .map(|option| u64::from(map.get(&option.id).copied().unwrap_or(0)))
                .collect()
        };
        let high: Vec<Vec<u64>> = pack.traits.iter().map(|t| per_option(&t.weights)).collect();
        let low: Vec<Vec<u64>> = pack
            .traits
            .iter()
            .map(|t| per_option(&t.weights_low))
            .collect();
        let max: Vec<u32> = pack.traits.iter().map(|t| t.max).collect();
        let ceiling = (0..pack.options.len())
            .map(|o| {
                (0..max.len())
                    .map(|t| u64::from(max[t]) * high[t][o].max(low[t][o]))
                    .sum::<u64>()
            })
            .max()
            .unwrap_or(0);
        let rule_options = pack
            .rules
            .iter()
            .map(|rule| pack.option_index(&rule.option).unwrap_or(usize::MAX))
            .collect();
        Self {
            high,
            low,
            max,
            ceiling,
            margin: pack.close_call.margin,
            rule_options,
            options: pack.options.len(),
        }
    }

    /// The most points any option can reach; the denominator of every score.
    pub fn ceiling(&self) -> u64 {
        self.ceiling
    }

    /// The recommendation for `values` (one per trait, each within 0..=max;
    /// values beyond a slider's max are treated as max).
    pub fn recommend(&self, values: &[u32]) -> Recommendation {
        let values: Vec<u32> = (0..self.max.len())
            .map(|t| values.get(t).copied().unwrap_or(0).min(self.max[t]))
            .collect();
        let points = self.points(&values);
        let (scores, ranking, verdict) = self.judge(&points);
        let reasons = reasons::reasons(self, &values, &ranking);
        let lead_tenths = self.lead_tenths(points[ranking[0]] - points[ranking[1]]);
        let matching_rules = match verdict {
            Verdict::Winner(winner) => (0..self.rule_options.len())
                .filter(|&rule| self.rule_options[rule] == winner)
                .collect(),
            Verdict::CloseCall => Vec::new(),
        };
        let tipping_points = tipping::tipping_points(self, &values, &points, verdict);
        Recommendation {
            values,
            points,
            scores,
            ranking,
            lead_tenths,
            verdict,
            reasons,
            matching_rules,
            tipping_points,
        }
    }

    /// What trait `t` at value `v` gives option `o`.
    fn contribution(&self, t: usize, v: u32, o: usize) -> u64 {
        u64::from(v) * self.high[t][o] + u64::from(self.max[t] - v) * self.low[t][o]
    }

    fn points(&self, values: &[u32]) -> Vec<u64> {
        (0..self.options)
            .map(|o| {
                (0..values.len())
                    .map(|t| self.contribution(t, values[t], o))
                    .sum()
            })
            .collect()
    }

    /// Points scaled to 0..=100 of the ceiling, rounded half up.
    fn scale(&self, points: u64) -> u32 {
        if self.ceiling == 0 {
            return 0;
        }
        let scaled = (200 * points + self.ceiling) / (2 * self.ceiling);
        u32::try_from(scaled).unwrap_or(u32::MAX)
    }

    /// A gap in points as tenths of a score point, rounded half up.
    fn lead_tenths(&self, gap: u64) -> u64 {
        if self.ceiling == 0 {
            0
        } else {
            (2000 * gap + self.ceiling) / (2 * self.ceiling)
        }
    }

    /// Scores, ranking and verdict for a set of points.
    fn judge(&self, points: &[u64]) -> (Vec<u32>, Vec<usize>, Verdict) {
        let scores: Vec<u32> = points.iter().map(|&p| self.scale(p)).collect();
        let mut ranking: Vec<usize> = (0..points.len()).collect();
        ranking.sort_by(|&a, &b| points[b].cmp(&points[a]).then(a.cmp(&b)));
        (scores, ranking, self.verdict(points))
    }

    /// The verdict alone, without allocating: the tipping-point scan calls
    /// this for every candidate value of every slider.
    fn verdict(&self, points: &[u64]) -> Verdict {
        // The leader is the first option with the most points; the runner-up
        // the best of the rest (ties keep pack order, as in the ranking).
        let mut leader = 0;
        for (option, &p) in points.iter().enumerate() {
            if p > points[leader] {
                leader = option;
            }
        }
        let runner_up = points
            .iter()
            .enumerate()
            .filter(|(option, _)| *option != leader)
            .map(|(_, &p)| p)
            .max()
            .unwrap_or(0);
        // lead = 100·gap/ceiling ≤ margin, compared without rounding.
        let gap = points[leader] - runner_up;
        if 100 * gap <= u64::from(self.margin) * self.ceiling {
            Verdict::CloseCall
        } else {
            Verdict::Winner(leader)
        }
    }
}

/// Recommend once, building the engine for this call (the screen keeps an `Engine`).
pub fn recommend(pack: &Pack, values: &[u32]) -> Recommendation {
    Engine::new(pack).recommend(values)
}

#[cfg(test)]
mod tests;
