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
use ratatui::text::Line;

use stackcompare::content::{Pack, embedded};

use crate::common::packs::{BIG, PackSpec, generated, values_within};
use stackcompare::engine::{Recommendation, recommend};
use stackcompare::profile::Profile;
use stackcompare::search::{Hit, ItemKind, SearchIndex};
use stackcompare::tui::action::{Action, Effect};
use stackcompare::tui::app::{App, Overlay, Pane, Search, Status};
use stackcompare::tui::keymap::{self, BINDINGS, Scope};
use stackcompare::tui::layout;
use stackcompare::tui::theme::Theme;
use stackcompare::tui::ui;

/// Enough for the whole file to run in about ten seconds of a debug build on
/// two cores.
const DEFAULT_CASES: u32 = 48;

/// `ProptestConfig::with_cases` ignores `PROPTEST_CASES`, so read it here.
/// No failure files: a failure found here becomes an explicit test below.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        failure_persistence: None,
        max_shrink_iters: 1024,
        ..ProptestConfig::default()
    }
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
            Self::Rel(x, y) => (scale(x, app.width), scale(y, app.height)),
            Self::FactorRow(n) => {
                let inner = layout::inner(areas.factors);
                let row = n % inner.height.max(1);
                (inner.x + inner.width / 2, inner.y + row)
            }
            Self::Track(n, x) => {
                let rows = layout::slider_rows(
                    layout::inner(areas.sliders),
                    areas.wide,
                    app.pack.traits.len(),
                    app.slider_offset,
                );
                let index = rows.offset + usize::from(n) % rows.visible.max(1);
                match track_of(app, app.slider_offset, index) {
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
    /// Events the explorer ignores: focus, paste.
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
            size: (app.width, app.height),
            colour: app.theme.colour,
            pack: app.pack.id.clone(),
            status: app.status.clone(),
            hits: app.search.hits().to_vec(),
            recommendation: app.recommendation.clone(),
        }
    }
}

impl Screen {
    /// Draw the whole screen; `None` while a side is 0.
    fn draw(&mut self, app: &App) -> Option<&Buffer> {
        if app.width == 0 || app.height == 0 {
            return None;
        }
        let stale = self.terminal.as_ref().is_none_or(|terminal| {
            let area = terminal.backend().buffer().area;
            (area.width, area.height) != (app.width, app.height)
        });
        if stale {
            self.terminal =
                Some(Terminal::new(TestBackend::new(app.width, app.height)).expect("test backend"));
        }
        let terminal = self.terminal.as_mut()?;
        terminal
            .draw(|frame| ui::draw(frame, app))
            .expect("draw into a test backend");
        Some(terminal.backend().buffer())
    }
}

fn row_text(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

fn screen_text(buffer: &Buffer) -> String {
    (0..buffer.area.height)
        .map(|y| row_text(buffer, y))
        .collect::<Vec<_>>()
        .join("\n")
}

fn line_text(line: &Line) -> String {
    line.spans
        .iter()
        .map(|span| span.content.as_ref())
        .collect()
}

/// The most a text of `len` rows can scroll when `visible` rows show.
fn max_scroll(len: usize, visible: u16) -> usize {
    len.saturating_sub(usize::from(visible))
}

/// The rows of the help box's text that show, as the overlay draws it.
fn help_visible_rows(app: &App) -> u16 {
    let len = ui::help::lines(app).len();
    let height = u16::try_from(len).unwrap_or(u16::MAX).saturating_add(2);
    let area = layout::centered(app.layout().body, 60, height);
    layout::inner(area).height
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

/// Everything that must hold after every event.
fn check(app: &App, step: usize) {
    check_cheap(app, step);
    check_costly(app, step);
}

/// Indices, ranges and the search box's state.
fn check_cheap(app: &App, step: usize) {
    let pack = &app.pack;
    assert!(
        app.factor < pack.factors.len(),
        "step {step}: factor {} of {}",
        app.factor,
        pack.factors.len()
    );
    assert!(
        app.slider < pack.traits.len(),
        "step {step}: slider {} of {}",
        app.slider,
        pack.traits.len()
    );
    assert_eq!(app.values.len(), pack.traits.len(), "step {step}: values");
    for (t, (value, tr)) in app.values.iter().zip(&pack.traits).enumerate() {
        assert!(
            *value <= tr.max,
            "step {step}: slider {t} at {value} above its max {}",
            tr.max
        );
    }
    // The search box: results are the query's, the highlight is on one of them.
    assert!(
        app.search.query.chars().all(typeable),
        "step {step}: the query {:?} holds a control character",
        app.search.query
    );
    if app.overlay == Overlay::Search {
        if app.search.hits().is_empty() {
            assert_eq!(app.search.selected, 0, "step {step}: selection, no hits");
        } else {
            assert!(
                app.search.selected < app.search.hits().len(),
                "step {step}: selected {} of {} hits",
                app.search.selected,
                app.search.hits().len()
            );
        }
    } else {
        assert_eq!(
            app.search,
            Search::default(),
            "step {step}: a closed search keeps no state"
        );
    }
    if app.overlay == Overlay::Picker {
        assert!(app.packs.len() > 1, "step {step}: picker for one pack");
        assert!(
            app.picker < app.packs.len(),
            "step {step}: picker {} of {}",
            app.picker,
            app.packs.len()
        );
    }

    // Each list's window holds its selection and never shows rows past the end.
    let areas = app.layout();
    let sliders_visible = layout::slider_rows(
        layout::inner(areas.sliders),
        areas.wide,
        pack.traits.len(),
        0,
    )
    .visible;
    let mut windows = vec![
        (
            "factor",
            app.factor_offset,
            app.factor,
            usize::from(layout::inner(areas.factors).height),
            pack.factors.len(),
        ),
        (
            "slider",
            app.slider_offset,
            app.slider,
            sliders_visible,
            pack.traits.len(),
        ),
    ];
    if app.overlay == Overlay::Search && !app.search.hits().is_empty() {
        let (_, visible) = ui::search::area(areas.body, app.search.hits().len());
        windows.push((
            "search",
            app.search_offset,
            app.search.selected,
            visible,
            app.search.hits().len(),
        ));
    }
    if app.overlay == Overlay::Picker {
        let (_, visible) = ui::picker::area(areas.body, app.packs.len());
        windows.push((
            "picker",
            app.picker_offset,
            app.picker,
            visible,
            app.packs.len(),
        ));
    }
    for (list, offset, selected, visible, len) in windows {
        if visible == 0 {
            continue;
        }
        assert!(
            offset <= selected && selected < offset + visible,
            "step {step}: the {list} list shows rows {offset}..{} without its selection {selected}",
            offset + visible
        );
        assert!(
            offset <= len.saturating_sub(visible),
            "step {step}: the {list} list is scrolled to {offset}, past its end ({len} rows, {visible} shown)"
        );
    }
}

/// The recommendation, the search results and the scroll limits, recomputed.
fn check_costly(app: &App, step: usize) {
    let pack = &app.pack;
    assert!(
        app.recommendation == recommend(pack, &app.values),
        "step {step}: the recommendation is stale for values {:?}",
        app.values
    );

    if app.overlay == Overlay::Search {
        let fresh = app.index.search(&app.search.query).hits;
        assert!(
            app.search.hits() == fresh.as_slice(),
            "step {step}: hits for {:?} differ from a fresh search",
            app.search.query
        );
    }

    // Scrolling never goes past the end of the text at the current size.
    let areas = app.layout();
    let detail = layout::inner(areas.detail);
    let len = ui::detail::lines(app, detail.width).len();
    assert!(
        app.detail_scroll <= max_scroll(len, detail.height),
        "step {step}: detail scroll {} past {len} rows in {}",
        app.detail_scroll,
        detail.height
    );
    let rec = layout::inner(areas.recommendation);
    let len = ui::recommendation::lines(app, rec.width, areas.wide).len();
    assert!(
        app.recommendation_scroll <= max_scroll(len, rec.height),
        "step {step}: recommendation scroll {} past {len} rows in {}",
        app.recommendation_scroll,
        rec.height
    );
    let body = layout::inner(areas.body);
    let len = ui::article::lines(app, body.width).len();
    assert!(
        app.article_scroll <= max_scroll(len, body.height),
        "step {step}: article scroll {} past {len} rows in {}",
        app.article_scroll,
        body.height
    );
    if app.overlay == Overlay::Help {
        let len = ui::help::lines(app).len();
        let visible = help_visible_rows(app);
        assert!(
            app.help_scroll <= max_scroll(len, visible),
            "step {step}: help scroll {} past {len} rows in {visible} ({}×{})",
            app.help_scroll,
            app.width,
            app.height
        );
    }
}

/// What the drawn screen must show.
fn check_screen(app: &App, buffer: &Buffer, step: usize, tracks: bool) {
    assert_eq!(
        buffer.area,
        Rect::new(0, 0, app.width, app.height),
        "step {step}: screen size"
    );
    for (index, cell) in buffer.content.iter().enumerate() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "step {step}: a control character reaches the terminal at cell {index}: {:?}",
            cell.symbol()
        );
    }
    if layout::too_small(buffer.area) {
        return;
    }
    let header = row_text(buffer, 0);
    assert!(
        header.starts_with(" stackcompare "),
        "step {step}: header {header:?}"
    );
    if tracks && app.overlay == Overlay::None {
        check_tracks(app, buffer, step);
    }
}

/// Each slider's track is drawn where the mouse looks for it
/// (`layout::track`), filled in proportion to its value: a click lands where
/// it looks.
fn check_tracks(app: &App, buffer: &Buffer, step: usize) {
    let areas = app.layout();
    let rows = layout::slider_rows(
        layout::inner(areas.sliders),
        areas.wide,
        app.pack.traits.len(),
        app.slider_offset,
    );
    for index in rows.offset..rows.offset + rows.visible {
        let Some(track) = track_of(app, app.slider_offset, index) else {
            continue;
        };
        let t = &app.pack.traits[index];
        let value = app.values[index];
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
            "step {step}: slider {index} ({:?}) at {value}/{}: the track at {track:?} \
             is not drawn where a click sets it; the row reads {:?}",
            t.label,
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
    if let (Overlay::Search, KeyCode::Char(c), true, true) = (
        app.overlay,
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
                "step {step}: the control character {c:?} types into the search box"
            );
        }
    }
}

/// Whether a character may enter the search query: not a control character,
/// nor one of the invisible ones that reorder or break text.
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
            assert_eq!(stem, &format!("stackcompare-{}", app.pack.id));
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
            let profile = Profile::parse(contents, "saved.profile.yaml")
                .unwrap_or_else(|e| panic!("step {step}: saved profile does not parse: {e:?}"));
            let values = profile
                .values_for(&app.pack)
                .unwrap_or_else(|e| panic!("step {step}: saved profile does not apply: {e:?}"));
            assert_eq!(values, app.values, "step {step}: saved profile values");
        }
        (Action::Copy, Effect::Copy(text)) => {
            assert!(*text == app.summary(), "step {step}: copied text");
        }
        _ => panic!("step {step}: {action:?} asked for {effect:?}"),
    }
}

/// The parts of the state an action may change.
#[derive(Debug, Clone, PartialEq)]
struct State {
    overlay: Overlay,
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
        Self {
            overlay: app.overlay,
            focus: app.focus,
            factor: app.factor,
            slider: app.slider,
            offsets: [
                app.factor_offset,
                app.slider_offset,
                app.search_offset,
                app.picker_offset,
            ],
            values: app.values.clone(),
            scrolls: [
                app.detail_scroll,
                app.recommendation_scroll,
                app.article_scroll,
                app.help_scroll,
            ],
            picker: app.picker,
            query: app.search.query.clone(),
            selected: app.search.selected,
            target: app.search.hits().get(app.search.selected).map(|hit| {
                let item = &app.index.items()[hit.item];
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

/// The pane drawn at a point, as the mouse sees it.
fn pane_at(app: &App, column: u16, row: u16) -> Option<(Pane, Rect)> {
    let areas = app.layout();
    let at = ratatui::layout::Position::new(column, row);
    [
        (Pane::Factors, areas.factors),
        (Pane::Detail, areas.detail),
        (Pane::Sliders, areas.sliders),
        (Pane::Recommendation, areas.recommendation),
    ]
    .into_iter()
    .find(|(_, area)| area.contains(at))
}

/// The most text `which` can scroll at the app's current size: 0 the
/// detail, 1 the recommendation, 2 the article, 3 the help.
fn scroll_limit(app: &App, which: usize) -> usize {
    let areas = app.layout();
    match which {
        0 => {
            let detail = layout::inner(areas.detail);
            max_scroll(ui::detail::lines(app, detail.width).len(), detail.height)
        }
        1 => {
            let rec = layout::inner(areas.recommendation);
            max_scroll(
                ui::recommendation::lines(app, rec.width, areas.wide).len(),
                rec.height,
            )
        }
        2 => {
            let body = layout::inner(areas.body);
            max_scroll(ui::article::lines(app, body.width).len(), body.height)
        }
        _ => max_scroll(ui::help::lines(app).len(), help_visible_rows(app)),
    }
}

/// The track of slider `index` as drawn when the list shows from `offset`.
fn track_of(app: &App, offset: usize, index: usize) -> Option<Rect> {
    let areas = app.layout();
    let rows = layout::slider_rows(
        layout::inner(areas.sliders),
        areas.wide,
        app.pack.traits.len(),
        offset,
    );
    let row = rows.slider(index)?;
    Some(layout::track(
        row,
        areas.wide,
        app.pack.traits[index].is_toggle(),
    ))
}

fn on_track(track: Rect, column: u16, row: u16) -> bool {
    row == track.y && column >= track.x && column < track.right()
}

/// What an action must have done, judged from the state before it.
fn check_transition(before: &State, app: &App, action: &Action, step: usize) {
    let after = State::of(app);
    let too_small = layout::too_small(Rect::new(0, 0, app.width, app.height));
    let unchanged = |what: &str| {
        assert!(
            after == *before,
            "step {step}: {action:?} {what} changed the state:\nbefore {before:?}\nafter  {after:?}"
        );
    };
    let slider_max = app.pack.traits.get(before.slider).map_or(0, |t| t.max);
    let only_slider = |expected: u32| {
        let mut values = before.values.clone();
        values[before.slider] = expected;
        assert_eq!(
            app.values, values,
            "step {step}: {action:?} on slider {}",
            before.slider
        );
    };
    match action {
        Action::Click(..) | Action::Drag(..) | Action::Wheel { .. } if too_small => {
            unchanged("while the terminal is too small (only a note is drawn)");
        }
        Action::Click(column, row) if before.overlay == Overlay::None => {
            let Some((pane, area)) = pane_at(app, *column, *row) else {
                return unchanged("outside every pane");
            };
            assert_eq!(app.focus, pane, "step {step}: a click focuses");
            let inner = layout::inner(area);
            match pane {
                Pane::Factors if *row >= inner.y && *row < inner.bottom() => {
                    let offset = before.offsets[0];
                    let index = offset + usize::from(*row - inner.y);
                    if index < app.pack.factors.len() {
                        assert_eq!(app.factor, index, "step {step}: the clicked factor");
                        assert_eq!(
                            app.factor_offset, offset,
                            "step {step}: the factor list scrolled under the pointer: \
                             factor {index} clicked at row {row} is drawn elsewhere"
                        );
                    }
                }
                Pane::Sliders => {
                    let areas = app.layout();
                    let rows = layout::slider_rows(
                        inner,
                        areas.wide,
                        app.pack.traits.len(),
                        before.offsets[1],
                    );
                    let Some(index) = rows.slider_at(*row) else {
                        assert_eq!(app.values, before.values, "step {step}");
                        return;
                    };
                    assert_eq!(app.slider, index, "step {step}: the clicked slider");
                    assert_eq!(
                        app.slider_offset, before.offsets[1],
                        "step {step}: the slider list scrolled under the pointer: \
                         slider {index} clicked at row {row} is drawn elsewhere"
                    );
                    let t = &app.pack.traits[index];
                    let track = track_of(app, before.offsets[1], index).expect("on screen");
                    let mut values = before.values.clone();
                    if on_track(track, *column, *row) {
                        values[index] = if t.is_toggle() {
                            1 - before.values[index].min(1)
                        } else {
                            layout::value_at(track, *column, t.max)
                        };
                    }
                    assert_eq!(
                        app.values, values,
                        "step {step}: a click at ({column}, {row}) on slider {index}'s \
                         track {track:?} (slider {} selected before) sets it",
                        before.slider
                    );
                }
                _ => assert_eq!(app.values, before.values, "step {step}"),
            }
        }
        Action::Click(..) => unchanged("with an overlay open"),
        Action::Drag(column, row) => {
            let track = (before.overlay == Overlay::None && before.focus == Pane::Sliders)
                .then(|| track_of(app, before.offsets[1], before.slider))
                .flatten()
                .filter(|track| on_track(*track, *column, *row));
            match track {
                Some(track) if !app.pack.traits[before.slider].is_toggle() => {
                    only_slider(layout::value_at(track, *column, slider_max));
                    assert_eq!(app.slider, before.slider, "step {step}");
                }
                _ => unchanged("off the selected slider's track"),
            }
        }
        Action::Wheel { column, row, down } => {
            let limit = |which| scroll_limit(app, which);
            let mut expected = before.clone();
            match before.overlay {
                Overlay::Search => {
                    expected.selected = stepped(
                        before.selected,
                        *down,
                        app.search.hits().len().saturating_sub(1),
                    );
                }
                Overlay::Picker => {
                    expected.picker = stepped(before.picker, *down, app.packs.len() - 1);
                }
                Overlay::Help => {
                    expected.scrolls[3] = stepped(before.scrolls[3], *down, limit(3));
                }
                Overlay::Article => {
                    expected.scrolls[2] = stepped(before.scrolls[2], *down, limit(2));
                }
                Overlay::None => match pane_at(app, *column, *row) {
                    None => {}
                    Some((Pane::Factors, _)) => {
                        let last = app.pack.factors.len() - 1;
                        expected.factor = stepped(before.factor, *down, last);
                        if expected.factor != before.factor {
                            expected.scrolls[0] = 0;
                        }
                    }
                    Some((Pane::Sliders, _)) => {
                        let last = app.pack.traits.len() - 1;
                        expected.slider = stepped(before.slider, *down, last);
                    }
                    Some((Pane::Detail, _)) => {
                        expected.scrolls[0] = stepped(before.scrolls[0], *down, limit(0));
                    }
                    Some((Pane::Recommendation, _)) => {
                        expected.scrolls[1] = stepped(before.scrolls[1], *down, limit(1));
                    }
                },
            }
            // The highlighted result and the lists' windows follow the
            // selections (`check_cheap` checks the windows).
            expected.target = after.target;
            expected.offsets = after.offsets;
            assert_eq!(
                after, expected,
                "step {step}: the wheel at ({column}, {row}) scrolls what is under it, one row"
            );
        }
        Action::Increase => only_slider((before.values[before.slider] + 1).min(slider_max)),
        Action::Decrease => only_slider(before.values[before.slider].saturating_sub(1)),
        Action::SliderMin => only_slider(0),
        Action::SliderMax => only_slider(slider_max),
        Action::Reset => assert_eq!(app.values, app.pack.default_values(), "step {step}"),
        Action::Up | Action::Down | Action::Top | Action::Bottom
            if before.overlay == Overlay::None && before.focus == Pane::Factors =>
        {
            let last = app.pack.factors.len() - 1;
            let expected = match action {
                Action::Up => before.factor.saturating_sub(1),
                Action::Down => (before.factor + 1).min(last),
                Action::Top => 0,
                _ => last,
            };
            assert_eq!(
                app.factor, expected,
                "step {step}: {action:?} in the factor list"
            );
        }
        Action::Submit if before.overlay == Overlay::Search => match before.target {
            None => {
                assert_eq!(
                    app.overlay,
                    Overlay::Search,
                    "step {step}: nothing to jump to"
                );
                assert!(app.status.as_ref().is_some_and(|s| s.error), "step {step}");
            }
            Some((kind, index)) => {
                assert_eq!(app.search, Search::default(), "step {step}: search closed");
                match kind {
                    ItemKind::Factor => {
                        assert_eq!(
                            (app.overlay, app.focus, app.factor),
                            (Overlay::None, Pane::Factors, index),
                            "step {step}: Enter on factor {index}"
                        );
                    }
                    ItemKind::Trait => {
                        assert_eq!(
                            (app.overlay, app.focus, app.slider),
                            (Overlay::None, Pane::Sliders, index),
                            "step {step}: Enter on slider {index}"
                        );
                    }
                    ItemKind::Section => {
                        let width = layout::inner(app.layout().body).width;
                        let start = ui::article::section_row(app, width, index);
                        assert_eq!(
                            (app.overlay, app.article_scroll),
                            (Overlay::Article, start.min(scroll_limit(app, 2))),
                            "step {step}: Enter on section {index}"
                        );
                    }
                }
            }
        },
        Action::Input(c) if before.overlay == Overlay::Search => {
            assert_eq!(
                app.search.query,
                format!("{}{c}", before.query),
                "step {step}"
            );
            assert_eq!(app.search.selected, 0, "step {step}");
        }
        Action::Backspace if before.overlay == Overlay::Search => {
            let mut query = before.query.clone();
            query.pop();
            assert_eq!(app.search.query, query, "step {step}");
        }
        Action::Input(_) | Action::Backspace => unchanged("outside the search box"),
        Action::OpenSearch => {
            assert_eq!(app.overlay, Overlay::Search, "step {step}");
            assert_eq!(app.search.query, "", "step {step}");
            assert_eq!(
                app.search.hits().len(),
                app.index.items().len(),
                "step {step}: an empty query lists everything"
            );
        }
        Action::Resize(..) => {
            // A resize moves nothing but the scrolls, and those only to stay in range.
            for (index, (now, was)) in after.scrolls.iter().zip(&before.scrolls).enumerate() {
                if now != was {
                    let limit = scroll_limit(app, index);
                    assert!(
                        *now == limit && *was > limit,
                        "step {step}: scroll {index} went from {was} to {now} (limit {limit})"
                    );
                }
            }
            let mut moved = after.clone();
            moved.scrolls = before.scrolls;
            // The lists' windows follow their new heights.
            moved.offsets = before.offsets;
            assert_eq!(
                moved, *before,
                "step {step}: a resize moved more than scrolls"
            );
        }
        Action::FocusNext | Action::FocusPrev => {
            const ORDER: [Pane; 4] = [
                Pane::Factors,
                Pane::Detail,
                Pane::Sliders,
                Pane::Recommendation,
            ];
            let at = ORDER.iter().position(|p| *p == before.focus).unwrap_or(0);
            let next = if *action == Action::FocusNext {
                at + 1
            } else {
                at + 3
            };
            assert_eq!(app.focus, ORDER[next % 4], "step {step}: {action:?}");
        }
        Action::ToggleHelp | Action::ToggleArticle => {
            let overlay = if *action == Action::ToggleHelp {
                Overlay::Help
            } else {
                Overlay::Article
            };
            let expected = if before.overlay == overlay {
                Overlay::None
            } else {
                overlay
            };
            assert_eq!(app.overlay, expected, "step {step}: {action:?}");
        }
        _ => {}
    }
}

/// Apply one action as the real loop does, with the checks that depend on
/// the action itself. Returns whether the app quit.
fn apply(app: &mut App, action: Action, step: usize) -> bool {
    let overlay = app.overlay;
    let picker = app.picker;
    let before = State::of(app);
    let effect = app.update(action.clone());
    check_transition(&before, app, &action, step);
    if let Some(effect) = effect {
        check_effect(app, &action, &effect, step);
        app.update(Action::Finished(Ok("done".into())));
        assert_eq!(
            app.status,
            Some(Status {
                text: "done".into(),
                error: false
            }),
            "step {step}: the effect's outcome shows"
        );
    }
    match &action {
        Action::Close => assert_eq!(app.overlay, Overlay::None, "step {step}: Esc closes"),
        Action::Finished(result) => {
            let (text, error) = match result {
                Ok(text) => (text, false),
                Err(text) => (text, true),
            };
            assert_eq!(
                app.status.as_ref().map(|s| (s.text.as_str(), s.error)),
                Some((text.as_str(), error)),
                "step {step}: status after Finished"
            );
        }
        Action::Submit if overlay == Overlay::Picker => {
            assert_eq!(app.overlay, Overlay::None, "step {step}: picker stays open");
            assert!(
                app.pack == app.packs[picker],
                "step {step}: the picked pack is not the open one"
            );
            assert_eq!(app.values, app.pack.default_values(), "step {step}");
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
        Op::Resize(width, height) => {
            let action = keymap::event_action(&Event::Resize(*width, *height), &app.scopes(), true);
            assert_eq!(action, Some(Action::Resize(*width, *height)));
            action
        }
        Op::Finished(result) => Some(Action::Finished(result.clone())),
        Op::Other(event) => {
            let action = keymap::event_action(event, &app.scopes(), true);
            assert_eq!(action, None, "step {step}: {event:?} acts");
            action
        }
    }
}

/// Start as the real loop does (one resize to the terminal's size), then
/// play `ops`, drawing and checking after each.
fn run(app: App, start: (u16, u16), ops: &[Op]) {
    run_with(app, start, ops, true);
}

/// `run`, with the check that slider tracks are drawn where clicks land
/// (`check_tracks`) left out when `tracks` is false: for the cases below that
/// test something else with a pack whose wide-character labels would fail it
/// (`regression_slider_tracks_are_drawn_where_clicks_land` covers that).
fn run_with(mut app: App, (width, height): (u16, u16), ops: &[Op], tracks: bool) {
    let mut screen = Screen::default();
    let mut checker = Checker::default();
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
        let quit = apply(&mut app, action, step);
        checker.check(&app, step);
        if quit {
            // The real loop ends here, before drawing again.
            return;
        }
        let shown = Shown::of(&app);
        if screen.shown.as_ref() == Some(&shown) {
            // Nothing drawn changed. Now and then draw anyway, to check that
            // the frame is indeed the same (that `Shown` misses nothing).
            skipped += 1;
            if skipped.is_multiple_of(8)
                && app.width > 0
                && app.height > 0
                && let Some(previous) = screen
                    .terminal
                    .as_ref()
                    .map(|terminal| terminal.backend().buffer().clone())
            {
                let buffer = screen.draw(&app).expect("a screen to draw");
                assert!(
                    *buffer == previous,
                    "step {step}: the same state drew a different screen"
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

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

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
        let app = App::new(vec![pack], values, Theme::new(colour));
        run(app, start, &ops);
    }

    #[test]
    fn generated_pack_survives_any_events(
        spec in pack_spec(),
        colour in any::<bool>(),
        start in size(),
        raw_values in proptest::option::of(proptest::collection::vec(any::<u32>(), 40)),
        ops in ops(),
    ) {
        let pack = generated(spec);
        let values = raw_values.map(|raw| values_within(&pack, &raw));
        let app = App::new(vec![pack], values, Theme::new(colour));
        run(app, start, &ops);
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
        let mut packs = vec![embedded(), generated(spec)];
        if !embedded_first {
            packs.reverse();
        }
        if third {
            packs.push(generated(PackSpec { seed: spec.seed ^ 1, ..spec }));
        }
        let app = App::new(packs, None, Theme::new(colour));
        prop_assert_eq!(app.overlay, Overlay::Picker);
        run(app, start, &ops);
    }
}

// ---------------------------------------------------------------------------
// Deterministic cases
// ---------------------------------------------------------------------------

fn press(code: KeyCode) -> Op {
    Op::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn typed(text: &str) -> Vec<Op> {
    text.chars().map(|c| press(KeyCode::Char(c))).collect()
}

fn app_at(pack: Pack, width: u16, height: u16) -> App {
    let mut app = App::new(vec![pack], None, Theme::new(true));
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
        // Each overlay and pane, every key pressed in each.
        for opener in [
            vec![],
            vec![press(KeyCode::Char('?'))],
            vec![press(KeyCode::Char('a'))],
            vec![press(KeyCode::Char('/'))],
            vec![press(KeyCode::Tab)],
            vec![press(KeyCode::Tab), press(KeyCode::Tab)],
            vec![press(KeyCode::BackTab)],
        ] {
            ops.push(press(KeyCode::Esc));
            ops.extend(opener);
            ops.extend(every_bound_key());
        }
        ops.push(Op::Resize(80, 24));
        ops.push(Op::Resize(40, 12));
        let app = App::new(vec![pack], None, Theme::new(false));
        run_with(app, (80, 24), &ops, tracks);
    }
    // The picker too.
    let app = App::new(vec![embedded(), generated(BIG)], None, Theme::new(true));
    let mut ops = vec![Op::Resize(1, 1)];
    ops.extend(every_bound_key());
    ops.push(Op::Resize(80, 24));
    run_with(app, (80, 24), &ops, false);
}

/// At 1×1 too: `q` and Ctrl-C quit, but `q` types in the search box.
#[test]
fn quit_keys_at_one_by_one() {
    for key in [
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
    ] {
        let mut app = app_at(embedded(), 1, 1);
        app.update(Action::OpenSearch);
        let typed = keymap::event_action(&Event::Key(key), &app.scopes(), true);
        let quits_search = typed == Some(Action::Quit);
        assert_eq!(
            quits_search,
            key.code == KeyCode::Char('c'),
            "{key:?} in the search box"
        );
        app.update(Action::Close);
        let action = keymap::event_action(&Event::Key(key), &app.scopes(), true);
        assert_eq!(action, Some(Action::Quit), "{key:?}");
        app.update(Action::Quit);
        assert!(app.quit);
    }
}

#[test]
fn clicks_far_off_screen_change_nothing() {
    for (width, height) in [(80, 24), (120, 40), (1, 1), (0, 0)] {
        let mut app = app_at(generated(BIG), width, height);
        let before = State::of(&app);
        for (column, row) in [
            (u16::MAX, u16::MAX),
            (u16::MAX, 0),
            (0, u16::MAX),
            (width, height),
        ] {
            for action in [
                Action::Click(column, row),
                Action::Drag(column, row),
                Action::Wheel {
                    column,
                    row,
                    down: true,
                },
            ] {
                let was = State::of(&app);
                app.update(action.clone());
                check_transition(&was, &app, &action, 0);
                check(&app, 0);
            }
        }
        assert_eq!(State::of(&app), before, "{width}×{height}");
        if width > 0 {
            check_screen(&app, &draw_once(&app), 0, false);
        }
    }
}

#[test]
fn search_typed_at_zero_by_zero_then_drawn() {
    let mut ops = vec![Op::Resize(0, 0), press(KeyCode::Char('/'))];
    ops.extend(typed("real time 日本 é"));
    ops.push(press(KeyCode::Backspace));
    ops.extend(typed("qa?/"));
    ops.extend(std::iter::repeat_n(press(KeyCode::Backspace), 30));
    ops.extend(typed("rltm"));
    ops.push(press(KeyCode::Down));
    ops.push(press(KeyCode::Up));
    ops.push(Op::Resize(80, 24));
    ops.push(Op::Resize(0, 0));
    ops.push(press(KeyCode::Enter));
    ops.push(Op::Resize(80, 24));
    let app = App::new(vec![embedded()], None, Theme::new(true));
    run(app, (0, 0), &ops);

    // Jump to an article section while 0×0, then grow.
    let mut app = app_at(embedded(), 0, 0);
    app.update(Action::OpenSearch);
    let section = app
        .search
        .hits()
        .iter()
        .position(|hit| app.index.items()[hit.item].kind == ItemKind::Section)
        .expect("the embedded pack has sections");
    for _ in 0..section {
        app.update(Action::Down);
    }
    let before = State::of(&app);
    app.update(Action::Submit);
    check_transition(&before, &app, &Action::Submit, 1);
    assert_eq!(app.overlay, Overlay::Article);
    check(&app, 1);
    app.update(Action::Resize(80, 24));
    check(&app, 2);
    check_screen(&app, &draw_once(&app), 2, true);
}

/// The wheel scrolls what is under it, to its end and back, without moving focus.
#[test]
fn wheel_over_every_pane_at_80_by_24() {
    for (pack, tracks) in [(embedded(), true), (generated(BIG), false)] {
        let mut app = app_at(pack, 80, 24);
        let areas = app.layout();
        for (pane, area) in [
            (Pane::Factors, areas.factors),
            (Pane::Detail, areas.detail),
            (Pane::Sliders, areas.sliders),
            (Pane::Recommendation, areas.recommendation),
        ] {
            let (column, row) = (area.x + area.width / 2, area.y + area.height / 2);
            let focus = app.focus;
            for down in [true, false] {
                for step in 0..400 {
                    app.update(Action::Wheel { column, row, down });
                    check_cheap(&app, step);
                }
                check(&app, 400);
                assert_eq!(app.focus, focus, "the wheel moved the focus");
                let (position, end) = match pane {
                    Pane::Factors => (app.factor, app.pack.factors.len() - 1),
                    Pane::Sliders => (app.slider, app.pack.traits.len() - 1),
                    Pane::Detail => (app.detail_scroll, scroll_limit(&app, 0)),
                    Pane::Recommendation => (app.recommendation_scroll, scroll_limit(&app, 1)),
                };
                let expected = if down { end } else { 0 };
                assert_eq!(position, expected, "{pane:?} wheeled down {down}");
                check_screen(&app, &draw_once(&app), 0, tracks);
            }
        }
        // Over the header, status and footer lines nothing moves.
        let before = State::of(&app);
        for row in [0, 22, 23] {
            app.update(Action::Wheel {
                column: 10,
                row,
                down: true,
            });
        }
        assert_eq!(State::of(&app), before);
    }
}

/// Sizes far beyond any screen: the state keeps working (nothing is drawn).
#[test]
fn huge_terminal_sizes_do_not_panic() {
    for (width, height) in [(u16::MAX, 100), (u16::MAX, u16::MAX), (20_000, 20_000)] {
        let mut app = app_at(embedded(), width, height);
        for action in [
            Action::Down,
            Action::FocusNext,
            Action::Down,
            Action::Bottom,
            Action::ToggleArticle,
            Action::PageDown,
            Action::Close,
            Action::Click(width / 2, height / 2),
            Action::Wheel {
                column: width / 3,
                row: height / 3,
                down: true,
            },
        ] {
            app.update(action);
        }
        check(&app, 0);
    }
}

/// Very long and very narrow screens draw.
#[test]
fn long_thin_screens_draw() {
    for (width, height) in [(2000, 12), (40, 2000), (u16::MAX, 1), (1, 2000)] {
        let mut ops = vec![Op::Resize(width, height)];
        ops.extend([
            press(KeyCode::Char('?')),
            press(KeyCode::Down),
            press(KeyCode::Char('a')),
            press(KeyCode::End),
            press(KeyCode::Esc),
            press(KeyCode::Char('/')),
        ]);
        ops.extend(typed("e"));
        let app = App::new(vec![generated(BIG)], None, Theme::new(true));
        run_with(app, (80, 24), &ops, false);
    }
}

/// Scrolled to the end, the last line of each text is on screen: the factor
/// detail, the recommendation and the article.
#[test]
fn every_text_scrolls_to_its_last_line() {
    for pack in [embedded(), generated(BIG)] {
        for (width, height) in [(40, 12), (80, 24), (120, 40), (200, 60)] {
            for which in ["detail", "recommendation", "article"] {
                let mut app = app_at(pack.clone(), width, height);
                let areas = app.layout();
                let (lines, columns) = match which {
                    "detail" => {
                        app.focus = Pane::Detail;
                        let inner = layout::inner(areas.detail);
                        (ui::detail::lines(&app, inner.width), inner.width)
                    }
                    "recommendation" => {
                        app.focus = Pane::Recommendation;
                        let inner = layout::inner(areas.recommendation);
                        let lines = ui::recommendation::lines(&app, inner.width, areas.wide);
                        (lines, inner.width)
                    }
                    _ => {
                        app.update(Action::ToggleArticle);
                        let inner = layout::inner(areas.body);
                        (ui::article::lines(&app, inner.width), inner.width)
                    }
                };
                app.update(Action::Bottom);
                let last = lines
                    .iter()
                    .rev()
                    .map(line_text)
                    .find(|text| !text.trim().is_empty())
                    .expect("some text");
                // What fits in the pane's width (longer lines are cut there).
                let fits: String = last.chars().take(usize::from(columns) / 2).collect();
                let want: String = squeezed(&fits).chars().take(12).collect();
                let shown = squeezed(&screen_text(&draw_once(&app)));
                assert!(
                    shown.contains(&want),
                    "{}: {width}×{height}: the {which}'s last line {last:?} is not on screen \
                     after End",
                    pack.id
                );
            }
        }
    }
}

/// Every key of the table does what its row says in its own scope: no row
/// is shadowed by an earlier row of the same scope.
#[test]
fn no_binding_is_dead() {
    for binding in BINDINGS {
        let rows: Vec<&keymap::Binding> = keymap::bindings(binding.scope).collect();
        for key in binding.keys {
            let first = rows.iter().position(|b| b.keys.contains(key));
            let this = rows.iter().position(|b| std::ptr::eq(*b, binding));
            assert_eq!(
                first, this,
                "{key:?} in {:?} is shadowed by an earlier row",
                binding.scope
            );
            let event = KeyEvent::new(key.code, key.modifiers);
            assert!(
                keymap::action_for(&event, &[binding.scope]).is_some(),
                "{key:?} in {:?} does nothing",
                binding.scope
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Regressions: bugs these properties found, each as its smallest case. They
// assert the behaviour the product should have. Most were fixed while this
// file was written (the commit is named); they stay as guards.
// ---------------------------------------------------------------------------

/// Fixed in b9a849a: `layout::areas` computed `body.height * 3 / 5` in
/// `u16`, which from 21,849 rows up (narrow layout, under 110 columns)
/// overflowed (a panic in debug builds, a wrong layout in release).
/// Any terminal size.
#[test]
fn regression_tall_narrow_terminal_overflows_the_layout() {
    let mut app = App::new(vec![embedded()], None, Theme::new(true));
    app.update(Action::Resize(80, 21_849));
    check(&app, 1);
}

/// Found against 0d6004d, fixed since (13a348a): the help could never show
/// its last line, as it scrolled to `len - (height - 4)` but its box shows
/// `height - 5` rows (the body is `height - 3`, less two borders).
#[test]
fn regression_help_scrolls_to_its_last_line() {
    for (width, height) in [(80, 24), (40, 12), (120, 40)] {
        let mut app = app_at(embedded(), width, height);
        app.update(Action::ToggleHelp);
        for _ in 0..200 {
            app.update(Action::Down);
        }
        let lines = ui::help::lines(&app);
        let last = line_text(lines.last().expect("help has lines"));
        let shown = screen_text(&draw_once(&app));
        let want: String = last.trim().chars().take(20).collect();
        assert!(
            shown.contains(&want),
            "{width}×{height}: the help's last line {last:?} is not on screen at scroll {}:\n{shown}",
            app.help_scroll
        );
    }
}

/// Fixed in b9a849a: `clamp_scrolls` (run on resize) left `help_scroll`
/// alone, so scrolled down in a small terminal, then grown, the help hid its
/// first lines above a blank end although all of it fitted.
#[test]
fn regression_help_scroll_is_clamped_when_the_terminal_grows() {
    // The smallest case the properties found: 0×0, `?`, wheel down, 0×68.
    let mut app = app_at(embedded(), 0, 0);
    app.update(Action::ToggleHelp);
    app.update(Action::Wheel {
        column: 0,
        row: 0,
        down: true,
    });
    app.update(Action::Resize(0, 68));
    check(&app, 3);

    let mut app = app_at(embedded(), 40, 12);
    app.update(Action::ToggleHelp);
    for _ in 0..200 {
        app.update(Action::Down);
    }
    assert!(app.help_scroll > 0);
    app.update(Action::Resize(200, 100));
    let first = line_text(&ui::help::lines(&app)[0]);
    assert!(
        screen_text(&draw_once(&app)).contains(first.trim()),
        "the help's first line {first:?} is hidden though all of it fits (scroll {})",
        app.help_scroll
    );
    check(&app, 1);
}

/// Fixed in 815313e: below 40×12 only a "terminal too small" note is drawn
/// and a click did nothing, but a drag still set the selected slider and the
/// wheel still moved selections and scrolls, on panes not on screen.
#[test]
fn regression_mouse_does_nothing_while_the_terminal_is_too_small() {
    let mut app = app_at(embedded(), 39, 11);
    let areas = app.layout();
    let track = track_of(&app, 0, 0).expect("slider 0 has a track in the layout");
    let (column, row) = (
        areas.sliders.x + areas.sliders.width / 2,
        areas.sliders.y + areas.sliders.height / 2,
    );
    for action in [
        Action::Drag(track.right() - 1, track.y),
        Action::Wheel {
            column,
            row,
            down: true,
        },
        Action::ToggleHelp,
        Action::Wheel {
            column,
            row,
            down: true,
        },
    ] {
        let before = State::of(&app);
        app.update(action.clone());
        check_transition(&before, &app, &action, 0);
    }
}

/// Found against 0d6004d, fixed since (13a348a, lists keep their window):
/// the slider and factor lists scrolled from the selection alone
/// (`list_offset(selected, visible)`), in drawing and in hit-testing, so in a
/// scrolled list a click on a row above the selected one scrolled the list
/// under the pointer: a click on a slider's track selected the slider without
/// setting it, and a second click on the same factor row selected another
/// factor. Kept as guards.
#[test]
fn regression_click_on_a_scrolled_sliders_track_sets_it() {
    // The smallest case the properties found: the embedded pack at 40×12
    // shows three sliders; select the fourth, click the first one shown.
    for (pack, width, height, down) in [
        (embedded(), 40, 12, 3),
        (generated(BIG), 80, 24, 20),
        (generated(BIG), 120, 40, 20),
    ] {
        let mut app = app_at(pack, width, height);
        for _ in 0..down {
            app.update(Action::Down);
        }
        let areas = app.layout();
        let rows = layout::slider_rows(
            layout::inner(areas.sliders),
            areas.wide,
            app.pack.traits.len(),
            app.slider_offset,
        );
        let top = rows.offset;
        assert!(top > 0, "{width}×{height}: the list is scrolled");
        let track = track_of(&app, app.slider_offset, top).expect("the top slider shows");
        let action = Action::Click(track.right() - 1, track.y);
        let before = State::of(&app);
        app.update(action.clone());
        check_transition(&before, &app, &action, 1);
    }
}

#[test]
fn regression_clicking_the_same_factor_row_twice_keeps_the_selection() {
    let mut app = app_at(generated(BIG), 80, 24);
    app.focus = Pane::Factors;
    for _ in 0..30 {
        app.update(Action::Down);
    }
    let inner = layout::inner(app.layout().factors);
    let (column, row) = (inner.x + 2, inner.y);
    app.update(Action::Click(column, row));
    let first = app.factor;
    app.update(Action::Click(column, row));
    assert_eq!(
        app.factor, first,
        "a second click on the same row moved the selection"
    );
}

/// In the narrow layout (under 110×30) `ui/sliders.rs` pads the label with
/// `format!("{label:<w$}")`, which counts chars, not columns, and a newline
/// in a label is counted but not drawn: with wide (CJK, emoji), zero-width
/// (combining, ZWSP) or multi-line labels the track is drawn off the place
/// where `layout::track` maps clicks, so a click sets another value than the
/// one under the pointer.
#[test]
fn regression_slider_tracks_are_drawn_where_clicks_land() {
    for label in [
        "チームの規模",
        "Team size 🦀",
        "Taille de l'e\u{301}quipe",
        "Team\nsize",
    ] {
        let mut pack = embedded();
        pack.traits[0].label = label.into();
        for (width, height) in [(80, 24), (40, 12)] {
            let app = app_at(pack.clone(), width, height);
            check_screen(&app, &draw_once(&app), 0, true);
        }
    }
}

/// Fixed in b9a849a (typing now scores the same items in the same order as a
/// fresh search): a result's score depends on what was scored before it, as
/// `SkimMatcherV2` (fuzzy-matcher 0.3.7) keeps its score matrix between calls
/// without clearing all of it: `fuzzy_match("team 🦀 team 🦀", "eea")` gives
/// 42 on a fresh matcher but 54 right after `fuzzy_match("ecosystem straße
/// naïve", "eea")`. Refining the previous hits on each keystroke scored items
/// in another order than a fresh search, so the same query ranked its results
/// differently depending on how it was typed (and Enter could jump elsewhere).
/// The smallest case the properties found: the generated pack, `/`, `e`, `e`,
/// `a`.
#[test]
fn regression_search_results_depend_only_on_the_query() {
    let mut app = app_at(generated(BIG), 80, 24);
    app.update(Action::OpenSearch);
    for c in "eea".chars() {
        app.update(Action::Input(c));
    }
    let fresh = SearchIndex::new(&app.pack).search("eea").hits;
    let differ = app
        .search
        .hits()
        .iter()
        .zip(&fresh)
        .find(|(typed, afresh)| typed != afresh);
    assert!(
        differ.is_none(),
        "typed {:?}, searched afresh {:?}",
        differ.map(|pair| pair.0),
        differ.map(|pair| pair.1)
    );
    assert_eq!(app.search.hits().len(), fresh.len());
}
