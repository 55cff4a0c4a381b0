//! Deciding together: several people's profiles on one pack. The group's
//! values are each slider's mean, rounded half up; beside the group's own
//! recommendation stand each person's verdict and fits, and the sliders on
//! which they disagree most.

use crate::content::Pack;
use crate::engine::{Engine, Recommendation};

/// At most this many sliders are named as the ones people disagree on most.
pub const MOST_DISAGREED: usize = 5;

/// One person's view: a name and slider values for the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub values: Vec<u32>,
}

/// A slider on which the people's values differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    /// Index into `pack.sliders`.
    pub slider: usize,
    /// The highest value given less the lowest.
    pub spread: u32,
    /// The slider's range, 0 to this: the spread is sorted as a share of it.
    pub max: u32,
}

impl Disagreement {
    /// The spread as a whole percentage of the slider's range, rounded
    /// down, so "100%" means the whole range: what disagreements are sorted
    /// by, largest first.
    pub fn percent_of_range(&self) -> u32 {
        let share = 100 * u64::from(self.spread) / u64::from(self.max.max(1));
        u32::try_from(share).unwrap_or(100)
    }
}

/// Several people on one pack, with what each of them would be recommended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub people: Vec<Person>,
    /// Each person's own recommendation, in the same order.
    pub recommendations: Vec<Recommendation>,
    /// Per slider, the mean of the people's values, rounded half up.
    pub means: Vec<u32>,
    /// The sliders they disagree on most, largest spread (as a share of the
    /// slider's range) first; sliders on which all agree are left out.
    pub disagreements: Vec<Disagreement>,
}

impl Group {
    /// The group of `people` (each with one value per slider of `pack`).
    pub fn new(pack: &Pack, people: Vec<Person>) -> Self {
        Self::counted_by(pack, &Engine::new(pack), people)
    }

    /// The same, each person's recommendation counted by `engine` (the
    /// pack's, with the ratings and weights the group shares).
    pub fn counted_by(pack: &Pack, engine: &Engine, people: Vec<Person>) -> Self {
        let recommendations = people.iter().map(|p| engine.recommend(&p.values)).collect();
        Self {
            means: means(pack, &people),
            disagreements: disagreements(pack, &people),
            recommendations,
            people,
        }
    }
}

/// Each slider's mean, rounded half up: (2·sum + n) / 2n.
pub fn means(pack: &Pack, people: &[Person]) -> Vec<u32> {
    let n = people.len() as u64;
    (0..pack.sliders.len())
        .map(|slider| {
            if n == 0 {
                return pack.sliders[slider].default;
            }
            let sum: u64 = people.iter().map(|p| u64::from(p.values[slider])).sum();
            u32::try_from((2 * sum + n) / (2 * n)).unwrap_or(u32::MAX)
        })
        .collect()
}

fn disagreements(pack: &Pack, people: &[Person]) -> Vec<Disagreement> {
    let mut found: Vec<Disagreement> = (0..pack.sliders.len())
        .filter_map(|slider| {
            let values = people.iter().map(|p| p.values[slider]);
            let spread = values.clone().max()? - values.min()?;
            let max = pack.sliders[slider].max;
            (spread > 0).then_some(Disagreement {
                slider,
                spread,
                max,
            })
        })
        .collect();
    // spread_a / max_a > spread_b / max_b, compared without division.
    let share = |d: &Disagreement| (u64::from(d.spread), u64::from(d.max.max(1)));
    found.sort_by(|a, b| {
        let ((sa, ma), (sb, mb)) = (share(a), share(b));
        (sb * ma).cmp(&(sa * mb)).then(a.slider.cmp(&b.slider))
    });
    found.truncate(MOST_DISAGREED);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn person(name: &str, values: Vec<u32>) -> Person {
        Person {
            name: name.into(),
            values,
        }
    }

    #[test]
    fn means_round_half_up() {
        let pack = content::embedded();
        let n = pack.sliders.len();
        let mut a = vec![0; n];
        let mut b = vec![0; n];
        (a[0], b[0]) = (3, 4); // 3.5 → 4
        (a[1], b[1]) = (2, 2); // 2
        (a[2], b[2]) = (0, 1); // 0.5 → 1
        let mut c = vec![0; n];
        c[0] = 5; // with a third person: (3 + 4 + 5) / 3 = 4
        let two = means(&pack, &[person("a", a.clone()), person("b", b.clone())]);
        assert_eq!(&two[..3], &[4, 2, 1]);
        let three = means(&pack, &[person("a", a), person("b", b), person("c", c)]);
        // (0 + 1 + 0) / 3 = 0.33 → 0; (2 + 2 + 0) / 3 = 1.33 → 1.
        assert_eq!(&three[..3], &[4, 1, 0]);
    }

    #[test]
    fn disagreements_are_largest_share_of_the_range_first() {
        let pack = content::embedded();
        let n = pack.sliders.len();
        let toggle = pack.sliders.iter().position(|t| t.max == 1).unwrap();
        let (mut a, mut b) = (vec![0; n], vec![0; n]);
        b[0] = 6;
        b[1] = 9;
        b[toggle] = 1; // a spread of 1 on a toggle is its whole range
        let group = Group::new(&pack, vec![person("a", a.clone()), person("b", b.clone())]);
        let order: Vec<(usize, u32)> = group
            .disagreements
            .iter()
            .map(|d| (d.slider, d.spread))
            .collect();
        assert_eq!(order, [(toggle, 1), (1, 9), (0, 6)]);
        let percents: Vec<u32> = group
            .disagreements
            .iter()
            .map(Disagreement::percent_of_range)
            .collect();
        assert_eq!(percents, [100, 90, 60]);
        assert_eq!(group.recommendations.len(), 2);
        a.clone_from(&b);
        let same = Group::new(&pack, vec![person("a", a), person("b", b)]);
        assert!(same.disagreements.is_empty());
    }
}
