//! A profile read against other bytes of its pack than it was saved with:
//! what of it the change touches, said on one line.

use std::fmt;

use crate::content::{Pack, Sha256};
use crate::diagnostic::{Diagnostic, Place};

/// One thing in a profile that the pack's new version no longer takes as
/// written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Drifted {
    /// A slider the profile sets is gone: its id and the value not used.
    SliderGone(String, u32),
    /// A slider's range now ends below the profile's value: the slider's
    /// index and the value, taken as the new end.
    Narrowed(usize, u32),
    /// A slider the profile does not set, which starts at its default.
    SliderNew(usize),
    /// A rating of the reader's whose factor or option is gone, or that a
    /// slider now gives: factor and option ids.
    RatingGone(String, String),
    /// A weight of the reader's whose factor is gone.
    WeightGone(String),
}

impl Drifted {
    pub(super) fn phrase(&self, pack: &Pack) -> String {
        match self {
            Self::SliderGone(id, value) => {
                format!("slider `{id}` is gone (its {value} is not used)")
            }
            Self::Narrowed(index, value) => {
                let t = &pack.sliders[*index];
                format!(
                    "“{}” now ends at {}, so {value} is taken as {}",
                    t.label, t.max, t.max
                )
            }
            Self::SliderNew(index) => {
                let t = &pack.sliders[*index];
                format!(
                    "“{}” is new and starts at its default {}",
                    t.label, t.default
                )
            }
            Self::RatingGone(factor, option) => {
                format!("your rating of `{option}` on `{factor}` no longer applies and is not used")
            }
            Self::WeightGone(factor) => {
                format!("factor `{factor}` is gone (your weight for it is not used)")
            }
        }
    }
}

const NOTHING_TOUCHED: &str = "none of its values or numbers needed changing";

/// The note for a profile saved against other bytes of its pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The profile's file, as it was named, and the place of its
    /// `pack_sha256`.
    pub file: String,
    pub place: Option<Place>,
    pub pack: String,
    pub saved: Sha256,
    /// The open pack's digest (`None` for one built in memory).
    pub now: Option<Sha256>,
    /// What of the profile the change touches, each said as a clause.
    pub touched: Vec<String>,
}

impl Drift {
    /// The note a command prints before its result, at the profile's
    /// `pack_sha256`.
    pub fn note(&self) -> Diagnostic {
        Diagnostic::new(&self.file, self.place, format!("note: {self}"))
    }

    /// What of the profile the change touches, for a status line that has
    /// no room for digests.
    pub fn touched_phrase(&self) -> String {
        if self.touched.is_empty() {
            NOTHING_TOUCHED.to_owned()
        } else {
            self.touched.join("; ")
        }
    }

    /// The error `--strict` makes of it.
    pub fn refusal(&self) -> Diagnostic {
        Diagnostic::new(
            &self.file,
            self.place,
            format!("{self}; --strict takes only a profile saved against these bytes of the pack"),
        )
    }
}

/// What the note says, without the file: how the pack changed, and what of
/// the profile that touches.
impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let now = self.now.map_or_else(|| "none".to_owned(), |d| d.short());
        write!(
            f,
            "saved against another version of pack `{}` (SHA-256 {}…, now {now}…): ",
            self.pack,
            self.saved.short()
        )?;
        write!(f, "{}", self.touched_phrase())
    }
}
