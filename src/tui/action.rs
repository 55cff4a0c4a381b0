//! Everything that can happen to the explorer, as values: keys and mouse
//! become `Action`s (through `keymap`), and `App::update` applies them.

use std::path::PathBuf;
use std::sync::Arc;

use crate::content::Pack;

/// A move in a list or a scrollable text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

/// One thing the user (or the terminal, or a finished effect) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Ctrl-Z: hand the terminal back to the shell until `fg`.
    Suspend,
    FocusNext,
    FocusPrev,
    OpenSearch,
    ToggleArticle,
    ToggleHelp,
    /// Esc: close what is open, back to where it was opened from.
    Close,
    Export,
    /// `A`: write the decision record, as `e` writes the summary.
    ExportRecord,
    Copy,
    SaveProfile,
    /// Undo the last change of the sliders.
    Undo,
    /// Make the last undone change again.
    Redo,
    /// Back to where the session started: the loaded profile, or the defaults.
    Reset,
    Move(Motion),
    /// Focused slider one step down / up, to 0 / to max, to a digit's value.
    Decrease,
    Increase,
    SliderMin,
    SliderMax,
    /// Focused slider a tenth of its range down / up (PgDn / PgUp).
    DecreaseTenth,
    IncreaseTenth,
    Digit(u32),
    /// `=`: type a value for the focused slider, of any number of digits.
    TypeValue,
    /// Space or Enter on a toggle.
    Flip,
    /// Enter in the factor text: show the whole sentences bases are cut from.
    ToggleSentences,
    /// Enter on a factor row: focus its text.
    OpenDetail,
    /// `[` / `]` in the factor text: pick the previous / next of its numbers
    /// (its base weight, each option's rating).
    PickNumber(bool),
    /// `←` / `→` in the factor text: the picked number one down / up, as
    /// the reader's own.
    LowerNumber,
    RaiseNumber,
    /// The picked number back to the pack's.
    PacksNumber,
    /// `b`: pin the project as a baseline to compare with, or unpin it.
    ToggleBaseline,
    /// `p`: pick a profile from beside the pack and load it.
    PickProfile,
    /// The profile files found beside the pack, by name.
    ProfilesFound(Vec<PathBuf>),
    /// A profile file read for loading: its name and text, or why it could not be read.
    ProfileRead {
        name: String,
        text: Result<String, String>,
    },
    /// Enter: jump to a search result, open the picked pack or profile,
    /// take what a prompt holds.
    Submit,
    /// `n` / `N` in the article view: the search's next / previous hit there.
    NextHit,
    PreviousHit,
    /// A letter typed into the search box or a prompt.
    Input(char),
    /// Text pasted (bracketed paste): one event, for the search box or a prompt only.
    Paste(String),
    Backspace,
    /// Ctrl-U and Ctrl-W in the search box or a prompt.
    ClearQuery,
    DeleteWord,
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
    /// Mouse button pressed / dragged at a column and row.
    Click(u16, u16),
    Drag(u16, u16),
    /// Mouse wheel at a column and row; `down` scrolls towards the end.
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    /// `w`: start or stop reloading the pack file when it is saved.
    ToggleWatch,
    /// The watched pack file was read again: the new pack, or every error.
    Reloaded(Reload),
    /// Watching could not start; why.
    WatchFailed(String),
    /// No input for a moment: time for background work (the nearby count).
    Idle,
    /// An effect (a file written, a copy, a resume) finished: the message
    /// for the status line.
    Finished(Result<String, String>),
}

/// A pack read again from its file: the pack, or its errors as lines
/// (`FILE:LINE:COLUMN: message`).
#[derive(Debug, Clone)]
pub struct Reload(pub Result<Arc<Pack>, Vec<String>>);

/// Two reloads are the same when they carry the same pack (not merely an
/// equal one) or the same errors.
impl PartialEq for Reload {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Ok(a), Ok(b)) => Arc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Reload {}

/// Work that touches the world outside the app state, done by the runner
/// after `App::update` asks for it; its outcome comes back as `Action::Finished`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write `contents` to the first free `STEM.EXTENSION`, `STEM-2.EXTENSION`, …
    /// in the current folder, never replacing a file.
    WriteFile {
        stem: String,
        extension: &'static str,
        contents: String,
        what: String,
    },
    /// Put `text` on the clipboard with OSC 52.
    Copy(String),
    /// Restore the terminal, stop the process, set the screen up again on `fg`.
    Suspend,
    /// Start (true) or stop watching the pack file.
    Watch(bool),
    /// List the profile files (`*.profile.yaml`) in these folders; they come
    /// back as `Action::ProfilesFound`.
    FindProfiles(Vec<PathBuf>),
    /// Read a profile file; it comes back as `Action::ProfileRead`.
    ReadProfile(PathBuf),
}
