//! The screen a case draws, and what it showed.

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use stackcompare::content::Pack;
use stackcompare::engine::{Recommendation, Robustness};
use stackcompare::search::Hit;
use stackcompare::tui::app::{App, Status};
use stackcompare::tui::layout::Fit;
use stackcompare::tui::ui;

use super::transitions::State;

/// The screen: a `TestBackend` of the app's size, made anew when it changes.
#[derive(Default)]
pub(super) struct Screen {
    pub(super) terminal: Option<Terminal<TestBackend>>,
}

/// Everything `ui::draw` reads from the app: the costly checks run again
/// only when it changes.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Shown {
    pub(super) state: State,
    pub(super) size: (u16, u16),
    pub(super) colour: bool,
    /// Held, so a reloaded pack is never mistaken for the old one.
    pub(super) pack: Arc<Pack>,
    pub(super) status: Option<Status>,
    /// How sure the verdict is, once counted; the errors of a broken save;
    /// whether the file is watched.
    pub(super) sure: Option<Robustness>,
    pub(super) problems: Vec<String>,
    pub(super) watching: bool,
    pub(super) hits: Vec<Hit>,
    pub(super) recommendation: Recommendation,
    /// The factor text with the whole sentences its bases are cut from.
    pub(super) whole_sentences: bool,
}

impl Shown {
    pub(super) fn of(app: &App) -> Self {
        Self {
            state: State::of(app),
            size: app.size(),
            colour: app.theme().colour,
            pack: Arc::clone(app.session().pack()),
            status: app.status().cloned(),
            sure: app.session().known(),
            problems: app.watch().problems.clone(),
            watching: app.watch().on,
            hits: app.search().hits().to_vec(),
            recommendation: app.session().recommendation().clone(),
            whole_sentences: app.whole_sentences(),
        }
    }
}

impl Screen {
    /// Draw the whole screen; `None` while a side is 0 or the screen is too
    /// large for a buffer (the runner writes a note without one then).
    pub(super) fn draw(&mut self, app: &App) -> Option<&Buffer> {
        let (width, height) = app.size();
        if width == 0 || height == 0 || app.fit() == Fit::TooLarge {
            return None;
        }
        let stale = self.terminal.as_ref().is_none_or(|terminal| {
            let area = terminal.backend().buffer().area;
            (area.width, area.height) != (width, height)
        });
        if stale {
            self.terminal =
                Some(Terminal::new(TestBackend::new(width, height)).expect("test backend"));
        }
        let terminal = self.terminal.as_mut()?;
        terminal
            .draw(|frame| ui::draw(frame, app))
            .expect("draw into a test backend");
        Some(terminal.backend().buffer())
    }
}

/// `text` without whitespace: what survives its wrapping and padding into
/// rows of cells.
pub(super) fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
