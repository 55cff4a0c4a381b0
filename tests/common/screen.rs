//! The explorer drawn into a buffer, and screens read back as text: a
//! ratatui buffer and an emulated terminal's screen alike, by one rule.
//!
//! A character takes as many cells as it is wide. The cells it covers after
//! its first belong to it and are not read, whatever they hold: a space, an
//! empty symbol, or what an earlier frame left there (ratatui does not draw
//! a covered cell, so a test backend keeps its old symbol). A cell that
//! starts a character and holds nothing reads as a space. So a row reads as
//! a terminal shows it.

use std::ops::Range;

use std::io;

use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::crossterm::event::Event;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use stackcompare::content::Pack;
use stackcompare::tui::action::{Action, Effect};
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::run_loop::{self, Ending, Host, Woken};
use stackcompare::tui::theme::Theme;
use unicode_width::UnicodeWidthStr;

/// The explorer on `packs` at `width` × `height`.
pub fn app(packs: Vec<Pack>, width: u16, height: u16, colour: bool) -> App {
    let mut app = App::new(packs, Start::default(), Theme::new(colour));
    app.update(Action::Resize(width, height));
    app
}

/// A host with nothing to tell the loop: for drawing a frame as the loop
/// draws it.
struct Still;

impl Host<TestBackend> for Still {
    fn mouse(&self) -> bool {
        true
    }

    fn wait(&mut self, _: &mut Terminal<TestBackend>, _: &App) -> io::Result<Woken> {
        Ok(Woken::Ended(Ending::Quit))
    }

    fn pending(&mut self, _: &mut Terminal<TestBackend>, _: &App) -> io::Result<Option<Event>> {
        Ok(None)
    }

    fn perform(
        &mut self,
        _: Effect,
        _: &mut Terminal<TestBackend>,
        _: &mut App,
    ) -> io::Result<Option<Action>> {
        Ok(None)
    }

    fn note(&mut self, _: &str) -> io::Result<()> {
        Ok(())
    }
}

/// One frame of `app`, at its own size, drawn by the loop's own step.
pub fn draw(app: &App) -> Buffer {
    let (width, height) = app.size();
    let mut terminal = Terminal::with_options(
        TestBackend::new(width, height),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )
    .expect("a test terminal");
    run_loop::show(&mut terminal, app, &mut Still).expect("a frame");
    terminal.backend().buffer().clone()
}

/// Columns `text` takes on a terminal: two for CJK and most emoji, none for
/// a combining mark.
pub fn width(text: &str) -> usize {
    text.width()
}

/// One character on a row of cells.
pub struct Glyph<'a> {
    /// The column of its first cell.
    pub x: u16,
    /// How many cells it takes.
    pub width: u16,
    pub symbol: &'a str,
}

/// The characters of the cells `columns` of a row, `cell(x)` giving what
/// cell `x` holds and how wide the screen draws it: the rule above, for
/// every kind of screen.
fn characters<'a>(columns: Range<u16>, cell: impl Fn(u16) -> (&'a str, u16)) -> Vec<Glyph<'a>> {
    let mut glyphs = Vec::new();
    let mut x = columns.start;
    while x < columns.end {
        let (symbol, width) = cell(x);
        let symbol = if symbol.is_empty() { " " } else { symbol };
        let width = width.clamp(1, columns.end - x);
        glyphs.push(Glyph { x, width, symbol });
        x += width;
    }
    glyphs
}

/// The characters of row `y`; a cell's width is the one ratatui draws it
/// with (a forced width, or its symbol's).
pub fn glyphs(buffer: &Buffer, y: u16) -> Vec<Glyph<'_>> {
    let area = buffer.area;
    characters(area.left()..area.right(), |x| {
        let cell = &buffer[(x, y)];
        (cell.symbol(), cell.cell_width())
    })
}

/// Row `y` as a terminal shows it.
pub fn row(buffer: &Buffer, y: u16) -> String {
    glyphs(buffer, y).iter().map(|glyph| glyph.symbol).collect()
}

/// The characters of row `y` that start in `columns`.
pub fn span(buffer: &Buffer, y: u16, columns: Range<u16>) -> String {
    glyphs(buffer, y)
        .iter()
        .filter(|glyph| columns.contains(&glyph.x))
        .map(|glyph| glyph.symbol)
        .collect()
}

/// Every row of the buffer, top to bottom.
pub fn rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| row(buffer, y))
        .collect()
}

/// The whole buffer as text, one line per row.
pub fn text(buffer: &Buffer) -> String {
    rows(buffer).join("\n")
}

/// Every row of an emulated terminal's screen, as it shows them.
pub fn terminal_rows(screen: &vt100::Screen) -> Vec<String> {
    let (height, width) = screen.size();
    (0..height)
        .map(|row| {
            let cell = |col| match screen.cell(row, col) {
                Some(cell) => (cell.contents(), if cell.is_wide() { 2 } else { 1 }),
                None => ("", 1),
            };
            characters(0..width, cell)
                .iter()
                .map(|glyph| glyph.symbol)
                .collect()
        })
        .collect()
}
