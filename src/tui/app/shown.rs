//! The texts the screen shows, laid out by `App::update` when what they
//! show changes (the values, the selected factor, the width, how sure the
//! verdict is), never while drawing: drawing and scrolling only read them.

use ratatui::text::Line;

use super::{App, Overlay};
use crate::engine::Robustness;
use crate::tui::layout::{self, inner};
use crate::tui::text;
use crate::tui::text::article::Mark;

/// Lines laid out for one state of what they show.
#[derive(Debug, Default)]
struct Laid<K> {
    key: Option<K>,
    lines: Vec<Line<'static>>,
}

impl<K: PartialEq> Laid<K> {
    /// Lay the lines out again unless `key` is what they were laid out for.
    fn refresh(&mut self, key: K, lay_out: impl FnOnce() -> Vec<Line<'static>>) {
        if self.key.as_ref() != Some(&key) {
            self.lines = lay_out();
            self.key = Some(key);
        }
    }
}

/// What a text of the values depends on: how many times they changed, and
/// the width it is laid out at.
type ValuesAt = (u64, u16);

/// Every text of the open pack as shown now.
#[derive(Debug, Default)]
pub struct Shown {
    /// The selected factor's text: its factor, the values, whether whole
    /// sentences are shown, the width, the number picked while it has focus.
    detail: Laid<(usize, u64, bool, u16, Option<usize>)>,
    /// The recommendation's pinned header: the values, the width, how
    /// sure the verdict is once counted, and the baseline pinned.
    header: Laid<(ValuesAt, Option<Robustness>, u64)>,
    /// The recommendation's body, under the header, and the baseline pinned.
    body: Laid<(ValuesAt, u64)>,
    /// The article, once it has been opened: the width and the search hit
    /// it highlights.
    article: Laid<(u16, Option<Mark>)>,
    /// The row of the highlighted hit.
    mark_row: Option<usize>,
    /// The rows of the selected factor's numbers in its text: its base
    /// weight, then each option's rating.
    numbers: Vec<usize>,
    /// The `?` overlay while it is open: the width.
    help: Laid<u16>,
}

impl Shown {
    pub fn detail(&self) -> &[Line<'static>] {
        &self.detail.lines
    }

    pub fn header(&self) -> &[Line<'static>] {
        &self.header.lines
    }

    pub fn body(&self) -> &[Line<'static>] {
        &self.body.lines
    }

    pub fn article(&self) -> &[Line<'static>] {
        &self.article.lines
    }

    /// The rows of the selected factor's numbers in its text.
    pub fn numbers(&self) -> &[usize] {
        &self.numbers
    }

    /// The article row of the search hit it highlights, once laid out.
    pub fn mark_row(&self) -> Option<usize> {
        self.mark_row
    }

    pub fn help(&self) -> &[Line<'static>] {
        &self.help.lines
    }
}

impl App {
    /// Lay out again what the last action changed. The article only once
    /// it is open or scrolled: a long article is not laid out for nothing.
    pub(super) fn lay_out(&mut self) {
        let areas = self.layout();
        let theme = self.theme;
        let keys = &*self.keys;
        let session = &mut self.session;
        let pack = &*session.pack;
        let changes = session.changes;
        let shown = &mut session.shown;

        let width = inner(areas.detail).width;
        let factor = session.factors.selected;
        let whole = self.whole_sentences;
        let engine = &session.engine;
        let values = &session.values;
        let picked = (self.focus == super::Pane::Detail).then_some(session.number);
        let numbers = &mut shown.numbers;
        shown
            .detail
            .refresh((factor, changes, whole, width, picked), || {
                let explanation = engine.explain(values, factor);
                let (lines, rows) =
                    text::detail::lines(pack, &explanation, whole, theme, width, picked);
                *numbers = rows;
                lines
            });

        let width = inner(areas.recommendation).width;
        let r = &session.recommendation;
        let known = match &session.robustness_state {
            super::RobustnessState::Known(robustness) => Some(*robustness),
            super::RobustnessState::Counting(_) => None,
        };
        let pins = self.pins;
        let baseline = self
            .baseline
            .as_ref()
            .filter(|baseline| baseline.holds_for(&session.pack));
        shown.header.refresh(((changes, width), known, pins), || {
            let mut lines = text::recommendation::header(pack, r, known, theme, width);
            if let Some(baseline) = baseline {
                // Under the live fits, above the rule that ends the header.
                let line =
                    text::compare::baseline_line(pack, baseline.recommendation(), theme, width);
                lines.insert(lines.len().saturating_sub(1), line);
            }
            lines
        });
        let group = self.group.as_ref();
        shown.body.refresh(((changes, width), pins), || {
            let mut lines = Vec::new();
            if let Some(baseline) = baseline {
                let comparison = baseline.compare(engine, r);
                let before = baseline.recommendation();
                lines = text::compare::lines(pack, &comparison, before, r, theme, width);
            }
            lines.extend(text::recommendation::body(
                pack, engine, r, group, theme, width,
            ));
            lines
        });

        if self.overlays.contains(&Overlay::Help) {
            let width = inner(layout::help_box(areas.body)).width;
            shown
                .help
                .refresh(width, || text::help::lines(keys, theme, width));
        }

        if self.overlays.contains(&Overlay::Article) || self.session.article.offset > 0 {
            self.lay_out_article();
        }
    }

    /// The article laid out now, whether or not it is open (a search hit
    /// jumps into it), with the hit it shows highlighted.
    pub(super) fn lay_out_article(&mut self) {
        let width = inner(self.layout().body).width;
        let theme = self.theme;
        let session = &mut self.session;
        let pack = &*session.pack;
        let mark = session.hits.as_ref().map(|hits| hits.mark().clone());
        let mark_row = &mut session.shown.mark_row;
        session.shown.article.refresh((width, mark.clone()), || {
            let article = text::article::lines(pack, theme, width, mark.as_ref());
            *mark_row = article.mark_row;
            article.lines
        });
    }
}
