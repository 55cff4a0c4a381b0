//! The article view: the whole article, every section in order, wrapped to
//! the width and scrollable, ending with the closing call and attribution.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{more_below, pane_block, wrapped};
use crate::tui::app::App;
use crate::tui::layout;

/// Long lines are hard to read: the text column is at most this wide.
const READING_WIDTH: u16 = 100;

/// The article as lines for `width` columns, and the first row of each section.
fn build(app: &App, width: u16) -> (Vec<Line<'static>>, Vec<usize>) {
    let width = width.min(READING_WIDTH);
    let theme = app.theme;
    let pack = &app.pack;
    let mut lines = wrapped(&pack.title, width, "", theme.title());
    lines.extend(wrapped(
        &format!("by {}", pack.source.publisher),
        width,
        "",
        theme.muted(),
    ));
    lines.push(Line::default());
    lines.extend(wrapped(&pack.intro, width, "", theme.text()));
    let mut starts = Vec::with_capacity(pack.sections.len());
    for section in &pack.sections {
        lines.push(Line::default());
        starts.push(lines.len());
        lines.extend(wrapped(&section.title, width, "", theme.heading()));
        lines.push(Line::default());
        lines.extend(wrapped(&section.body, width, "", theme.text()));
    }
    if let Some(closing) = &pack.closing {
        lines.push(Line::default());
        lines.extend(wrapped(&closing.title, width, "", theme.heading()));
        lines.push(Line::default());
        lines.extend(wrapped(&closing.body, width, "", theme.text()));
    }
    lines.push(Line::default());
    let mut source = format!("Source: {}", pack.source.publisher);
    if let Some(url) = &pack.source.url {
        source.push_str(&format!(" — {url}"));
    }
    lines.extend(wrapped(&source, width, "", theme.muted()));
    (lines, starts)
}

/// The article's lines at `width` (also used to bound scrolling).
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    build(app, width).0
}

/// The row where section `index` starts.
pub fn section_row(app: &App, width: u16, index: usize) -> usize {
    build(app, width).1.get(index).copied().unwrap_or(0)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let inner = layout::inner(area);
    let lines = lines(app, inner.width);
    let total = lines.len();
    let shown = usize::from(inner.height);
    let end = (app.article_scroll + shown).min(total);
    let title = format!("Article · line {end} of {total}");
    let block = pane_block(&title, true, app.theme);
    frame.render_widget(more_below(block, end < total, app.theme), area);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(app.article_scroll)
        .take(shown)
        .collect();
    let column = inner.width.min(READING_WIDTH);
    let text_area = Rect {
        x: inner.x + (inner.width - column) / 2,
        width: column,
        ..inner
    };
    frame.render_widget(Paragraph::new(visible), text_area);
}
