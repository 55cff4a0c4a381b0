//! Property tests of the recommendation on generated packs: the fits are the
//! formula of the README's "Scoring" section, computed here independently
//! from the pack file; shares add up to the lead; tipping points are real and
//! the nearest; rules apply by their own conditions and match when their
//! option is the verdict; the close-call text is the first that holds;
//! swapping two options mirrors the verdict; the same input gives the same
//! output; the tipping points of ratings and base weights are those a scan of
//! every value finds. The number of cases comes from `PROPTEST_CASES`
//! (default 64).

#[path = "../common/mod.rs"]
mod common;
mod robustness;
mod scale;

use std::collections::BTreeMap;

use common::packs::{PackSpec, generated_file, values_within};
use proptest::prelude::{Strategy, any, prop, prop_assert, prop_assert_eq, prop_assume, proptest};
use stackcompare::content::{self, NOT_SAID_RATING, Pack, PackFile, RatingFile, Test, When};
use stackcompare::engine::{Engine, Overrides, Recommendation, Verdict, recommend};

fn spec() -> impl Strategy<Value = PackSpec> {
    PackSpec::up_to(30, 8, 12)
}

fn file_and_values() -> impl Strategy<Value = (PackFile, Vec<u32>)> {
    (spec(), prop::collection::vec(any::<u32>(), 8)).prop_map(|(spec, raw)| {
        let file = generated_file(spec);
        let values = file
            .sliders
            .iter()
            .enumerate()
            .map(|(t, tr)| raw.get(t).copied().unwrap_or(0) % (tr.max + 1))
            .collect();
        (file, values)
    })
}

fn pack_of(file: &PackFile) -> Pack {
    content::from_file(file.clone()).expect("generated packs are valid")
}

/// The documented formula, from the pack file alone: per factor the
/// importance, and per option Σ importance · rating as a fraction
/// `(numerator, denominator)` with the common denominator of the rating
/// sliders' maxima.
struct Expected {
    importance: Vec<i128>,
    /// fit(o) = 100 · sums[o] / total.
    sums: Vec<i128>,
    total: i128,
}

fn expected(file: &PackFile, values: &[u32]) -> Expected {
    let mut importance: Vec<i128> = file.factors.iter().map(|f| i128::from(f.weight)).collect();
    for (t, tr) in file.sliders.iter().enumerate() {
        let v = i128::from(values[t]);
        // Steps counted each way: from 0 and from max, or beyond the neutral range.
        let (up_steps, down_steps) = match tr.neutral {
            Some(n) => (
                (v - i128::from(n.to)).max(0),
                (i128::from(n.from) - v).max(0),
            ),
            None => (v, i128::from(tr.max) - v),
        };
        for (f, factor) in file.factors.iter().enumerate() {
            let up = tr.raises.get(&factor.id).copied().unwrap_or(0);
            let down = tr.raises_low.get(&factor.id).copied().unwrap_or(0);
            importance[f] += up_steps * i128::from(up) + down_steps * i128::from(down);
        }
    }
    let scale = rating_scale(file);
    let sums = (0..file.options.len())
        .map(|option| {
            (0..file.factors.len())
                .map(|f| importance[f] * expected_rating(file, values, f, option))
                .sum()
        })
        .collect();
    let total = 10 * scale * importance.iter().sum::<i128>();
    Expected {
        importance,
        sums,
        total,
    }
}

/// Ratings as fractions over the product of the rating sliders' maxima (not
/// their lcm, as the engine uses: an independent choice).
fn rating_scale(file: &PackFile) -> i128 {
    let raters: std::collections::BTreeSet<&str> = file
        .factors
        .iter()
        .flat_map(|f| f.rated_by.values().map(String::as_str))
        .collect();
    (file.sliders.iter())
        .filter(|t| raters.contains(t.id.as_str()))
        .map(|t| i128::from(t.max))
        .product()
}

/// Option `option`'s rating on factor `f`, times `rating_scale`, from the
/// pack file alone.
fn expected_rating(file: &PackFile, values: &[u32], f: usize, option: usize) -> i128 {
    let scale = rating_scale(file);
    let factor = &file.factors[f];
    let id = &file.options[option].id;
    match factor.rated_by.get(id) {
        Some(slider) => {
            let t = file.sliders.iter().position(|t| &t.id == slider).unwrap();
            10 * i128::from(values[t]) * scale / i128::from(file.sliders[t].max)
        }
        None => {
            let rating = &factor.ratings[id];
            let value = if rating.not_said {
                NOT_SAID_RATING
            } else {
                rating.rating.unwrap()
            };
            i128::from(value) * scale
        }
    }
}

fn round_half_up(numerator: i128, denominator: i128) -> i128 {
    if denominator == 0 {
        0
    } else {
        (2 * numerator + denominator).div_euclid(2 * denominator)
    }
}

fn with_value(values: &[u32], t: usize, value: u32) -> Vec<u32> {
    let mut values = values.to_vec();
    values[t] = value;
    values
}

proptest! {
    #![proptest_config(common::proptest_config(64))]

    /// Same pack and values, same recommendation; a second engine agrees.
    #[test]
    fn deterministic((file, values) in file_and_values()) {
        let pack = pack_of(&file);
        let engine = Engine::new(&pack);
        let first = engine.recommend(&values);
        prop_assert_eq!(&first, &engine.recommend(&values));
        prop_assert_eq!(&first, &Engine::new(&pack_of(&file)).recommend(&values));
        prop_assert_eq!(&first, &recommend(&pack, &values));
    }

    /// Importance, fits and verdict are the documented formula.
    #[test]
    fn fits_follow_the_formula((file, values) in file_and_values()) {
        let pack = pack_of(&file);
        let r = recommend(&pack, &values);
        let want = expected(&file, &values);
        let importance: Vec<i128> = r.importance.iter().map(|&i| i128::from(i)).collect();
        prop_assert_eq!(&importance, &want.importance);
        for o in 0..pack.options.len() {
            let fit = round_half_up(100 * want.sums[o], want.total);
            prop_assert_eq!(i128::from(r.fit_rounded(o)), fit);
            prop_assert!(r.fit_rounded(o) <= 100);
            // The exact fit is the same fraction.
            prop_assert_eq!(r.sums[o] * want.total, want.sums[o] * r.total);
        }
        // The verdict: the best fit, unless every option within the margin
        // of it makes a close call.
        let best = (0..want.sums.len()).max_by_key(|&o| (want.sums[o], std::cmp::Reverse(o))).unwrap();
        let margin = i128::from(file.close_call.margin);
        let within: Vec<usize> = (0..want.sums.len())
            .filter(|&o| 100 * (want.sums[best] - want.sums[o]) <= margin * want.total)
            .collect();
        match r.verdict {
            Verdict::Winner(w) => {
                prop_assert_eq!(w, best);
                prop_assert_eq!(within, vec![best]);
            }
            Verdict::CloseCall(options) => {
                prop_assert_eq!(options.iter().collect::<Vec<_>>(), within);
            }
        }
        let mut sorted = r.ranking.clone();
        sorted.sort_unstable();
        prop_assert_eq!(sorted, (0..pack.options.len()).collect::<Vec<_>>());
    }

    /// What the engine explains of each factor is what it counts: the
    /// importance of the formula, made of the weight and what each raising
    /// slider adds, and each option's rating of the formula.
    #[test]
    fn explanations_are_the_numbers_counted((file, values) in file_and_values()) {
        let pack = pack_of(&file);
        let engine = Engine::new(&pack);
        let want = expected(&file, &values);
        let scale = rating_scale(&file) as f64;
        for f in 0..pack.factors.len() {
            let explanation = engine.explain(&values, f);
            prop_assert_eq!(explanation.factor, f);
            prop_assert_eq!(i128::from(explanation.importance), want.importance[f]);
            prop_assert_eq!(explanation.weight, u64::from(file.factors[f].weight));
            let added: u64 = explanation.raised_by.iter().map(|a| a.amount).sum();
            prop_assert_eq!(explanation.weight + added, explanation.importance);
            for added in &explanation.raised_by {
                prop_assert!(added.amount > 0);
                prop_assert!(pack.factors[f].raised_by.contains(&added.slider));
            }
            for (o, rated) in explanation.ratings.iter().enumerate() {
                let exact = expected_rating(&file, &values, f, o) as f64 / scale;
                prop_assert!((rated.value - exact).abs() < 1e-9, "{} vs {}", rated.value, exact);
                let by_slider = file.factors[f].rated_by.contains_key(&file.options[o].id);
                prop_assert_eq!(rated.given_by.is_some(), by_slider);
            }
        }
    }

    /// The shares of the reasons, signed by the side they favour, add up to
    /// the lead of the leader over the runner-up.
    #[test]
    fn shares_add_up_to_the_lead((file, values) in file_and_values()) {
        let pack = pack_of(&file);
        let r = recommend(&pack, &values);
        let (leader, runner_up) = (r.leader(), r.runner_up());
        let signed: i128 = r
            .reasons
            .iter()
            .map(|reason| if reason.favours == leader { reason.share } else { -reason.share })
            .sum();
        prop_assert_eq!(signed, 100 * (r.sums[leader] - r.sums[runner_up]));
        for reason in &r.reasons {
            prop_assert!(reason.share > 0);
            prop_assert!(r.importance[reason.factor] > 0);
            prop_assert!([leader, runner_up].contains(&reason.favours));
        }
    }

    /// Every tipping point is real and the nearest; a missing one means no
    /// value on that side changes the verdict. The per-value verdicts of a
    /// slider's track agree with whole recommendations.
    #[test]
    fn tipping_points_are_real_and_nearest((file, values) in file_and_values()) {
        let pack = pack_of(&file);
        let engine = Engine::new(&pack);
        let r = engine.recommend(&values);
        for (t, tips) in r.tipping_points.iter().enumerate() {
            prop_assert_eq!(tips.slider_index, t);
            let along: Vec<Verdict> = (0..=pack.sliders[t].max)
                .map(|v| engine.recommend(&with_value(&values, t, v)).verdict)
                .collect();
            prop_assert_eq!(&engine.verdicts_along(t, &values), &along);
            let current = values[t] as usize;
            let above = (current + 1..along.len()).find(|&v| along[v] != r.verdict);
            let below = (0..current).rev().find(|&v| along[v] != r.verdict);
            prop_assert_eq!(tips.above.map(|tip| (tip.value as usize, tip.verdict)), above.map(|v| (v, along[v])));
            prop_assert_eq!(tips.below.map(|tip| (tip.value as usize, tip.verdict)), below.map(|v| (v, along[v])));
        }
    }

    /// A rule applies exactly when one of its `when` entries holds, computed
    /// here from the pack file: tests of values, groups, and bare sliders
    /// that push (moving the slider back to its default, recomputed whole,
    /// would shrink the rule option's lead). It matches when it applies and
    /// its option is the verdict. On a close call the text shown is the
    /// first whose conditions hold.
    #[test]
    fn rules_apply_by_their_own_conditions((file, values) in file_and_values()) {
        let pack = pack_of(&file);
        let r = recommend(&pack, &values);
        let holds = |when: &When, option: Option<usize>| holds(&pack, &values, &r, when, option);
        let applying: Vec<usize> = file
            .rules
            .iter()
            .enumerate()
            .filter(|(_, rule)| {
                let option = pack.option_index(&rule.option);
                rule.when.iter().any(|when| holds(when, option))
            })
            .map(|(i, _)| i)
            .collect();
        prop_assert_eq!(&r.applying_rules, &applying);
        let matching: Vec<usize> = applying
            .iter()
            .copied()
            .filter(|&i| r.verdict == Verdict::Winner(pack.rules[i].option))
            .collect();
        prop_assert_eq!(&r.matching_rules, &matching);
        for outweighed in &r.outweighed {
            prop_assert!(applying.contains(&outweighed.rule));
            prop_assert!(!matching.contains(&outweighed.rule));
        }
        prop_assert_eq!(r.outweighed.len(), applying.len() - matching.len());
        let texts = &file.close_call.texts;
        let shown = match r.verdict {
            Verdict::Winner(_) => None,
            Verdict::CloseCall(_) if texts.is_empty() => Some(0),
            Verdict::CloseCall(_) => texts
                .iter()
                .position(|text| text.when.is_empty() || text.when.iter().any(|when| holds(when, None)))
                .or(file.close_call.text.as_ref().map(|_| texts.len())),
        };
        prop_assert_eq!(r.close_text, shown);
    }

    /// With three or more options, each option behind the runner-up comes
    /// with the factors that favour the leader over it most: the largest
    /// shares, computed here from the fits' terms, ties to the earlier
    /// factor. The shown shares of the reasons add up to the lead as shown.
    #[test]
    fn why_each_other_option_lost((file, values) in file_and_values()) {
        let pack = pack_of(&file);
        let r = recommend(&pack, &values);
        prop_assert_eq!(r.behind.len(), pack.options.len().saturating_sub(2));
        let leader = r.leader();
        for (behind, &option) in r.behind.iter().zip(r.ranking.iter().skip(2)) {
            prop_assert_eq!(behind.option, option);
            let mut all: Vec<(i128, usize)> = r
                .importance
                .iter()
                .enumerate()
                .filter(|&(_, &weight)| weight > 0)
                .filter_map(|(f, &weight)| {
                    let rating = |o: usize| expected_rating(&file, &values, f, o);
                    let gap = rating(leader) - rating(option);
                    (gap > 0).then(|| (gap * i128::from(weight), f))
                })
                .collect();
            all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let want: Vec<usize> = all.iter().take(3).map(|&(_, f)| f).collect();
            let got: Vec<usize> = behind.reasons.iter().map(|reason| reason.factor).collect();
            prop_assert_eq!(got, want);
        }
        let signed: i128 = r
            .reasons
            .iter()
            .zip(&r.shown_shares)
            .map(|(reason, &shown)| {
                let shown = i128::from(shown);
                if reason.favours == leader { shown } else { -shown }
            })
            .sum();
        prop_assert_eq!(signed, i128::from(r.lead_tenths()));
        // What a list cut after `k` reasons leaves out, added up.
        for k in 0..=r.reasons.len() {
            let rest: i128 = r.reasons[k..]
                .iter()
                .zip(&r.shown_shares[k..])
                .map(|(reason, &shown)| if reason.favours == leader { i128::from(shown) } else { -i128::from(shown) })
                .sum();
            prop_assert_eq!(r.shown_shares_from(k), rest);
        }
        prop_assert_eq!(r.shown_shares_from(0), signed);
        for (reason, &shown) in r.reasons.iter().zip(&r.shown_shares) {
            // Within a tenth of the exact share.
            let exact = 10.0 * reason.share as f64 / r.total as f64;
            prop_assert!((shown as f64 - exact).abs() < 1.0 + 1e-9, "{} vs {}", shown, exact);
        }
    }

    /// The fits shown to a tenth: the leader's and the runner-up's differ by
    /// exactly the lead shown, none is above the one ranked before it, and
    /// each is within a tenth of the exact fit.
    #[test]
    fn fits_to_a_tenth_differ_by_the_lead_shown((file, values) in file_and_values()) {
        let pack = pack_of(&file);
        let r = recommend(&pack, &values);
        let (leader, runner_up) = (r.leader(), r.runner_up());
        prop_assert_eq!(r.fit_tenths(leader) - r.fit_tenths(runner_up), r.lead_tenths());
        prop_assert_eq!(i128::from(r.fit_tenths(leader)), round_half_up(1000 * r.sums[leader], r.total));
        for pair in r.ranking.windows(2) {
            prop_assert!(r.fit_tenths(pair[0]) >= r.fit_tenths(pair[1]));
        }
        for o in 0..pack.options.len() {
            let exact = 10.0 * r.fit(o);
            let shown = r.fit_tenths(o) as f64;
            prop_assert!((shown - exact).abs() < 1.0 + 1e-9, "{} vs {}", shown, exact);
            prop_assert!(r.fit_tenths(o) <= 1000);
        }
    }

    /// Two options' ratings swapped on every factor (the sliders that rate
    /// them included) and their rules swapped: the fits swap, and so does
    /// the verdict.
    #[test]
    fn swapping_two_options_mirrors_the_verdict(
        (file, values) in file_and_values(),
        picks in (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
    ) {
        let n = file.options.len();
        let (a, b) = (picks.0.index(n), picks.1.index(n));
        prop_assume!(a != b);
        let (id_a, id_b) = (file.options[a].id.clone(), file.options[b].id.clone());
        let swap_id = |id: &String| {
            if *id == id_a { id_b.clone() } else if *id == id_b { id_a.clone() } else { id.clone() }
        };
        let mut mirrored = file.clone();
        for factor in &mut mirrored.factors {
            factor.ratings = factor.ratings.iter().map(|(k, v)| (swap_id(k), v.clone())).collect();
            factor.rated_by = factor.rated_by.iter().map(|(k, v)| (swap_id(k), v.clone())).collect();
        }
        for rule in &mut mirrored.rules {
            rule.option = swap_id(&rule.option);
        }
        let swap = |o: usize| if o == a { b } else if o == b { a } else { o };
        let r = recommend(&pack_of(&file), &values);
        let m = recommend(&pack_of(&mirrored), &values);
        for o in 0..n {
            prop_assert_eq!(r.sums[o], m.sums[swap(o)]);
        }
        let expected = match r.verdict {
            Verdict::Winner(w) => Verdict::Winner(swap(w)),
            Verdict::CloseCall(options) => {
                let mut swapped = stackcompare::engine::Options::default();
                for o in options.iter() {
                    swapped.insert(swap(o));
                }
                Verdict::CloseCall(swapped)
            }
        };
        prop_assert_eq!(m.verdict, expected);
    }

    /// A slider that raises only a factor every option rates the same can
    /// dilute or sharpen the lead, but never changes which option leads or
    /// which option wins: at any of its values the ranking is the same, and
    /// a winner is always that leader.
    #[test]
    fn a_slider_raising_an_equally_rated_factor_never_decides(
        (mut file, values) in file_and_values(),
        pick in any::<prop::sample::Index>(),
        rating in 0u32..=10,
        per_step in 1u32..=20,
    ) {
        let rating_sliders: Vec<&String> = file.factors.iter().flat_map(|f| f.rated_by.values()).collect();
        let free: Vec<usize> = (0..file.sliders.len())
            .filter(|&t| !rating_sliders.contains(&&file.sliders[t].id))
            .collect();
        prop_assume!(!free.is_empty());
        let t = free[pick.index(free.len())];
        let mut neutral = file.factors[0].clone();
        neutral.id = "neutral".into();
        neutral.rated_by.clear();
        neutral.weight = 0;
        // Any basis of the pack speaks of every option (the generator's do).
        let basis = file
            .factors
            .iter()
            .flat_map(|f| f.ratings.values())
            .find_map(|r| r.basis.clone());
        neutral.ratings = file
            .options
            .iter()
            .map(|o| {
                let rating = match &basis {
                    Some(basis) => RatingFile::quoted(rating, basis.clone()),
                    None => RatingFile::not_said(),
                };
                (o.id.clone(), rating)
            })
            .collect::<BTreeMap<_, _>>();
        file.factors.push(neutral);
        file.sliders[t].raises = BTreeMap::from([("neutral".to_owned(), per_step)]);
        file.sliders[t].raises_low.clear();
        let pack = pack_of(&file);
        let values = values_within(&pack, &values);
        let engine = Engine::new(&pack);
        let ranking = engine.recommend(&values).ranking;
        for v in 0..=pack.sliders[t].max {
            let r = engine.recommend(&with_value(&values, t, v));
            prop_assert_eq!(&r.ranking, &ranking);
            if let Verdict::Winner(w) = r.verdict {
                prop_assert_eq!(w, ranking[0]);
            }
        }
    }
}

/// Whether `when` holds at `values`, from the pack alone: a bare slider
/// pushes towards `option` when moving it back to its default shrinks that
/// option's lead over the best other.
fn holds(
    pack: &Pack,
    values: &[u32],
    r: &Recommendation,
    when: &When,
    option: Option<usize>,
) -> bool {
    let value = |id: &str| values[pack.slider_index(id).unwrap()];
    match when {
        When::Pushes(id) => option.is_some_and(|option| {
            let t = pack.slider_index(id).unwrap();
            let default = pack.sliders[t].default;
            let lead = |rec: &Recommendation| -> (i128, i128) {
                let other = (0..rec.sums.len())
                    .filter(|&o| o != option)
                    .map(|o| rec.sums[o])
                    .max()
                    .unwrap();
                (rec.sums[option] - other, rec.total)
            };
            // a/ta < b/tb, with x/0 read as 0.
            let smaller = |(a, ta): (i128, i128), (b, tb): (i128, i128)| -> bool {
                let a = if ta == 0 { (0, 1) } else { (a, ta) };
                let b = if tb == 0 { (0, 1) } else { (b, tb) };
                a.0 * b.1 < b.0 * a.1
            };
            values[t] != default
                && smaller(
                    lead(&recommend(pack, &with_value(values, t, default))),
                    lead(r),
                )
        }),
        When::Test(id, Test::On(on)) => (value(id) >= 1) == *on,
        When::Test(id, Test::Range(range)) => {
            let v = value(id);
            range.at_least.is_none_or(|low| v >= low)
                && range.at_most.is_none_or(|high| v <= high)
                && range
                    .above
                    .as_ref()
                    .is_none_or(|other| v >= value(other) + range.by.unwrap_or(1))
        }
        When::All(parts) => parts
            .iter()
            .all(|part| holds(pack, values, r, part, option)),
        When::Any(parts) => parts
            .iter()
            .any(|part| holds(pack, values, r, part, option)),
    }
}

/// The generator's packs pass validation (a broken generator would make
/// every property above vacuous).
#[test]
fn generated_packs_are_valid_and_varied() {
    let (mut rated, mut two_sided, mut neutral, mut not_said, mut tests) = (0, 0, 0, 0, 0);
    // Rating sliders whose maxima do not divide 10: where a wrong scale shows.
    let mut thirds_or_quarters = 0;
    for seed in 0..50 {
        let file = generated_file(PackSpec {
            options: 2 + (seed as usize % 7),
            factors: 1 + (seed as usize % 20),
            sliders: 1 + (seed as usize % 6),
            max_slider: 10,
            seed,
        });
        let pack = pack_of(&file);
        rated += pack.sliders.iter().filter(|t| !t.rates.is_empty()).count();
        thirds_or_quarters += (pack.sliders.iter())
            .filter(|t| !t.rates.is_empty() && 10 % t.max != 0)
            .count();
        two_sided += pack
            .sliders
            .iter()
            .filter(|t| !t.raises_low.is_empty())
            .count();
        neutral += pack.sliders.iter().filter(|t| t.neutral.is_some()).count();
        not_said += pack
            .factors
            .iter()
            .flat_map(|f| &f.ratings)
            .filter(|r| **r == content::Rating::NotSaid)
            .count();
        tests += file
            .rules
            .iter()
            .flat_map(|r| &r.when)
            .filter(|w| matches!(w, When::Test(..)))
            .count();
    }
    assert!(
        rated > 0
            && thirds_or_quarters > 0
            && two_sided > 0
            && neutral > 0
            && not_said > 0
            && tests > 0,
        "rated {rated} ({thirds_or_quarters} not dividing 10), two-sided {two_sided}, neutral {neutral}, not said {not_said}, tests {tests}"
    );
}

/// The article pack's team sliders are mirrors: with everything else at the
/// defaults, swapping how well the team knows each language swaps the
/// verdict, at every pair of levels.
#[test]
fn the_article_packs_team_sliders_mirror_each_other() {
    let pack = content::embedded();
    let engine = Engine::new(&pack);
    let (js, python) = (
        pack.slider_index("team_js").unwrap(),
        pack.slider_index("team_python").unwrap(),
    );
    let swap = |verdict: Verdict| match verdict {
        Verdict::Winner(o) => Verdict::Winner(1 - o),
        close => close,
    };
    for a in 0..=10 {
        for b in 0..=10 {
            let mut values = pack.default_values();
            (values[js], values[python]) = (a, b);
            let one = engine.recommend(&values).verdict;
            (values[js], values[python]) = (b, a);
            let other = engine.recommend(&values).verdict;
            assert_eq!(swap(one), other, "team_js {a}, team_python {b}");
        }
    }
}

/// The verdict with one of the pack's ratings or weights replaced, counted
/// whole by a fresh engine: the brute force the tipping points of ratings
/// and weights are checked against.
fn verdict_with(pack: &Pack, values: &[u32], overrides: &Overrides) -> Verdict {
    Engine::with_overrides(pack, overrides)
        .recommend(values)
        .verdict
}

proptest! {
    #![proptest_config(common::proptest_config(24))]

    /// For fixed ratings and base weights, each tipping point is real (the
    /// verdict there is the one it says) and the nearest (every value
    /// between leaves the verdict as it is), as a scan of every value with
    /// the number replaced finds; a missing one means no value on that side
    /// changes it. A slice of factors gives what the whole gives, and the
    /// ratings one step off are those a step from their tipping point.
    #[test]
    fn tipping_points_of_ratings_and_weights_are_real_and_nearest(
        (file, values) in file_and_values(),
        pick in any::<u64>(),
    ) {
        let pack = pack_of(&file);
        let engine = Engine::new(&pack);
        let r = engine.recommend(&values);
        let factors = engine.factor_count();
        let ratings = engine.rating_tipping_points(&r, 0..factors);
        let fixed = pack.factors.iter().flat_map(|f| &f.ratings).filter(|r| r.fixed().is_some()).count();
        prop_assert_eq!(ratings.len(), fixed);
        let middle = factors / 2;
        let mut sliced = engine.rating_tipping_points(&r, 0..middle);
        sliced.extend(engine.rating_tipping_points(&r, middle..factors));
        prop_assert_eq!(&sliced, &ratings);
        // The fragile note's ratings: exactly those a step from their tipping point.
        let one_step: Vec<(usize, usize)> = engine
            .ratings_one_step_off(&r, 0..factors)
            .iter()
            .map(|t| (t.factor, t.option))
            .collect();
        let step_away: Vec<(usize, usize)> = ratings
            .iter()
            .filter(|t| t.steps() == Some(1))
            .map(|t| (t.factor, t.option))
            .collect();
        prop_assert_eq!(one_step, step_away);
        // A handful of ratings and weights each case, scanned whole.
        let n = ratings.len().max(1) as u64;
        for k in 0..6u64 {
            let Some(tip) = ratings.get(((pick.rotate_left(8 * k as u32)) % n) as usize) else { break };
            prop_assert_eq!(Some(tip.rating), pack.factors[tip.factor].ratings[tip.option].fixed());
            let at = |value: u32| {
                let mut overrides = Overrides::default();
                overrides.ratings.insert((tip.factor, tip.option), value);
                verdict_with(&pack, &values, &overrides)
            };
            let above = (tip.rating + 1..=10).find(|&v| at(v) != r.verdict);
            let below = (0..tip.rating).rev().find(|&v| at(v) != r.verdict);
            prop_assert_eq!(tip.above.map(|t| (t.value, t.verdict)), above.map(|v| (v, at(v))));
            prop_assert_eq!(tip.below.map(|t| (t.value, t.verdict)), below.map(|v| (v, at(v))));
        }
        let weights = engine.weight_tipping_points(&r, 0..factors);
        prop_assert_eq!(weights.len(), factors);
        for k in 0..2u64 {
            let tip = weights[((pick.rotate_right(16 * k as u32 + 3)) % factors as u64) as usize];
            prop_assert_eq!(tip.weight, pack.factors[tip.factor].weight);
            let at = |weight: u32| {
                let mut overrides = Overrides::default();
                overrides.weights.insert(tip.factor, weight);
                verdict_with(&pack, &values, &overrides)
            };
            let above = (tip.weight + 1..=content::MAX_WEIGHT).find(|&w| at(w) != r.verdict);
            let below = (0..tip.weight).rev().find(|&w| at(w) != r.verdict);
            prop_assert_eq!(tip.above.map(|t| (t.value, t.verdict)), above.map(|w| (w, at(w))));
            prop_assert_eq!(tip.below.map(|t| (t.value, t.verdict)), below.map(|w| (w, at(w))));
        }
    }
}
