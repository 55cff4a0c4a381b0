//! Saved slider values: `pack: ID` and `values: {TRAIT: V}` in YAML, with
//! the reader's own numbers beside them: `ratings: {FACTOR: {OPTION: N}}`
//! and `weights: {FACTOR: N}`, counted in place of the pack's.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::content::{self, Pack, Problems, Sha256, yaml};
use crate::content::{MAX_RATING, MAX_WEIGHT, Rating};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::engine::Overrides;
use crate::suggest::did_you_mean;

mod drift;

pub use drift::Drift;
use drift::Drifted;

/// The slider values and the reader's own numbers a profile sets on a pack.
pub type Settings = (Vec<u32>, Overrides);

/// A profile as written in its file, before it is checked against a pack.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The id of the pack these values belong to.
    pub pack: String,
    /// Whose view this is, in a group (`--profile` given several times);
    /// the file's name when absent.
    #[serde(default)]
    pub name: Option<String>,
    /// Slider values by slider id; sliders not named keep their defaults.
    #[serde(default, deserialize_with = "content::unique_keys")]
    pub values: BTreeMap<String, u32>,
    /// The reader's ratings in place of the pack's, by factor id, then
    /// option id.
    #[serde(default, deserialize_with = "content::unique_keys")]
    pub ratings: BTreeMap<String, OptionRatings>,
    /// The reader's base weights in place of the pack's, by factor id.
    #[serde(default, deserialize_with = "content::unique_keys")]
    pub weights: BTreeMap<String, u32>,
    /// The SHA-256 of the pack's file this profile was saved against (its
    /// receipt; profiles written by hand may leave it out).
    #[serde(default)]
    pub pack_sha256: Option<String>,
    /// The version of stackcompare that saved it.
    #[serde(default)]
    pub tool_version: Option<String>,
    /// The file's text and name, to place errors found against a pack.
    #[serde(skip)]
    source: Option<(String, String)>,
    /// Unknown fields the file has beside these, reported with the problems
    /// found against a pack, so every problem comes at once.
    #[serde(skip)]
    unknown_fields: Vec<Diagnostic>,
}

impl Profile {
    /// Read a profile file (its pack is checked later, by `values_for`).
    pub fn load(path: &Path) -> Result<Self, Diagnostics> {
        let text = content::read_text(path)?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parse profile text; `name` labels the messages.
    pub fn parse(text: &str, name: &str) -> Result<Self, Diagnostics> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(Diagnostics::one(Diagnostic::new(
                name,
                None,
                "the file is empty; a profile has `pack:` and `values:`",
            )));
        }
        let yaml::Every {
            value: parsed,
            errors,
            read,
        } = yaml::from_str_every::<Self>(text);
        let mut errors: Vec<Diagnostic> = errors
            .into_iter()
            .map(|error| Diagnostic::new(name, error.place, error.message))
            .collect();
        crate::diagnostic::in_file_order(&mut errors);
        let Some(mut profile) = parsed else {
            return Err(Diagnostics(errors));
        };
        // The text as read places problems under a misspelt `values`.
        profile.source = Some((read.into_owned(), name.to_owned()));
        profile.unknown_fields = errors;
        Ok(profile)
    }

    /// The fields of the file that are not a profile's (each reported again
    /// by `values_for`).
    pub fn unknown_fields(&self) -> &[Diagnostic] {
        &self.unknown_fields
    }

    /// The slider values this profile sets on `pack`, defaults elsewhere;
    /// every unknown slider, out-of-range value or other pack is an error,
    /// as is every rating or weight `settings_for` refuses.
    pub fn values_for(&self, pack: &Pack) -> Result<Vec<u32>, Diagnostics> {
        self.settings_for(pack).map(|(values, _)| values)
    }

    /// The slider values and the reader's own numbers this profile sets on
    /// `pack` (only those that differ from the pack's); every problem with
    /// either is reported at once, each at its line and column.
    pub fn settings_for(&self, pack: &Pack) -> Result<Settings, Diagnostics> {
        self.read_against(pack).0
    }

    /// The settings as `settings_for` reads them, and, when the profile was
    /// saved against other bytes of `pack`, what of it no longer fits: a
    /// slider gone or narrowed, a factor or option gone. Those are then
    /// left out or brought into range (and listed) rather than refused,
    /// since the file was right for the pack it was saved with.
    fn read_against(&self, pack: &Pack) -> (Result<Settings, Diagnostics>, Vec<Drifted>) {
        let mut problems = Problems::default();
        let mut drifted = Vec::new();
        if self.pack != pack.id {
            problems.add(
                || "pack".into(),
                || {
                    format!(
                        "this profile is for pack `{}`, not `{}`",
                        self.pack, pack.id
                    )
                },
            );
        }
        let saved = match self
            .pack_sha256
            .as_deref()
            .map(|text| (text, Sha256::parse(text)))
        {
            None => None,
            Some((_, Some(digest))) => Some(digest),
            Some((text, None)) => {
                problems.add(
                    || "pack_sha256".into(),
                    || format!("`{text}` is not a SHA-256: give the 64 hex digits `sha256sum` prints of the pack, or leave the key out"),
                );
                None
            }
        };
        let other_bytes = self.pack == pack.id && saved.is_some() && saved != pack.sha256;
        let mut values = pack.default_values();
        for (id, &value) in &self.values {
            match check_value(pack, id, value) {
                Ok(index) => values[index] = value,
                Err(_) if other_bytes && pack.slider_index(id).is_none() => {
                    drifted.push(Drifted::SliderGone(id.clone(), value));
                }
                Err(_) if other_bytes && pack.slider_index(id).is_some() => {
                    let index = pack.slider_index(id).unwrap_or_default();
                    let max = pack.sliders[index].max;
                    values[index] = max;
                    drifted.push(Drifted::Narrowed(index, value));
                }
                Err(message) => problems.add(|| format!("values.{id}"), || message),
            }
        }
        let mut overrides = Overrides::default();
        for (factor_id, OptionRatings(ratings)) in &self.ratings {
            for (option_id, &value) in ratings {
                match check_rating(pack, factor_id, option_id, value) {
                    Ok(at) => {
                        overrides.ratings.insert(at, value);
                    }
                    Err(_) if other_bytes && value <= MAX_RATING => {
                        drifted.push(Drifted::RatingGone(factor_id.clone(), option_id.clone()));
                    }
                    Err(Refused { of_factor, message }) => {
                        let path = if of_factor {
                            format!("ratings.{factor_id}")
                        } else {
                            format!("ratings.{factor_id}.{option_id}")
                        };
                        problems.add(|| path, || message);
                    }
                }
            }
        }
        for (factor_id, &value) in &self.weights {
            match check_weight(pack, factor_id, value) {
                Ok(factor) => {
                    overrides.weights.insert(factor, value);
                }
                Err(_) if other_bytes && pack.factor_index(factor_id).is_none() => {
                    drifted.push(Drifted::WeightGone(factor_id.clone()));
                }
                Err(message) => problems.add(|| format!("weights.{factor_id}"), || message),
            }
        }
        if other_bytes {
            let new = pack.sliders.iter().enumerate();
            drifted.extend(
                new.filter(|(_, t)| !self.values.contains_key(&t.id))
                    .map(|(index, _)| Drifted::SliderNew(index)),
            );
        }
        if problems.is_empty() && self.unknown_fields.is_empty() {
            return (Ok((values, overrides.against(pack))), drifted);
        }
        let (text, name) = self.source.clone().unwrap_or_default();
        let placed = self.unknown_fields.clone();
        (
            Err(content::locate_among(&text, &name, problems, placed)),
            drifted,
        )
    }

    /// When this profile was saved against other bytes of `pack` (its
    /// `pack_sha256` is not the pack's): the note to show, with what of the
    /// profile the change touches. `None` for the same bytes, a profile
    /// without a receipt, or another pack (an error `settings_for` gives).
    pub fn drift(&self, pack: &Pack) -> Option<Drift> {
        let saved = Sha256::parse(self.pack_sha256.as_deref()?)?;
        if self.pack != pack.id || pack.sha256 == Some(saved) {
            return None;
        }
        let (_, touched) = self.read_against(pack);
        let (text, name) = self.source.clone().unwrap_or_default();
        Some(Drift {
            file: name,
            place: yaml::Locator::new(&text).find("pack_sha256"),
            pack: pack.id.clone(),
            saved,
            now: pack.sha256,
            touched: touched.iter().map(|d| d.phrase(pack)).collect(),
        })
    }
}

/// One factor's ratings in a profile, by option id.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct OptionRatings(
    #[serde(deserialize_with = "content::unique_keys")] pub BTreeMap<String, u32>,
);

/// Why a rating is refused, and whether the factor itself is what is wrong
/// (so the message is placed at the factor, not the option).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub of_factor: bool,
    pub message: String,
}

/// The factor of id `factor_id`, or what is wrong (with a did-you-mean).
fn factor_of(pack: &Pack, factor_id: &str) -> Result<usize, String> {
    pack.factor_index(factor_id).ok_or_else(|| {
        let hint = did_you_mean(factor_id, pack.factors.iter().map(|f| f.id.as_str()));
        format!("unknown factor `{factor_id}`{hint}")
    })
}

/// `(factor, option)` if the reader may rate `option_id` on `factor_id`
/// with `value`: both are known, the value is 0–10, and the rating is the
/// pack's (one a slider gives is the reader's already, through the slider).
pub fn check_rating(
    pack: &Pack,
    factor_id: &str,
    option_id: &str,
    value: u32,
) -> Result<(usize, usize), Refused> {
    let factor = factor_of(pack, factor_id).map_err(|message| Refused {
        of_factor: true,
        message,
    })?;
    let refused = |message| Refused {
        of_factor: false,
        message,
    };
    let Some(option) = pack.option_index(option_id) else {
        let hint = did_you_mean(option_id, pack.options.iter().map(|o| o.id.as_str()));
        return Err(refused(format!("unknown option `{option_id}`{hint}")));
    };
    if let Rating::Slider(slider) = pack.factors[factor].ratings[option] {
        let t = &pack.sliders[slider];
        return Err(refused(format!(
            "`{option_id}` on `{factor_id}` is rated by the slider “{}”: set `{}` instead",
            t.label, t.id
        )));
    }
    if value > MAX_RATING {
        return Err(refused(format!(
            "rating {value} of `{option_id}` on `{factor_id}` is out of range 0–{MAX_RATING}"
        )));
    }
    Ok((factor, option))
}

/// The factor of id `factor_id` if `value` is a base weight it may take
/// (0–MAX_WEIGHT); otherwise what is wrong.
pub fn check_weight(pack: &Pack, factor_id: &str, value: u32) -> Result<usize, String> {
    let factor = factor_of(pack, factor_id)?;
    if value > MAX_WEIGHT {
        return Err(format!(
            "weight {value} of `{factor_id}` is out of range 0–{MAX_WEIGHT}"
        ));
    }
    Ok(factor)
}

/// Apply `--rate FACTOR.OPTION=N` and `--weight FACTOR=N` on top of
/// `overrides` (a profile's), every problem reported. A number set back to
/// the pack's stays in, so a group can tell what the command line named;
/// `Overrides::against` leaves it out.
pub fn apply_overrides(
    pack: &Pack,
    overrides: &mut Overrides,
    rates: &[(String, String)],
    weights: &[(String, String)],
) -> Result<(), Diagnostics> {
    let mut problems = Vec::new();
    for (key, text) in rates {
        let (factor_id, option_id) = key.split_once('.').unwrap_or((key, ""));
        // What the rating is of comes first, whatever its value.
        let checked = check_rating(pack, factor_id, option_id, 0).and_then(|_| {
            let value = text.parse::<u32>().map_err(|_| Refused {
                of_factor: false,
                message: format!("`{text}` is not a rating: give a whole number in 0–{MAX_RATING}"),
            })?;
            Ok((check_rating(pack, factor_id, option_id, value)?, value))
        });
        match checked {
            Ok((at, value)) => {
                overrides.ratings.insert(at, value);
            }
            Err(refused) => problems.push(Diagnostic::new(
                format!("--rate {key}={text}"),
                None,
                refused.message,
            )),
        }
    }
    for (factor_id, text) in weights {
        let checked = check_weight(pack, factor_id, 0).and_then(|_| {
            let value = text.parse::<u32>().map_err(|_| {
                format!("`{text}` is not a weight: give a whole number in 0–{MAX_WEIGHT}")
            })?;
            Ok((check_weight(pack, factor_id, value)?, value))
        });
        match checked {
            Ok((factor, value)) => {
                overrides.weights.insert(factor, value);
            }
            Err(message) => problems.push(Diagnostic::new(
                format!("--weight {factor_id}={text}"),
                None,
                message,
            )),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(problems))
    }
}

/// The index of slider `id` if `value` fits its range; otherwise what is wrong.
pub fn check_value(pack: &Pack, id: &str, value: u32) -> Result<usize, String> {
    let Some(index) = pack.slider_index(id) else {
        let hint = did_you_mean(id, pack.sliders.iter().map(|t| t.id.as_str()));
        return Err(format!("unknown slider `{id}`{hint}"));
    };
    let t = &pack.sliders[index];
    if value > t.max {
        return Err(format!(
            "value {value} of `{id}` is out of range {}",
            range_words(t)
        ));
    }
    Ok(index)
}

/// One `--set ID=V` (or the line mode's `set ID V`): the slider's index
/// and its value, or what is wrong, the unknown slider first.
pub fn parse_set(pack: &Pack, id: &str, text: &str) -> Result<(usize, u32), String> {
    if pack.slider_index(id).is_none() {
        return check_value(pack, id, 0).map(|index| (index, 0));
    }
    let value = parse_value(pack, id, text)?;
    Ok((check_value(pack, id, value)?, value))
}

/// Apply `--set ID=V` pairs on top of `values`, every problem reported.
pub fn apply_sets(
    pack: &Pack,
    values: &mut [u32],
    sets: &[(String, String)],
) -> Result<(), Diagnostics> {
    let mut problems = Vec::new();
    for (id, text) in sets {
        match parse_set(pack, id, text) {
            Ok((index, value)) => values[index] = value,
            Err(message) => {
                problems.push(Diagnostic::new(format!("--set {id}={text}"), None, message))
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(problems))
    }
}

/// A slider's range as `--set` takes it: "0–10", or "0–1 (or off / on)".
fn range_words(t: &crate::content::Slider) -> String {
    if t.is_toggle() {
        "0–1 (or off / on)".into()
    } else {
        format!("0–{}", t.max)
    }
}

/// A `--set` value as a number (`on`/`off` for toggles), or what is wrong
/// with it (naming the range).
fn parse_value(pack: &Pack, id: &str, text: &str) -> Result<u32, String> {
    let Some(t) = pack.slider_index(id).map(|index| &pack.sliders[index]) else {
        return Err(format!("unknown slider `{id}`"));
    };
    match text {
        "on" if t.is_toggle() => return Ok(1),
        "off" if t.is_toggle() => return Ok(0),
        _ => {}
    }
    text.parse::<u32>().map_err(|_| {
        let what = if t.is_toggle() {
            "on, off or a whole number"
        } else {
            "a whole number"
        };
        format!(
            "`{text}` is not a value of `{id}`: give {what} in {}",
            range_words(t)
        )
    })
}

/// `values` of `old` moved onto `new`: each slider whose id is in both keeps
/// its value (within its new range); the others start at their defaults.
pub fn carry_values(old: &Pack, values: &[u32], new: &Pack) -> Vec<u32> {
    new.sliders
        .iter()
        .map(|t| {
            old.slider_index(&t.id)
                .and_then(|index| values.get(index))
                .map_or(t.default, |&value| value.min(t.max))
        })
        .collect()
}

/// The profile file for these values, sliders in pack order, under `name`
/// when there is one (a group names its people so).
pub fn to_yaml(pack: &Pack, values: &[u32], name: Option<&str>) -> String {
    to_yaml_with(pack, values, &Overrides::default(), name)
}

/// The same, with the reader's own numbers that differ from the pack's:
/// `ratings:` and `weights:` in pack order, after the values.
pub fn to_yaml_with(
    pack: &Pack,
    values: &[u32],
    overrides: &Overrides,
    name: Option<&str>,
) -> String {
    // Ids are `[a-z0-9_-]+` (validated), so nothing here can break the YAML;
    // the name is written as a double-quoted string, escaped.
    let mut out = format!(
        "# stackcompare profile: slider values for the pack `{0}`\npack: {0}\n",
        pack.id
    );
    if let Some(name) = name {
        out.push_str(&format!("name: {}\n", quoted(name)));
    }
    // The receipt: which bytes of the pack, and which stackcompare.
    if let Some(digest) = pack.sha256 {
        out.push_str(&format!("pack_sha256: {digest}\n"));
    }
    out.push_str(&format!(
        "tool_version: {}\n",
        quoted(content::TOOL_VERSION)
    ));
    out.push_str("values:\n");
    for (t, value) in pack.sliders.iter().zip(values) {
        out.push_str(&format!("  {}: {value}\n", t.id));
    }
    let overrides = overrides.clone().against(pack);
    if !overrides.ratings.is_empty() {
        out.push_str("ratings:\n");
        let mut last = None;
        for (&(factor, option), value) in &overrides.ratings {
            if last != Some(factor) {
                out.push_str(&format!("  {}:\n", pack.factors[factor].id));
                last = Some(factor);
            }
            out.push_str(&format!("    {}: {value}\n", pack.options[option].id));
        }
    }
    if !overrides.weights.is_empty() {
        out.push_str("weights:\n");
        for (&factor, value) in &overrides.weights {
            out.push_str(&format!("  {}: {value}\n", pack.factors[factor].id));
        }
    }
    out
}

/// `text` as a YAML double-quoted string: quotes, backslashes and every
/// control character escaped.
fn quoted(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The name a profile's file gives it to be saved under again: the file's
/// name without `.profile.yaml` (or `.yaml`, `.yml`).
pub fn name_of_file(file_name: &str) -> String {
    let stem = file_name
        .strip_suffix(".yaml")
        .or_else(|| file_name.strip_suffix(".yml"))
        .unwrap_or(file_name);
    stem.strip_suffix(".profile").unwrap_or(stem).to_owned()
}

/// The name `s` and `save` offer to save under: the loaded profile's
/// (`loaded`, its file name or the name it was last saved as), "group" for
/// a group's values (they are no one person's), else "my project".
pub fn offered_name(in_group: bool, loaded: Option<&str>) -> String {
    match (in_group, loaded) {
        (true, _) => "group".to_owned(),
        (false, Some(loaded)) => name_of_file(loaded),
        (false, None) => "my project".to_owned(),
    }
}

/// The file name a profile called `name` is saved under, without
/// `.profile.yaml`: its letters and digits in lower case, words joined by
/// `-` ("Data team 2" → `data-team-2`); `profile` when nothing is left.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= 40 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "profile".to_owned()
    } else {
        stem.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_yaml() {
        let pack = content::embedded();
        let mut values = pack.default_values();
        values[0] = 8;
        let text = to_yaml(&pack, &values, None);
        let profile = Profile::parse(&text, "p.yaml").unwrap();
        assert_eq!(profile.values_for(&pack).unwrap(), values);
        assert_eq!(profile.name, None);
    }

    #[test]
    fn a_name_round_trips_whatever_it_holds() {
        let pack = content::embedded();
        let values = pack.default_values();
        for name in [
            "Data team",
            "O'Brien: \"lead\" \\ #1",
            "- [x]: {a}",
            "Équipe 日本",
            // Control characters are escaped: a line break written as it
            // is would be read back as a space, a bell not at all.
            "Line one\nLine two",
            "Ring \u{7} twice",
        ] {
            let text = to_yaml(&pack, &values, Some(name));
            let profile = Profile::parse(&text, "p.yaml").unwrap();
            assert_eq!(profile.name.as_deref(), Some(name), "{text}");
            assert_eq!(profile.values_for(&pack).unwrap(), values);
        }
    }

    #[test]
    fn the_readers_numbers_round_trip_through_yaml() {
        let pack = content::embedded();
        let mut values = pack.default_values();
        values[1] = 6;
        let data_ai = pack.factor_index("data-ai").unwrap();
        let io = pack.factor_index("io-performance").unwrap();
        let (python, node) = (
            pack.option_index("python").unwrap(),
            pack.option_index("node").unwrap(),
        );
        let mut overrides = Overrides::default();
        overrides.ratings.insert((data_ai, node), 7);
        overrides.ratings.insert((io, python), 8);
        overrides.ratings.insert((io, node), 10); // the pack's own: not written
        overrides.weights.insert(data_ai, 5);
        let text = to_yaml_with(&pack, &values, &overrides, Some("Ana"));
        assert!(text.contains("ratings:\n  data-ai:\n    node: 7\n  io-performance:\n    python: 8\nweights:\n  data-ai: 5\n"), "{text}");
        let profile = Profile::parse(&text, "p.yaml").unwrap();
        let (read, read_overrides) = profile.settings_for(&pack).unwrap();
        assert_eq!(read, values);
        assert_eq!(read_overrides, overrides.against(&pack));
        assert_eq!(read_overrides.ratings.len(), 2);
        // Without overrides nothing of them is written.
        let plain = to_yaml(&pack, &values, None);
        assert!(
            !plain.contains("ratings") && !plain.contains("weights"),
            "{plain}"
        );
    }

    #[test]
    fn every_refused_rating_and_weight_is_placed_with_a_hint() {
        let pack = content::embedded();
        let text = "pack: python-vs-node\nvalues:\n  realtim: 5\nratings:\n  data-a:\n    node: 7\n  real-time:\n    nod: 4\n    python: 11\n  team:\n    python: 3\nweights:\n  ecosystm: 4\n  team: 1001\n";
        let error = Profile::parse(text, "p.yaml")
            .unwrap()
            .settings_for(&pack)
            .unwrap_err();
        let lines: Vec<String> = error.0.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "p.yaml:3:3: unknown slider `realtim` (did you mean `realtime`?)",
                "p.yaml:5:3: unknown factor `data-a` (did you mean `data-ai`?)",
                "p.yaml:8:5: unknown option `nod` (did you mean `node`?)",
                "p.yaml:9:5: rating 11 of `python` on `real-time` is out of range 0–10",
                "p.yaml:11:5: `python` on `team` is rated by the slider “Team knows Python”: set `team_python` instead",
                "p.yaml:13:3: unknown factor `ecosystm` (did you mean `ecosystem`?)",
                "p.yaml:14:3: weight 1001 of `team` is out of range 0–1000",
            ]
        );
        // values_for refuses the same profile.
        assert!(
            Profile::parse(text, "p.yaml")
                .unwrap()
                .values_for(&pack)
                .is_err()
        );
    }

    #[test]
    fn a_rating_given_twice_is_an_error_at_the_second_one() {
        let error = Profile::parse(
            "pack: python-vs-node\nratings:\n  data-ai:\n    node: 8\n    node: 2\n",
            "p.yaml",
        )
        .unwrap_err();
        assert!(error.to_string().starts_with("p.yaml:5:5: "), "{error}");
        assert!(
            error.to_string().contains("duplicate key `node`"),
            "{error}"
        );
    }

    #[test]
    fn rates_and_weights_are_checked_like_sets() {
        let pack = content::embedded();
        let mut overrides = Overrides::default();
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(a, b)| ((*a).into(), (*b).into()))
                .collect()
        };
        let error = apply_overrides(
            &pack,
            &mut overrides,
            &pairs(&[
                ("data-ai.nod", "7"),
                ("data-ai.node", "x"),
                ("dataai.node", "99"),
            ]),
            &pairs(&[("ecosystem", "-1"), ("team", "2000")]),
        )
        .unwrap_err();
        let lines: Vec<String> = error.0.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "--rate data-ai.nod=7: unknown option `nod` (did you mean `node`?)",
                "--rate data-ai.node=x: `x` is not a rating: give a whole number in 0–10",
                "--rate dataai.node=99: unknown factor `dataai` (did you mean `data-ai`?)",
                "--weight ecosystem=-1: `-1` is not a weight: give a whole number in 0–1000",
                "--weight team=2000: weight 2000 of `team` is out of range 0–1000",
            ]
        );
        assert!(overrides.is_empty());
        // The command line's come after the profile's, and the pack's own
        // number is no longer the reader's.
        let data_ai = pack.factor_index("data-ai").unwrap();
        let node = pack.option_index("node").unwrap();
        overrides.ratings.insert((data_ai, node), 5);
        apply_overrides(
            &pack,
            &mut overrides,
            &pairs(&[("data-ai.node", "7")]),
            &pairs(&[("data-ai", "0")]),
        )
        .unwrap();
        assert_eq!(overrides.rating(data_ai, node), Some(7));
        assert_eq!(overrides.weight(data_ai), Some(0));
        let overrides = overrides.against(&pack);
        assert_eq!(overrides.weight(data_ai), None, "0 is the pack's weight");
        assert_eq!(overrides.rating(data_ai, node), Some(7));
    }

    #[test]
    fn a_file_gives_its_name_without_the_extensions() {
        assert_eq!(name_of_file("data-team.profile.yaml"), "data-team");
        assert_eq!(name_of_file("lead.profile.yml"), "lead");
        assert_eq!(name_of_file("mine.yaml"), "mine");
        assert_eq!(name_of_file("Data team"), "Data team");
        assert_eq!(name_of_file("a.profile"), "a");
    }

    #[test]
    fn the_name_offered_is_the_loaded_ones_or_the_groups() {
        assert_eq!(offered_name(false, Some("lead.profile.yaml")), "lead");
        assert_eq!(offered_name(true, Some("lead.profile.yaml")), "group");
        assert_eq!(offered_name(false, None), "my project");
    }

    #[test]
    fn a_name_gives_a_plain_file_stem() {
        assert_eq!(file_stem("Data team 2"), "data-team-2");
        assert_eq!(file_stem("  Ops / SRE!  "), "ops-sre");
        assert_eq!(file_stem("Équipe"), "équipe");
        assert_eq!(file_stem("../../etc"), "etc");
        assert_eq!(file_stem("***"), "profile");
        assert_eq!(file_stem(&"a".repeat(100)).len(), 40);
    }

    #[test]
    fn names_unknown_sliders_and_ranges_with_lines() {
        let pack = content::embedded();
        let text = "pack: python-vs-node\nvalues:\n  realtim: 5\n  data_ai: 11\n";
        let error = Profile::parse(text, "p.yaml")
            .unwrap()
            .values_for(&pack)
            .unwrap_err();
        let lines: Vec<String> = error.0.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "p.yaml:3:3: unknown slider `realtim` (did you mean `realtime`?)",
                "p.yaml:4:3: value 11 of `data_ai` is out of range 0–10",
            ]
        );
    }

    #[test]
    fn every_unknown_field_comes_with_the_values_problems() {
        let pack = content::embedded();
        let text =
            "pack: python-vs-node\nnmae: Ana\nvaleus:\n  realtim: 5\n  data_ai: 11\ncolour: red\n";
        let error = Profile::parse(text, "p.yaml")
            .unwrap()
            .values_for(&pack)
            .unwrap_err();
        let lines: Vec<String> = error.0.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 5, "{lines:#?}");
        let starts = [
            "p.yaml:2:1: ",
            "p.yaml:3:1: ",
            "p.yaml:4:3: ",
            "p.yaml:5:3: ",
            "p.yaml:6:1: ",
        ];
        for (line, start) in lines.iter().zip(starts) {
            assert!(line.starts_with(start), "{line} must start {start}");
        }
        assert!(
            lines[0].contains("unknown field `nmae`") && lines[0].contains("did you mean `name`")
        );
        assert!(
            lines[1].contains("unknown field `valeus`")
                && lines[1].contains("did you mean `values`")
        );
        assert!(lines[2].contains("unknown slider `realtim`"));
        assert!(lines[3].contains("out of range 0–10"));
        assert!(lines[4].contains("unknown field `colour`"));
    }

    #[test]
    fn a_value_given_twice_is_an_error_at_the_second_one() {
        let error = Profile::parse(
            "pack: python-vs-node\nvalues:\n  data_ai: 8\n  data_ai: 2\n",
            "p.yaml",
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "p.yaml:4:3: values: duplicate key `data_ai`"
        );
    }

    #[test]
    fn refuses_another_packs_profile() {
        let pack = content::embedded();
        let error = Profile::parse("pack: other\nvalues: {}\n", "p.yaml")
            .unwrap()
            .values_for(&pack)
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "p.yaml:1:1: this profile is for pack `other`, not `python-vs-node`"
        );
    }

    #[test]
    fn values_carry_by_id_within_the_new_range() {
        let old = content::embedded();
        let mut values = old.default_values();
        values[0] = 9;
        values[1] = 7;
        let mut new = old.clone();
        new.sliders.remove(1);
        new.sliders[0].max = 5;
        let carried = carry_values(&old, &values, &new);
        assert_eq!(carried.len(), new.sliders.len());
        assert_eq!(carried[0], 5, "clamped to the new maximum");
        assert_eq!(carried[1..], values[2..], "the rest keep their values");
    }

    #[test]
    fn sets_are_checked() {
        let pack = content::embedded();
        let mut values = pack.default_values();
        let error =
            apply_sets(&pack, &mut values, &[("realtime".into(), "11".into())]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "--set realtime=11: value 11 of `realtime` is out of range 0–10"
        );
        apply_sets(&pack, &mut values, &[("realtime".into(), "7".into())]).unwrap();
        for bad in ["-1", "abc", "99999999999"] {
            let error =
                apply_sets(&pack, &mut values, &[("realtime".into(), bad.into())]).unwrap_err();
            assert_eq!(
                error.to_string(),
                format!(
                    "--set realtime={bad}: `{bad}` is not a value of `realtime`: give a whole number in 0–10"
                )
            );
        }
        assert_eq!(values[1], 7);
    }
}
