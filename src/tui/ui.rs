//! Drawing: reads `&App`, writes a frame. One file per pane under `ui/`.

pub mod article;
pub mod detail;
mod factors;
mod footer;
pub mod help;
pub mod picker;
pub mod recommendation;
pub mod search;
mod sliders;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::app::{App, Overlay, Pane};
use super::layout;
use super::theme::Theme;
pub(super) use crate::words::width::truncate;
use crate::words::wrap;

/// Draw the whole screen for the app's current state.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        too_small(frame, area, app.theme);
        return;
    }
    let areas = layout::areas(area, app.pack.factors.len(), app.pack.traits.len());
    header(frame, areas.header, app);
    match app.overlay {
        Overlay::Article => article::render(frame, areas.body, app),
        _ => {
            factors::render(frame, areas.factors, app);
            detail::render(frame, areas.detail, app);
            sliders::render(frame, areas.sliders, app, areas.wide);
            recommendation::render(frame, areas.recommendation, app, areas.wide);
        }
    }
    match app.overlay {
        Overlay::Help => help::render(frame, areas.body, app),
        Overlay::Search => search::render(frame, areas.body, app),
        Overlay::Picker => picker::render(frame, areas.body, app),
        Overlay::None | Overlay::Article => {}
    }
    footer::status(frame, areas.status, app);
    footer::render(frame, areas.footer, app);
}

fn too_small(frame: &mut Frame, area: Rect, theme: Theme) {
    let text = format!(
        "Terminal too small ({}×{}). stackcompare needs at least {}×{}.",
        area.width,
        area.height,
        layout::MIN_WIDTH,
        layout::MIN_HEIGHT
    );
    let lines: Vec<Line> = wrap(&text, usize::from(area.width))
        .into_iter()
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(lines).style(theme.heading()), area);
}

fn header(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme;
    let line = Line::from(vec![
        Span::styled(" stackcompare ", theme.title()),
        Span::styled(app.pack.title.replace('\n', " "), theme.heading()),
        Span::styled(format!("  · {}", app.pack.source.publisher), theme.muted()),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The border of a pane, highlighted when focused.
pub(super) fn pane_block(title: &str, focused: bool, theme: Theme) -> Block<'static> {
    let marker = if focused { "▸ " } else { "" };
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(theme.border(focused))
        .title(Span::styled(
            format!(" {marker}{title} "),
            theme.border(focused),
        ))
}

pub(super) fn focused(app: &App, pane: Pane) -> bool {
    app.overlay == Overlay::None && app.focus == pane
}

/// Spans cut to `width` columns, the last one ending in an ellipsis when cut.
pub(super) fn clip_spans(spans: Vec<Span<'static>>, width: usize) -> Vec<Span<'static>> {
    use unicode_width::UnicodeWidthStr;
    let total: usize = spans.iter().map(|span| span.content.width()).sum();
    if total <= width {
        return spans;
    }
    let mut out = Vec::new();
    let mut used = 0;
    for span in spans {
        let span_width = span.content.width();
        if used + span_width < width {
            used += span_width;
            out.push(span);
            continue;
        }
        let text = truncate(&span.content, width - used);
        out.push(Span::styled(text, span.style));
        break;
    }
    out
}

/// Marks a pane whose text goes on below what is shown.
pub(super) fn more_below(block: Block<'static>, more: bool, theme: Theme) -> Block<'static> {
    if more {
        block.title_bottom(Line::styled(" ↓ more ", theme.muted()).right_aligned())
    } else {
        block
    }
}

/// `text` wrapped to `width`, each line in `style`; `indent` leads the first
/// line and the lines after it are indented by as many spaces.
pub(super) fn wrapped(text: &str, width: u16, indent: &str, style: Style) -> Vec<Line<'static>> {
    use unicode_width::UnicodeWidthStr;
    let indent_width = indent.width();
    let available = usize::from(width).saturating_sub(indent_width).max(1);
    let hang = " ".repeat(indent_width);
    wrap(text.trim_end(), available)
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let lead = if index == 0 { indent } else { hang.as_str() };
            Line::from(Span::styled(format!("{lead}{line}"), style))
        })
        .collect()
}
