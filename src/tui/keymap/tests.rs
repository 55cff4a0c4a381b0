use super::*;
use crate::tui::app::{Overlay, Pane, scopes_for as scopes};

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn on(scopes: &[Scope], code: KeyCode) -> Option<Action> {
    action_for(&press(code), scopes)
}

#[test]
fn pane_keys_come_before_global_ones() {
    let sliders = scopes(None, Pane::Sliders);
    assert_eq!(on(&sliders, Left), Some(Action::Decrease));
    assert_eq!(on(&sliders, Home), Some(Action::SliderMin));
    assert_eq!(on(&sliders, KeyCode::Char('q')), Some(Action::Quit));
    assert_eq!(on(&sliders, Tab), Some(Action::FocusNext));
    // Home in a list goes to the top.
    assert_eq!(
        on(&scopes(None, Pane::Factors), Home),
        Some(Action::Move(M::Top))
    );
}

#[test]
fn first_last_and_pages_work_everywhere_they_make_sense() {
    for (overlay, pane) in [
        (None, Pane::Factors),
        (None, Pane::Sliders),
        (None, Pane::Detail),
        (None, Pane::Recommendation),
        (Some(Overlay::Help), Pane::Sliders),
        (Some(Overlay::Article), Pane::Sliders),
    ] {
        let scopes = scopes(overlay, pane);
        assert_eq!(
            on(&scopes, KeyCode::Char('g')),
            Some(Action::Move(M::Top)),
            "{overlay:?} {pane:?}"
        );
        assert_eq!(
            on(&scopes, KeyCode::Char('G')),
            Some(Action::Move(M::Bottom))
        );
        assert_eq!(on(&scopes, PageUp), Some(Action::Move(M::PageUp)));
        assert_eq!(on(&scopes, PageDown), Some(Action::Move(M::PageDown)));
        assert_eq!(on(&scopes, KeyCode::Char('k')), Some(Action::Move(M::Up)));
    }
}

#[test]
fn digits_space_and_enter_act_on_the_focused_slider() {
    let sliders = scopes(None, Pane::Sliders);
    assert_eq!(on(&sliders, KeyCode::Char('7')), Some(Action::Digit(7)));
    assert_eq!(on(&sliders, KeyCode::Char(' ')), Some(Action::Flip));
    assert_eq!(on(&sliders, Enter), Some(Action::Flip));
    assert_eq!(on(&scopes(None, Pane::Factors), KeyCode::Char('7')), None);
    assert_eq!(
        on(
            &scopes(Some(Overlay::Article), Pane::Sliders),
            KeyCode::Char(' ')
        ),
        Some(Action::Move(M::PageDown))
    );
}

#[test]
fn search_types_letters_that_are_keys_elsewhere() {
    let search = scopes(Some(Overlay::Search), Pane::Sliders);
    for c in ['q', 'a', 'g', 'j', 'u', '7', ' '] {
        assert_eq!(
            on(&search, KeyCode::Char(c)),
            Some(Action::Input(c)),
            "{c:?}"
        );
    }
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    assert_eq!(action_for(&ctrl('c'), &search), Some(Action::Quit));
    assert_eq!(action_for(&ctrl('u'), &search), Some(Action::ClearQuery));
    assert_eq!(action_for(&ctrl('w'), &search), Some(Action::DeleteWord));
    assert_eq!(on(&search, Esc), Some(Action::Close));
    assert_eq!(
        on(&search, KeyCode::Char('\u{200b}')),
        None,
        "an invisible character"
    );
}

#[test]
fn a_paste_is_one_event_for_the_search_box_only() {
    let paste = Event::Paste("data\reeeesq".into());
    assert_eq!(
        event_action(&paste, &scopes(Some(Overlay::Search), Pane::Sliders), true),
        Some(Action::Paste("data\reeeesq".into()))
    );
    assert_eq!(
        event_action(&paste, &scopes(None, Pane::Sliders), true),
        None
    );
}

#[test]
fn shifted_letters_and_ctrl_z_match() {
    let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(
        action_for(&event, &scopes(None, Pane::Factors)),
        Some(Action::Move(M::Bottom))
    );
    let back = KeyEvent::new(BackTab, KeyModifiers::SHIFT);
    assert_eq!(
        action_for(&back, &scopes(None, Pane::Factors)),
        Some(Action::FocusPrev)
    );
    let suspend = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(
        action_for(&suspend, &scopes(None, Pane::Factors)),
        Some(Action::Suspend)
    );
}

#[test]
fn labels_are_made_from_the_keys() {
    let label = |action: Action| {
        BINDINGS
            .iter()
            .find(|b| b.action == action && !matches!(b.scope, Search | Picker))
            .map(Binding::label)
            .unwrap()
    };
    assert_eq!(label(Action::Move(M::Up)), "↑/k");
    assert_eq!(label(Action::Digit(0)), "0–9");
    assert_eq!(label(Action::Flip), "Space/Enter");
    assert_eq!(label(Action::Suspend), "Ctrl-Z");
    assert_eq!(label(Action::Quit), "q/Ctrl-C");
}

#[test]
fn every_action_of_a_scope_is_reachable() {
    // A row whose keys are all taken by an earlier row of the same scopes
    // would be dead: the help would promise what the keys never do.
    for overlay in [
        None,
        Some(Overlay::Help),
        Some(Overlay::Search),
        Some(Overlay::Article),
        Some(Overlay::Picker),
    ] {
        for pane in [
            Pane::Factors,
            Pane::Sliders,
            Pane::Detail,
            Pane::Recommendation,
        ] {
            let scopes = scopes(overlay, pane);
            for scope in &scopes {
                for binding in bindings(*scope) {
                    let reachable = binding.keys.iter().any(|key| {
                        let event = KeyEvent::new(key.code, key.modifiers);
                        action_for(&event, &scopes).is_some_and(|action| {
                            std::mem::discriminant(&action)
                                == std::mem::discriminant(&binding.action)
                        })
                    });
                    let shadowed_by_design = matches!(
                        (scope, &binding.action),
                        (
                            Scope::Motion,
                            Action::Move(M::Top | M::Bottom | M::PageDown)
                        ) | (Global, Action::Close | Action::Quit)
                    );
                    assert!(
                        reachable || shadowed_by_design,
                        "{overlay:?} {pane:?}: {:?} is dead",
                        binding.action
                    );
                }
            }
        }
    }
}
