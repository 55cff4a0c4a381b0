//! How sure the verdict is: the share of nearby projects that keep it.
//!
//! A nearby project has every slider at most one step from its current
//! value (the current value itself included). When there are at most
//! `EXHAUSTIVE` such combinations, every one is checked; otherwise a sample
//! of `SAMPLES`, drawn with a fixed seed so the figure is the same on every
//! run. A winner holds where the same option still wins; a close call holds
//! where the project is still too close to call.
//!
//! Cheap by construction: around the current point each option's sum is a
//! polynomial of degree two in the slider steps `d` (importance is linear in
//! every slider on each side of its neutral point, a slider-given rating
//! linear in its slider), so
//!
//! `sums(d) = sums + Σ linear_s(d_s) + Σ_t d_t·step_t·Σ_(f rated by t) Δimportance_f(d)`
//!
//! where `linear_s(d)` is slider `s`'s first-order term one step up or one
//! step down (the two differ at a neutral point), and moving one slider
//! updates a few running totals instead of recomputing every factor. The work can be done in slices (`advance`), so
//! a screen can spread a large pack's sample between key presses.

use super::curve::Sides;
use super::{Engine, Point, Verdict, verdict_of};

/// At most this many combinations are checked one by one.
pub const EXHAUSTIVE: u64 = 100_000;
/// Above that, this many are sampled.
pub const SAMPLES: u64 = 20_000;
/// The sample's fixed seed: the same figure on every run.
const SEED: u64 = 0x5eed_2026_0001_cafe;

/// The answer: how many nearby projects were checked and how many keep the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Robustness {
    pub kept: u64,
    pub checked: u64,
    /// Whether the projects were sampled rather than all checked.
    pub sampled: bool,
}

impl Robustness {
    /// The share kept, 0.0..=1.0.
    pub fn share(&self) -> f64 {
        if self.checked == 0 {
            return 1.0;
        }
        self.kept as f64 / self.checked as f64
    }

    /// The share as a whole percentage, rounded down: "100%" only when
    /// every project checked keeps the verdict.
    pub fn percent(&self) -> u64 {
        (100 * self.kept).checked_div(self.checked).unwrap_or(100)
    }
}

/// A count of nearby projects under way.
#[derive(Debug, Clone)]
pub struct RobustnessCount {
    margin: i128,
    verdict: Verdict,
    base_sums: Vec<i128>,
    base_total: i128,
    /// Per slider: the lowest and highest step allowed (−1, 0 or +1).
    low: Vec<i8>,
    high: Vec<i8>,
    /// What one step down does, one step up, and the swing from one step
    /// down to one step up, per slider, laid out flat so a sample's moves
    /// stay in the caches.
    moves: [Moves; 3],
    /// The sliders that give ratings, with their scaled rating per step.
    raters: Vec<(usize, i128)>,
    state: State,
    /// The combinations still to check; `None` when all are checked in order.
    samples_left: Option<u64>,
    rng: u64,
    /// Room for one combination's sums.
    buffer: Vec<i128>,
    done: bool,
    kept: u64,
    checked: u64,
}

/// What moving one slider one step (down or up) adds to the running totals.
#[derive(Debug, Clone, Default)]
struct Move {
    /// Per option, to the sum (first order).
    linear: Vec<i128>,
    /// To the total.
    slope: i128,
    /// (option, rater, importance) of the factors it raises that a rater
    /// rates for that option.
    cross: Vec<(usize, usize, i128)>,
}

/// One kind of move (down, up or the swing) for every slider: the linear
/// terms flat, `options` per slider.
#[derive(Debug, Clone, Default)]
struct Moves {
    linear: Vec<i128>,
    slope: Vec<i128>,
    cross: Vec<Vec<(usize, usize, i128)>>,
}

impl Moves {
    /// Every slider's three moves, laid out by kind.
    fn of(per_slider: Vec<[Move; 3]>, options: usize) -> [Moves; 3] {
        [DOWN, UP, SWING].map(|kind| Moves {
            linear: (per_slider.iter())
                .flat_map(|slider| {
                    let step = &slider[kind];
                    (0..options).map(|o| step.linear.get(o).copied().unwrap_or(0))
                })
                .collect(),
            slope: per_slider.iter().map(|slider| slider[kind].slope).collect(),
            cross: (per_slider.iter())
                .map(|slider| slider[kind].cross.clone())
                .collect(),
        })
    }
}

/// The running totals at the current combination `d`.
#[derive(Debug, Clone)]
struct State {
    d: Vec<i8>,
    linear: Vec<i128>,
    /// Per option, per rater: Σ Δimportance of the factors it rates.
    rated: Vec<i128>,
    total: i128,
}

impl RobustnessCount {
    /// Ready to count the projects around `at`, whose verdict is `verdict`.
    pub fn new(engine: &Engine, at: Point, verdict: Verdict) -> Self {
        Self::counting(engine, at, verdict, false)
    }

    /// Every combination, however many: what a sample estimates (the tests
    /// compare the two).
    pub fn every(engine: &Engine, at: Point, verdict: Verdict) -> Self {
        Self::counting(engine, at, verdict, true)
    }

    fn counting(engine: &Engine, at: Point, verdict: Verdict, every: bool) -> Self {
        let (low, high): (Vec<i8>, Vec<i8>) = engine
            .sliders
            .iter()
            .zip(at.values)
            .map(|(s, &v)| (if v > 0 { -1 } else { 0 }, i8::from(v < s.max)))
            .unzip();
        let combinations = low.iter().zip(&high).fold(1u64, |n, (&l, &h)| {
            n.saturating_mul(u64::try_from(h - l + 1).unwrap_or(1))
        });
        let raters: Vec<(usize, i128)> = (engine.sliders.iter().enumerate())
            .filter(|(_, s)| !s.rates.is_empty())
            .map(|(index, s)| (index, s.rating_step))
            .collect();
        let options = engine.options;
        let rated_by = rated_by(engine, &raters);
        let mut nearby = Self {
            margin: engine.margin,
            verdict,
            base_sums: at.sums.to_vec(),
            base_total: at.total,
            moves: Moves::of(
                (0..engine.sliders.len())
                    .map(|s| moves(engine, s, at, &rated_by))
                    .collect(),
                options,
            ),
            state: State {
                d: vec![0; low.len()],
                linear: vec![0; options],
                rated: vec![0; options * raters.len()],
                total: 0,
            },
            raters,
            samples_left: (too_many_to_count(combinations) && !every).then_some(SAMPLES),
            rng: SEED,
            buffer: vec![0; options],
            done: false,
            kept: 0,
            checked: 0,
            low,
            high,
        };
        if nearby.samples_left.is_none() {
            for s in 0..nearby.low.len() {
                nearby.set(s, nearby.low[s]);
            }
        }
        nearby
    }

    /// Check up to `budget` more projects; the answer once every one is checked.
    pub fn advance(&mut self, budget: u64) -> Option<Robustness> {
        for _ in 0..budget {
            if self.done {
                break;
            }
            match self.samples_left {
                Some(0) => self.done = true,
                Some(ref mut left) => {
                    *left -= 1;
                    self.draw();
                    self.count();
                }
                None => {
                    self.count();
                    self.done = !self.next();
                }
            }
        }
        self.done.then(|| self.result())
    }

    /// Check every project left.
    pub fn finish(mut self) -> Robustness {
        loop {
            if let Some(result) = self.advance(u64::MAX) {
                return result;
            }
        }
    }

    /// The work one check costs, in running totals touched: what a caller
    /// spreading the count over time divides its budget by.
    pub fn cost(&self) -> u64 {
        let sliders = if self.samples_left.is_some() {
            self.low.len()
        } else {
            2
        };
        let options = self.base_sums.len();
        (sliders * (2 * options + 1)) as u64 + 1
    }

    fn result(&self) -> Robustness {
        Robustness {
            kept: self.kept,
            checked: self.checked,
            sampled: self.samples_left.is_some(),
        }
    }

    /// Put slider `s` at step `to` (−1, 0 or +1), keeping the running totals:
    /// one pass over what the move touches, whichever move it is (looked up,
    /// not branched on: in a sample the moves come at random).
    fn set(&mut self, s: usize, to: i8) {
        let from = self.state.d[s];
        if from == to {
            return;
        }
        let (side, sign) = MOVE_FROM_TO[usize::from((from + 1) as u8)][usize::from((to + 1) as u8)];
        let moves = &self.moves[side];
        let options = self.base_sums.len();
        let state = &mut self.state;
        let linear = &moves.linear[s * options..(s + 1) * options];
        for (sum, a) in state.linear.iter_mut().zip(linear) {
            *sum += sign * a;
        }
        let raters = self.raters.len();
        for &(option, rater, a) in &moves.cross[s] {
            state.rated[option * raters + rater] += sign * a;
        }
        state.total += sign * moves.slope[s];
        state.d[s] = to;
    }

    /// The next combination in order (an odometer); false after the last.
    fn next(&mut self) -> bool {
        for s in 0..self.state.d.len() {
            if self.state.d[s] < self.high[s] {
                self.set(s, self.state.d[s] + 1);
                return true;
            }
            self.set(s, self.low[s]);
        }
        false
    }

    /// A random combination: each slider's step drawn uniformly from those allowed.
    fn draw(&mut self) {
        for s in 0..self.state.d.len() {
            let choices = u64::try_from(self.high[s] - self.low[s] + 1).unwrap_or(1);
            let pick = ((u128::from(splitmix(&mut self.rng)) * u128::from(choices)) >> 64) as i8;
            self.set(s, self.low[s] + pick);
        }
    }

    /// Whether the current combination keeps the verdict, counted.
    fn count(&mut self) {
        let Self {
            state,
            buffer,
            raters,
            ..
        } = self;
        let count = raters.len();
        for (option, sum) in buffer.iter_mut().enumerate() {
            *sum = self.base_sums[option] + state.linear[option];
            for (rater, &(slider, step)) in raters.iter().enumerate() {
                let d = i128::from(state.d[slider]);
                if d != 0 {
                    *sum += d * step * state.rated[option * count + rater];
                }
            }
        }
        let verdict = verdict_of(buffer, self.base_total + state.total, self.margin);
        let kept = match self.verdict {
            Verdict::Winner(_) => verdict == self.verdict,
            Verdict::CloseCall(_) => matches!(verdict, Verdict::CloseCall(_)),
        };
        self.checked += 1;
        self.kept += u64::from(kept);
    }
}

/// Whether there are too many nearby projects to check one by one.
fn too_many_to_count(combinations: u64) -> bool {
    combinations > EXHAUSTIVE
}

/// Which raters rate each factor, for which option.
fn rated_by(engine: &Engine, raters: &[(usize, i128)]) -> Vec<Vec<(usize, usize)>> {
    let mut rated_by: Vec<Vec<(usize, usize)>> = vec![Vec::new(); engine.weights.len()];
    for (rater, &(slider, _)) in raters.iter().enumerate() {
        for &(factor, option, ..) in &engine.sliders[slider].rates {
            rated_by[factor].push((option, rater));
        }
    }
    rated_by
}

/// Which of a slider's moves: one step down, one step up, down to up.
const DOWN: usize = 0;
const UP: usize = 1;
const SWING: usize = 2;

/// The move (and its sign) from step `from` to step `to`, each −1, 0 or +1,
/// indexed `[from + 1][to + 1]`; staying put is never looked up.
const MOVE_FROM_TO: [[(usize, i128); 3]; 3] = [
    [(DOWN, 0), (DOWN, -1), (SWING, 1)],
    [(DOWN, 1), (UP, 0), (UP, 1)],
    [(SWING, -1), (UP, -1), (UP, 0)],
];

/// What one step down and one step up of slider `s` add, other sliders
/// held: the importance each side gains or loses times the ratings; for
/// the ratings the slider gives, its step times the factor's importance;
/// and the importance it adds to factors that raters rate. Then the swing
/// from down to up: the one less the other.
fn moves(engine: &Engine, s: usize, at: Point, rated_by: &[Vec<(usize, usize)>]) -> [Move; 3] {
    let slider = &engine.sliders[s];
    let sides = Sides::new(engine, slider, at.values, at.importance);
    let current = at.values[s];
    let now = slider.steps(current);
    let [down, up] = [-1i128, 1].map(|d| {
        let Some(value) = current.checked_add_signed(d as i32) else {
            return Move::default();
        };
        let next = slider.steps(value);
        let (u, w) = (next.0 - now.0, next.1 - now.1);
        let linear = (0..engine.options)
            .map(|o| u * sides.up[o] + w * sides.down[o] + d * sides.rated[o])
            .collect();
        let mut cross: Vec<(usize, usize, i128)> = Vec::new();
        for &(factor, high, low) in &slider.raises {
            for &(option, rater) in &rated_by[factor] {
                cross.push((option, rater, u * high + w * low));
            }
        }
        merge(&mut cross);
        Move {
            linear,
            slope: u * sides.up_total + w * sides.down_total,
            cross,
        }
    });
    let swing = swing(&down, &up);
    [down, up, swing]
}

/// Cross terms added up per (option, rater), the zero ones dropped.
fn merge(cross: &mut Vec<(usize, usize, i128)>) {
    cross.sort_unstable_by_key(|&(option, rater, _)| (option, rater));
    cross.dedup_by(|later, kept| {
        let same = (later.0, later.1) == (kept.0, kept.1);
        if same {
            kept.2 += later.2;
        }
        same
    });
    cross.retain(|term| term.2 != 0);
}

/// `up` less `down`, in one move.
fn swing(down: &Move, up: &Move) -> Move {
    let linear = up
        .linear
        .iter()
        .zip(&down.linear)
        .map(|(u, d)| u - d)
        .collect();
    let mut cross: Vec<(usize, usize, i128)> = up
        .cross
        .iter()
        .copied()
        .chain(down.cross.iter().map(|&(o, r, a)| (o, r, -a)))
        .collect();
    merge(&mut cross);
    Move {
        linear,
        slope: up.slope - down.slope,
        cross,
    }
}

/// SplitMix64: small, fast and the same everywhere.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce5_e4b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
