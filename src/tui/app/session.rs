//! Everything tied to the open pack: the slider values with their history
//! (undo) and starting point (reset), the recommendation for them, and the
//! cursors of the pack's lists and texts. Opening another pack replaces the
//! whole session, so nothing of the old pack can leak into the new one.

use std::sync::Arc;

use super::cursor::{ListCursor, TextScroll};
use super::hits::ArticleHits;
use super::shown::Shown;
use crate::content::Pack;
use crate::engine::{Engine, Overrides, Recommendation, Robustness, RobustnessCount, Verdict};
use crate::screen::SliderTexts;
use crate::search::SearchIndex;

/// How many changes `u` can undo.
const HISTORY: usize = 500;

/// Running totals touched per slice of the nearby count: well under a
/// millisecond, so a large pack's sample never holds up a key press.
const SLICE: u64 = 200_000;

/// How sure the verdict is: known, or still being counted between key presses.
#[derive(Debug, Clone)]
pub enum RobustnessState {
    Known(Robustness),
    /// Still counting, where the count has got to.
    Counting(Box<RobustnessCount>),
}

#[derive(Debug)]
pub struct Session {
    /// Shared with the app's list of packs: opening one never copies it.
    pub(super) pack: Arc<Pack>,
    pub(super) engine: Engine,
    pub(super) index: SearchIndex,
    pub(super) values: Vec<u32>,
    /// Where the session started: the loaded profile, or the defaults.
    start: Project,
    /// Earlier projects, the latest last.
    history: Vec<Project>,
    /// Projects undone, the latest undone last: what redo brings back.
    undone: Vec<Project>,
    /// The project last written to a file (a profile or a summary), or the
    /// start: quitting away from it asks first.
    saved: Project,
    pub(super) recommendation: Recommendation,
    pub(super) robustness_state: RobustnessState,
    pub(super) factors: ListCursor,
    pub(super) sliders: ListCursor,
    /// The number picked in the factor text: 0 its base weight, 1 + o
    /// option o's rating.
    pub(super) number: usize,
    pub(super) detail: TextScroll,
    /// The recommendation's body, under its pinned header.
    pub(super) reading: TextScroll,
    pub(super) article: TextScroll,
    /// How many times the values have changed: texts that depend on them
    /// re-check their scrolls only then.
    pub(super) changes: u64,
    /// The verdict at every value of each slider, others held: the tracks
    /// of the sliders on screen, worked out after each change (`None`: not
    /// needed yet for these values).
    tracks: Vec<Option<Vec<Verdict>>>,
    /// The texts shown, laid out by `App::update`.
    pub(super) shown: Shown,
    /// The search whose hits `n` and `N` go through in the article view.
    pub(super) hits: Option<ArticleHits>,
    /// The widest factor name, capped (`text::factor_name_width`): measured
    /// once, since the layout asks for it several times a frame.
    factor_names: usize,
    /// The widest slider label and value (`words::slider_texts`).
    slider_texts: SliderTexts,
}

impl Session {
    pub fn new(pack: Arc<Pack>, values: Option<Vec<u32>>, overrides: Overrides) -> Self {
        let values = values.unwrap_or_else(|| pack.default_values());
        let engine = Engine::with_overrides(&pack, &overrides);
        let start = Project {
            values: values.clone(),
            overrides: engine.overrides().clone(),
        };
        let recommendation = engine.recommend(&values);
        let nearby = Box::new(engine.count_robustness(&recommendation));
        let mut session = Self {
            index: SearchIndex::new(&pack),
            engine,
            saved: start.clone(),
            start,
            values,
            history: Vec::new(),
            undone: Vec::new(),
            factors: ListCursor::default(),
            sliders: ListCursor::default(),
            number: 0,
            detail: TextScroll::default(),
            reading: TextScroll::default(),
            article: TextScroll::default(),
            changes: 0,
            tracks: Vec::new(),
            shown: Shown::default(),
            hits: None,
            factor_names: crate::tui::text::factor_name_width(&pack),
            slider_texts: crate::words::slider_texts(&pack),
            robustness_state: RobustnessState::Counting(nearby),
            recommendation,
            pack,
        };
        session.tracks = vec![None; session.pack.sliders.len()];
        session.work();
        session
    }

    /// The open pack.
    pub fn pack(&self) -> &Arc<Pack> {
        &self.pack
    }

    /// The widest factor name, capped, as the factor list lays it out.
    pub fn factor_names(&self) -> usize {
        self.factor_names
    }

    /// The widest slider label and value, as the one-row sliders lay them out.
    pub fn slider_texts(&self) -> SliderTexts {
        self.slider_texts
    }

    /// The search index of the pack's factors, sliders and article.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// The slider values, in slider order.
    pub fn values(&self) -> &[u32] {
        &self.values
    }

    /// The recommendation for `values`: always the engine's for them.
    pub fn recommendation(&self) -> &Recommendation {
        &self.recommendation
    }

    pub fn robustness_state(&self) -> &RobustnessState {
        &self.robustness_state
    }

    pub fn factors(&self) -> &ListCursor {
        &self.factors
    }

    pub fn sliders(&self) -> &ListCursor {
        &self.sliders
    }

    pub fn detail(&self) -> &TextScroll {
        &self.detail
    }

    /// The recommendation's body, under its pinned header.
    pub fn reading(&self) -> &TextScroll {
        &self.reading
    }

    pub fn article_scroll(&self) -> &TextScroll {
        &self.article
    }

    /// The open pack's engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Count one more slice of nearby projects (nothing once counted).
    pub fn work(&mut self) {
        if let RobustnessState::Counting(nearby) = &mut self.robustness_state {
            let budget = (SLICE / nearby.cost()).max(1);
            if let Some(done) = nearby.advance(budget) {
                self.robustness_state = RobustnessState::Known(done);
            }
        }
    }

    /// How sure the verdict is, counted to the end here if the count is
    /// still under way (an export needs the figure).
    pub fn robustness(&self) -> Robustness {
        match &self.robustness_state {
            RobustnessState::Known(robustness) => *robustness,
            RobustnessState::Counting(nearby) => nearby.as_ref().clone().finish(),
        }
    }

    /// How sure the verdict is, once counted.
    pub fn known(&self) -> Option<Robustness> {
        match &self.robustness_state {
            RobustnessState::Known(robustness) => Some(*robustness),
            RobustnessState::Counting(_) => None,
        }
    }

    /// A new recommendation for the current values, its tracks, and its
    /// count begun.
    fn recommend(&mut self) {
        self.recommendation = self.engine.recommend(&self.values);
        self.tracks.iter_mut().for_each(|track| *track = None);
        self.robustness_state =
            RobustnessState::Counting(Box::new(self.engine.count_robustness(&self.recommendation)));
        self.work();
    }

    /// The slider values `r` goes back to.
    pub fn start(&self) -> &[u32] {
        &self.start.values
    }

    /// Where `r` goes back to: sliders and the reader's numbers.
    pub fn start_project(&self) -> &Project {
        &self.start
    }

    /// Go back to `start` from now on (a reloaded pack keeps the old start).
    pub fn set_start(&mut self, start: Project) {
        self.start = start;
    }

    /// The focused slider.
    pub fn slider(&self) -> usize {
        self.sliders.selected
    }

    /// The selected factor.
    pub fn factor(&self) -> usize {
        self.factors.selected
    }

    /// Whether the sliders or the reader's numbers differ from the start.
    pub fn changed(&self) -> bool {
        !self.is(&self.start)
    }

    /// Whether the sliders or the reader's numbers moved since they were
    /// last written to a file (or since the session started).
    pub fn unsaved(&self) -> bool {
        !self.is(&self.saved)
    }

    /// The project last written to a file, or the start.
    pub fn saved(&self) -> &Project {
        &self.saved
    }

    /// This project is now in a file.
    pub(super) fn mark_saved(&mut self, project: Project) {
        self.saved = project;
    }

    /// The sliders and the reader's numbers now.
    pub fn project(&self) -> Project {
        Project {
            values: self.values.clone(),
            overrides: self.engine.overrides().clone(),
        }
    }

    fn is(&self, project: &Project) -> bool {
        self.values == project.values && *self.engine.overrides() == project.overrides
    }

    /// The verdict at every value of `slider`, others held: its track,
    /// once worked out (empty before).
    pub fn track(&self, slider: usize) -> &[Verdict] {
        self.tracks
            .get(slider)
            .and_then(Option::as_deref)
            .unwrap_or_default()
    }

    /// Work out the tracks of `sliders` not yet worked out for these values:
    /// the ones on screen, so a pack of many sliders pays for those alone.
    pub(super) fn work_out_tracks(&mut self, sliders: std::ops::Range<usize>) {
        for slider in sliders {
            if let Some(track @ None) = self.tracks.get_mut(slider) {
                *track = Some(self.engine.track(&self.recommendation, slider));
            }
        }
    }

    /// The search whose hits `n` and `N` go through in the article view.
    pub fn article_hits(&self) -> Option<&ArticleHits> {
        self.hits.as_ref()
    }

    /// The texts shown now.
    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// How many times the values have changed in this session.
    pub fn changes(&self) -> u64 {
        self.changes
    }

    /// New values, remembered for undo.
    fn set_values(&mut self, values: Vec<u32>) {
        let overrides = self.engine.overrides().clone();
        self.set_project(Project { values, overrides });
    }

    /// A new project (sliders, the reader's numbers, or both), remembered
    /// for undo.
    pub(super) fn set_project(&mut self, project: Project) {
        if self.is(&project) {
            return;
        }
        self.history.push(self.project());
        // A new change starts a new line of history: nothing to redo.
        self.undone.clear();
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
        self.restore(project);
    }

    /// Put `project` in place: the engine counts its numbers, the
    /// recommendation is its own.
    fn restore(&mut self, project: Project) {
        if *self.engine.overrides() != project.overrides {
            self.engine = Engine::with_overrides(&self.pack, &project.overrides);
        }
        self.values = project.values;
        self.changes += 1;
        self.recommend();
    }

    /// A profile loaded: a change `u` undoes, and from now on the start
    /// `r` goes back to and what counts as saved.
    pub(super) fn load(&mut self, project: Project) {
        self.set_project(project);
        self.start = self.project();
        self.saved = self.project();
    }

    /// The number picked in the factor text: 0 its base weight, 1 + o
    /// option o's rating.
    pub fn number(&self) -> usize {
        self.number
    }

    /// Another factor selected: its text is read from the top, and `[` /
    /// `]` start again from its base weight.
    pub(super) fn factor_moved(&mut self) {
        self.detail = Default::default();
        self.number = 0;
    }

    /// `[` / `]`: the previous / next of the factor's numbers, round.
    pub(super) fn pick_number(&mut self, forward: bool) {
        let count = self.pack.options.len() + 1;
        self.number = if forward {
            (self.number + 1) % count
        } else {
            (self.number + count - 1) % count
        };
    }

    /// The picked number of the selected factor `delta` steps on, as the
    /// reader's own (undoable); why not, for a rating a slider gives.
    pub(super) fn nudge_number(&mut self, delta: i64) -> Result<(), String> {
        let (factor, pack) = (self.factor(), Arc::clone(&self.pack));
        let Some(f) = pack.factors.get(factor) else {
            return Ok(());
        };
        let mut overrides = self.engine.overrides().clone();
        let moved = |now: u32, max: u32| {
            u32::try_from((i64::from(now) + delta).clamp(0, i64::from(max))).unwrap_or(0)
        };
        match self.number.checked_sub(1) {
            None => {
                let now = overrides.weight(factor).unwrap_or(f.weight);
                overrides
                    .weights
                    .insert(factor, moved(now, crate::content::MAX_WEIGHT));
            }
            Some(option) => {
                let Some(rating) = f.ratings.get(option) else {
                    return Ok(());
                };
                let Some(pack_value) = rating.fixed() else {
                    let by = match rating {
                        crate::content::Rating::Slider(s) => pack.sliders[*s].label.as_str(),
                        _ => "a slider",
                    };
                    return Err(format!(
                        "{} on {} is rated by the slider “{by}”: move it under Your project",
                        pack.options[option].name, f.name
                    ));
                };
                let now = overrides.rating(factor, option).unwrap_or(pack_value);
                overrides
                    .ratings
                    .insert((factor, option), moved(now, crate::content::MAX_RATING));
            }
        }
        let values = self.values.clone();
        self.set_project(Project {
            values,
            overrides: overrides.against(&pack),
        });
        Ok(())
    }

    /// The picked number back to the pack's (undoable).
    pub(super) fn packs_number(&mut self) {
        let factor = self.factor();
        let mut overrides = self.engine.overrides().clone();
        match self.number.checked_sub(1) {
            None => overrides.weights.remove(&factor),
            Some(option) => overrides.ratings.remove(&(factor, option)),
        };
        let values = self.values.clone();
        self.set_project(Project { values, overrides });
    }

    /// A tenth of the focused slider's range, at least one step: what
    /// `PgUp` and `PgDn` move it by.
    pub fn tenth(&self) -> i64 {
        let max = self.pack.sliders.get(self.slider()).map_or(0, |t| t.max);
        i64::from(max.div_ceil(10).max(1))
    }

    /// Set the focused slider (clamped to its range).
    pub fn set_focused(&mut self, value: u32) {
        self.set(self.slider(), value);
    }

    /// Set slider `index` (clamped), as a click on its track does.
    pub fn set(&mut self, index: usize, value: u32) {
        let Some(t) = self.pack.sliders.get(index) else {
            return;
        };
        let mut values = self.values.clone();
        values[index] = value.min(t.max);
        self.set_values(values);
    }

    /// The focused slider one step down or up.
    pub fn nudge(&mut self, delta: i64) {
        let Some(&current) = self.values.get(self.slider()) else {
            return;
        };
        let value = (i64::from(current) + delta).max(0);
        self.set_focused(u32::try_from(value).unwrap_or(0));
    }

    /// Space or Enter: a toggle flips; other sliders stay.
    pub fn flip(&mut self) {
        let slider = self.slider();
        if self.pack.sliders.get(slider).is_some_and(|t| t.is_toggle()) {
            self.set_focused(1 - self.values[slider].min(1));
        }
    }

    /// Back to the project before the last change; false when there is
    /// nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(earlier) = self.history.pop() else {
            return false;
        };
        self.undone.push(self.project());
        self.restore(earlier);
        true
    }

    /// The last change undone made again; false when nothing was undone
    /// since the last change.
    pub fn redo(&mut self) -> bool {
        let Some(later) = self.undone.pop() else {
            return false;
        };
        self.history.push(self.project());
        self.restore(later);
        true
    }

    /// Back to where the session started (undoable); false when already there.
    pub fn reset(&mut self) -> bool {
        if !self.changed() {
            return false;
        }
        self.set_project(self.start.clone());
        true
    }
}

/// What a session's history keeps: the slider values and the reader's own
/// numbers, which undo, redo, reset and saving treat as one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Project {
    pub values: Vec<u32>,
    pub overrides: Overrides,
}
