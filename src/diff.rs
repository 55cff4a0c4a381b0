//! What changed between two versions of a pack: a typed list of changes,
//! items matched by id (options, factors, sliders, sections, rule ids;
//! rules without an id and close-call texts by their place in the list;
//! situations by name), and, for a saved profile, whether its verdict moved
//! and which changes moved it most (`profiles`).
//!
//! Pure: two `Pack` values in, data out; `words` says it, `export` lays it
//! out, `place` finds where each change sits in the new file.

mod lists;
mod place;
mod profiles;
mod rules;
mod shift;

use crate::content::{Neutral, Pack};

pub use place::yaml_path;
pub use profiles::{Cause, Moved, ProfileDiff, Standing, profile_diff};

/// An item of a pack, by its id (or place, where it has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// The pack itself: its id, title, intro, source.
    Pack,
    Option(String),
    Factor(String),
    /// One option's rating on one factor.
    Rating {
        factor: String,
        option: String,
    },
    Slider(String),
    /// How much a slider raises a factor per step (`low`: towards 0).
    Raise {
        slider: String,
        factor: String,
        low: bool,
    },
    Rule(RuleKey),
    /// The margin.
    CloseCall,
    /// A close-call text, by its place (0-based).
    CloseText(usize),
    Section(String),
    Closing,
    Situation(String),
}

/// How a rule is matched between versions: by its id, or by its place in
/// the list (0-based) when it has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleKey {
    Id(String),
    Place(usize),
}

/// A field of an item whose value is a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Id,
    Title,
    Intro,
    Publisher,
    Url,
    Name,
    Tagline,
    Summary,
    Aliases,
    Detail,
    Label,
    Help,
    Low,
    High,
    Body,
    /// A rule's or close-call text's quotation.
    Text,
    /// A rule's option, by id.
    Option,
    /// Conditions, written out with slider ids.
    When,
    /// A situation's expected verdicts, by option id.
    Expect,
    /// A situation's slider values, `id=v` by slider.
    Values,
    /// The rules a situation says apply, by id.
    Applies,
    Basis,
}

/// A field of an item whose value is a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberField {
    Weight,
    Max,
    Default,
    Margin,
}

/// How an option is rated on a factor, in terms that compare across
/// versions (a slider by its id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RatingValue {
    Quoted { value: u32, basis: String },
    NotSaid,
    Slider(String),
}

/// One change from the old version to the new.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// In the new version only.
    Added(Item),
    /// In the old version only.
    Removed(Item),
    Text {
        item: Item,
        field: TextField,
        old: String,
        new: String,
    },
    Number {
        item: Item,
        field: NumberField,
        old: u32,
        new: u32,
    },
    Rating {
        factor: String,
        option: String,
        old: RatingValue,
        new: RatingValue,
    },
    /// A raise's step; 0 where the slider does not raise the factor.
    Raise {
        slider: String,
        factor: String,
        low: bool,
        old: u32,
        new: u32,
    },
    Neutral {
        slider: String,
        old: Option<Neutral>,
        new: Option<Neutral>,
    },
}

impl Change {
    /// The item changed.
    pub fn item(&self) -> Item {
        match self {
            Self::Added(item) | Self::Removed(item) => item.clone(),
            Self::Text { item, .. } | Self::Number { item, .. } => item.clone(),
            Self::Rating { factor, option, .. } => Item::Rating {
                factor: factor.clone(),
                option: option.clone(),
            },
            Self::Raise {
                slider,
                factor,
                low,
                ..
            } => Item::Raise {
                slider: slider.clone(),
                factor: factor.clone(),
                low: *low,
            },
            Self::Neutral { slider, .. } => Item::Slider(slider.clone()),
        }
    }
}

/// Every change from `old` to `new`, in the new pack's order: the pack's
/// own fields, options, factors and their ratings, sliders and their
/// raises, sections, rules, the close call, the closing, situations; within
/// each list, what is removed comes after what is there.
pub fn changes(old: &Pack, new: &Pack) -> Vec<Change> {
    let mut out = Vec::new();
    lists::pack_fields(old, new, &mut out);
    lists::options(old, new, &mut out);
    lists::factors(old, new, &mut out);
    lists::sliders(old, new, &mut out);
    lists::sections(old, new, &mut out);
    rules::rules(old, new, &mut out);
    rules::close_call(old, new, &mut out);
    lists::closing(old, new, &mut out);
    rules::situations(old, new, &mut out);
    out
}

/// Push a text change when the two differ.
fn text(out: &mut Vec<Change>, item: &Item, field: TextField, old: &str, new: &str) {
    if old != new {
        out.push(Change::Text {
            item: item.clone(),
            field,
            old: old.to_owned(),
            new: new.to_owned(),
        });
    }
}

/// Push a number change when the two differ.
fn number(out: &mut Vec<Change>, item: &Item, field: NumberField, old: u32, new: u32) {
    if old != new {
        out.push(Change::Number {
            item: item.clone(),
            field,
            old,
            new,
        });
    }
}

#[cfg(test)]
mod tests;
