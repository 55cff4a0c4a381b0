//! The explorer's first moments on a pack that takes a while to read: the
//! load runs on a thread of its own, and until it is done a one-line note
//! says so, the quit keys quit and every signal ends the explorer as it
//! would later. A load that is done at once shows no note at all.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

use super::action::Action;
use super::app::Start;
use super::keymap::{Keymap, Scope};
use super::run_loop::Ending;
use super::terminal;
use crate::content::Pack;

/// What a load gives the explorer to start from.
pub type Prepared = (Vec<Pack>, Start);

/// How the wait for the load ended.
pub enum Loaded<E> {
    /// Boxed: the start is large, and the other endings are small.
    Ready(Box<Prepared>),
    Failed(E),
    Ended(Ending),
}

/// A load done within this long never shows the note, so a small pack opens
/// without a flash.
const UNSEEN: Duration = Duration::from_millis(40);
/// How often the wait looks at the keys and the signals.
const TICK: Duration = Duration::from_millis(50);

/// Wait for the load on `receiver`, showing `note` while it runs.
pub fn wait<E>(
    receiver: &Receiver<Result<Prepared, E>>,
    end: &AtomicUsize,
    keys: &Keymap,
    note: &str,
) -> io::Result<Loaded<E>> {
    let mut patience = UNSEEN;
    let mut shown = false;
    loop {
        match receiver.recv_timeout(patience) {
            Ok(Ok(prepared)) => {
                // The first frame draws only what differs from a blank
                // screen: the note must not stay behind it.
                if shown {
                    terminal::note("")?;
                }
                return Ok(Loaded::Ready(Box::new(prepared)));
            }
            Ok(Err(error)) => return Ok(Loaded::Failed(error)),
            Err(RecvTimeoutError::Timeout) => {}
            // The loading thread panicked; the panic hook has said why.
            Err(RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other("the pack's loading stopped"));
            }
        }
        patience = TICK;
        let received = end.load(Ordering::Relaxed);
        if received != 0 {
            return Ok(Loaded::Ended(Ending::Signal(
                i32::try_from(received).unwrap_or(15),
            )));
        }
        if !shown {
            terminal::note(note)?;
            shown = true;
        }
        while event::poll(Duration::ZERO)? {
            let event = event::read()?;
            if matches!(event, Event::Resize(..)) {
                shown = false;
            }
            if matches!(
                keys.event_action(&event, &[Scope::Global], false),
                Some(Action::Quit)
            ) {
                return Ok(Loaded::Ended(Ending::Quit));
            }
        }
    }
}
