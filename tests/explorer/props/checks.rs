//! The invariants checked after every event, and on each action and effect.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use stackcompare::engine::Engine;
use stackcompare::profile::Profile;
use stackcompare::tui::action::{Action, Effect};
use stackcompare::tui::app::{App, Overlay, Search, Target};
use stackcompare::tui::keymap::Scope;
use stackcompare::tui::layout::{self, Fit};
use stackcompare::tui::ui;

use super::screen::{Shown, squeezed};
use crate::common::screen::{row, span, text};

/// The invariants, with the costly ones skipped when nothing they depend on
/// (nothing shown) changed.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) last: Option<Shown>,
}

impl Checker {
    pub(super) fn check(&mut self, app: &App, step: usize) {
        check_cheap(app, step);
        let seen = Shown::of(app);
        if self.last.as_ref() != Some(&seen) {
            check_costly(app, step);
            self.last = Some(seen);
        }
    }
}

/// Indices, ranges, the search box's state and the lists' windows.
pub(super) fn check_cheap(app: &App, step: usize) {
    let pack = app.pack();
    let session = app.session();
    assert!(session.factor() < pack.factors.len(), "step {step}: factor");
    assert!(session.slider() < pack.sliders.len(), "step {step}: slider");
    assert_eq!(
        session.values().len(),
        pack.sliders.len(),
        "step {step}: values"
    );
    for (t, (value, tr)) in session.values().iter().zip(&pack.sliders).enumerate() {
        assert!(
            *value <= tr.max,
            "step {step}: slider {t} at {value} above its max {}",
            tr.max
        );
    }
    assert!(
        app.search().query.chars().all(typeable),
        "step {step}: the query {:?} holds a control character",
        app.search().query
    );
    assert!(
        app.search().query.chars().count() <= 200,
        "step {step}: the query outgrew its limit"
    );
    if app.is_open(Overlay::Search) {
        let hits = app.search().hits().len();
        assert!(
            app.search().cursor.selected < hits.max(1),
            "step {step}: search selection"
        );
    } else {
        assert_eq!(
            *app.search(),
            Search::default(),
            "step {step}: a closed search keeps no state"
        );
    }
    if app.is_open(Overlay::Picker) {
        assert!(app.packs().len() > 1, "step {step}: picker for one pack");
        assert!(
            app.picker().selected < app.packs().len(),
            "step {step}: picker"
        );
    }
    // Each list's window holds its selection and never shows rows past the end.
    let lists = [
        (Target::Factors, session.factors()),
        (Target::Sliders, session.sliders()),
        (Target::Search, &app.search().cursor),
        (Target::Picker, app.picker()),
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
pub(super) fn check_costly(app: &App, step: usize) {
    let session = app.session();
    assert!(
        *session.recommendation()
            == Engine::with_overrides(app.pack(), session.engine().overrides())
                .recommend(session.values()),
        "step {step}: the recommendation is stale for values {:?}",
        session.values()
    );
    if app.is_open(Overlay::Search) {
        let fresh = session.index().search(&app.search().query).hits;
        let hits = app.search().hits();
        if app.search().pending() == 0 {
            assert!(
                hits == fresh.as_slice(),
                "step {step}: hits differ from a fresh search"
            );
        } else {
            // Still ranking between key presses: what is ranked so far is
            // the fresh search's hits among them, in its order.
            let rank: std::collections::HashMap<usize, (usize, &_)> = (fresh.iter())
                .enumerate()
                .map(|(at, hit)| (hit.item, (at, hit)))
                .collect();
            let mut last = None;
            for hit in hits {
                let &(at, fresh_hit) = rank
                    .get(&hit.item)
                    .unwrap_or_else(|| panic!("step {step}: a hit a fresh search lacks"));
                assert!(fresh_hit == hit, "step {step}: a hit scored differently");
                assert!(last < Some(at), "step {step}: hits out of the fresh order");
                last = Some(at);
            }
        }
    }
    // Scrolling never goes past the end of the text at the current size.
    for (target, offset) in [
        (Target::Detail, session.detail().offset),
        (Target::Recommendation, session.reading().offset),
        (Target::Article, session.article_scroll().offset),
        (Target::Help, app.help().offset),
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
pub(super) fn check_screen(app: &App, buffer: &Buffer, step: usize, tracks: bool) {
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
        let shown = squeezed(&text(buffer));
        assert!(
            note.starts_with(&shown) || shown.starts_with(&note),
            "step {step}: the size note reads {shown:?}"
        );
        return;
    }
    let header = row(buffer, 0);
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
pub(super) fn check_verdict(app: &App, buffer: &Buffer, step: usize) {
    let area = layout::inner(app.layout().recommendation);
    if area.height == 0 || area.width < 12 {
        return;
    }
    let verdict = row(buffer, area.y);
    let expected = match app.session().recommendation().verdict {
        stackcompare::engine::Verdict::Winner(o) => app.pack().options[o].name.replace('\n', " "),
        stackcompare::engine::Verdict::CloseCall(_) => "lose".into(),
    };
    let first: String = expected.chars().take(3).collect();
    assert!(
        squeezed(&verdict).contains(&squeezed(&first)),
        "step {step}: the verdict row reads {verdict:?}"
    );
}

/// Each slider's track is drawn where the mouse looks for it, filled in
/// proportion to its value: a click lands where it looks.
pub(super) fn check_tracks(app: &App, buffer: &Buffer, step: usize) {
    let rows = app.slider_rows();
    for index in rows.offset..rows.offset + rows.visible {
        let Some(track) = app.track_area(index) else {
            continue;
        };
        let t = &app.pack().sliders[index];
        let value = app.session().values()[index];
        let drawn = span(buffer, track.y, track.x..track.right());
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
            row(buffer, track.y)
        );
    }
}

/// Checks on the action an event turned into, before it is applied.
pub(super) fn check_key(
    app: &App,
    key: &KeyEvent,
    scopes: &[Scope],
    action: Option<&Action>,
    step: usize,
) {
    if key.kind == KeyEventKind::Release {
        assert_eq!(action, None, "step {step}: a key release acts");
    }
    if key.code == KeyCode::Esc {
        assert_ne!(action, Some(&Action::Quit), "step {step}: Esc quits");
    }
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    if let (Some(overlay @ (Overlay::Search | Overlay::Prompt)), KeyCode::Char(c), true, true) = (
        app.overlay(),
        key.code,
        plain,
        key.kind != KeyEventKind::Release,
    ) {
        let typing = if overlay == Overlay::Search {
            Scope::Search
        } else {
            Scope::Prompt
        };
        assert_eq!(scopes, [typing], "step {step}: typing scopes");
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
pub(super) fn typeable(c: char) -> bool {
    !stackcompare::textkit::chars::is_unprintable(c)
}

/// Checks on an effect asked for by `action`.
pub(super) fn check_effect(app: &App, action: &Action, effect: &Effect, step: usize) {
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
            Action::ExportRecord,
            Effect::WriteFile {
                stem,
                extension,
                contents,
                ..
            },
        ) => {
            assert_eq!(stem, &format!("stackcompare-{}-decision", app.pack().id));
            assert_eq!(*extension, "md");
            assert!(*contents == app.record(), "step {step}: record contents");
        }
        // The name typed at `s`: the profile reads back to the values, under it.
        (
            Action::Submit,
            Effect::WriteFile {
                stem,
                extension,
                contents,
                ..
            },
        ) => {
            assert_eq!(*extension, "profile.yaml");
            let profile = Profile::parse(contents, "saved.profile.yaml")
                .unwrap_or_else(|e| panic!("step {step}: the saved profile does not parse: {e}"));
            let values = profile.values_for(app.pack()).unwrap_or_else(|e| {
                panic!("step {step}: the saved profile does not read back: {e}")
            });
            assert_eq!(
                values,
                app.session().values(),
                "step {step}: saved profile values"
            );
            let name = profile.name.expect("a saved profile has its name");
            assert_eq!(
                *stem,
                stackcompare::profile::file_stem(&name),
                "step {step}"
            );
        }
        (Action::PickProfile, Effect::FindProfiles(folders)) => {
            assert!(!folders.is_empty(), "step {step}: looks nowhere");
        }
        (Action::Submit, Effect::ReadProfile(path)) => {
            let listed = &app.profiles().paths;
            assert!(
                listed.contains(path),
                "step {step}: reads {path:?}, not listed"
            );
        }
        (Action::Copy, Effect::Copy(text)) => {
            assert!(*text == app.summary(), "step {step}: copied text")
        }
        (Action::Suspend, Effect::Suspend) => {}
        _ => panic!("step {step}: {action:?} asked for {effect:?}"),
    }
}
