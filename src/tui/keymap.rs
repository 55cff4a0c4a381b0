//! The one table of keys: it turns key presses into actions, and the same
//! rows feed the footer and the `?` overlay, so help never drifts from
//! behaviour. One row per action; its label is made from its keys.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use std::borrow::Cow;

use super::action::{Action, Motion};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The main screen, the help and the article view.
    Global,
    /// Every list and every scrollable text.
    Motion,
    /// The help and the article view: pagers, which `q` closes.
    Pager,
    Sliders,
    /// The factor list.
    Factors,
    /// The selected factor's text.
    Detail,
    Article,
    /// The article view showing a search's hit.
    Hits,
    Search,
    Picker,
    /// A one-line question: a slider's value, a profile's name.
    Prompt,
    /// Quit with unsaved sliders?
    Confirm,
    /// The profiles beside the pack (`p`).
    Profiles,
}

impl Scope {
    pub fn title(self) -> &'static str {
        match self {
            Self::Global => "Anywhere",
            Self::Motion => "Lists and text (every pane, this help and the article)",
            Self::Pager => "This help and the article view",
            Self::Sliders => "Sliders",
            Self::Factors => "Factor list",
            Self::Detail => "Factor text",
            Self::Article => "Article view",
            Self::Hits => "Article view, after a search's Enter",
            Self::Search => "Search box",
            Self::Picker => "Pack picker",
            Self::Prompt => "Typing a value or a name",
            Self::Confirm => "Quit without saving?",
            Self::Profiles => "Profiles beside the pack",
        }
    }

    /// The scope's table in the config file's `[keys]`: none for the keys
    /// of anywhere and of every list, which sit in `[keys]` itself.
    pub fn table(self) -> Option<&'static str> {
        match self {
            Self::Global | Self::Motion => None,
            Self::Pager => Some("pager"),
            Self::Sliders => Some("sliders"),
            Self::Factors => Some("factors"),
            Self::Detail => Some("detail"),
            Self::Article => Some("article"),
            Self::Hits => Some("hits"),
            Self::Search => Some("search"),
            Self::Picker => Some("picker"),
            Self::Prompt => Some("prompt"),
            Self::Confirm => Some("confirm"),
            Self::Profiles => Some("profiles"),
        }
    }
}

/// Every scope, in the order the help lists them.
pub const ALL_SCOPES: [Scope; 13] = [
    Scope::Global,
    Scope::Motion,
    Scope::Pager,
    Scope::Sliders,
    Scope::Factors,
    Scope::Detail,
    Scope::Article,
    Scope::Hits,
    Scope::Search,
    Scope::Prompt,
    Scope::Picker,
    Scope::Profiles,
    Scope::Confirm,
];

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// How the key is written in the footer and the help.
    pub fn name(self) -> String {
        let base = match self.code {
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Delete".into(),
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => {
                c.to_ascii_uppercase().to_string()
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(number) => format!("F{number}"),
            other => format!("{other:?}"),
        };
        let mut name = base;
        if self.modifiers.contains(KeyModifiers::ALT) {
            name = format!("Alt-{name}");
        }
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            name = format!("Ctrl-{name}");
        }
        name
    }
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub scope: Scope,
    /// The action's name in the config file's `[keys]` (within the scope's
    /// table) and in the `?` help.
    pub name: &'static str,
    pub keys: Cow<'static, [Key]>,
    pub action: Action,
    pub help: &'static str,
    /// The footer's word for it; rows without one show only in `?`.
    pub footer: Option<&'static str>,
}

impl Binding {
    /// The keys as written: "↑/k", "0–9"; "unbound" when the config took
    /// them all away.
    pub fn label(&self) -> String {
        if matches!(self.action, Action::Digit(_)) {
            return "0–9".into();
        }
        if self.keys.is_empty() {
            return "unbound".into();
        }
        self.keys
            .iter()
            .map(|key| key.name())
            .collect::<Vec<_>>()
            .join("/")
    }
}

const fn bind(
    scope: Scope,
    name: &'static str,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    footer: Option<&'static str>,
) -> Binding {
    Binding {
        scope,
        name,
        keys: Cow::Borrowed(keys),
        action,
        help,
        footer,
    }
}

use KeyCode::{
    BackTab, Backspace, Delete, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};
use Motion as M;
use Scope::{
    Article, Confirm, Detail, Factors, Global, Hits, Pager, Picker, Profiles, Prompt, Search,
    Sliders,
};

const DIGITS: &[Key] = &[
    ch('0'),
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
    ch('8'),
    ch('9'),
];

// One row per action, so the table reads as a table. Earlier rows win.
#[rustfmt::skip]
pub static DEFAULTS: &[Binding] = &[
    bind(Confirm, "quit", &[ch('q'), ch('y'), ctrl('c')], Action::Quit, "quit, leaving the unsaved sliders", Some("quit")),
    bind(Prompt, "done", &[key(Enter)], Action::Submit, "take what is typed", Some("done")),
    bind(Prompt, "cancel", &[key(Esc)], Action::Close, "cancel", Some("cancel")),
    bind(Prompt, "delete-letter", &[key(Backspace)], Action::Backspace, "delete a letter", None),
    bind(Prompt, "delete-word", &[ctrl('w')], Action::DeleteWord, "delete a word", None),
    bind(Prompt, "clear", &[ctrl('u')], Action::ClearQuery, "clear", None),
    bind(Prompt, "quit", &[ctrl('c')], Action::Quit, "quit", None),
    bind(Sliders, "less", &[key(Left), ch('h')], Action::Decrease, "slider down one step", Some("less")),
    bind(Sliders, "more", &[key(Right), ch('l')], Action::Increase, "slider up one step", Some("more")),
    bind(Sliders, "less-tenth", &[key(PageDown)], Action::DecreaseTenth, "slider down a tenth of its range", None),
    bind(Sliders, "more-tenth", &[key(PageUp)], Action::IncreaseTenth, "slider up a tenth of its range", None),
    bind(Sliders, "to-start", &[key(Home)], Action::SliderMin, "slider to its start, 0 (g: first slider)", None),
    bind(Sliders, "to-end", &[key(End)], Action::SliderMax, "slider to its end, its max (G: last slider)", None),
    bind(Sliders, "set", DIGITS, Action::Digit(0), "slider to that value (a toggle: 0 off, 1 on)", Some("set")),
    bind(Sliders, "type", &[ch('=')], Action::TypeValue, "type a value of any length; Enter sets it", Some("type")),
    bind(Sliders, "flip", &[ch(' '), key(Enter)], Action::Flip, "flip a toggle", None),
    bind(Factors, "read", &[key(Enter)], Action::OpenDetail, "read the factor's text", Some("read")),
    bind(Detail, "less", &[key(Left), ch('h')], Action::LowerNumber, "the picked number one down: your own, in place of the pack's", Some("less")),
    bind(Detail, "more", &[key(Right), ch('l')], Action::RaiseNumber, "the picked number one up: your own, in place of the pack's", Some("more")),
    bind(Detail, "pick-next", &[ch(']')], Action::PickNumber(true), "pick the next number: the base weight, then each option's rating", Some("pick")),
    bind(Detail, "pick-previous", &[ch('[')], Action::PickNumber(false), "pick the previous number", None),
    bind(Detail, "packs-number", &[key(Backspace), key(Delete)], Action::PacksNumber, "the picked number back to the pack's", None),
    bind(Detail, "sentences", &[key(Enter)], Action::ToggleSentences, "the whole sentences the quoted words are cut from, on / off", Some("sentences")),
    bind(Article, "page-down", &[ch(' ')], Action::Move(M::PageDown), "a page down", None),
    bind(Hits, "next-hit", &[ch('n')], Action::NextHit, "the search's next hit in the article", Some("next hit")),
    bind(Hits, "previous-hit", &[ch('N')], Action::PreviousHit, "the search's previous hit", Some("previous")),
    bind(Pager, "close", &[ch('q')], Action::Close, "close this view", Some("close")),
    bind(Scope::Motion, "up", &[key(Up), ch('k')], Action::Move(M::Up), "up: previous row, or scroll", None),
    bind(Scope::Motion, "down", &[key(Down), ch('j')], Action::Move(M::Down), "down: next row, or scroll", Some("move")),
    bind(Scope::Motion, "page-up", &[key(PageUp)], Action::Move(M::PageUp), "a page up", None),
    bind(Scope::Motion, "page-down", &[key(PageDown)], Action::Move(M::PageDown), "a page down", None),
    bind(Scope::Motion, "first", &[key(Home), ch('g')], Action::Move(M::Top), "to the start: first row, top of the text", None),
    bind(Scope::Motion, "last", &[key(End), ch('G')], Action::Move(M::Bottom), "to the end: last row, end of the text", None),
    bind(Search, "up", &[key(Up), ctrl('p')], Action::Move(M::Up), "previous result", None),
    bind(Search, "down", &[key(Down), ctrl('n')], Action::Move(M::Down), "next result", Some("move")),
    bind(Search, "page-up", &[key(PageUp)], Action::Move(M::PageUp), "a page of results up", None),
    bind(Search, "page-down", &[key(PageDown)], Action::Move(M::PageDown), "a page of results down", None),
    bind(Search, "jump", &[key(Enter)], Action::Submit, "jump to the result", Some("jump")),
    bind(Search, "delete-letter", &[key(Backspace)], Action::Backspace, "delete a letter", None),
    bind(Search, "delete-word", &[ctrl('w')], Action::DeleteWord, "delete a word", None),
    bind(Search, "clear", &[ctrl('u')], Action::ClearQuery, "clear the query", None),
    bind(Search, "close", &[key(Esc)], Action::Close, "close the search", Some("close")),
    bind(Search, "quit", &[ctrl('c')], Action::Quit, "quit", None),
    bind(Picker, "open", &[key(Enter)], Action::Submit, "open the pack", Some("open")),
    bind(Picker, "back", &[key(Esc)], Action::Close, "back to the open pack", None),
    bind(Picker, "quit", &[ch('q'), ctrl('c')], Action::Quit, "quit", Some("quit")),
    bind(Profiles, "load", &[key(Enter)], Action::Submit, "load the profile", Some("load")),
    bind(Profiles, "close", &[key(Esc), ch('q')], Action::Close, "close the list", Some("close")),
    bind(Global, "next-pane", &[key(Tab)], Action::FocusNext, "next pane", Some("pane")),
    bind(Global, "previous-pane", &[key(BackTab)], Action::FocusPrev, "previous pane", None),
    bind(Global, "open-search", &[ch('/')], Action::OpenSearch, "search factors, sliders and the article", Some("search")),
    bind(Global, "article-view", &[ch('a')], Action::ToggleArticle, "the article view on / off", Some("article")),
    bind(Global, "undo", &[ch('u')], Action::Undo, "undo the last change: a slider, a number, a reset, a load", Some("undo")),
    bind(Global, "redo", &[ctrl('r'), ch('U')], Action::Redo, "redo what u undid", None),
    bind(Global, "reset", &[ch('r')], Action::Reset, "back to the loaded profile, or the pack's defaults", None),
    bind(Global, "export", &[ch('e')], Action::Export, "export the markdown summary to a file", Some("export")),
    bind(Global, "export-record", &[ch('A')], Action::ExportRecord, "export a decision record (MADR-style) to a file", None),
    bind(Global, "copy", &[ch('y')], Action::Copy, "copy the summary to the clipboard (OSC 52)", None),
    bind(Global, "save", &[ch('s')], Action::SaveProfile, "save the sliders as a profile, under a name", None),
    bind(Global, "baseline", &[ch('b')], Action::ToggleBaseline, "pin the project to compare with; b again unpins", None),
    bind(Global, "open-profiles", &[ch('p')], Action::PickProfile, "load a profile from beside the pack", None),
    bind(Global, "watch", &[ch('w')], Action::ToggleWatch, "watch the pack file: reload it on every save", None),
    bind(Global, "help", &[ch('?')], Action::ToggleHelp, "this help", Some("help")),
    bind(Global, "close", &[key(Esc)], Action::Close, "close what is open, back to where it was opened from", None),
    bind(Global, "suspend", &[ctrl('z')], Action::Suspend, "suspend to the shell; fg brings it back", None),
    bind(Global, "quit", &[ch('q'), ctrl('c')], Action::Quit, "quit (asks first when the sliders are unsaved)", Some("quit")),
];

fn matches(key: &Key, event: &KeyEvent) -> bool {
    if key.code != event.code {
        return false;
    }
    // Shift is part of the character for letters ('G', '?'), and of BackTab.
    let relevant = event.modifiers - KeyModifiers::SHIFT;
    relevant == key.modifiers
}

/// The table in force: the defaults, with the config file's `[keys]` laid
/// over them (see `tui::config`).
#[derive(Debug, Clone)]
pub struct Keymap {
    rows: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Self {
            rows: DEFAULTS.to_vec(),
        }
    }
}

impl Keymap {
    /// Every row, in table order (earlier rows win).
    pub fn rows(&self) -> &[Binding] {
        &self.rows
    }

    /// The rows, to lay a config over.
    pub(crate) fn rows_mut(&mut self) -> &mut [Binding] {
        &mut self.rows
    }

    /// The rows of one scope, in table order.
    pub fn bindings(&self, scope: Scope) -> impl Iterator<Item = &Binding> {
        self.rows.iter().filter(move |b| b.scope == scope)
    }

    /// The action for a key press in these scopes. In the search box,
    /// unbound printable keys type letters.
    pub fn action_for(&self, event: &KeyEvent, scopes: &[Scope]) -> Option<Action> {
        for scope in scopes {
            for binding in self.bindings(*scope) {
                if binding.keys.iter().any(|k| matches(k, event)) {
                    return Some(match (&binding.action, event.code) {
                        (Action::Digit(_), KeyCode::Char(c)) => Action::Digit(c.to_digit(10)?),
                        (action, _) => action.clone(),
                    });
                }
            }
        }
        // The question "quit without saving?" takes any other key as no.
        if scopes == [Confirm] {
            return Some(Action::Close);
        }
        let plain = !event
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match (typing(scopes), event.code, plain) {
            // Control and hidden characters never enter the query.
            (true, KeyCode::Char(c), true) if !crate::textkit::chars::is_unprintable(c) => {
                Some(Action::Input(c))
            }
            _ => None,
        }
    }

    /// The action for any terminal event: keys through the table, a paste as
    /// one event (text for the search box, nothing elsewhere), mouse and resize
    /// directly. Key releases (sent by some terminals) are ignored.
    pub fn event_action(&self, event: &Event, scopes: &[Scope], mouse: bool) -> Option<Action> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.action_for(key, scopes),
            Event::Paste(text) if typing(scopes) => Some(Action::Paste(text.clone())),
            Event::Resize(width, height) => Some(Action::Resize(*width, *height)),
            Event::Mouse(m) if mouse => {
                let wheel = |down| Action::Wheel {
                    column: m.column,
                    row: m.row,
                    down,
                };
                match m.kind {
                    MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
                    MouseEventKind::Drag(MouseButton::Left) => Some(Action::Drag(m.column, m.row)),
                    MouseEventKind::ScrollDown => Some(wheel(true)),
                    MouseEventKind::ScrollUp => Some(wheel(false)),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

/// Whether keys type text in these scopes: the search box and prompts.
fn typing(scopes: &[Scope]) -> bool {
    matches!(scopes, [Search] | [Prompt])
}

/// The action for a key press with the default keys (see [`Keymap::action_for`]).
pub fn action_for(event: &KeyEvent, scopes: &[Scope]) -> Option<Action> {
    Keymap::default().action_for(event, scopes)
}

/// The action for any event with the default keys (see [`Keymap::event_action`]).
pub fn event_action(event: &Event, scopes: &[Scope], mouse: bool) -> Option<Action> {
    Keymap::default().event_action(event, scopes, mouse)
}

/// The default rows of one scope, in table order.
pub fn bindings(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    DEFAULTS.iter().filter(move |b| b.scope == scope)
}

#[cfg(test)]
mod tests;
