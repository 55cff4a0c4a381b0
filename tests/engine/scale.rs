//! Sliders that rate options with maxima that do not divide 10: their
//! ratings (10·v/max) are thirds, quarters and sixths, and the fits stay
//! exact because every rating is scaled by the least common multiple of the
//! maxima (12 here). The generated packs of the property tests use such
//! maxima too; these are the cases worked out by hand.

use stackcompare::content::{Pack, parse_pack};
use stackcompare::engine::{Engine, Recommendation};

use crate::common;

/// The minimal pack with the team sliders (which rate Python and Node.js on
/// "Your team", importance 2) running to `python_max` and `js_max`.
fn team_maxima(python_max: u32, js_max: u32) -> Pack {
    let text = std::fs::read_to_string(common::repo("tests/fixtures/valid/minimal.yaml")).unwrap();
    let text = text
        .replace(
            "How well the team knows Python.\n    max: 10",
            &format!("How well the team knows Python.\n    max: {python_max}"),
        )
        .replace(
            "How well the team knows JavaScript.\n    max: 10",
            &format!("How well the team knows JavaScript.\n    max: {js_max}"),
        );
    let pack = parse_pack(&text, "minimal.yaml").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pack.sliders[2].max, python_max, "the fixture moved");
    assert_eq!(pack.sliders[3].max, js_max, "the fixture moved");
    pack
}

/// `option`'s fit is exactly 100 · `numerator` / `denominator`.
fn assert_fit(r: &Recommendation, option: usize, numerator: i128, denominator: i128) {
    assert_eq!(
        r.sums[option] * denominator,
        r.total * numerator,
        "fit of option {option}: sums {:?}, total {}",
        r.sums,
        r.total
    );
}

// With data_ai and realtime at 0, "Data and AI" counts 1 (Python 10, Node.js
// not said: 5), "Real time" 1 (Python not said: 5, Node.js 9) and "Your
// team" 2, so fit = 100 · (15 + 2 · rating on Your team) / 40 for Python and
// 100 · (14 + 2 · rating on Your team) / 40 for Node.js.

#[test]
fn maxima_3_and_4_rate_in_thirds_and_quarters_exactly() {
    let pack = team_maxima(3, 4);
    let engine = Engine::new(&pack);
    assert_eq!(engine.scale(), 12);
    // Python 1 of 3 = 10/3, Node.js 3 of 4 = 7.5.
    let r = engine.recommend(&[0, 0, 1, 3]);
    assert_fit(&r, 0, 15 * 3 + 2 * 10, 40 * 3);
    assert_fit(&r, 1, 14 * 2 + 2 * 15, 40 * 2);
    assert_eq!((r.fit_tenths(0), r.fit_tenths(1)), (542, 725));
    // 2 of 3 and 2 of 4: 20/3 and 5.
    let r = engine.recommend(&[0, 0, 2, 2]);
    assert_fit(&r, 0, 15 * 3 + 2 * 20, 40 * 3);
    assert_fit(&r, 1, 14 + 2 * 5, 40);
}

#[test]
fn maxima_4_and_6_scale_by_their_least_common_multiple_not_their_product() {
    let pack = team_maxima(4, 6);
    let engine = Engine::new(&pack);
    assert_eq!(engine.scale(), 12);
    // Python 1 of 4 = 2.5, Node.js 5 of 6 = 25/3.
    let r = engine.recommend(&[0, 0, 1, 5]);
    assert_fit(&r, 0, 15 * 2 + 2 * 5, 40 * 2);
    assert_fit(&r, 1, 14 * 3 + 2 * 25, 40 * 3);
    assert_eq!((r.fit_tenths(0), r.fit_tenths(1)), (500, 767));
}
