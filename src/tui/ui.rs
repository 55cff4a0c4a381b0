//! Drawing: reads `&App`, writes a frame. One file per pane under `ui/`;
//! the text comes from `tui::text`, the geometry from `tui::layout`.

mod article;
mod cells;
mod detail;
mod factors;
mod footer;
mod help;
mod picker;
mod problems;
mod prompt;
mod recommendation;
mod search;
mod sliders;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::app::{App, Overlay, Pane};
use super::layout::{self, Fit};
use super::theme::Theme;
use crate::textkit::{width, wrap};

/// Draw the whole screen for the app's current state. The app's size is the
/// one the layout uses; a frame of another size (a resize not yet seen) is
/// left blank until the resize arrives.
pub fn draw(frame: &mut Frame, app: &App) {
    let (columns, rows) = app.size();
    let area = frame.area();
    if (area.width, area.height) != (columns, rows) {
        return;
    }
    match app.fit() {
        Fit::Fits => {}
        fit => return size_note(frame, area, fit, app.theme()),
    }
    let areas = app.layout();
    header(frame, areas.header, app);
    if app.is_open(Overlay::Article) {
        article::render(frame, areas.body, app);
    } else {
        factors::render(frame, areas.factors, app);
        detail::render(frame, areas.detail, app);
        sliders::render(frame, areas.sliders, app, areas.wide);
        recommendation::render(frame, areas.recommendation, app);
    }
    problems::render(frame, app);
    match app.overlay() {
        Some(Overlay::Help) => help::render(frame, areas.body, app),
        Some(Overlay::Search) => search::render(frame, areas.body, app),
        Some(Overlay::Picker) => picker::render(frame, areas.body, app),
        Some(Overlay::Profiles) => picker::render_profiles(frame, areas.body, app),
        Some(Overlay::Prompt) => prompt::render(frame, areas.body, app),
        Some(Overlay::ConfirmQuit) => prompt::render_confirm(frame, areas.body, app),
        Some(Overlay::Article) | None => {}
    }
    footer::status(frame, areas.status, app);
    footer::render(frame, areas.footer, app);
}

/// The text of the note drawn instead of the screen at sizes outside the limits.
pub fn size_note_text(fit: Fit, columns: u16, rows: u16) -> String {
    match fit {
        Fit::TooLarge => format!(
            "Terminal too large ({columns}×{rows}). stackcompare draws at most {}×{}.",
            layout::MAX_WIDTH,
            layout::MAX_HEIGHT
        ),
        _ => format!(
            "Terminal too small ({columns}×{rows}). stackcompare needs at least {}×{}.",
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT
        ),
    }
}

fn size_note(frame: &mut Frame, area: Rect, fit: Fit, theme: Theme) {
    let text = size_note_text(fit, area.width, area.height);
    let lines: Vec<Line> = wrap(&text, usize::from(area.width))
        .into_iter()
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(lines).style(theme.heading()), area);
}

/// The title keeps this many columns before the profile's name gives way.
const TITLE_AT_LEAST: usize = 24;

/// The title bar: the pack's title, its publisher, and the loaded profile
/// (or the defaults), marked when the sliders differ from it and while the
/// pack file is watched.
fn header(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let columns = usize::from(area.width);
    let pack = app.pack();
    let start = match (&app.group(), &app.profile()) {
        (Some(group), _) => format!("group of {}", group.people.len()),
        // Named as it would be saved again: `lead`, not `lead.profile.yaml`.
        (None, Some(name)) => format!("profile {}", crate::profile::name_of_file(name)),
        (None, None) => "pack defaults".to_owned(),
    };
    let overrides = app.session().engine().overrides();
    let yours = overrides.ratings.len() + overrides.weights.len();
    let yours = crate::words::yours_mark(yours);
    let marks: Vec<&str> = [
        (app.changed(), "changed"),
        (!yours.is_empty(), yours.as_str()),
        (app.comparing(), "comparing"),
        (app.watch().on, "watching"),
    ]
    .into_iter()
    .filter_map(|(on, word)| on.then_some(word))
    .collect();
    let mark: String = marks.iter().map(|word| format!(" · {word}")).collect();
    let title = pack.title.clone();
    let publisher = format!("  · {}", pack.source.publisher);
    // The title first; then the profile; the publisher only where there is room.
    let mut right = format!("{start}{mark} ");
    let brand = " stackcompare ";
    let room = |right: &str| columns.saturating_sub(width::width(brand) + width::width(right) + 1);
    // Short of room the title is cut first, down to a few words: the
    // profile is what the reader is looking at. Shorter still, the marks
    // stay and the profile's name goes.
    if width::width(&title) > room(&right) && room(&right) < TITLE_AT_LEAST {
        right = if marks.is_empty() {
            String::new()
        } else {
            format!("{} ", marks.join(" · "))
        };
    }
    let mut middle = title.clone();
    if width::width(&title) + width::width(&publisher) <= room(&right) {
        middle.push_str(&publisher);
    }
    let middle = width::truncate(&middle, room(&right));
    let gap =
        columns.saturating_sub(width::width(brand) + width::width(&middle) + width::width(&right));
    let line = Line::from(vec![
        Span::styled(brand, theme.title()),
        Span::styled(middle, theme.heading()),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, theme.text()),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// Lines already laid out for the width, one a row from the top of `area`,
/// each cut at its right edge. `Paragraph` would copy them and then split
/// every line into graphemes twice more to reflow what needs no reflowing;
/// at 200×60 that was a sixth of a key press (`cells` saves most of the
/// one split left).
fn rows<'a>(frame: &mut Frame, area: Rect, lines: impl IntoIterator<Item = &'a Line<'a>>) {
    let buffer = frame.buffer_mut();
    let area = area.intersection(buffer.area);
    for (line, y) in lines.into_iter().zip(area.top()..area.bottom()) {
        cells::set_line(buffer, area.x, y, line, area.width);
    }
}

/// The border of a pane, thick and marked when focused.
fn pane_block(title: &str, focused: bool, theme: Theme) -> Block<'static> {
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

fn focused(app: &App, pane: Pane) -> bool {
    app.overlay().is_none() && app.focus() == pane
}

/// Marks a pane whose content goes on below what is shown.
fn more_below(block: Block<'static>, more: bool, theme: Theme) -> Block<'static> {
    if more {
        block.title_bottom(Line::styled(" ↓ more ", theme.text()).right_aligned())
    } else {
        block
    }
}

/// Marks a list with `hidden` rows below those shown: "↓ 3 more".
fn rows_below(block: Block<'static>, hidden: usize, theme: Theme) -> Block<'static> {
    if hidden > 0 {
        let mark = format!(" ↓ {hidden} more ");
        block.title_bottom(Line::styled(mark, theme.text()).right_aligned())
    } else {
        block
    }
}
