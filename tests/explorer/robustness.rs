//! How sure the verdict is, on the screen: counted at once on the article
//! pack, and on a large pack in slices between key presses, saying so
//! meanwhile, and ending with the figure the headless count gives.

use stackcompare::content;
use stackcompare::engine::Engine;
use stackcompare::tui::action::Action;

use crate::common::packs::{BIG, generated};
use crate::common::screen;

#[test]
fn the_article_pack_is_counted_before_the_first_frame() {
    let pack = content::embedded();
    let app = screen::app(vec![pack.clone()], 120, 40, false);
    assert!(!app.busy());
    let r = &app.session().recommendation();
    let expected = Engine::new(&pack).robustness(r);
    assert_eq!(app.session().known(), Some(expected));
    let phrase = stackcompare::words::robustness_phrase(r.verdict, expected);
    let shown = screen::text(&screen::draw(&app));
    assert!(shown.contains(&phrase), "{phrase}\n{shown}");
}

#[test]
fn a_large_pack_is_counted_in_slices_and_says_so_meanwhile() {
    let pack = generated(BIG);
    let mut app = screen::app(vec![pack.clone()], 120, 40, false);
    assert!(
        app.busy(),
        "40 sliders: a sample, counted over several slices"
    );
    let shown = screen::text(&screen::draw(&app));
    assert!(shown.contains("checking nearby projects…"), "{shown}");
    // A key press starts the count again for the new values.
    app.update(Action::Increase);
    let mut slices = 0;
    while app.busy() {
        app.update(Action::Idle);
        slices += 1;
        assert!(slices < 10_000, "the count never ends");
    }
    assert!(slices > 1, "counted in {slices} slices");
    let engine = Engine::new(&pack);
    let expected = engine.robustness(app.session().recommendation());
    assert!(expected.sampled);
    assert_eq!(app.session().known(), Some(expected));
    let shown = screen::text(&screen::draw(&app));
    assert!(shown.contains("of nearby projects"), "{shown}");
    assert!(!shown.contains("checking"), "{shown}");
}
