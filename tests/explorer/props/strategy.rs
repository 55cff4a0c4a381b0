//! What a case is made of: pack shapes, and the terminal events played.

use proptest::prelude::{Just, Strategy, any, prop_oneof};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton,
    MouseEventKind,
};
use stackcompare::tui::action::Action;
use stackcompare::tui::app::App;
use stackcompare::tui::keymap::DEFAULTS;
use stackcompare::tui::layout;

use crate::common::packs::{BIG, PackSpec};

// ---------------------------------------------------------------------------
// Packs
// ---------------------------------------------------------------------------

pub(super) fn pack_spec() -> impl Strategy<Value = PackSpec> {
    prop_oneof![
        2 => Just(BIG),
        3 => PackSpec::up_to(300, 40, 30),
    ]
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

/// A place for a mouse event: absolute, a fraction (per mille) of the
/// screen so that most events land on something, or aimed at what is drawn.
#[derive(Debug, Clone, Copy)]
pub(super) enum Pos {
    Abs(u16, u16),
    Rel(u16, u16),
    /// Row `n` (modulo the rows shown) of the factor list.
    FactorRow(u16),
    /// On the track of the `n`-th slider shown (modulo), `x` per mille along it.
    Track(u16, u16),
}

/// `permille` of `size`, always below `size` when `size` > 0.
pub(super) fn scale(permille: u16, size: u16) -> u16 {
    u16::try_from(u32::from(permille.min(999)) * u32::from(size) / 1000).unwrap_or(0)
}

impl Pos {
    pub(super) fn resolve(self, app: &App) -> (u16, u16) {
        let areas = app.layout();
        match self {
            Self::Abs(column, row) => (column, row),
            Self::Rel(x, y) => (scale(x, app.size().0), scale(y, app.size().1)),
            Self::FactorRow(n) => {
                let inner = layout::inner(areas.factors);
                let row = n % inner.height.max(1);
                (inner.x + inner.width / 2, inner.y + row)
            }
            Self::Track(n, x) => {
                let rows = app.slider_rows();
                let index = rows.offset + usize::from(n) % rows.visible.max(1);
                match app.track_area(index) {
                    Some(track) => (track.x + scale(x, track.width), track.y),
                    None => (0, 0),
                }
            }
        }
    }
}

#[derive(Debug, Clone)]
pub(super) enum Op {
    Key(KeyEvent),
    Mouse(MouseEventKind, Pos, KeyModifiers),
    Resize(u16, u16),
    Finished(Result<String, String>),
    /// A quiet moment: one slice of the nearby count.
    Idle,
    /// The watched file read again: a pack of this shape (sharing ids with
    /// the first), or a broken save.
    Reload(Option<PackSpec>),
    /// Focus (ignored) and paste (text for the search box, ignored elsewhere).
    Other(Event),
}

/// Every key of the table, with the modifiers it is bound with.
pub(super) fn bound_keys() -> Vec<(KeyCode, KeyModifiers)> {
    DEFAULTS
        .iter()
        .flat_map(|binding| binding.keys.iter().map(|key| (key.code, key.modifiers)))
        .collect()
}

/// Whether a key quits in some scope.
pub(super) fn quits(code: KeyCode, modifiers: KeyModifiers) -> bool {
    DEFAULTS.iter().any(|b| {
        b.action == Action::Quit
            && b.keys
                .iter()
                .any(|k| k.code == code && k.modifiers == modifiers - KeyModifiers::SHIFT)
    })
}

/// The keys of the table but those that quit (a run ends at the first quit,
/// so they come rarely, on their own).
pub(super) fn bound_keys_but_quit() -> Vec<(KeyCode, KeyModifiers)> {
    bound_keys()
        .into_iter()
        .filter(|(code, modifiers)| !quits(*code, *modifiers))
        .collect()
}

pub(super) const CHARS: &[char] = &[
    'a', 'e', 'i', 'o', 'r', 't', 'l', 'm', 'n', 'p', 'y', 's', 'z', 'A', 'G', 'Q', 'Z', '0', '1',
    '9', '/', '?', ' ', '-', 'é', 'ß', 'İ', '日', '本', '🦀', '\u{301}', '\u{200b}',
];

pub(super) const SPECIAL: &[KeyCode] = &[
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Backspace,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Delete,
    KeyCode::Insert,
    KeyCode::F(1),
    KeyCode::F(12),
    KeyCode::Null,
];

pub(super) fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        6 => Just(KeyModifiers::NONE),
        2 => Just(KeyModifiers::SHIFT),
        2 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::ALT),
        1 => Just(KeyModifiers::CONTROL | KeyModifiers::SHIFT),
    ]
}

pub(super) fn key_event() -> impl Strategy<Value = KeyEvent> {
    let bound = proptest::sample::select(bound_keys_but_quit());
    let other = prop_oneof![
        1 => any::<char>().prop_map(KeyCode::Char),
        3 => proptest::sample::select(SPECIAL),
    ];
    let code_and_modifiers = prop_oneof![
        // Exactly as bound (Ctrl-N, plain letters).
        50 => bound.clone(),
        30 => (bound.prop_map(|(code, _)| code), modifiers()),
        40 => (proptest::sample::select(CHARS).prop_map(KeyCode::Char), modifiers()),
        40 => (other, modifiers()),
        // `q` and Ctrl-C: quit, or type a `q` in the search box.
        1 => prop_oneof![
            Just((KeyCode::Char('q'), KeyModifiers::NONE)),
            Just((KeyCode::Char('c'), KeyModifiers::CONTROL)),
        ],
    ];
    let kind = prop_oneof![
        8 => Just(KeyEventKind::Press),
        1 => Just(KeyEventKind::Repeat),
        1 => Just(KeyEventKind::Release),
    ];
    (code_and_modifiers, kind).prop_map(|((code, modifiers), kind)| {
        KeyEvent::new_with_kind_and_state(code, modifiers, kind, KeyEventState::NONE)
    })
}

pub(super) fn mouse_kind() -> impl Strategy<Value = MouseEventKind> {
    let button = prop_oneof![
        4 => Just(MouseButton::Left),
        1 => Just(MouseButton::Right),
        1 => Just(MouseButton::Middle),
    ];
    prop_oneof![
        4 => button.clone().prop_map(MouseEventKind::Down),
        1 => button.clone().prop_map(MouseEventKind::Up),
        3 => button.prop_map(MouseEventKind::Drag),
        1 => Just(MouseEventKind::Moved),
        3 => Just(MouseEventKind::ScrollDown),
        3 => Just(MouseEventKind::ScrollUp),
        1 => Just(MouseEventKind::ScrollLeft),
        1 => Just(MouseEventKind::ScrollRight),
    ]
}

pub(super) fn pos() -> impl Strategy<Value = Pos> {
    prop_oneof![
        6 => (0u16..1000, 0u16..1000).prop_map(|(x, y)| Pos::Rel(x, y)),
        3 => (0u16..=1000, 0u16..=1000).prop_map(|(x, y)| Pos::Abs(x, y)),
        2 => any::<u16>().prop_map(Pos::FactorRow),
        3 => (any::<u16>(), 0u16..1000).prop_map(|(n, x)| Pos::Track(n, x)),
        1 => prop_oneof![
            Just(Pos::Abs(u16::MAX, u16::MAX)),
            Just(Pos::Abs(0, u16::MAX)),
            Just(Pos::Abs(u16::MAX, 0)),
        ],
    ]
}

/// The sizes users try and the layout's thresholds (500×200 apart: it
/// costs a hundred thousand cells a frame).
pub(super) const SIZES: &[(u16, u16)] = &[
    (0, 0),
    (1, 1),
    (1, 200),
    (200, 1),
    (40, 12),
    (39, 11),
    (40, 11),
    (39, 12),
    (80, 24),
    (120, 40),
    (200, 60),
    (110, 30),
    (109, 30),
    (110, 29),
];

pub(super) fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        120 => proptest::sample::select(SIZES),
        1 => Just((500, 200)),
        40 => (0u16..=220, 0u16..=70),
    ]
}

pub(super) fn message() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Saved the summary to stackcompare-x.md".to_owned()),
        Just("\u{1b}[2J\u{1b}[H\u{1b}]52;c;aGk=\u{7}".to_owned()),
        Just("\u{9b}31mred\u{1b}[0m\r\nnext line\ttab".to_owned()),
        Just("x".repeat(600)),
        Just(String::new()),
        "[a-z日é\u{1b}\u{9b}\u{7}\n\r\t \u{202e}]{0,120}",
        any::<String>(),
    ]
}

pub(super) fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        12 => key_event().prop_map(Op::Key),
        6 => (mouse_kind(), pos(), modifiers()).prop_map(|(kind, pos, m)| Op::Mouse(kind, pos, m)),
        1 => size().prop_map(|(w, h)| Op::Resize(w, h)),
        1 => (any::<bool>(), message())
            .prop_map(|(ok, text)| Op::Finished(if ok { Ok(text) } else { Err(text) })),
        2 => Just(Op::Idle),
        1 => proptest::option::of(PackSpec::up_to(40, 12, 12)).prop_map(Op::Reload),
        1 => prop_oneof![
            Just(Event::FocusGained),
            Just(Event::FocusLost),
            "[a-z\n]{0,20}".prop_map(Event::Paste),
        ]
        .prop_map(Op::Other),
    ]
}

/// At most this many events a case.
pub(super) const MAX_EVENTS: usize = 200;

/// Events, some repeated in bursts (a key held down, the wheel spun) so that
/// long lists get scrolled far.
pub(super) fn ops() -> impl Strategy<Value = Vec<Op>> {
    let times = prop_oneof![16 => Just(1usize), 1 => 2usize..=30];
    proptest::collection::vec((op(), times), 0..=120).prop_map(|ops| {
        ops.into_iter()
            .flat_map(|(op, times)| std::iter::repeat_n(op, times))
            .take(MAX_EVENTS)
            .collect()
    })
}
