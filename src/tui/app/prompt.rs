//! Questions the explorer asks on one line: a slider's value of any number
//! of digits (`=`), a profile's name (`s`); and "quit without saving?",
//! asked once when the sliders moved since they were last written.

use super::{App, Overlay};
use crate::profile;
use crate::tui::action::Effect;

/// The longest answer kept: a profile's name, or a value's digits.
const MAX_ANSWER: usize = 60;

/// What a prompt asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// A value for this slider.
    Value { slider: usize },
    /// The name to save the sliders under.
    ProfileName,
}

/// A question and what has been typed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
    /// Whether `text` is still the answer offered (the slider's value, the
    /// profile's name): a letter typed replaces it, as a selected field's
    /// text is replaced, and an edit key makes it the reader's to edit.
    pub offered: bool,
}

impl Prompt {
    /// The question and its keys, as its box's title: "Team size (0–100)
    /// · Enter sets · Esc cancels".
    pub fn question(&self, pack: &crate::content::Pack) -> String {
        let (what, verb) = match self.kind {
            PromptKind::Value { slider } => {
                let what = pack.sliders.get(slider).map_or_else(String::new, |t| {
                    format!("{} ({})", t.label, crate::words::range_phrase(t))
                });
                (what, "sets")
            }
            PromptKind::ProfileName => ("Save as the profile named".to_owned(), "saves"),
        };
        format!("{what} · Enter {verb} · Esc cancels")
    }
}

/// Whether an answer to `kind` takes `c`: digits for a value, printable
/// characters for a name.
fn takes(kind: PromptKind, c: char) -> bool {
    match kind {
        PromptKind::Value { .. } => c.is_ascii_digit(),
        PromptKind::ProfileName => !crate::textkit::chars::is_unprintable(c),
    }
}

impl App {
    /// `=`: type the focused slider's value; its current one is offered,
    /// and what is typed replaces it.
    pub(super) fn ask_value(&mut self) {
        let slider = self.session.slider();
        let Some(&value) = self.session.values.get(slider) else {
            return;
        };
        self.open_prompt(PromptKind::Value { slider }, value.to_string());
    }

    /// `s`: ask the name to save under, the loaded profile's to start from
    /// (a group's values are no one person's: "group").
    pub(super) fn ask_profile_name(&mut self) {
        let name = crate::profile::offered_name(self.group.is_some(), self.profile.as_deref());
        self.open_prompt(PromptKind::ProfileName, name);
    }

    fn open_prompt(&mut self, kind: PromptKind, text: String) {
        self.prompt = Some(Prompt {
            kind,
            text,
            offered: true,
        });
        self.overlays.retain(|overlay| *overlay != Overlay::Prompt);
        self.overlays.push(Overlay::Prompt);
    }

    /// Type into the answer: what is typed or pasted takes the place of
    /// an answer still offered, and goes after one being edited.
    pub(super) fn type_into_prompt(&mut self, typed: &str) {
        let Some(prompt) = &self.prompt else {
            return;
        };
        // Nothing the question takes (a letter for a value): the answer
        // offered stays offered.
        if !typed.chars().any(|c| takes(prompt.kind, c)) {
            return;
        }
        self.edit_prompt(|text, offered| {
            if offered {
                text.clear();
            }
            text.push_str(typed);
        });
    }

    /// Change the answer: only what the question takes is kept (digits for
    /// a value; printable characters for a name), up to its length. After
    /// any change the answer is the reader's, no longer the one offered.
    pub(super) fn edit_prompt(&mut self, edit: impl FnOnce(&mut String, bool)) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        edit(&mut prompt.text, prompt.offered);
        prompt.offered = false;
        let kind = prompt.kind;
        prompt.text = (prompt.text.chars())
            .filter(|&c| takes(kind, c))
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .take(MAX_ANSWER)
            .collect();
    }

    /// Enter in a prompt: a value in range is set, a name is saved under;
    /// anything else says what is wrong and leaves the prompt open.
    pub(super) fn take_prompt(&mut self) -> Option<Effect> {
        let prompt = self.prompt.clone()?;
        match prompt.kind {
            PromptKind::Value { slider } => {
                let t = self.pack().sliders.get(slider)?.clone();
                if prompt.text.is_empty() {
                    self.close();
                    return None;
                }
                match prompt.text.parse::<u32>() {
                    Ok(value) if value <= t.max => {
                        self.close();
                        self.session.set(slider, value);
                    }
                    _ => {
                        let range = crate::words::range_phrase(&t);
                        self.say(
                            &format!("{} goes {range}: {} is out of range", t.label, prompt.text),
                            true,
                        );
                    }
                }
                None
            }
            PromptKind::ProfileName => {
                let name = prompt.text.trim().to_owned();
                if name.is_empty() {
                    self.say("A profile needs a name", true);
                    return None;
                }
                self.close();
                let project = self.session.project();
                let contents = profile::to_yaml_with(
                    self.pack(),
                    &project.values,
                    &project.overrides,
                    Some(&name),
                );
                self.writing = Some((project, Some(name.clone())));
                Some(super::write_effect(
                    profile::file_stem(&name),
                    "profile.yaml",
                    format!("profile {name}"),
                    contents,
                ))
            }
        }
    }

    /// `q`, `Ctrl-C`: quit, unless the sliders moved since they were last
    /// saved; then ask once, and quit at the second asking.
    pub(super) fn ask_to_quit(&mut self) {
        if self.overlay() == Some(Overlay::ConfirmQuit) || !self.session.unsaved() {
            self.quit = true;
            return;
        }
        self.prompt = None;
        self.overlays.retain(|overlay| *overlay != Overlay::Prompt);
        self.overlays.push(Overlay::ConfirmQuit);
    }

    /// A digit on the focused slider: its value when in range; a toggle
    /// takes 0 and 1 only. On a slider of more than ten steps the status
    /// says how to type a longer value.
    pub(super) fn digit(&mut self, digit: u32) {
        let slider = self.session.slider();
        let Some(t) = self.pack().sliders.get(slider).cloned() else {
            return;
        };
        if digit > t.max {
            let range = crate::words::range_phrase(&t);
            let what = if t.is_toggle() {
                format!("{} is a toggle: 0 turns it off, 1 on", t.label)
            } else {
                format!("{} goes {range}: {digit} is out of range", t.label)
            };
            self.say(&what, true);
            return;
        }
        self.session.set(slider, digit);
        // On 0–10, End reaches 10; past that a value of two digits needs `=`.
        if t.max > 10 {
            self.say(
                &format!("{} set to {digit}; = types a longer value", t.label),
                false,
            );
        }
    }

    /// A file write, a copy or a resume finished. A write that worked
    /// leaves its values saved; a profile's, under its name, the new start.
    pub(super) fn finished(&mut self, outcome: Result<String, String>) {
        let writing = self.writing.take();
        match outcome {
            Ok(message) => {
                if let Some((project, name)) = writing {
                    if let Some(name) = name {
                        self.profile = Some(name);
                        self.session.set_start(project.clone());
                    }
                    self.session.mark_saved(project);
                }
                self.say(&message, false);
            }
            Err(message) => self.say(&message, true),
        }
    }
}
