//! Situations as written: projects the article speaks of, each with the
//! verdict the article implies for it, which `check` holds the pack to.
//!
//! ```yaml
//! situations:
//!   - name: a data product
//!     values: { data_ai: 10 }
//!     expect: python                 # an option id, `close`, or a list of acceptable ones
//!     applies: [python-data]         # optional: exactly the rules that apply
//!     basis: "choose Python if your project touches data"
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::{text, unique_keys};

/// The word for "too close to call" in `expect`.
pub const CLOSE: &str = "close";

/// One situation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Situation")]
pub struct SituationFile {
    /// A few words that name it in messages and in `list`.
    #[serde(deserialize_with = "text")]
    pub name: String,
    /// Slider values by slider id; sliders not named keep their defaults.
    #[serde(default, deserialize_with = "unique_keys")]
    pub values: BTreeMap<String, u32>,
    /// The verdict the article implies: an option id, `close` (too close to
    /// call), or a list of those, any of which will do.
    pub expect: Expect,
    /// The ids of the rules that apply here, all of them: any other rule
    /// that applies, or one of these that does not, fails the situation.
    #[serde(default)]
    pub applies: Option<Vec<String>>,
    /// The article's words that imply this verdict: a quotation.
    #[serde(deserialize_with = "text")]
    pub basis: String,
}

/// The verdicts a situation accepts: option ids and `close`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Expect(pub Vec<String>);

impl<'de> Deserialize<'de> for Expect {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrMany;

        impl<'de> Visitor<'de> for OneOrMany {
            type Value = Expect;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("an option id, `close`, or a list of them")
            }

            fn visit_str<E: de::Error>(self, id: &str) -> Result<Expect, E> {
                Ok(Expect(vec![id.to_owned()]))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Expect, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element::<String>()? {
                    ids.push(id);
                }
                Ok(Expect(ids))
            }
        }

        deserializer.deserialize_any(OneOrMany)
    }
}

impl JsonSchema for Expect {
    fn schema_name() -> Cow<'static, str> {
        "Expect".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An option id, `close` (too close to call), or a list of them, any of which will do.",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" }, "minItems": 1 }
            ]
        })
    }
}
