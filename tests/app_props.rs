//! Property tests of the explorer driven as the real loop drives it: random
//! sequences of key presses (through the real keymap), mouse events (also far
//! outside the screen) and resizes (0×0 up to 500×200), each applied with
//! `App::update` and followed by a full draw. Nothing may panic, and after
//! every step the state holds its invariants.
//!
//! Cases per property: `PROPTEST_CASES` if set, else a number that keeps the
//! file to seconds in a debug build.

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use stackcompare::content::{Pack, embedded, parse_pack};
use stackcompare::engine::recommend;
use stackcompare::tui::action::Action;
use stackcompare::tui::app::{App, Overlay};
use stackcompare::tui::keymap::{self, BINDINGS};
use stackcompare::tui::theme::Theme;
use stackcompare::tui::ui;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A pack with many factors and sliders, so lists scroll and sliders vary.
fn big_pack() -> Pack {
    let mut text = String::from(
        "schema: 1\nid: big\ntitle: Big\nsource: { publisher: P }\nintro: I\noptions:\n  - { id: a, name: A, tagline: t, summary: s }\n  - { id: b, name: B, tagline: t, summary: s }\n  - { id: c, name: Ç日本, tagline: t, summary: s }\nfactors:\n",
    );
    for f in 0..120 {
        text.push_str(&format!("  - {{ id: f{f}, name: \"Factor {f} é\", summary: \"S {f}\", ratings: {{ a: {}, b: 3, c: 7 }} }}\n", f % 11));
    }
    text.push_str("traits:\n");
    for t in 0..30 {
        let max = 1 + t % 12;
        text.push_str(&format!(
            "  - {{ id: t{t}, label: \"Slider {t}\", help: \"Help {t}\", max: {max}, default: {}, factors: [f{t}], weights: {{ a: {}, c: 1 }}, weights_low: {{ b: {} }} }}\n",
            t % (max + 1),
            t % 4,
            t % 3
        ));
    }
    text.push_str("sections:\n  - { id: s, title: Section, body: \"Body text\" }\nrules:\n  - { option: a, text: Choose A }\nclose_call: { margin: 5, text: Close }\n");
    parse_pack(&text, "big.yaml").expect("the generated pack is valid")
}

fn event() -> impl Strategy<Value = Event> {
    let bound = (0..BINDINGS.len(), 0..BINDINGS.len()).prop_map(|(row, key)| {
        let keys = BINDINGS[row].keys;
        let key = keys[key % keys.len()];
        Event::Key(KeyEvent::new(key.code, key.modifiers))
    });
    let typed = (any::<char>(), 0u8..4).prop_map(|(c, m)| {
        let modifiers = [
            KeyModifiers::NONE,
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
        ][m as usize];
        Event::Key(KeyEvent::new(KeyCode::Char(c), modifiers))
    });
    let mouse = (0u8..5, 0u16..1000, 0u16..1000).prop_map(|(kind, column, row)| {
        let kind = match kind {
            0 => MouseEventKind::Down(MouseButton::Left),
            1 => MouseEventKind::Drag(MouseButton::Left),
            2 => MouseEventKind::ScrollDown,
            3 => MouseEventKind::ScrollUp,
            _ => MouseEventKind::Down(MouseButton::Right),
        };
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    });
    let sizes = [
        (0, 0),
        (1, 1),
        (1, 200),
        (200, 1),
        (500, 200),
        (40, 12),
        (39, 11),
        (80, 24),
        (120, 40),
        (200, 60),
    ];
    let resize = prop_oneof![
        (0..sizes.len()).prop_map(move |i| Event::Resize(sizes[i].0, sizes[i].1)),
        (0u16..300, 0u16..120).prop_map(|(w, h)| Event::Resize(w, h)),
    ];
    prop_oneof![6 => bound, 2 => typed, 3 => mouse, 1 => resize]
}

/// Apply one event as the real loop does (effects are not performed; their
/// outcome comes back as a message), then draw the screen.
fn step(app: &mut App, event: &Event) {
    if let Some(action) = keymap::event_action(event, &app.scopes(), true)
        && app.update(action).is_some()
    {
        app.update(Action::Finished(Ok("done".into())));
    }
    if app.width > 0 && app.height > 0 {
        let mut terminal = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
        terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    }
}

fn check(app: &App) -> Result<(), TestCaseError> {
    prop_assert!(app.factor < app.pack.factors.len());
    prop_assert!(app.slider < app.pack.traits.len());
    prop_assert!(
        app.factor_offset <= app.factor,
        "factor {} above its window at {}",
        app.factor,
        app.factor_offset
    );
    prop_assert!(app.slider_offset <= app.slider);
    for (t, value) in app.pack.traits.iter().zip(&app.values) {
        prop_assert!(*value <= t.max, "{} = {value} beyond {}", t.id, t.max);
    }
    prop_assert_eq!(&app.recommendation, &recommend(&app.pack, &app.values));
    if !app.search.hits().is_empty() {
        prop_assert!(app.search.selected < app.search.hits().len());
    }
    if app.overlay == Overlay::Picker {
        prop_assert!(app.picker < app.packs.len());
    }
    Ok(())
}

fn drive(mut app: App, events: &[Event]) -> Result<(), TestCaseError> {
    app.update(Action::Resize(80, 24));
    for event in events {
        step(&mut app, event);
        check(&app)?;
        if app.quit {
            break;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_article_pack_survives_any_events(events in prop::collection::vec(event(), 1..200), colour: bool) {
        drive(App::new(vec![embedded()], None, Theme::new(colour)), &events)?;
    }

    #[test]
    fn a_large_pack_survives_any_events(events in prop::collection::vec(event(), 1..200), colour: bool) {
        drive(App::new(vec![big_pack()], None, Theme::new(colour)), &events)?;
    }

    #[test]
    fn the_pack_picker_survives_any_events(events in prop::collection::vec(event(), 1..120)) {
        drive(App::new(vec![embedded(), big_pack()], None, Theme::new(false)), &events)?;
    }
}

#[test]
fn every_binding_at_one_by_one_then_at_a_normal_size() {
    let mut app = App::new(vec![embedded()], None, Theme::new(true));
    step(&mut app, &Event::Resize(1, 1));
    for binding in BINDINGS.iter().filter(|b| b.action != Action::Quit) {
        for key in binding.keys {
            step(
                &mut app,
                &Event::Key(KeyEvent::new(key.code, key.modifiers)),
            );
            check(&app).unwrap();
        }
    }
    step(&mut app, &Event::Resize(80, 24));
    check(&app).unwrap();
}

#[test]
fn clicks_at_the_far_corner_and_typing_at_zero_size_are_harmless() {
    let mut app = App::new(vec![big_pack()], None, Theme::new(false));
    step(&mut app, &Event::Resize(0, 0));
    for c in "/rltm".chars() {
        step(
            &mut app,
            &Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    let corner = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: u16::MAX,
        row: u16::MAX,
        modifiers: KeyModifiers::NONE,
    };
    step(&mut app, &Event::Mouse(corner));
    step(&mut app, &Event::Resize(120, 40));
    check(&app).unwrap();
    assert_eq!(app.overlay, Overlay::Search);
    assert_eq!(app.search.query, "rltm");
}

#[test]
fn the_wheel_over_every_cell_at_80_by_24_keeps_the_invariants() {
    let mut app = App::new(vec![big_pack()], None, Theme::new(false));
    step(&mut app, &Event::Resize(80, 24));
    for row in 0..24 {
        for column in (0..80).step_by(7) {
            for kind in [
                MouseEventKind::ScrollDown,
                MouseEventKind::ScrollUp,
                MouseEventKind::ScrollDown,
            ] {
                step(
                    &mut app,
                    &Event::Mouse(MouseEvent {
                        kind,
                        column,
                        row,
                        modifiers: KeyModifiers::NONE,
                    }),
                );
                check(&app).unwrap();
            }
        }
    }
}

#[test]
fn the_mouse_changes_nothing_while_the_terminal_is_too_small() {
    let mut app = App::new(vec![embedded(), big_pack()], None, Theme::new(false));
    step(&mut app, &Event::Resize(30, 8));
    let (picker, values) = (app.picker, app.values.clone());
    for kind in [
        MouseEventKind::ScrollDown,
        MouseEventKind::Down(MouseButton::Left),
        MouseEventKind::Drag(MouseButton::Left),
    ] {
        step(
            &mut app,
            &Event::Mouse(MouseEvent {
                kind,
                column: 3,
                row: 3,
                modifiers: KeyModifiers::NONE,
            }),
        );
    }
    assert_eq!((app.picker, &app.values), (picker, &values));
}
