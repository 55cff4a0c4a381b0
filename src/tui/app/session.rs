//! Everything tied to the open pack: the slider values with their history
//! (undo) and starting point (reset), the recommendation for them, and the
//! cursors of the pack's lists and texts. Opening another pack replaces the
//! whole session, so nothing of the old pack can leak into the new one.

use std::cell::RefCell;
use std::sync::Arc;

use ratatui::text::Line;

use super::cursor::{ListCursor, TextScroll};
use crate::content::Pack;
use crate::engine::{Engine, Nearby, Recommendation, Robustness, Verdict};
use crate::search::SearchIndex;
use crate::tui::text;
use crate::tui::theme::Theme;

/// How many changes `u` can undo.
const HISTORY: usize = 500;

/// Running totals touched per slice of the nearby count: well under a
/// millisecond, so a large pack's sample never holds up a key press.
const SLICE: u64 = 200_000;

/// How sure the verdict is: known, or still being counted between key presses.
#[derive(Debug, Clone)]
pub enum Sureness {
    Known(Robustness),
    /// Still counting, where the count has got to.
    Counting(Box<Nearby>),
}

#[derive(Debug)]
pub struct Session {
    /// Shared with the app's list of packs: opening one never copies it.
    pub pack: Arc<Pack>,
    engine: Engine,
    pub index: SearchIndex,
    pub values: Vec<u32>,
    /// Where the session started: the loaded profile, or the defaults.
    start: Vec<u32>,
    /// Earlier values, the latest last.
    history: Vec<Vec<u32>>,
    pub recommendation: Recommendation,
    pub sureness: Sureness,
    pub factors: ListCursor,
    pub sliders: ListCursor,
    pub detail: TextScroll,
    /// The recommendation's body, under its pinned header.
    pub reading: TextScroll,
    pub article: TextScroll,
    /// How many times the values have changed: texts that depend on them
    /// re-check their scrolls only then.
    changes: u64,
    /// The article laid out for the last width asked: it never changes for
    /// a pack, and a long article is costly to wrap on every frame.
    article_lines: RefCell<Option<ArticleLines>>,
}

/// The article's lines at one width, and the row where each section starts.
#[derive(Debug)]
pub struct ArticleLines {
    pub width: u16,
    pub lines: Vec<Line<'static>>,
    pub starts: Vec<usize>,
}

impl Session {
    pub fn new(pack: Arc<Pack>, values: Option<Vec<u32>>) -> Self {
        let values = values.unwrap_or_else(|| pack.default_values());
        let engine = Engine::new(&pack);
        let recommendation = engine.recommend(&values);
        let nearby = Box::new(engine.nearby(&recommendation));
        let mut session = Self {
            index: SearchIndex::new(&pack),
            engine,
            start: values.clone(),
            values,
            history: Vec::new(),
            factors: ListCursor::default(),
            sliders: ListCursor::default(),
            detail: TextScroll::default(),
            reading: TextScroll::default(),
            article: TextScroll::default(),
            changes: 0,
            article_lines: RefCell::new(None),
            sureness: Sureness::Counting(nearby),
            recommendation,
            pack,
        };
        session.work();
        session
    }

    /// The open pack's engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Why the selected factor counts as it does now, as the engine says.
    pub fn explanation(&self) -> crate::engine::Explanation {
        self.engine.explain(&self.values, self.factor())
    }

    /// Count one more slice of nearby projects (nothing once counted).
    pub fn work(&mut self) {
        if let Sureness::Counting(nearby) = &mut self.sureness {
            let budget = (SLICE / nearby.cost()).max(1);
            if let Some(done) = nearby.advance(budget) {
                self.sureness = Sureness::Known(done);
            }
        }
    }

    /// How sure the verdict is, counted to the end here if the count is
    /// still under way (an export needs the figure).
    pub fn robustness(&self) -> Robustness {
        match &self.sureness {
            Sureness::Known(robustness) => *robustness,
            Sureness::Counting(nearby) => nearby.as_ref().clone().finish(),
        }
    }

    /// How sure the verdict is, once counted.
    pub fn known(&self) -> Option<Robustness> {
        match &self.sureness {
            Sureness::Known(robustness) => Some(*robustness),
            Sureness::Counting(_) => None,
        }
    }

    /// A new recommendation for the current values, and its count begun.
    fn recommend(&mut self) {
        self.recommendation = self.engine.recommend(&self.values);
        self.sureness = Sureness::Counting(Box::new(self.engine.nearby(&self.recommendation)));
        self.work();
    }

    /// The article at `width`, laid out once per width.
    pub fn article<T>(&self, theme: Theme, width: u16, read: impl FnOnce(&ArticleLines) -> T) -> T {
        let mut cache = self.article_lines.borrow_mut();
        if cache.as_ref().is_none_or(|cached| cached.width != width) {
            let (lines, starts) = text::article::lines(&self.pack, theme, width);
            *cache = Some(ArticleLines {
                width,
                lines,
                starts,
            });
        }
        read(cache.as_ref().expect("just laid out"))
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

    /// The verdict at every value of `slider`, others held: its track.
    pub fn track(&self, slider: usize) -> Vec<Verdict> {
        self.engine.track(&self.recommendation, slider)
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
        self.changes += 1;
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
        self.recommend();
    }

    /// Set the focused slider (clamped to its range).
    pub fn set_focused(&mut self, value: u32) {
        self.set(self.slider(), value);
    }

    /// Set slider `index` (clamped), as a click on its track does.
    pub fn set(&mut self, index: usize, value: u32) {
        let Some(t) = self.pack.traits.get(index) else {
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
        if self.pack.traits.get(slider).is_some_and(|t| t.is_toggle()) {
            self.set_focused(1 - self.values[slider].min(1));
        }
    }

    /// Back to the values before the last change; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(values) = self.history.pop() else {
            return false;
        };
        self.values = values;
        self.changes += 1;
        self.recommend();
        true
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
