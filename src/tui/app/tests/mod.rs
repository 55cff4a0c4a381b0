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
    app.pack().slider_index(id).unwrap()
}

/// Give `pane` the focus as a user does, with Tab.
fn focus(app: &mut App, pane: Pane) {
    for _ in 0..PANES.len() {
        if app.focus() == pane {
            return;
        }
        app.update(Action::FocusNext);
    }
    panic!("Tab never reaches {pane:?}");
}

/// Focus slider `index`, as a user does: the sliders pane, then down.
fn select_slider(app: &mut App, index: usize) {
    focus(app, Pane::Sliders);
    app.update(Action::Move(Motion::Top));
    for _ in 0..index {
        app.update(Action::Move(Motion::Down));
    }
    assert_eq!(app.session().slider(), index);
}

fn focus_slider(app: &mut App, id: &str) {
    let index = slider(app, id);
    select_slider(app, index);
}

/// Values under which the recommendation has reasons, rules and a note:
/// its text runs longer than its pane.
fn set_a_long_recommendation(app: &mut App) {
    for (id, value) in [("data_ai", 7), ("realtime", 3)] {
        focus_slider(app, id);
        app.update(Action::Digit(value));
    }
}

fn winner(app: &App, id: &str) -> Verdict {
    Verdict::Winner(app.pack().option_index(id).unwrap())
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
}

mod baseline;
mod events;
mod hits;
mod navigation;
mod numbers;
mod questions;
mod reload;
mod sliders;
