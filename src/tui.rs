//! The full-screen explorer: terminal setup and restore, the event loop, and
//! the effects (files, clipboard) that `App::update` asks for.
//!
//! The terminal is restored on every way out: a normal quit, an error, a
//! panic (hook), and SIGTERM/SIGHUP/SIGINT/SIGQUIT (flags checked by the loop).

pub mod action;
pub mod app;
pub mod keymap;
pub mod layout;
pub mod theme;
pub mod ui;

use std::io::{self, IsTerminal, Write};
use std::mem::ManuallyDrop;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};

use crate::content::Pack;
use crate::files::{Overwrite, free_path, write_atomic};
use action::{Action, Effect};
use app::App;
use theme::Theme;

/// How the explorer was asked to run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub mouse: bool,
    pub colour: bool,
}

/// Why the explorer ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Quit,
    /// A signal ended it; the conventional exit code is 128 + the number.
    Signal(i32),
}

/// Put the terminal back as it was: raw mode off, main screen, mouse
/// capture off, cursor shown. Safe to call more than once.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Run the explorer until the user quits or a signal arrives.
pub fn run(packs: Vec<Pack>, values: Option<Vec<u32>>, options: Options) -> io::Result<Ending> {
    let signal = Arc::new(AtomicUsize::new(0));
    for number in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register_usize(number, Arc::clone(&signal), number as usize)?;
    }
    install_panic_hook();
    spawn_watchdog(Arc::clone(&signal));
    let _restore = Restore;
    terminal::enable_raw_mode()?;
    let mut stdout = io::stdout();
    execute!(stdout, EnterAlternateScreen, cursor::Hide)?;
    if options.mouse {
        execute!(stdout, EnableMouseCapture)?;
    }
    // Never dropped: ratatui's drop shows the cursor and, when the terminal is
    // gone, reports the failure with `eprintln!`, which panics. `Restore` does
    // the same work, ignoring errors.
    let mut terminal = ManuallyDrop::new(Terminal::new(CrosstermBackend::new(stdout))?);
    let mut app = App::new(packs, values, Theme::new(options.colour));
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    loop {
        terminal.draw(|frame| ui::draw(frame, &app))?;
        // Wait for input, waking up now and then to notice signals.
        loop {
            let received = signal.load(Ordering::Relaxed);
            if received != 0 {
                return Ok(Ending::Signal(i32::try_from(received).unwrap_or(15)));
            }
            if event::poll(Duration::from_millis(200))? {
                break;
            }
        }
        let event = event::read()?;
        let action = keymap::event_action(&event, &app.scopes(), options.mouse);
        if let Some(effect) = action.and_then(|action| app.update(action)) {
            let outcome = perform(effect, terminal.backend_mut());
            app.update(Action::Finished(outcome));
        }
        if app.quit {
            return Ok(Ending::Quit);
        }
    }
}

/// Ends the process when the event loop cannot: crossterm's `poll` can spin
/// forever on a terminal that has gone away (reads return nothing), so it never
/// comes back to look at the signal flag. A signal the loop has not acted on
/// within a second, or standard output no longer being a terminal, ends the
/// process here, after restoring what can still be restored.
fn spawn_watchdog(signal: Arc<AtomicUsize>) {
    std::thread::spawn(move || {
        let mut pending_since = None;
        loop {
            std::thread::sleep(Duration::from_millis(250));
            let received = signal.load(Ordering::Relaxed);
            let gone = !io::stdout().is_terminal();
            if received == 0 && !gone {
                continue;
            }
            let since = *pending_since.get_or_insert_with(std::time::Instant::now);
            if gone || since.elapsed() >= Duration::from_secs(1) {
                restore();
                let code = if received == 0 { 129 } else { 128 + received };
                std::process::exit(i32::try_from(code).unwrap_or(129));
            }
        }
    });
}

/// Do what `App::update` asked for; the message says what happened.
pub fn perform(effect: Effect, terminal: &mut impl Write) -> Result<String, String> {
    match effect {
        Effect::WriteFile {
            stem,
            extension,
            contents,
            what,
        } => {
            let folder = Path::new(".");
            // Another program may take the name between the check and the
            // write; the write never replaces a file, so try the next name.
            for _ in 0..100 {
                let path = free_path(folder, &stem, extension);
                match write_atomic(&path, contents.as_bytes(), Overwrite::Refuse) {
                    Ok(()) => {
                        let shown = path.strip_prefix(folder).unwrap_or(&path);
                        return Ok(format!("Saved the {what} to {}", shown.display()));
                    }
                    Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(error) => return Err(format!("Could not save the {what}: {error}")),
                }
            }
            Err(format!("Could not save the {what}: no free file name"))
        }
        Effect::Copy(text) => {
            let sequence = crate::clipboard::osc52(&text, std::env::var_os("TMUX").is_some());
            terminal
                .write_all(sequence.as_bytes())
                .and_then(|()| terminal.flush())
                .map(|()| {
                    format!(
                        "Copied the summary ({} lines) to the clipboard with OSC 52",
                        text.lines().count()
                    )
                })
                .map_err(|error| format!("Could not copy: {error}"))
        }
    }
}
