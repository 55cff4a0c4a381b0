//! Reasons: each factor's share of the lead between the top two options.

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

/// Every factor that counts and rates the leader and the runner-up
/// differently: those favouring the leader first, largest share first, ties
/// in factor order.
pub(super) fn reasons(
    engine: &Engine,
    values: &[u32],
    importance: &[i128],
    ranking: &[usize],
) -> Vec<Reason> {
    let (leader, runner_up) = (ranking[0], ranking[1]);
    let mut reasons: Vec<Reason> = importance
        .iter()
        .enumerate()
        .filter(|(_, weight)| **weight > 0)
        .filter_map(|(factor, &weight)| {
            let first = engine.rating(factor, leader, values);
            let second = engine.rating(factor, runner_up, values);
            let (favours, against, gap) = match first.cmp(&second) {
                std::cmp::Ordering::Greater => (leader, runner_up, first - second),
                std::cmp::Ordering::Less => (runner_up, leader, second - first),
                std::cmp::Ordering::Equal => return None,
            };
            Some(Reason {
                factor,
                favours,
                against,
                share: 100 * weight * gap,
            })
        })
        .collect();
    // Ties end in factor order, so the unstable sort gives one order.
    reasons.sort_unstable_by(|a, b| {
        (b.favours == leader)
            .cmp(&(a.favours == leader))
            .then(b.share.cmp(&a.share))
            .then(a.factor.cmp(&b.factor))
    });
    reasons
}
