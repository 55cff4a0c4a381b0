//! Everything that can happen to the explorer, as values: keys and mouse
//! become `Action`s (through `keymap`), and `App::update` applies them.

/// One thing the user (or the terminal, or a finished effect) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    OpenSearch,
    ToggleArticle,
    ToggleHelp,
    Export,
    Copy,
    SaveProfile,
    Reset,
    /// Close whatever is open (search, help, article, picker); never quits.
    Close,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Focused slider one step down / up.
    Decrease,
    Increase,
    /// Focused slider to 0 / to max.
    SliderMin,
    SliderMax,
    /// Enter: jump to a search result, open the picked pack.
    Submit,
    /// A letter typed into the search box.
    Input(char),
    Backspace,
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
    /// An effect (a file written, a copy) finished: the message for the status line.
    Finished(Result<String, String>),
}

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
        what: &'static str,
    },
    /// Put `text` on the clipboard with OSC 52.
    Copy(String),
}
