//! `p`: the profiles beside the pack, listed to load one. Finding and
//! reading the files is the runner's (`Effect::FindProfiles`,
//! `Effect::ReadProfile`); parsing and checking them against the pack is here.

use std::path::{Path, PathBuf};

use super::{App, ListCursor, Overlay};
use crate::profile::Profile;
use crate::textkit::file_name;
use crate::tui::action::Effect;

/// The profile files found, and the one selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileList {
    pub paths: Vec<PathBuf>,
    pub cursor: ListCursor,
}

impl App {
    /// Where profiles are looked for: the current folder, where `s` saves,
    /// and the pack file's folder.
    pub(super) fn find_profiles(&self) -> Effect {
        let mut folders = vec![PathBuf::from(".")];
        let beside = (self.watch.file.as_deref())
            .and_then(Path::parent)
            .filter(|folder| !folder.as_os_str().is_empty() && *folder != Path::new("."));
        if let Some(folder) = beside {
            folders.push(folder.to_path_buf());
        }
        Effect::FindProfiles(folders)
    }

    pub(super) fn list_profiles(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            self.say(
                "No profiles (NAME.profile.yaml) here or beside the pack; s saves one",
                false,
            );
            return;
        }
        self.profiles = ProfileList {
            paths,
            cursor: ListCursor::default(),
        };
        self.overlays
            .retain(|overlay| *overlay != Overlay::Profiles);
        self.overlays.push(Overlay::Profiles);
    }

    /// Enter on a listed profile: read it.
    pub(super) fn read_profile(&self) -> Option<Effect> {
        let path = self.profiles.paths.get(self.profiles.cursor.selected)?;
        Some(Effect::ReadProfile(path.clone()))
    }

    /// A profile read: its values become the sliders' and its numbers the
    /// reader's (undoable), the start
    /// `r` goes back to, and what counts as saved; every problem shows.
    pub(super) fn load_profile(&mut self, name: &str, text: Result<String, String>) {
        let loaded = text.and_then(|text| {
            let profile = Profile::parse(&text, name).map_err(|found| first_of(&found))?;
            let settings = (profile.settings_for(self.pack())).map_err(|found| first_of(&found))?;
            let drift = profile.drift(self.pack());
            Ok((profile, settings, drift))
        });
        match loaded {
            Ok((profile, (values, overrides), drift)) => {
                let shown = profile
                    .name
                    .clone()
                    .unwrap_or_else(|| file_name(Path::new(name)));
                self.session
                    .load(super::session::Project { values, overrides });
                self.profile = Some(shown.clone());
                self.group = None;
                self.close();
                match drift {
                    Some(drift) => self.say(
                        &format!(
                            "Loaded {shown}, saved before the pack changed: {} (u undoes)",
                            drift.touched_phrase()
                        ),
                        false,
                    ),
                    None => self.say(&format!("Loaded the profile {shown} (u undoes)"), false),
                }
            }
            Err(why) => self.say(&why, true),
        }
    }
}

/// The first problem, and how many more there are.
fn first_of(found: &crate::diagnostic::Diagnostics) -> String {
    let mut lines = found.0.iter().map(ToString::to_string);
    let first = lines.next().unwrap_or_default();
    match lines.count() {
        0 => first,
        more => format!(
            "{first} (and {})",
            crate::textkit::count(more, "more problem")
        ),
    }
}
