//! A saved profile against both versions of its pack: whether its verdict
//! moved, and which changes moved its lead most. Each change that moves a
//! number is made alone to the old pack (`shift`), and its effect is how
//! far it alone moves the old leader's lead over the challenger: the new
//! leader when the lead changed hands, else the old runner-up.

use super::{Change, Item, shift};
use crate::content::Pack;
use crate::diagnostic::Diagnostics;
use crate::engine::{Engine, Recommendation, Verdict};
use crate::profile::Profile;

/// Changes named as the reasons for a move, at most.
const CAUSES: usize = 2;

/// An effect smaller than this many fit points rounds to nothing shown.
const NEGLIGIBLE: f64 = 0.05;

/// One change behind a move.
#[derive(Debug, Clone, PartialEq)]
pub struct Cause {
    /// Its index in the list of changes.
    pub change: usize,
    /// How far it alone moves the old leader's lead over the challenger,
    /// in fit points (negative: the lead shrinks); 0 for the margin and for
    /// an option added or removed.
    pub effect: f64,
    /// It alone gives the new verdict.
    pub alone: bool,
}

/// A profile's verdict on each version.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    /// On the old pack, and on the new.
    pub old: Recommendation,
    pub new: Recommendation,
    pub moved: bool,
    /// The changes that moved the lead most, the largest first.
    pub causes: Vec<Cause>,
}

/// What became of a profile.
#[derive(Debug, Clone, PartialEq)]
pub enum Moved {
    Standing(Box<Standing>),
    /// It loads against the old pack but not the new: the loader's own
    /// messages, each at its line and column.
    NoLongerLoads(Diagnostics),
}

/// One profile's outcome, and whether it counts as moved.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileDiff {
    pub outcome: Moved,
}

impl ProfileDiff {
    /// The verdict moved, or the profile no longer loads.
    pub fn moved(&self) -> bool {
        match &self.outcome {
            Moved::Standing(standing) => standing.moved,
            Moved::NoLongerLoads(_) => true,
        }
    }
}

/// The profile against `old` and `new`; an error when it does not load
/// against `old` (there is nothing to compare with).
pub fn profile_diff(
    old: &Pack,
    new: &Pack,
    changes: &[Change],
    profile: &Profile,
) -> Result<ProfileDiff, Diagnostics> {
    let before = recommend(old, profile)?;
    let after = match recommend(new, profile) {
        Ok(after) => after,
        Err(found) => {
            return Ok(ProfileDiff {
                outcome: Moved::NoLongerLoads(found),
            });
        }
    };
    let moved = !same_verdict(old, before.verdict, new, after.verdict);
    let causes = causes(old, new, changes, profile, &before, &after, moved);
    Ok(ProfileDiff {
        outcome: Moved::Standing(Box::new(Standing {
            old: before,
            new: after,
            moved,
            causes,
        })),
    })
}

fn recommend(pack: &Pack, profile: &Profile) -> Result<Recommendation, Diagnostics> {
    let (values, overrides) = profile.settings_for(pack)?;
    Ok(Engine::with_overrides(pack, &overrides).recommend(&values))
}

/// Whether two verdicts, each on its own pack, name the same options the
/// same way.
pub fn same_verdict(a: &Pack, va: Verdict, b: &Pack, vb: Verdict) -> bool {
    let ids = |pack: &Pack, v: Verdict| -> (bool, Vec<String>) {
        match v {
            Verdict::Winner(o) => (false, vec![pack.options[o].id.clone()]),
            Verdict::CloseCall(options) => {
                let mut ids: Vec<String> =
                    options.iter().map(|o| pack.options[o].id.clone()).collect();
                ids.sort();
                (true, ids)
            }
        }
    };
    ids(a, va) == ids(b, vb)
}

/// `a`'s lead over `b` in fit points.
fn lead(r: &Recommendation, a: usize, b: usize) -> f64 {
    if r.total == 0 {
        return 0.0;
    }
    100.0 * (r.sums[a] - r.sums[b]) as f64 / r.total as f64
}

/// The changes that moved the lead most, in the direction it moved; a
/// change that alone gives the new verdict comes first.
fn causes(
    old: &Pack,
    new: &Pack,
    changes: &[Change],
    profile: &Profile,
    before: &Recommendation,
    after: &Recommendation,
    moved: bool,
) -> Vec<Cause> {
    let leader = &old.options[before.leader()].id;
    let challenger = if new.options[after.leader()].id != *leader {
        &new.options[after.leader()].id
    } else {
        &old.options[before.runner_up()].id
    };
    // Who is in the race changed: that is the reason, whatever the numbers.
    let find = |wanted: Change| changes.iter().position(|c| *c == wanted);
    if new.option_index(leader).is_none()
        && let Some(change) = find(Change::Removed(Item::Option(leader.clone())))
    {
        return vec![Cause {
            change,
            effect: 0.0,
            alone: true,
        }];
    }
    let Some(b) = old.option_index(challenger) else {
        return find(Change::Added(Item::Option(challenger.clone())))
            .map(|change| Cause {
                change,
                effect: 0.0,
                alone: true,
            })
            .into_iter()
            .collect();
    };
    let a = before.leader();
    let (na, nb) = match (new.option_index(leader), new.option_index(challenger)) {
        (Some(na), Some(nb)) => (na, nb),
        _ => return Vec::new(),
    };
    let start = lead(before, a, b);
    let moved_by = lead(after, na, nb) - start;
    let mut found: Vec<Cause> = Vec::new();
    for (index, change) in changes.iter().enumerate() {
        let Some(pack) = shift::with_change(old, new, change) else {
            continue;
        };
        let Ok(r) = recommend(&pack, profile) else {
            continue;
        };
        let effect = lead(&r, a, b) - start;
        let alone = moved && same_verdict(&pack, r.verdict, new, after.verdict);
        let along = effect.abs() >= NEGLIGIBLE && effect.signum() == moved_by.signum();
        if alone || (along && moved_by.abs() >= NEGLIGIBLE) {
            found.push(Cause {
                change: index,
                effect,
                alone,
            });
        }
    }
    found.sort_by(|x, y| {
        (y.alone.cmp(&x.alone))
            .then(y.effect.abs().total_cmp(&x.effect.abs()))
            .then(x.change.cmp(&y.change))
    });
    found.truncate(CAUSES);
    found
}
