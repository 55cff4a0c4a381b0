//! Conditions as written: the `when` of a rule or a close-call text.
//!
//! ```yaml
//! when:
//!   - data_ai: { at_least: 6 }                 # a slider at least / at most a value
//!   - one_language: on                         # a toggle on (or off)
//!   - team_js: { at_least: 7, above: team_python, by: 3 }   # above another slider
//!   - all: [ { team_js: { at_least: 5 } }, { one_language: on } ]   # the article's "and"
//!   - any: [ ... ]                             # "or", inside an `all`
//!   - realtime                                 # a bare slider: it pushes towards the option
//! ```
//!
//! The entries of a `when` list are alternatives (any one holds). Read by
//! hand so a wrong shape is told in the author's terms, not serde's.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// One condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// `realtime`: the slider pushes towards the rule's option (moving it
    /// back to its default would shrink that option's lead).
    Pushes(String),
    /// `realtime: { at_least: 5 }`, `one_language: on`.
    Test(String, Test),
    /// `all: [...]`, or a nested list: every part holds.
    All(Vec<When>),
    /// `any: [...]`: at least one part holds.
    Any(Vec<When>),
}

/// What a slider is tested against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Test {
    /// `on` / `off` (or `true` / `false`), for a toggle.
    On(bool),
    /// `{ at_least, at_most, above, by }`.
    Range(Range),
}

/// A slider's value within bounds, or above another slider's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// The slider is at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<u32>,
    /// The slider is at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<u32>,
    /// The slider is above this other slider ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub above: Option<String>,
    /// ... by at least this much (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<u32>,
}

/// What is said of a condition that is none of the shapes.
const SHAPES: &str =
    "a slider id, `SLIDER: { at_least: N }`, `SLIDER: on`, `all: [...]` or `any: [...]`";

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WhenVisitor)
    }
}

struct WhenVisitor;

impl<'de> Visitor<'de> for WhenVisitor {
    type Value = When;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "a condition: {SHAPES}")
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<When, E> {
        Ok(When::Pushes(id.to_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<When, A::Error> {
        let mut all = Vec::new();
        while let Some(part) = seq.next_element()? {
            all.push(part);
        }
        Ok(When::All(all))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<When, A::Error> {
        let Some(key) = map.next_key::<String>()? else {
            return Err(de::Error::custom(format_args!(
                "an empty condition; write {SHAPES}"
            )));
        };
        let when = match key.as_str() {
            "all" => When::All(map.next_value()?),
            "any" => When::Any(map.next_value()?),
            _ => When::Test(key, map.next_value()?),
        };
        if let Some(other) = map.next_key::<String>()? {
            return Err(de::Error::custom(format_args!(
                "a condition names one slider, but this one also names `{other}`; join several with `all: [...]`"
            )));
        }
        Ok(when)
    }
}

impl<'de> Deserialize<'de> for Test {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TestVisitor)
    }
}

struct TestVisitor;

impl<'de> Visitor<'de> for TestVisitor {
    type Value = Test;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("`on`, `off`, or a test such as `{ at_least: 5 }`")
    }

    fn visit_bool<E: de::Error>(self, on: bool) -> Result<Test, E> {
        Ok(Test::On(on))
    }

    fn visit_str<E: de::Error>(self, word: &str) -> Result<Test, E> {
        match word {
            "on" => Ok(Test::On(true)),
            "off" => Ok(Test::On(false)),
            other => Err(de::Error::custom(format_args!(
                "`{other}` is not a test of a slider: give `on`, `off`, or a test such as `{{ at_least: 5 }}`"
            ))),
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Test, E> {
        Err(de::Error::custom(format_args!(
            "a bare number ({value}) is not a test: say `{{ at_least: {value} }}` or `{{ at_most: {value} }}`"
        )))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Test, A::Error> {
        Range::deserialize(de::value::MapAccessDeserializer::new(map)).map(Test::Range)
    }
}

impl Serialize for When {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Pushes(id) => serializer.serialize_str(id),
            Self::Test(id, test) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(id, test)?;
                map.end()
            }
            Self::All(parts) | Self::Any(parts) => {
                let key = if matches!(self, Self::All(_)) {
                    "all"
                } else {
                    "any"
                };
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(key, parts)?;
                map.end()
            }
        }
    }
}

impl Serialize for Test {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::On(on) => serializer.serialize_str(if *on { "on" } else { "off" }),
            Self::Range(range) => range.serialize(serializer),
        }
    }
}

impl JsonSchema for When {
    fn schema_name() -> Cow<'static, str> {
        "Condition".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let when = generator.subschema_for::<When>();
        let test = generator.subschema_for::<Test>();
        json_schema!({
            "description": "A condition: a slider id (it pushes towards the rule's option), `SLIDER: { at_least, at_most, above, by }`, `SLIDER: on|off`, `all: [...]` (every part) or `any: [...]` (one part); a nested list is `all`.",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": when },
                {
                    "type": "object",
                    "properties": { "all": { "type": "array", "items": when } },
                    "required": ["all"],
                    "additionalProperties": false
                },
                {
                    "type": "object",
                    "properties": { "any": { "type": "array", "items": when } },
                    "required": ["any"],
                    "additionalProperties": false
                },
                {
                    "type": "object",
                    "additionalProperties": test,
                    "minProperties": 1,
                    "maxProperties": 1
                }
            ]
        })
    }
}

impl JsonSchema for Test {
    fn schema_name() -> Cow<'static, str> {
        "Test".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let range = generator.subschema_for::<Range>();
        json_schema!({
            "description": "`on` / `off` for a toggle, or bounds on the slider's value.",
            "anyOf": [
                { "type": "string", "enum": ["on", "off"] },
                { "type": "boolean" },
                range
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::yaml;

    fn read(text: &str) -> Result<Vec<When>, String> {
        yaml::from_str::<Vec<When>>(text).map_err(|error| error.message)
    }

    #[test]
    fn every_shape_reads() {
        let when = read(
            "- realtime\n- data_ai: { at_least: 6 }\n- one_language: on\n- all: [ { team_js: { at_least: 5, above: team_python, by: 2 } }, { x: off } ]\n- any: [a, b]\n- [c, d]\n",
        )
        .unwrap();
        assert_eq!(when[0], When::Pushes("realtime".into()));
        assert_eq!(
            when[1],
            When::Test(
                "data_ai".into(),
                Test::Range(Range {
                    at_least: Some(6),
                    ..Range::default()
                })
            )
        );
        assert_eq!(when[2], When::Test("one_language".into(), Test::On(true)));
        let When::All(parts) = &when[3] else {
            panic!("{:?}", when[3])
        };
        assert_eq!(
            parts[0],
            When::Test(
                "team_js".into(),
                Test::Range(Range {
                    at_least: Some(5),
                    above: Some("team_python".into()),
                    by: Some(2),
                    ..Range::default()
                })
            )
        );
        assert_eq!(parts[1], When::Test("x".into(), Test::On(false)));
        assert_eq!(
            when[4],
            When::Any(vec![When::Pushes("a".into()), When::Pushes("b".into())])
        );
        assert_eq!(
            when[5],
            When::All(vec![When::Pushes("c".into()), When::Pushes("d".into())])
        );
    }

    #[test]
    fn wrong_shapes_say_what_is_wanted() {
        let two = read("- { a: on, b: on }\n").unwrap_err();
        assert!(two.contains("also names `b`"), "{two}");
        let word = read("- a: maybe\n").unwrap_err();
        assert!(word.contains("`maybe` is not a test"), "{word}");
        let number = read("- a: 5\n").unwrap_err();
        assert!(number.contains("{ at_least: 5 }"), "{number}");
        let field = read("- a: { at_leest: 5 }\n").unwrap_err();
        assert!(field.contains("at_leest"), "{field}");
    }

    #[test]
    fn what_is_read_is_written_back_the_same() {
        let text = "- realtime\n- data_ai:\n    at_least: 6\n- one_language: on\n- all:\n  - a\n  - any:\n    - b\n";
        let when = read(text).unwrap();
        // JSON is YAML: written out and read back, it is the same.
        let written = serde_json::to_string(&when).unwrap();
        assert_eq!(read(&written).unwrap(), when);
    }
}
