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

mod events;
mod navigation;
mod reload;
mod sliders;
