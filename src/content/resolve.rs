//! A validated `PackFile` becomes a `Pack`: ids turned into indices once, so
//! the engine and the screen never look a name up at run time.

use std::collections::{BTreeMap, HashMap};

use super::model::{Factor, Ids, Pack, Raise, Rating, Rule, Trait};
use super::raw::{FactorFile, OptionDef, PackFile, RuleFile, TraitFile, When};

fn index_of<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.to_owned(), i)).collect()
}

/// Resolve a pack that passed validation: every id it names exists.
/// Ids that do not resolve (impossible after validation) are dropped rather
/// than panicking.
pub fn resolve(file: PackFile) -> Pack {
    let ids = Ids {
        options: index_of(file.options.iter().map(|o| o.id.as_str())),
        factors: index_of(file.factors.iter().map(|f| f.id.as_str())),
        traits: index_of(file.traits.iter().map(|t| t.id.as_str())),
    };
    let mut traits = traits(&file.traits, &ids);
    let mut factors = Vec::with_capacity(file.factors.len());
    for (f, factor) in file.factors.into_iter().enumerate() {
        factors.push(self::factor(f, factor, &file.options, &ids, &mut traits));
    }
    link_raised_by(&traits, &mut factors);
    let rules = file
        .rules
        .into_iter()
        .map(|rule| self::rule(rule, &ids))
        .collect();
    Pack {
        id: file.id,
        title: file.title,
        source: file.source,
        intro: file.intro,
        options: file.options,
        factors,
        traits,
        sections: file.sections,
        rules,
        close_call: file.close_call,
        closing: file.closing,
        ids,
    }
}

/// A slider's raises, by factor index in factor order.
fn raises(map: &BTreeMap<String, u32>, ids: &Ids) -> Vec<Raise> {
    let mut raises: Vec<Raise> = map
        .iter()
        .filter_map(|(id, &per_step)| {
            Some(Raise {
                factor: *ids.factors.get(id)?,
                per_step,
            })
        })
        .collect();
    raises.sort_by_key(|raise| raise.factor);
    raises
}

fn traits(file: &[TraitFile], ids: &Ids) -> Vec<Trait> {
    file.iter()
        .map(|t| Trait {
            id: t.id.clone(),
            label: t.label.clone(),
            help: t.help.clone(),
            max: t.max,
            default: t.default,
            low: t.low.clone(),
            high: t.high.clone(),
            raises: raises(&t.raises, ids),
            raises_low: raises(&t.raises_low, ids),
            rates: Vec::new(),
        })
        .collect()
}

/// One factor with a rating per option; a rating taken from a slider is
/// also noted on that slider, so moving it knows which ratings it changes.
fn factor(
    f: usize,
    factor: FactorFile,
    options: &[OptionDef],
    ids: &Ids,
    traits: &mut [Trait],
) -> Factor {
    let ratings = options
        .iter()
        .enumerate()
        .map(|(o, option)| {
            if let Some(slider) = factor.rated_by.get(&option.id) {
                let slider = ids.traits.get(slider).copied().unwrap_or(0);
                if let Some(t) = traits.get_mut(slider) {
                    t.rates.push((f, o));
                }
                return Rating::Slider(slider);
            }
            let quoted = factor.ratings.get(&option.id);
            Rating::Quoted {
                value: quoted.map_or(0, |r| r.rating),
                basis: quoted.map(|r| r.basis.clone()).unwrap_or_default(),
            }
        })
        .collect();
    Factor {
        id: factor.id,
        name: factor.name,
        summary: factor.summary,
        detail: factor.detail,
        weight: factor.weight,
        ratings,
        raised_by: Vec::new(),
    }
}

/// Each factor learns which sliders raise it, in slider order, once each.
fn link_raised_by(traits: &[Trait], factors: &mut [Factor]) {
    for (s, t) in traits.iter().enumerate() {
        for raise in t.raises.iter().chain(&t.raises_low) {
            let raised_by = &mut factors[raise.factor].raised_by;
            if raised_by.last() != Some(&s) {
                raised_by.push(s);
            }
        }
    }
}

fn rule(rule: RuleFile, ids: &Ids) -> Rule {
    let when = rule
        .when
        .iter()
        .map(|when| {
            let names: Vec<&String> = match when {
                When::One(id) => vec![id],
                When::All(all) => all.iter().collect(),
            };
            names
                .into_iter()
                .filter_map(|id| ids.traits.get(id).copied())
                .collect()
        })
        .collect();
    Rule {
        option: ids.options.get(&rule.option).copied().unwrap_or(0),
        when,
        text: rule.text,
    }
}
