//! The questions drawn over the screen: a prompt being typed (a slider's
//! value, a profile's name), and "quit without saving?".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::pane_block;
use crate::textkit::width;
use crate::tui::app::App;
use crate::tui::layout;

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let Some(prompt) = app.prompt() else {
        return;
    };
    let theme = app.theme();
    let area = layout::prompt_box(body, 1);
    frame.render_widget(Clear, area);
    frame.render_widget(pane_block(&prompt.question(app.pack()), true, theme), area);
    let inner = layout::inner(area);
    // The end of a long answer shows, where the cursor is.
    let room = usize::from(inner.width).saturating_sub(3);
    let shown = width::tail(&prompt.text, room);
    // An answer still offered is shown selected: typing replaces it.
    let answer = if prompt.offered {
        theme.selected(true)
    } else {
        theme.heading()
    };
    let line = Line::from(vec![
        Span::styled("> ", theme.key()),
        Span::styled(shown, answer),
        Span::styled("█", theme.text()),
    ]);
    frame.render_widget(Paragraph::new(line), inner);
}

pub fn render_confirm(frame: &mut Frame, body: Rect, app: &App) {
    let theme = app.theme();
    let area = layout::prompt_box(body, 2);
    frame.render_widget(Clear, area);
    frame.render_widget(pane_block("Quit without saving?", true, theme), area);
    let inner = layout::inner(area);
    let columns = usize::from(inner.width);
    let lines = vec![
        Line::from(width::truncate(
            "The sliders moved since they were last saved or exported.",
            columns,
        )),
        Line::from(vec![
            Span::styled("q", theme.key()),
            Span::raw(" or "),
            Span::styled("y", theme.key()),
            Span::raw(width::truncate(
                " quits · any other key stays",
                columns.saturating_sub(6),
            )),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
}
