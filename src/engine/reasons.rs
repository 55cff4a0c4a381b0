//! Reasons: each factor's share of the lead of one option over another.

use super::Engine;

/// One factor's part in the lead of the first option over the second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// Index into `pack.factors`.
    pub factor: usize,
    /// The option this factor favours (the leader or the runner-up).
    pub favours: usize,
    /// The option it counts against.
    pub against: usize,
    /// Its share of the lead in fit points, as a numerator over
    /// `Recommendation::total`: `100 · importance · (rating₁ − rating₂)`,
    /// ratings scaled. The shares of all reasons, signed by the side they
    /// favour, add up to the lead.
    pub share: i128,
}

/// An option behind the runner-up, and the factors that put the leader
/// furthest ahead of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Behind {
    pub option: usize,
    /// The strongest factors favouring the leader over it, strongest first.
    pub reasons: Vec<Reason>,
}

/// How many reasons explain an option behind the runner-up.
pub const BEHIND_REASONS: usize = 3;

/// The shares of `reasons` (of `leader`'s lead) in tenths of a fit point,
/// each rounded down or up so that, signed, they add up to the lead rounded
/// half up: the largest remainders are rounded up, as seats are shared out
/// by votes. Each shown share is within a tenth of the exact one.
pub(super) fn shown(reasons: &[Reason], leader: usize, total: i128) -> Vec<u64> {
    if total <= 0 {
        return vec![0; reasons.len()];
    }
    // Signed tenths as fractions over `total`: whole part and remainder.
    let exact: Vec<i128> = reasons
        .iter()
        .map(|r| {
            let sign = if r.favours == leader { 1 } else { -1 };
            sign * 10 * r.share
        })
        .collect();
    let mut shown: Vec<i128> = exact.iter().map(|x| x.div_euclid(total)).collect();
    let sum: i128 = exact.iter().sum();
    let target = (2 * sum + total).div_euclid(2 * total);
    let missing = usize::try_from(target - shown.iter().sum::<i128>()).unwrap_or(0);
    if missing > 0 {
        // The `missing` largest remainders, ties to the earlier reason:
        // selected, not sorted, so a pack of many factors pays a linear pass.
        // There are never more missing than reasons: each share rounded
        // down loses less than one, and the lead rounds up by at most half.
        let key = |&i: &usize| (std::cmp::Reverse(exact[i].rem_euclid(total)), i);
        let mut by_remainder: Vec<usize> = (0..exact.len()).collect();
        by_remainder.select_nth_unstable_by_key(missing - 1, key);
        for &i in by_remainder.iter().take(missing) {
            shown[i] += 1;
        }
    }
    shown
        .into_iter()
        .map(|x| u64::try_from(x.abs()).unwrap_or(u64::MAX))
        .collect()
}

/// Every factor that counts and rates `first` and `second` differently:
/// those favouring `first` first, largest share first, ties in factor order.
pub(super) fn between(
    engine: &Engine,
    values: &[u32],
    importance: &[i128],
    first: usize,
    second: usize,
) -> Vec<Reason> {
    let mut reasons = differences(engine, values, importance, first, second);
    // Ties end in factor order, so the unstable sort gives one order.
    reasons.sort_unstable_by(|a, b| order(a, b, first));
    reasons
}

/// The `count` strongest factors favouring `first` over `second`, strongest
/// first.
pub(super) fn strongest(
    engine: &Engine,
    values: &[u32],
    importance: &[i128],
    (first, second): (usize, usize),
    count: usize,
) -> Vec<Reason> {
    strongest_over(engine, values, importance, first, &[second], count)
        .pop()
        .unwrap_or_default()
}

/// For each of `others`, the `count` strongest factors favouring `first`
/// over it, strongest first: one pass over the factors, each option's
/// rating read once, the best few kept as they are met.
pub(super) fn strongest_over(
    engine: &Engine,
    values: &[u32],
    importance: &[i128],
    first: usize,
    others: &[usize],
    count: usize,
) -> Vec<Vec<Reason>> {
    let mut best: Vec<Vec<Reason>> = vec![Vec::with_capacity(count + 1); others.len()];
    if count == 0 || others.is_empty() {
        return best;
    }
    for (factor, &weight) in importance.iter().enumerate() {
        if weight <= 0 {
            continue;
        }
        let rating = engine.rating(factor, first, values);
        for (kept, &second) in best.iter_mut().zip(others) {
            let gap = rating - engine.rating(factor, second, values);
            if gap <= 0 {
                continue;
            }
            let reason = Reason {
                factor,
                favours: first,
                against: second,
                share: 100 * weight * gap,
            };
            if kept.len() == count && order(&reason, &kept[count - 1], first).is_ge() {
                continue;
            }
            let at = kept.partition_point(|k| order(k, &reason, first).is_le());
            kept.insert(at, reason);
            kept.truncate(count);
        }
    }
    best
}

fn order(a: &Reason, b: &Reason, first: usize) -> std::cmp::Ordering {
    (b.favours == first)
        .cmp(&(a.favours == first))
        .then(b.share.cmp(&a.share))
        .then(a.factor.cmp(&b.factor))
}

fn differences(
    engine: &Engine,
    values: &[u32],
    importance: &[i128],
    first: usize,
    second: usize,
) -> Vec<Reason> {
    importance
        .iter()
        .enumerate()
        .filter(|(_, weight)| **weight > 0)
        .filter_map(|(factor, &weight)| {
            let a = engine.rating(factor, first, values);
            let b = engine.rating(factor, second, values);
            let (favours, against, gap) = match a.cmp(&b) {
                std::cmp::Ordering::Greater => (first, second, a - b),
                std::cmp::Ordering::Less => (second, first, b - a),
                std::cmp::Ordering::Equal => return None,
            };
            Some(Reason {
                factor,
                favours,
                against,
                share: 100 * weight * gap,
            })
        })
        .collect()
}
