//! What a change of the sliders moved, in a status line: "Team knows
//! JavaScript 10 → 8", or "3 sliders: Team knows JavaScript 10 → 8 and 2 more".

use crate::content::{Pack, Slider};
use crate::engine::{Overrides, Recommendation};

use super::{fit_number, value_word};

/// The sliders that differ between `before` and `after`, said shortly.
pub fn change_phrase(pack: &Pack, before: &[u32], after: &[u32]) -> String {
    let moved: Vec<String> = (pack.sliders.iter().zip(before.iter().zip(after)))
        .filter(|(_, (was, now))| was != now)
        .map(|(t, (was, now))| slider_move(t, *was, *now))
        .collect();
    match moved.as_slice() {
        [] => "nothing moved".to_owned(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{} sliders: {first} and {} more", moved.len(), rest.len()),
    }
}

/// The reader's numbers that differ between `before` and `after`, said
/// shortly: "your rating of Node.js on Data and AI 4 → 7", "your weight of
/// Ecosystem 92 → 40", each number the pack's where it is not the reader's.
pub fn numbers_change_phrase(pack: &Pack, before: &Overrides, after: &Overrides) -> String {
    let rating = |overrides: &Overrides, f: usize, o: usize| {
        (overrides.rating(f, o))
            .or_else(|| pack.factors.get(f)?.ratings.get(o)?.fixed())
            .unwrap_or(0)
    };
    let weight = |overrides: &Overrides, f: usize| {
        (overrides.weight(f)).unwrap_or_else(|| pack.factors.get(f).map_or(0, |x| x.weight))
    };
    let mut ratings: Vec<(usize, usize)> = before
        .ratings
        .keys()
        .chain(after.ratings.keys())
        .copied()
        .collect();
    ratings.sort_unstable();
    ratings.dedup();
    let mut weights: Vec<usize> = before
        .weights
        .keys()
        .chain(after.weights.keys())
        .copied()
        .collect();
    weights.sort_unstable();
    weights.dedup();
    let mut moved = Vec::new();
    for (f, o) in ratings {
        let (was, now) = (rating(before, f, o), rating(after, f, o));
        if was != now {
            let (option, factor) = (&pack.options[o].name, &pack.factors[f].name);
            moved.push(format!("your rating of {option} on {factor} {was} → {now}"));
        }
    }
    for f in weights {
        let (was, now) = (weight(before, f), weight(after, f));
        if was != now {
            moved.push(format!(
                "your weight of {} {was} → {now}",
                pack.factors[f].name
            ));
        }
    }
    match moved.as_slice() {
        [] => "nothing moved".to_owned(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{} numbers: {first} and {} more", moved.len(), rest.len()),
    }
}

/// One slider's move: "Team knows JavaScript 10 → 8", "One language
/// everywhere off → on".
pub fn slider_move(t: &Slider, was: u32, now: u32) -> String {
    format!(
        "{} {} → {}",
        t.label,
        value_word(t, was),
        value_word(t, now)
    )
}

/// The fits that moved between two recommendations, as the text output
/// shows them: "fit Python 71.4 → 65.0 · Node.js 71.4 → 78.2"; `None`
/// when none moved.
pub fn fits_move(pack: &Pack, before: &Recommendation, after: &Recommendation) -> Option<String> {
    let moved: Vec<String> = (0..pack.options.len())
        .map(|o| (o, fit_number(before, o), fit_number(after, o)))
        .filter(|(_, was, now)| was != now)
        .map(|(o, was, now)| format!("{} {was} → {now}", pack.options[o].name))
        .collect();
    (!moved.is_empty()).then(|| format!("fit {}", moved.join(" · ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    #[test]
    fn names_what_moved() {
        let pack = embedded();
        let before = pack.default_values();
        let realtime = pack.slider_index("realtime").unwrap();
        let toggle = pack.slider_index("one_language").unwrap();
        let mut after = before.clone();
        after[realtime] = before[realtime] + 3;
        let label = &pack.sliders[realtime].label;
        assert_eq!(
            change_phrase(&pack, &before, &after),
            format!("{label} {} → {}", before[realtime], after[realtime])
        );
        after[toggle] = 1 - before[toggle];
        let phrase = change_phrase(&pack, &before, &after);
        assert!(phrase.starts_with("2 sliders: "), "{phrase}");
        assert!(phrase.ends_with(" and 1 more"), "{phrase}");
        assert_eq!(change_phrase(&pack, &before, &before), "nothing moved");
    }

    #[test]
    fn says_only_the_fits_that_moved() {
        let pack = embedded();
        let engine = crate::engine::Engine::new(&pack);
        let before = engine.recommend(&pack.default_values());
        assert_eq!(fits_move(&pack, &before, &before), None);
        let mut values = pack.default_values();
        values[pack.slider_index("realtime").unwrap()] = 9;
        let after = engine.recommend(&values);
        let phrase = fits_move(&pack, &before, &after).unwrap();
        assert!(phrase.starts_with("fit "), "{phrase}");
        for o in 0..pack.options.len() {
            let (was, now) = (fit_number(&before, o), fit_number(&after, o));
            let said = format!("{} {was} → {now}", pack.options[o].name);
            assert_eq!(phrase.contains(&said), was != now, "{phrase}");
        }
    }

    #[test]
    fn names_the_readers_numbers_that_moved() {
        let pack = embedded();
        let (factor, node) = (0, pack.option_index("node").unwrap());
        let pack_rating = pack.factors[factor].ratings[node].fixed().unwrap();
        let mut after = Overrides::default();
        after.ratings.insert((factor, node), 7);
        let (option, name) = (&pack.options[node].name, &pack.factors[factor].name);
        assert_eq!(
            numbers_change_phrase(&pack, &Overrides::default(), &after),
            format!("your rating of {option} on {name} {pack_rating} → 7")
        );
        let mut more = after.clone();
        more.weights.insert(factor, 1);
        assert!(
            numbers_change_phrase(&pack, &Overrides::default(), &more).starts_with("2 numbers: ")
        );
    }
}
