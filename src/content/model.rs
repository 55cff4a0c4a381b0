//! The pack model: the serde types a YAML pack deserializes into.
//!
//! Every struct rejects unknown fields so a misspelt key is an error, not a
//! silently ignored line. The same types generate the JSON Schema
//! (`content/stackcompare.schema.json`) so editors and the loader agree.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::fmt;
use std::marker::PhantomData;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, MapAccess};
use serde::{Deserialize, Serialize};

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// One comparison pack: an article, its options, factors, sliders and rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Schema version of the pack format; must be 1.
    pub schema: u32,
    /// Pack id, `[a-z0-9-]+`; profiles and `--pack` name it.
    pub id: String,
    /// The article's title.
    pub title: String,
    /// Attribution for the article.
    pub source: Source,
    /// The article's opening, paragraphs separated by a blank line.
    pub intro: String,
    /// The technologies compared (2 to 8).
    pub options: Vec<OptionDef>,
    /// The article's comparison factors, each option rated 0..=10.
    pub factors: Vec<Factor>,
    /// The sliders that describe the reader's project.
    pub traits: Vec<Trait>,
    /// The article body, in reading order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The article's own verbal rules, one per recommended option.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// When the top two scores are this close, the verdict is "too close to call".
    pub close_call: CloseCall,
    /// An optional call to action that ends the article.
    #[serde(default)]
    pub closing: Option<Closing>,
}

/// Who published the article, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub publisher: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// One technology being compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
    /// `[a-z0-9_-]+`, used as a key in ratings, weights and rules.
    pub id: String,
    pub name: String,
    /// A few words that characterise the option.
    pub tagline: String,
    pub summary: String,
}

/// One comparison factor of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Factor {
    pub id: String,
    pub name: String,
    /// The article's one-line verdict on this factor.
    pub summary: String,
    /// Optional longer text.
    #[serde(default)]
    pub detail: Option<String>,
    /// Every option's rating, 0..=10.
    #[serde(deserialize_with = "unique_keys")]
    pub ratings: BTreeMap<String, u32>,
}

/// One slider: a trait of the reader's project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Trait {
    /// `[a-z0-9_-]+`, used by `--set ID=V` and profiles.
    pub id: String,
    pub label: String,
    pub help: String,
    /// The slider runs 0..=max; `max: 1` is a toggle.
    pub max: u32,
    #[serde(default)]
    pub default: u32,
    /// Label for the 0 end of a two-sided slider.
    #[serde(default)]
    pub low: Option<String>,
    /// Label for the max end.
    #[serde(default)]
    pub high: Option<String>,
    /// Factors this trait draws on, quoted as reasons.
    #[serde(default)]
    pub factors: Vec<String>,
    /// Points per step towards max, per option.
    #[serde(default, deserialize_with = "unique_keys")]
    pub weights: BTreeMap<String, u32>,
    /// Points per step towards 0, per option (two-sided sliders).
    #[serde(default, deserialize_with = "unique_keys")]
    pub weights_low: BTreeMap<String, u32>,
}

/// One section of the article body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub body: String,
}

/// One of the article's own rules ("Choose Python if ...").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The option this rule recommends.
    pub option: String,
    pub text: String,
}

/// The "too close to call" threshold and what the article says then.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseCall {
    /// Top two within this many points (0..=100) is too close to call.
    pub margin: u32,
    pub text: String,
}

/// The article's closing call to action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    pub title: String,
    pub body: String,
}

/// Deserialize a map like `BTreeMap` does, except that a key given twice is
/// an error (`duplicate key `python``) instead of the last value silently
/// winning, as a struct field given twice already is. The map is checked as it
/// is read: no second pass over the document. The JSON Schema is unaffected
/// (schemars ignores `deserialize_with`; a test keeps it so).
pub fn unique_keys<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct UniqueKeys<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> de::Visitor<'de> for UniqueKeys<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                match out.entry(key) {
                    Entry::Occupied(entry) => {
                        return Err(de::Error::custom(format_args!(
                            "duplicate key `{}`",
                            entry.key()
                        )));
                    }
                    Entry::Vacant(entry) => {
                        entry.insert(map.next_value()?);
                    }
                }
            }
            Ok(out)
        }
    }

    deserializer.deserialize_map(UniqueKeys(PhantomData))
}

impl Pack {
    /// Index of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|option| option.id == id)
    }

    /// Index of the trait with this id.
    pub fn trait_index(&self, id: &str) -> Option<usize> {
        self.traits.iter().position(|t| t.id == id)
    }

    /// The factor with this id.
    pub fn factor(&self, id: &str) -> Option<&Factor> {
        self.factors.iter().find(|factor| factor.id == id)
    }

    /// The slider values at the pack's defaults, in trait order.
    pub fn default_values(&self) -> Vec<u32> {
        self.traits.iter().map(|t| t.default).collect()
    }
}

impl Trait {
    /// A two-sided slider pushes some option towards each end.
    pub fn is_two_sided(&self) -> bool {
        !self.weights_low.is_empty() || self.low.is_some()
    }

    /// A slider with two positions is shown as a checkbox.
    pub fn is_toggle(&self) -> bool {
        self.max == 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The maps as plain `BTreeMap`s, as the schema must keep seeing them.
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    struct PlainMaps {
        ratings: BTreeMap<String, u32>,
        #[serde(default)]
        weights: BTreeMap<String, u32>,
    }

    /// The schema of `field` in `T`, its doc comment left out.
    fn field_schema<T: JsonSchema>(field: &str) -> serde_json::Value {
        let mut schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        let mut field = schema["properties"][field].take();
        if let Some(object) = field.as_object_mut() {
            object.remove("description");
        }
        field
    }

    #[test]
    fn unique_keys_leave_the_schema_a_plain_map() {
        let map = field_schema::<PlainMaps>("ratings");
        assert_eq!(map["type"], "object", "{map}");
        assert_eq!(map["additionalProperties"]["type"], "integer", "{map}");
        assert_eq!(field_schema::<Factor>("ratings"), map);
        let defaulted = field_schema::<PlainMaps>("weights");
        assert_eq!(field_schema::<Trait>("weights"), defaulted);
        assert_eq!(field_schema::<Trait>("weights_low"), defaulted);
    }
}
