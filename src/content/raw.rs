//! The pack file format (schema 2): the serde types a YAML pack is read into,
//! before validation turns ids into indices (`model`).
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
pub const SCHEMA_VERSION: u32 = 2;

/// One comparison pack as written: an article, its options, factors, sliders and rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Pack")]
pub struct PackFile {
    /// Schema version of the pack format; must be 2.
    pub schema: u32,
    /// Pack id, `[a-z0-9-]+`; profiles and `--pack` name it.
    pub id: String,
    /// The article's title (part of the article text quotations come from).
    #[serde(deserialize_with = "text")]
    pub title: String,
    /// Attribution for the article.
    pub source: Source,
    /// The article's opening, paragraphs separated by a blank line.
    #[serde(deserialize_with = "text")]
    pub intro: String,
    /// The technologies compared (2 to 8).
    pub options: Vec<OptionDef>,
    /// The criteria: each option rated 0..=10 on each, with the article's words behind it.
    pub factors: Vec<FactorFile>,
    /// The sliders that describe the reader's project and raise how much factors count.
    pub traits: Vec<TraitFile>,
    /// The article body, in reading order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The article's own verbal rules.
    #[serde(default)]
    pub rules: Vec<RuleFile>,
    /// When the top two fits are this close, the verdict is "too close to call".
    pub close_call: CloseCall,
    /// An optional call to action that ends the article.
    #[serde(default)]
    pub closing: Option<Closing>,
}

/// Who published the article, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[serde(deserialize_with = "text")]
    pub publisher: String,
    /// An http or https address, or null.
    #[serde(default)]
    pub url: Option<String>,
}

/// One technology being compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
    /// `[a-z0-9_-]+`, the key of ratings and rules.
    pub id: String,
    #[serde(deserialize_with = "text")]
    pub name: String,
    /// A few words that characterise the option.
    #[serde(deserialize_with = "text")]
    pub tagline: String,
    /// The pack's short description of the option.
    #[serde(deserialize_with = "text")]
    pub summary: String,
}

/// One criterion, as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Factor")]
pub struct FactorFile {
    pub id: String,
    #[serde(deserialize_with = "text")]
    pub name: String,
    /// The article's one-line verdict on this factor: a quotation.
    #[serde(deserialize_with = "text")]
    pub summary: String,
    /// Optional longer text; each paragraph a quotation.
    #[serde(default)]
    pub detail: Option<String>,
    /// How much it counts before any slider moves (default 1).
    #[serde(default = "one")]
    pub weight: u32,
    /// The pack's rating of each option, 0..=10, with the article's words behind it.
    #[serde(default, deserialize_with = "unique_keys")]
    pub ratings: BTreeMap<String, RatingFile>,
    /// Options the user rates instead: option id → slider id (the slider's
    /// value, scaled to 0..=10, is the rating).
    #[serde(default, deserialize_with = "unique_keys")]
    pub rated_by: BTreeMap<String, String>,
}

fn one() -> u32 {
    1
}

/// One option's rating on one factor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rating")]
pub struct RatingFile {
    /// 0..=10: the pack's reading of the article.
    pub rating: u32,
    /// The article's words behind the rating: a quotation.
    #[serde(deserialize_with = "text")]
    pub basis: String,
}

/// One slider, as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Trait")]
pub struct TraitFile {
    /// `[a-z0-9_-]+`, used by `--set ID=V` and profiles.
    pub id: String,
    /// The pack's own words, never presented as the article's.
    #[serde(deserialize_with = "text")]
    pub label: String,
    #[serde(deserialize_with = "text")]
    pub help: String,
    /// The slider runs 0..=max (1..=100); `max: 1` is a toggle.
    pub max: u32,
    #[serde(default)]
    pub default: u32,
    /// Label for the 0 end of a two-sided slider.
    #[serde(default)]
    pub low: Option<String>,
    /// Label for the max end.
    #[serde(default)]
    pub high: Option<String>,
    /// Importance added to each named factor per step towards max.
    #[serde(default, deserialize_with = "unique_keys")]
    pub raises: BTreeMap<String, u32>,
    /// Importance added to each named factor per step towards 0 (two-sided sliders).
    #[serde(default, deserialize_with = "unique_keys")]
    pub raises_low: BTreeMap<String, u32>,
}

/// One section of the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    #[serde(deserialize_with = "text")]
    pub title: String,
    #[serde(deserialize_with = "text")]
    pub body: String,
}

/// One of the article's own rules ("choose Python if ..."), as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rule")]
pub struct RuleFile {
    /// The option this rule recommends.
    pub option: String,
    /// A quotation.
    #[serde(deserialize_with = "text")]
    pub text: String,
    /// The sliders the rule speaks of; a nested list means "all of these together".
    #[serde(default)]
    pub when: Vec<When>,
}

/// One entry of a rule's `when`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum When {
    /// One slider.
    One(String),
    /// Several sliders that count only together.
    All(Vec<String>),
}

/// The "too close to call" threshold and what the article says then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseCall {
    /// A lead of at most this many fit points (0..=100) is too close to call.
    pub margin: u32,
    /// A quotation.
    #[serde(deserialize_with = "text")]
    pub text: String,
}

/// The article's closing call to action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    #[serde(deserialize_with = "text")]
    pub title: String,
    #[serde(deserialize_with = "text")]
    pub body: String,
}

/// What is said of a `null` where text is required.
pub const NULL_TEXT: &str =
    "invalid type: null, expected text (write the text, or quote \"null\" for the word)";

/// A required text field: a plain `null` or `~` is no text (serde would
/// otherwise read it as the word "null"); quoted, `"null"` is the word.
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Option::<String>::deserialize(deserializer)?.ok_or_else(|| de::Error::custom(NULL_TEXT))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The maps as plain `BTreeMap`s, as the schema must keep seeing them.
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    struct PlainMaps {
        #[serde(default)]
        raises: BTreeMap<String, u32>,
        #[serde(default)]
        rated_by: BTreeMap<String, String>,
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
        let raises = field_schema::<PlainMaps>("raises");
        assert_eq!(raises["type"], "object", "{raises}");
        assert_eq!(raises["additionalProperties"]["type"], "integer");
        assert_eq!(field_schema::<TraitFile>("raises"), raises);
        assert_eq!(field_schema::<TraitFile>("raises_low"), raises);
        assert_eq!(
            field_schema::<FactorFile>("rated_by"),
            field_schema::<PlainMaps>("rated_by")
        );
    }

    #[test]
    fn when_reads_one_slider_or_a_group() {
        let rule: RuleFile =
            crate::content::yaml::from_str("option: a\ntext: t\nwhen: [x, [y, z]]\n").unwrap();
        assert_eq!(
            rule.when,
            [
                When::One("x".into()),
                When::All(vec!["y".into(), "z".into()])
            ]
        );
    }
}
