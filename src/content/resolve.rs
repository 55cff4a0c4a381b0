//! A validated `PackFile` becomes a `Pack`: ids turned into indices once, so
//! the engine and the screen never look a name up at run time.

use std::collections::{BTreeMap, HashMap};

use super::model::{
    CloseCall, CloseText, Condition, Expected, Factor, Ids, Pack, Raise, Rating, Rule, Situation,
    Slider,
};
use super::raw::{
    CLOSE, FactorFile, OptionDef, PackFile, Range, RuleFile, SituationFile, SliderFile, Test, When,
};
use super::validate::Sentences;

fn index_of<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.to_owned(), i)).collect()
}

/// Resolve a pack that passed validation: every id it names exists.
/// Ids that do not resolve (impossible after validation) are dropped rather
/// than panicking. `sentences` are the bases' whole sentences, one per
/// quoted basis in factor order and, within a factor, option id order.
pub fn resolve(file: PackFile, sentences: Sentences) -> Pack {
    let ids = Ids {
        options: index_of(file.options.iter().map(|o| o.id.as_str())),
        factors: index_of(file.factors.iter().map(|f| f.id.as_str())),
        sliders: index_of(file.sliders.iter().map(|t| t.id.as_str())),
    };
    let mut sliders = sliders(&file.sliders, &ids);
    let mut factors = Vec::with_capacity(file.factors.len());
    let mut of_basis = sentences.of_basis.into_iter();
    for (f, factor) in file.factors.into_iter().enumerate() {
        factors.push(self::factor(
            f,
            factor,
            &file.options,
            &ids,
            &mut sliders,
            &mut of_basis,
        ));
    }
    link_raised_by(&sliders, &mut factors);
    let rule_ids = index_of(file.rules.iter().map(|r| r.id.as_deref().unwrap_or("")));
    let rules = file
        .rules
        .into_iter()
        .map(|rule| self::rule(rule, &ids, &sliders))
        .collect();
    let close_call = close_call(&file.close_call, &ids, &sliders);
    let situations = file
        .situations
        .iter()
        .map(|s| situation(s, &ids, &rule_ids, &sliders))
        .collect();
    Pack {
        id: file.id,
        title: file.title,
        source: file.source,
        choosing: file.choosing,
        intro: file.intro,
        options: file.options,
        factors,
        sliders,
        sections: file.sections,
        rules,
        close_call,
        closing: file.closing,
        situations,
        sentences: sentences.sentences,
        sha256: None,
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

fn sliders(file: &[SliderFile], ids: &Ids) -> Vec<Slider> {
    file.iter()
        .map(|t| Slider {
            id: t.id.clone(),
            label: t.label.clone(),
            help: t.help.clone(),
            max: t.max,
            default: t.default,
            low: t.low.clone(),
            high: t.high.clone(),
            neutral: t.neutral,
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
    mut factor: FactorFile,
    options: &[OptionDef],
    ids: &Ids,
    sliders: &mut [Slider],
    of_basis: &mut impl Iterator<Item = Option<u32>>,
) -> Factor {
    // The quoted ratings by option, their bases moved, not copied. The
    // sentences come in the order validation met the bases: by option id,
    // the order of the map.
    let mut quoted: Vec<Option<Rating>> = (0..options.len()).map(|_| None).collect();
    for (id, rating) in std::mem::take(&mut factor.ratings) {
        // Validation judged the basis of every rating that is said: in a
        // valid pack each has both a value and a basis.
        let sentence = if rating.not_said {
            None
        } else {
            of_basis.next().flatten()
        };
        let Some(slot) = ids.options.get(&id).and_then(|&o| quoted.get_mut(o)) else {
            continue;
        };
        *slot = Some(if rating.not_said {
            Rating::NotSaid
        } else {
            Rating::Quoted {
                value: rating.rating.unwrap_or(0),
                basis: rating.basis.unwrap_or_default(),
                sentence,
            }
        });
    }
    let ratings = options
        .iter()
        .enumerate()
        .map(|(o, option)| {
            if let Some(slider) = factor.rated_by.get(&option.id) {
                let slider = ids.sliders.get(slider).copied().unwrap_or(0);
                if let Some(t) = sliders.get_mut(slider) {
                    t.rates.push((f, o));
                }
                return Rating::Slider(slider);
            }
            quoted[o].take().unwrap_or(Rating::NotSaid)
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
fn link_raised_by(sliders: &[Slider], factors: &mut [Factor]) {
    for (s, t) in sliders.iter().enumerate() {
        for raise in t.raises.iter().chain(&t.raises_low) {
            let raised_by = &mut factors[raise.factor].raised_by;
            if raised_by.last() != Some(&s) {
                raised_by.push(s);
            }
        }
    }
}

fn rule(rule: RuleFile, ids: &Ids, sliders: &[Slider]) -> Rule {
    Rule {
        id: rule.id,
        option: ids.options.get(&rule.option).copied().unwrap_or(0),
        when: conditions(&rule.when, ids, sliders),
        text: rule.text,
    }
}

fn close_call(file: &super::raw::CloseCallFile, ids: &Ids, sliders: &[Slider]) -> CloseCall {
    let mut texts: Vec<CloseText> = file
        .texts
        .iter()
        .map(|text| CloseText {
            text: text.text.clone(),
            when: conditions(&text.when, ids, sliders),
        })
        .collect();
    if let Some(text) = &file.text {
        texts.push(CloseText {
            text: text.clone(),
            when: Vec::new(),
        });
    }
    CloseCall {
        margin: file.margin,
        texts,
    }
}

fn conditions(when: &[When], ids: &Ids, sliders: &[Slider]) -> Vec<Condition> {
    when.iter()
        .filter_map(|when| condition(when, ids, sliders))
        .collect()
}

fn condition(when: &When, ids: &Ids, sliders: &[Slider]) -> Option<Condition> {
    let slider = |id: &str| ids.sliders.get(id).copied();
    Some(match when {
        When::Pushes(id) => Condition::Pushes(slider(id)?),
        When::Test(id, test) => {
            let index = slider(id)?;
            let max = sliders.get(index).map_or(0, |t| t.max);
            let (at_least, at_most, above) = match test {
                Test::On(true) => (1, max, None),
                Test::On(false) => (0, 0, None),
                Test::Range(Range {
                    at_least,
                    at_most,
                    above,
                    by,
                }) => (
                    at_least.unwrap_or(0),
                    at_most.unwrap_or(max),
                    match above {
                        Some(other) => Some((slider(other)?, by.unwrap_or(1))),
                        None => None,
                    },
                ),
            };
            Condition::Test {
                slider: index,
                at_least,
                at_most,
                above,
            }
        }
        When::All(parts) => Condition::All(conditions(parts, ids, sliders)),
        When::Any(parts) => Condition::Any(conditions(parts, ids, sliders)),
    })
}

fn situation(
    file: &SituationFile,
    ids: &Ids,
    rule_ids: &HashMap<String, usize>,
    sliders: &[Slider],
) -> Situation {
    let mut values: Vec<u32> = sliders.iter().map(|t| t.default).collect();
    let mut set = Vec::new();
    for (id, &value) in &file.values {
        if let Some(&index) = ids.sliders.get(id) {
            values[index] = value.min(sliders[index].max);
            set.push(index);
        }
    }
    set.sort_unstable();
    let expect = file
        .expect
        .0
        .iter()
        .filter_map(|id| {
            if id == CLOSE {
                Some(Expected::Close)
            } else {
                ids.options.get(id).map(|&o| Expected::Option(o))
            }
        })
        .collect();
    Situation {
        name: file.name.clone(),
        values,
        set,
        expect,
        applies: file.applies.as_ref().map(|rules| {
            rules
                .iter()
                .filter_map(|id| rule_ids.get(id).copied())
                .collect()
        }),
        basis: file.basis.clone(),
    }
}
