//! The search box on a pack with more items than one key press ranks: the
//! first slice at once, the rest between key presses (`Action::Idle`).

use stackcompare::search::FIRST_SLICE;
use stackcompare::tui::action::Action;
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::theme::Theme;

use crate::common::packs::{BIG, generated};

#[test]
fn a_long_search_ranks_the_rest_between_key_presses() {
    let mut app = App::new(vec![generated(BIG)], Start::default(), Theme::new(true));
    app.update(Action::Resize(120, 40));
    app.update(Action::OpenSearch);
    app.update(Action::Input('e'));
    let fresh = app.session().index().search("e").hits;
    assert!(fresh.len() > FIRST_SLICE, "{} hits", fresh.len());
    assert!(app.search().pending() > 0 && app.busy());
    assert!(app.search().hits().len() <= FIRST_SLICE);
    let mut slices = 0;
    while app.busy() {
        app.update(Action::Idle);
        slices += 1;
        assert!(slices < 1_000, "never done");
    }
    assert_eq!(app.search().pending(), 0);
    assert_eq!(app.search().hits(), fresh.as_slice());
}
