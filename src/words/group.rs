//! How a group of people is said: each one's fits, their values on a slider.

use crate::content::Pack;
use crate::engine::Recommendation;
use crate::group::Group;

use super::value_word;

/// Said once wherever the people are shown.
pub const GROUP_INTRO: &str = "The group's values are the mean of everyone's, rounded half up.";

/// Each option's rounded fit, in the pack's order: "Python 75 · Node.js 63".
pub fn person_fits(pack: &Pack, r: &Recommendation) -> String {
    (0..pack.options.len())
        .map(|o| format!("{} {}", pack.options[o].name, r.fit_rounded(o)))
        .collect::<Vec<_>>()
        .join(" · ")
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
