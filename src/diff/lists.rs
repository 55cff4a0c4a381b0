//! The lists matched by id: options, factors with their ratings, sliders
//! with their raises, sections; and the pack's own fields and its closing.

use super::{Change, Item, NumberField, RatingValue, TextField, number, text};
use crate::content::{Factor, Pack, Raise, Rating, Slider};

/// Two lists matched by `id`: for each item of `new`, `both` with the old
/// one of its id, or an `Added`; then a `Removed` for each item of `old`
/// that `new` lacks. `item` names an item by its id.
pub(super) fn walk<T>(
    (old, new): (&[T], &[T]),
    id: impl Fn(&T) -> &str,
    item: impl Fn(&str) -> Item,
    out: &mut Vec<Change>,
    mut both: impl FnMut(&T, &T, &Item, &mut Vec<Change>),
) {
    for n in new {
        match old.iter().find(|o| id(o) == id(n)) {
            Some(o) => both(o, n, &item(id(n)), out),
            None => out.push(Change::Added(item(id(n)))),
        }
    }
    for o in old {
        if !new.iter().any(|n| id(n) == id(o)) {
            out.push(Change::Removed(item(id(o))));
        }
    }
}

pub(super) fn pack_fields(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    let item = &Item::Pack;
    text(out, item, TextField::Id, &old.id, &new.id);
    text(out, item, TextField::Title, &old.title, &new.title);
    let (a, b) = (&old.source, &new.source);
    text(out, item, TextField::Publisher, &a.publisher, &b.publisher);
    let url = |u: &Option<String>| u.clone().unwrap_or_default();
    text(out, item, TextField::Url, &url(&a.url), &url(&b.url));
    text(out, item, TextField::Intro, &old.intro, &new.intro);
}

pub(super) fn options(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    let lists = (old.options.as_slice(), new.options.as_slice());
    let item = |id: &str| Item::Option(id.to_owned());
    walk(
        lists,
        |o| &o.id,
        item,
        out,
        |a, b, item, out| {
            text(out, item, TextField::Name, &a.name, &b.name);
            text(out, item, TextField::Tagline, &a.tagline, &b.tagline);
            text(out, item, TextField::Summary, &a.summary, &b.summary);
            let (x, y) = (a.aliases.join(", "), b.aliases.join(", "));
            text(out, item, TextField::Aliases, &x, &y);
        },
    );
}

pub(super) fn factors(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    let lists = (old.factors.as_slice(), new.factors.as_slice());
    let item = |id: &str| Item::Factor(id.to_owned());
    walk(
        lists,
        |f| &f.id,
        item,
        out,
        |a, b, item, out| {
            text(out, item, TextField::Name, &a.name, &b.name);
            text(out, item, TextField::Summary, &a.summary, &b.summary);
            let detail = |f: &Factor| f.detail.clone().unwrap_or_default();
            text(out, item, TextField::Detail, &detail(a), &detail(b));
            number(out, item, NumberField::Weight, a.weight, b.weight);
            ratings(old, new, a, b, out);
        },
    );
}

/// A rating as it compares across versions.
pub(super) fn rating_value(pack: &Pack, rating: &Rating) -> RatingValue {
    match rating {
        Rating::Quoted { value, basis, .. } => RatingValue::Quoted {
            value: *value,
            basis: basis.clone(),
        },
        Rating::NotSaid => RatingValue::NotSaid,
        Rating::Slider(s) => RatingValue::Slider(pack.sliders[*s].id.clone()),
    }
}

/// The ratings of the options both versions have, in the new option order.
fn ratings(old: &Pack, new: &Pack, a: &Factor, b: &Factor, out: &mut Vec<Change>) {
    for (o, option) in new.options.iter().enumerate() {
        let Some(was) = old.option_index(&option.id) else {
            continue;
        };
        let (Some(x), Some(y)) = (a.ratings.get(was), b.ratings.get(o)) else {
            continue;
        };
        let (x, y) = (rating_value(old, x), rating_value(new, y));
        if x != y {
            out.push(Change::Rating {
                factor: b.id.clone(),
                option: option.id.clone(),
                old: x,
                new: y,
            });
        }
    }
}

pub(super) fn sliders(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    let lists = (old.sliders.as_slice(), new.sliders.as_slice());
    let item = |id: &str| Item::Slider(id.to_owned());
    walk(
        lists,
        |t| &t.id,
        item,
        out,
        |a, b, item, out| {
            slider(old, new, (a, b), item, out);
        },
    );
}

fn slider(old: &Pack, new: &Pack, (a, b): (&Slider, &Slider), item: &Item, out: &mut Vec<Change>) {
    text(out, item, TextField::Label, &a.label, &b.label);
    text(out, item, TextField::Help, &a.help, &b.help);
    let end = |e: &Option<String>| e.clone().unwrap_or_default();
    text(out, item, TextField::Low, &end(&a.low), &end(&b.low));
    text(out, item, TextField::High, &end(&a.high), &end(&b.high));
    number(out, item, NumberField::Max, a.max, b.max);
    number(out, item, NumberField::Default, a.default, b.default);
    if a.neutral != b.neutral {
        out.push(Change::Neutral {
            slider: b.id.clone(),
            old: a.neutral,
            new: b.neutral,
        });
    }
    for low in [false, true] {
        let side = |t: &'_ Slider| {
            if low {
                t.raises_low.clone()
            } else {
                t.raises.clone()
            }
        };
        raises(old, new, &b.id, low, &side(a), &side(b), out);
    }
}

/// The raises of one side of a slider, on the factors both versions have,
/// in the new factor order.
fn raises(
    old: &Pack,
    new: &Pack,
    slider: &str,
    low: bool,
    a: &[Raise],
    b: &[Raise],
    out: &mut Vec<Change>,
) {
    let step = |pack: &Pack, list: &[Raise], id: &str| {
        let factor = pack.factor_index(id)?;
        Some(
            list.iter()
                .find(|r| r.factor == factor)
                .map_or(0, |r| r.per_step),
        )
    };
    for factor in &new.factors {
        let (Some(x), Some(y)) = (step(old, a, &factor.id), step(new, b, &factor.id)) else {
            continue;
        };
        if x != y {
            out.push(Change::Raise {
                slider: slider.to_owned(),
                factor: factor.id.clone(),
                low,
                old: x,
                new: y,
            });
        }
    }
}

pub(super) fn sections(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    let lists = (old.sections.as_slice(), new.sections.as_slice());
    let item = |id: &str| Item::Section(id.to_owned());
    walk(
        lists,
        |s| &s.id,
        item,
        out,
        |a, b, item, out| {
            text(out, item, TextField::Title, &a.title, &b.title);
            text(out, item, TextField::Body, &a.body, &b.body);
        },
    );
}

pub(super) fn closing(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    match (&old.closing, &new.closing) {
        (Some(a), Some(b)) => {
            text(out, &Item::Closing, TextField::Title, &a.title, &b.title);
            text(out, &Item::Closing, TextField::Body, &a.body, &b.body);
        }
        (None, Some(_)) => out.push(Change::Added(Item::Closing)),
        (Some(_), None) => out.push(Change::Removed(Item::Closing)),
        (None, None) => {}
    }
}
