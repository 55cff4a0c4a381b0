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

mod neutral;
mod situation;
mod when;

pub use neutral::{Neutral, slider_steps};
pub use situation::{CLOSE, Expect, SituationFile};
pub use when::{Range, Test, When};

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
    /// What the options are choices for, in a few words ("backend"): a
    /// decision record is then titled "Use Python for the backend".
    #[serde(default)]
    pub choosing: Option<String>,
    /// The article's opening, paragraphs separated by a blank line.
    #[serde(deserialize_with = "text")]
    pub intro: String,
    /// The technologies compared (2 to 8).
    pub options: Vec<OptionDef>,
    /// The criteria: each option rated 0..=10 on each, with the article's words behind it.
    pub factors: Vec<FactorFile>,
    /// The sliders that describe the reader's project and raise how much factors count.
    #[serde(rename = "traits")]
    pub sliders: Vec<SliderFile>,
    /// The article body, in reading order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The article's own verbal rules.
    #[serde(default)]
    pub rules: Vec<RuleFile>,
    /// When the top two fits are this close, the verdict is "too close to call".
    pub close_call: CloseCallFile,
    /// An optional call to action that ends the article.
    #[serde(default)]
    pub closing: Option<Closing>,
    /// Projects the article speaks of, with the verdict it implies for
    /// each; `check` fails when the pack gives another.
    #[serde(default)]
    pub situations: Vec<SituationFile>,
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
    /// A judgement still to make (`stackcompare draft` writes these):
    /// `check` reports each as an error until the author removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decide: Option<String>,
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
    /// Other names the article gives it ("Node" for Node.js): a basis
    /// that names one of them speaks of this option.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// A judgement still to make (`stackcompare draft` writes these):
    /// `check` reports each as an error until the author removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decide: Option<String>,
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

/// One option's rating on one factor: a number with the article's words
/// behind it, or `not_said: true` where the article says nothing of this
/// option on this factor (the neutral rating, `NOT_SAID_RATING`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rating")]
pub struct RatingFile {
    /// 0..=10: the pack's reading of the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u32>,
    /// The article's words behind the rating: a quotation from a sentence
    /// that speaks of this option (names it or an alias, or says "both" or
    /// "either", or sits in a paragraph about this option alone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// The article says nothing of this option here: no rating, no basis.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_said: bool,
    /// A judgement still to make (`stackcompare draft` writes these):
    /// `check` reports each as an error until the author removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decide: Option<String>,
}

/// The rating of an option the article says nothing of: the middle of 0..=10.
pub const NOT_SAID_RATING: u32 = 5;

impl RatingFile {
    /// A rating with the article's words behind it.
    pub fn quoted(rating: u32, basis: impl Into<String>) -> Self {
        Self {
            rating: Some(rating),
            basis: Some(basis.into()),
            not_said: false,
            decide: None,
        }
    }

    /// A rating the article does not give.
    pub fn not_said() -> Self {
        Self {
            not_said: true,
            ..Self::default()
        }
    }
}

/// One slider, as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Trait")]
pub struct SliderFile {
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
    /// Two-sided sliders: the value where neither side counts (or a range
    /// of values, `[from, to]`); `raises` then count per step above it and
    /// `raises_low` per step below it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neutral: Option<Neutral>,
    /// A judgement still to make (`stackcompare draft` writes these):
    /// `check` reports each as an error until the author removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decide: Option<String>,
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
    /// `[a-z0-9_-]+`, optional: situations name rules by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The option this rule recommends.
    pub option: String,
    /// A quotation.
    #[serde(deserialize_with = "text")]
    pub text: String,
    /// When the rule applies: its own "if", as conditions on the sliders;
    /// any one entry holds (the article's "or").
    #[serde(default)]
    pub when: Vec<When>,
    /// A judgement still to make (`stackcompare draft` writes these):
    /// `check` reports each as an error until the author removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decide: Option<String>,
}

/// The "too close to call" threshold and what the article says then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "CloseCall")]
pub struct CloseCallFile {
    /// A lead of at most this many fit points (0..=100) is too close to call.
    pub margin: u32,
    /// One quotation, shown on every close call (or give `texts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Quotations for different close calls: the first whose `when` holds
    /// is shown; one without `when` always holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<CloseTextFile>,
    /// A judgement still to make (`stackcompare draft` writes these):
    /// `check` reports each as an error until the author removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decide: Option<String>,
}

/// One close-call text and when it is the one to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "CloseText")]
pub struct CloseTextFile {
    /// A quotation.
    #[serde(deserialize_with = "text")]
    pub text: String,
    /// Conditions on the sliders (no bare slider ids: a close call has no
    /// option to push towards); any one holds. None: always.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<When>,
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
    "expected text, found nothing (null): write the text, or quote \"null\" for the word";

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
        assert_eq!(field_schema::<SliderFile>("raises"), raises);
        assert_eq!(field_schema::<SliderFile>("raises_low"), raises);
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
                When::Pushes("x".into()),
                When::All(vec![When::Pushes("y".into()), When::Pushes("z".into())])
            ]
        );
    }

    /// The message of the error reading `text` as a `T`.
    fn expected<T: serde::de::DeserializeOwned + fmt::Debug>(text: &str) -> String {
        crate::content::yaml::from_str::<T>(text)
            .unwrap_err()
            .message
    }

    #[test]
    fn a_value_of_the_wrong_shape_is_told_what_shape_was_expected() {
        let map = expected::<SliderFile>(
            "id: s\nlabel: S\nhelp: h\nmax: 1\ndefault: 0\nraises: [a, b]\n",
        );
        assert!(map.contains("expected a map"), "{map}");
        let neutral = expected::<Neutral>("{ at: 5 }");
        assert!(
            neutral.contains("expected a value, or `[from, to]`"),
            "{neutral}"
        );
        let expect = expected::<Expect>("{ a: 1 }");
        assert!(
            expect.contains("expected an option id, `close`, or a list of them"),
            "{expect}"
        );
        let when = expected::<When>("true");
        assert!(when.contains("expected a condition: "), "{when}");
        let test = expected::<When>("realtime: [5]");
        assert!(
            test.contains("expected `on`, `off`, or a test such as `{ at_least: 5 }`"),
            "{test}"
        );
    }

    #[test]
    fn a_rating_is_quoted_or_not_said() {
        let read = |text: &str| crate::content::yaml::from_str::<RatingFile>(text).unwrap();
        assert_eq!(
            read("{ rating: 4, basis: words }"),
            RatingFile::quoted(4, "words")
        );
        assert_eq!(read("{ not_said: true }"), RatingFile::not_said());
    }
}
