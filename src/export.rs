//! The recommendation as text for people, JSON for scripts and markdown for
//! documents. Pure: every function returns a `String`, the same bytes for the
//! same pack and values. How things are said lives in `words`.

mod adr;
mod compare;
mod diff;
mod json;
mod markdown;
mod receipt;
mod text;

use std::borrow::Cow;

use crate::content::Pack;
use crate::engine::{Engine, RatingTip, Recommendation, Robustness, WeightTip};
use crate::group::Group;

pub use adr::to_adr;
pub use compare::{Compared, Project, compare_json, compare_markdown, compare_text};
pub use diff::{Diffed, Version, diff_github, diff_json, diff_text};
pub use json::to_json;
pub use markdown::{inline, to_markdown};
pub use receipt::Receipt;
pub use text::{Bars, rules_part, tips_part, to_text, verdict_part, why_part};

/// What an export shows: the pack, the recommendation, and how sure its
/// verdict is.
#[derive(Debug, Clone)]
pub struct Summary<'a> {
    pub pack: &'a Pack,
    /// The pack's engine, which explains each factor the export shows.
    pub engine: Cow<'a, Engine>,
    pub recommendation: &'a Recommendation,
    pub robustness: Robustness,
    /// The people whose profiles were averaged, when there are several.
    pub group: Option<&'a Group>,
}

impl<'a> Summary<'a> {
    /// What produced this summary: the pack, its values and the reader's numbers.
    pub fn receipt(&self) -> Receipt<'_> {
        Receipt {
            pack: self.pack,
            values: &self.recommendation.values,
            overrides: self.engine.overrides(),
        }
    }

    /// The summary of `recommendation`, counting its nearby projects here.
    pub fn of(pack: &'a Pack, recommendation: &'a Recommendation) -> Self {
        Self::counted_by(pack, Engine::new(pack), recommendation)
    }

    /// The same for a recommendation `engine` made (the pack's, with the
    /// reader's own numbers when there are any).
    pub fn counted_by(pack: &'a Pack, engine: Engine, recommendation: &'a Recommendation) -> Self {
        let robustness = engine.robustness(recommendation);
        Self {
            pack,
            engine: Cow::Owned(engine),
            recommendation,
            robustness,
            group: None,
        }
    }
}

/// Where each rating and each base weight would change the verdict, for
/// every factor: what the reasons, the fragile note and JSON show.
pub(crate) struct Deciding {
    pub ratings: Vec<RatingTip>,
    pub weights: Vec<WeightTip>,
}

impl Deciding {
    pub fn of(summary: &Summary) -> Self {
        let (engine, r) = (&summary.engine, summary.recommendation);
        let factors = 0..engine.factor_count();
        Self {
            ratings: engine.rating_tipping_points(r, factors.clone()),
            weights: engine.weight_tipping_points(r, factors),
        }
    }

    /// The ratings one step from changing the verdict (as
    /// `Engine::ratings_one_step_off` finds them).
    pub fn one_step_off(&self) -> Vec<RatingTip> {
        crate::engine::one_step_off(&self.ratings)
    }
}
