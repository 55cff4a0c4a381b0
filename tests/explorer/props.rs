//! Property tests of the full-screen explorer, driven as the real loop drives it.
//!
//! Each case builds an `App` (the embedded pack; a generated pack, either the
//! large one of 300 factors, 40 sliders of max 1..=20 and 5 options, or a
//! random shape; or a folder of two or three packs, which opens on the
//! picker), in colour or monochrome, resizes it once as the runner does, then
//! plays up to 200 terminal events through `keymap::event_action(&event,
//! &app.scopes(), true)` and `App::update`:
//! - keys (press, repeat, release): every key of `BINDINGS`, letters, digits,
//!   `/`, `?`, space, non-ASCII (`é`, `日`, `🦀`, combining, zero-width), any
//!   char, Enter, Esc, Backspace, Tab, BackTab, arrows, Home/End, PgUp/PgDn,
//!   F-keys, with no modifier, Shift, Ctrl, Alt or Ctrl-Shift; the quit keys
//!   come rarely (a run ends at the first quit, as the real loop does);
//! - mouse events of every kind: at a fraction of the screen, anywhere up to
//!   1000×1000 and at `u16::MAX`, on a row of the factor list or on a slider's
//!   track;
//! - resizes: 0×0, 1×1, 1×200, 200×1, 500×200, 40×12, 39×11, 80×24, 120×40,
//!   200×60, the layout's thresholds, random sizes;
//! - `Action::Finished` with random messages (escape sequences, C1 and
//!   bidirectional controls, 600 characters);
//! - focus and paste events, which must do nothing;
//! - and some of those repeated in bursts (a key held down, the wheel spun).
//!
//! An `Effect` is never performed (no file, no clipboard): its outcome goes
//! back as `Action::Finished(Ok("done"))`. After every event the whole screen
//! is drawn into a `TestBackend` of the app's size (not while a side is 0)
//! and these hold:
//! - nothing panics;
//! - `factor`, `slider`, `picker` and the search selection are in range;
//!   every value is within its slider's 0..=max; `recommendation` is
//!   `engine::recommend(pack, values)`; the search results are those of a
//!   fresh search for the query, which holds no control characters;
//! - no scroll (detail, recommendation, article, help) goes past its text at
//!   the current size;
//! - each action did what it says: a click focuses the pane under it and
//!   selects the row or sets the slider under it, without scrolling the list
//!   under the pointer; a drag sets the selected slider from its track; the
//!   wheel moves what is under it by one; keys step sliders and lists; Esc
//!   closes what is open and never quits; Enter jumps to the search result
//!   or opens the picked pack; a resize only clamps scrolls; the mouse does
//!   nothing while the terminal is too small; only `Quit` quits; `q` types in
//!   the search box; key releases do nothing;
//! - an export or a copy carries the current summary, a saved profile loads
//!   back to the current values; a finished effect's message is the status;
//! - the screen is the app's size, holds no control character, shows the
//!   header, and draws each slider's track where a click on it lands.
//!
//! Below the properties: deterministic cases, then one regression test per bug
//! found, each the smallest case, asserting what the product should do.
//!
//! Cases per property: `PROPTEST_CASES` if set, otherwise `DEFAULT_CASES`.

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use ratatui::layout::Rect;
use stackcompare::content::{Pack, embedded};
use stackcompare::engine::{Recommendation, recommend};
use stackcompare::profile::Profile;
use stackcompare::search::{Hit, ItemKind, NO_SECTION};
use stackcompare::tui::action::{Action, Effect, Motion};
use stackcompare::tui::app::{App, Overlay, PANES, Pane, Search, Start, Status, Target};
use stackcompare::tui::keymap::{self, BINDINGS, Scope};
use stackcompare::tui::layout::{self, Fit};
use stackcompare::tui::theme::Theme;
use stackcompare::tui::{text, ui};

use crate::common::packs::{BIG, PackSpec, generated, values_within};

/// Enough for the whole file to run in about ten seconds of a debug build on
/// two cores.
const DEFAULT_CASES: u32 = 48;

fn config() -> ProptestConfig {
    crate::common::proptest_config(DEFAULT_CASES)
}

// ---------------------------------------------------------------------------
// Packs
// ---------------------------------------------------------------------------

fn pack_spec() -> impl Strategy<Value = PackSpec> {
    prop_oneof![
        2 => Just(BIG),
        3 => (2usize..=8, 1usize..=300, 1usize..=40, 1u32..=30, any::<u64>()).prop_map(
            |(options, factors, traits, max_slider, seed)| PackSpec {
                options,
                factors,
                traits,
                max_slider,
                seed,
            }
        ),
    ]
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

/// A place for a mouse event: absolute, a fraction (per mille) of the
/// screen so that most events land on something, or aimed at what is drawn.
#[derive(Debug, Clone, Copy)]
enum Pos {
    Abs(u16, u16),
    Rel(u16, u16),
    /// Row `n` (modulo the rows shown) of the factor list.
    FactorRow(u16),
    /// On the track of the `n`-th slider shown (modulo), `x` per mille along it.
    Track(u16, u16),
}

/// `permille` of `size`, always below `size` when `size` > 0.
fn scale(permille: u16, size: u16) -> u16 {
    u16::try_from(u32::from(permille.min(999)) * u32::from(size) / 1000).unwrap_or(0)
}

impl Pos {
    fn resolve(self, app: &App) -> (u16, u16) {
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
enum Op {
    Key(KeyEvent),
    Mouse(MouseEventKind, Pos, KeyModifiers),
    Resize(u16, u16),
    Finished(Result<String, String>),
    /// Focus (ignored) and paste (text for the search box, ignored elsewhere).
    Other(Event),
}

/// Every key of the table, with the modifiers it is bound with.
fn bound_keys() -> Vec<(KeyCode, KeyModifiers)> {
    BINDINGS
        .iter()
        .flat_map(|binding| binding.keys.iter().map(|key| (key.code, key.modifiers)))
        .collect()
}

/// Whether a key quits in some scope.
fn quits(code: KeyCode, modifiers: KeyModifiers) -> bool {
    BINDINGS.iter().any(|b| {
        b.action == Action::Quit
            && b.keys
                .iter()
                .any(|k| k.code == code && k.modifiers == modifiers - KeyModifiers::SHIFT)
    })
}

/// The keys of the table but those that quit (a run ends at the first quit,
/// so they come rarely, on their own).
fn bound_keys_but_quit() -> Vec<(KeyCode, KeyModifiers)> {
    bound_keys()
        .into_iter()
        .filter(|(code, modifiers)| !quits(*code, *modifiers))
        .collect()
}

const CHARS: &[char] = &[
    'a', 'e', 'i', 'o', 'r', 't', 'l', 'm', 'n', 'p', 'y', 's', 'z', 'A', 'G', 'Q', 'Z', '0', '1',
    '9', '/', '?', ' ', '-', 'é', 'ß', 'İ', '日', '本', '🦀', '\u{301}', '\u{200b}',
];

const SPECIAL: &[KeyCode] = &[
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

fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        6 => Just(KeyModifiers::NONE),
        2 => Just(KeyModifiers::SHIFT),
        2 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::ALT),
        1 => Just(KeyModifiers::CONTROL | KeyModifiers::SHIFT),
    ]
}

fn key_event() -> impl Strategy<Value = KeyEvent> {
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

fn mouse_kind() -> impl Strategy<Value = MouseEventKind> {
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

fn pos() -> impl Strategy<Value = Pos> {
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
const SIZES: &[(u16, u16)] = &[
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

fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        120 => proptest::sample::select(SIZES),
        1 => Just((500, 200)),
        40 => (0u16..=220, 0u16..=70),
    ]
}

fn message() -> impl Strategy<Value = String> {
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

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        12 => key_event().prop_map(Op::Key),
        6 => (mouse_kind(), pos(), modifiers()).prop_map(|(kind, pos, m)| Op::Mouse(kind, pos, m)),
        1 => size().prop_map(|(w, h)| Op::Resize(w, h)),
        1 => (any::<bool>(), message())
            .prop_map(|(ok, text)| Op::Finished(if ok { Ok(text) } else { Err(text) })),
        1 => prop_oneof![
            Just(Event::FocusGained),
            Just(Event::FocusLost),
            "[a-z\n]{0,20}".prop_map(Event::Paste),
        ]
        .prop_map(Op::Other),
    ]
}

/// At most this many events a case.
const MAX_EVENTS: usize = 200;

/// Events, some repeated in bursts (a key held down, the wheel spun) so that
/// long lists get scrolled far.
fn ops() -> impl Strategy<Value = Vec<Op>> {
    let times = prop_oneof![16 => Just(1usize), 1 => 2usize..=30];
    proptest::collection::vec((op(), times), 0..=120).prop_map(|ops| {
        ops.into_iter()
            .flat_map(|(op, times)| std::iter::repeat_n(op, times))
            .take(MAX_EVENTS)
            .collect()
    })
}

// ---------------------------------------------------------------------------
// The runner and the invariants
// ---------------------------------------------------------------------------

/// The screen: a `TestBackend` of the app's size, made anew when it changes.
#[derive(Default)]
struct Screen {
    terminal: Option<Terminal<TestBackend>>,
    /// What the last frame drawn showed.
    shown: Option<Shown>,
}

/// Everything `ui::draw` reads from the app. `ui::draw` is a function of
/// `&App` alone, so the same `Shown` draws the same screen: after an action
/// that changed none of it, the frame already checked is the frame.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    state: State,
    size: (u16, u16),
    colour: bool,
    pack: String,
    status: Option<Status>,
    hits: Vec<Hit>,
    recommendation: Recommendation,
}

impl Shown {
    fn of(app: &App) -> Self {
        Self {
            state: State::of(app),
            size: app.size(),
            colour: app.theme.colour,
            pack: app.pack().id.clone(),
            status: app.status.clone(),
            hits: app.search.hits().to_vec(),
            recommendation: app.session.recommendation.clone(),
        }
    }
}

impl Screen {
    /// Draw the whole screen; `None` while a side is 0 or the screen is too
    /// large for a buffer (the runner writes a note without one then).
    fn draw(&mut self, app: &App) -> Option<&Buffer> {
        let (width, height) = app.size();
        if width == 0 || height == 0 || app.fit() == Fit::TooLarge {
            return None;
        }
        let stale = self.terminal.as_ref().is_none_or(|terminal| {
            let area = terminal.backend().buffer().area;
            (area.width, area.height) != (width, height)
        });
        if stale {
            self.terminal =
                Some(Terminal::new(TestBackend::new(width, height)).expect("test backend"));
        }
        let terminal = self.terminal.as_mut()?;
        terminal
            .draw(|frame| ui::draw(frame, app))
            .expect("draw into a test backend");
        Some(terminal.backend().buffer())
    }
}

/// A row as a terminal shows it: the cell after a wide character is covered
/// by it, whatever an earlier frame left there (ratatui skips that cell when
/// it draws, so a test backend keeps the old symbol).
fn row_text(buffer: &Buffer, y: u16) -> String {
    let mut row = String::new();
    let mut covered = 0;
    for x in 0..buffer.area.width {
        if covered > 0 {
            covered -= 1;
            continue;
        }
        let symbol = buffer[(x, y)].symbol();
        covered = stackcompare::words::width::width(symbol).saturating_sub(1);
        row.push_str(symbol);
    }
    row
}

fn screen_text(buffer: &Buffer) -> String {
    (0..buffer.area.height)
        .map(|y| row_text(buffer, y))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The invariants, with the costly ones skipped when nothing they depend on
/// (nothing shown) changed.
#[derive(Default)]
struct Checker {
    last: Option<Shown>,
}

impl Checker {
    fn check(&mut self, app: &App, step: usize) {
        check_cheap(app, step);
        let seen = Shown::of(app);
        if self.last.as_ref() != Some(&seen) {
            check_costly(app, step);
            self.last = Some(seen);
        }
    }
}

/// Indices, ranges, the search box's state and the lists' windows.
fn check_cheap(app: &App, step: usize) {
    let pack = app.pack();
    let session = &app.session;
    assert!(session.factor() < pack.factors.len(), "step {step}: factor");
    assert!(session.slider() < pack.traits.len(), "step {step}: slider");
    assert_eq!(
        session.values.len(),
        pack.traits.len(),
        "step {step}: values"
    );
    for (t, (value, tr)) in session.values.iter().zip(&pack.traits).enumerate() {
        assert!(
            *value <= tr.max,
            "step {step}: slider {t} at {value} above its max {}",
            tr.max
        );
    }
    assert!(
        app.search.query.chars().all(typeable),
        "step {step}: the query {:?} holds a control character",
        app.search.query
    );
    assert!(
        app.search.query.chars().count() <= 200,
        "step {step}: the query outgrew its limit"
    );
    if app.is_open(Overlay::Search) {
        let hits = app.search.hits().len();
        assert!(
            app.search.cursor.selected < hits.max(1),
            "step {step}: search selection"
        );
    } else {
        assert_eq!(
            app.search,
            Search::default(),
            "step {step}: a closed search keeps no state"
        );
    }
    if app.is_open(Overlay::Picker) {
        assert!(app.packs.len() > 1, "step {step}: picker for one pack");
        assert!(app.picker.selected < app.packs.len(), "step {step}: picker");
    }
    // Each list's window holds its selection and never shows rows past the end.
    let lists = [
        (Target::Factors, session.factors),
        (Target::Sliders, session.sliders),
        (Target::Search, app.search.cursor),
        (Target::Picker, app.picker),
    ];
    for (target, cursor) in lists {
        let (len, visible) = app.extent(target);
        if visible == 0 || len == 0 {
            continue;
        }
        assert!(
            cursor.offset <= cursor.selected && cursor.selected < cursor.offset + visible,
            "step {step}: {target:?} shows rows {}..{} without its selection {}",
            cursor.offset,
            cursor.offset + visible,
            cursor.selected
        );
        assert!(
            cursor.offset <= len.saturating_sub(visible),
            "step {step}: {target:?} scrolled past its end"
        );
    }
}

/// The recommendation, the search results and the scroll limits, recomputed.
fn check_costly(app: &App, step: usize) {
    let session = &app.session;
    assert!(
        session.recommendation == recommend(app.pack(), &session.values),
        "step {step}: the recommendation is stale for values {:?}",
        session.values
    );
    if app.is_open(Overlay::Search) {
        let fresh = session.index.search(&app.search.query).hits;
        assert!(
            app.search.hits() == fresh.as_slice(),
            "step {step}: hits differ from a fresh search"
        );
    }
    // Scrolling never goes past the end of the text at the current size.
    for (target, offset) in [
        (Target::Detail, session.detail.offset),
        (Target::Recommendation, session.reading.offset),
        (Target::Article, session.article.offset),
        (Target::Help, app.help.offset),
    ] {
        // A scroll at 0 is always in range; measuring the text costs.
        if offset == 0 {
            continue;
        }
        let limit = app.scroll_limit(target);
        assert!(
            offset <= limit,
            "step {step}: {target:?} scrolled to {offset}, past {limit} ({:?})",
            app.size()
        );
    }
}

/// What the drawn screen must show.
fn check_screen(app: &App, buffer: &Buffer, step: usize, tracks: bool) {
    let (width, height) = app.size();
    assert_eq!(
        buffer.area,
        Rect::new(0, 0, width, height),
        "step {step}: screen size"
    );
    for (index, cell) in buffer.content.iter().enumerate() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "step {step}: a control character reaches the terminal at cell {index}: {:?}",
            cell.symbol()
        );
    }
    if app.fit() != Fit::Fits {
        let note = squeezed(&ui::size_note_text(app.fit(), width, height));
        let shown = squeezed(&screen_text(buffer));
        assert!(
            note.starts_with(&shown) || shown.starts_with(&note),
            "step {step}: the size note reads {shown:?}"
        );
        return;
    }
    let header = row_text(buffer, 0);
    assert!(
        header.starts_with(" stackcompare "),
        "step {step}: header {header:?}"
    );
    if app.overlay().is_none() {
        check_verdict(app, buffer, step);
        if tracks {
            check_tracks(app, buffer, step);
        }
    }
}

/// The verdict is pinned at the top of the recommendation pane, whatever
/// its scroll, in words that name it.
fn check_verdict(app: &App, buffer: &Buffer, step: usize) {
    let area = layout::inner(app.layout().recommendation);
    if area.height == 0 || area.width < 12 {
        return;
    }
    let row = row_text(buffer, area.y);
    let expected = match app.session.recommendation.verdict {
        stackcompare::engine::Verdict::Winner(o) => app.pack().options[o].name.replace('\n', " "),
        stackcompare::engine::Verdict::CloseCall(_) => "lose".into(),
    };
    let first: String = expected.chars().take(3).collect();
    assert!(
        squeezed(&row).contains(&squeezed(&first)),
        "step {step}: the verdict row reads {row:?}"
    );
}

/// Each slider's track is drawn where the mouse looks for it, filled in
/// proportion to its value: a click lands where it looks.
fn check_tracks(app: &App, buffer: &Buffer, step: usize) {
    let rows = app.slider_rows();
    for index in rows.offset..rows.offset + rows.visible {
        let Some(track) = app.track_area(index) else {
            continue;
        };
        let t = &app.pack().traits[index];
        let value = app.session.values[index];
        let drawn: String = (track.x..track.right())
            .map(|x| buffer[(x, track.y)].symbol())
            .collect();
        let expected = if t.is_toggle() {
            let mark = if value == 1 { "[x]" } else { "[ ]" };
            mark.chars()
                .take(usize::from(track.width))
                .collect::<String>()
        } else {
            let width = u32::from(track.width);
            let filled = ((value * width + t.max / 2) / t.max) as usize;
            "█".repeat(filled) + &"░".repeat(track.width as usize - filled)
        };
        assert_eq!(
            drawn,
            expected,
            "step {step}: slider {index} at {value}/{}: the track at {track:?} is not drawn where a click sets it; the row reads {:?}",
            t.max,
            row_text(buffer, track.y)
        );
    }
}

/// Checks on the action an event turned into, before it is applied.
fn check_key(app: &App, key: &KeyEvent, scopes: &[Scope], action: Option<&Action>, step: usize) {
    if key.kind == KeyEventKind::Release {
        assert_eq!(action, None, "step {step}: a key release acts");
    }
    if key.code == KeyCode::Esc {
        assert_ne!(action, Some(&Action::Quit), "step {step}: Esc quits");
    }
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    if let (Some(Overlay::Search), KeyCode::Char(c), true, true) = (
        app.overlay(),
        key.code,
        plain,
        key.kind != KeyEventKind::Release,
    ) {
        assert_eq!(scopes, [Scope::Search], "step {step}: search scopes");
        if typeable(c) {
            assert_eq!(
                action,
                Some(&Action::Input(c)),
                "step {step}: {c:?} does not type into the search box"
            );
        } else {
            assert_ne!(
                action,
                Some(&Action::Input(c)),
                "step {step}: {c:?} types into the search box"
            );
        }
    }
}

/// Whether a character may enter the search query.
fn typeable(c: char) -> bool {
    !stackcompare::words::chars::is_unprintable(c)
}

/// Checks on an effect asked for by `action`.
fn check_effect(app: &App, action: &Action, effect: &Effect, step: usize) {
    match (action, effect) {
        (
            Action::Export,
            Effect::WriteFile {
                stem,
                extension,
                contents,
                ..
            },
        ) => {
            assert_eq!(stem, &format!("stackcompare-{}", app.pack().id));
            assert_eq!(*extension, "md");
            assert!(*contents == app.summary(), "step {step}: export contents");
        }
        (
            Action::SaveProfile,
            Effect::WriteFile {
                extension,
                contents,
                ..
            },
        ) => {
            assert_eq!(*extension, "profile.yaml");
            let values = Profile::parse(contents, "saved.profile.yaml")
                .and_then(|profile| profile.values_for(app.pack()))
                .unwrap_or_else(|e| {
                    panic!("step {step}: the saved profile does not read back: {e}")
                });
            assert_eq!(
                values, app.session.values,
                "step {step}: saved profile values"
            );
        }
        (Action::Copy, Effect::Copy(text)) => {
            assert!(*text == app.summary(), "step {step}: copied text")
        }
        (Action::Suspend, Effect::Suspend) => {}
        _ => panic!("step {step}: {action:?} asked for {effect:?}"),
    }
}

/// The parts of the state an action may change.
#[derive(Debug, Clone, PartialEq)]
struct State {
    overlay: Option<Overlay>,
    focus: Pane,
    factor: usize,
    slider: usize,
    /// The first row shown of the factor, slider, search and picker lists.
    offsets: [usize; 4],
    values: Vec<u32>,
    /// Detail, recommendation, article, help.
    scrolls: [usize; 4],
    picker: usize,
    query: String,
    selected: usize,
    /// What the highlighted search result points at.
    target: Option<(ItemKind, usize)>,
}

impl State {
    fn of(app: &App) -> Self {
        let session = &app.session;
        Self {
            overlay: app.overlay(),
            focus: app.focus,
            factor: session.factor(),
            slider: session.slider(),
            offsets: [
                session.factors.offset,
                session.sliders.offset,
                app.search.cursor.offset,
                app.picker.offset,
            ],
            values: session.values.clone(),
            scrolls: [
                session.detail.offset,
                session.reading.offset,
                session.article.offset,
                app.help.offset,
            ],
            picker: app.picker.selected,
            query: app.search.query.clone(),
            selected: app.search.cursor.selected,
            target: app
                .search
                .hits()
                .get(app.search.cursor.selected)
                .map(|hit| {
                    let item = &session.index.items()[hit.item];
                    (item.kind, item.index)
                }),
        }
    }
}

/// One step up or down within `0..=last`.
fn stepped(current: usize, down: bool, last: usize) -> usize {
    if down {
        (current + 1).min(last)
    } else {
        current.saturating_sub(1)
    }
}

const SCROLLS: [Target; 4] = [
    Target::Detail,
    Target::Recommendation,
    Target::Article,
    Target::Help,
];

fn on_track(track: Rect, column: u16, row: u16) -> bool {
    row == track.y && column >= track.x && column < track.right()
}

/// What the harness knows of the values' history, to judge undo and reset.
#[derive(Debug, Default)]
struct History {
    start: Vec<u32>,
    earlier: Vec<Vec<u32>>,
}

/// What an action must have done, judged from the state before it.
fn check_transition(
    before: &State,
    app: &App,
    action: &Action,
    history: &mut History,
    step: usize,
) {
    let after = State::of(app);
    let unchanged = |what: &str| {
        assert!(
            after == *before,
            "step {step}: {action:?} {what} changed the state:\nbefore {before:?}\nafter  {after:?}"
        );
    };
    let slider_max = app.pack().traits.get(before.slider).map_or(0, |t| t.max);
    let only_slider = |expected: u32| {
        let mut values = before.values.clone();
        values[before.slider] = expected;
        assert_eq!(
            app.session.values, values,
            "step {step}: {action:?} on slider {}",
            before.slider
        );
    };
    // The values' history: every change but an undo can be undone.
    match action {
        Action::Undo => {
            let expected = history
                .earlier
                .pop()
                .unwrap_or_else(|| before.values.clone());
            assert_eq!(app.session.values, expected, "step {step}: undo");
        }
        _ if after.values != before.values => history.earlier.push(before.values.clone()),
        _ => {}
    }
    let fits = app.fit() == Fit::Fits;
    match action {
        Action::Click(..) | Action::Drag(..) | Action::Wheel { .. } if !fits => {
            unchanged("while only a size note is drawn");
        }
        Action::Click(column, row) if before.overlay.is_none() => {
            check_click(before, app, *column, *row, step)
        }
        Action::Click(..) => unchanged("with an overlay open"),
        Action::Drag(column, row) => {
            let track = (before.overlay.is_none() && before.focus == Pane::Sliders)
                .then(|| app.track_area(before.slider))
                .flatten()
                .filter(|track| on_track(*track, *column, *row));
            match track {
                Some(track) if !app.pack().traits[before.slider].is_toggle() => {
                    only_slider(layout::value_at(track, *column, slider_max));
                }
                _ => unchanged("off the selected slider's track"),
            }
        }
        Action::Wheel { column, row, down } => {
            check_wheel(before, &after, app, (*column, *row, *down), step)
        }
        Action::Increase => only_slider((before.values[before.slider] + 1).min(slider_max)),
        Action::Decrease => only_slider(before.values[before.slider].saturating_sub(1)),
        Action::SliderMin => only_slider(0),
        Action::SliderMax => only_slider(slider_max),
        Action::Digit(digit) => only_slider((*digit).min(slider_max)),
        Action::Flip if slider_max == 1 => only_slider(1 - before.values[before.slider]),
        Action::Flip => unchanged("on a slider that is no toggle"),
        Action::Reset => assert_eq!(app.session.values, history.start, "step {step}: reset"),
        Action::Move(motion) if before.overlay.is_none() && before.focus == Pane::Factors => {
            let last = app.pack().factors.len() - 1;
            let expected = match motion {
                Motion::Up => before.factor.saturating_sub(1),
                Motion::Down => (before.factor + 1).min(last),
                Motion::Top => 0,
                Motion::Bottom => last,
                _ => app.session.factor(),
            };
            assert_eq!(
                app.session.factor(),
                expected,
                "step {step}: {action:?} in the factor list"
            );
        }
        Action::Submit if before.overlay == Some(Overlay::Search) => check_jump(before, app, step),
        Action::Input(c) if before.overlay == Some(Overlay::Search) => {
            if before.query.chars().count() < 200 {
                assert_eq!(
                    app.search.query,
                    format!("{}{c}", before.query),
                    "step {step}"
                );
            }
            assert_eq!(app.search.cursor.selected, 0, "step {step}");
        }
        Action::Backspace if before.overlay == Some(Overlay::Search) => {
            let mut query = before.query.clone();
            query.pop();
            assert_eq!(app.search.query, query, "step {step}");
        }
        Action::ClearQuery if before.overlay == Some(Overlay::Search) => {
            assert_eq!(app.search.query, "", "step {step}")
        }
        Action::Input(_)
        | Action::Backspace
        | Action::ClearQuery
        | Action::DeleteWord
        | Action::Paste(_)
            if before.overlay != Some(Overlay::Search) =>
        {
            unchanged("outside the search box")
        }
        Action::OpenSearch => {
            assert_eq!(app.overlay(), Some(Overlay::Search), "step {step}");
            assert_eq!(
                app.search.hits().len(),
                app.session.index.items().len(),
                "step {step}: an empty query lists everything"
            );
        }
        Action::Resize(..) => {
            // A resize moves nothing but the scrolls, and those only to stay in range.
            for (index, (now, was)) in after.scrolls.iter().zip(&before.scrolls).enumerate() {
                if now != was {
                    let limit = app.scroll_limit(SCROLLS[index]);
                    assert!(
                        *now == limit && *was > limit,
                        "step {step}: scroll {index} went from {was} to {now} (limit {limit})"
                    );
                }
            }
            let mut moved = after.clone();
            moved.scrolls = before.scrolls;
            moved.offsets = before.offsets;
            assert_eq!(
                moved, *before,
                "step {step}: a resize moved more than scrolls"
            );
        }
        Action::FocusNext | Action::FocusPrev => {
            let at = PANES.iter().position(|p| *p == before.focus).unwrap_or(0);
            let next = if *action == Action::FocusNext {
                at + 1
            } else {
                at + 3
            };
            assert_eq!(app.focus, PANES[next % 4], "step {step}: {action:?}");
            assert!(
                !matches!(app.overlay(), Some(Overlay::Help | Overlay::Article)),
                "step {step}: the pane shows"
            );
        }
        Action::ToggleHelp | Action::ToggleArticle => {
            let overlay = if *action == Action::ToggleHelp {
                Overlay::Help
            } else {
                Overlay::Article
            };
            if before.overlay == Some(overlay) {
                assert_ne!(
                    app.overlay(),
                    Some(overlay),
                    "step {step}: {action:?} closes"
                );
            } else {
                assert_eq!(
                    app.overlay(),
                    Some(overlay),
                    "step {step}: {action:?} opens on top"
                );
            }
        }
        Action::Close => match before.overlay {
            None | Some(Overlay::Picker) => unchanged("with nothing to close"),
            Some(overlay) => assert!(
                !app.is_open(overlay) || app.overlay() != Some(overlay),
                "step {step}: Esc closes the top"
            ),
        },
        _ => {}
    }
}

fn check_click(before: &State, app: &App, column: u16, row: u16, step: usize) {
    let Some(pane) = app.pane_at(column, row) else {
        assert_eq!(
            app.session.values, before.values,
            "step {step}: a click outside every pane"
        );
        return;
    };
    assert_eq!(app.focus, pane, "step {step}: a click focuses");
    let areas = app.layout();
    match pane {
        Pane::Factors => {
            let inner = layout::inner(areas.factors);
            if row >= inner.y && row < inner.bottom() {
                let index = before.offsets[0] + usize::from(row - inner.y);
                if index < app.pack().factors.len() {
                    assert_eq!(
                        app.session.factor(),
                        index,
                        "step {step}: the clicked factor"
                    );
                    assert_eq!(
                        app.session.factors.offset, before.offsets[0],
                        "step {step}: the list scrolled under the pointer"
                    );
                }
            }
        }
        Pane::Sliders => {
            let Some(index) = app.slider_rows().slider_at(row) else {
                assert_eq!(app.session.values, before.values, "step {step}");
                return;
            };
            assert_eq!(
                app.session.slider(),
                index,
                "step {step}: the clicked slider"
            );
            assert_eq!(
                app.session.sliders.offset, before.offsets[1],
                "step {step}: the list scrolled under the pointer"
            );
            let t = &app.pack().traits[index];
            let track = app.track_area(index).expect("on screen");
            let mut values = before.values.clone();
            if on_track(track, column, row) {
                values[index] = if t.is_toggle() {
                    1 - before.values[index].min(1)
                } else {
                    layout::value_at(track, column, t.max)
                };
            }
            assert_eq!(
                app.session.values, values,
                "step {step}: a click at ({column}, {row}) on slider {index}'s track {track:?}"
            );
        }
        _ => assert_eq!(app.session.values, before.values, "step {step}"),
    }
}

fn check_wheel(
    before: &State,
    after: &State,
    app: &App,
    (column, row, down): (u16, u16, bool),
    step: usize,
) {
    let limit = |target| app.scroll_limit(target);
    let mut expected = before.clone();
    match before.overlay {
        Some(Overlay::Search) => {
            expected.selected = stepped(
                before.selected,
                down,
                app.search.hits().len().saturating_sub(1),
            );
        }
        Some(Overlay::Picker) => {
            expected.picker = stepped(before.picker, down, app.packs.len() - 1)
        }
        Some(Overlay::Help) => {
            expected.scrolls[3] = stepped(before.scrolls[3], down, limit(Target::Help))
        }
        Some(Overlay::Article) => {
            expected.scrolls[2] = stepped(before.scrolls[2], down, limit(Target::Article))
        }
        None => match app.pane_at(column, row) {
            None => {}
            Some(Pane::Factors) => {
                expected.factor = stepped(before.factor, down, app.pack().factors.len() - 1);
                if expected.factor != before.factor {
                    expected.scrolls[0] = 0;
                }
            }
            Some(Pane::Sliders) => {
                expected.slider = stepped(before.slider, down, app.pack().traits.len() - 1)
            }
            Some(Pane::Detail) => {
                expected.scrolls[0] = stepped(before.scrolls[0], down, limit(Target::Detail))
            }
            Some(Pane::Recommendation) => {
                expected.scrolls[1] =
                    stepped(before.scrolls[1], down, limit(Target::Recommendation))
            }
        },
    }
    expected.target = after.target;
    expected.offsets = after.offsets;
    assert_eq!(
        *after, expected,
        "step {step}: the wheel at ({column}, {row}) scrolls what is under it, one row, focus kept"
    );
}

fn check_jump(before: &State, app: &App, step: usize) {
    let Some((kind, index)) = before.target else {
        assert_eq!(
            app.overlay(),
            Some(Overlay::Search),
            "step {step}: nothing to jump to"
        );
        assert!(app.status.as_ref().is_some_and(|s| s.error), "step {step}");
        return;
    };
    assert_eq!(app.search, Search::default(), "step {step}: search closed");
    match kind {
        ItemKind::Factor => assert_eq!(
            (app.overlay(), app.focus, app.session.factor()),
            (None, Pane::Factors, index),
            "step {step}"
        ),
        ItemKind::Trait => assert_eq!(
            (app.overlay(), app.focus, app.session.slider()),
            (None, Pane::Sliders, index),
            "step {step}"
        ),
        ItemKind::Section | ItemKind::Passage => {
            let width = layout::inner(app.layout().body).width;
            let (_, starts) = text::article::lines(app.pack(), app.theme, width);
            let start = if index == NO_SECTION {
                0
            } else {
                starts[index]
            };
            assert_eq!(
                (app.overlay(), app.session.article.offset),
                (
                    Some(Overlay::Article),
                    start.min(app.scroll_limit(Target::Article))
                ),
                "step {step}: Enter on {kind:?} {index}"
            );
        }
    }
}

/// Apply one action as the real loop does, with the checks that depend on
/// the action itself. Returns whether the app quit.
fn apply(app: &mut App, action: Action, history: &mut History, step: usize) -> bool {
    let picking = app.overlay() == Some(Overlay::Picker);
    let picker = app.picker.selected;
    let before = State::of(app);
    let effect = app.update(action.clone());
    check_transition(&before, app, &action, history, step);
    if let Some(effect) = effect {
        check_effect(app, &action, &effect, step);
        app.update(Action::Finished(Ok("done".into())));
        assert_eq!(
            app.status,
            Some(Status {
                text: "done".into(),
                error: false
            }),
            "step {step}: the outcome shows"
        );
    }
    match &action {
        Action::Finished(result) => {
            let (text, error) = match result {
                Ok(text) => (text, false),
                Err(text) => (text, true),
            };
            assert_eq!(
                app.status.as_ref().map(|s| (s.text.as_str(), s.error)),
                Some((text.as_str(), error)),
                "step {step}"
            );
        }
        Action::Submit if picking => {
            assert_eq!(app.overlay(), None, "step {step}: picker stays open");
            assert!(
                std::sync::Arc::ptr_eq(&app.session.pack, &app.packs[picker]),
                "step {step}: the picked pack is not the open one"
            );
            assert_eq!(
                app.session.values,
                app.pack().default_values(),
                "step {step}"
            );
            *history = History {
                start: app.session.values.clone(),
                earlier: Vec::new(),
            };
        }
        _ => {}
    }
    if app.quit {
        assert_eq!(action, Action::Quit, "step {step}: quit by {action:?}");
    }
    app.quit
}

/// Turn one generated event into the action the real loop would apply.
fn action_of(app: &App, op: &Op, step: usize) -> Option<Action> {
    match op {
        Op::Key(key) => {
            let scopes = app.scopes();
            let action = keymap::event_action(&Event::Key(*key), &scopes, true);
            check_key(app, key, &scopes, action.as_ref(), step);
            action
        }
        Op::Mouse(kind, pos, modifiers) => {
            let (column, row) = pos.resolve(app);
            let event = Event::Mouse(MouseEvent {
                kind: *kind,
                column,
                row,
                modifiers: *modifiers,
            });
            keymap::event_action(&event, &app.scopes(), true)
        }
        Op::Resize(width, height) => Some(Action::Resize(*width, *height)),
        Op::Finished(result) => Some(Action::Finished(result.clone())),
        Op::Other(event) => {
            let action = keymap::event_action(event, &app.scopes(), true);
            let searching = app.overlay() == Some(Overlay::Search);
            assert_eq!(
                action.is_some(),
                searching && matches!(event, Event::Paste(_)),
                "step {step}: {event:?}"
            );
            action
        }
    }
}

/// Start as the real loop does (one resize to the terminal's size), then
/// play `ops`, drawing and checking after each.
fn run(app: App, start: (u16, u16), ops: &[Op]) {
    run_with(app, start, ops, true);
}

/// `run`, with the check that tracks are drawn where clicks land left out
/// when `tracks` is false.
fn run_with(mut app: App, (width, height): (u16, u16), ops: &[Op], tracks: bool) {
    let mut screen = Screen::default();
    let mut checker = Checker::default();
    let mut history = History {
        start: app.session.values.clone(),
        earlier: Vec::new(),
    };
    app.update(Action::Resize(width, height));
    checker.check(&app, 0);
    if let Some(buffer) = screen.draw(&app) {
        check_screen(&app, buffer, 0, tracks);
    }
    screen.shown = Some(Shown::of(&app));
    let mut skipped = 0usize;
    for (index, op) in ops.iter().enumerate() {
        let step = index + 1;
        let Some(action) = action_of(&app, op, step) else {
            continue;
        };
        let quit = apply(&mut app, action, &mut history, step);
        checker.check(&app, step);
        if quit {
            return;
        }
        let shown = Shown::of(&app);
        if screen.shown.as_ref() == Some(&shown) {
            // Nothing drawn changed. Now and then draw anyway, to check that
            // the frame is indeed the same (that `Shown` misses nothing).
            skipped += 1;
            if skipped.is_multiple_of(8)
                && let Some(previous) = screen
                    .terminal
                    .as_ref()
                    .map(|t| t.backend().buffer().clone())
                && let Some(buffer) = screen.draw(&app)
            {
                assert!(
                    *buffer == previous,
                    "step {step}: the same state drew another frame"
                );
            }
            continue;
        }
        if let Some(buffer) = screen.draw(&app) {
            check_screen(&app, buffer, step, tracks);
        }
        screen.shown = Some(shown);
    }
}

/// A generated pack, made once per shape: generating the large one costs
/// more than playing a case with it.
fn pack_of(spec: PackSpec) -> Pack {
    static BIG_PACK: std::sync::OnceLock<Pack> = std::sync::OnceLock::new();
    if spec.seed == BIG.seed && spec.factors == BIG.factors {
        return BIG_PACK.get_or_init(|| generated(BIG)).clone();
    }
    generated(spec)
}

/// Fewer cases where each costs more (a large pack drawn after every event),
/// unless `PROPTEST_CASES` says otherwise.
fn config_with(cases: u32) -> ProptestConfig {
    crate::common::proptest_config(cases)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn embedded_pack_survives_any_events(
        colour in any::<bool>(),
        start in size(),
        raw_values in proptest::option::of(proptest::collection::vec(any::<u32>(), 8)),
        ops in ops(),
    ) {
        let pack = embedded();
        let values = raw_values.map(|raw| values_within(&pack, &raw));
        let app = App::new(vec![pack], Start { values, profile: None }, Theme::new(colour));
        run(app, start, &ops);
    }

}

proptest! {
    #![proptest_config(config_with(20))]

    #[test]
    fn generated_pack_survives_any_events(
        spec in pack_spec(),
        colour in any::<bool>(),
        start in size(),
        raw_values in proptest::option::of(proptest::collection::vec(any::<u32>(), 40)),
        ops in ops(),
    ) {
        let pack = pack_of(spec);
        let values = raw_values.map(|raw| values_within(&pack, &raw));
        let app = App::new(vec![pack], Start { values, profile: None }, Theme::new(colour));
        // Generated labels hold wide and combining characters: the track
        // check is the regression test's, below.
        run_with(app, start, &ops, false);
    }

    #[test]
    fn folder_of_packs_survives_any_events(
        spec in pack_spec(),
        embedded_first in any::<bool>(),
        third in any::<bool>(),
        colour in any::<bool>(),
        start in size(),
        ops in ops(),
    ) {
        let mut packs = vec![embedded(), pack_of(spec)];
        if !embedded_first {
            packs.reverse();
        }
        if third {
            packs.push(generated(PackSpec { seed: spec.seed ^ 1, ..spec }));
        }
        let app = App::new(packs, Start::default(), Theme::new(colour));
        prop_assert_eq!(app.overlay(), Some(Overlay::Picker));
        run_with(app, start, &ops, false);
    }
}

// ---------------------------------------------------------------------------
// Deterministic cases
// ---------------------------------------------------------------------------

fn press(code: KeyCode) -> Op {
    Op::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn app_at(pack: Pack, width: u16, height: u16) -> App {
    let mut app = App::new(vec![pack], Start::default(), Theme::new(true));
    app.update(Action::Resize(width, height));
    app
}

fn draw_once(app: &App) -> Buffer {
    Screen::default()
        .draw(app)
        .expect("a screen to draw")
        .clone()
}

/// `text` without whitespace, as a row of cells reads it (a wide character
/// leaves a blank cell after it).
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every key of the table with every modifier, but those that quit.
fn every_bound_key() -> Vec<Op> {
    let mut ops = Vec::new();
    for modifiers in [
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
    ] {
        for (code, bound) in bound_keys() {
            if !quits(code, modifiers | bound) {
                ops.push(Op::Key(KeyEvent::new(code, modifiers | bound)));
            }
        }
    }
    ops
}

#[test]
fn every_key_at_one_by_one_then_normal_again() {
    for (pack, tracks) in [(embedded(), true), (generated(BIG), false)] {
        let mut ops = vec![Op::Resize(1, 1)];
        for opener in [
            vec![],
            vec![press(KeyCode::Char('?'))],
            vec![press(KeyCode::Char('a'))],
            vec![press(KeyCode::Char('/'))],
        ] {
            ops.extend(opener);
            ops.extend(every_bound_key());
            ops.push(press(KeyCode::Esc));
        }
        ops.push(Op::Resize(80, 24));
        ops.extend(every_bound_key());
        run_with(app_at(pack, 80, 24), (1, 1), &ops, tracks);
    }
}

#[test]
fn clicks_far_off_screen_change_nothing() {
    let mut app = app_at(embedded(), 80, 24);
    let before = State::of(&app);
    for (column, row) in [
        (u16::MAX, u16::MAX),
        (0, u16::MAX),
        (u16::MAX, 0),
        (80, 24),
        (500, 3),
    ] {
        app.update(Action::Click(column, row));
        app.update(Action::Drag(column, row));
        app.update(Action::Wheel {
            column,
            row,
            down: true,
        });
    }
    assert_eq!(State::of(&app), before);
}

#[test]
fn wheel_over_every_pane_at_80_by_24() {
    let mut app = app_at(embedded(), 80, 24);
    let areas = app.layout();
    for (target, area) in [
        (Target::Detail, areas.detail),
        (Target::Recommendation, areas.recommendation),
    ] {
        for _ in 0..200 {
            app.update(Action::Wheel {
                column: area.x + 1,
                row: area.y + 1,
                down: true,
            });
        }
        let offset = match target {
            Target::Detail => app.session.detail.offset,
            _ => app.session.reading.offset,
        };
        assert_eq!(
            offset,
            app.scroll_limit(target),
            "{target:?} scrolls to its end"
        );
        assert!(offset > 0, "{target:?} has more than fits at 80×24");
    }
    assert_eq!(app.focus, Pane::Sliders, "the wheel never moves the focus");
}

#[test]
fn huge_terminal_sizes_do_not_panic_nor_allocate() {
    let mut app = app_at(embedded(), 80, 24);
    for (width, height) in [
        (u16::MAX, u16::MAX),
        (10_000, 10_000),
        (layout::MAX_WIDTH, layout::MAX_HEIGHT),
        (80, u16::MAX),
    ] {
        app.update(Action::Resize(width, height));
        let expected = if width > layout::MAX_WIDTH || height > layout::MAX_HEIGHT {
            Fit::TooLarge
        } else {
            Fit::Fits
        };
        assert_eq!(app.fit(), expected, "{width}×{height}");
        app.update(Action::Move(Motion::Bottom));
    }
    // The largest screen that fits draws.
    app.update(Action::Resize(layout::MAX_WIDTH, layout::MAX_HEIGHT));
    let buffer = draw_once(&app);
    assert!(row_text(&buffer, 0).starts_with(" stackcompare "));
}

#[test]
fn every_text_scrolls_to_its_last_line() {
    let mut app = app_at(embedded(), 60, 20);
    app.focus = Pane::Recommendation;
    app.update(Action::Move(Motion::Bottom));
    let buffer = draw_once(&app);
    let screen = screen_text(&buffer);
    assert!(
        squeezed(&screen).contains("Readabilitymatters"),
        "the last tipping point shows:\n{screen}"
    );
    // The verdict stays pinned while the body is scrolled to its end.
    let area = layout::inner(app.layout().recommendation);
    assert!(
        squeezed(&row_text(&buffer, area.y)).contains("close"),
        "{screen}"
    );
}

#[test]
fn regression_slider_tracks_are_drawn_where_clicks_land() {
    // Labels with wide, combining and newline characters.
    let mut pack = embedded();
    pack.traits[0].label = "日本語のラベル 🦀 e\u{301}\nnext".into();
    pack.traits[3].low = Some("入出力 I/O".into());
    for (width, height) in [(80, 24), (120, 40), (60, 20), (200, 60)] {
        let app = app_at(pack.clone(), width, height);
        let buffer = draw_once(&app);
        check_tracks(&app, &buffer, 0);
    }
}

#[test]
fn regression_search_results_depend_only_on_the_query() {
    let mut app = app_at(embedded(), 120, 40);
    app.update(Action::OpenSearch);
    for c in "real".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Backspace);
    app.update(Action::Input('l'));
    let fresh = app.session.index.search("real").hits;
    assert_eq!(app.search.hits(), fresh.as_slice());
}

#[test]
fn no_binding_is_dead() {
    // Every row of the table does something somewhere: pressed in its own
    // scope, its keys turn into its action.
    for binding in BINDINGS {
        let scopes = [binding.scope];
        let reachable = binding.keys.iter().any(|key| {
            keymap::action_for(&KeyEvent::new(key.code, key.modifiers), &scopes).is_some_and(
                |action| std::mem::discriminant(&action) == std::mem::discriminant(&binding.action),
            )
        });
        assert!(reachable, "{:?} {:?}", binding.scope, binding.action);
    }
}
