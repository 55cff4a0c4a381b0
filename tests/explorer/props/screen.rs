//! The screen a case draws, and rows read from it as a terminal shows them.

use super::*;

/// The screen: a `TestBackend` of the app's size, made anew when it changes.
#[derive(Default)]
pub(super) struct Screen {
    pub(super) terminal: Option<Terminal<TestBackend>>,
    /// What the last frame drawn showed.
    pub(super) shown: Option<Shown>,
}

/// Everything `ui::draw` reads from the app. `ui::draw` is a function of
/// `&App` alone, so the same `Shown` draws the same screen: after an action
/// that changed none of it, the frame already checked is the frame.
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
            colour: app.theme.colour,
            pack: Arc::clone(&app.session.pack),
            status: app.status.clone(),
            sure: app.session.known(),
            problems: app.watch.problems.clone(),
            watching: app.watch.on,
            hits: app.search.hits().to_vec(),
            recommendation: app.session.recommendation.clone(),
            whole_sentences: app.whole_sentences,
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

/// A row as a terminal shows it: the cell after a wide character is covered
/// by it, whatever an earlier frame left there (ratatui skips that cell when
/// it draws, so a test backend keeps the old symbol).
pub(super) fn row_text(buffer: &Buffer, y: u16) -> String {
    let mut row = String::new();
    let mut covered = 0;
    for x in 0..buffer.area.width {
        if covered > 0 {
            covered -= 1;
            continue;
        }
        let symbol = buffer[(x, y)].symbol();
        covered = stackcompare::textkit::width::width(symbol).saturating_sub(1);
        row.push_str(symbol);
    }
    row
}

pub(super) fn screen_text(buffer: &Buffer) -> String {
    (0..buffer.area.height)
        .map(|y| row_text(buffer, y))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` without whitespace, as a row of cells reads it (a wide character
/// leaves a blank cell after it).
pub(super) fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
