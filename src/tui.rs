//! The full-screen explorer: the event loop, and the effects (files,
//! clipboard, suspend) that `App::update` asks for.
//!
//! The terminal is restored on every way out: a normal quit, an error, a
//! panic (hook), every signal that would end the process and can be caught
//! (flags checked by the loop, see `signals::ending`), and around a suspend
//! (Ctrl-Z, or SIGTSTP from outside).

pub mod action;
pub mod app;
pub mod config;
mod effects;
pub mod keymap;
pub mod layout;
pub mod loading;
pub mod run_loop;
mod terminal;
pub mod text;
pub mod theme;
pub mod ui;

use std::io::{self, IsTerminal};
use std::mem::ManuallyDrop;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::content::Pack;
use crate::files;
use crate::signals;
use crate::watch::PackWatch;
use action::{Action, Effect, Reload};
use app::{App, Start};
pub use effects::{find_profiles, perform};
pub use run_loop::Ending;
use run_loop::{Host, Woken, redraw, run_loop};
pub use terminal::restore;
use theme::Theme;

/// How the explorer was asked to run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub mouse: bool,
    /// The styles, with colour or without.
    pub theme: Theme,
}

/// Signals that end the explorer, and those that suspend and resume it.
struct Signals {
    end: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGCONT, SIGTSTP};
        let end = Arc::new(AtomicUsize::new(0));
        for number in signals::ending() {
            signal_hook::flag::register_usize(number, Arc::clone(&end), number as usize)?;
        }
        let stop = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGTSTP, Arc::clone(&stop))?;
        let resumed = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGCONT, Arc::clone(&resumed))?;
        Ok(Self { end, stop, resumed })
    }
}

type Screen = ManuallyDrop<Terminal<CrosstermBackend<io::Stdout>>>;
type Backend = CrosstermBackend<io::Stdout>;

/// Run the explorer until the user quits or a signal ends it.
pub fn run(packs: Vec<Pack>, start: Start, options: Options) -> io::Result<Ending> {
    let signals = Signals::register()?;
    terminal::install_panic_hook();
    spawn_watchdog(Arc::clone(&signals.end));
    let _restore = terminal::Restore;
    terminal::enter(options.mouse)?;
    explore(packs, start, options, signals)
}

/// Run the explorer on what `load` prepares on a thread of its own, the
/// terminal taken from the first moment: until the pack is read, a note
/// (`note`) says so and `keys`' quit keys and the signals end it. A load
/// that fails gives back its error once the terminal is restored.
pub fn run_loading<E: Send + 'static>(
    load: impl FnOnce() -> Result<loading::Prepared, E> + Send + 'static,
    note: &str,
    keys: &keymap::Keymap,
    options: Options,
) -> io::Result<Result<Ending, E>> {
    let signals = Signals::register()?;
    terminal::install_panic_hook();
    spawn_watchdog(Arc::clone(&signals.end));
    let _restore = terminal::Restore;
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // The explorer may have ended meanwhile: nobody to tell.
        let _ = sender.send(load());
    });
    terminal::enter(options.mouse)?;
    match loading::wait(&receiver, &signals.end, keys, note)? {
        loading::Loaded::Ready(prepared) => {
            let (packs, start) = *prepared;
            explore(packs, start, options, signals).map(Ok)
        }
        loading::Loaded::Failed(error) => Ok(Err(error)),
        loading::Loaded::Ended(ending) => Ok(Ok(ending)),
    }
}

/// The explorer on a terminal already entered, until it ends.
fn explore(
    packs: Vec<Pack>,
    start: Start,
    options: Options,
    signals: Signals,
) -> io::Result<Ending> {
    let (width, height) = ratatui::crossterm::terminal::size()?;
    let mut screen = open_screen(width, height)?;
    let mut app = App::new(packs, start, options.theme);
    app.update(Action::Resize(width, height));
    let mut host = Crossterm {
        signals,
        watch: None,
        mouse: options.mouse,
    };
    if app.watch().on {
        host.set_watch(&mut app, true);
    }
    run_loop(&mut screen, &mut app, &mut host)
}

/// The screen to draw on, as large as the terminal within the limits.
fn open_screen(width: u16, height: u16) -> io::Result<Screen> {
    let viewport = Rect::new(
        0,
        0,
        width.min(layout::MAX_WIDTH),
        height.min(layout::MAX_HEIGHT),
    );
    // Never dropped: ratatui's drop shows the cursor and, when the terminal is
    // gone, reports the failure with `eprintln!`, which panics. `Restore` does
    // the same work, ignoring errors. A fixed viewport: its buffers are only
    // ever as large as a screen that fits.
    Ok(ManuallyDrop::new(Terminal::with_options(
        CrosstermBackend::new(io::stdout()),
        TerminalOptions {
            viewport: Viewport::Fixed(viewport),
        },
    )?))
}

/// The real terminal: crossterm's events, the signals, the pack file's
/// watch, and the effects that need the terminal or the disk.
struct Crossterm {
    signals: Signals,
    watch: Option<PackWatch>,
    mouse: bool,
}

impl Crossterm {
    /// Start or stop watching the app's pack file; a failure to start is
    /// told to the app.
    fn set_watch(&mut self, app: &mut App, on: bool) {
        self.watch = None;
        let Some(file) = app.watch().file.clone().filter(|_| on) else {
            return;
        };
        match PackWatch::start(&file) {
            Ok(started) => self.watch = Some(started),
            Err(why) => {
                app.update(Action::WatchFailed(why));
            }
        }
    }
}

impl Host<Backend> for Crossterm {
    fn mouse(&self) -> bool {
        self.mouse
    }

    /// Wait for input, waking up now and then to notice signals: end,
    /// suspend (SIGTSTP from outside), resume (SIGCONT after a stop from
    /// outside).
    fn wait(&mut self, terminal: &mut Terminal<Backend>, app: &App) -> io::Result<Woken> {
        loop {
            let received = self.signals.end.load(Ordering::Relaxed);
            if received != 0 {
                return Ok(Woken::Ended(Ending::Signal(
                    i32::try_from(received).unwrap_or(15),
                )));
            }
            if self.signals.stop.swap(false, Ordering::Relaxed) {
                terminal::suspend(self.mouse)?;
                self.signals.resumed.store(true, Ordering::Relaxed);
            }
            if self.signals.resumed.swap(false, Ordering::Relaxed) {
                terminal::enter(self.mouse)?;
                redraw(terminal, app, self)?;
            }
            let patience = if app.busy() {
                Duration::ZERO
            } else if self.watch.is_some() {
                Duration::from_millis(50)
            } else {
                Duration::from_millis(200)
            };
            if event::poll(patience)? {
                return Ok(Woken::Input);
            }
            if let Some(loaded) = self.watch.as_ref().and_then(PackWatch::latest) {
                return Ok(Woken::Reloaded(reload(loaded)));
            }
            if app.busy() {
                return Ok(Woken::Idle);
            }
        }
    }

    fn pending(
        &mut self,
        _terminal: &mut Terminal<Backend>,
        _app: &App,
    ) -> io::Result<Option<event::Event>> {
        if event::poll(Duration::ZERO)? {
            event::read().map(Some)
        } else {
            Ok(None)
        }
    }

    fn perform(
        &mut self,
        effect: Effect,
        terminal: &mut Terminal<Backend>,
        app: &mut App,
    ) -> io::Result<Option<Action>> {
        Ok(match effect {
            Effect::Suspend => {
                terminal::suspend(self.mouse)?;
                redraw(terminal, app, self)?;
                Some(Action::Finished(Ok("Back from the shell".to_owned())))
            }
            Effect::Watch(on) => {
                self.set_watch(app, on);
                None
            }
            Effect::FindProfiles(folders) => Some(match effects::find_profiles(&folders) {
                Ok(paths) => Action::ProfilesFound(paths),
                Err(why) => Action::Finished(Err(why)),
            }),
            Effect::ReadProfile(path) => Some(Action::ProfileRead {
                name: path.display().to_string(),
                text: crate::content::read_text(&path).map_err(|found| {
                    (found.0.first()).map_or_else(String::new, ToString::to_string)
                }),
            }),
            effect => Some(Action::Finished(effects::perform(
                effect,
                terminal.backend_mut(),
            ))),
        })
    }

    fn note(&mut self, text: &str) -> io::Result<()> {
        terminal::note(text)
    }
}

/// A load from the watcher as the app takes it: the pack, or its errors as lines.
fn reload(loaded: Result<Pack, crate::diagnostic::Diagnostics>) -> Reload {
    Reload(
        loaded
            .map(Arc::new)
            .map_err(|found| found.0.iter().map(ToString::to_string).collect()),
    )
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
                let _held = files::remove_temporaries();
                restore();
                let code = if received == 0 { 129 } else { 128 + received };
                std::process::exit(i32::try_from(code).unwrap_or(129));
            }
        }
    });
}
