//! What each action must have done, judged from the state before it.

use std::sync::Arc;

use ratatui::layout::Rect;
use stackcompare::content::Pack;
use stackcompare::engine::Overrides;
use stackcompare::search::{ItemKind, NO_SECTION, Part};
use stackcompare::tui::action::{Action, Motion};
use stackcompare::tui::app::{App, Overlay, PANES, Pane, Project, Search, Target};
use stackcompare::tui::layout::{self, Fit};
use stackcompare::tui::text;

/// The parts of the state an action may change.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct State {
    pub(super) overlay: Option<Overlay>,
    pub(super) focus: Pane,
    pub(super) factor: usize,
    pub(super) slider: usize,
    /// The first row shown of the factor, slider, search and picker lists.
    pub(super) offsets: [usize; 4],
    pub(super) values: Vec<u32>,
    /// The reader's own numbers.
    pub(super) overrides: Overrides,
    /// The number picked in the factor text.
    pub(super) number: usize,
    /// Detail, recommendation, article, help.
    pub(super) scrolls: [usize; 4],
    pub(super) picker: usize,
    pub(super) query: String,
    pub(super) selected: usize,
    /// Whether the sliders moved since they were last written.
    pub(super) unsaved: bool,
    /// What a prompt holds, while one is open.
    pub(super) prompt: Option<String>,
    /// Whether that is still the answer offered, which typing replaces.
    pub(super) prompt_offered: bool,
    /// What the highlighted search result points at.
    pub(super) target: Option<(ItemKind, usize)>,
    /// Which of a search's hits the article view shows, and how many.
    pub(super) hit: Option<(usize, usize)>,
}

impl State {
    pub(super) fn of(app: &App) -> Self {
        let session = app.session();
        Self {
            overlay: app.overlay(),
            focus: app.focus(),
            factor: session.factor(),
            slider: session.slider(),
            offsets: [
                session.factors().offset,
                session.sliders().offset,
                app.search().cursor.offset,
                app.picker().offset,
            ],
            values: session.values().to_vec(),
            overrides: session.engine().overrides().clone(),
            number: session.number(),
            scrolls: [
                session.detail().offset,
                session.reading().offset,
                session.article_scroll().offset,
                app.help().offset,
            ],
            picker: app.picker().selected,
            query: app.search().query.clone(),
            selected: app.search().cursor.selected,
            unsaved: app.unsaved(),
            prompt: app.prompt().map(|prompt| prompt.text.clone()),
            prompt_offered: app.prompt().is_some_and(|prompt| prompt.offered),
            target: app
                .search()
                .hits()
                .get(app.search().cursor.selected)
                .map(|hit| {
                    let item = &session.index().items()[hit.item];
                    (item.kind, item.index)
                }),
            hit: session.article_hits().map(|hits| hits.position()),
        }
    }
}

/// One step up or down within `0..=last`.
pub(super) fn stepped(current: usize, down: bool, last: usize) -> usize {
    if down {
        (current + 1).min(last)
    } else {
        current.saturating_sub(1)
    }
}

pub(super) const SCROLLS: [Target; 4] = [
    Target::Detail,
    Target::Recommendation,
    Target::Article,
    Target::Help,
];

pub(super) fn on_track(track: Rect, column: u16, row: u16) -> bool {
    row == track.y && column >= track.x && column < track.right()
}

/// What the harness knows of the values' history, to judge undo and reset.
#[derive(Debug, Default)]
pub(super) struct History {
    pub(super) start: Vec<u32>,
    /// Earlier projects (values and the reader's numbers), the latest last.
    pub(super) earlier: Vec<Project>,
    /// Projects undone, the latest last: what redo brings back.
    pub(super) later: Vec<Project>,
    /// The pack the history is of: a reload that swaps it starts anew.
    pub(super) pack: Option<Arc<Pack>>,
}

/// What an action must have done, judged from the state before it.
pub(super) fn check_transition(
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
    let slider_max = app.pack().sliders.get(before.slider).map_or(0, |t| t.max);
    let only_slider = |expected: u32| {
        let mut values = before.values.clone();
        values[before.slider] = expected;
        assert_eq!(
            app.session().values(),
            values,
            "step {step}: {action:?} on slider {}",
            before.slider
        );
    };
    // A reloaded pack starts a new history, with the values carried by id.
    if let Action::Reloaded(_) = action {
        let pack = app.pack();
        assert_eq!(
            app.session().values().len(),
            pack.sliders.len(),
            "step {step}"
        );
        for (value, t) in app.session().values().iter().zip(&pack.sliders) {
            assert!(
                *value <= t.max,
                "step {step}: {value} > {} after a reload",
                t.max
            );
        }
        let swapped = history
            .pack
            .as_ref()
            .is_none_or(|pack| !Arc::ptr_eq(pack, app.session().pack()));
        if swapped {
            history.start = app.session().start().to_vec();
            history.earlier.clear();
            history.later.clear();
            history.pack = Some(Arc::clone(app.session().pack()));
        } else {
            unchanged("a reload of an equal pack");
        }
        return;
    }
    // The history of the values and the reader's numbers: every change but
    // an undo can be undone, every undo redone until the next change.
    let project = |state: &State| Project {
        values: state.values.clone(),
        overrides: state.overrides.clone(),
    };
    let now = project(&after);
    match action {
        Action::Undo => {
            let expected = match history.earlier.pop() {
                Some(earlier) => {
                    history.later.push(project(before));
                    earlier
                }
                None => project(before),
            };
            assert_eq!(now, expected, "step {step}: undo");
        }
        Action::Redo => {
            let expected = match history.later.pop() {
                Some(later) => {
                    history.earlier.push(project(before));
                    later
                }
                None => project(before),
            };
            assert_eq!(now, expected, "step {step}: redo");
        }
        _ if now != project(before) => {
            history.earlier.push(project(before));
            history.later.clear();
        }
        _ => {}
    }
    // Only the factor text's keys change the reader's numbers, the values
    // staying; the rest leave them be (a reload carries them by id).
    match action {
        Action::LowerNumber | Action::RaiseNumber | Action::PacksNumber => {
            assert_eq!(
                after.values, before.values,
                "step {step}: {action:?} moved a slider"
            );
        }
        Action::Undo | Action::Redo | Action::Reset | Action::Submit | Action::Reloaded(_) => {}
        _ => assert_eq!(
            after.overrides, before.overrides,
            "step {step}: {action:?} changed a number"
        ),
    }
    // A profile saved or loaded is the new start, at the values it holds.
    if app.session().start() != history.start {
        assert!(
            matches!(action, Action::Submit | Action::Finished(_))
                && app.session().start() == app.session().values(),
            "step {step}: {action:?} moved the start"
        );
        history.start = app.session().start().to_vec();
    }
    // Quitting away from unsaved sliders asks first; asked, it quits.
    if *action == Action::Quit {
        let asked = before.overlay == Some(Overlay::ConfirmQuit);
        assert_eq!(
            app.quitting(),
            asked || !before.unsaved,
            "step {step}: quit"
        );
        if !app.quitting() {
            assert_eq!(
                app.overlay(),
                Some(Overlay::ConfirmQuit),
                "step {step}: asks"
            );
        }
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
                Some(track) if !app.pack().sliders[before.slider].is_toggle() => {
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
        Action::Digit(digit) if *digit <= slider_max => only_slider(*digit),
        // Past the range (a toggle's 0–1 included): nothing moves.
        Action::Digit(_) => only_slider(before.values[before.slider]),
        Action::IncreaseTenth | Action::DecreaseTenth => {
            let tenth = slider_max.div_ceil(10).max(1);
            let value = before.values[before.slider];
            only_slider(if *action == Action::IncreaseTenth {
                (value + tenth).min(slider_max)
            } else {
                value.saturating_sub(tenth)
            });
        }
        Action::Flip if slider_max == 1 => only_slider(1 - before.values[before.slider]),
        Action::Flip => unchanged("on a slider that is no toggle"),
        Action::Reset => assert_eq!(app.session().values(), history.start, "step {step}: reset"),
        Action::Move(motion) if before.overlay.is_none() && before.focus == Pane::Factors => {
            let last = app.pack().factors.len() - 1;
            let expected = match motion {
                Motion::Up => before.factor.saturating_sub(1),
                Motion::Down => (before.factor + 1).min(last),
                Motion::Top => 0,
                Motion::Bottom => last,
                _ => app.session().factor(),
            };
            assert_eq!(
                app.session().factor(),
                expected,
                "step {step}: {action:?} in the factor list"
            );
        }
        Action::Submit if before.overlay == Some(Overlay::Search) => check_jump(before, app, step),
        Action::NextHit | Action::PreviousHit => check_step_hit(before, app, action, step),
        Action::Input(c) if before.overlay == Some(Overlay::Search) => {
            if before.query.chars().count() < 200 {
                assert_eq!(
                    app.search().query,
                    format!("{}{c}", before.query),
                    "step {step}"
                );
            }
            assert_eq!(app.search().cursor.selected, 0, "step {step}");
        }
        Action::Backspace if before.overlay == Some(Overlay::Search) => {
            let mut query = before.query.clone();
            query.pop();
            assert_eq!(app.search().query, query, "step {step}");
        }
        Action::ClearQuery if before.overlay == Some(Overlay::Search) => {
            assert_eq!(app.search().query, "", "step {step}")
        }
        Action::Input(c) if before.overlay == Some(Overlay::Prompt) => {
            let typed = app
                .prompt()
                .map(|prompt| prompt.text.clone())
                .unwrap_or_default();
            let was = before.prompt.clone().unwrap_or_default();
            // A letter the question does not take changes nothing; one it
            // takes replaces an answer offered, or goes after the reader's.
            let after = if before.prompt_offered {
                c.to_string()
            } else {
                format!("{was}{c}")
            };
            assert!(
                typed == was || typed == after || typed.chars().count() == 60,
                "step {step}: {c:?} typed {was:?} into {typed:?}"
            );
            assert_eq!(
                app.session().values(),
                before.values,
                "step {step}: typing sets nothing"
            );
        }
        Action::Input(_)
        | Action::Backspace
        | Action::ClearQuery
        | Action::DeleteWord
        | Action::Paste(_)
            if !matches!(before.overlay, Some(Overlay::Search | Overlay::Prompt)) =>
        {
            unchanged("outside the search box and prompts")
        }
        Action::OpenSearch => {
            assert_eq!(app.overlay(), Some(Overlay::Search), "step {step}");
            assert_eq!(
                app.search().hits().len(),
                app.session().index().items().len(),
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
            assert_eq!(app.focus(), PANES[next % 4], "step {step}: {action:?}");
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
            // In a folder of packs, Esc goes back to the picker.
            None if app.packs().len() > 1 => {
                assert_eq!(
                    app.overlay(),
                    Some(Overlay::Picker),
                    "step {step}: Esc to the picker"
                );
                assert_eq!(app.session().values(), before.values, "step {step}");
            }
            Some(Overlay::Picker) if app.picked() => {
                assert_eq!(app.overlay(), None, "step {step}: Esc back to the pack");
            }
            None | Some(Overlay::Picker) => unchanged("with nothing to close"),
            Some(overlay) => assert!(
                !app.is_open(overlay) || app.overlay() != Some(overlay),
                "step {step}: Esc closes the top"
            ),
        },
        _ => {}
    }
}

pub(super) fn check_click(before: &State, app: &App, column: u16, row: u16, step: usize) {
    let Some(pane) = app.pane_at(column, row) else {
        assert_eq!(
            app.session().values(),
            before.values,
            "step {step}: a click outside every pane"
        );
        return;
    };
    assert_eq!(app.focus(), pane, "step {step}: a click focuses");
    let areas = app.layout();
    match pane {
        Pane::Factors => {
            let inner = layout::inner(areas.factors);
            if row >= inner.y && row < inner.bottom() {
                let index = before.offsets[0] + usize::from(row - inner.y);
                if index < app.pack().factors.len() {
                    assert_eq!(
                        app.session().factor(),
                        index,
                        "step {step}: the clicked factor"
                    );
                    assert_eq!(
                        app.session().factors().offset,
                        before.offsets[0],
                        "step {step}: the list scrolled under the pointer"
                    );
                }
            }
        }
        Pane::Sliders => {
            let Some(index) = app.slider_rows().slider_at(row) else {
                assert_eq!(app.session().values(), before.values, "step {step}");
                return;
            };
            assert_eq!(
                app.session().slider(),
                index,
                "step {step}: the clicked slider"
            );
            assert_eq!(
                app.session().sliders().offset,
                before.offsets[1],
                "step {step}: the list scrolled under the pointer"
            );
            let t = &app.pack().sliders[index];
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
                app.session().values(),
                values,
                "step {step}: a click at ({column}, {row}) on slider {index}'s track {track:?}"
            );
        }
        _ => assert_eq!(app.session().values(), before.values, "step {step}"),
    }
}

pub(super) fn check_wheel(
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
                app.search().hits().len().saturating_sub(1),
            );
        }
        Some(Overlay::Picker) => {
            expected.picker = stepped(before.picker, down, app.packs().len() - 1)
        }
        Some(Overlay::Help) => {
            expected.scrolls[3] = stepped(before.scrolls[3], down, limit(Target::Help))
        }
        Some(Overlay::Article) => {
            expected.scrolls[2] = stepped(before.scrolls[2], down, limit(Target::Article))
        }
        // A question takes no wheel; the profiles' list is not in the state.
        Some(Overlay::Prompt | Overlay::ConfirmQuit | Overlay::Profiles) => {}
        None => match app.pane_at(column, row) {
            None => {}
            Some(Pane::Factors) => {
                expected.factor = stepped(before.factor, down, app.pack().factors.len() - 1);
                // Another factor: its text from the top, its pick from
                // its base weight.
                if expected.factor != before.factor {
                    expected.scrolls[0] = 0;
                    expected.number = 0;
                }
            }
            Some(Pane::Sliders) => {
                expected.slider = stepped(before.slider, down, app.pack().sliders.len() - 1)
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

/// `n` or `N`: the next or previous hit, round at the ends, shown with a
/// line above it.
fn check_step_hit(before: &State, app: &App, action: &Action, step: usize) {
    let (at, count) = before
        .hit
        .expect("n and N are keys only after a search's Enter");
    let next = if *action == Action::NextHit {
        at % count + 1
    } else {
        (at + count - 2) % count + 1
    };
    let hits = app.session().article_hits().expect("the hits stay");
    assert_eq!(hits.position(), (next, count), "step {step}: {action:?}");
    assert_hit_shown(app, step);
}

/// The article view scrolled to its highlighted hit, a line above it in view.
fn assert_hit_shown(app: &App, step: usize) {
    let hits = app.session().article_hits().expect("the search's hits");
    let width = layout::inner(app.layout().body).width;
    let article = text::article::lines(app.pack(), app.theme(), width, Some(hits.mark()));
    let row = article.mark_row.expect("the hit's row");
    assert_eq!(
        (app.overlay(), app.session().article_scroll().offset),
        (
            Some(Overlay::Article),
            row.saturating_sub(1).min(app.scroll_limit(Target::Article))
        ),
        "step {step}: the hit shown"
    );
}

pub(super) fn check_jump(before: &State, app: &App, step: usize) {
    let Some((kind, index)) = before.target else {
        assert_eq!(
            app.overlay(),
            Some(Overlay::Search),
            "step {step}: nothing to jump to"
        );
        assert!(
            app.status().as_ref().is_some_and(|s| s.error),
            "step {step}"
        );
        return;
    };
    assert_eq!(
        *app.search(),
        Search::default(),
        "step {step}: search closed"
    );
    match kind {
        ItemKind::Factor => assert_eq!(
            (app.overlay(), app.focus(), app.session().factor()),
            (None, Pane::Factors, index),
            "step {step}"
        ),
        ItemKind::Slider => assert_eq!(
            (app.overlay(), app.focus(), app.session().slider()),
            (None, Pane::Sliders, index),
            "step {step}"
        ),
        ItemKind::Section | ItemKind::Passage => {
            // The hit highlighted, a line above it in view.
            let hits = app.session().article_hits().expect("the search's hits");
            let mark = hits.mark();
            match mark.part {
                Part::Title(at) | Part::Body(at) => assert_eq!(at, index, "step {step}"),
                Part::Intro | Part::Closing => assert_eq!(index, NO_SECTION, "step {step}"),
            }
            assert_hit_shown(app, step);
        }
    }
}
