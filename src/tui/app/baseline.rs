//! `b`: the project pinned as a baseline (its sliders and the reader's
//! numbers), shown beside the live one until `b` again. It belongs to the
//! pack it was pinned on: another pack, or a reload, lets it go.

use std::sync::Arc;

use super::App;
use super::session::Session;
use crate::content::Pack;
use crate::engine::{Comparison, Engine, Recommendation, Side};

#[derive(Debug, Clone)]
pub struct Baseline {
    /// The pack it was pinned on (the very one, not an equal one).
    pack: Arc<Pack>,
    /// The engine it was pinned with, the reader's numbers of then in it.
    engine: Engine,
    recommendation: Recommendation,
}

impl Baseline {
    /// The session's project as it is now.
    pub fn pin(session: &Session) -> Self {
        Self {
            pack: Arc::clone(session.pack()),
            engine: session.engine().clone(),
            recommendation: session.recommendation().clone(),
        }
    }

    /// Whether it was pinned on this pack (the open session's).
    pub fn holds_for(&self, pack: &Arc<Pack>) -> bool {
        Arc::ptr_eq(&self.pack, pack)
    }

    pub fn recommendation(&self) -> &Recommendation {
        &self.recommendation
    }

    /// The live project compared with this one: the baseline is A, now is B.
    pub fn compare(&self, engine: &Engine, now: &Recommendation) -> Comparison {
        Comparison::new(
            Side {
                engine: &self.engine,
                recommendation: &self.recommendation,
            },
            Side {
                engine,
                recommendation: now,
            },
        )
    }
}

impl App {
    /// `b`: pin the project as it is now, or unpin the one pinned.
    pub(super) fn toggle_baseline(&mut self) {
        self.pins += 1;
        if self.baseline.take().is_some() {
            self.say(crate::words::BASELINE_UNPINNED, false);
            return;
        }
        self.baseline = Some(Baseline::pin(&self.session));
        self.say(crate::words::BASELINE_PINNED, false);
    }

    /// A baseline pinned on a pack no longer open (another one, or the
    /// same file reloaded) compares with nothing: it goes.
    pub(super) fn let_go_of_another_packs_baseline(&mut self) {
        if self.baseline.is_some() && self.baseline().is_none() {
            self.baseline = None;
            self.pins += 1;
        }
    }
}
