//! The explorer's state and the one place it changes: `App::update`.

mod mouse;
mod scroll;

use crate::content::Pack;
use crate::engine::{Engine, Recommendation};
use crate::export;
use crate::profile;
use crate::search::{Hit, ItemKind, Results, SearchIndex};

use super::action::{Action, Effect};
use super::keymap::{self, Scope};
use super::layout;
use super::theme::Theme;

/// The panes that take focus, in `Tab` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Factors,
    Detail,
    Sliders,
    Recommendation,
}

const PANES: [Pane; 4] = [
    Pane::Factors,
    Pane::Detail,
    Pane::Sliders,
    Pane::Recommendation,
];

/// What is drawn over (or instead of) the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    Search,
    Article,
    Picker,
}

/// The search box: the query, its results, and the highlighted one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    results: Results,
    pub selected: usize,
    /// The results of each shorter query, so `Backspace` goes back without searching.
    earlier: Vec<Results>,
}

impl Search {
    /// The hits of the current query, best first.
    pub fn hits(&self) -> &[Hit] {
        &self.results.hits
    }
}

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

#[derive(Debug)]
pub struct App {
    /// Every pack offered (the picker lists them); `pack` is the open one.
    pub packs: Vec<Pack>,
    pub pack: Pack,
    engine: Engine,
    pub index: SearchIndex,
    pub values: Vec<u32>,
    pub recommendation: Recommendation,
    pub focus: Pane,
    pub factor: usize,
    pub slider: usize,
    /// First visible row of each list; moved only to keep its selection on
    /// screen (`follow_selections`), so a cursor moves within its window.
    pub factor_offset: usize,
    pub slider_offset: usize,
    pub search_offset: usize,
    pub picker_offset: usize,
    pub detail_scroll: usize,
    pub recommendation_scroll: usize,
    pub article_scroll: usize,
    pub help_scroll: usize,
    pub overlay: Overlay,
    pub search: Search,
    pub picker: usize,
    pub status: Option<Status>,
    pub quit: bool,
    /// The terminal's size, for layout-dependent work (mouse, scrolling).
    pub width: u16,
    pub height: u16,
    pub theme: Theme,
}

impl App {
    /// The explorer on `packs[0]` at `values` (its defaults when `None`);
    /// with several packs the picker opens first.
    pub fn new(packs: Vec<Pack>, values: Option<Vec<u32>>, theme: Theme) -> Self {
        let pack = packs
            .first()
            .cloned()
            .unwrap_or_else(crate::content::embedded);
        let values = values.unwrap_or_else(|| pack.default_values());
        let engine = Engine::new(&pack);
        let recommendation = engine.recommend(&values);
        let overlay = if packs.len() > 1 {
            Overlay::Picker
        } else {
            Overlay::None
        };
        Self {
            index: SearchIndex::new(&pack),
            packs,
            pack,
            engine,
            values,
            recommendation,
            focus: Pane::Sliders,
            factor: 0,
            slider: 0,
            factor_offset: 0,
            slider_offset: 0,
            search_offset: 0,
            picker_offset: 0,
            detail_scroll: 0,
            recommendation_scroll: 0,
            article_scroll: 0,
            help_scroll: 0,
            overlay,
            search: Search::default(),
            picker: 0,
            status: None,
            quit: false,
            width: 80,
            height: 24,
            theme,
        }
    }

    /// The scopes whose keys apply now, most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        let overlay = match self.overlay {
            Overlay::None => Scope::Global,
            Overlay::Help => Scope::Help,
            Overlay::Search => Scope::Search,
            Overlay::Article => Scope::Article,
            Overlay::Picker => Scope::Picker,
        };
        let focused = match self.focus {
            Pane::Factors => Scope::Factors,
            Pane::Sliders => Scope::Sliders,
            Pane::Detail | Pane::Recommendation => Scope::Text,
        };
        keymap::scopes(overlay, focused)
    }

    /// The terminal's size, as the last resize said.
    pub fn size(&self) -> (u16, u16) {
        (self.width, self.height)
    }

    pub fn layout(&self) -> layout::Areas {
        let area = ratatui::layout::Rect::new(0, 0, self.width, self.height);
        layout::areas(area, self.pack.factors.len(), self.pack.traits.len())
    }

    /// Apply one action. Returns work for the runner to do outside the state
    /// (write a file, copy to the clipboard); its outcome comes back as
    /// `Action::Finished`.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        // A message stays until the user's next action.
        if !matches!(action, Action::Finished(_) | Action::Resize(..)) {
            self.status = None;
        }
        let effect = self.apply(action);
        self.follow_selections();
        effect
    }

    /// Keep every list's selection inside its window.
    fn follow_selections(&mut self) {
        let areas = self.layout();
        let visible = usize::from(layout::inner(areas.factors).height);
        self.factor_offset = layout::follow(
            self.factor_offset,
            self.factor,
            visible,
            self.pack.factors.len(),
        );
        let count = self.pack.traits.len();
        let visible =
            layout::slider_rows(layout::inner(areas.sliders), areas.wide, count, 0).visible;
        self.slider_offset = layout::follow(self.slider_offset, self.slider, visible, count);
        let results = self.search.hits().len();
        let (_, visible) = super::ui::search::area(areas.body, results);
        self.search_offset =
            layout::follow(self.search_offset, self.search.selected, visible, results);
        let (_, visible) = super::ui::picker::area(areas.body, self.packs.len());
        self.picker_offset =
            layout::follow(self.picker_offset, self.picker, visible, self.packs.len());
    }

    fn apply(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Quit => self.quit = true,
            Action::FocusNext | Action::FocusPrev => {
                let at = PANES.iter().position(|p| *p == self.focus).unwrap_or(0);
                let step = if action == Action::FocusNext {
                    1
                } else {
                    PANES.len() - 1
                };
                self.focus = PANES[(at + step) % PANES.len()];
                self.overlay_close_for_panes();
            }
            Action::OpenSearch => {
                self.overlay = Overlay::Search;
                self.search = Search {
                    results: self.index.search(""),
                    ..Search::default()
                };
            }
            Action::ToggleArticle => self.toggle(Overlay::Article),
            Action::ToggleHelp => self.toggle(Overlay::Help),
            Action::Close => {
                if self.overlay == Overlay::Search {
                    self.search = Search::default();
                }
                self.overlay = Overlay::None;
            }
            Action::Export => return Some(self.write_effect("md", "summary", self.summary())),
            Action::SaveProfile => {
                let contents = profile::to_yaml(&self.pack, &self.values);
                return Some(self.write_effect("profile.yaml", "profile", contents));
            }
            Action::Copy => return Some(Effect::Copy(self.summary())),
            Action::Reset => {
                let defaults = self.pack.default_values();
                self.set_values(defaults);
                self.say("Sliders reset to the pack's defaults", false);
            }
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom => {
                self.move_by(&action);
            }
            Action::Decrease => self.nudge_slider(-1),
            Action::Increase => self.nudge_slider(1),
            Action::SliderMin => self.set_slider(self.slider, 0),
            Action::SliderMax => {
                let max = self.pack.traits.get(self.slider).map_or(0, |t| t.max);
                self.set_slider(self.slider, max);
            }
            Action::Submit => match self.overlay {
                Overlay::Search => self.jump_to_hit(),
                Overlay::Picker => self.open_pack(self.picker),
                _ => {}
            },
            Action::Input(c) => self.type_query(Some(c)),
            Action::Backspace => self.type_query(None),
            Action::Resize(width, height) => {
                self.width = width;
                self.height = height;
                self.clamp_scrolls();
            }
            Action::Click(column, row) => self.click(column, row),
            Action::Drag(column, row) => self.point_track(column, row, false),
            Action::Wheel { column, row, down } => self.wheel(column, row, down),
            Action::Finished(Ok(message)) => self.say(&message, false),
            Action::Finished(Err(message)) => self.say(&message, true),
        }
        None
    }

    fn toggle(&mut self, overlay: Overlay) {
        self.overlay = if self.overlay == overlay {
            Overlay::None
        } else {
            overlay
        };
        if overlay == Overlay::Help {
            self.help_scroll = 0;
        }
    }

    /// Moving between panes closes the help and article views they hide.
    fn overlay_close_for_panes(&mut self) {
        if matches!(self.overlay, Overlay::Help | Overlay::Article) {
            self.overlay = Overlay::None;
        }
    }

    pub fn say(&mut self, text: &str, error: bool) {
        self.status = Some(Status {
            text: text.to_owned(),
            error,
        });
    }

    /// The markdown summary of the current values.
    pub fn summary(&self) -> String {
        export::to_markdown(&self.pack, &self.recommendation)
    }

    fn write_effect(
        &self,
        extension: &'static str,
        what: &'static str,
        contents: String,
    ) -> Effect {
        Effect::WriteFile {
            stem: format!("stackcompare-{}", self.pack.id),
            extension,
            contents,
            what,
        }
    }

    fn set_values(&mut self, values: Vec<u32>) {
        self.values = values;
        self.recommendation = self.engine.recommend(&self.values);
        // Only the recommendation's text depends on the values.
        self.clamp_recommendation_scroll();
    }

    fn set_slider(&mut self, index: usize, value: u32) {
        let Some(t) = self.pack.traits.get(index) else {
            return;
        };
        let value = value.min(t.max);
        if self.values[index] != value {
            let mut values = self.values.clone();
            values[index] = value;
            self.set_values(values);
        }
    }

    fn nudge_slider(&mut self, delta: i64) {
        let Some(&current) = self.values.get(self.slider) else {
            return;
        };
        let value = (i64::from(current) + delta).max(0);
        self.set_slider(self.slider, u32::try_from(value).unwrap_or(0));
    }

    fn type_query(&mut self, c: Option<char>) {
        if self.overlay != Overlay::Search {
            return;
        }
        match c {
            Some(c) => {
                self.search.query.push(c);
                // A longer query can only match a subset of what the shorter one did.
                let shorter = std::mem::take(&mut self.search.results);
                self.search.results = self.index.refine(&shorter, &self.search.query);
                self.search.earlier.push(shorter);
            }
            None => {
                self.search.query.pop();
                self.search.results = match self.search.earlier.pop() {
                    Some(results) => results,
                    None => self.index.search(&self.search.query),
                };
            }
        }
        self.search.selected = 0;
    }

    fn jump_to_hit(&mut self) {
        let Some(hit) = self.search.hits().get(self.search.selected) else {
            self.say("Nothing matches; Esc closes the search", true);
            return;
        };
        let item = &self.index.items()[hit.item];
        let (kind, index) = (item.kind, item.index);
        self.search = Search::default();
        self.overlay = Overlay::None;
        match kind {
            ItemKind::Factor => {
                self.focus = Pane::Factors;
                self.factor = index;
                self.detail_scroll = 0;
            }
            ItemKind::Trait => {
                self.focus = Pane::Sliders;
                self.slider = index;
            }
            ItemKind::Section => {
                self.overlay = Overlay::Article;
                self.article_scroll = scroll::section_start(self, index);
            }
        }
    }

    fn open_pack(&mut self, index: usize) {
        let Some(pack) = self.packs.get(index).cloned() else {
            return;
        };
        let (width, height, theme) = (self.width, self.height, self.theme);
        let packs = std::mem::take(&mut self.packs);
        *self = Self::new(vec![pack], None, theme);
        self.packs = packs;
        self.width = width;
        self.height = height;
        self.picker = index;
        self.say(&format!("Opened {}", self.pack.title), false);
    }
}

#[cfg(test)]
mod tests;
