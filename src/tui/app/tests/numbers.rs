//! The reader's own numbers in the factor text: `[` / `]` pick the base
//! weight or an option's rating, `←` / `→` change it, and undo, redo,
//! reset and quitting treat it as they treat the sliders.

use super::*;

fn status(app: &App) -> Option<&str> {
    app.status.as_ref().map(|s| s.text.as_str())
}

/// The factor text of `id`, focused.
fn on_factor(id: &str) -> App {
    let mut app = app();
    let index = app.pack().factors.iter().position(|f| f.id == id).unwrap();
    focus(&mut app, Pane::Factors);
    for _ in 0..index {
        app.update(Action::Move(Motion::Down));
    }
    app.update(Action::OpenDetail);
    assert_eq!(app.focus(), Pane::Detail);
    app
}

#[test]
fn a_rating_raised_is_the_readers_and_counts() {
    let mut app = on_factor("data-ai");
    let node = app.pack().option_index("node").unwrap();
    let factor = app.session.factor();
    let pack_rating = app.pack().factors[factor].ratings[node].fixed().unwrap();
    // The base weight first, then each option's rating.
    assert_eq!(app.session.number(), 0);
    app.update(Action::PickNumber(true));
    app.update(Action::PickNumber(true));
    assert_eq!(app.session.number(), node + 1);
    app.update(Action::RaiseNumber);
    app.update(Action::RaiseNumber);
    let overrides = app.session.engine().overrides().clone();
    assert_eq!(overrides.rating(factor, node), Some(pack_rating + 2));
    assert!(app.changed() && app.unsaved());
    // The recommendation is the engine's with the reader's numbers.
    let engine = crate::engine::Engine::with_overrides(app.pack(), &overrides);
    assert_eq!(
        app.session.recommendation,
        engine.recommend(&app.session.values)
    );
    // The text says whose the number is.
    let text: String = (app.session.shown().detail().iter())
        .map(|line| {
            line.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
                + "\n"
        })
        .collect();
    let said = format!("yours: {} · the pack's: {pack_rating}", pack_rating + 2);
    assert!(text.contains(&said), "{text}");
    // u says what moved back, and goes back to the pack's own number.
    app.update(Action::Undo);
    let name = &app.pack().options[node].name;
    let expected = format!(
        "Undone: your rating of {name} on Data and AI {} → {}",
        pack_rating + 2,
        pack_rating + 1
    );
    assert_eq!(status(&app), Some(expected.as_str()));
    app.update(Action::Undo);
    assert!(app.session.engine().overrides().is_empty());
    assert!(!app.changed());
    app.update(Action::Redo);
    assert_eq!(
        app.session.engine().overrides().rating(factor, node),
        Some(pack_rating + 1)
    );
}

#[test]
fn a_rating_stays_within_zero_to_ten_and_goes_back_to_the_packs() {
    let mut app = on_factor("data-ai");
    app.update(Action::PickNumber(false));
    let last = app.pack().options.len();
    assert_eq!(
        app.session.number(),
        last,
        "round from the weight to the last rating"
    );
    for _ in 0..15 {
        app.update(Action::RaiseNumber);
    }
    let factor = app.session.factor();
    assert_eq!(
        app.session.engine().overrides().rating(factor, last - 1),
        Some(10)
    );
    app.update(Action::PacksNumber);
    assert!(app.session.engine().overrides().is_empty());
}

#[test]
fn a_weight_lowered_and_reset_with_the_sliders() {
    let mut app = on_factor("ecosystem");
    let factor = app.session.factor();
    let weight = app.pack().factors[factor].weight;
    app.update(Action::LowerNumber);
    assert_eq!(
        app.session.engine().overrides().weight(factor),
        Some(weight - 1)
    );
    app.update(Action::Reset);
    assert!(app.session.engine().overrides().is_empty());
    assert!(!app.changed());
}

#[test]
fn quitting_with_an_unsaved_number_asks_first() {
    let mut app = on_factor("ecosystem");
    app.update(Action::LowerNumber);
    app.update(Action::Quit);
    assert_eq!(app.overlay(), Some(Overlay::ConfirmQuit));
}

#[test]
fn picking_a_number_below_the_fold_scrolls_to_it() {
    let mut app = on_factor("data-ai");
    app.update(Action::Resize(80, 24));
    for _ in 0..app.pack().options.len() {
        app.update(Action::PickNumber(true));
    }
    let row = app.session.shown().numbers()[app.session.number()];
    let (_, visible) = app.extent(Target::Detail);
    let offset = app.session.detail().offset;
    assert!(
        row >= offset && row < offset + visible,
        "row {row} not in {offset}+{visible}"
    );
}

#[test]
fn a_rating_a_slider_gives_is_moved_by_its_slider() {
    let mut app = on_factor("team");
    app.update(Action::PickNumber(true));
    app.update(Action::RaiseNumber);
    assert!(app.session.engine().overrides().is_empty());
    let said = status(&app).unwrap();
    assert!(
        said.contains("is rated by the slider “Team knows Python”"),
        "{said}"
    );
}

#[test]
fn your_numbers_are_saved_in_a_profile_and_loaded_from_one() {
    let mut app = on_factor("data-ai");
    let factor = app.session.factor();
    let node = app.pack().option_index("node").unwrap();
    for _ in 0..=node {
        app.update(Action::PickNumber(true));
    }
    app.update(Action::RaiseNumber);
    app.update(Action::SaveProfile);
    let Some(Effect::WriteFile { contents, .. }) = app.update(Action::Submit) else {
        panic!("s then Enter writes a profile");
    };
    let profile = crate::profile::Profile::parse(&contents, "p.yaml").unwrap();
    let (_, overrides) = profile.settings_for(app.pack()).unwrap();
    assert_eq!(&overrides, app.session.engine().overrides(), "{contents}");
    // Loaded into an explorer at the pack's numbers, they are the reader's again.
    let mut other = super::app();
    other.update(Action::ProfileRead {
        name: "p.yaml".into(),
        text: Ok(contents),
    });
    assert_eq!(
        other.session.engine().overrides().rating(factor, node),
        overrides.rating(factor, node)
    );
    assert!(!other.changed());
}

#[test]
fn another_factor_starts_again_from_its_base_weight() {
    let mut app = on_factor("data-ai");
    app.update(Action::PickNumber(true));
    app.update(Action::PickNumber(true));
    assert_eq!(app.session.number(), 2);
    // The same factor keeps the pick.
    focus(&mut app, Pane::Factors);
    app.update(Action::Move(Motion::Up));
    assert_eq!(app.session.factor(), 0);
    assert_eq!(app.session.number(), 2);
    app.update(Action::Move(Motion::Down));
    assert_eq!(app.session.number(), 0);
}
