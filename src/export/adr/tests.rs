//! Each section's rule, on the article pack: checked against the engine,
//! not against the record's own words.

use super::*;
use crate::content::embedded;
use crate::engine::Overrides;

/// The article pack with these sliders set, the others at their defaults.
fn values(pack: &Pack, sets: &[(&str, u32)]) -> Vec<u32> {
    let mut values = pack.default_values();
    for &(id, value) in sets {
        values[pack.slider_index(id).unwrap()] = value;
    }
    values
}

/// The record's text with its line breaks undone, for finding sentences.
fn flat(record: &str) -> String {
    record.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn record_for(pack: &Pack, engine: Engine, values: &[u32]) -> (String, Recommendation) {
    let r = engine.recommend(values);
    let record = to_adr(&Summary::counted_by(pack, engine, &r));
    (record, r)
}

/// The items of the list under `heading`, each on one line.
fn items_under(record: &str, heading: &str) -> Vec<String> {
    let section: String = record
        .split("\n#")
        .find(|part| {
            part.trim_start_matches('#')
                .trim_start()
                .starts_with(heading)
        })
        .unwrap_or_else(|| panic!("no section {heading}"))
        .to_owned();
    section
        .split("\n- ")
        .skip(1)
        .map(|item| flat(item.split("\n\n").next().unwrap_or(item)))
        .collect()
}

const WINNER: [(&str, u32); 3] = [("data_ai", 7), ("team_python", 5), ("concurrency", 3)];
const CLOSE: [(&str, u32); 2] = [("data_ai", 8), ("team_js", 10)];

#[test]
fn only_the_rules_whose_condition_holds_are_listed() {
    let pack = embedded();
    for sets in [&WINNER[..], &CLOSE[..], &[("realtime", 8)][..]] {
        let (record, r) = record_for(&pack, Engine::new(&pack), &values(&pack, sets));
        let listed = items_under(&record, record::RULES);
        for (index, rule) in pack.rules.iter().enumerate() {
            let said = inline(&format!(
                "{}: “{}”",
                pack.options[rule.option].name,
                rule.text.trim()
            ));
            let shown = listed.iter().any(|item| item.starts_with(&flat(&said)));
            assert_eq!(
                shown,
                r.applying_rules.contains(&index),
                "{sets:?}: rule {index} shown {shown}"
            );
        }
    }
}

/// A slider's value read back from a revisit or settle item: its index
/// and the value named.
fn slider_named(pack: &Pack, item: &str) -> Option<(usize, u32)> {
    let label = item.split('“').nth(1)?.split('”').next()?;
    let slider = pack.sliders.iter().position(|t| t.label == label)?;
    let t = &pack.sliders[slider];
    let rest = item.split('”').nth(1)?;
    if t.is_toggle() {
        return Some((slider, u32::from(rest.contains("turned on"))));
    }
    let number = rest
        .split_whitespace()
        .find_map(|word| word.split('/').next()?.parse().ok())?;
    Some((slider, number))
}

#[test]
fn revisit_when_names_real_tipping_points() {
    let pack = embedded();
    let engine = Engine::new(&pack);
    let start = values(&pack, &WINNER);
    let (record, r) = record_for(&pack, engine.clone(), &start);
    assert!(matches!(r.verdict, Verdict::Winner(_)));
    let items = items_under(&record, record::REVISIT);
    let sliders: Vec<(usize, u32)> = items
        .iter()
        .filter_map(|item| slider_named(&pack, item))
        .collect();
    assert!(!sliders.is_empty(), "{items:?}");
    for (slider, value) in sliders {
        let mut moved = start.clone();
        moved[slider] = value;
        assert_ne!(
            engine.recommend(&moved).verdict,
            r.verdict,
            "{slider} at {value}"
        );
        // The nearest such value: one step back towards now keeps the verdict.
        let back = if value > start[slider] {
            value - 1
        } else {
            value + 1
        };
        moved[slider] = back;
        assert_eq!(
            engine.recommend(&moved).verdict,
            r.verdict,
            "{slider} at {back}"
        );
    }
    // Every slider with a tipping point is named.
    let with_tips = r.tipping_points.iter().filter(|t| !t.is_empty()).count();
    let named = items
        .iter()
        .filter(|i| slider_named(&pack, i).is_some())
        .count();
    assert!(named >= with_tips, "{named} of {with_tips}");
}

#[test]
fn a_fragile_rating_is_a_reason_to_revisit_and_it_is_real() {
    let pack = embedded();
    let start = values(&pack, &[("data_ai", 6), ("realtime", 3)]);
    let engine = Engine::new(&pack);
    let (record, r) = record_for(&pack, engine.clone(), &start);
    let ecosystem = pack.factor_index("ecosystem").unwrap();
    let python = pack.option_index("python").unwrap();
    let item = items_under(&record, record::REVISIT)
        .into_iter()
        .find(|item| item.contains("for Python on Ecosystem"))
        .expect("the fragile rating named");
    assert!(
        item.starts_with("If this pack's 9 for Python on Ecosystem were 10"),
        "{item}"
    );
    let mut overrides = Overrides::default();
    overrides.ratings.insert((ecosystem, python), 10);
    let moved = Engine::with_overrides(&pack, &overrides).recommend(&start);
    assert_ne!(moved.verdict, r.verdict);
    assert!(item.ends_with(&format!(
        "would become {}.",
        words::verdict_label(&pack, moved.verdict)
    )));
}

#[test]
fn a_close_call_chooses_nothing_and_says_what_would_settle_it() {
    let pack = embedded();
    let engine = Engine::new(&pack);
    let start = values(&pack, &CLOSE);
    let (record, r) = record_for(&pack, engine.clone(), &start);
    assert!(matches!(r.verdict, Verdict::CloseCall(_)));
    assert!(record.starts_with("# Python or Node.js for the backend: too close to call\n"));
    let text = flat(&record);
    assert!(
        text.contains("No option is chosen: it is too close to call between Python and Node.js.")
    );
    assert!(!text.contains("Chosen option:"));
    let settling = items_under(&record, record::OUTCOME);
    assert!(!settling.is_empty());
    for item in &settling {
        let (slider, value) = slider_named(&pack, item).expect("a slider");
        let mut moved = start.clone();
        moved[slider] = value;
        let verdict = engine.recommend(&moved).verdict;
        let Verdict::Winner(option) = verdict else {
            panic!("{item} settles nothing");
        };
        assert!(
            item.ends_with(&format!(": {}.", pack.options[option].name)),
            "{item}"
        );
    }
}

#[test]
fn the_drivers_are_the_factors_that_count_most_first() {
    let pack = embedded();
    let (record, r) = record_for(&pack, Engine::new(&pack), &values(&pack, &WINNER));
    let drivers = items_under(&record, record::DRIVERS);
    let named: Vec<usize> = drivers
        .iter()
        .filter_map(|item| {
            pack.factors
                .iter()
                .position(|f| item.starts_with(&format!("**{}**", inline(&f.name))))
        })
        .collect();
    assert!(!named.is_empty() && named.len() <= record::DRIVERS_SHOWN);
    let importance: Vec<u64> = named.iter().map(|&f| r.importance[f]).collect();
    assert!(
        importance.windows(2).all(|w| w[0] >= w[1]),
        "{importance:?}"
    );
    assert!(importance.iter().all(|&i| i > 0));
    let largest = *r.importance.iter().max().unwrap();
    assert_eq!(importance[0], largest);
    for (item, &f) in drivers.iter().zip(&named) {
        assert!(
            item.contains(&format!("importance {}", r.importance[f])),
            "{item}"
        );
    }
}

#[test]
fn consequences_are_the_reasons_signed_good_for_the_chosen_option() {
    let pack = embedded();
    let (record, r) = record_for(&pack, Engine::new(&pack), &values(&pack, &WINNER));
    let items = items_under(&record, record::CONSEQUENCES);
    assert_eq!(items.len(), r.reasons.len());
    for (item, reason) in items.iter().zip(&r.reasons) {
        let good = reason.favours == r.leader();
        let side = if good {
            "Good, because"
        } else {
            "Bad, because"
        };
        assert!(item.starts_with(side), "{item}");
        assert!(item.contains(&pack.factors[reason.factor].name), "{item}");
    }
}

#[test]
fn the_group_is_named_as_its_decision_makers() {
    let pack = embedded();
    let people = ["Ana", "Ben"]
        .iter()
        .zip([
            values(&pack, &[("data_ai", 9)]),
            values(&pack, &[("realtime", 9)]),
        ])
        .map(|(name, values)| crate::group::Person {
            name: (*name).to_owned(),
            values,
        })
        .collect();
    let group = Group::new(&pack, people);
    let r = Engine::new(&pack).recommend(&group.means);
    let record = to_adr(&Summary {
        group: Some(&group),
        ..Summary::of(&pack, &r)
    });
    assert!(
        record.contains("\n- Decision-makers: Ana and Ben\n"),
        "{record}"
    );
    let views = items_under(&record, record::PEOPLE);
    assert!(views[0].starts_with("Ana: Python"), "{views:?}");
    assert!(views[1].starts_with("Ben: Node.js"), "{views:?}");
}

#[test]
fn without_the_packs_word_the_title_names_the_option_alone() {
    let mut pack = embedded();
    pack.choosing = None;
    let (record, _) = record_for(&pack, Engine::new(&pack), &values(&pack, &WINNER));
    assert!(record.starts_with("# Use Python\n"), "{record}");
    assert!(!record.contains("backend to use"));
}

#[test]
fn the_same_values_give_the_same_bytes() {
    let pack = embedded();
    let at = values(&pack, &CLOSE);
    let (first, _) = record_for(&pack, Engine::new(&pack), &at);
    let (second, _) = record_for(&pack, Engine::new(&pack), &at);
    assert_eq!(first, second);
}
