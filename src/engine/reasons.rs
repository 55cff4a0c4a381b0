//! Reasons: the traits that separate the leader from the runner-up.

use super::Engine;

/// One trait's part in the gap between the top two options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// Index into `pack.traits`.
    pub trait_index: usize,
    /// The option this trait favours (the leader or the runner-up).
    pub favours: usize,
    /// The option it counts against.
    pub against: usize,
    /// The gap it makes, in raw points.
    pub points: u64,
    /// The same gap in score points (out of 100), rounded half up.
    pub score: u32,
}

/// Every trait that gives the leader and the runner-up different points:
/// those favouring the winner (or the leader of a close call) first, strongest
/// first, ties in trait order.
pub(super) fn reasons(engine: &Engine, values: &[u32], ranking: &[usize]) -> Vec<Reason> {
    let (leader, runner_up) = (ranking[0], ranking[1]);
    let mut reasons: Vec<Reason> = (0..values.len())
        .filter_map(|t| {
            let for_leader = engine.contribution(t, values[t], leader);
            let for_runner_up = engine.contribution(t, values[t], runner_up);
            let (favours, against, points) = if for_leader > for_runner_up {
                (leader, runner_up, for_leader - for_runner_up)
            } else if for_runner_up > for_leader {
                (runner_up, leader, for_runner_up - for_leader)
            } else {
                return None;
            };
            Some(Reason {
                trait_index: t,
                favours,
                against,
                points,
                score: engine.scale(points),
            })
        })
        .collect();
    reasons.sort_by(|a, b| {
        (b.favours == leader)
            .cmp(&(a.favours == leader))
            .then(b.points.cmp(&a.points))
            .then(a.trait_index.cmp(&b.trait_index))
    });
    reasons
}
