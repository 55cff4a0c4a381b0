//! The one table of keys: it turns key presses into actions, and the same
//! rows feed the footer and the `?` overlay, so help never drifts from
//! behaviour.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::action::Action;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere but the search box and the pack picker.
    Global,
    Factors,
    Sliders,
    /// The factor detail and the recommendation: scrolling text.
    Text,
    Article,
    Search,
    Help,
    Picker,
}

impl Scope {
    pub fn title(self) -> &'static str {
        match self {
            Self::Global => "Anywhere",
            Self::Factors => "Factor list",
            Self::Sliders => "Sliders",
            Self::Text => "Factor text and recommendation",
            Self::Article => "Article view",
            Self::Search => "Search",
            Self::Help => "This help",
            Self::Picker => "Pack picker",
        }
    }
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One row of the table.
#[derive(Debug)]
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    /// How the keys are written in the footer and the help.
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
    /// The footer's word for it; rows without one show only in `?`.
    pub footer: Option<&'static str>,
}

const fn bind(
    scope: Scope,
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: &'static str,
    footer: Option<&'static str>,
) -> Binding {
    Binding {
        scope,
        keys,
        label,
        action,
        help,
        footer,
    }
}

use KeyCode::{
    BackTab, Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};
use Scope::{Article, Factors, Global, Help, Picker, Search, Sliders, Text};

// One row per binding, so the table reads as a table.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    bind(Sliders, &[key(Left), ch('h')], "←/h", Action::Decrease, "slider down one step", Some("less")),
    bind(Sliders, &[key(Right), ch('l')], "→/l", Action::Increase, "slider up one step", Some("more")),
    bind(Sliders, &[key(Up), ch('k')], "↑/k", Action::Up, "previous slider", None),
    bind(Sliders, &[key(Down), ch('j')], "↓/j", Action::Down, "next slider", Some("next")),
    bind(Sliders, &[key(Home)], "Home", Action::SliderMin, "slider to 0", None),
    bind(Sliders, &[key(End)], "End", Action::SliderMax, "slider to its max", None),
    bind(Factors, &[key(Up), ch('k')], "↑/k", Action::Up, "previous factor", None),
    bind(Factors, &[key(Down), ch('j')], "↓/j", Action::Down, "next factor", Some("move")),
    bind(Factors, &[key(PageUp), key(PageDown)], "PgUp/PgDn", Action::PageDown, "a page up / down", None),
    bind(Factors, &[key(Home), ch('g')], "Home/g", Action::Top, "first factor", None),
    bind(Factors, &[key(End), ch('G')], "End/G", Action::Bottom, "last factor", None),
    bind(Text, &[key(Up), ch('k')], "↑/k", Action::Up, "scroll up", None),
    bind(Text, &[key(Down), ch('j')], "↓/j", Action::Down, "scroll down", Some("scroll")),
    bind(Text, &[key(PageUp), key(PageDown)], "PgUp/PgDn", Action::PageDown, "a page up / down", None),
    bind(Text, &[key(Home), ch('g')], "Home/g", Action::Top, "to the top", None),
    bind(Text, &[key(End), ch('G')], "End/G", Action::Bottom, "to the end", None),
    bind(Article, &[key(Up), ch('k')], "↑/k", Action::Up, "scroll up", None),
    bind(Article, &[key(Down), ch('j')], "↓/j", Action::Down, "scroll down", Some("scroll")),
    bind(Article, &[key(PageUp), key(PageDown), ch(' ')], "PgUp/PgDn/Space", Action::PageDown, "a page up / down", Some("page")),
    bind(Article, &[key(Home), ch('g')], "Home/g", Action::Top, "to the top", None),
    bind(Article, &[key(End), ch('G')], "End/G", Action::Bottom, "to the end", None),
    bind(Search, &[key(Up), ctrl('p')], "↑/C-p", Action::Up, "previous result", None),
    bind(Search, &[key(Down), ctrl('n')], "↓/C-n", Action::Down, "next result", Some("move")),
    bind(Search, &[key(Enter)], "Enter", Action::Submit, "jump to the result", Some("jump")),
    bind(Search, &[key(Backspace)], "Backspace", Action::Backspace, "delete a letter", None),
    bind(Search, &[key(Esc)], "Esc", Action::Close, "close the search", Some("close")),
    bind(Search, &[ctrl('c')], "C-c", Action::Quit, "quit", None),
    bind(Help, &[key(Up), ch('k'), key(Down), ch('j')], "↑↓/jk", Action::Down, "scroll", Some("scroll")),
    bind(Picker, &[key(Up), ch('k'), key(Down), ch('j')], "↑↓/jk", Action::Down, "choose a pack", Some("move")),
    bind(Picker, &[key(Enter)], "Enter", Action::Submit, "open it", Some("open")),
    bind(Picker, &[key(Esc)], "Esc", Action::Close, "keep the first pack", None),
    bind(Picker, &[ch('q'), ctrl('c')], "q/C-c", Action::Quit, "quit", Some("quit")),
    bind(Global, &[key(Tab)], "Tab", Action::FocusNext, "next pane", Some("pane")),
    bind(Global, &[key(BackTab)], "S-Tab", Action::FocusPrev, "previous pane", None),
    bind(Global, &[ch('/')], "/", Action::OpenSearch, "search factors, sliders, article", Some("search")),
    bind(Global, &[ch('a')], "a", Action::ToggleArticle, "article view on/off", Some("article")),
    bind(Global, &[ch('e')], "e", Action::Export, "export the markdown summary", Some("export")),
    bind(Global, &[ch('y')], "y", Action::Copy, "copy the summary (OSC 52)", None),
    bind(Global, &[ch('s')], "s", Action::SaveProfile, "save the sliders as a profile", None),
    bind(Global, &[ch('r')], "r", Action::Reset, "reset sliders to the defaults", None),
    bind(Global, &[ch('?')], "?", Action::ToggleHelp, "all keys", Some("help")),
    bind(Global, &[key(Esc)], "Esc", Action::Close, "close what is open", None),
    bind(Global, &[ch('q'), ctrl('c')], "q/C-c", Action::Quit, "quit", Some("quit")),
];

/// Whether `binding` is triggered by `event`. Shift only matters for
/// letters, where it is already in the character.
fn matches(binding_key: &Key, event: &KeyEvent) -> bool {
    let modifiers = event.modifiers - KeyModifiers::SHIFT;
    binding_key.code == event.code && binding_key.modifiers == modifiers
}

/// The scopes that apply, most specific first.
pub fn scopes(overlay: Scope, focused: Scope) -> Vec<Scope> {
    match overlay {
        Search | Picker => vec![overlay],
        Help | Article => vec![overlay, Global],
        _ => vec![focused, Global],
    }
}

/// The action for a key press in these scopes. In the search box,
/// unbound printable keys type letters.
pub fn action_for(event: &KeyEvent, scopes: &[Scope]) -> Option<Action> {
    for scope in scopes {
        for binding in BINDINGS.iter().filter(|b| b.scope == *scope) {
            if let Some(index) = binding.keys.iter().position(|k| matches(k, event)) {
                // Paired keys on one row (PgUp/PgDn, ↑/↓) split into two actions.
                return Some(paired(&binding.action, binding.keys[index].code));
            }
        }
    }
    // Pasted control or bidirectional characters never enter the query.
    let typeable = |c: char| !c.is_control() && !crate::words::is_hidden_control(c);
    let plain = !event
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        && matches!(event.code, KeyCode::Char(c) if typeable(c));
    if let (true, KeyCode::Char(c), true) = (scopes == [Search], event.code, plain) {
        return Some(Action::Input(c));
    }
    None
}

/// The action for any terminal event: keys through the table, mouse and
/// resize directly. Key releases (sent by some terminals) are ignored.
pub fn event_action(event: &Event, scopes: &[Scope], mouse: bool) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for(key, scopes),
        Event::Resize(width, height) => Some(Action::Resize(*width, *height)),
        Event::Mouse(m) if mouse => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::Drag(MouseButton::Left) => Some(Action::Drag(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                down: true,
            }),
            MouseEventKind::ScrollUp => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                down: false,
            }),
            _ => None,
        },
        _ => None,
    }
}

fn paired(action: &Action, code: KeyCode) -> Action {
    match (action, code) {
        (Action::PageDown, PageUp) => Action::PageUp,
        (Action::Down, Up | KeyCode::Char('k')) => Action::Up,
        _ => action.clone(),
    }
}

/// The rows of one scope, in table order.
pub fn bindings(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.scope == scope)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn pane_keys_come_before_global_ones() {
        let scopes = scopes(Global, Sliders);
        assert_eq!(action_for(&press(Left), &scopes), Some(Action::Decrease));
        assert_eq!(
            action_for(&press(KeyCode::Char('q')), &scopes),
            Some(Action::Quit)
        );
        assert_eq!(action_for(&press(Tab), &scopes), Some(Action::FocusNext));
    }

    #[test]
    fn search_types_letters_that_are_keys_elsewhere() {
        let scopes = scopes(Search, Sliders);
        assert_eq!(
            action_for(&press(KeyCode::Char('q')), &scopes),
            Some(Action::Input('q'))
        );
        assert_eq!(
            action_for(&press(KeyCode::Char('a')), &scopes),
            Some(Action::Input('a'))
        );
        assert_eq!(
            action_for(
                &KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
                &scopes
            ),
            Some(Action::Quit)
        );
        assert_eq!(action_for(&press(Esc), &scopes), Some(Action::Close));
    }

    #[test]
    fn paired_keys_split() {
        let scopes = scopes(Global, Text);
        assert_eq!(action_for(&press(PageUp), &scopes), Some(Action::PageUp));
        assert_eq!(
            action_for(&press(PageDown), &scopes),
            Some(Action::PageDown)
        );
        let help = scopes_for_help();
        assert_eq!(
            action_for(&press(KeyCode::Char('k')), &help),
            Some(Action::Up)
        );
        assert_eq!(
            action_for(&press(KeyCode::Char('j')), &help),
            Some(Action::Down)
        );
    }

    fn scopes_for_help() -> Vec<Scope> {
        scopes(Help, Factors)
    }

    #[test]
    fn shifted_letters_match() {
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(&event, &scopes(Global, Factors)),
            Some(Action::Bottom)
        );
        let back = KeyEvent::new(BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            action_for(&back, &scopes(Global, Factors)),
            Some(Action::FocusPrev)
        );
    }
}
