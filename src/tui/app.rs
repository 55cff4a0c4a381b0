//! The explorer's state and the one place it changes: `App::update`.
//!
//! `Session` holds everything tied to the open pack (values, history,
//! recommendation, cursors); `App` holds what outlives a pack: the overlays,
//! focus, search box, status line, screen size and theme. State never calls
//! drawing code: text it must measure comes from `tui::text`, geometry from
//! `tui::layout`.

mod baseline;
mod cursor;
mod history;
mod hits;
mod mouse;
mod moves;
mod profiles;
mod prompt;
mod reload;
mod search;
mod session;
mod shown;

use std::path::PathBuf;
use std::sync::Arc;

pub use baseline::Baseline;
pub use cursor::{ListCursor, TextScroll};
pub use hits::ArticleHits;
pub use moves::Target;
pub use profiles::ProfileList;
pub use prompt::{Prompt, PromptKind};
pub use reload::Watch;
pub use search::Search;
pub use session::{Project, RobustnessState, Session};
pub use shown::Shown;

use crate::content::Pack;
use crate::export;
use crate::group::Group;

use super::action::{Action, Effect};
use super::keymap::{Keymap, Scope};
use super::layout::{self, Fit};
use super::theme::Theme;

/// The panes that take focus, in `Tab` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Factors,
    Detail,
    Sliders,
    Recommendation,
}

pub const PANES: [Pane; 4] = [
    Pane::Sliders,
    Pane::Recommendation,
    Pane::Factors,
    Pane::Detail,
];

/// What is drawn over (or instead of) the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Search,
    Article,
    Picker,
    /// A one-line question: a slider's value, a profile's name.
    Prompt,
    /// "Quit without saving?"
    ConfirmQuit,
    /// The profiles beside the pack, to load one.
    Profiles,
}

/// The scopes whose keys apply with `overlay` on top (`None`: the main
/// screen) and `pane` focused, most specific first.
pub fn scopes_for(overlay: Option<Overlay>, pane: Pane) -> Vec<Scope> {
    match overlay {
        Some(Overlay::Search) => vec![Scope::Search],
        Some(Overlay::Prompt) => vec![Scope::Prompt],
        Some(Overlay::ConfirmQuit) => vec![Scope::Confirm],
        Some(Overlay::Picker) => vec![Scope::Picker, Scope::Motion],
        Some(Overlay::Profiles) => vec![Scope::Profiles, Scope::Motion],
        Some(Overlay::Article) => vec![Scope::Article, Scope::Pager, Scope::Motion, Scope::Global],
        Some(Overlay::Help) => vec![Scope::Pager, Scope::Motion, Scope::Global],
        None if pane == Pane::Sliders => vec![Scope::Sliders, Scope::Motion, Scope::Global],
        None if pane == Pane::Factors => vec![Scope::Factors, Scope::Motion, Scope::Global],
        None if pane == Pane::Detail => vec![Scope::Detail, Scope::Motion, Scope::Global],
        None => vec![Scope::Motion, Scope::Global],
    }
}

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// How the explorer starts: the packs offered, the values to start from
/// (a profile's), and that profile's name for the title bar.
#[derive(Debug, Clone, Default)]
pub struct Start {
    pub values: Option<Vec<u32>>,
    pub profile: Option<String>,
    /// The people, when several profiles were loaded (`values` are their means).
    pub group: Option<Group>,
    /// The pack's file, when it can be watched, and whether to watch it from the start.
    pub watch_file: Option<PathBuf>,
    pub watch: bool,
    /// The reader's own ratings and weights to start from (a profile's,
    /// `--rate`, `--weight`).
    pub overrides: crate::engine::Overrides,
    /// What to say first (a profile saved against another version of the
    /// pack, and what that touches).
    pub note: Option<String>,
    /// The keys in force: the defaults, or the config file's.
    pub keys: Arc<Keymap>,
}

#[derive(Debug)]
pub struct App {
    /// Every pack offered (the picker lists them).
    packs: Vec<Arc<Pack>>,
    /// The open pack and everything tied to it.
    session: Session,
    /// What is open, the last opened on top; `Esc` closes the top one.
    overlays: Vec<Overlay>,
    focus: Pane,
    search: Search,
    /// The question being typed, while `Overlay::Prompt` is open.
    prompt: Option<Prompt>,
    /// The profiles found beside the pack, while `Overlay::Profiles` is open.
    profiles: ProfileList,
    /// What a write under way will have saved, once it is done: the values,
    /// and for a profile its name.
    writing: Option<(Project, Option<String>)>,
    picker: ListCursor,
    /// Whether a pack was opened from the picker, so `Esc` can go back to it.
    picked: bool,
    help: TextScroll,
    status: Option<Status>,
    quit: bool,
    /// The loaded profile's name, for the title bar.
    profile: Option<String>,
    /// The people whose profiles were loaded, when there are several.
    group: Option<Group>,
    /// The pack file and whether it is watched, with the errors of its last save.
    watch: Watch,
    /// Whether the factor text shows the whole sentences its bases are cut from.
    whole_sentences: bool,
    /// The project pinned with `b`, compared with the live one.
    baseline: Option<Baseline>,
    /// How many times a baseline was pinned or unpinned: the texts that
    /// show it are laid out again then.
    pins: u64,
    theme: Theme,
    keys: Arc<Keymap>,
    /// The terminal's size: the one place it is kept.
    size: (u16, u16),
}

impl App {
    /// The explorer on the first pack at `start`'s values (its defaults
    /// when none); with several packs the picker opens first.
    pub fn new(packs: Vec<Pack>, start: Start, theme: Theme) -> Self {
        let packs: Vec<Arc<Pack>> = packs.into_iter().map(Arc::new).collect();
        let pack = packs
            .first()
            .cloned()
            .unwrap_or_else(|| Arc::new(crate::content::embedded()));
        let overlays = if packs.len() > 1 {
            vec![Overlay::Picker]
        } else {
            Vec::new()
        };
        let mut app = Self {
            session: Session::new(pack, start.values, start.overrides),
            packs,
            overlays,
            focus: Pane::Sliders,
            search: Search::default(),
            prompt: None,
            profiles: ProfileList::default(),
            writing: None,
            picker: ListCursor::default(),
            picked: false,
            help: TextScroll::default(),
            status: start.note.map(|text| Status { text, error: false }),
            quit: false,
            profile: start.profile,
            group: start.group,
            watch: Watch {
                file: start.watch_file,
                on: start.watch,
                problems: Vec::new(),
            },
            whole_sentences: false,
            baseline: None,
            pins: 0,
            theme,
            keys: start.keys,
            size: (80, 24),
        };
        app.lay_out();
        let rows = app.slider_rows();
        app.session
            .work_out_tracks(rows.offset..rows.offset + rows.visible);
        app
    }

    /// Every pack offered (the picker lists them).
    pub fn packs(&self) -> &[Arc<Pack>] {
        &self.packs
    }

    /// The open pack and everything tied to it.
    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn search(&self) -> &Search {
        &self.search
    }

    pub fn picker(&self) -> &ListCursor {
        &self.picker
    }

    /// Whether a pack was opened from the picker (so `Esc` goes back to it).
    pub fn picked(&self) -> bool {
        self.picked
    }

    /// The question being typed, if one is open.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    /// The profiles found beside the pack (`p`).
    pub fn profiles(&self) -> &ProfileList {
        &self.profiles
    }

    pub fn help(&self) -> &TextScroll {
        &self.help
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// Whether the user asked to quit.
    pub fn quitting(&self) -> bool {
        self.quit
    }

    /// The loaded profile's name, for the title bar.
    pub fn profile(&self) -> Option<&str> {
        self.profile.as_deref()
    }

    /// The people whose profiles were loaded, when there are several.
    pub fn group(&self) -> Option<&Group> {
        self.group.as_ref()
    }

    /// The pack file and whether it is watched.
    pub fn watch(&self) -> &Watch {
        &self.watch
    }

    /// Whether the factor text shows the whole sentences its bases are cut from.
    pub fn whole_sentences(&self) -> bool {
        self.whole_sentences
    }

    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// The keys in force, for the footer, the help and the event loop.
    pub fn keys(&self) -> &Keymap {
        &self.keys
    }

    /// The project pinned with `b`, while it holds for the open pack.
    pub fn baseline(&self) -> Option<&Baseline> {
        self.baseline
            .as_ref()
            .filter(|baseline| baseline.holds_for(self.session.pack()))
    }

    /// Whether the live project is being compared with a baseline.
    pub fn comparing(&self) -> bool {
        self.baseline().is_some()
    }

    /// The open pack.
    pub fn pack(&self) -> &Pack {
        &self.session.pack
    }

    /// The terminal's size, as the last resize said.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// Whether the screen can be drawn at this size.
    pub fn fit(&self) -> Fit {
        layout::fit(self.size.0, self.size.1)
    }

    pub fn layout(&self) -> layout::Areas {
        let names = self.session.factor_names();
        layout::areas(self.size.0, self.size.1, self.pack().sliders.len(), names)
    }

    /// The overlay on top, if any.
    pub fn overlay(&self) -> Option<Overlay> {
        self.overlays.last().copied()
    }

    /// Whether `overlay` is open anywhere in the stack.
    pub fn is_open(&self, overlay: Overlay) -> bool {
        self.overlays.contains(&overlay)
    }

    /// The scopes whose keys apply now, most specific first: with the
    /// article view showing a search's hit, `n` and `N` first.
    pub fn scopes(&self) -> Vec<Scope> {
        let mut scopes = scopes_for(self.overlay(), self.focus);
        if self.overlay() == Some(Overlay::Article) && self.session.hits.is_some() {
            scopes.insert(0, Scope::Hits);
        }
        scopes
    }

    /// Whether the sliders differ from where the session started (the
    /// loaded profile, or the defaults).
    pub fn changed(&self) -> bool {
        self.session.changed()
    }

    /// Whether the sliders moved since they were last saved or exported.
    pub fn unsaved(&self) -> bool {
        self.session.unsaved()
    }

    /// Whether background work is waiting for a quiet moment (`Action::Idle`).
    pub fn busy(&self) -> bool {
        matches!(self.session.robustness_state, RobustnessState::Counting(_))
            || self.search.pending() > 0
    }

    /// Apply one action. Returns work for the runner to do outside the state
    /// (write a file, copy to the clipboard, suspend); its outcome comes
    /// back as `Action::Finished`.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        // A message stays until the user's next action.
        if !matches!(
            action,
            Action::Finished(_) | Action::Resize(..) | Action::Idle | Action::Reloaded(_)
        ) {
            self.status = None;
        }
        let effect = self.apply(action);
        self.follow_selections();
        let rows = self.slider_rows();
        self.session
            .work_out_tracks(rows.offset..rows.offset + rows.visible);
        effect
    }

    /// Do `action`, then lay out again what it changed, whatever it asked for.
    fn apply(&mut self, action: Action) -> Option<Effect> {
        let (factor, size) = (self.session.factor(), self.size);
        let number = self.session.number();
        let effect = self.act(action);
        // Another factor's text starts at its top, its numbers picked from
        // its base weight.
        let another_factor = self.session.factor() != factor;
        if another_factor {
            self.session.factor_moved();
        }
        self.let_go_of_another_packs_baseline();
        self.lay_out();
        if !another_factor && self.session.number() != number {
            self.show_number();
        }
        // New values, a baseline let go, a count finished or another size
        // may shorten the texts: keep their scrolls in range.
        if self.size != size {
            self.clamp_scrolls();
        } else {
            self.clamp_value_texts();
        }
        effect
    }

    fn act(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Quit => self.ask_to_quit(),
            Action::Suspend => return Some(Effect::Suspend),
            Action::FocusNext | Action::FocusPrev => self.cycle_focus(action == Action::FocusNext),
            Action::OpenSearch => self.open_search(),
            Action::ToggleArticle => self.toggle(Overlay::Article),
            Action::ToggleHelp => self.toggle(Overlay::Help),
            Action::Close => self.close(),
            Action::Export => {
                self.writing = Some((self.session.project(), None));
                let stem = format!("stackcompare-{}", self.pack().id);
                return Some(write_effect(stem, "md", "summary".into(), self.summary()));
            }
            Action::ExportRecord => {
                self.writing = Some((self.session.project(), None));
                let stem = format!("stackcompare-{}-decision", self.pack().id);
                return Some(write_effect(
                    stem,
                    "md",
                    "decision record".into(),
                    self.record(),
                ));
            }
            Action::SaveProfile => self.ask_profile_name(),
            Action::Copy => return Some(Effect::Copy(self.summary())),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Reset => self.reset(),
            Action::Move(motion) => self.move_in(self.target(), motion),
            Action::Decrease => self.session.nudge(-1),
            Action::Increase => self.session.nudge(1),
            Action::SliderMin => self.session.set_focused(0),
            Action::SliderMax => self.session.set_focused(u32::MAX),
            Action::DecreaseTenth => self.session.nudge(-self.session.tenth()),
            Action::IncreaseTenth => self.session.nudge(self.session.tenth()),
            Action::Digit(digit) => self.digit(digit),
            Action::TypeValue => self.ask_value(),
            Action::Flip => self.session.flip(),
            Action::ToggleSentences => {
                self.whole_sentences = !self.whole_sentences;
                self.session.detail = TextScroll::default();
            }
            Action::OpenDetail => self.focus = Pane::Detail,
            Action::PickNumber(forward) => self.session.pick_number(forward),
            Action::LowerNumber | Action::RaiseNumber => {
                let delta = if action == Action::RaiseNumber { 1 } else { -1 };
                if let Err(why) = self.session.nudge_number(delta) {
                    self.say(&why, true);
                }
            }
            Action::PacksNumber => self.session.packs_number(),
            Action::ToggleBaseline => self.toggle_baseline(),
            Action::PickProfile => return Some(self.find_profiles()),
            Action::ProfilesFound(paths) => self.list_profiles(paths),
            Action::ProfileRead { name, text } => self.load_profile(&name, text),
            Action::Submit => return self.submit(),
            Action::Input(c) if self.prompt.is_some() => {
                self.type_into_prompt(c.encode_utf8(&mut [0; 4]))
            }
            Action::NextHit => self.step_hit(true),
            Action::PreviousHit => self.step_hit(false),
            Action::Input(c) => self.type_query(c),
            Action::Paste(text) if self.prompt.is_some() => {
                self.type_into_prompt(&text);
            }
            Action::Paste(text) => self.paste(&text),
            Action::Backspace if self.prompt.is_some() => self.edit_prompt(|text, _| {
                text.pop();
            }),
            Action::Backspace => self.backspace(),
            Action::ClearQuery if self.prompt.is_some() => self.edit_prompt(|text, _| text.clear()),
            Action::ClearQuery => self.edit_query(|query| query.clear()),
            Action::DeleteWord if self.prompt.is_some() => {
                self.edit_prompt(|text, _| search::delete_word(text));
            }
            Action::DeleteWord => self.edit_query(search::delete_word),
            Action::Resize(width, height) => self.size = (width, height),
            Action::Click(column, row) => self.click(column, row),
            Action::Drag(column, row) => self.drag(column, row),
            Action::Wheel { column, row, down } => self.wheel(column, row, down),
            Action::ToggleWatch => return self.toggle_watch(),
            Action::Reloaded(reload) => self.reloaded(reload),
            Action::WatchFailed(why) => {
                self.watch.on = false;
                self.say(&why, true);
            }
            Action::Idle => {
                self.rank_more();
                self.session.work();
            }
            Action::Finished(outcome) => self.finished(outcome),
        }
        None
    }

    fn cycle_focus(&mut self, forward: bool) {
        let at = PANES.iter().position(|p| *p == self.focus).unwrap_or(0);
        let step = if forward { 1 } else { PANES.len() - 1 };
        self.focus = PANES[(at + step) % PANES.len()];
        // Moving between panes closes the views that hide them.
        self.overlays
            .retain(|overlay| !matches!(overlay, Overlay::Help | Overlay::Article));
    }

    /// Open `overlay` on top, or close it when it is the one on top.
    fn toggle(&mut self, overlay: Overlay) {
        if self.overlay() == Some(overlay) {
            self.overlays.pop();
            return;
        }
        self.overlays.retain(|open| *open != overlay);
        self.overlays.push(overlay);
        if overlay == Overlay::Help {
            self.help = TextScroll::default();
        }
    }

    /// Esc: close the overlay on top, back to what it was opened from; on
    /// the main screen of a folder of packs, back to the picker. The picker
    /// stays until a pack is chosen; nothing quits.
    fn close(&mut self) {
        match self.overlay() {
            Some(Overlay::Picker) if self.picked => {
                self.overlays.pop();
            }
            Some(Overlay::Picker) => {}
            None if self.packs.len() > 1 => {
                let open = self
                    .packs
                    .iter()
                    .position(|pack| Arc::ptr_eq(pack, &self.session.pack));
                self.picker.select(open.unwrap_or(0), self.packs.len());
                self.overlays.push(Overlay::Picker);
            }
            None => {}
            Some(Overlay::Search) => {
                self.search = Search::default();
                self.overlays.pop();
            }
            Some(Overlay::Prompt) => {
                self.prompt = None;
                self.overlays.pop();
            }
            Some(Overlay::Profiles) => {
                self.profiles = ProfileList::default();
                self.overlays.pop();
            }
            Some(_) => {
                self.overlays.pop();
            }
        }
    }

    fn submit(&mut self) -> Option<Effect> {
        match self.overlay() {
            Some(Overlay::Search) => self.jump_to_hit(),
            Some(Overlay::Picker) => self.open_pack(self.picker.selected),
            Some(Overlay::Prompt) => return self.take_prompt(),
            Some(Overlay::Profiles) => return self.read_profile(),
            _ => {}
        }
        None
    }

    pub fn say(&mut self, text: &str, error: bool) {
        self.status = Some(Status {
            text: text.to_owned(),
            error,
        });
    }

    /// The markdown summary of the current values.
    pub fn summary(&self) -> String {
        export::to_markdown(&self.exported())
    }

    /// The decision record of the current values.
    pub fn record(&self) -> String {
        export::to_adr(&self.exported())
    }

    /// What the exports show of the current values.
    fn exported(&self) -> export::Summary<'_> {
        export::Summary {
            pack: self.pack(),
            engine: std::borrow::Cow::Borrowed(self.session.engine()),
            recommendation: &self.session.recommendation,
            robustness: self.session.robustness(),
            group: self.group.as_ref(),
        }
    }

    /// Open another pack of the folder: a new session, the rest kept. The
    /// pack already open (back in the picker with `Esc`) carries on as it was.
    fn open_pack(&mut self, index: usize) {
        let Some(pack) = self.packs.get(index).cloned() else {
            return;
        };
        self.picker.select(index, self.packs.len());
        self.overlays.retain(|overlay| *overlay != Overlay::Picker);
        if self.picked && Arc::ptr_eq(&pack, &self.session.pack) {
            return;
        }
        self.picked = true;
        self.session = Session::new(pack, None, Default::default());
        self.profile = None;
        self.group = None;
        self.focus = Pane::Sliders;
        let title = self.pack().title.clone();
        self.say(&format!("Opened {title}"), false);
    }
}

/// Write `contents` to the first free `STEM.EXTENSION` in the current folder.
fn write_effect(stem: String, extension: &'static str, what: String, contents: String) -> Effect {
    Effect::WriteFile {
        stem,
        extension,
        contents,
        what,
    }
}

#[cfg(test)]
mod tests;
