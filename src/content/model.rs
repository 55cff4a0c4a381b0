//! The pack as the program uses it: a validated `PackFile` with every id
//! resolved to an index, so nothing at run time looks a name up by scanning.

use std::collections::HashMap;

pub use super::raw::{Closing, NOT_SAID_RATING, Neutral, OptionDef, Section, Source, slider_steps};

/// A validated comparison pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub id: String,
    pub title: String,
    pub source: Source,
    /// What the options are choices for ("backend"), when the pack says.
    pub choosing: Option<String>,
    pub intro: String,
    pub options: Vec<OptionDef>,
    pub factors: Vec<Factor>,
    pub sliders: Vec<Slider>,
    pub sections: Vec<Section>,
    pub rules: Vec<Rule>,
    pub close_call: CloseCall,
    pub closing: Option<Closing>,
    /// Projects the article speaks of, and the verdicts it implies.
    pub situations: Vec<Situation>,
    /// The whole sentences that bases are cut from, each once (bases name
    /// them by index).
    pub sentences: Vec<String>,
    /// The digest of the file's bytes; `None` for a pack built in memory.
    pub sha256: Option<super::Sha256>,
    pub(super) ids: Ids,
}

/// Id → index, per list.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Ids {
    pub options: HashMap<String, usize>,
    pub factors: HashMap<String, usize>,
    pub sliders: HashMap<String, usize>,
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
    /// The pack's reading of the article, 0..=10, and the words behind it;
    /// `sentence` is the whole sentence they stand in, when they are cut
    /// from one (an index into `Pack::sentences`).
    Quoted {
        value: u32,
        basis: String,
        sentence: Option<u32>,
    },
    /// The article says nothing of this option here: the neutral rating,
    /// the pack's reading.
    NotSaid,
    /// The user rates it: this slider's value, scaled to 0..=10.
    Slider(usize),
}

/// A factor whose importance a slider raises, and by how much per step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raise {
    pub factor: usize,
    pub per_step: u32,
}

/// One slider: something about the reader's project (under `traits:` in the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slider {
    pub id: String,
    pub label: String,
    pub help: String,
    pub max: u32,
    pub default: u32,
    pub low: Option<String>,
    pub high: Option<String>,
    /// Two-sided sliders: where neither side counts.
    pub neutral: Option<Neutral>,
    /// Importance added per step towards max.
    pub raises: Vec<Raise>,
    /// Importance added per step towards 0.
    pub raises_low: Vec<Raise>,
    /// The (factor, option) ratings this slider gives.
    pub rates: Vec<(usize, usize)>,
}

/// One of the article's rules, and when it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub id: Option<String>,
    pub option: usize,
    pub text: String,
    /// Alternatives: the rule applies when any one holds.
    pub when: Vec<Condition>,
}

/// A condition on the slider values, sliders by index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// The slider pushes towards the rule's option: moving it back to its
    /// default would shrink that option's lead.
    Pushes(usize),
    /// `at_least <= value <= at_most`, and when `above` is given, the value
    /// is at least the other slider's plus `by`.
    Test {
        slider: usize,
        at_least: u32,
        at_most: u32,
        above: Option<(usize, u32)>,
    },
    /// Every part holds.
    All(Vec<Condition>),
    /// At least one part holds.
    Any(Vec<Condition>),
}

/// The close-call margin and what the article says of close calls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseCall {
    /// A lead of at most this many fit points is too close to call.
    pub margin: u32,
    /// The first whose condition holds is shown.
    pub texts: Vec<CloseText>,
}

/// A quotation for a close call, and when it is the one shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseText {
    pub text: String,
    /// Alternatives, as a rule's; empty: always.
    pub when: Vec<Condition>,
}

/// A project the article speaks of, and the verdicts it accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Situation {
    pub name: String,
    /// Every slider's value, defaults where the situation names none.
    pub values: Vec<u32>,
    /// The sliders the situation sets, in slider order.
    pub set: Vec<usize>,
    pub expect: Vec<Expected>,
    /// The rules that apply there, all of them, when the pack says.
    pub applies: Option<Vec<usize>>,
    /// The article's words that imply it.
    pub basis: String,
}

/// One verdict a situation accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Option(usize),
    /// Too close to call.
    Close,
}

impl Pack {
    /// Index of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.ids.options.get(id).copied()
    }

    /// Index of the slider with this id.
    pub fn slider_index(&self, id: &str) -> Option<usize> {
        self.ids.sliders.get(id).copied()
    }

    /// Index of the factor with this id.
    pub fn factor_index(&self, id: &str) -> Option<usize> {
        self.ids.factors.get(id).copied()
    }

    /// The slider values at the pack's defaults, in slider order.
    pub fn default_values(&self) -> Vec<u32> {
        self.sliders.iter().map(|t| t.default).collect()
    }

    /// Every piece of the article in reading order: title, intro, each
    /// section's title and body, the closing's title and body.
    pub fn article_parts(&self) -> Vec<&str> {
        self.article_fields()
            .into_iter()
            .map(|(_, text)| text)
            .collect()
    }

    /// The pieces of `article_parts`, each with its field path
    /// (`sections.2.body`), to say where one differs.
    pub fn article_fields(&self) -> Vec<(String, &str)> {
        let mut fields = vec![
            ("title".to_owned(), self.title.as_str()),
            ("intro".to_owned(), self.intro.as_str()),
        ];
        for (n, section) in self.sections.iter().enumerate() {
            fields.push((format!("sections.{n}.title"), &section.title));
            fields.push((format!("sections.{n}.body"), &section.body));
        }
        if let Some(closing) = &self.closing {
            fields.push(("closing.title".to_owned(), &closing.title));
            fields.push(("closing.body".to_owned(), &closing.body));
        }
        fields
    }
}

impl Slider {
    /// A two-sided slider names both ends, or raises factors towards 0.
    pub fn is_two_sided(&self) -> bool {
        !self.raises_low.is_empty() || self.low.is_some() || self.high.is_some()
    }

    /// A slider with two positions is shown as a checkbox.
    pub fn is_toggle(&self) -> bool {
        self.max == 1
    }

    /// The steps at `value` that count for `raises` and for `raises_low`:
    /// beyond the neutral point on either side, else `value` and `max − value`.
    pub fn steps(&self, value: u32) -> (u32, u32) {
        slider_steps(self.max, self.neutral, value)
    }
}

impl Rating {
    /// The rating when it is the pack's (quoted or not said), else `None`.
    pub fn fixed(&self) -> Option<u32> {
        match self {
            Self::Quoted { value, .. } => Some(*value),
            Self::NotSaid => Some(NOT_SAID_RATING),
            Self::Slider(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slider(max: u32) -> Slider {
        Slider {
            id: "s".into(),
            label: "S".into(),
            help: String::new(),
            max,
            default: 0,
            low: None,
            high: None,
            neutral: None,
            raises: Vec::new(),
            raises_low: Vec::new(),
            rates: Vec::new(),
        }
    }

    #[test]
    fn a_slider_is_two_sided_by_a_low_side_or_by_either_ends_label() {
        assert!(!slider(10).is_two_sided());
        let raise = Raise {
            factor: 0,
            per_step: 1,
        };
        let low_side = Slider {
            raises_low: vec![raise],
            ..slider(10)
        };
        let low_label = Slider {
            low: Some("few".into()),
            ..slider(10)
        };
        let high_label = Slider {
            high: Some("many".into()),
            ..slider(10)
        };
        for two_sided in [low_side, low_label, high_label] {
            assert!(two_sided.is_two_sided(), "{two_sided:?}");
        }
    }

    #[test]
    fn a_sliders_steps_count_from_its_neutral_range_or_from_both_ends() {
        assert_eq!(slider(10).steps(3), (3, 7));
        let centred = Slider {
            neutral: Some(Neutral { from: 4, to: 6 }),
            ..slider(10)
        };
        assert_eq!(centred.steps(9), (3, 0));
        assert_eq!(centred.steps(1), (0, 3));
        assert_eq!(centred.steps(5), (0, 0));
    }
}
