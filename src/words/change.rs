//! What a change of the sliders moved, in a status line: "Team knows
//! JavaScript 10 → 8", or "3 sliders: Team knows JavaScript 10 → 8 and 2 more".

use crate::content::{Pack, Slider};

use super::value_word;

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
}
