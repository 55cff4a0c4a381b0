//! Two projects on one pack, side by side: the sliders and the reader's
//! numbers that differ between them, and how far each factor's share of the
//! lead moved from one to the other. Each side is its own engine (the pack's,
//! with that side's overrides) and its recommendation, so the explorer
//! compares without recomputing either.

use super::{Engine, Recommendation, Scaled, round_half_up};

/// One project of the two: its engine and its recommendation.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    pub engine: &'a Engine,
    pub recommendation: &'a Recommendation,
}

/// A slider set differently: its value in A and in B.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderChange {
    pub slider: usize,
    pub a: u32,
    pub b: u32,
}

/// A number that is the reader's on at least one side and differs: a
/// rating (`option` is `Some`) or a factor's base weight (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberChange {
    pub factor: usize,
    pub option: Option<usize>,
    /// The number counted on each side, and whether it is the reader's
    /// there (else the pack's).
    pub a: u32,
    pub a_yours: bool,
    pub b: u32,
    pub b_yours: bool,
}

/// How one factor's share of the lead moved from A to B.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareMove {
    pub factor: usize,
    /// Its signed share of `leader`'s lead over `runner_up` on each side, as
    /// numerators over that side's `Recommendation::total` (positive: it
    /// favours `leader`).
    pub a: i128,
    pub b: i128,
    /// B's share less A's, exact: a numerator over A's total times B's
    /// (each at least 1).
    pub moved: i128,
    /// Each side's share in signed tenths of a fit point as that side's
    /// reasons show it (so they add up to its lead), or rounded half up
    /// where that side's top two are another pair.
    pub a_shown: i128,
    pub b_shown: i128,
}

/// What separates project B from project A.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The lead the shares are of: A's leader over A's runner-up (B's when
    /// A's two fit equally well), one frame for both sides even when the
    /// other ranks them the other way.
    pub leader: usize,
    pub runner_up: usize,
    /// The sliders set differently, in slider order.
    pub sliders: Vec<SliderChange>,
    /// The reader's ratings and weights that differ, by factor, the weight
    /// before the ratings, then in option order.
    pub numbers: Vec<NumberChange>,
    /// Every factor whose share moved, furthest first (ties in factor order).
    pub shares: Vec<ShareMove>,
    a_total: i128,
    b_total: i128,
}

impl Comparison {
    /// Compare B with A (both sides on the same pack).
    pub fn new(a: Side, b: Side) -> Self {
        let (ra, rb) = (a.recommendation, b.recommendation);
        // When nothing separates A's top two, B's lead is the one to follow.
        let tied = ra.sums[ra.leader()] == ra.sums[ra.runner_up()];
        let frame = if tied { rb } else { ra };
        let (leader, runner_up) = (frame.leader(), frame.runner_up());
        let sliders = ra
            .values
            .iter()
            .zip(&rb.values)
            .enumerate()
            .filter(|(_, (x, y))| x != y)
            .map(|(slider, (&a, &b))| SliderChange { slider, a, b })
            .collect();
        let share = |side: Side, factor: usize| {
            let r = side.recommendation;
            let weight = i128::from(r.importance[factor]);
            let gap = side.engine.rating(factor, leader, &r.values)
                - side.engine.rating(factor, runner_up, &r.values);
            100 * weight * gap
        };
        // A side where nothing counts has no shares: over 1, not 0.
        let (a_total, b_total) = (ra.total.max(1), rb.total.max(1));
        let (shown_a, shown_b) = (shown(ra, leader, runner_up), shown(rb, leader, runner_up));
        let mut shares: Vec<ShareMove> = (0..ra.importance.len())
            .filter_map(|factor| {
                let (sa, sb) = (share(a, factor), share(b, factor));
                let moved = sb * a_total - sa * b_total;
                (moved != 0).then(|| ShareMove {
                    factor,
                    a: sa,
                    b: sb,
                    moved,
                    a_shown: shown_a
                        .as_ref()
                        .map_or_else(|| round_half_up(10 * sa, a_total), |shown| shown[factor]),
                    b_shown: shown_b
                        .as_ref()
                        .map_or_else(|| round_half_up(10 * sb, b_total), |shown| shown[factor]),
                })
            })
            .collect();
        shares.sort_unstable_by(|x, y| {
            y.moved
                .abs()
                .cmp(&x.moved.abs())
                .then(x.factor.cmp(&y.factor))
        });
        Self {
            leader,
            runner_up,
            sliders,
            numbers: numbers(a.engine, b.engine),
            shares,
            a_total,
            b_total,
        }
    }

    /// Whether the two projects are the same: the same values and numbers.
    pub fn is_same(&self) -> bool {
        self.sliders.is_empty() && self.numbers.is_empty()
    }

    /// A share on side A as shown, in signed tenths of a fit point.
    pub fn a_tenths(&self, share: &ShareMove) -> i128 {
        share.a_shown
    }

    /// A share on side B as shown, the same way.
    pub fn b_tenths(&self, share: &ShareMove) -> i128 {
        share.b_shown
    }

    /// How far a share moved as shown: B's shown share less A's, so the
    /// three numbers a reader sees add up.
    pub fn moved_tenths(&self, share: &ShareMove) -> i128 {
        self.b_tenths(share) - self.a_tenths(share)
    }

    /// How far a share moved in fit points, exact.
    pub fn moved(&self, share: &ShareMove) -> f64 {
        share.moved as f64 / (self.a_total * self.b_total) as f64
    }
}

/// Per factor, its share as `r`'s reasons show it, in tenths signed
/// towards `leader`, when `r`'s top two are `leader` and `runner_up` (either
/// way round); `None` when they are another pair.
fn shown(r: &Recommendation, leader: usize, runner_up: usize) -> Option<Vec<i128>> {
    let pair = [r.leader(), r.runner_up()];
    if !(pair == [leader, runner_up] || pair == [runner_up, leader]) {
        return None;
    }
    let mut shown = vec![0; r.importance.len()];
    for (reason, &tenths) in r.reasons.iter().zip(&r.shown_shares) {
        let tenths = i128::from(tenths);
        shown[reason.factor] = if reason.favours == leader {
            tenths
        } else {
            -tenths
        };
    }
    Some(shown)
}

/// The ratings and weights that are the reader's on either side and differ.
fn numbers(a: &Engine, b: &Engine) -> Vec<NumberChange> {
    let (ours_a, ours_b) = (a.overrides(), b.overrides());
    let mut factors: Vec<usize> = ours_a
        .weights
        .keys()
        .chain(ours_b.weights.keys())
        .chain(ours_a.ratings.keys().map(|(factor, _)| factor))
        .chain(ours_b.ratings.keys().map(|(factor, _)| factor))
        .copied()
        .collect();
    factors.sort_unstable();
    factors.dedup();
    let weight = |engine: &Engine, factor: usize| {
        u32::try_from(engine.weights.get(factor).copied().unwrap_or(0)).unwrap_or(0)
    };
    let rating = |engine: &Engine, factor: usize, option: usize| match engine
        .slot(factor, option)
        .map(|slot| engine.ratings[slot])
    {
        Some(Scaled::Fixed(scaled)) => {
            u32::try_from(i128::from(scaled) / engine.scale).unwrap_or(0)
        }
        _ => 0,
    };
    let mut changes = Vec::new();
    for factor in factors {
        let (wa, wb) = (weight(a, factor), weight(b, factor));
        if wa != wb {
            changes.push(NumberChange {
                factor,
                option: None,
                a: wa,
                a_yours: ours_a.weight(factor).is_some(),
                b: wb,
                b_yours: ours_b.weight(factor).is_some(),
            });
        }
        for option in 0..a.options {
            let (ya, yb) = (
                ours_a.rating(factor, option).is_some(),
                ours_b.rating(factor, option).is_some(),
            );
            let (va, vb) = (rating(a, factor, option), rating(b, factor, option));
            if (ya || yb) && va != vb {
                changes.push(NumberChange {
                    factor,
                    option: Some(option),
                    a: va,
                    a_yours: ya,
                    b: vb,
                    b_yours: yb,
                });
            }
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Pack, embedded};
    use crate::engine::Overrides;

    fn compare(pack: &Pack, a: (&[u32], &Overrides), b: (&[u32], &Overrides)) -> Comparison {
        let (ea, eb) = (
            Engine::with_overrides(pack, a.1),
            Engine::with_overrides(pack, b.1),
        );
        let (ra, rb) = (ea.recommend(a.0), eb.recommend(b.0));
        Comparison::new(
            Side {
                engine: &ea,
                recommendation: &ra,
            },
            Side {
                engine: &eb,
                recommendation: &rb,
            },
        )
    }

    fn set(pack: &Pack, values: &mut [u32], id: &str, value: u32) -> usize {
        let slider = pack.slider_index(id).unwrap();
        values[slider] = value;
        slider
    }

    #[test]
    fn a_project_compared_with_itself_differs_in_nothing() {
        let pack = embedded();
        let values = pack.default_values();
        let none = Overrides::default();
        let same = compare(&pack, (&values, &none), (&values, &none));
        assert!(same.is_same());
        assert!(same.shares.is_empty());
    }

    #[test]
    fn the_sliders_that_differ_are_listed_with_both_values() {
        let pack = embedded();
        let a = pack.default_values();
        let mut b = a.clone();
        let realtime = set(&pack, &mut b, "realtime", 8);
        let team = set(&pack, &mut b, "team_js", 3);
        let none = Overrides::default();
        let compared = compare(&pack, (&a, &none), (&b, &none));
        assert_eq!(
            compared.sliders,
            vec![
                SliderChange {
                    slider: realtime,
                    a: 0,
                    b: 8
                },
                SliderChange {
                    slider: team,
                    a: 0,
                    b: 3
                },
            ]
        );
        assert!(compared.numbers.is_empty());
    }

    #[test]
    fn the_shares_moved_are_the_difference_of_each_sides_shares_furthest_first() {
        let pack = embedded();
        let mut a = pack.default_values();
        set(&pack, &mut a, "realtime", 8);
        let mut b = a.clone();
        set(&pack, &mut b, "data_ai", 6);
        set(&pack, &mut b, "clarity", 2);
        let none = Overrides::default();
        let compared = compare(&pack, (&a, &none), (&b, &none));
        let (ra, rb) = (
            Engine::new(&pack).recommend(&a),
            Engine::new(&pack).recommend(&b),
        );
        assert_eq!(
            (compared.leader, compared.runner_up),
            (ra.leader(), ra.runner_up())
        );
        // Each side's shares are its reasons, signed towards A's leader.
        let signed = |r: &Recommendation, factor: usize| {
            r.reasons
                .iter()
                .find(|reason| reason.factor == factor)
                .map_or(0, |reason| {
                    if reason.favours == compared.leader {
                        reason.share
                    } else {
                        -reason.share
                    }
                })
        };
        assert!(!compared.shares.is_empty());
        for share in &compared.shares {
            assert_eq!(share.a, signed(&ra, share.factor));
            assert_eq!(share.b, signed(&rb, share.factor));
            let exact = share.b as f64 / rb.total as f64 - share.a as f64 / ra.total as f64;
            assert!((compared.moved(share) - exact).abs() < 1e-9);
            assert_eq!(
                compared.moved_tenths(share),
                compared.b_tenths(share) - compared.a_tenths(share)
            );
            // As each side's reasons show it, within a tenth of the exact.
            let shown = |r: &Recommendation| {
                r.reasons
                    .iter()
                    .zip(&r.shown_shares)
                    .find(|(reason, _)| reason.factor == share.factor)
                    .map_or(0, |(reason, &tenths)| {
                        let tenths = i128::from(tenths);
                        if reason.favours == compared.leader {
                            tenths
                        } else {
                            -tenths
                        }
                    })
            };
            assert_eq!(compared.a_tenths(share), shown(&ra));
            assert_eq!(compared.b_tenths(share), shown(&rb));
            let exact_a = 10.0 * share.a as f64 / ra.total as f64;
            assert!((compared.a_tenths(share) as f64 - exact_a).abs() <= 1.0);
        }
        let moved: Vec<f64> = compared
            .shares
            .iter()
            .map(|s| compared.moved(s).abs())
            .collect();
        assert!(moved.windows(2).all(|w| w[0] >= w[1]), "{moved:?}");
        // Every factor whose share differs is there, and no other.
        for factor in 0..pack.factors.len() {
            let differs = signed(&rb, factor) * ra.total != signed(&ra, factor) * rb.total;
            assert_eq!(
                differs,
                compared.shares.iter().any(|s| s.factor == factor),
                "{}",
                pack.factors[factor].id
            );
        }
    }

    #[test]
    fn the_readers_numbers_that_differ_say_whose_each_side_is() {
        let pack = embedded();
        let values = pack.default_values();
        let data = pack.factors.iter().position(|f| f.id == "data-ai").unwrap();
        let node = pack.option_index("node").unwrap();
        let pack_rating = pack.factors[data].ratings[node].fixed().unwrap();
        let mut a = Overrides::default();
        a.weights.insert(data, 30);
        let mut b = a.clone();
        b.ratings.insert((data, node), 9);
        let compared = compare(&pack, (&values, &a), (&values, &b));
        // The weight is the same on both sides: not a difference.
        assert_eq!(
            compared.numbers,
            vec![NumberChange {
                factor: data,
                option: Some(node),
                a: pack_rating,
                a_yours: false,
                b: 9,
                b_yours: true,
            }]
        );
        assert!(compared.sliders.is_empty() && !compared.is_same());
        // The weight that counts now (30 on both) moves the factor's share.
        assert_eq!(compared.shares.first().map(|s| s.factor), Some(data));
        let weights = compare(&pack, (&values, &Overrides::default()), (&values, &a));
        assert_eq!(
            weights.numbers,
            vec![NumberChange {
                factor: data,
                option: None,
                a: pack.factors[data].weight,
                a_yours: false,
                b: 30,
                b_yours: true,
            }]
        );
    }

    #[test]
    fn a_rating_both_readers_set_alike_is_not_a_difference() {
        let pack = embedded();
        let values = pack.default_values();
        let data = pack.factor_index("data-ai").unwrap();
        let python = pack.option_index("python").unwrap();
        let mut a = Overrides::default();
        a.ratings.insert((data, python), 7);
        let compared = compare(&pack, (&values, &a), (&values, &a.clone()));
        assert!(compared.numbers.is_empty(), "{:?}", compared.numbers);
        assert!(compared.is_same());
    }
}
