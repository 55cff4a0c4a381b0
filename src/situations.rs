//! A pack's situations, checked: each project the article speaks of must
//! get the verdict the article implies for it, and, where the pack lists
//! them, exactly the rules that apply there. `check` reports every one that
//! does not, at its place in the pack.

use crate::content::{CLOSE, Expected, Pack, Problems};
use crate::engine::{Engine, Recommendation, Verdict};
use crate::textkit;
use crate::words;

/// Every situation of `pack` whose outcome differs from what it expects,
/// as problems at field paths (`situations.3.expect`).
pub fn problems(pack: &Pack) -> Problems {
    let mut problems = Problems::default();
    if pack.situations.is_empty() {
        return problems;
    }
    let engine = Engine::new(pack);
    for (i, situation) in pack.situations.iter().enumerate() {
        let r = engine.recommend(&situation.values);
        if !situation.expect.iter().any(|&e| accepts(e, r.verdict)) {
            problems.add(
                || format!("situations.{i}.expect"),
                || {
                    format!(
                        "situation “{}” expects {}, but the pack says {} ({})",
                        situation.name,
                        expected_words(pack, &situation.expect),
                        words::verdict_phrase(pack, r.verdict),
                        fits(pack, &r)
                    )
                },
            );
        }
        if let Some(applies) = &situation.applies {
            let missing: Vec<usize> = applies
                .iter()
                .copied()
                .filter(|rule| !r.applying_rules.contains(rule))
                .collect();
            let extra: Vec<usize> = r
                .applying_rules
                .iter()
                .copied()
                .filter(|rule| !applies.contains(rule))
                .collect();
            if !missing.is_empty() || !extra.is_empty() {
                problems.add(
                    || format!("situations.{i}.applies"),
                    || {
                        format!(
                            "situation “{}” expects the rules that apply to be {}, but they are {}",
                            situation.name,
                            rule_words(pack, applies),
                            rule_words(pack, &r.applying_rules)
                        )
                    },
                );
            }
        }
    }
    problems
}

fn accepts(expected: Expected, verdict: Verdict) -> bool {
    match (expected, verdict) {
        (Expected::Option(option), Verdict::Winner(winner)) => option == winner,
        (Expected::Close, Verdict::CloseCall(_)) => true,
        _ => false,
    }
}

/// "Python", "Python or too close to call".
fn expected_words(pack: &Pack, expect: &[Expected]) -> String {
    let words: Vec<String> = expect
        .iter()
        .map(|e| match e {
            Expected::Option(o) => pack.options[*o].name.clone(),
            Expected::Close => format!("{} (`{CLOSE}`)", words::CLOSE_CALL),
        })
        .collect();
    words.join(" or ")
}

/// "Python 84, Node.js 83; margin 10".
fn fits(pack: &Pack, r: &Recommendation) -> String {
    let fits: Vec<String> = r
        .ranking
        .iter()
        .map(|&o| format!("{} {}", pack.options[o].name, words::fit_number(r, o)))
        .collect();
    format!(
        "fits {}; a lead of {} against the margin of {}",
        fits.join(", "),
        textkit::tenths(r.lead_tenths()),
        pack.close_call.margin
    )
}

/// "`node`, `team-node`", or "none".
fn rule_words(pack: &Pack, rules: &[usize]) -> String {
    if rules.is_empty() {
        return "none".into();
    }
    let ids: Vec<String> = rules
        .iter()
        .map(|&rule| match &pack.rules[rule].id {
            Some(id) => format!("`{id}`"),
            None => format!("rule {} (no id)", rule + 1),
        })
        .collect();
    ids.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{EMBEDDED_SOURCE, embedded, parse_pack};

    #[test]
    fn the_article_packs_situations_all_hold() {
        let pack = embedded();
        assert!(pack.situations.len() >= 13);
        let problems = problems(&pack);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_wrong_verdict_and_wrong_rules_are_each_a_problem_at_their_field() {
        let text = EMBEDDED_SOURCE
            .replace(
                "    values: { data_ai: 10 }\n    expect: python\n",
                "    values: { data_ai: 10 }\n    expect: [node, close]\n",
            )
            .replace(
                "    values: { realtime: 10 }\n    expect: node\n    applies: [node]\n",
                "    values: { realtime: 10 }\n    expect: node\n    applies: [node, team-node]\n",
            );
        let pack = parse_pack(&text, "p.yaml").unwrap();
        let problems = problems(&pack);
        let found: Vec<(&str, &str)> = problems
            .list
            .iter()
            .map(|p| (p.path.as_str(), p.message.as_str()))
            .collect();
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].0, "situations.1.expect");
        assert!(
            found[0].1.starts_with(
                "situation “a data product” expects Node.js or too close to call (`close`), but the pack says Python (fits Python 79, Node.js 61;"
            ),
            "{}",
            found[0].1
        );
        assert_eq!(found[1].0, "situations.4.applies");
        assert_eq!(
            found[1].1,
            "situation “a real-time application” expects the rules that apply to be `node`, `team-node`, but they are `node`"
        );
    }
}
