//! The explorer drawn into a buffer, and the buffer read back as text.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use stackcompare::content::Pack;
use stackcompare::tui::action::Action;
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::theme::Theme;
use stackcompare::tui::ui;

/// The explorer on `packs` at `width` × `height`.
pub fn app(packs: Vec<Pack>, width: u16, height: u16, colour: bool) -> App {
    let mut app = App::new(packs, Start::default(), Theme::new(colour));
    app.update(Action::Resize(width, height));
    app
}

/// One frame of `app`, at its own size.
pub fn draw(app: &App) -> Buffer {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|frame| ui::draw(frame, app))
        .expect("a frame");
    terminal.backend().buffer().clone()
}

/// Row `y` of a buffer as text (wide characters once).
pub fn row(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect::<String>()
}

/// The whole buffer as text, one line per row.
pub fn text(buffer: &Buffer) -> String {
    (0..buffer.area.height)
        .map(|y| row(buffer, y))
        .collect::<Vec<_>>()
        .join("\n")
}
