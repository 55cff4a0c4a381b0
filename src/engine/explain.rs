//! Why a factor counts as much as it does and what it rates each option:
//! the engine's own numbers as data, for every output to phrase.

use super::{Engine, Scaled};

/// One factor at one set of values, as the engine counts it.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub factor: usize,
    /// How much it counts: its weight plus what each slider adds.
    pub importance: u64,
    pub weight: u64,
    /// Whether `weight` is the reader's, in place of the pack's.
    pub weight_yours: bool,
    /// Each slider that adds to its importance at these values.
    pub raised_by: Vec<Added>,
    /// Per option, its rating as the engine counts it.
    pub ratings: Vec<Rated>,
}

/// What one slider adds to a factor's importance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    pub slider: usize,
    pub amount: u64,
    /// For a two-sided slider, the end whose side it is.
    pub toward: Option<End>,
}

/// An end of a two-sided slider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Low,
    High,
}

/// An option's rating on a factor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rated {
    /// 0.0..=10.0, exactly.
    pub value: f64,
    /// The slider whose value it is, or `None` for the pack's rating.
    pub given_by: Option<usize>,
    /// Whether it is the reader's rating, in place of the pack's.
    pub yours: bool,
}

impl Engine {
    /// `factor` at `values` (clamped as `recommend` clamps them).
    pub fn explain(&self, values: &[u32], factor: usize) -> Explanation {
        let values = self.clamp(values);
        let raised_by: Vec<Added> = self.raisers[factor]
            .iter()
            .filter_map(|&slider| self.added(slider, factor, values[slider]))
            .collect();
        let weight = u64::try_from(self.weights[factor]).unwrap_or(0);
        let ratings = (0..self.options)
            .map(|option| Rated {
                value: self.rating(factor, option, &values) as f64 / self.scale as f64,
                given_by: match self.scaled(factor, option) {
                    Scaled::Slider { slider, .. } => Some(usize::from(slider)),
                    Scaled::Fixed(_) => None,
                },
                yours: self.overrides.rating(factor, option).is_some(),
            })
            .collect();
        Explanation {
            factor,
            importance: weight + raised_by.iter().map(|added| added.amount).sum::<u64>(),
            weight,
            weight_yours: self.overrides.weight(factor).is_some(),
            raised_by,
            ratings,
        }
    }

    /// What `slider` at `value` adds to `factor`'s importance, if anything.
    fn added(&self, slider: usize, factor: usize, value: u32) -> Option<Added> {
        let s = &self.sliders[slider];
        let &(_, high, low) = s.raises.iter().find(|(f, ..)| *f == factor)?;
        let (up, down) = s.steps(value);
        let amount = u64::try_from(up * high + down * low).ok()?;
        // A slider that raises the factor from one end only speaks for that
        // end; one that raises it from both, for the end it stands towards
        // (a slider that adds nothing is not said, so one of `up` and
        // `down` is not 0 where it is).
        let toward = match (high != 0, low != 0) {
            _ if !s.two_sided => None,
            (true, false) => Some(End::High),
            (false, true) => Some(End::Low),
            _ if down == 0 => Some(End::High),
            _ if up == 0 => Some(End::Low),
            _ => None,
        };
        (amount > 0).then_some(Added {
            slider,
            amount,
            toward,
        })
    }
}
