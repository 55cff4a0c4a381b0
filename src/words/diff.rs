//! What changed between two versions of a pack, said: one line per change
//! ("Factor Real time: weight 1 → 3") and, as the reason a verdict moved,
//! the same change as a clause ("the weight of Real time rose 1 → 3").
//! Items are named as the new pack names them, or the old one for what is
//! gone.

use crate::content::{Neutral, Pack};
use crate::diff::{Change, Item, NumberField, RatingValue, RuleKey, TextField};
use crate::textkit::{capitalise, count};

/// Texts longer than this many characters are shown around where they differ.
const EXCERPT_CHARS: usize = 60;
/// How much of what the two share is shown before the first difference.
const EXCERPT_LEAD: usize = 20;

/// The heading over the list: "3 changes from old.yaml to new.yaml".
pub fn diff_heading(old_name: &str, new_name: &str, changes: usize) -> String {
    if changes == 0 {
        return format!("No changes from {old_name} to {new_name}: the two versions say the same.");
    }
    format!("{} from {old_name} to {new_name}", count(changes, "change"))
}

/// The option's, factor's name, the new pack's where it has the id.
fn name_of<'a>(old: &'a Pack, new: &'a Pack, item: &Item) -> String {
    let find = |pack: &'a Pack| -> Option<&'a str> {
        match item {
            Item::Option(id) => pack.option_index(id).map(|o| pack.options[o].name.as_str()),
            Item::Factor(id) => pack.factor_index(id).map(|f| pack.factors[f].name.as_str()),
            _ => None,
        }
    };
    let id = match item {
        Item::Option(id) | Item::Factor(id) => id.as_str(),
        _ => "",
    };
    find(new).or_else(|| find(old)).unwrap_or(id).to_owned()
}

/// An item as a noun: "option Node.js", "the rating of Node.js on Real
/// time", "slider `realtime`", "rule 2".
pub fn item_phrase(old: &Pack, new: &Pack, item: &Item) -> String {
    let option = |id: &str| name_of(old, new, &Item::Option(id.to_owned()));
    let factor = |id: &str| name_of(old, new, &Item::Factor(id.to_owned()));
    match item {
        Item::Pack => "the pack".into(),
        Item::Option(id) => format!("option {}", option(id)),
        Item::Factor(id) => format!("factor {}", factor(id)),
        Item::Rating {
            factor: f,
            option: o,
        } => {
            format!("the rating of {} on {}", option(o), factor(f))
        }
        Item::Slider(id) => format!("slider `{id}`"),
        Item::Raise {
            slider,
            factor: f,
            low,
        } => {
            let towards = if *low { " towards 0" } else { "" };
            format!("how much slider `{slider}` raises {}{towards}", factor(f))
        }
        Item::Rule(RuleKey::Id(id)) => format!("rule `{id}`"),
        Item::Rule(RuleKey::Place(i)) => format!("rule {}", i + 1),
        Item::CloseCall => "the close call".into(),
        Item::CloseText(i) => format!("close-call text {}", i + 1),
        Item::Section(id) => format!("section `{id}`"),
        Item::Closing => "the closing".into(),
        Item::Situation(name) => format!("situation “{name}”"),
    }
}

/// A text field as people read it: its key in the pack file, but where the
/// key is not a word of its own.
fn text_field(field: TextField) -> &'static str {
    match field {
        TextField::Url => "address",
        TextField::Low => "label of the 0 end",
        TextField::High => "label of the max end",
        TextField::When => "conditions",
        TextField::Expect => "expected verdict",
        TextField::Applies => "rules that apply",
        other => other.key(),
    }
}

/// Fields written as ids or in the pack's notation, shown without quotes.
fn is_code(field: TextField) -> bool {
    matches!(
        field,
        TextField::Id
            | TextField::Option
            | TextField::When
            | TextField::Expect
            | TextField::Values
            | TextField::Applies
    )
}

/// A slider's range, as `list` shows it: "0–10".
fn range(max: u32) -> String {
    format!("0–{max}")
}

fn neutral(point: Option<Neutral>) -> String {
    match point {
        None => "none".into(),
        Some(n) if n.from == n.to => n.from.to_string(),
        Some(n) => format!("{}–{}", n.from, n.to),
    }
}

/// A rating's number, or what stands in its place.
fn rating_word(rating: &RatingValue) -> String {
    match rating {
        RatingValue::Quoted { value, .. } => value.to_string(),
        RatingValue::NotSaid => "not said".into(),
        RatingValue::Slider(id) => format!("rated by slider `{id}`"),
    }
}

/// The two ends of a rating's change: "9 → 10, basis “…” → “…”".
fn rating_move(old: &RatingValue, new: &RatingValue) -> String {
    let (a, b) = (rating_word(old), rating_word(new));
    let mut said = if a == b {
        format!("still {b}")
    } else {
        format!("{a} → {b}")
    };
    match (old, new) {
        (RatingValue::Quoted { basis: x, .. }, RatingValue::Quoted { basis: y, .. }) if x != y => {
            let (x, y) = excerpts(x, y);
            said.push_str(&format!(", basis “{x}” → “{y}”"));
        }
        (_, RatingValue::Quoted { basis: y, .. }) if !matches!(old, RatingValue::Quoted { .. }) => {
            said.push_str(&format!(", basis “{}”", excerpts(y, y).1));
        }
        _ => {}
    }
    said
}

/// One change as a line of the list: "Factor Real time: weight 1 → 3",
/// "Option Go added".
pub fn pack_change_phrase(old: &Pack, new: &Pack, change: &Change) -> String {
    let item = capitalise(&item_phrase(old, new, &change.item()));
    match change {
        Change::Added(_) => format!("{item} added"),
        Change::Removed(_) => format!("{item} removed"),
        Change::Text {
            field,
            old: a,
            new: b,
            ..
        } => {
            let name = text_field(*field);
            if is_code(*field) {
                let shown = |s: &str| {
                    if s.is_empty() {
                        "none".to_owned()
                    } else {
                        s.to_owned()
                    }
                };
                return format!("{item}: {name} {} → {}", shown(a), shown(b));
            }
            let (x, y) = excerpts(a, b);
            match (a.is_empty(), b.is_empty()) {
                (true, _) => format!("{item}: {name} added, “{y}”"),
                (_, true) => format!("{item}: {name} removed, was “{x}”"),
                _ => format!("{item}: {name} “{x}” → “{y}”"),
            }
        }
        Change::Number {
            field,
            old: a,
            new: b,
            ..
        } => match field {
            NumberField::Weight => format!("{item}: weight {a} → {b}"),
            NumberField::Max => format!("{item}: range {} → {}", range(*a), range(*b)),
            NumberField::Default => format!("{item}: default {a} → {b}"),
            NumberField::Margin => format!("{item}: margin {a} → {b}"),
        },
        Change::Rating { old: a, new: b, .. } => format!("{item}: {}", rating_move(a, b)),
        Change::Raise { old: a, new: b, .. } => format!("{item}: {a} → {b} per step"),
        Change::Neutral { old: a, new: b, .. } => {
            format!("{item}: neutral point {} → {}", neutral(*a), neutral(*b))
        }
    }
}

/// "rose" or "fell".
fn rose(old: u32, new: u32) -> &'static str {
    if new > old { "rose" } else { "fell" }
}

/// A change as the reason a verdict moved: "the rating of Node.js on Real
/// time rose 8 → 10", "factor Team was removed".
pub fn cause_phrase(old: &Pack, new: &Pack, change: &Change) -> String {
    let item = item_phrase(old, new, &change.item());
    let factor = |id: &str| name_of(old, new, &Item::Factor(id.to_owned()));
    match change {
        Change::Added(_) => format!("{item} was added"),
        Change::Removed(_) => format!("{item} was removed"),
        Change::Rating { old: a, new: b, .. } => {
            let fixed = |r: &RatingValue| match r {
                RatingValue::Quoted { value, .. } => Some(*value),
                RatingValue::NotSaid => Some(crate::content::NOT_SAID_RATING),
                RatingValue::Slider(_) => None,
            };
            match (fixed(a), fixed(b)) {
                (Some(x), Some(y)) if x != y => {
                    format!(
                        "{item} {} {} → {}",
                        rose(x, y),
                        rating_word(a),
                        rating_word(b)
                    )
                }
                _ => format!("{item} changed {} → {}", rating_word(a), rating_word(b)),
            }
        }
        Change::Number {
            item: Item::Factor(id),
            field: NumberField::Weight,
            old: a,
            new: b,
        } => format!("the weight of {} {} {a} → {b}", factor(id), rose(*a, *b)),
        Change::Number {
            item: Item::CloseCall,
            old: a,
            new: b,
            ..
        } => format!("the close-call margin {} {a} → {b}", rose(*a, *b)),
        Change::Number {
            item: Item::Slider(id),
            field: NumberField::Default,
            old: a,
            new: b,
        } => format!("the default of slider `{id}` {} {a} → {b}", rose(*a, *b)),
        Change::Number {
            item: Item::Slider(id),
            field: NumberField::Max,
            old: a,
            new: b,
        } => format!(
            "the range of slider `{id}` changed {} → {}",
            range(*a),
            range(*b)
        ),
        Change::Raise {
            slider,
            factor: f,
            low,
            old: a,
            new: b,
        } => {
            let towards = if *low { " towards 0" } else { "" };
            let f = factor(f);
            match (a, b) {
                (0, _) => format!("slider `{slider}` now raises {f}{towards} by {b} per step"),
                (_, 0) => format!("slider `{slider}` no longer raises {f}{towards}"),
                _ => format!("slider `{slider}` raises {f}{towards} by {b} per step, was {a}"),
            }
        }
        Change::Neutral { old: a, new: b, .. } => {
            format!(
                "the neutral point of {item} moved {} → {}",
                neutral(*a),
                neutral(*b)
            )
        }
        other => pack_change_phrase(old, new, other),
    }
}

/// The two texts, whole when short, else each from a little before the
/// first place they differ; runs of whitespace shown as one space.
fn excerpts(old: &str, new: &str) -> (String, String) {
    let flat = |s: &str| -> Vec<char> {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .collect()
    };
    let (a, b) = (flat(old), flat(new));
    let same = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let start = if a.len().max(b.len()) <= EXCERPT_CHARS {
        0
    } else {
        same.saturating_sub(EXCERPT_LEAD)
    };
    let cut = |text: &[char]| -> String {
        let start = start.min(text.len());
        let end = (start + EXCERPT_CHARS).min(text.len());
        let mut shown = String::new();
        if start > 0 {
            shown.push('…');
        }
        shown.extend(&text[start..end]);
        if end < text.len() {
            shown.push('…');
        }
        shown
    };
    (cut(&a), cut(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_shown_from_where_they_differ() {
        let old = format!("{} the old ending.", "word ".repeat(30));
        let new = format!("{} the new ending.", "word ".repeat(30));
        let (x, y) = excerpts(&old, &new);
        assert!(x.starts_with('…') && y.starts_with('…'), "{x}");
        assert!(
            x.contains("old ending") && y.contains("new ending"),
            "{x} / {y}"
        );
        assert!(x.chars().count() <= EXCERPT_CHARS + 2);
        let tail = "word ".repeat(30);
        let (x, y) = excerpts(
            &format!("An old start {tail}"),
            &format!("A new start {tail}"),
        );
        assert!(x.starts_with("An old") && x.ends_with('…'), "{x}");
        assert!(y.starts_with("A new") && y.ends_with('…'), "{y}");
        assert_eq!(x.chars().count(), EXCERPT_CHARS + 1);
        assert_eq!(
            excerpts("short\n  text", "short"),
            ("short text".into(), "short".into())
        );
    }

    #[test]
    fn an_id_reads_bare_and_running_text_in_quotation_marks() {
        let pack = crate::content::embedded();
        let text = |field, old: &str, new: &str| Change::Text {
            item: Item::Option("node".into()),
            field,
            old: old.into(),
            new: new.into(),
        };
        assert_eq!(
            pack_change_phrase(&pack, &pack, &text(TextField::Id, "node", "nodejs")),
            "Option Node.js: id node → nodejs"
        );
        assert_eq!(
            pack_change_phrase(&pack, &pack, &text(TextField::Tagline, "", "Fast.")),
            "Option Node.js: tagline added, “Fast.”"
        );
        assert_eq!(
            pack_change_phrase(&pack, &pack, &text(TextField::Tagline, "Fast.", "")),
            "Option Node.js: tagline removed, was “Fast.”"
        );
        // An option neither version names is called by its id.
        let gone = Change::Removed(Item::Option("cobol".into()));
        assert_eq!(
            pack_change_phrase(&pack, &pack, &gone),
            "Option cobol removed"
        );
    }

    #[test]
    fn a_neutral_point_reads_as_one_number_a_range_or_none() {
        let pack = crate::content::embedded();
        let moved = |old, new| Change::Neutral {
            slider: "realtime".into(),
            old,
            new,
        };
        let point = Some(Neutral { from: 5, to: 5 });
        let range = Some(Neutral { from: 3, to: 7 });
        assert_eq!(
            pack_change_phrase(&pack, &pack, &moved(point, range)),
            "Slider `realtime`: neutral point 5 → 3–7"
        );
        assert_eq!(
            pack_change_phrase(&pack, &pack, &moved(range, None)),
            "Slider `realtime`: neutral point 3–7 → none"
        );
    }

    #[test]
    fn a_rating_move_names_its_basis_only_where_it_changed_or_came() {
        let quoted = |value, basis: &str| RatingValue::Quoted {
            value,
            basis: basis.into(),
        };
        let (said, other) = (quoted(8, "Node is fast."), quoted(8, "Node is quick."));
        assert_eq!(rating_move(&said, &quoted(9, "Node is fast.")), "8 → 9");
        assert_eq!(
            rating_move(&said, &other),
            "still 8, basis “Node is fast.” → “Node is quick.”"
        );
        assert_eq!(
            rating_move(&RatingValue::NotSaid, &said),
            "not said → 8, basis “Node is fast.”"
        );
        assert_eq!(rating_move(&said, &RatingValue::NotSaid), "8 → not said");
    }

    #[test]
    fn a_raise_that_starts_stops_or_changes_says_which() {
        let pack = crate::content::embedded();
        let raise = |old, new| Change::Raise {
            slider: "realtime".into(),
            factor: "real-time".into(),
            low: false,
            old,
            new,
        };
        let cause = |old, new| cause_phrase(&pack, &pack, &raise(old, new));
        assert_eq!(
            cause(0, 2),
            "slider `realtime` now raises Real time by 2 per step"
        );
        assert_eq!(cause(2, 0), "slider `realtime` no longer raises Real time");
        assert_eq!(
            cause(1, 2),
            "slider `realtime` raises Real time by 2 per step, was 1"
        );
    }

    #[test]
    fn a_rating_that_kept_its_number_changed_rather_than_rose() {
        let pack = crate::content::embedded();
        let rating = |old: u32, new: u32| Change::Rating {
            factor: "real-time".into(),
            option: "node".into(),
            old: RatingValue::Quoted {
                value: old,
                basis: "Node is fast.".into(),
            },
            new: RatingValue::Quoted {
                value: new,
                basis: "Node is quick.".into(),
            },
        };
        let cause = |old, new| cause_phrase(&pack, &pack, &rating(old, new));
        assert!(cause(8, 9).ends_with(" rose 8 → 9"), "{}", cause(8, 9));
        assert!(cause(8, 8).ends_with(" changed 8 → 8"), "{}", cause(8, 8));
    }

    #[test]
    fn rises_and_falls_are_said_as_such() {
        assert_eq!(rose(8, 10), "rose");
        assert_eq!(rose(10, 8), "fell");
    }
}
