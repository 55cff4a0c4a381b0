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
    start: Vec<u32>,
    /// Earlier values, the latest last.
    history: Vec<Vec<u32>>,
    /// Values undone, the latest undone last: what redo brings back.
    undone: Vec<Vec<u32>>,
    /// The values last written to a file (a profile or a summary), or the
    /// start: quitting away from them asks first.
    saved: Vec<u32>,
    pub(super) recommendation: Recommendation,
    pub(super) robustness_state: RobustnessState,
    pub(super) factors: ListCursor,
    pub(super) sliders: ListCursor,
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
}

impl Session {
    pub fn new(pack: Arc<Pack>, values: Option<Vec<u32>>, overrides: Overrides) -> Self {
        let values = values.unwrap_or_else(|| pack.default_values());
        let engine = Engine::with_overrides(&pack, &overrides);
        let recommendation = engine.recommend(&values);
        let nearby = Box::new(engine.count_robustness(&recommendation));
        let mut session = Self {
            index: SearchIndex::new(&pack),
            engine,
            start: values.clone(),
            saved: values.clone(),
            values,
            history: Vec::new(),
            undone: Vec::new(),
            factors: ListCursor::default(),
            sliders: ListCursor::default(),
            detail: TextScroll::default(),
            reading: TextScroll::default(),
            article: TextScroll::default(),
            changes: 0,
            tracks: Vec::new(),
            shown: Shown::default(),
            hits: None,
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

    /// Where `r` goes back to.
    pub fn start(&self) -> &[u32] {
        &self.start
    }

    /// Go back to `start` from now on (a reloaded pack keeps the old start).
    pub fn set_start(&mut self, start: Vec<u32>) {
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

    pub fn changed(&self) -> bool {
        self.values != self.start
    }

    /// Whether the sliders moved since they were last written to a file
    /// (or since the session started, when nothing was written).
    pub fn unsaved(&self) -> bool {
        self.values != self.saved
    }

    /// The values last written to a file, or the start.
    pub fn saved(&self) -> &[u32] {
        &self.saved
    }

    /// These values are now in a file.
    pub(super) fn mark_saved(&mut self, values: Vec<u32>) {
        self.saved = values;
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
        if values == self.values {
            return;
        }
        let old = std::mem::replace(&mut self.values, values);
        self.history.push(old);
        // A new change starts a new line of history: nothing to redo.
        self.undone.clear();
        self.changes += 1;
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
        self.recommend();
    }

    /// Values loaded from a profile: a change `u` undoes, and from now on
    /// the start `r` goes back to and what counts as saved.
    pub(super) fn load(&mut self, values: Vec<u32>) {
        self.set_values(values.clone());
        self.start = values.clone();
        self.saved = values;
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

    /// Back to the values before the last change: the values it leaves,
    /// or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Option<Vec<u32>> {
        let values = self.history.pop()?;
        let left = std::mem::replace(&mut self.values, values);
        self.undone.push(left.clone());
        self.changes += 1;
        self.recommend();
        Some(left)
    }

    /// The last change undone made again: the values it leaves, or `None`
    /// when nothing was undone since the last change.
    pub fn redo(&mut self) -> Option<Vec<u32>> {
        let values = self.undone.pop()?;
        let left = std::mem::replace(&mut self.values, values);
        self.history.push(left.clone());
        self.changes += 1;
        self.recommend();
        Some(left)
    }

    /// Back to where the session started (undoable); false when already there.
    pub fn reset(&mut self) -> bool {
        if !self.changed() {
            return false;
        }
        self.set_values(self.start.clone());
        true
    }
}
