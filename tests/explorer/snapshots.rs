//! Whole screens of the explorer on a `TestBackend`, as insta snapshots of
//! their text (no colours) at 80×24 and 120×40; plus checks of the styles the
//! colour and monochrome themes put in the cells.
//!
//! A changed screen fails the test and leaves a `.snap.new` beside the
//! `.snap` in `tests/explorer/snapshots/`; after reading it, accept it with
//! `INSTA_UPDATE=always cargo test --test explorer snapshots`.

use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use stackcompare::content;
use stackcompare::tui::action::Action;
use stackcompare::tui::app::App;
use stackcompare::tui::theme::Theme;
use stackcompare::tui::ui;
use unicode_width::UnicodeWidthStr;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The explorer on the embedded pack at its defaults, sized `width` × `height`.
fn app(colour: bool, width: u16, height: u16) -> App {
    let mut app = App::new(vec![content::embedded()], None, Theme::new(colour));
    app.update(Action::Resize(width, height));
    app
}

fn apply(app: &mut App, actions: &[Action]) {
    for action in actions {
        app.update(action.clone());
    }
}

/// `count` copies of `action`.
fn times(action: Action, count: usize) -> Vec<Action> {
    vec![action; count]
}

/// Draw `app` on a fresh terminal of its own size.
fn render(app: &App) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width, app.height)).expect("test terminal");
    terminal.draw(|frame| ui::draw(frame, app)).expect("draw");
    terminal.backend().buffer().clone()
}

/// The buffer's text: each row's symbols joined (the cells a wide character
/// covers skipped), trailing spaces trimmed.
fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut rows = Vec::with_capacity(usize::from(area.height));
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            let symbol = buffer[(x, y)].symbol();
            if skip == 0 {
                row.push_str(symbol);
            }
            skip = skip.max(symbol.width()).saturating_sub(1);
        }
        rows.push(row.trim_end().to_owned());
    }
    rows.join("\n")
}

fn screen(app: &App) -> String {
    text(&render(app))
}

fn name(what: &str, (width, height): (u16, u16)) -> String {
    format!("{what}_{width}x{height}")
}

/// The row of the screen holding the verdict.
fn verdict_row(screen: &str) -> &str {
    screen
        .lines()
        .find(|line| line.contains("Verdict:"))
        .unwrap_or_else(|| panic!("no verdict on the screen:\n{screen}"))
}

#[test]
fn main_screen_at_defaults() {
    for size in SIZES {
        let app = app(false, size.0, size.1);
        assert_snapshot!(name("main_defaults", size), screen(&app));
    }
}

#[test]
fn data_and_ai_at_max_recommends_python() {
    for size in SIZES {
        let mut app = app(false, size.0, size.1);
        // The sliders pane starts focused on its first slider, data_ai.
        assert_eq!(app.pack.traits[app.slider].id, "data_ai");
        apply(&mut app, &times(Action::Increase, 10));
        assert_eq!(app.values[0], 10);
        let screen = screen(&app);
        let verdict = verdict_row(&screen);
        assert!(
            verdict.contains("Python") && !verdict.contains("Node.js"),
            "{verdict}"
        );
        assert_snapshot!(name("verdict_python", size), screen);
    }
}

#[test]
fn realtime_and_concurrency_at_max_recommend_node() {
    for size in SIZES {
        let mut app = app(false, size.0, size.1);
        apply(&mut app, &[Action::Down]);
        assert_eq!(app.pack.traits[app.slider].id, "realtime");
        apply(&mut app, &times(Action::Increase, 10));
        apply(&mut app, &[Action::Down]);
        assert_eq!(app.pack.traits[app.slider].id, "concurrency");
        apply(&mut app, &times(Action::Increase, 10));
        assert_eq!(&app.values[1..3], &[10, 10]);
        let screen = screen(&app);
        let verdict = verdict_row(&screen);
        assert!(
            verdict.contains("Node.js") && !verdict.contains("Python"),
            "{verdict}"
        );
        assert_snapshot!(name("verdict_node", size), screen);
    }
}

#[test]
fn search_for_rltm() {
    for size in SIZES {
        let mut app = app(false, size.0, size.1);
        apply(&mut app, &[Action::OpenSearch]);
        apply(
            &mut app,
            &"rltm".chars().map(Action::Input).collect::<Vec<_>>(),
        );
        assert_eq!(app.search.query, "rltm");
        assert_snapshot!(name("search_rltm", size), screen(&app));
    }
}

#[test]
fn article_view() {
    for size in SIZES {
        let mut app = app(false, size.0, size.1);
        apply(&mut app, &[Action::ToggleArticle]);
        assert_snapshot!(name("article", size), screen(&app));
    }
}

#[test]
fn help_overlay() {
    for size in SIZES {
        let mut app = app(false, size.0, size.1);
        apply(&mut app, &[Action::ToggleHelp]);
        assert_snapshot!(name("help", size), screen(&app));
    }
}

#[test]
fn too_small_note_and_back_to_normal() {
    let mut app = app(false, 30, 10);
    // One terminal that shrinks and grows again, as a real one would.
    let mut terminal = Terminal::new(TestBackend::new(30, 10)).expect("test terminal");
    terminal.draw(|frame| ui::draw(frame, &app)).expect("draw");
    let small = text(terminal.backend().buffer());
    assert!(small.contains("too small"), "{small}");
    assert_snapshot!("too_small_30x10", small);

    terminal.backend_mut().resize(80, 24);
    app.update(Action::Resize(80, 24));
    terminal.draw(|frame| ui::draw(frame, &app)).expect("draw");
    let grown = text(terminal.backend().buffer());
    assert!(!grown.contains("too small"), "{grown}");
    assert_eq!(
        grown,
        screen(&app),
        "the grown screen is the normal 80×24 screen"
    );
}

/// The cells of `area` whose symbol is part of `word`'s first occurrence on a row.
fn find(buffer: &Buffer, area: Rect, word: &str) -> Option<Vec<(u16, u16)>> {
    let length = u16::try_from(word.chars().count()).ok()?;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right().saturating_sub(length.saturating_sub(1)) {
            let cells: Vec<(u16, u16)> = (x..x + length).map(|x| (x, y)).collect();
            let found: String = cells.iter().map(|&cell| buffer[cell].symbol()).collect();
            if found == word {
                return Some(cells);
            }
        }
    }
    None
}

/// The border cells of a pane: its top row.
fn top_border(area: Rect) -> Vec<(u16, u16)> {
    (area.left()..area.right())
        .map(|x| (x, area.top()))
        .collect()
}

#[test]
fn colour_theme_colours_the_winner_and_the_focused_border() {
    let mut app = app(true, 120, 40);
    apply(&mut app, &times(Action::Increase, 10));
    let buffer = render(&app);
    let areas = app.layout();

    // The winner's name in the recommendation pane, on the verdict row.
    let verdict = find(&buffer, areas.recommendation, "Verdict:").expect("a verdict row");
    let row = Rect {
        y: verdict[0].1,
        height: 1,
        ..areas.recommendation
    };
    let name = find(&buffer, row, "Python").expect("the winner on the verdict row");
    for cell in name {
        let style = buffer[cell].style();
        assert!(
            style.fg.is_some_and(|fg| fg != Color::Reset),
            "{cell:?}: {style:?}"
        );
    }

    // The sliders pane is focused; its border differs from the others'.
    let focused = buffer[top_border(areas.sliders)[0]].style();
    for area in [areas.factors, areas.detail, areas.recommendation] {
        let corner = buffer[top_border(area)[0]].style();
        assert_ne!(focused, corner, "focused {:?} vs {area:?}", areas.sliders);
    }
    let corner = buffer[top_border(areas.sliders)[0]].symbol().to_owned();
    let other = buffer[top_border(areas.factors)[0]].symbol().to_owned();
    assert_ne!(corner, other, "a thick border for the focused pane");
}

#[test]
fn monochrome_theme_has_no_colour_but_shows_the_selection() {
    for (width, height) in SIZES {
        let app = app(false, width, height);
        let buffer = render(&app);
        for y in 0..height {
            for x in 0..width {
                let cell = &buffer[(x, y)];
                assert!(
                    matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset),
                    "{width}x{height} ({x}, {y}) {:?}: {:?}",
                    cell.symbol(),
                    cell.style()
                );
            }
        }
        // The selected slider's label is drawn in reverse video.
        let label = &app.pack.traits[app.slider].label;
        let first_word = label.split_whitespace().next().expect("a label");
        let cells =
            find(&buffer, app.layout().sliders, first_word).expect("the selected slider's label");
        for cell in cells {
            assert!(
                buffer[cell].modifier.contains(Modifier::REVERSED),
                "{cell:?}: {:?}",
                buffer[cell].style()
            );
        }
    }
}
