//! The pack read again from its file (`--watch`, `w`): the new pack takes
//! the old one's place with every slider value whose id still exists, the
//! same slider and factor selected; a broken save keeps the last good pack
//! and lists every error until a save fixes them.

use std::path::PathBuf;
use std::sync::Arc;

use super::{App, Overlay, Search, Session};
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::content::Pack;
use crate::group::{Group, Person};
use crate::profile::carry_values;
use crate::textkit::count;
use crate::tui::action::{Effect, Reload};
use crate::tui::{layout, text};

/// The pack file and whether it is watched.
#[derive(Debug, Clone, Default)]
pub struct Watch {
    /// The `--content` file; `None` for the built-in pack or a folder.
    pub file: Option<PathBuf>,
    pub on: bool,
    /// The errors of the last save, while it is broken.
    pub problems: Vec<String>,
}

impl Watch {
    /// The file's name as the screen shows it.
    pub fn name(&self) -> String {
        self.file
            .as_deref()
            .map_or_else(String::new, crate::textkit::file_name)
    }
}

impl App {
    /// The errors of a broken save as laid out in their panel, and where
    /// the panel is; `None` when there are none or no room.
    pub fn problems(&self) -> Option<(Rect, Vec<Line<'static>>)> {
        if self.watch.problems.is_empty() {
            return None;
        }
        let body = self.layout().body;
        let width = body.width.saturating_sub(2);
        let lines: Vec<Line<'static>> = (self.watch.problems.iter())
            .flat_map(|problem| text::wrapped(problem, width, "", self.theme.text()))
            .collect();
        let area = layout::problems_panel(body, lines.len())?;
        Some((area, lines))
    }

    /// `w`: ask the runner to start or stop watching, if there is a file.
    pub(super) fn toggle_watch(&mut self) -> Option<Effect> {
        if self.watch.file.is_none() {
            self.say(
                "Nothing to watch: open a pack file with --content FILE to reload it on save",
                true,
            );
            return None;
        }
        self.watch.on = !self.watch.on;
        let name = self.watch.name();
        if self.watch.on {
            self.say(
                &format!("Watching {name}: every save reloads the pack"),
                false,
            );
        } else {
            self.watch.problems.clear();
            self.say(&format!("Stopped watching {name}"), false);
        }
        Some(Effect::Watch(self.watch.on))
    }

    pub(super) fn reloaded(&mut self, reload: Reload) {
        let name = self.watch.name();
        match reload.0 {
            // Saved without a change (or read once more on `w`): nothing
            // moves, but the save was seen (a message already showing stays).
            Ok(pack) if *pack == *self.session.pack => {
                if !self.watch.problems.is_empty() {
                    self.watch.problems.clear();
                    self.say(&format!("{name} is fine again"), false);
                } else if self.status.is_none() {
                    self.say(&format!("Reloaded {name}: nothing changed"), false);
                }
            }
            Ok(pack) => {
                self.take(pack);
                self.watch.problems.clear();
                self.say(&format!("Reloaded {name}"), false);
            }
            Err(problems) => {
                let errors = count(problems.len(), "error");
                self.watch.problems = problems;
                self.say(
                    &format!("{name} has {errors}: showing the last good pack"),
                    true,
                );
            }
        }
    }

    /// Put `pack` in the open one's place, carrying what can be carried.
    fn take(&mut self, pack: Arc<Pack>) {
        let old = &self.session;
        let values = carry_values(&old.pack, &old.values, &pack);
        let carry = |project: &super::Project| super::Project {
            values: carry_values(&old.pack, &project.values, &pack),
            overrides: project.overrides.carried(&old.pack, &pack),
        };
        let (start, saved) = (carry(old.start_project()), carry(old.saved()));
        let slider = old.pack.sliders.get(old.slider()).map(|t| t.id.clone());
        let factor = old.pack.factors.get(old.factor()).map(|f| f.id.clone());
        let mut session = Session::new(
            Arc::clone(&pack),
            Some(values),
            old.engine.overrides().clone(),
        );
        session.set_start(start);
        session.mark_saved(saved);
        // The texts stay where they were read, as far as they still reach.
        session.detail = old.detail;
        session.reading = old.reading;
        session.article = old.article;
        if let Some(index) = slider.and_then(|id| pack.slider_index(&id)) {
            session.sliders.select(index, pack.sliders.len());
        }
        if let Some(index) = factor.and_then(|id| pack.factors.iter().position(|f| f.id == id)) {
            session.factors.select(index, pack.factors.len());
        }
        if let Some(group) = self.group.take() {
            self.group = Some(regroup(&self.session.pack, group, &pack));
        }
        if let Some(slot) = self
            .packs
            .iter_mut()
            .find(|p| Arc::ptr_eq(p, &self.session.pack))
        {
            *slot = Arc::clone(&pack);
        }
        self.session = session;
        // Search hits point into the old pack.
        self.search = Search::default();
        self.overlays.retain(|overlay| *overlay != Overlay::Search);
        self.lay_out();
        self.clamp_scrolls();
    }
}

/// The same people on the new pack: their values carried by id.
fn regroup(old: &Pack, group: Group, pack: &Pack) -> Group {
    let people = group
        .people
        .into_iter()
        .map(|person| Person {
            values: carry_values(old, &person.values, pack),
            name: person.name,
        })
        .collect();
    Group::new(pack, people)
}
