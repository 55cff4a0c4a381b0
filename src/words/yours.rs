//! The reader's own numbers, said beside the pack's: a rating or a base
//! weight the reader changed is theirs, never the article's; and the
//! numbers that decide: how far one rating or weight is from changing the
//! verdict.

use super::{RatingSource, rating_source, verdict_label};
use crate::content::Pack;
use crate::engine::{Overrides, Rated, RatingTip, Tip, WeightTip};
use crate::textkit::thousands;

/// The reader's number beside the pack's: "yours: 7 · the pack's: 3".
fn beside_the_packs(yours: u32, packs: u32) -> String {
    format!("yours: {yours} · the pack's: {packs}")
}

/// The pack's own rating of `option` on `factor` (a slider's gives none).
fn packs_rating(pack: &Pack, factor: usize, option: usize) -> Option<u32> {
    pack.factors.get(factor)?.ratings.get(option)?.fixed()
}

/// Whose a rating is, when it is the reader's: "yours: 7 · the pack's: 3";
/// `None` for the pack's own (or a slider's). The factor detail and every
/// export say it before the pack's basis.
pub fn rating_owner_phrase(
    pack: &Pack,
    factor: usize,
    option: usize,
    rated: &Rated,
) -> Option<String> {
    if !rated.yours {
        return None;
    }
    let packs = packs_rating(pack, factor, option)?;
    Some(beside_the_packs(rated.value.round() as u32, packs))
}

/// Where a rating comes from, as `RatingSource::shown` says it, with whose
/// it is first when it is the reader's: "yours: 7 · the pack's: 3 ·
/// “…Node.js is secondary on that ground”"; and the whole sentence when the
/// basis is cut from one.
pub fn rating_basis<'a>(
    pack: &'a Pack,
    factor: usize,
    option: usize,
    rated: &Rated,
) -> (String, Option<&'a str>) {
    let (phrase, whole) = rating_source(pack, factor, option).shown();
    match rating_owner_phrase(pack, factor, option, rated) {
        Some(owner) => (format!("{owner} · {phrase}"), whole),
        None => (phrase, whole),
    }
}

/// A factor's base weight when it is the reader's: "yours: 40 · the
/// pack's: 92"; `None` for the pack's.
pub fn weight_owner_phrase(pack: &Pack, factor: usize, overrides: &Overrides) -> Option<String> {
    let yours = overrides.weight(factor)?;
    Some(beside_the_packs(yours, pack.factors.get(factor)?.weight))
}

/// What the top of an export says when the reader changed numbers: "2
/// ratings and 1 weight are this reader's, not the pack's"; `None` when
/// every number is the pack's.
pub fn overrides_headline(overrides: &Overrides) -> Option<String> {
    let count = |n: usize, one: &str, many: &str| {
        (n > 0).then(|| {
            format!(
                "{} {}",
                thousands(n as u64),
                if n == 1 { one } else { many }
            )
        })
    };
    let parts: Vec<String> = [
        count(overrides.ratings.len(), "rating", "ratings"),
        count(overrides.weights.len(), "weight", "weights"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        return None;
    }
    let verb = if overrides.ratings.len() + overrides.weights.len() == 1 {
        "is"
    } else {
        "are"
    };
    Some(format!(
        "{} {verb} this reader's, not the pack's",
        parts.join(" and ")
    ))
}

/// Each of the reader's numbers on a line: "Node.js on Data and AI: yours:
/// 7 · the pack's: 3 · “…Node.js is secondary on that ground”",
/// "Ecosystem's base weight: yours: 40 · the pack's: 92".
pub fn override_lines(pack: &Pack, overrides: &Overrides) -> Vec<String> {
    let ratings = overrides
        .ratings
        .iter()
        .filter_map(|(&(factor, option), &value)| {
            let packs = packs_rating(pack, factor, option)?;
            let source = match rating_source(pack, factor, option) {
                source @ (RatingSource::Basis { .. } | RatingSource::NotSaid) => source.phrase(),
                RatingSource::Slider(_) => return None,
            };
            Some(format!(
                "{} on {}: {} · {source}",
                pack.options[option].name,
                pack.factors[factor].name,
                beside_the_packs(value, packs)
            ))
        });
    let weights = overrides.weights.keys().filter_map(|&factor| {
        Some(format!(
            "{}'s base weight: {}",
            pack.factors.get(factor)?.name,
            weight_owner_phrase(pack, factor, overrides)?
        ))
    });
    ratings.chain(weights).collect()
}

/// A rating by its option and factor: "Node.js's 3 on Data and AI", and
/// "Node.js's 7 (yours) on Data and AI" when it is the reader's.
pub fn rating_named(pack: &Pack, overrides: &Overrides, tip: &RatingTip) -> String {
    let yours = if overrides.rating(tip.factor, tip.option).is_some() {
        " (yours)"
    } else {
        ""
    };
    format!(
        "{}'s {}{yours} on {}",
        pack.options[tip.option].name, tip.rating, pack.factors[tip.factor].name
    )
}

/// "≥ 7 (→ Python)", "≤ 1 (→ too close to call)", or both joined by "or".
fn bounds(pack: &Pack, above: Option<Tip>, below: Option<Tip>) -> String {
    let side = |sign: char, tip: Tip| {
        format!(
            "{sign} {} (→ {})",
            tip.value,
            verdict_label(pack, tip.verdict)
        )
    };
    let mut said: Vec<String> = Vec::new();
    if let Some(tip) = above {
        said.push(side('≥', tip));
    }
    if let Some(tip) = below {
        said.push(side('≤', tip));
    }
    said.join(" or ")
}

/// How far a rating is from deciding: "Node.js's 3 on Data and AI would
/// have to be ≥ 7 (→ too close to call) to change the verdict".
pub fn rating_tip_phrase(pack: &Pack, overrides: &Overrides, tip: &RatingTip) -> String {
    format!(
        "{} would have to be {} to change the verdict",
        rating_named(pack, overrides, tip),
        bounds(pack, tip.above, tip.below)
    )
}

/// How far a base weight is from deciding: "Ecosystem's base weight of 92
/// would have to be ≤ 40 (→ Python) to change the verdict".
pub fn weight_tip_phrase(pack: &Pack, overrides: &Overrides, tip: &WeightTip) -> String {
    let yours = if overrides.weight(tip.factor).is_some() {
        " (yours)"
    } else {
        ""
    };
    format!(
        "{}'s base weight of {}{yours} would have to be {} to change the verdict",
        pack.factors[tip.factor].name,
        tip.weight,
        bounds(pack, tip.above, tip.below)
    )
}

/// How many of the ratings and of the weights nearest to changing the
/// verdict the exports name.
pub const NEAREST_SHOWN: usize = 3;

/// Before the ratings nearest to changing the verdict, in the reasons.
pub const RATINGS_DECIDING: &str =
    "The ratings nearest to changing the verdict, each alone, the others held:";

/// Where a pack too large for the screen to list them every key lists
/// the ratings that decide.
pub const DECIDING_ELSEWHERE: &str = "The ratings nearest to changing the verdict: `stackcompare recommend` lists them for a pack this large.";

/// When no rating alone changes the verdict.
pub const NO_RATING_DECIDES: &str = "No single rating changes the verdict from here.";

/// The heading over the base weights nearest to changing the verdict.
pub const WEIGHTS_DECIDING: &str = "Base weights (each alone, the others held)";

/// When no base weight alone changes the verdict.
pub const NO_WEIGHT_DECIDES: &str = "No single base weight changes the verdict from here.";

/// A verdict that one rating one step off would change: "fragile: it rests
/// on one rating: Node.js's 4 on Data and AI"; several: "fragile: one step
/// of any of these ratings changes it: …"; `None` when none would.
pub fn fragile_phrase(
    pack: &Pack,
    overrides: &Overrides,
    one_step: &[RatingTip],
) -> Option<String> {
    const NAMED: usize = 3;
    let named: Vec<String> = one_step
        .iter()
        .take(NAMED)
        .map(|tip| rating_named(pack, overrides, tip))
        .collect();
    match one_step.len() {
        0 => None,
        1 => Some(format!("fragile: it rests on one rating: {}", named[0])),
        n => {
            let more = n.saturating_sub(NAMED);
            let tail = if more > 0 {
                format!(" and {} more", thousands(more as u64))
            } else {
                String::new()
            };
            Some(format!(
                "fragile: one step of any of {} ratings changes it: {}{tail}",
                thousands(n as u64),
                named.join(", ")
            ))
        }
    }
}

/// A factor's base weight, said with whose it is: "base weight 92, the
/// pack's", "base weight 40, yours (the pack's: 92)".
pub fn base_weight_phrase(weight: u32, packs: u32, yours: bool) -> String {
    if yours {
        format!("base weight {weight}, yours (the pack's: {packs})")
    } else {
        format!("base weight {weight}, the pack's")
    }
}

/// The title bar's mark of how many numbers are the reader's: "1 number
/// yours", "3 numbers yours"; empty for none.
pub fn yours_mark(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => "1 number yours".to_owned(),
        n => format!("{n} numbers yours"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;
    use crate::engine::{Engine, Verdict};

    #[test]
    fn the_readers_numbers_are_said_beside_the_packs() {
        let pack = embedded();
        let data_ai = pack.factor_index("data-ai").unwrap();
        let ecosystem = pack.factor_index("ecosystem").unwrap();
        let node = pack.option_index("node").unwrap();
        let mut overrides = Overrides::default();
        overrides.ratings.insert((data_ai, node), 7);
        overrides.weights.insert(ecosystem, 40);
        assert_eq!(
            overrides_headline(&overrides).as_deref(),
            Some("1 rating and 1 weight are this reader's, not the pack's")
        );
        overrides.ratings.insert((data_ai, 0), 9);
        assert_eq!(
            overrides_headline(&overrides).as_deref(),
            Some("2 ratings and 1 weight are this reader's, not the pack's")
        );
        assert_eq!(overrides_headline(&Overrides::default()), None);
        let lines = override_lines(&pack, &overrides);
        assert_eq!(
            lines,
            [
                "Python on Data and AI: yours: 9 · the pack's: 10 · “…it is the dominant language in machine learning, data analysis, and automation, with no rival on that ground”",
                "Node.js on Data and AI: yours: 7 · the pack's: 3 · “…Node.js is secondary on that ground”",
                "Ecosystem's base weight: yours: 40 · the pack's: 92",
            ]
        );
        let engine = Engine::with_overrides(&pack, &overrides);
        let explained = engine.explain(&pack.default_values(), data_ai);
        assert_eq!(
            rating_basis(&pack, data_ai, node, &explained.ratings[node]).0,
            "yours: 7 · the pack's: 3 · “…Node.js is secondary on that ground”"
        );
        let plain = Engine::new(&pack).explain(&pack.default_values(), data_ai);
        assert_eq!(
            rating_owner_phrase(&pack, data_ai, node, &plain.ratings[node]),
            None
        );
    }

    #[test]
    fn a_tipping_rating_says_how_far_and_whose_it_is() {
        let pack = embedded();
        let tip = RatingTip {
            factor: 0,
            option: 1,
            rating: 3,
            above: Some(Tip {
                value: 7,
                verdict: Verdict::Winner(1),
            }),
            below: None,
        };
        let none = Overrides::default();
        assert_eq!(
            rating_tip_phrase(&pack, &none, &tip),
            "Node.js's 3 on Data and AI would have to be ≥ 7 (→ Node.js) to change the verdict"
        );
        assert_eq!(
            fragile_phrase(&pack, &none, &[tip]).as_deref(),
            Some("fragile: it rests on one rating: Node.js's 3 on Data and AI")
        );
        let mut yours = Overrides::default();
        yours.ratings.insert((0, 1), 3);
        assert_eq!(
            fragile_phrase(&pack, &yours, &[tip, tip]).as_deref(),
            Some(
                "fragile: one step of any of 2 ratings changes it: Node.js's 3 (yours) on Data and AI, Node.js's 3 (yours) on Data and AI"
            )
        );
        assert_eq!(fragile_phrase(&pack, &none, &[]), None);
        // Three are named; past them, how many more.
        let three = fragile_phrase(&pack, &none, &[tip; 3]).unwrap();
        assert!(three.ends_with("Node.js's 3 on Data and AI"), "{three}");
        assert_eq!(
            fragile_phrase(&pack, &none, &[tip; 4]).as_deref(),
            Some(
                "fragile: one step of any of 4 ratings changes it: Node.js's 3 on Data and AI, Node.js's 3 on Data and AI, Node.js's 3 on Data and AI and 1 more"
            )
        );
    }

    #[test]
    fn the_weight_and_the_title_say_whose() {
        assert_eq!(
            base_weight_phrase(92, 92, false),
            "base weight 92, the pack's"
        );
        assert_eq!(
            base_weight_phrase(40, 92, true),
            "base weight 40, yours (the pack's: 92)"
        );
        assert_eq!(yours_mark(0), "");
        assert_eq!(yours_mark(1), "1 number yours");
        assert_eq!(yours_mark(2), "2 numbers yours");
    }
}
