//! One slider's effect, as coefficients: with every other slider held, each
//! option's weighted sum is a polynomial in that slider's value: importance
//! is linear in the steps each side counts (`up`, `down`: the value and
//! `max − value`, or the steps beyond a neutral point), and a slider-given
//! rating is linear in the value. Built in time proportional to the factors
//! the slider touches, then evaluated at any value in time proportional to
//! the number of options, so scanning a slider's values never recomputes
//! the whole recommendation. Exact on both sides of a neutral point.

use super::{Engine, SliderSteps, steps};

/// Where the recommendation stands: the slider values, each factor's
/// importance there, each option's weighted sum and the total they are
/// measured against.
#[derive(Debug, Clone, Copy)]
pub struct Point<'a> {
    pub values: &'a [u32],
    pub importance: &'a [u64],
    pub sums: &'a [i128],
    pub total: i128,
}

/// With `d = x − current`, `u` and `w` the change of the up and down steps:
/// `sums(x) = sums + u·up + w·down + d·rated + u·d·up_rated + w·d·down_rated`
/// and `total(x) = total + u·up_total + w·down_total`.
#[derive(Debug, Clone)]
pub struct Curve {
    max: u32,
    neutral: Option<crate::content::Neutral>,
    current: u32,
    steps: (i128, i128),
    sums: Vec<i128>,
    up: Vec<i128>,
    down: Vec<i128>,
    rated: Vec<i128>,
    up_rated: Vec<i128>,
    down_rated: Vec<i128>,
    total: i128,
    up_total: i128,
    down_total: i128,
}

/// What one slider adds to each option's sum and to the total per step of
/// each side, other sliders held at `values`: the first-order terms of a
/// curve, shared with the nearby count.
pub(super) struct Sides {
    pub up: Vec<i128>,
    pub down: Vec<i128>,
    /// Per option, its step times the importance of the factors it rates.
    pub rated: Vec<i128>,
    pub up_total: i128,
    pub down_total: i128,
}

impl Sides {
    pub fn new(engine: &Engine, s: &SliderSteps, values: &[u32], importance: &[u64]) -> Self {
        let options = engine.options;
        let (mut up, mut down) = (vec![0i128; options], vec![0i128; options]);
        let (mut up_total, mut down_total) = (0, 0);
        for &(factor, high, low) in &s.raises {
            up_total += high;
            down_total += low;
            for option in 0..options {
                let rating = engine.rating(factor, option, values);
                up[option] += high * rating;
                down[option] += low * rating;
            }
        }
        let mut rated = vec![0i128; options];
        for &(factor, option, ..) in &s.rates {
            rated[option] += s.rating_step * i128::from(importance[factor]);
        }
        Self {
            up,
            down,
            rated,
            up_total: 10 * engine.scale * up_total,
            down_total: 10 * engine.scale * down_total,
        }
    }
}

impl Curve {
    /// The curve of `slider` around `at`; `None` for a slider the engine
    /// does not have.
    pub fn new(engine: &Engine, slider: usize, at: Point) -> Option<Self> {
        let s = engine.sliders.get(slider)?;
        let sides = Sides::new(engine, s, at.values, at.importance);
        let options = engine.options;
        let (mut up_rated, mut down_rated) = (vec![0i128; options], vec![0i128; options]);
        for &(_, option, high, low) in &s.rates {
            up_rated[option] += high * s.rating_step;
            down_rated[option] += low * s.rating_step;
        }
        let current = at.values[slider];
        Some(Self {
            max: s.max,
            neutral: s.neutral,
            current,
            steps: s.steps(current),
            sums: at.sums.to_vec(),
            up: sides.up,
            down: sides.down,
            rated: sides.rated,
            up_rated,
            down_rated,
            total: at.total,
            up_total: sides.up_total,
            down_total: sides.down_total,
        })
    }

    /// The sums at `value` (written into `out`), and the total returned.
    pub fn at(&self, value: u32, out: &mut [i128]) -> i128 {
        let d = i128::from(value) - i128::from(self.current);
        let (up, down) = steps(self.max, self.neutral, value);
        let (u, w) = (up - self.steps.0, down - self.steps.1);
        for (option, slot) in out.iter_mut().enumerate() {
            *slot = self.sums[option]
                + u * self.up[option]
                + w * self.down[option]
                + d * self.rated[option]
                + u * d * self.up_rated[option]
                + w * d * self.down_rated[option];
        }
        self.total + u * self.up_total + w * self.down_total
    }
}
