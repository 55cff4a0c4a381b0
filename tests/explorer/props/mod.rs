//! Property tests of the full-screen explorer, played through its own event loop.
//!
//! Each case builds an `App` (the embedded pack; a generated pack, either the
//! large one of 300 factors, 40 sliders of max 1..=20 and 5 options, or a
//! random shape; or a folder of two or three packs, which opens on the
//! picker), in colour or monochrome, resizes it once as the runner does, then
//! plays up to 200 terminal events through the explorer's own loop
//! (`run_loop`, with `player::Player` as its host, one event a round, so the
//! loop draws into a `TestBackend` after each):
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
//! - effect outcomes with random messages (escape sequences, C1 and
//!   bidirectional controls, 600 characters);
//! - focus and paste events, which must do nothing;
//! - and some of those repeated in bursts (a key held down, the wheel spun).
//!
//! An `Effect` is never performed (no file, no clipboard): its outcome goes
//! back as the next generated message, or `Ok("done")`. After every event
//! the loop draws the whole screen (the checks skip it while a side is 0)
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
//! The files: `strategy.rs` (what a case is made of), `player.rs` (the
//! loop's host), `screen.rs` (drawing a screen once; `common::screen` reads
//! it), `checks.rs` (the invariants),
//! `transitions.rs` (what each action must have done), this file (the runner
//! and the properties), and `cases.rs`: deterministic cases, then one
//! regression test per bug found, each the smallest case, asserting what the
//! product should do.
//!
//! Cases per property: `PROPTEST_CASES` if set, otherwise `DEFAULT_CASES`.

use std::sync::Arc;

use proptest::prelude::{any, prop_assert_eq, proptest};
use proptest::test_runner::Config as ProptestConfig;
use ratatui::crossterm::event::{Event, MouseEvent};
use stackcompare::content::{Pack, embedded};
use stackcompare::tui::action::{Action, Reload};
use stackcompare::tui::app::{App, Overlay, Start};
use stackcompare::tui::keymap;
use stackcompare::tui::theme::Theme;

use crate::common::packs::{BIG, PackSpec, generated, values_within};

mod cases;
mod checks;
mod player;
mod screen;
mod strategy;
mod transitions;

use checks::check_key;
use player::Player;
use strategy::{Op, ops, pack_spec, size};

/// Enough for the whole file to run in about ten seconds of a debug build on
/// two cores.
const DEFAULT_CASES: u32 = 48;

fn config() -> ProptestConfig {
    crate::common::proptest_config(DEFAULT_CASES)
}

// ---------------------------------------------------------------------------
// The runner
// ---------------------------------------------------------------------------

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
        Op::Idle => Some(Action::Idle),
        Op::Reload(spec) => Some(Action::Reloaded(Reload(match spec {
            Some(spec) => Ok(Arc::new(generated(*spec))),
            None => Err(vec!["pack.yaml:3:1: broken".to_owned()]),
        }))),
        Op::Other(event) => {
            let action = keymap::event_action(event, &app.scopes(), true);
            let typing = matches!(app.overlay(), Some(Overlay::Search | Overlay::Prompt));
            assert_eq!(
                action.is_some(),
                typing && matches!(event, Event::Paste(_)),
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
/// when `tracks` is false. The case is played through the real loop, which
/// draws after every event.
fn run_with(mut app: App, (width, height): (u16, u16), ops: &[Op], tracks: bool) {
    app.update(Action::Resize(width, height));
    Player::new(&app, ops, tracks).play(&mut app);
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
        let app = App::new(vec![pack], Start { values, ..Start::default() }, Theme::new(colour));
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
        let app = App::new(vec![pack], Start { values, ..Start::default() }, Theme::new(colour));
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
