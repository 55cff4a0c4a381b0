//! The terminal's modes: entered for the explorer, restored on every way
//! out (quit, error, panic, signal, suspend), entered again on resume.

use std::io::{self, Write};

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute, queue, style};

/// Raw mode, the alternate screen, bracketed paste (a paste arrives as one
/// event, never as keys), the mouse if wanted, the cursor hidden.
pub fn enter(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    let mut stdout = io::stdout();
    execute!(
        stdout,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    if mouse {
        execute!(stdout, EnableMouseCapture)?;
    }
    Ok(())
}

/// Put the terminal back as it was: raw mode off, main screen, paste and
/// mouse capture off, cursor shown. Safe to call more than once, and when
/// the terminal is gone.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Restores the terminal when dropped: the last thing `run` does, however
/// it ends.
pub struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// The panic message prints on a restored terminal. A panic on another
/// thread (the pack watcher's loads, which catch it and report an error)
/// leaves the screen to the thread that draws it, and prints nothing over it.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    let screen = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != screen {
            return;
        }
        restore();
        previous(info);
    }));
}

/// Hand the terminal back and stop, as Ctrl-Z does in a shell; `fg` (or
/// SIGCONT) continues here, and the screen is set up again.
pub fn suspend(mouse: bool) -> io::Result<()> {
    restore();
    // SIGSTOP cannot be caught: the process stops here until continued.
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    enter(mouse)
}

/// Draw a note instead of a frame: on a screen too large for a buffer, or
/// while the pack loads. It ends, as every frame does, with the cursor
/// hidden.
pub fn note(text: &str) -> io::Result<()> {
    let mut stdout = io::stdout();
    queue!(
        stdout,
        terminal::Clear(terminal::ClearType::All),
        cursor::MoveTo(0, 0),
        style::Print(text),
        cursor::Hide
    )?;
    stdout.flush()
}
