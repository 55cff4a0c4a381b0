use super::*;
use crate::content::{embedded, parse_pack};
use crate::engine::Engine;
use crate::profile::Profile;

const OLD: &str = include_str!("../../tests/fixtures/diff/old.yaml");
const NEW: &str = include_str!("../../tests/fixtures/diff/new.yaml");

fn pack(text: &str) -> Pack {
    parse_pack(text, "test.yaml").expect("the test pack is valid")
}

/// `text` with `from` replaced by `to`, which must be there.
fn edited(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the pack");
    text.replacen(from, to, 1)
}

fn profile(values: &str) -> Profile {
    Profile::parse(&format!("pack: small\nvalues: {values}\n"), "p.yaml").unwrap()
}

#[test]
fn a_pack_against_itself_has_no_changes() {
    assert!(changes(&pack(OLD), &pack(OLD)).is_empty());
    assert!(changes(&embedded(), &embedded()).is_empty());
}

#[test]
fn each_edit_of_the_fixture_pair_is_one_change_in_pack_order() {
    let found = changes(&pack(OLD), &pack(NEW));
    let node = || Item::Option("node".into());
    assert_eq!(
        found,
        vec![
            Change::Text {
                item: node(),
                field: TextField::Name,
                old: "Node.js".into(),
                new: "Node".into()
            },
            Change::Text {
                item: node(),
                field: TextField::Aliases,
                old: String::new(),
                new: "Node.js".into()
            },
            Change::Number {
                item: Item::Factor("data-ai".into()),
                field: NumberField::Weight,
                old: 1,
                new: 3
            },
            Change::Rating {
                factor: "real-time".into(),
                option: "node".into(),
                old: RatingValue::Quoted {
                    value: 8,
                    basis: "Node.js shines at live connections".into()
                },
                new: RatingValue::Quoted {
                    value: 10,
                    basis: "Node.js handles many live connections with ease".into()
                },
            },
            Change::Removed(Item::Factor("readability".into())),
            Change::Number {
                item: Item::Slider("realtime".into()),
                field: NumberField::Max,
                old: 10,
                new: 8
            },
            Change::Text {
                item: Item::Rule(RuleKey::Place(1)),
                field: TextField::Text,
                old: "Node.js shines at live connections.".into(),
                new: "Node.js handles many live connections with ease.".into()
            },
        ]
    );
}

#[test]
fn items_are_matched_by_id_not_by_place() {
    // The two sections of the embedded pack swapped: nothing changed in either.
    let old = embedded();
    let mut new = old.clone();
    new.sections.swap(0, 1);
    assert!(changes(&old, &new).is_empty());
    new.sections.remove(0);
    assert_eq!(
        changes(&old, &new),
        vec![Change::Removed(Item::Section(old.sections[1].id.clone()))]
    );
}

#[test]
fn raises_defaults_and_neutral_points_are_changes_of_their_slider() {
    let old = embedded();
    let mut new = old.clone();
    let s = old.slider_index("workload").unwrap();
    new.sliders[s].default = 2;
    new.sliders[s].neutral = None;
    new.sliders[s].raises_low[0].per_step += 1;
    let factor = old.factors[old.sliders[s].raises_low[0].factor].id.clone();
    let step = old.sliders[s].raises_low[0].per_step;
    let found = changes(&old, &new);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(matches!(
        &found[0],
        Change::Number {
            field: NumberField::Default,
            new: 2,
            ..
        }
    ));
    assert!(matches!(&found[1], Change::Neutral { new: None, .. }));
    assert_eq!(
        found[2],
        Change::Raise {
            slider: "workload".into(),
            factor,
            low: true,
            old: step,
            new: step + 1
        }
    );
}

#[test]
fn conditions_are_compared_in_the_pack_notation_by_slider_id() {
    let old = pack(OLD);
    let new = pack(&edited(
        OLD,
        "when: [data_ai]",
        "when: [data_ai: { at_least: 3 }]",
    ));
    assert_eq!(
        changes(&old, &new),
        vec![Change::Text {
            item: Item::Rule(RuleKey::Place(0)),
            field: TextField::When,
            old: "[data_ai]".into(),
            new: "[data_ai: {at_least: 3}]".into()
        }]
    );
}

#[test]
fn each_change_is_placed_at_its_field_in_the_new_file() {
    let (old, new) = (pack(OLD), pack(NEW));
    let found = changes(&old, &new);
    let paths: Vec<String> = found
        .iter()
        .map(|c| yaml_path(c, &new)[0].clone())
        .collect();
    assert_eq!(
        paths,
        [
            "options.1.name",
            "options.1.aliases",
            "factors.0.weight",
            "factors.1.ratings.node.rating",
            "factors",
            "traits.1.max",
            "rules.1.text",
        ]
    );
}

#[test]
fn one_change_made_alone_to_the_old_pack_gives_the_new_packs_numbers() {
    let old = pack(OLD);
    let values = "{ realtime: 6, data_ai: 1, team_python: 3 }";
    let edits = [
        ("raises: { data-ai: 2,", "raises: { data-ai: 3,"),
        ("weight: 2\n", "weight: 5\n"),
        (
            "node: { rating: 8, basis: Node.js shines at live connections }",
            "node: { not_said: true }",
        ),
    ];
    for (from, to) in edits {
        let new = pack(&edited(OLD, from, to));
        let found = changes(&old, &new);
        assert_eq!(found.len(), 1, "{found:?}");
        let shifted = shift::with_change(&old, &new, &found[0]).expect("a number moved");
        let profile = profile(values);
        let at = |pack: &Pack| {
            let (v, o) = profile.settings_for(pack).unwrap();
            Engine::with_overrides(pack, &o).recommend(&v)
        };
        let (a, b) = (at(&shifted), at(&new));
        assert_eq!(
            (a.sums, a.total, a.verdict),
            (b.sums, b.total, b.verdict),
            "{to}"
        );
    }
}

#[test]
fn a_profile_whose_verdict_moves_names_the_change_that_moved_it_most() {
    let (old, new) = (pack(OLD), pack(NEW));
    let found = changes(&old, &new);
    let moves = profile("{ realtime: 6, data_ai: 1, team_python: 3 }");
    let diff = profile_diff(&old, &new, &found, &moves).unwrap();
    assert!(diff.moved());
    let Moved::Standing(standing) = &diff.outcome else {
        panic!("it loads");
    };
    let first = &found[standing.causes[0].change];
    assert!(matches!(first, Change::Rating { .. }), "{first:?}");
    // The largest effect first, each in the direction the lead moved.
    let effects: Vec<f64> = standing.causes.iter().map(|c| c.effect).collect();
    assert!(
        effects.windows(2).all(|w| w[0].abs() >= w[1].abs()),
        "{effects:?}"
    );
    assert!(effects.iter().all(|&e| e > 0.0), "{effects:?}");
}

#[test]
fn a_profile_that_stays_says_so_and_one_out_of_range_no_longer_loads() {
    let (old, new) = (pack(OLD), pack(NEW));
    let found = changes(&old, &new);
    let stays = profile("{ data_ai: 8, team_python: 6, team_js: 3 }");
    assert!(!profile_diff(&old, &new, &found, &stays).unwrap().moved());
    let gone = profile("{ realtime: 10 }");
    let diff = profile_diff(&old, &new, &found, &gone).unwrap();
    assert!(diff.moved());
    let Moved::NoLongerLoads(problems) = &diff.outcome else {
        panic!("10 is out of the new range");
    };
    assert!(
        problems.0[0].message.contains("out of range 0–8"),
        "{problems:?}"
    );
    // Against the old pack it must load: there is nothing to compare with.
    let wrong = profile("{ unknown: 1 }");
    assert!(profile_diff(&old, &new, &found, &wrong).is_err());
}

#[test]
fn nothing_changed_moves_no_profile() {
    let old = pack(OLD);
    let diff = profile_diff(&old, &old, &[], &profile("{ realtime: 6 }")).unwrap();
    let Moved::Standing(standing) = &diff.outcome else {
        panic!("it loads");
    };
    assert!(!standing.moved && standing.causes.is_empty());
}

#[test]
fn a_margin_that_alone_turns_a_close_call_into_a_verdict_is_its_cause() {
    let old = pack(OLD);
    let new = pack(&edited(OLD, "margin: 10", "margin: 5"));
    let found = changes(&old, &new);
    let moves = profile("{ realtime: 6, data_ai: 1, team_python: 3 }");
    let diff = profile_diff(&old, &new, &found, &moves).unwrap();
    let Moved::Standing(standing) = &diff.outcome else {
        panic!("it loads");
    };
    assert!(standing.moved);
    assert_eq!(
        standing.causes,
        [Cause {
            change: 0,
            effect: 0.0,
            alone: true
        }]
    );
}

#[test]
fn a_factor_added_counts_as_the_new_pack_counts_it() {
    // The fixture pair read backwards: the new pack has readability again.
    let (old, new) = (pack(NEW), pack(OLD));
    let found = changes(&old, &new);
    let added = (found.iter())
        .find(|c| matches!(c, Change::Added(Item::Factor(_))))
        .expect("readability is added");
    let shifted = shift::with_change(&old, &new, added).unwrap();
    let profile = profile("{ data_ai: 4 }");
    let (v, o) = profile.settings_for(&shifted).unwrap();
    let r = Engine::with_overrides(&shifted, &o).recommend(&v);
    let f = shifted.factors.len() - 1;
    assert_eq!(shifted.factors[f].id, "readability");
    // data_ai at 4 raises it by 1 a step, over its weight of 1.
    assert_eq!(r.importance[f], 5);
}
