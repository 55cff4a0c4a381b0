//! Where a change sits in the new pack file, as field paths such as
//! `factors.2.ratings.node.rating` (the paths validation places its
//! problems at), most precise first. Something removed sits at its parent
//! list in the new file.

use super::{Change, Item, NumberField, RatingValue, RuleKey, TextField};
use crate::content::Pack;

impl TextField {
    /// The field's key in the pack file.
    pub fn key(self) -> &'static str {
        text_key(self)
    }
}

impl NumberField {
    /// The field's key in the pack file.
    pub fn key(self) -> &'static str {
        number_key(self)
    }
}

fn text_key(field: TextField) -> &'static str {
    match field {
        TextField::Id => "id",
        TextField::Title => "title",
        TextField::Intro => "intro",
        TextField::Publisher => "publisher",
        TextField::Url => "url",
        TextField::Name => "name",
        TextField::Tagline => "tagline",
        TextField::Summary => "summary",
        TextField::Aliases => "aliases",
        TextField::Detail => "detail",
        TextField::Label => "label",
        TextField::Help => "help",
        TextField::Low => "low",
        TextField::High => "high",
        TextField::Body => "body",
        TextField::Text => "text",
        TextField::Option => "option",
        TextField::When => "when",
        TextField::Expect => "expect",
        TextField::Values => "values",
        TextField::Applies => "applies",
        TextField::Basis => "basis",
    }
}

fn number_key(field: NumberField) -> &'static str {
    match field {
        NumberField::Weight => "weight",
        NumberField::Max => "max",
        NumberField::Default => "default",
        NumberField::Margin => "margin",
    }
}

/// Where an item is in `new`, or `None` when `new` lacks it.
fn item_path(item: &Item, new: &Pack) -> Option<String> {
    let at = |list: &str, index: Option<usize>| index.map(|i| format!("{list}.{i}"));
    match item {
        Item::Pack => Some(String::new()),
        Item::Option(id) => at("options", new.option_index(id)),
        Item::Factor(id) => at("factors", new.factor_index(id)),
        Item::Slider(id) => at("traits", new.slider_index(id)),
        Item::Rating { factor, option } => {
            let f = new.factor_index(factor)?;
            let kind = match new.factors[f].ratings.get(new.option_index(option)?)? {
                crate::content::Rating::Slider(_) => "rated_by",
                _ => "ratings",
            };
            Some(format!("factors.{f}.{kind}.{option}"))
        }
        Item::Raise {
            slider,
            factor,
            low,
        } => {
            let side = if *low { "raises_low" } else { "raises" };
            Some(format!(
                "traits.{}.{side}.{factor}",
                new.slider_index(slider)?
            ))
        }
        Item::Rule(RuleKey::Id(id)) => at(
            "rules",
            new.rules.iter().position(|r| r.id.as_deref() == Some(id)),
        ),
        Item::Rule(RuleKey::Place(i)) => at("rules", (*i < new.rules.len()).then_some(*i)),
        Item::CloseCall => Some("close_call".into()),
        Item::CloseText(i) => {
            (*i < new.close_call.texts.len()).then(|| format!("close_call.texts.{i}"))
        }
        Item::Section(id) => at("sections", new.sections.iter().position(|s| s.id == *id)),
        Item::Closing => new.closing.as_ref().map(|_| "closing".into()),
        Item::Situation(name) => at(
            "situations",
            new.situations.iter().position(|s| s.name == *name),
        ),
    }
}

/// The list an item belongs to, where something removed is shown.
fn parent_path(item: &Item) -> &'static str {
    match item {
        Item::Pack | Item::Closing => "",
        Item::Option(_) => "options",
        Item::Factor(_) | Item::Rating { .. } => "factors",
        Item::Slider(_) | Item::Raise { .. } => "traits",
        Item::Rule(_) => "rules",
        Item::CloseCall | Item::CloseText(_) => "close_call",
        Item::Section(_) => "sections",
        Item::Situation(_) => "situations",
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The field paths of `change` in `new`, most precise first: the first one
/// the file has is where the change is; when it has none, the nearest
/// ancestor of the first. An empty path is the top of the file.
pub fn yaml_path(change: &Change, new: &Pack) -> Vec<String> {
    let item = change.item();
    let Some(path) = item_path(&item, new) else {
        return vec![parent_path(&item).to_owned()];
    };
    match change {
        Change::Added(_) | Change::Removed(_) => vec![path],
        Change::Text { field, .. } => {
            let key = text_key(*field);
            let mut paths = vec![join(&path, key)];
            match (&item, field) {
                (Item::Pack, TextField::Publisher | TextField::Url) => {
                    paths.insert(0, format!("source.{key}"));
                }
                // The one-text form of a close call: `close_call.text`.
                (Item::CloseText(0), TextField::Text) => paths.push("close_call.text".into()),
                _ => {}
            }
            paths.push(path);
            paths
        }
        Change::Number { field, .. } => vec![join(&path, number_key(*field)), path],
        Change::Rating { old, new: now, .. } => {
            let key = match (old, now) {
                (RatingValue::Quoted { value: a, .. }, RatingValue::Quoted { value: b, .. })
                    if a == b =>
                {
                    "basis"
                }
                _ => "rating",
            };
            vec![join(&path, key), path]
        }
        Change::Raise { .. } => {
            let list = path
                .rsplit_once('.')
                .map_or("", |(list, _)| list)
                .to_owned();
            vec![path, list]
        }
        Change::Neutral { .. } => vec![join(&path, "neutral"), path],
    }
}
