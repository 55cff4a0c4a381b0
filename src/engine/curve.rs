//! One slider's effect, as coefficients: with every other slider held, each
//! option's weighted sum is a polynomial of degree at most two in that
//! slider's value (importance and a slider-given rating are each linear in
//! it), and the total importance is linear. Built in time proportional to
//! the factors the slider touches, then evaluated at any value in time
//! proportional to the number of options, so scanning a slider's values
//! never recomputes the whole recommendation.

use super::Engine;

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

/// `sums(x) = sums + d·linear + d²·square` and `total(x) = total + d·slope`,
/// where `d = x − current`.
#[derive(Debug, Clone)]
pub struct Curve {
    current: i128,
    sums: Vec<i128>,
    linear: Vec<i128>,
    square: Vec<i128>,
    total: i128,
    slope: i128,
}

impl Curve {
    /// The curve of `slider` around `at`; `None` for a slider the engine
    /// does not have.
    pub fn new(engine: &Engine, slider: usize, at: Point) -> Option<Self> {
        let Point {
            values,
            importance,
            sums,
            total,
        } = at;
        let s = engine.sliders.get(slider)?;
        let options = engine.options;
        let mut linear = vec![0i128; options];
        let mut square = vec![0i128; options];
        let mut slope = 0;
        for &(factor, high, low) in &s.raises {
            let a = high - low;
            slope += a;
            for (option, term) in linear.iter_mut().enumerate() {
                *term += a * engine.rating(factor, option, values);
            }
        }
        for &(factor, option, a) in &s.rates {
            linear[option] += s.rating_step * i128::from(importance[factor]);
            square[option] += a * s.rating_step;
        }
        Some(Self {
            current: i128::from(values[slider]),
            sums: sums.to_vec(),
            linear,
            square,
            total,
            slope: 10 * engine.scale * slope,
        })
    }

    /// The sums at `value` (written into `out`), and the total returned.
    pub fn at(&self, value: u32, out: &mut [i128]) -> i128 {
        let d = i128::from(value) - self.current;
        for (option, slot) in out.iter_mut().enumerate() {
            *slot = self.sums[option] + d * self.linear[option] + d * d * self.square[option];
        }
        self.total + d * self.slope
    }
}
