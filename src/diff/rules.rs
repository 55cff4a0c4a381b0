//! The lists with conditions: rules (by id, or by place when they have
//! none), the close call's margin and texts (by place), and situations (by
//! name). Conditions are compared written out in the pack file's own
//! notation, sliders by id, so a slider moved in its list changes nothing.

use super::lists::walk;
use super::{Change, Item, NumberField, RuleKey, TextField, number, text};
use crate::content::{CLOSE, Condition, Expected, Pack, Rule, Situation};

/// How a rule is known: its id, else its place.
pub(super) fn rule_key(rule: &Rule, place: usize) -> RuleKey {
    match &rule.id {
        Some(id) => RuleKey::Id(id.clone()),
        None => RuleKey::Place(place),
    }
}

pub(super) fn rules(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    let keyed = |pack: &Pack| -> Vec<(RuleKey, usize)> {
        (pack.rules.iter().enumerate())
            .map(|(i, rule)| (rule_key(rule, i), i))
            .collect()
    };
    let (a, b) = (keyed(old), keyed(new));
    for (key, j) in &b {
        let item = Item::Rule(key.clone());
        let Some((_, i)) = a.iter().find(|(k, _)| k == key) else {
            out.push(Change::Added(item));
            continue;
        };
        let (x, y) = (&old.rules[*i], &new.rules[*j]);
        text(out, &item, TextField::Text, &x.text, &y.text);
        let (p, q) = (&old.options[x.option].id, &new.options[y.option].id);
        text(out, &item, TextField::Option, p, q);
        let (p, q) = (conditions(old, &x.when), conditions(new, &y.when));
        text(out, &item, TextField::When, &p, &q);
    }
    for (key, _) in &a {
        if !b.iter().any(|(k, _)| k == key) {
            out.push(Change::Removed(Item::Rule(key.clone())));
        }
    }
}

pub(super) fn close_call(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    let (a, b) = (&old.close_call, &new.close_call);
    number(
        out,
        &Item::CloseCall,
        NumberField::Margin,
        a.margin,
        b.margin,
    );
    for (i, y) in b.texts.iter().enumerate() {
        let item = Item::CloseText(i);
        let Some(x) = a.texts.get(i) else {
            out.push(Change::Added(item));
            continue;
        };
        text(out, &item, TextField::Text, &x.text, &y.text);
        let (p, q) = (conditions(old, &x.when), conditions(new, &y.when));
        text(out, &item, TextField::When, &p, &q);
    }
    for i in b.texts.len()..a.texts.len() {
        out.push(Change::Removed(Item::CloseText(i)));
    }
}

pub(super) fn situations(old: &Pack, new: &Pack, out: &mut Vec<Change>) {
    let lists = (old.situations.as_slice(), new.situations.as_slice());
    let item = |name: &str| Item::Situation(name.to_owned());
    walk(
        lists,
        |s| &s.name,
        item,
        out,
        |x, y, item, out| {
            let (p, q) = (values(old, x), values(new, y));
            text(out, item, TextField::Values, &p, &q);
            let (p, q) = (expected(old, x), expected(new, y));
            text(out, item, TextField::Expect, &p, &q);
            let (p, q) = (applies(old, x), applies(new, y));
            text(out, item, TextField::Applies, &p, &q);
            text(out, item, TextField::Basis, &x.basis, &y.basis);
        },
    );
}

/// The sliders a situation sets: "data_ai=8, realtime=2", by slider id.
fn values(pack: &Pack, s: &Situation) -> String {
    let mut set: Vec<String> = (s.set.iter())
        .map(|&t| format!("{}={}", pack.sliders[t].id, s.values[t]))
        .collect();
    set.sort();
    set.join(", ")
}

/// The verdicts a situation accepts, by option id (and `close`).
fn expected(pack: &Pack, s: &Situation) -> String {
    let ids: Vec<&str> = (s.expect.iter())
        .map(|e| match e {
            Expected::Option(o) => pack.options[*o].id.as_str(),
            Expected::Close => CLOSE,
        })
        .collect();
    ids.join(", ")
}

/// The rules a situation says apply, by id; empty when it does not say.
fn applies(pack: &Pack, s: &Situation) -> String {
    let Some(rules) = &s.applies else {
        return String::new();
    };
    let ids: Vec<String> = (rules.iter())
        .map(|&r| pack.rules[r].id.clone().unwrap_or_else(|| r.to_string()))
        .collect();
    format!("[{}]", ids.join(", "))
}

/// Conditions in the pack file's notation, one line:
/// `[realtime: {at_least: 5}, all: [team_js: {at_least: 6, above: team_python}, one_language: on]]`.
pub(super) fn conditions(pack: &Pack, when: &[Condition]) -> String {
    let parts: Vec<String> = when.iter().map(|c| condition(pack, c)).collect();
    format!("[{}]", parts.join(", "))
}

fn condition(pack: &Pack, condition: &Condition) -> String {
    let id = |s: usize| pack.sliders[s].id.as_str();
    match condition {
        Condition::Pushes(s) => id(*s).to_owned(),
        Condition::Test {
            slider,
            at_least,
            at_most,
            above,
        } => {
            let max = pack.sliders[*slider].max;
            if max == 1 && above.is_none() && at_least == at_most {
                let on = if *at_least == 1 { "on" } else { "off" };
                return format!("{}: {on}", id(*slider));
            }
            let mut bounds = Vec::new();
            if *at_least > 0 {
                bounds.push(format!("at_least: {at_least}"));
            }
            if *at_most < max {
                bounds.push(format!("at_most: {at_most}"));
            }
            if let Some((other, by)) = above {
                bounds.push(format!("above: {}", id(*other)));
                if *by != 1 {
                    bounds.push(format!("by: {by}"));
                }
            }
            format!("{}: {{{}}}", id(*slider), bounds.join(", "))
        }
        Condition::All(parts) => format!("all: {}", conditions(pack, parts)),
        Condition::Any(parts) => format!("any: {}", conditions(pack, parts)),
    }
}
