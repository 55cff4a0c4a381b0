//! How a group of people is said: each one's fits, their values on a slider.

use crate::content::Pack;
use crate::engine::Recommendation;
use crate::group::{Disagreement, Group};

use super::{fit_number, value_word};

/// Said once wherever the people are shown.
pub const GROUP_INTRO: &str = "The group's values are the mean of everyone's, rounded half up.";

/// When the people agree on every slider.
pub const AGREED: &str = "Everyone set every slider alike.";

/// Before the sliders they disagree on most.
pub const DISAGREE_MOST: &str = "Where they disagree most:";

/// Each option's fit as `fit_number` shows it, in the pack's order:
/// "Python 75 · Node.js 63", "Python 75.4 · Node.js 73.8".
pub fn person_fits(pack: &Pack, r: &Recommendation) -> String {
    (0..pack.options.len())
        .map(|o| format!("{} {}", pack.options[o].name, fit_number(r, o)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// How far apart people are on a slider, as the share of its range that
/// disagreements are sorted by, then the spread itself: "spread over 80% of
/// the range, 8 of 10", "spread over the whole range, off to on".
pub fn spread_phrase(pack: &Pack, d: &Disagreement) -> String {
    let t = &pack.sliders[d.slider];
    let share = match d.percent_of_range() {
        100 => "the whole range".to_owned(),
        percent => format!("{percent}% of the range"),
    };
    if t.is_toggle() {
        return format!("spread over {share}, off to on");
    }
    format!("spread over {share}, {} of {}", d.spread, d.max)
}

/// Everyone's value on one slider: "Ana 1, Ben 9, Chen 4"; after `limit`
/// people, how many more.
pub fn people_values(pack: &Pack, group: &Group, slider: usize, limit: usize) -> String {
    let t = &pack.sliders[slider];
    let mut said: Vec<String> = group
        .people
        .iter()
        .take(limit)
        .map(|p| format!("{} {}", p.name, value_word(t, p.values[slider])))
        .collect();
    if group.people.len() > limit {
        said.push(format!("… and {} more", group.people.len() - limit));
    }
    said.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    fn spread(pack: &Pack, id: &str, spread: u32) -> String {
        let slider = pack.slider_index(id).unwrap();
        let max = pack.sliders[slider].max;
        spread_phrase(
            pack,
            &Disagreement {
                slider,
                spread,
                max,
            },
        )
    }

    #[test]
    fn past_the_limit_the_rest_are_counted_not_named() {
        let pack = embedded();
        let slider = pack.slider_index("data_ai").unwrap();
        let person = |name: &str, value: u32| {
            let mut values: Vec<u32> = pack.sliders.iter().map(|s| s.default).collect();
            values[slider] = value;
            crate::group::Person {
                name: name.into(),
                values,
            }
        };
        let group = Group::new(
            &pack,
            vec![person("Ana", 1), person("Ben", 9), person("Chen", 4)],
        );
        let said = |limit| people_values(&pack, &group, slider, limit);
        assert_eq!(said(2), "Ana 1, Ben 9, … and 1 more");
        assert_eq!(said(3), "Ana 1, Ben 9, Chen 4");
        assert_eq!(said(usize::MAX), "Ana 1, Ben 9, Chen 4");
    }

    #[test]
    fn a_spread_says_the_share_of_the_range_it_is_sorted_by() {
        let pack = embedded();
        assert_eq!(
            spread(&pack, "data_ai", 8),
            "spread over 80% of the range, 8 of 10"
        );
        assert_eq!(
            spread(&pack, "data_ai", 10),
            "spread over the whole range, 10 of 10"
        );
        assert_eq!(
            spread(&pack, "one_language", 1),
            "spread over the whole range, off to on"
        );
    }
}
