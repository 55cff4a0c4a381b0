//! Sliders: arrows, digits, toggles, undo and reset.

use super::*;

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
            ..Start::default()
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

/// Found by the long property runs: the selected factor's text is shorter
/// at the defaults than with a slider at its max, so a reset must pull its
/// scroll back as it does the recommendation's.
#[test]
fn a_reset_keeps_the_factor_texts_scroll_in_range() {
    for (width, height) in [(0, 0), (80, 24), (60, 20)] {
        let mut app = app();
        app.update(Action::Resize(width, height));
        app.update(Action::SliderMax);
        app.update(Action::FocusPrev);
        app.update(Action::Move(Motion::Bottom));
        app.update(Action::Reset);
        let limit = app.scroll_limit(Target::Detail);
        assert!(
            app.session.detail.offset <= limit,
            "{width}×{height}: detail at {} past {limit}",
            app.session.detail.offset
        );
    }
}
