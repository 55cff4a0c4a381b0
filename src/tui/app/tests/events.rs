//! Effects handed to the runner, the mouse, pack switches and resizes.

use super::*;

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
    // `A` writes the decision record beside it, under its own name.
    match app.update(Action::ExportRecord) {
        Some(Effect::WriteFile {
            stem,
            extension,
            contents,
            what,
        }) => {
            assert_eq!(
                (stem.as_str(), extension, what.as_str()),
                (
                    "stackcompare-python-vs-node-decision",
                    "md",
                    "decision record"
                )
            );
            assert_eq!(contents, app.record());
            assert!(contents.starts_with("# Python or Node.js for the backend"));
        }
        other => panic!("{other:?}"),
    }
    // Saving asks for a name first, filled in, and writes it into the file.
    assert_eq!(app.update(Action::SaveProfile), None);
    assert_eq!(app.overlay(), Some(Overlay::Prompt));
    assert_eq!(app.prompt().map(|p| p.text.as_str()), Some("my project"));
    app.update(Action::DeleteWord);
    for c in "team".chars() {
        app.update(Action::Input(c));
    }
    match app.update(Action::Submit) {
        Some(Effect::WriteFile {
            stem,
            extension,
            contents,
            ..
        }) => {
            assert_eq!((stem.as_str(), extension), ("my-team", "profile.yaml"));
            assert!(contents.contains("pack: python-vs-node"));
            assert!(contents.contains("name: \"my team\""), "{contents}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(app.overlay(), None);
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
    set_a_long_recommendation(&mut app);
    focus_slider(&mut app, "data_ai");
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
    select_slider(&mut app, 3);
    app.update(Action::Increase);
    let values = app.session.values.clone();
    app.update(Action::ToggleHelp);
    app.update(Action::Resize(40, 12));
    for _ in 0..200 {
        app.update(Action::Move(Motion::Down));
    }
    assert!(app.help.offset > 0);
    app.update(Action::Resize(200, 200));
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
