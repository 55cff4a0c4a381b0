//! A factor on its own, as the explorer's detail pane and the line mode's
//! `factor` say it: how much it counts now and why, and the sentences
//! around its ratings.

use super::importance_parts;
use crate::content::Pack;
use crate::engine::Explanation;
use crate::textkit::width;

/// Before the ratings of one factor.
pub const RATINGS_HEADING: &str = "Ratings, this pack's reading of the article:";

/// A factor on which every option has the same rating now.
pub const RATED_ALIKE: &str = "It rates every option alike: it decides nothing, but it narrows every lead, so a difference must outweigh it.";

/// "importance 11 (3 + 8 from “Touches data, ML or AI”)", or "importance
/// 3; raised by “Touches data, ML or AI”" when no slider adds to it now.
pub fn counts_now_phrase(pack: &Pack, explanation: &Explanation) -> String {
    let now = explanation.importance;
    let parts = importance_parts(pack, explanation);
    if parts.is_empty() {
        let raisers: Vec<String> = pack.factors[explanation.factor]
            .raised_by
            .iter()
            .map(|&s| format!("“{}”", pack.sliders[s].label))
            .collect();
        return if raisers.is_empty() {
            format!("importance {now}")
        } else {
            format!("importance {now}; raised by {}", raisers.join(", "))
        };
    }
    format!(
        "importance {now} ({})",
        width::truncate(&parts.join(" + "), 400)
    )
}

/// Whether every option has the same rating on the factor now.
pub fn rated_alike(explanation: &Explanation) -> bool {
    let mut values = explanation.ratings.iter().map(|rated| rated.value);
    let first = values.next();
    values.all(|value| Some(value) == first)
}

#[cfg(test)]
mod tests {
    use super::rated_alike;
    use crate::engine::{Explanation, Rated};

    fn rated(values: &[f64]) -> Explanation {
        Explanation {
            factor: 0,
            importance: 1,
            weight: 1,
            weight_yours: false,
            raised_by: Vec::new(),
            ratings: values
                .iter()
                .map(|&value| Rated {
                    value,
                    given_by: None,
                    yours: false,
                })
                .collect(),
        }
    }

    #[test]
    fn alike_only_when_every_option_has_the_same_rating() {
        assert!(rated_alike(&rated(&[7.0, 7.0, 7.0])));
        assert!(!rated_alike(&rated(&[7.0, 7.0, 6.5])));
        assert!(!rated_alike(&rated(&[3.0, 7.0])));
    }
}
