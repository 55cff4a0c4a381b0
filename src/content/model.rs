//! The pack as the program uses it: a validated `PackFile` with every id
//! resolved to an index, so nothing at run time looks a name up by scanning.

use std::collections::HashMap;

pub use super::raw::{CloseCall, Closing, OptionDef, Section, Source};

/// A validated comparison pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub id: String,
    pub title: String,
    pub source: Source,
    pub intro: String,
    pub options: Vec<OptionDef>,
    pub factors: Vec<Factor>,
    pub traits: Vec<Trait>,
    pub sections: Vec<Section>,
    pub rules: Vec<Rule>,
    pub close_call: CloseCall,
    pub closing: Option<Closing>,
    pub(super) ids: Ids,
}

/// Id → index, per list.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Ids {
    pub options: HashMap<String, usize>,
    pub factors: HashMap<String, usize>,
    pub traits: HashMap<String, usize>,
}

/// One criterion: how much it counts before any slider moves, and every
/// option's rating.
#[derive(Debug, Clone, PartialEq)]
pub struct Factor {
    pub id: String,
    pub name: String,
    /// The article's one-line verdict on it (a checked quotation).
    pub summary: String,
    /// Longer text, each paragraph a checked quotation.
    pub detail: Option<String>,
    /// Importance before any slider moves.
    pub weight: u32,
    /// One rating per option, in option order.
    pub ratings: Vec<Rating>,
    /// The sliders that raise this factor's importance, in slider order.
    pub raised_by: Vec<usize>,
}

/// How an option is rated on a factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rating {
    /// The pack's reading of the article, 0..=10, and the words behind it.
    Quoted { value: u32, basis: String },
    /// The user rates it: this slider's value, scaled to 0..=10.
    Slider(usize),
}

/// A factor whose importance a slider raises, and by how much per step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raise {
    pub factor: usize,
    pub per_step: u32,
}

/// One slider: a trait of the reader's project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trait {
    pub id: String,
    pub label: String,
    pub help: String,
    pub max: u32,
    pub default: u32,
    pub low: Option<String>,
    pub high: Option<String>,
    /// Importance added per step towards max.
    pub raises: Vec<Raise>,
    /// Importance added per step towards 0.
    pub raises_low: Vec<Raise>,
    /// The (factor, option) ratings this slider gives.
    pub rates: Vec<(usize, usize)>,
}

/// One of the article's rules, with the sliders it speaks of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub option: usize,
    pub text: String,
    /// Each entry pushes when all of its sliders do.
    pub when: Vec<Vec<usize>>,
}

impl Pack {
    /// Index of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.ids.options.get(id).copied()
    }

    /// Index of the trait (slider) with this id.
    pub fn trait_index(&self, id: &str) -> Option<usize> {
        self.ids.traits.get(id).copied()
    }

    /// Index of the factor with this id.
    pub fn factor_index(&self, id: &str) -> Option<usize> {
        self.ids.factors.get(id).copied()
    }

    /// The slider values at the pack's defaults, in trait order.
    pub fn default_values(&self) -> Vec<u32> {
        self.traits.iter().map(|t| t.default).collect()
    }

    /// Every piece of the article in reading order: title, intro, each
    /// section's title and body, the closing's title and body.
    pub fn article_parts(&self) -> Vec<&str> {
        let mut parts = vec![self.title.as_str(), self.intro.as_str()];
        for section in &self.sections {
            parts.push(&section.title);
            parts.push(&section.body);
        }
        if let Some(closing) = &self.closing {
            parts.push(&closing.title);
            parts.push(&closing.body);
        }
        parts
    }
}

impl Trait {
    /// A two-sided slider names both ends, or raises factors towards 0.
    pub fn is_two_sided(&self) -> bool {
        !self.raises_low.is_empty() || self.low.is_some() || self.high.is_some()
    }

    /// A slider with two positions is shown as a checkbox.
    pub fn is_toggle(&self) -> bool {
        self.max == 1
    }
}
