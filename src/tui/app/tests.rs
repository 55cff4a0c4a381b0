//! `App::update`: each action's effect on the state.

use super::*;
use crate::content::embedded;
use crate::engine::Verdict;
use crate::search::ItemKind;
use crate::tui::action::Motion;

fn app() -> App {
    let mut app = App::new(vec![embedded()], Start::default(), Theme::new(false));
    app.update(Action::Resize(120, 40));
    app
}

fn slider(app: &App, id: &str) -> usize {
    app.pack().trait_index(id).unwrap()
}

fn focus_slider(app: &mut App, id: &str) {
    app.focus = Pane::Sliders;
    let index = slider(app, id);
    app.session.sliders.selected = index;
}

fn winner(app: &App, id: &str) -> Verdict {
    Verdict::Winner(app.pack().option_index(id).unwrap())
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
}

#[test]
fn starts_on_the_sliders_at_the_defaults_too_close_to_call() {
    let app = app();
    assert_eq!(app.focus, Pane::Sliders);
    assert_eq!(app.session.values, app.pack().default_values());
    assert!(matches!(
        app.session.recommendation.verdict,
        Verdict::CloseCall(_)
    ));
    assert!(!app.changed());
}

#[test]
fn sliders_move_and_the_verdict_follows() {
    let mut app = app();
    focus_slider(&mut app, "data_ai");
    for _ in 0..10 {
        app.update(Action::Increase);
    }
    assert_eq!(app.session.values[0], 10);
    assert_eq!(app.session.recommendation.verdict, winner(&app, "python"));
    app.update(Action::Increase);
    assert_eq!(app.session.values[0], 10, "stops at max");
    app.update(Action::SliderMin);
    assert_eq!(app.session.values[0], 0);
    app.update(Action::Decrease);
    assert_eq!(app.session.values[0], 0, "stops at 0");
    app.update(Action::SliderMax);
    assert_eq!(app.session.values[0], 10);
    assert_eq!(
        app.session.recommendation,
        crate::engine::recommend(app.pack(), &app.session.values)
    );
    assert!(app.changed());
}

#[test]
fn digits_set_the_focused_slider_and_a_toggle() {
    let mut app = app();
    focus_slider(&mut app, "realtime");
    app.update(Action::Digit(7));
    assert_eq!(app.session.values[slider(&app, "realtime")], 7);
    app.update(Action::Digit(0));
    assert_eq!(app.session.values[slider(&app, "realtime")], 0);
    focus_slider(&mut app, "one_language");
    app.update(Action::Digit(1));
    assert_eq!(app.session.values[slider(&app, "one_language")], 1);
    app.update(Action::Digit(9));
    assert_eq!(
        app.session.values[slider(&app, "one_language")],
        1,
        "a toggle stays in 0–1"
    );
    app.update(Action::Digit(0));
    assert_eq!(app.session.values[slider(&app, "one_language")], 0);
}

#[test]
fn space_and_enter_flip_a_toggle_only() {
    let mut app = app();
    focus_slider(&mut app, "one_language");
    let toggle = slider(&app, "one_language");
    app.update(Action::Flip);
    assert_eq!(app.session.values[toggle], 1);
    app.update(Action::Flip);
    assert_eq!(app.session.values[toggle], 0);
    focus_slider(&mut app, "realtime");
    let before = app.session.values.clone();
    app.update(Action::Flip);
    assert_eq!(app.session.values, before, "Space does nothing on a slider");
}

#[test]
fn undo_goes_back_one_change_at_a_time() {
    let mut app = app();
    focus_slider(&mut app, "data_ai");
    app.update(Action::Digit(3));
    app.update(Action::Digit(8));
    app.update(Action::Undo);
    assert_eq!(app.session.values[0], 3);
    app.update(Action::Undo);
    assert_eq!(app.session.values[0], 0);
    app.update(Action::Undo);
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Nothing to undo")
    );
    assert_eq!(
        app.session.recommendation,
        crate::engine::recommend(app.pack(), &app.session.values)
    );
}

#[test]
fn reset_goes_back_to_the_loaded_profile_and_can_be_undone() {
    let pack = embedded();
    let mut start = pack.default_values();
    start[0] = 9;
    let mut app = App::new(
        vec![pack],
        Start {
            values: Some(start.clone()),
            profile: Some("ml.yaml".into()),
        },
        Theme::new(false),
    );
    app.update(Action::Resize(120, 40));
    focus_slider(&mut app, "realtime");
    app.update(Action::Digit(5));
    assert!(app.changed());
    app.update(Action::Reset);
    assert_eq!(
        app.session.values, start,
        "back to the profile, not the defaults"
    );
    assert!(!app.changed());
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("the profile ml.yaml")
    );
    app.update(Action::Undo);
    assert_eq!(app.session.values[slider(&app, "realtime")], 5);
}

#[test]
fn tab_cycles_the_panes_both_ways() {
    let mut app = app();
    let mut seen = vec![app.focus];
    for _ in 0..3 {
        app.update(Action::FocusNext);
        seen.push(app.focus);
    }
    assert_eq!(seen, PANES);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Sliders);
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Pane::Detail);
}

#[test]
fn first_last_and_pages_work_in_every_list_and_text() {
    let mut app = app();
    app.focus = Pane::Factors;
    app.update(Action::Move(Motion::Bottom));
    assert_eq!(app.session.factor(), app.pack().factors.len() - 1);
    app.update(Action::Move(Motion::Top));
    assert_eq!(app.session.factor(), 0);
    app.focus = Pane::Sliders;
    app.update(Action::Move(Motion::Bottom));
    assert_eq!(app.session.slider(), app.pack().traits.len() - 1);
    app.update(Action::Move(Motion::PageUp));
    assert_eq!(app.session.slider(), 0);
    app.focus = Pane::Recommendation;
    app.update(Action::Move(Motion::PageDown));
    assert!(app.session.reading.offset > 0);
    app.update(Action::Move(Motion::Bottom));
    assert_eq!(
        app.session.reading.offset,
        app.scroll_limit(Target::Recommendation)
    );
    app.update(Action::ToggleHelp);
    app.update(Action::Resize(80, 24));
    app.update(Action::Move(Motion::Bottom));
    assert_eq!(app.help.offset, app.scroll_limit(Target::Help));
    assert!(app.help.offset > 0);
    app.update(Action::Move(Motion::Top));
    assert_eq!(app.help.offset, 0);
}

#[test]
fn search_finds_the_articles_text_and_jumps_there() {
    let mut app = app();
    app.update(Action::OpenSearch);
    type_text(&mut app, "hiring");
    let hit = &app.session.index.items()[app.search.hits()[0].item];
    assert_eq!(hit.kind, ItemKind::Passage);
    app.update(Action::Submit);
    assert_eq!(app.overlay(), Some(Overlay::Article));
    assert!(app.session.article.offset > 0);
}

#[test]
fn search_jumps_to_a_factor_or_slider() {
    let mut app = app();
    app.update(Action::OpenSearch);
    type_text(&mut app, "rltm");
    let first = &app.session.index.items()[app.search.hits()[0].item];
    assert!(first.text.starts_with("Real"), "{}", first.text);
    let (kind, index) = (first.kind, first.index);
    app.update(Action::Submit);
    assert_eq!(app.overlay(), None);
    match kind {
        ItemKind::Factor => assert_eq!((app.focus, app.session.factor()), (Pane::Factors, index)),
        ItemKind::Trait => assert_eq!((app.focus, app.session.slider()), (Pane::Sliders, index)),
        other => panic!("expected a factor or a slider first, got {other:?}"),
    }
}

#[test]
fn search_edits_clear_delete_words_and_take_pastes() {
    let mut app = app();
    app.update(Action::OpenSearch);
    type_text(&mut app, "real time");
    app.update(Action::DeleteWord);
    assert_eq!(app.search.query, "real ");
    app.update(Action::ClearQuery);
    assert_eq!(app.search.query, "");
    assert_eq!(app.search.hits().len(), app.session.index.items().len());
    // A paste is text, never keys: Enter, Esc and letters stay in the query.
    app.update(Action::Paste("data\neeee\u{1b}sq".into()));
    assert_eq!(app.search.query, "data eeeesq");
    assert!(!app.quit && app.overlay() == Some(Overlay::Search));
    app.update(Action::Paste("x".repeat(100_000)));
    assert_eq!(app.search.query.chars().count(), search::MAX_QUERY);
    app.update(Action::Close);
    assert_eq!(app.overlay(), None);
    assert!(app.search.query.is_empty());
    assert!(!app.quit, "Esc never quits");
}

#[test]
fn escape_goes_back_to_where_an_overlay_was_opened_from() {
    let mut app = app();
    app.update(Action::ToggleArticle);
    app.update(Action::ToggleHelp);
    assert_eq!(app.overlay(), Some(Overlay::Help));
    app.update(Action::Close);
    assert_eq!(app.overlay(), Some(Overlay::Article));
    app.update(Action::OpenSearch);
    app.update(Action::Close);
    assert_eq!(app.overlay(), Some(Overlay::Article));
    app.update(Action::Close);
    assert_eq!(app.overlay(), None);
    app.update(Action::Close);
    assert!(!app.quit);
}

#[test]
fn export_save_copy_and_suspend_ask_the_runner() {
    let mut app = app();
    match app.update(Action::Export) {
        Some(Effect::WriteFile {
            stem,
            extension,
            contents,
            ..
        }) => {
            assert_eq!(
                (stem.as_str(), extension),
                ("stackcompare-python-vs-node", "md")
            );
            assert_eq!(contents, app.summary());
        }
        other => panic!("{other:?}"),
    }
    match app.update(Action::SaveProfile) {
        Some(Effect::WriteFile {
            extension,
            contents,
            ..
        }) => {
            assert_eq!(extension, "profile.yaml");
            assert!(contents.contains("pack: python-vs-node"));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(app.update(Action::Copy), Some(Effect::Copy(_))));
    assert_eq!(app.update(Action::Suspend), Some(Effect::Suspend));
    app.update(Action::Finished(Err("disk full".into())));
    assert_eq!(
        app.status,
        Some(Status {
            text: "disk full".into(),
            error: true
        })
    );
}

#[test]
fn clicking_a_track_sets_the_slider_and_a_toggle_flips_once() {
    let mut app = app();
    let realtime = slider(&app, "realtime");
    let track = app.track_area(realtime).unwrap();
    app.update(Action::Click(track.right() - 1, track.y));
    assert_eq!(app.session.slider(), realtime);
    assert_eq!(app.session.values[realtime], 10);
    app.update(Action::Drag(track.x, track.y));
    assert_eq!(app.session.values[realtime], 0);
    let toggle = slider(&app, "one_language");
    let track = app.track_area(toggle).unwrap();
    app.update(Action::Click(track.x, track.y));
    assert_eq!(app.session.values[toggle], 1);
    app.update(Action::Drag(track.x + 1, track.y));
    assert_eq!(
        app.session.values[toggle], 1,
        "dragging does not flip it back"
    );
}

#[test]
fn the_wheel_scrolls_the_pane_under_it_and_keeps_the_focus() {
    let mut app = app();
    let area = app.layout().recommendation;
    app.update(Action::Wheel {
        column: area.x + 2,
        row: area.y + 5,
        down: true,
    });
    assert_eq!(app.session.reading.offset, 1);
    assert_eq!(
        app.focus,
        Pane::Sliders,
        "the wheel does not take the focus"
    );
}

#[test]
fn clicking_a_factor_row_selects_it() {
    let mut app = app();
    let inner = layout::inner(app.layout().factors);
    app.update(Action::Click(inner.x + 2, inner.y + 2));
    assert_eq!(app.focus, Pane::Factors);
    assert_eq!(app.session.factor(), 2);
    assert_eq!(app.pane_at(inner.x, inner.y), Some(Pane::Factors));
}

#[test]
fn several_packs_open_the_picker_and_a_pack_opens_in_a_new_session() {
    let mut second = embedded();
    second.id = "second".into();
    second.title = "Second".into();
    let mut app = App::new(vec![embedded(), second], Start::default(), Theme::new(true));
    app.update(Action::Resize(120, 40));
    assert_eq!(app.overlay(), Some(Overlay::Picker));
    app.update(Action::Close);
    assert_eq!(
        app.overlay(),
        Some(Overlay::Picker),
        "Esc keeps the picker until a pack is chosen"
    );
    app.update(Action::Move(Motion::Down));
    app.update(Action::Submit);
    assert_eq!(app.pack().id, "second");
    assert_eq!(app.overlay(), None);
    assert_eq!(app.packs.len(), 2);
    assert!(
        Arc::ptr_eq(&app.session.pack, &app.packs[1]),
        "the pack is shared, not copied"
    );
}

#[test]
fn resizing_keeps_the_state_and_clamps_scrolls() {
    let mut app = app();
    app.session.sliders.selected = 3;
    app.update(Action::Increase);
    let values = app.session.values.clone();
    app.update(Action::ToggleHelp);
    app.update(Action::Resize(40, 12));
    for _ in 0..200 {
        app.update(Action::Move(Motion::Down));
    }
    assert!(app.help.offset > 0);
    app.update(Action::Resize(200, 100));
    assert_eq!(
        app.help.offset, 0,
        "all of the help fits: nothing to scroll"
    );
    app.update(Action::Resize(1, 1));
    app.update(Action::Resize(80, 24));
    assert_eq!(app.session.values, values);
    assert_eq!(app.session.slider(), 3);
}

#[test]
fn the_mouse_does_nothing_on_a_screen_that_does_not_fit() {
    let mut app = app();
    let before = app.session.values.clone();
    app.update(Action::Resize(layout::MAX_WIDTH + 1, 40));
    app.update(Action::Click(10, 10));
    app.update(Action::Wheel {
        column: 10,
        row: 10,
        down: true,
    });
    assert_eq!(app.session.values, before);
    assert_eq!(app.fit(), layout::Fit::TooLarge);
}
