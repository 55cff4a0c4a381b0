//! The old pack with one change of the new made to it, and nothing else:
//! how far that one change alone moves a profile's lead. Only the changes
//! that the numbers read (weights, ratings, raises, a slider's range,
//! default and neutral point, the margin, factors and sliders added or
//! removed) make such a pack; an option added or removed changes who is in
//! the race and is named as it is.

use super::{Change, Item, NumberField, RatingValue};
use crate::content::{Factor, Pack, Raise, Rating, Slider};

/// `old` with `change` made to it, or `None` when the change moves no number.
pub(super) fn with_change(old: &Pack, new: &Pack, change: &Change) -> Option<Pack> {
    let mut pack = old.clone();
    match change {
        Change::Number {
            item,
            field,
            new: value,
            ..
        } => match (item, field) {
            (Item::Factor(id), NumberField::Weight) => {
                pack.factors[old.factor_index(id)?].weight = *value;
            }
            (Item::Slider(id), NumberField::Max) => {
                pack.sliders[old.slider_index(id)?].max = *value;
            }
            (Item::Slider(id), NumberField::Default) => {
                pack.sliders[old.slider_index(id)?].default = *value;
            }
            (Item::CloseCall, NumberField::Margin) => pack.close_call.margin = *value,
            _ => return None,
        },
        Change::Neutral {
            slider,
            new: neutral,
            ..
        } => {
            pack.sliders[old.slider_index(slider)?].neutral = *neutral;
        }
        Change::Raise {
            slider,
            factor,
            low,
            new: step,
            ..
        } => {
            let f = old.factor_index(factor)?;
            let t = &mut pack.sliders[old.slider_index(slider)?];
            let list = if *low {
                &mut t.raises_low
            } else {
                &mut t.raises
            };
            set_raise(list, f, *step);
        }
        Change::Rating {
            factor,
            option,
            new: rating,
            ..
        } => {
            let (f, o) = (old.factor_index(factor)?, old.option_index(option)?);
            let rating = rating_in(old, rating)?;
            set_rating(&mut pack, f, o, rating);
        }
        Change::Removed(Item::Factor(id)) => {
            let f = old.factor_index(id)?;
            pack.factors[f].weight = 0;
            for t in &mut pack.sliders {
                set_raise(&mut t.raises, f, 0);
                set_raise(&mut t.raises_low, f, 0);
            }
        }
        Change::Added(Item::Factor(id)) => add_factor(&mut pack, old, new, id)?,
        Change::Removed(Item::Slider(id)) => {
            let t = &mut pack.sliders[old.slider_index(id)?];
            t.raises.clear();
            t.raises_low.clear();
        }
        Change::Added(Item::Slider(id)) => {
            let t = &new.sliders[new.slider_index(id)?];
            let moved = |list: &[Raise]| raises_in(old, new, list);
            pack.sliders.push(Slider {
                raises: moved(&t.raises),
                raises_low: moved(&t.raises_low),
                rates: Vec::new(),
                ..t.clone()
            });
        }
        _ => return None,
    }
    Some(pack)
}

/// A slider's raise of factor `f` set to `step` (0: none), kept in factor order.
fn set_raise(list: &mut Vec<Raise>, f: usize, step: u32) {
    list.retain(|raise| raise.factor != f);
    if step > 0 {
        list.push(Raise {
            factor: f,
            per_step: step,
        });
        list.sort_by_key(|raise| raise.factor);
    }
}

/// A rating of the new pack in the old one's terms; `None` for a slider the
/// old pack lacks.
fn rating_in(old: &Pack, rating: &RatingValue) -> Option<Rating> {
    Some(match rating {
        RatingValue::Quoted { value, basis } => Rating::Quoted {
            value: *value,
            basis: basis.clone(),
            sentence: None,
        },
        RatingValue::NotSaid => Rating::NotSaid,
        RatingValue::Slider(id) => Rating::Slider(old.slider_index(id)?),
    })
}

/// Option `o`'s rating on factor `f`, the sliders' lists of what they rate
/// kept true to it.
fn set_rating(pack: &mut Pack, f: usize, o: usize, rating: Rating) {
    for t in &mut pack.sliders {
        t.rates.retain(|&at| at != (f, o));
    }
    if let Rating::Slider(s) = rating {
        pack.sliders[s].rates.push((f, o));
    }
    pack.factors[f].ratings[o] = rating;
}

/// Raises of the new pack on factors the old one has, by old index.
fn raises_in(old: &Pack, new: &Pack, list: &[Raise]) -> Vec<Raise> {
    let mut out: Vec<Raise> = (list.iter())
        .filter_map(|raise| {
            Some(Raise {
                factor: old.factor_index(&new.factors[raise.factor].id)?,
                per_step: raise.per_step,
            })
        })
        .collect();
    out.sort_by_key(|raise| raise.factor);
    out
}

/// The new pack's factor `id` added to `pack` (a copy of `old`): rated as
/// the new pack rates the options both have (not said otherwise), raised
/// by the sliders both have as the new pack raises it.
fn add_factor(pack: &mut Pack, old: &Pack, new: &Pack, id: &str) -> Option<()> {
    let nf = new.factor_index(id)?;
    let factor = &new.factors[nf];
    let f = pack.factors.len();
    pack.factors.push(Factor {
        ratings: vec![Rating::NotSaid; old.options.len()],
        raised_by: Vec::new(),
        ..factor.clone()
    });
    for (o, option) in old.options.iter().enumerate() {
        let Some(rating) = new.option_index(&option.id).map(|n| &factor.ratings[n]) else {
            continue;
        };
        let value = super::lists::rating_value(new, rating);
        if let Some(rating) = rating_in(old, &value) {
            set_rating(pack, f, o, rating);
        }
    }
    for t in &new.sliders {
        let Some(s) = old.slider_index(&t.id) else {
            continue;
        };
        for (list, low) in [(&t.raises, false), (&t.raises_low, true)] {
            if let Some(raise) = list.iter().find(|raise| raise.factor == nf) {
                let side = &mut pack.sliders[s];
                let into = if low {
                    &mut side.raises_low
                } else {
                    &mut side.raises
                };
                set_raise(into, f, raise.per_step);
            }
        }
    }
    Some(())
}
