//! The explorer's one event loop, over any ratatui backend and any source
//! of events: the terminal's (crossterm, in `tui::run`), or a test's.
//!
//! A round: draw if anything may have changed; wait for something to
//! happen; then every pending event through the keymap to `App::update`,
//! and the effects it asks for done by the host.

use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;
use ratatui::layout::Rect;

use super::action::{Action, Effect, Reload};
use super::app::App;
use super::layout::Fit;
use super::ui;

/// At most this many pending events are read before the next frame, so a
/// long burst (a held key) still shows its progress.
const BURST: usize = 4096;

/// Why the explorer ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Quit,
    /// A signal ended it; the conventional exit code is 128 + the number.
    Signal(i32),
}

/// Why `Host::wait` came back.
#[derive(Debug)]
pub enum Woken {
    /// Events are pending.
    Input,
    /// No input, and the app has background work to do.
    Idle,
    /// The watched pack file was saved and read again.
    Reloaded(Reload),
    Ended(Ending),
}

/// Where the loop's events come from, and what it cannot do itself.
pub trait Host<B: Backend> {
    /// Whether mouse events are taken.
    fn mouse(&self) -> bool;
    /// Wait until something happens; an app with background work gets the
    /// quiet moments instead of waiting.
    fn wait(&mut self, terminal: &mut Terminal<B>, app: &App) -> io::Result<Woken>;
    /// The next pending event, without waiting; `None` when there is none
    /// (the loop draws next).
    fn pending(&mut self, terminal: &mut Terminal<B>, app: &App) -> io::Result<Option<Event>>;
    /// Do an effect `App::update` asked for; its outcome goes back to the
    /// app as an action (`None`: nothing to tell it).
    fn perform(
        &mut self,
        effect: Effect,
        terminal: &mut Terminal<B>,
        app: &mut App,
    ) -> io::Result<Option<Action>>;
    /// Show `text` instead of the screen, which is too large to draw.
    fn note(&mut self, text: &str) -> io::Result<()>;
}

/// Run `app` on `terminal` until it quits or the host says it has ended.
pub fn run_loop<B, H>(terminal: &mut Terminal<B>, app: &mut App, host: &mut H) -> io::Result<Ending>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    H: Host<B>,
{
    let mut stale = true;
    loop {
        if stale {
            show(terminal, app, host)?;
        }
        stale = true;
        match host.wait(terminal, app)? {
            Woken::Ended(ending) => return Ok(ending),
            Woken::Idle => {
                app.update(Action::Idle);
                // The screen says "checking" until the count is done.
                stale = !app.busy();
                continue;
            }
            Woken::Reloaded(reload) => {
                app.update(Action::Reloaded(reload));
                continue;
            }
            Woken::Input => {}
        }
        // Every pending event before the next frame: input never waits
        // behind drawing.
        for _ in 0..BURST {
            let Some(event) = host.pending(terminal, app)? else {
                break;
            };
            handle(&event, app, terminal, host)?;
            if app.quitting() {
                return Ok(Ending::Quit);
            }
        }
    }
}

/// One event: through the keymap to the app, and any effect done.
fn handle<B: Backend, H: Host<B>>(
    event: &Event,
    app: &mut App,
    terminal: &mut Terminal<B>,
    host: &mut H,
) -> io::Result<()> {
    let Some(mut action) = app.keys().event_action(event, &app.scopes(), host.mouse()) else {
        return Ok(());
    };
    // An effect's outcome may ask for another (a profile listed, then read
    // on a later key; never more than a few in a row).
    while let Some(effect) = app.update(action) {
        match host.perform(effect, terminal, app)? {
            Some(outcome) => action = outcome,
            None => break,
        }
    }
    Ok(())
}

/// Draw the app, or the size note when the screen is too large for a buffer.
pub fn show<B, H>(terminal: &mut Terminal<B>, app: &App, host: &mut H) -> io::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    H: Host<B>,
{
    let (width, height) = app.size();
    if app.fit() == Fit::TooLarge {
        return host.note(&ui::size_note_text(Fit::TooLarge, width, height));
    }
    let area = Rect::new(0, 0, width, height);
    let frame_area = terminal.get_frame().area();
    if frame_area != area {
        terminal.resize(area).map_err(io::Error::other)?;
    }
    terminal
        .draw(|frame| ui::draw(frame, app))
        .map_err(io::Error::other)?;
    Ok(())
}

/// Draw everything again, whatever the terminal shows now (after a
/// suspend). Resizing the viewport clears it without asking the terminal
/// where its cursor is, which a terminal may never answer.
pub fn redraw<B, H>(terminal: &mut Terminal<B>, app: &App, host: &mut H) -> io::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    H: Host<B>,
{
    if app.fit() != Fit::TooLarge {
        let (width, height) = app.size();
        terminal
            .resize(Rect::new(0, 0, width, height))
            .map_err(io::Error::other)?;
    }
    show(terminal, app, host)
}
