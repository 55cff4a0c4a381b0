//! The errors of a broken save of the watched pack file, in a panel over the
//! bottom of the screen; the last good pack stays usable above it until a
//! save fixes the file.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::text::wrapped;

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let problems = &app.watch.problems;
    if problems.is_empty() || body.height < 4 {
        return;
    }
    let theme = app.theme;
    let inner_width = body.width.saturating_sub(2);
    let lines: Vec<Line> = problems
        .iter()
        .flat_map(|problem| wrapped(problem, inner_width, "", theme.text()))
        .collect();
    let wanted = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let height = wanted.clamp(3, (body.height / 2).max(3));
    let area = Rect {
        y: body.y + body.height - height,
        height,
        ..body
    };
    let errors = crate::words::count(problems.len(), "error");
    let title = format!(
        " {}: {errors}; the last good pack is shown until a save fixes it ",
        app.watch.name()
    );
    let shown = usize::from(height - 2);
    let block = Block::bordered()
        .border_style(theme.error())
        .title(Span::styled(title, theme.error()));
    let block = if lines.len() > shown {
        let more = format!(
            " … {} more lines: `stackcompare check` lists all ",
            lines.len() - shown
        );
        block.title_bottom(Line::styled(more, theme.text()).right_aligned())
    } else {
        block
    };
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
