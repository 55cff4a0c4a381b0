//! Tipping points: for each slider, the nearest values above and below the
//! current one at which the verdict changes, all other sliders held.

use super::{Engine, Verdict};

/// A value of one slider and the verdict it would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip {
    pub value: u32,
    pub verdict: Verdict,
}

/// The tipping points of one slider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TippingPoints {
    /// Index into `pack.traits`.
    pub trait_index: usize,
    /// The nearest higher value that changes the verdict, if any.
    pub above: Option<Tip>,
    /// The nearest lower value that changes the verdict, if any.
    pub below: Option<Tip>,
}

pub(super) fn tipping_points(
    engine: &Engine,
    values: &[u32],
    points: &[u64],
    verdict: Verdict,
) -> Vec<TippingPoints> {
    let mut moved = points.to_vec();
    (0..values.len())
        .map(|t| {
            let current = values[t];
            // Points are linear in each slider, so a candidate value only
            // shifts every option's points by its contribution's change.
            let mut verdict_at = |value: u32| {
                for (o, slot) in moved.iter_mut().enumerate() {
                    *slot = points[o] - engine.contribution(t, current, o)
                        + engine.contribution(t, value, o);
                }
                engine.verdict(&moved)
            };
            let above = (current + 1..=engine.max[t])
                .map(|value| Tip {
                    value,
                    verdict: verdict_at(value),
                })
                .find(|tip| tip.verdict != verdict);
            let below = (0..current)
                .rev()
                .map(|value| Tip {
                    value,
                    verdict: verdict_at(value),
                })
                .find(|tip| tip.verdict != verdict);
            TippingPoints {
                trait_index: t,
                above,
                below,
            }
        })
        .collect()
}
