//! Undo, redo and reset, each saying in the status line what it moved.

use super::App;
use super::session::Project;
use crate::words;

impl App {
    pub(super) fn undo(&mut self) {
        let before = self.session.project();
        if self.session.undo() {
            self.say_change("Undone", &before);
        } else {
            self.say("Nothing to undo", false);
        }
    }

    pub(super) fn redo(&mut self) {
        let before = self.session.project();
        if self.session.redo() {
            self.say_change("Redone", &before);
        } else {
            self.say("Nothing to redo", false);
        }
    }

    /// "Undone: Team knows JavaScript 10 → 8", "Undone: your rating of
    /// Node.js on Data and AI 7 → 4": what moved from `before`.
    fn say_change(&mut self, what: &str, before: &Project) {
        let now = self.session.project();
        let pack = self.pack();
        let text = if before.values == now.values {
            words::numbers_change_phrase(pack, &before.overrides, &now.overrides)
        } else {
            words::change_phrase(pack, &before.values, &now.values)
        };
        self.say(&format!("{what}: {text}"), false);
    }

    pub(super) fn reset(&mut self) {
        let to = match (&self.group, &self.profile) {
            (Some(group), _) => format!(
                "the group's values (the means of {} profiles)",
                group.people.len()
            ),
            (None, Some(name)) => format!("the profile {name}"),
            (None, None) => "the pack's defaults".to_owned(),
        };
        if self.session.reset() {
            self.say(&format!("Back to {to} (u undoes)"), false);
        } else {
            self.say(&format!("Already at {to}"), false);
        }
    }
}
