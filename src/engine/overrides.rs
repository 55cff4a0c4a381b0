//! The reader's own numbers: a rating of an option on a factor, or a
//! factor's base weight, put in place of the pack's. The engine counts them
//! as it counts the pack's; every output says which numbers are the
//! reader's, beside the pack's and its basis.

use std::collections::BTreeMap;

use super::{Engine, Scaled};
use crate::content::{MAX_RATING, Pack};

/// Ratings and weights the reader changed, by index; empty: the pack's own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Overrides {
    /// `(factor, option)` → the reader's rating, 0..=10. A rating that a
    /// slider gives is the reader's already and is never overridden.
    pub ratings: BTreeMap<(usize, usize), u32>,
    /// `factor` → the reader's base weight.
    pub weights: BTreeMap<usize, u32>,
}

impl Overrides {
    pub fn is_empty(&self) -> bool {
        self.ratings.is_empty() && self.weights.is_empty()
    }

    /// The reader's rating of `option` on `factor`, if any.
    pub fn rating(&self, factor: usize, option: usize) -> Option<u32> {
        self.ratings.get(&(factor, option)).copied()
    }

    /// The reader's base weight of `factor`, if any.
    pub fn weight(&self, factor: usize) -> Option<u32> {
        self.weights.get(&factor).copied()
    }

    /// Only what differs from `pack`: a number set back to the pack's is
    /// no longer the reader's.
    pub fn against(mut self, pack: &Pack) -> Self {
        self.ratings.retain(|&(factor, option), value| {
            pack.factors
                .get(factor)
                .and_then(|f| f.ratings.get(option))
                .and_then(|rating| rating.fixed())
                .is_some_and(|pack_value| pack_value != *value)
        });
        self.weights
            .retain(|&factor, value| pack.factors.get(factor).is_some_and(|f| f.weight != *value));
        self
    }
}

impl Overrides {
    /// These numbers on `new`, a later version of `old`: each kept where its
    /// factor and option ids still are, and still differs from the pack's.
    pub fn carried(&self, old: &Pack, new: &Pack) -> Self {
        let factor = |index: usize| {
            let id = &old.factors.get(index)?.id;
            new.factors.iter().position(|f| f.id == *id)
        };
        let option = |index: usize| new.option_index(&old.options.get(index)?.id);
        let carried = Self {
            ratings: (self.ratings.iter())
                .filter_map(|(&(f, o), &value)| Some(((factor(f)?, option(o)?), value)))
                .collect(),
            weights: (self.weights.iter())
                .filter_map(|(&f, &value)| Some((factor(f)?, value)))
                .collect(),
        };
        carried.against(new)
    }
}

impl Engine {
    /// The pack's engine with the reader's numbers in place of the pack's
    /// (ratings a slider gives stay the slider's; indices out of range are
    /// left out).
    pub fn with_overrides(pack: &Pack, overrides: &Overrides) -> Self {
        let mut engine = Self::new(pack);
        let overrides = overrides.clone().against(pack);
        for (&(factor, option), &value) in &overrides.ratings {
            let scaled = i128::from(value.min(MAX_RATING)) * engine.scale;
            if let Some(slot) = engine.slot(factor, option)
                && let rating @ Scaled::Fixed(_) = &mut engine.ratings[slot]
            {
                *rating = Scaled::Fixed(super::to_i32(scaled));
            }
        }
        for (&factor, &weight) in &overrides.weights {
            if let Some(slot) = engine.weights.get_mut(factor) {
                *slot = i128::from(weight);
            }
        }
        engine.overrides = overrides;
        engine
    }

    /// The reader's numbers this engine counts in place of the pack's.
    pub fn overrides(&self) -> &Overrides {
        &self.overrides
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    #[test]
    fn the_readers_numbers_count_as_the_formula_says() {
        let pack = embedded();
        let values = pack.default_values();
        let factor = pack.factors.iter().position(|f| f.id == "data-ai").unwrap();
        let node = pack.option_index("node").unwrap();
        let mut overrides = Overrides::default();
        overrides.ratings.insert((factor, node), 10);
        overrides.weights.insert(factor, 50);
        let engine = Engine::with_overrides(&pack, &overrides);
        // The pack with the same numbers written in gives the same fits.
        let mut edited = pack.clone();
        edited.factors[factor].weight = 50;
        if let crate::content::Rating::Quoted { value, .. } =
            &mut edited.factors[factor].ratings[node]
        {
            *value = 10;
        }
        assert_eq!(
            engine.recommend(&values),
            Engine::new(&edited).recommend(&values)
        );
        let explained = engine.explain(&values, factor);
        assert!(explained.weight_yours && explained.ratings[node].yours);
        assert!(!explained.ratings[1 - node].yours);
        assert_eq!(engine.overrides(), &overrides);
    }

    /// The text from `from` up to `to`, cut out of `text`.
    fn cut(text: &mut String, from: &str, to: &str) -> String {
        let start = text.find(from).expect("the block's start");
        let end = start + text[start..].find(to).expect("the block's end");
        text.drain(start..end).collect()
    }

    /// The embedded pack as a later version might have it: its options in
    /// the other order, its first factor moved down, one factor gone.
    fn a_later_version() -> Pack {
        let mut text = crate::content::EMBEDDED_SOURCE.to_owned();
        let python = cut(&mut text, "  - id: python\n", "  - id: node\n");
        let node_end = text
            .find("\n\n# The article's six")
            .expect("the options' end")
            + 1;
        text.insert_str(node_end, &python);
        let first = cut(&mut text, "  - id: data-ai\n", "  - id: real-time\n");
        cut(&mut text, "  - id: ecosystem\n", "  - id: team\n");
        let team = text.find("  - id: team\n").expect("the team factor");
        text.insert_str(team, &first);
        crate::content::parse_pack(&text, "later.yaml").expect("the later version is valid")
    }

    #[test]
    fn the_readers_numbers_follow_their_ids_into_a_later_version() {
        let old = embedded();
        let new = a_later_version();
        let factor = |pack: &Pack, id: &str| pack.factors.iter().position(|f| f.id == id).unwrap();
        let option = |pack: &Pack, id: &str| pack.option_index(id).unwrap();
        assert_ne!(factor(&old, "data-ai"), factor(&new, "data-ai"));
        assert_ne!(option(&old, "python"), option(&new, "python"));
        let mut overrides = Overrides::default();
        let rated = (factor(&old, "data-ai"), option(&old, "python"));
        overrides.ratings.insert(rated, 5);
        // The same as both versions say: not the reader's in the new one.
        let same = (factor(&old, "real-time"), option(&old, "node"));
        overrides.ratings.insert(same, 10);
        let ecosystem = factor(&old, "ecosystem");
        overrides
            .ratings
            .insert((ecosystem, option(&old, "node")), 1);
        overrides.weights.insert(factor(&old, "readability"), 7);
        overrides.weights.insert(ecosystem, 9);
        let carried = overrides.carried(&old, &new);
        let rated = (factor(&new, "data-ai"), option(&new, "python"));
        assert_eq!(carried.ratings, BTreeMap::from([(rated, 5)]));
        assert_eq!(
            carried.weights,
            BTreeMap::from([(factor(&new, "readability"), 7)])
        );
    }

    #[test]
    fn only_no_numbers_at_all_is_empty() {
        assert!(Overrides::default().is_empty());
        let mut ratings = Overrides::default();
        ratings.ratings.insert((0, 0), 1);
        assert!(!ratings.is_empty());
        let mut weights = Overrides::default();
        weights.weights.insert(0, 1);
        assert!(!weights.is_empty());
    }

    #[test]
    fn a_number_set_back_to_the_packs_is_not_the_readers() {
        let pack = embedded();
        let factor = 0;
        let pack_value = pack.factors[factor].ratings[0].fixed().unwrap();
        let mut overrides = Overrides::default();
        overrides.ratings.insert((factor, 0), pack_value);
        overrides
            .weights
            .insert(factor, pack.factors[factor].weight);
        assert!(overrides.against(&pack).is_empty());
    }
}
