//! Which of the article's rules apply, and which close-call text is shown.
//!
//! A rule **applies** when its own condition holds for the values, whatever
//! the verdict; it **matches** when it applies and its option is the
//! verdict. A condition is a test of slider values (at least, at most, a
//! toggle on, above another slider), a group of them (all, any), or a bare
//! slider that pushes towards the rule's option: moving it back to its
//! default would shrink that option's lead. A close-call text is shown when
//! its condition holds (none: always), the first such in the pack's order.

use super::reasons::{self, Reason};

use super::{Curve, Engine, Point, Verdict};
use crate::content::Condition;

/// An applying rule whose option is not the verdict, and what outweighs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outweighed {
    /// Index into `pack.rules`.
    pub rule: usize,
    /// The option the weighing puts ahead of the rule's (the winner, or the
    /// best other option of a close call).
    pub rival: usize,
    /// The factors that favour the rival most over the rule's option,
    /// strongest first (at most `OUTWEIGHING`).
    pub strongest: Vec<Reason>,
}

/// How many factors an outweighed rule names.
pub const OUTWEIGHING: usize = 2;

/// Indices of the rules that apply at `at`.
pub(super) fn applying(engine: &Engine, at: Point) -> Vec<usize> {
    let mut pushes = PushCache::default();
    engine
        .rules
        .iter()
        .enumerate()
        .filter(|(_, (option, when))| {
            when.iter()
                .any(|condition| holds(engine, condition, Some(*option), at, &mut pushes))
        })
        .map(|(index, _)| index)
        .collect()
}

/// The first close-call text whose condition holds at `at`.
pub(super) fn close_text(engine: &Engine, at: Point) -> Option<usize> {
    let mut pushes = PushCache::default();
    engine.close_texts.iter().position(|when| {
        when.is_empty()
            || when
                .iter()
                .any(|condition| holds(engine, condition, None, at, &mut pushes))
    })
}

/// For each applying rule whose option the verdict is not: the option
/// ahead of it and the factor that puts it there.
pub(super) fn outweighed(
    engine: &Engine,
    at: Point,
    importance: &[i128],
    verdict: Verdict,
    ranking: &[usize],
    applying: &[usize],
) -> Vec<Outweighed> {
    // One search per pair of options, however many rules share it.
    let mut strongest_of: Vec<((usize, usize), Vec<Reason>)> = Vec::new();
    applying
        .iter()
        .filter_map(|&rule| {
            let option = engine.rules[rule].0;
            let rival = match verdict {
                Verdict::Winner(winner) if winner == option => return None,
                Verdict::Winner(winner) => winner,
                // The best option of the close call other than the rule's.
                Verdict::CloseCall(_) => *ranking.iter().find(|&&o| o != option)?,
            };
            let strongest = match strongest_of
                .iter()
                .find(|(pair, _)| *pair == (rival, option))
            {
                Some((_, found)) => found.clone(),
                None => {
                    let found = reasons::strongest(
                        engine,
                        at.values,
                        importance,
                        (rival, option),
                        OUTWEIGHING,
                    );
                    strongest_of.push(((rival, option), found.clone()));
                    found
                }
            };
            Some(Outweighed {
                rule,
                rival,
                strongest,
            })
        })
        .collect()
}

/// Whether `condition` holds at `at`; `option` is what a bare slider must
/// push towards (none for a close-call text: a bare slider never holds).
fn holds(
    engine: &Engine,
    condition: &Condition,
    option: Option<usize>,
    at: Point,
    pushes: &mut PushCache,
) -> bool {
    let value = |slider: usize| at.values.get(slider).copied().unwrap_or(0);
    match condition {
        Condition::Pushes(slider) => option.is_some_and(|option| {
            pushes.get(*slider, option, || {
                pushes_towards(engine, *slider, option, at)
            })
        }),
        Condition::Test {
            slider,
            at_least,
            at_most,
            above,
        } => {
            let v = value(*slider);
            (*at_least..=*at_most).contains(&v)
                && above.is_none_or(|(other, by)| {
                    u64::from(v) >= u64::from(value(other)) + u64::from(by)
                })
        }
        Condition::All(parts) => parts
            .iter()
            .all(|part| holds(engine, part, option, at, pushes)),
        Condition::Any(parts) => parts
            .iter()
            .any(|part| holds(engine, part, option, at, pushes)),
    }
}

/// Each slider's push towards each option is worked out once, however many
/// rules name it.
#[derive(Default)]
struct PushCache(Vec<((usize, usize), bool)>);

impl PushCache {
    fn get(&mut self, slider: usize, option: usize, compute: impl FnOnce() -> bool) -> bool {
        if let Some(&(_, pushes)) = self.0.iter().find(|(key, _)| *key == (slider, option)) {
            return pushes;
        }
        let pushes = compute();
        self.0.push(((slider, option), pushes));
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

#[cfg(test)]
mod tests {
    use super::smaller;

    /// Leads as `(gap, total)`: over a total of 0 (every factor weighing
    /// nothing) the lead is 0, whatever the other lead's total.
    #[test]
    fn a_lead_over_no_weight_is_zero() {
        // 0 against a lead of +10%, 0% and −10%.
        assert!(smaller((0, 0), (1, 10)));
        assert!(!smaller((0, 0), (0, 10)));
        assert!(!smaller((0, 0), (-1, 10)));
        // −10%, 0% and +10% against 0.
        assert!(smaller((-1, 10), (0, 0)));
        assert!(!smaller((0, 10), (0, 0)));
        assert!(!smaller((1, 10), (0, 0)));
        assert!(!smaller((0, 0), (0, 0)));
    }

    /// Leads over different totals compare as fractions: 1/10 is more than 2/30.
    #[test]
    fn leads_compare_as_fractions() {
        assert!(smaller((2, 30), (1, 10)));
        assert!(!smaller((1, 10), (2, 30)));
        assert!(!smaller((1, 10), (3, 30)));
    }
}
