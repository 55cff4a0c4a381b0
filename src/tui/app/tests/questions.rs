//! The questions the explorer asks (a value, a profile's name, quit without
//! saving?), redo, pages on a slider, and loading a profile.

use super::*;

fn status(app: &App) -> Option<&str> {
    app.status.as_ref().map(|s| s.text.as_str())
}

/// A pack whose `realtime` slider goes to 100, as an author might write one.
fn app_of_a_hundred() -> App {
    let source = crate::content::EMBEDDED_SOURCE.to_owned();
    let mut pack = crate::content::parse_pack(&source, "pack.yaml").unwrap();
    let realtime = pack.slider_index("realtime").unwrap();
    pack.sliders[realtime].max = 100;
    let mut app = App::new(vec![pack], Start::default(), Theme::new(false));
    app.update(Action::Resize(120, 40));
    app
}

#[test]
fn quitting_with_unsaved_sliders_asks_once() {
    let mut first = app();
    first.update(Action::Quit);
    assert!(first.quitting(), "nothing moved: q quits at once");

    let mut app = app();
    focus_slider(&mut app, "realtime");
    app.update(Action::Increase);
    app.update(Action::Quit);
    assert!(!app.quitting());
    assert_eq!(app.overlay(), Some(Overlay::ConfirmQuit));
    // Any other key stays, and the question goes.
    app.update(Action::Close);
    assert_eq!(app.overlay(), None);
    assert!(!app.quitting());
    app.update(Action::Quit);
    app.update(Action::Quit);
    assert!(app.quitting(), "q twice quits");
}

#[test]
fn a_written_file_counts_as_saved_and_a_failed_one_does_not() {
    let mut app = app();
    focus_slider(&mut app, "realtime");
    app.update(Action::Increase);
    assert!(app.unsaved());
    assert!(app.update(Action::Export).is_some());
    app.update(Action::Finished(Err("disk full".into())));
    assert!(app.unsaved(), "a failed export saved nothing");
    assert!(app.update(Action::Export).is_some());
    app.update(Action::Finished(Ok("Saved the summary to x.md".into())));
    assert!(!app.unsaved());
    app.update(Action::Increase);
    assert!(app.unsaved());
    assert!(app.update(Action::ExportRecord).is_some());
    app.update(Action::Finished(Ok(
        "Saved the decision record to x.md".into()
    )));
    assert!(
        !app.unsaved(),
        "a decision record written saves the sliders too"
    );
    assert!(app.changed(), "an export leaves the start where it was");
    app.update(Action::Quit);
    assert!(app.quitting());
}

#[test]
fn saving_a_profile_names_it_and_makes_it_the_start() {
    let mut app = app();
    focus_slider(&mut app, "realtime");
    app.update(Action::Increase);
    app.update(Action::SaveProfile);
    app.update(Action::ClearQuery);
    type_text(&mut app, "Data team");
    let effect = app.update(Action::Submit);
    assert!(matches!(effect, Some(Effect::WriteFile { ref stem, .. }) if stem == "data-team"));
    assert_eq!(app.profile(), None, "not until the file is written");
    app.update(Action::Finished(Ok("Saved the profile".into())));
    assert_eq!(app.profile(), Some("Data team"));
    assert!(!app.changed(), "the title drops \"changed\"");
    assert!(!app.unsaved());
    // `r` now goes back to the saved profile.
    app.update(Action::Decrease);
    app.update(Action::Reset);
    assert!(status(&app).unwrap().contains("the profile Data team"));
}

#[test]
fn a_profile_needs_a_name_and_esc_cancels() {
    let mut app = app();
    app.update(Action::SaveProfile);
    app.update(Action::ClearQuery);
    app.update(Action::Input(' '));
    assert_eq!(app.update(Action::Submit), None);
    assert_eq!(status(&app), Some("A profile needs a name"));
    assert_eq!(app.overlay(), Some(Overlay::Prompt), "still asking");
    app.update(Action::Close);
    assert_eq!(app.overlay(), None);
    assert!(app.prompt().is_none());
}

#[test]
fn the_value_offered_is_replaced_by_what_is_typed_and_edited_after_backspace() {
    let mut app = app_of_a_hundred();
    let realtime = slider(&app, "realtime");
    focus_slider(&mut app, "realtime");
    app.update(Action::TypeValue);
    type_text(&mut app, "10");
    app.update(Action::Submit);
    assert_eq!(app.session.values[realtime], 10);
    // 10 is offered; typing 12 gives 12, not 1012.
    app.update(Action::TypeValue);
    let offered = app.prompt().unwrap();
    assert_eq!((offered.text.as_str(), offered.offered), ("10", true));
    type_text(&mut app, "12");
    assert_eq!(app.prompt().unwrap().text, "12");
    app.update(Action::Submit);
    assert_eq!(app.session.values[realtime], 12);
    // Backspace edits the value offered: 12 → 1, then 5 makes 15.
    app.update(Action::TypeValue);
    app.update(Action::Backspace);
    type_text(&mut app, "5");
    assert_eq!(app.prompt().unwrap().text, "15");
    app.update(Action::Submit);
    assert_eq!(app.session.values[realtime], 15);
    // A letter a value does not take leaves it offered; a paste replaces it.
    app.update(Action::TypeValue);
    type_text(&mut app, "x");
    let offered = app.prompt().unwrap();
    assert_eq!((offered.text.as_str(), offered.offered), ("15", true));
    app.update(Action::Paste("7".into()));
    assert_eq!(app.prompt().unwrap().text, "7");
}

#[test]
fn a_value_of_several_digits_is_typed_after_equals() {
    let mut app = app_of_a_hundred();
    let realtime = slider(&app, "realtime");
    focus_slider(&mut app, "realtime");
    app.update(Action::TypeValue);
    assert_eq!(app.overlay(), Some(Overlay::Prompt));
    app.update(Action::ClearQuery);
    // Only digits are taken.
    type_text(&mut app, "4x8");
    assert_eq!(app.prompt().unwrap().text, "48");
    app.update(Action::Submit);
    assert_eq!(app.session.values[realtime], 48);
    assert_eq!(app.overlay(), None);
    // Out of range: said, and the prompt stays for a fix.
    app.update(Action::TypeValue);
    app.update(Action::ClearQuery);
    type_text(&mut app, "101");
    app.update(Action::Submit);
    assert_eq!(app.session.values[realtime], 48);
    assert_eq!(app.overlay(), Some(Overlay::Prompt));
    assert!(
        status(&app).unwrap().contains("goes 0–100"),
        "{:?}",
        status(&app)
    );
    app.update(Action::Backspace);
    app.update(Action::Submit);
    assert_eq!(app.session.values[realtime], 10);
}

#[test]
fn pages_move_a_slider_a_tenth_of_its_range() {
    let mut hundred = app_of_a_hundred();
    let realtime = slider(&hundred, "realtime");
    focus_slider(&mut hundred, "realtime");
    hundred.update(Action::Digit(5));
    hundred.update(Action::IncreaseTenth);
    assert_eq!(hundred.session.values[realtime], 15);
    hundred.update(Action::DecreaseTenth);
    hundred.update(Action::DecreaseTenth);
    assert_eq!(hundred.session.values[realtime], 0, "never below 0");
    let mut app = app();
    focus_slider(&mut app, "data_ai");
    let data = slider(&app, "data_ai");
    app.update(Action::IncreaseTenth);
    assert_eq!(app.session.values[data], 1, "a tenth of 0–10 is one step");
}

#[test]
fn a_digit_past_a_toggle_or_a_range_changes_nothing_and_says_so() {
    let mut app = app();
    focus_slider(&mut app, "one_language");
    let toggle = slider(&app, "one_language");
    app.update(Action::Digit(7));
    assert_eq!(app.session.values[toggle], 0, "not silently on");
    assert!(status(&app).unwrap().contains("0 turns it off, 1 on"));
    let mut hundred = app_of_a_hundred();
    focus_slider(&mut hundred, "realtime");
    hundred.update(Action::Digit(9));
    assert!(status(&hundred).unwrap().contains("= types a longer value"));
}

#[test]
fn redo_makes_undone_changes_again_and_says_what() {
    let mut app = app();
    focus_slider(&mut app, "data_ai");
    let label = app.pack().sliders[0].label.clone();
    app.update(Action::Digit(3));
    app.update(Action::Digit(8));
    app.update(Action::Undo);
    assert_eq!(
        status(&app),
        Some(format!("Undone: {label} 8 → 3").as_str())
    );
    app.update(Action::Undo);
    app.update(Action::Redo);
    assert_eq!(app.session.values[0], 3);
    app.update(Action::Redo);
    assert_eq!(app.session.values[0], 8);
    assert_eq!(
        status(&app),
        Some(format!("Redone: {label} 3 → 8").as_str())
    );
    app.update(Action::Redo);
    assert_eq!(status(&app), Some("Nothing to redo"));
    // A new change ends what could be redone.
    app.update(Action::Undo);
    app.update(Action::Digit(5));
    app.update(Action::Redo);
    assert_eq!(app.session.values[0], 5);
    assert_eq!(status(&app), Some("Nothing to redo"));
}

#[test]
fn enter_on_a_factor_opens_its_text() {
    let mut app = app();
    focus(&mut app, Pane::Factors);
    app.update(Action::Move(Motion::Down));
    app.update(Action::OpenDetail);
    assert_eq!(app.focus(), Pane::Detail);
    assert_eq!(app.session.factor(), 1);
}

#[test]
fn esc_goes_back_to_the_picker_and_the_open_pack_carries_on() {
    let second = {
        let mut pack = embedded();
        pack.id = "second".into();
        pack
    };
    let mut app = App::new(
        vec![embedded(), second],
        Start::default(),
        Theme::new(false),
    );
    app.update(Action::Resize(120, 40));
    assert_eq!(app.overlay(), Some(Overlay::Picker));
    app.update(Action::Close);
    assert_eq!(app.overlay(), Some(Overlay::Picker), "nothing picked yet");
    app.update(Action::Move(Motion::Down));
    app.update(Action::Submit);
    assert_eq!(app.pack().id, "second");
    focus_slider(&mut app, "realtime");
    app.update(Action::Increase);
    let values = app.session.values.clone();
    app.update(Action::Close);
    assert_eq!(app.overlay(), Some(Overlay::Picker));
    assert_eq!(app.picker().selected, 1, "on the open pack");
    app.update(Action::Close);
    assert_eq!(app.overlay(), None);
    assert_eq!(app.session.values, values);
    app.update(Action::Close);
    app.update(Action::Submit);
    assert_eq!(
        app.session.values, values,
        "the open pack picked again carries on"
    );
    app.update(Action::Close);
    app.update(Action::Move(Motion::Top));
    app.update(Action::Submit);
    assert_eq!(app.pack().id, "python-vs-node");
    assert_eq!(app.session.values, app.pack().default_values());
}

#[test]
fn a_profile_from_beside_the_pack_loads_and_r_goes_back_to_it() {
    let mut app = app();
    assert_eq!(
        app.update(Action::PickProfile),
        Some(Effect::FindProfiles(vec![".".into()]))
    );
    app.update(Action::ProfilesFound(Vec::new()));
    assert_eq!(app.overlay(), None);
    assert!(status(&app).unwrap().starts_with("No profiles"));
    app.update(Action::ProfilesFound(vec![
        "a.profile.yaml".into(),
        "b.profile.yaml".into(),
    ]));
    assert_eq!(app.overlay(), Some(Overlay::Profiles));
    app.update(Action::Move(Motion::Down));
    assert_eq!(
        app.update(Action::Submit),
        Some(Effect::ReadProfile("b.profile.yaml".into()))
    );
    // A broken one says where, and the list stays.
    let broken = "pack: python-vs-node\nvalues:\n  realtim: 5\n".to_owned();
    app.update(Action::ProfileRead {
        name: "b.profile.yaml".into(),
        text: Ok(broken),
    });
    assert_eq!(app.overlay(), Some(Overlay::Profiles));
    assert!(
        status(&app)
            .unwrap()
            .starts_with("b.profile.yaml:3:3: unknown slider `realtim`")
    );
    let good = "pack: python-vs-node\nname: Bea\nvalues:\n  realtime: 9\n".to_owned();
    app.update(Action::ProfileRead {
        name: "b.profile.yaml".into(),
        text: Ok(good),
    });
    assert_eq!(app.overlay(), None);
    assert_eq!(app.profile(), Some("Bea"));
    assert_eq!(app.session.values[slider(&app, "realtime")], 9);
    assert!(!app.changed() && !app.unsaved());
    app.update(Action::Undo);
    assert_eq!(
        app.session.values,
        app.pack().default_values(),
        "u undoes the load"
    );
    app.update(Action::Reset);
    assert_eq!(
        app.session.values[slider(&app, "realtime")],
        9,
        "r goes back to Bea's"
    );
}

#[test]
fn reset_in_a_group_says_it_goes_back_to_the_groups_values() {
    let pack = embedded();
    let people = vec![
        crate::group::Person {
            name: "lead".into(),
            values: pack.default_values(),
        },
        crate::group::Person {
            name: "dev".into(),
            values: pack.default_values(),
        },
    ];
    let group = crate::group::Group::new(&pack, people);
    let start = Start {
        values: Some(pack.default_values()),
        profile: Some("lead.yaml".into()),
        group: Some(group),
        ..Start::default()
    };
    let mut app = App::new(vec![pack], start, Theme::new(false));
    app.update(Action::Resize(120, 40));
    focus_slider(&mut app, "realtime");
    app.update(Action::Increase);
    app.update(Action::Reset);
    let said = status(&app).unwrap();
    assert!(said.contains("the group's values"), "{said}");
    assert!(!said.contains("lead.yaml"), "{said}");
    // Its values are no one person's: saved as the group's, not as lead's.
    app.update(Action::SaveProfile);
    assert_eq!(app.prompt().map(|p| p.text.as_str()), Some("group"));
}

#[test]
fn saving_again_offers_the_loaded_profiles_name_without_its_extension() {
    let pack = embedded();
    let start = Start {
        values: Some(pack.default_values()),
        profile: Some("data-team.profile.yaml".into()),
        ..Start::default()
    };
    let mut app = App::new(vec![pack], start, Theme::new(false));
    app.update(Action::Resize(120, 40));
    app.update(Action::SaveProfile);
    assert_eq!(app.prompt().map(|p| p.text.as_str()), Some("data-team"));
    // Another name typed takes the offered one's place.
    type_text(&mut app, "ops");
    assert_eq!(app.prompt().map(|p| p.text.as_str()), Some("ops"));
}

#[test]
fn a_profile_saved_against_another_version_of_the_pack_loads_with_a_note() {
    // Saved against the open pack's bytes: no note.
    let mut first = app();
    let saved = crate::content::embedded();
    let mut values = saved.default_values();
    values[slider(&first, "data_ai")] = 7;
    let text = crate::profile::to_yaml(&saved, &values, Some("Cy"));
    first.update(Action::ProfileRead {
        name: "cy.profile.yaml".into(),
        text: Ok(text.clone()),
    });
    assert_eq!(status(&first), Some("Loaded the profile Cy (u undoes)"));
    // Saved against other bytes, with a slider this pack does not have.
    let mut other = app();
    let data_ai = slider(&other, "data_ai");
    let edited = text.replace("  data_ai: 7\n", "  data_ai: 7\n  gone: 3\n");
    other.update(Action::ProfileRead {
        name: "cy.profile.yaml".into(),
        text: Ok(edited.replace(&saved.sha256.unwrap().to_string(), &"0".repeat(64))),
    });
    let said = status(&other).unwrap();
    assert!(
        said.starts_with("Loaded Cy, saved before the pack changed: "),
        "{said}"
    );
    assert!(
        said.contains("slider `gone` is gone (its 3 is not used)"),
        "{said}"
    );
    assert_eq!(other.session.values[data_ai], 7);
}
