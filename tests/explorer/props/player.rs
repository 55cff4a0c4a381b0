//! A case played through the explorer's real loop (`run_loop`): this host
//! hands it one generated event a round, so the loop draws after each, and
//! checks what the last one did before the next.

use std::collections::VecDeque;
use std::io;
use std::sync::Arc;

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, MouseEvent};
use ratatui::{Terminal, TerminalOptions, Viewport};
use stackcompare::profile;
use stackcompare::tui::action::{Action, Effect, Reload};
use stackcompare::tui::app::{App, Overlay, Status};
use stackcompare::tui::layout::Fit;
use stackcompare::tui::run_loop::{Ending, Host, Woken, run_loop};

use super::action_of;
use super::checks::{Checker, check_effect, check_screen};
use super::strategy::Op;
use super::transitions::{History, State, check_transition};

/// An action handed to the loop, with what its checks need from before it.
struct Applied {
    step: usize,
    action: Action,
    before: State,
    picking: bool,
    picker: usize,
}

/// What a real terminal shows of the cells written so far: a wide glyph
/// covers the column after it too. The test backend keeps whatever that
/// column held before (ratatui rightly skips it), which no terminal shows.
fn as_a_terminal_shows(backend: &mut TestBackend) {
    use ratatui::backend::Backend;
    use unicode_width::UnicodeWidthStr;
    let buffer = backend.buffer();
    let area = buffer.area;
    let covered: Vec<(u16, u16)> = (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .filter(|&(x, y)| buffer[(x, y)].symbol().width() > 1 && x + 1 < area.right())
        .map(|(x, y)| (x + 1, y))
        .filter(|&(x, y)| buffer[(x, y)].symbol() != " ")
        .collect();
    let blank = ratatui::buffer::Cell::default();
    let cells = covered.iter().map(|&(x, y)| (x, y, &blank));
    backend.draw(cells).expect("the test backend draws");
}

/// The host of one case.
pub(super) struct Player<'a> {
    ops: std::iter::Enumerate<std::slice::Iter<'a, Op>>,
    /// The event of this round, for `pending`.
    event: Option<Event>,
    applied: Option<Applied>,
    /// What the next effects come back with: the case's `Finished` events.
    outcomes: VecDeque<Result<String, String>>,
    /// The outcome of the effect the last action asked for.
    outcome: Option<Result<String, String>>,
    history: History,
    checker: Checker,
    /// Whether to check that tracks are drawn where clicks land.
    tracks: bool,
    step: usize,
}

impl<'a> Player<'a> {
    pub(super) fn new(app: &App, ops: &'a [Op], tracks: bool) -> Self {
        Self {
            ops: ops.iter().enumerate(),
            event: None,
            applied: None,
            outcomes: VecDeque::new(),
            outcome: None,
            history: History {
                start: app.session().values().to_vec(),
                earlier: Vec::new(),
                later: Vec::new(),
                pack: Some(Arc::clone(app.session().pack())),
            },
            checker: Checker::default(),
            tracks,
            step: 0,
        }
    }

    /// Play the case on `app`, from a terminal of its size.
    pub(super) fn play(mut self, app: &mut App) {
        let (width, height) = app.size();
        let mut terminal = Terminal::with_options(
            TestBackend::new(width, height),
            TerminalOptions {
                viewport: Viewport::Fixed(ratatui::layout::Rect::new(0, 0, width, height)),
            },
        )
        .expect("a test terminal");
        self.checker.check(app, 0);
        let ending = run_loop(&mut terminal, app, &mut self).expect("the loop runs");
        assert_eq!(ending, Ending::Quit);
        self.settle(app);
    }

    /// The checks of the last action, now that the loop has applied it.
    fn settle(&mut self, app: &App) {
        let Some(applied) = self.applied.take() else {
            return;
        };
        let Applied {
            step,
            action,
            before,
            picking,
            picker,
        } = applied;
        check_transition(&before, app, &action, &mut self.history, step);
        if let Some(outcome) = self.outcome.take() {
            let (text, error) = match outcome {
                Ok(text) => (text, false),
                Err(text) => (text, true),
            };
            assert_eq!(
                app.status(),
                Some(&Status { text, error }),
                "step {step}: the outcome shows"
            );
        }
        // The open pack picked again (back with Esc) carries on as it was.
        let carried = self
            .history
            .pack
            .as_ref()
            .is_some_and(|pack| Arc::ptr_eq(pack, &app.packs()[picker]))
            && before.values == app.session().values();
        if picking && action == Action::Submit && !carried {
            assert_eq!(app.overlay(), None, "step {step}: picker stays open");
            assert!(
                Arc::ptr_eq(app.session().pack(), &app.packs()[picker]),
                "step {step}: the picked pack is not the open one"
            );
            assert_eq!(
                app.session().values(),
                app.pack().default_values(),
                "step {step}"
            );
            self.history = History {
                start: app.session().values().to_vec(),
                earlier: Vec::new(),
                later: Vec::new(),
                pack: Some(Arc::clone(app.session().pack())),
            };
        }
        if app.quitting() {
            assert_eq!(action, Action::Quit, "step {step}: quit by {action:?}");
        }
        self.checker.check(app, step);
    }

    /// Remember `action`, about to be applied, with the state before it.
    fn hand(&mut self, app: &App, action: Action, step: usize) {
        self.applied = Some(Applied {
            step,
            action,
            before: State::of(app),
            picking: app.overlay() == Some(Overlay::Picker),
            picker: app.picker().selected,
        });
    }
}

impl Host<TestBackend> for Player<'_> {
    fn mouse(&self) -> bool {
        true
    }

    fn wait(&mut self, terminal: &mut Terminal<TestBackend>, app: &App) -> io::Result<Woken> {
        self.settle(app);
        as_a_terminal_shows(terminal.backend_mut());
        let (width, height) = app.size();
        if width > 0 && height > 0 && app.fit() != Fit::TooLarge {
            check_screen(app, terminal.backend().buffer(), self.step, self.tracks);
        }
        for (index, op) in self.ops.by_ref() {
            let step = index + 1;
            self.step = step;
            match op {
                Op::Finished(outcome) => self.outcomes.push_back(outcome.clone()),
                Op::Idle => {
                    self.hand(app, Action::Idle, step);
                    return Ok(Woken::Idle);
                }
                Op::Reload(_) => {
                    let Some(Action::Reloaded(Reload(loaded))) = action_of(app, op, step) else {
                        unreachable!("a reload is a reload");
                    };
                    let reload = Reload(loaded);
                    self.hand(app, Action::Reloaded(reload.clone()), step);
                    return Ok(Woken::Reloaded(reload));
                }
                op => {
                    let event = match op {
                        Op::Key(key) => Event::Key(*key),
                        Op::Mouse(kind, pos, modifiers) => {
                            let (column, row) = pos.resolve(app);
                            Event::Mouse(MouseEvent {
                                kind: *kind,
                                column,
                                row,
                                modifiers: *modifiers,
                            })
                        }
                        Op::Resize(width, height) => Event::Resize(*width, *height),
                        Op::Other(event) => event.clone(),
                        _ => unreachable!("handled above"),
                    };
                    if let Some(action) = action_of(app, op, step) {
                        self.hand(app, action, step);
                    }
                    self.event = Some(event);
                    return Ok(Woken::Input);
                }
            }
        }
        Ok(Woken::Ended(Ending::Quit))
    }

    fn pending(
        &mut self,
        terminal: &mut Terminal<TestBackend>,
        app: &App,
    ) -> io::Result<Option<Event>> {
        if let Some(event) = self.event.take() {
            return Ok(Some(event));
        }
        // The round's one event is done: the terminal takes the app's size
        // before the loop draws, as a real one has before it sends a resize.
        let (width, height) = app.size();
        let area = terminal.backend().buffer().area;
        if (area.width, area.height) != (width, height) && app.fit() != Fit::TooLarge {
            terminal.backend_mut().resize(width, height);
        }
        Ok(None)
    }

    fn perform(
        &mut self,
        effect: Effect,
        _terminal: &mut Terminal<TestBackend>,
        app: &mut App,
    ) -> io::Result<Option<Action>> {
        let step = self.step;
        let action = &self
            .applied
            .as_ref()
            .expect("an action asked for it")
            .action;
        check_effect(app, action, &effect, step);
        // Profiles are found and read as if two lay beside the pack, one
        // of them broken.
        match effect {
            Effect::FindProfiles(_) => {
                return Ok(Some(Action::ProfilesFound(vec![
                    "ann.profile.yaml".into(),
                    "broken.profile.yaml".into(),
                ])));
            }
            Effect::ReadProfile(path) => {
                let pack = app.pack();
                let text = if path.ends_with("ann.profile.yaml") {
                    let values: Vec<u32> = pack.sliders.iter().map(|t| t.max).collect();
                    profile::to_yaml(pack, &values, Some("Ann"))
                } else {
                    format!("pack: {}\nvalues:\n  no_such_slider: 1\n", pack.id)
                };
                return Ok(Some(Action::ProfileRead {
                    name: path.display().to_string(),
                    text: Ok(text),
                }));
            }
            _ => {}
        }
        let outcome = self.outcomes.pop_front().unwrap_or(Ok("done".into()));
        self.outcome = Some(outcome.clone());
        Ok(Some(Action::Finished(outcome)))
    }

    fn note(&mut self, _text: &str) -> io::Result<()> {
        Ok(())
    }
}
