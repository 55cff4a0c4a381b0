//! The errors of a broken save of the watched pack file, in a panel over the
//! bottom of the screen; the last good pack stays usable above it until a
//! save fixes the file.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::app::App;

pub fn render(frame: &mut Frame, app: &App) {
    let Some((area, lines)) = app.problems() else {
        return;
    };
    let theme = app.theme();
    let errors = crate::textkit::count(app.watch().problems.len(), "error");
    let title = format!(
        " {}: {errors}; the last good pack is shown until a save fixes it ",
        app.watch().name()
    );
    let shown = usize::from(area.height - 2);
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
