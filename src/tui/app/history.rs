//! Undo, redo and reset, each saying in the status line what it moved.

use super::App;

impl App {
    pub(super) fn undo(&mut self) {
        let before = self.session.values.clone();
        match self.session.undo() {
            Some(_) => self.say_change("Undone", &before),
            None => self.say("Nothing to undo", false),
        }
    }

    pub(super) fn redo(&mut self) {
        let before = self.session.values.clone();
        match self.session.redo() {
            Some(_) => self.say_change("Redone", &before),
            None => self.say("Nothing to redo", false),
        }
    }

    /// "Undone: Team knows JavaScript 10 → 8": what moved from `before`.
    fn say_change(&mut self, what: &str, before: &[u32]) {
        let text = crate::words::change_phrase(self.pack(), before, &self.session.values);
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
