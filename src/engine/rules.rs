//! Which of the article's rules match: a rule matches when its option is the
//! verdict and at least one entry of its `when` pushes towards that option.
//! A slider pushes when moving it back to its default would shrink the
//! option's lead; a group pushes when every slider in it does.

use super::{Curve, Engine, Point, Verdict};

pub(super) fn matching(engine: &Engine, at: Point, verdict: Verdict) -> Vec<usize> {
    let Verdict::Winner(winner) = verdict else {
        return Vec::new();
    };
    let mut pushes = PushCache::default();
    engine
        .rules
        .iter()
        .enumerate()
        .filter(|(_, (option, _))| *option == winner)
        .filter(|(_, (_, when))| {
            when.iter().any(|group| {
                !group.is_empty()
                    && group.iter().all(|&slider| {
                        pushes.get(slider, || pushes_towards(engine, slider, winner, at))
                    })
            })
        })
        .map(|(index, _)| index)
        .collect()
}

/// Each slider's push is worked out once, however many rules name it.
#[derive(Default)]
struct PushCache(Vec<(usize, bool)>);

impl PushCache {
    fn get(&mut self, slider: usize, compute: impl FnOnce() -> bool) -> bool {
        if let Some(&(_, pushes)) = self.0.iter().find(|(s, _)| *s == slider) {
            return pushes;
        }
        let pushes = compute();
        self.0.push((slider, pushes));
        pushes
    }
}

/// The lead of `option` over the best other option: `(gap, total)`, the
/// lead being `100 · gap / total` (0 when the total is 0).
fn lead(sums: &[i128], total: i128, option: usize) -> (i128, i128) {
    let best_other = sums
        .iter()
        .enumerate()
        .filter(|(o, _)| *o != option)
        .map(|(_, &sum)| sum)
        .max()
        .unwrap_or(0);
    (sums[option] - best_other, total)
}

/// Whether `a` < `b` for leads given as `(gap, total)` fractions.
fn smaller((gap_a, total_a): (i128, i128), (gap_b, total_b): (i128, i128)) -> bool {
    match (total_a > 0, total_b > 0) {
        (true, true) => gap_a * total_b < gap_b * total_a,
        (false, true) => gap_b > 0,
        (true, false) => gap_a < 0,
        (false, false) => false,
    }
}

fn pushes_towards(engine: &Engine, slider: usize, option: usize, at: Point) -> bool {
    let Some(&default) = engine.defaults.get(slider) else {
        return false;
    };
    if at.values.get(slider) == Some(&default) {
        return false;
    }
    let Some(curve) = Curve::new(engine, slider, at) else {
        return false;
    };
    let mut at_default = vec![0; at.sums.len()];
    let default_total = curve.at(default, &mut at_default);
    smaller(
        lead(&at_default, default_total, option),
        lead(at.sums, at.total, option),
    )
}
