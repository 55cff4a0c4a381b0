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
        if (overlay, pane) == (None, Pane::Sliders) {
            // On a slider, pages are a tenth of its range.
            assert_eq!(on(&scopes, PageUp), Some(Action::IncreaseTenth));
            assert_eq!(on(&scopes, PageDown), Some(Action::DecreaseTenth));
        } else {
            assert_eq!(on(&scopes, PageUp), Some(Action::Move(M::PageUp)));
            assert_eq!(on(&scopes, PageDown), Some(Action::Move(M::PageDown)));
        }
        assert_eq!(on(&scopes, KeyCode::Char('k')), Some(Action::Move(M::Up)));
    }
}

#[test]
fn q_closes_the_pagers_and_quits_elsewhere() {
    let q = KeyCode::Char('q');
    for overlay in [Overlay::Help, Overlay::Article, Overlay::Profiles] {
        assert_eq!(
            on(&scopes(Some(overlay), Pane::Sliders), q),
            Some(Action::Close),
            "{overlay:?}"
        );
    }
    assert_eq!(on(&scopes(None, Pane::Sliders), q), Some(Action::Quit));
    assert_eq!(
        on(&scopes(Some(Overlay::Picker), Pane::Sliders), q),
        Some(Action::Quit)
    );
    // Ctrl-C quits from every one of them.
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for overlay in [
        Overlay::Help,
        Overlay::Article,
        Overlay::Search,
        Overlay::Prompt,
    ] {
        assert_eq!(
            action_for(&ctrl_c, &scopes(Some(overlay), Pane::Sliders)),
            Some(Action::Quit),
            "{overlay:?}"
        );
    }
}

#[test]
fn the_quit_question_takes_q_or_y_and_anything_else_as_no() {
    let confirm = scopes(Some(Overlay::ConfirmQuit), Pane::Sliders);
    assert_eq!(confirm, [Scope::Confirm]);
    for c in ['q', 'y'] {
        assert_eq!(on(&confirm, KeyCode::Char(c)), Some(Action::Quit));
    }
    for code in [
        KeyCode::Char('n'),
        KeyCode::Char('s'),
        Esc,
        Enter,
        Left,
        KeyCode::F(1),
    ] {
        assert_eq!(on(&confirm, code), Some(Action::Close), "{code:?}");
    }
}

#[test]
fn a_prompt_types_what_are_keys_elsewhere() {
    let prompt = scopes(Some(Overlay::Prompt), Pane::Sliders);
    for c in ['q', 's', '4', '8', ' '] {
        assert_eq!(
            on(&prompt, KeyCode::Char(c)),
            Some(Action::Input(c)),
            "{c:?}"
        );
    }
    assert_eq!(on(&prompt, Enter), Some(Action::Submit));
    assert_eq!(on(&prompt, Esc), Some(Action::Close));
    assert_eq!(on(&prompt, Backspace), Some(Action::Backspace));
    let paste = Event::Paste("48".into());
    assert_eq!(
        event_action(&paste, &prompt, true),
        Some(Action::Paste("48".into()))
    );
}

#[test]
fn enter_reads_a_factor_and_redo_has_two_keys() {
    assert_eq!(
        on(&scopes(None, Pane::Factors), Enter),
        Some(Action::OpenDetail)
    );
    assert_eq!(
        on(&scopes(None, Pane::Sliders), KeyCode::Char('=')),
        Some(Action::TypeValue)
    );
    let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(
        action_for(&ctrl_r, &scopes(None, Pane::Sliders)),
        Some(Action::Redo)
    );
    let shift_u = KeyEvent::new(KeyCode::Char('U'), KeyModifiers::SHIFT);
    assert_eq!(
        action_for(&shift_u, &scopes(None, Pane::Detail)),
        Some(Action::Redo)
    );
    assert_eq!(
        on(&scopes(None, Pane::Sliders), KeyCode::Char('r')),
        Some(Action::Reset)
    );
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
        DEFAULTS
            .iter()
            .find(|b| b.action == action && !matches!(b.scope, Search | Picker | Prompt | Confirm))
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
        Some(Overlay::Prompt),
        Some(Overlay::ConfirmQuit),
        Some(Overlay::Profiles),
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
                            | (Scope::Motion, Action::Move(M::PageUp))
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
