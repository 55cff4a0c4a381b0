//! Tipping points: for each slider, the nearest values above and below the
//! current one at which the verdict changes, all other sliders held.

use super::{Curve, Engine, Point, Verdict};

/// A value of one slider and the verdict it would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip {
    pub value: u32,
    pub verdict: Verdict,
}

/// The tipping points of one slider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TippingPoints {
    /// Index into `pack.sliders`.
    pub slider_index: usize,
    /// The nearest higher value that changes the verdict, if any.
    pub above: Option<Tip>,
    /// The nearest lower value that changes the verdict, if any.
    pub below: Option<Tip>,
}

impl TippingPoints {
    /// Whether no value of this slider changes the verdict.
    pub fn is_empty(&self) -> bool {
        self.above.is_none() && self.below.is_none()
    }
}

pub(super) fn tipping_points(engine: &Engine, at: Point, verdict: Verdict) -> Vec<TippingPoints> {
    let values = at.values;
    let mut buffer = vec![0; at.sums.len()];
    (0..values.len())
        .map(|slider| {
            let mut tips = TippingPoints {
                slider_index: slider,
                above: None,
                below: None,
            };
            let Some(curve) = Curve::new(engine, slider, at) else {
                return tips;
            };
            let mut verdict_at = |value: u32| {
                let total = curve.at(value, &mut buffer);
                Tip {
                    value,
                    verdict: engine.verdict(&buffer, total),
                }
            };
            let current = values[slider];
            tips.above = (current + 1..=engine.sliders[slider].max)
                .map(&mut verdict_at)
                .find(|tip| tip.verdict != verdict);
            tips.below = (0..current)
                .rev()
                .map(&mut verdict_at)
                .find(|tip| tip.verdict != verdict);
            tips
        })
        .collect()
}
