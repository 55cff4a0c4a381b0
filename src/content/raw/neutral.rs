//! A two-sided slider's neutral point, or range: where neither side counts.
//! Written `neutral: 5` or `neutral: [3, 7]`.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

/// Where neither side of a two-sided slider counts: one value, or the
/// values `from..=to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Neutral {
    pub from: u32,
    pub to: u32,
}

impl Neutral {
    pub fn at(value: u32) -> Self {
        Self {
            from: value,
            to: value,
        }
    }
}

impl<'de> Deserialize<'de> for Neutral {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PointOrRange;

        impl<'de> de::Visitor<'de> for PointOrRange {
            type Value = Neutral;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a value, or `[from, to]`")
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Neutral, E> {
                let value = u32::try_from(value)
                    .map_err(|_| E::custom(format_args!("neutral {value} is out of range")))?;
                Ok(Neutral::at(value))
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Neutral, A::Error> {
                let two = "a neutral range is two values, `[from, to]`";
                let from = seq.next_element()?.ok_or_else(|| de::Error::custom(two))?;
                let to = seq.next_element()?.ok_or_else(|| de::Error::custom(two))?;
                if seq.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom(two));
                }
                Ok(Neutral { from, to })
            }
        }

        deserializer.deserialize_any(PointOrRange)
    }
}

impl Serialize for Neutral {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.from == self.to {
            serializer.serialize_u32(self.from)
        } else {
            [self.from, self.to].serialize(serializer)
        }
    }
}

impl JsonSchema for Neutral {
    fn schema_name() -> Cow<'static, str> {
        "Neutral".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The value where neither side counts, or the range `[from, to]` of such values.",
            "anyOf": [
                { "type": "integer", "minimum": 0 },
                {
                    "type": "array",
                    "items": { "type": "integer", "minimum": 0 },
                    "minItems": 2,
                    "maxItems": 2
                }
            ]
        })
    }
}

/// The steps at `value` that `raises` and `raises_low` count on a slider
/// running 0..=`max`: beyond the neutral range on either side, or `value`
/// and `max − value` when there is none.
pub fn slider_steps(max: u32, neutral: Option<Neutral>, value: u32) -> (u32, u32) {
    let value = value.min(max);
    match neutral {
        Some(Neutral { from, to }) => (value.saturating_sub(to), from.saturating_sub(value)),
        None => (value, max - value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::yaml;

    #[test]
    fn a_point_or_a_range_reads_and_counts_steps_beyond_it() {
        let point: Neutral = yaml::from_str("5").unwrap();
        assert_eq!(point, Neutral::at(5));
        let range: Neutral = yaml::from_str("[3, 7]").unwrap();
        assert_eq!(range, Neutral { from: 3, to: 7 });
        assert!(yaml::from_str::<Neutral>("[3]").is_err());
        assert!(yaml::from_str::<Neutral>("[3, 5, 7]").is_err());
        assert_eq!(slider_steps(10, Some(range), 5), (0, 0));
        assert_eq!(slider_steps(10, Some(range), 9), (2, 0));
        assert_eq!(slider_steps(10, Some(range), 1), (0, 2));
        assert_eq!(slider_steps(10, Some(point), 5), (0, 0));
        assert_eq!(slider_steps(10, None, 4), (4, 6));
        assert_eq!(slider_steps(10, None, 40), (10, 0), "clamped to the max");
    }
}
