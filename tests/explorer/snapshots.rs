//! Whole screens of the explorer on a `TestBackend`, as insta snapshots of
//! their text (no colours) at 60×20, 80×24, 120×40 and 200×60; with a
//! three-option pack and an option named in wide characters; plus checks of
//! the styles the colour and monochrome themes put in the cells.
//!
//! A changed screen fails the test and leaves a `.snap.new` beside the
//! `.snap` in `tests/explorer/snapshots/`; after reading it, accept it with
//! `INSTA_UPDATE=always cargo test --test explorer snapshots`.

use insta::assert_snapshot;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use stackcompare::content::{self, Pack};
use stackcompare::tui::action::{Action, Motion};
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::theme::Theme;

use crate::common::screen::{self, Glyph};

const SIZES: [(u16, u16); 4] = [(60, 20), (80, 24), (120, 40), (200, 60)];

/// The explorer on `pack` at its defaults, sized `width` × `height`.
fn app_on(pack: Pack, colour: bool, width: u16, height: u16) -> App {
    screen::app(vec![pack], width, height, colour)
}

fn app(colour: bool, width: u16, height: u16) -> App {
    app_on(content::embedded(), colour, width, height)
}

fn apply(app: &mut App, actions: &[Action]) {
    for action in actions {
        app.update(action.clone());
    }
}

/// The buffer's text as a terminal shows it, trailing spaces trimmed.
fn text(buffer: &Buffer) -> String {
    screen::rows(buffer)
        .iter()
        .map(|row| row.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

fn shot(app: &App) -> String {
    text(&screen::draw(app))
}

fn name(what: &str, (width, height): (u16, u16)) -> String {
    format!("{what}_{width}x{height}")
}

/// The first row of the recommendation pane's inside: the pinned verdict.
fn verdict_row(app: &App, screen: &str) -> String {
    let area = stackcompare::tui::layout::inner(app.layout().recommendation);
    screen
        .lines()
        .nth(usize::from(area.y))
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn main_screen_at_defaults() {
    for size in SIZES {
        let app = app(false, size.0, size.1);
        let screen = shot(&app);
        let verdict = verdict_row(&app, &screen);
        assert!(
            verdict.contains("lose"),
            "{size:?}: the close call is pinned and whole: {verdict}"
        );
        assert!(
            screen.contains("? help") && screen.contains("q quit"),
            "{size:?}: the footer keeps help and quit"
        );
        if app.layout().wide {
            // The tipping points end where the track's row ends (its value
            // column kept wide enough for "100/100"), beside it.
            let lines: Vec<&str> = screen.lines().collect();
            let label = (lines.iter())
                .position(|line| line.contains("Touches data, ML or AI"))
                .unwrap();
            let in_pane = |line: &str| screen::width(line.split('┃').nth(1).unwrap().trim_end());
            let (tips, track) = (in_pane(lines[label]), in_pane(lines[label + 1]));
            assert!(
                tips >= track && tips - track <= 3,
                "{size:?}:\n{}\n{}",
                lines[label],
                lines[label + 1]
            );
        }
        assert_snapshot!(name("main_defaults", size), screen);
    }
}

#[test]
fn data_and_ai_at_max_recommends_python() {
    for size in SIZES {
        let mut app = app(false, size.0, size.1);
        assert_eq!(app.pack().sliders[app.session().slider()].id, "data_ai");
        apply(&mut app, &vec![Action::Increase; 10]);
        assert_eq!(app.session().values()[0], 10);
        let screen = shot(&app);
        let verdict = verdict_row(&app, &screen);
        assert!(
            verdict.contains("Python") && !verdict.contains("Node.js"),
            "{verdict}"
        );
        assert_snapshot!(name("verdict_python", size), screen);
    }
}

#[test]
fn the_verdict_stays_pinned_while_the_reasons_scroll() {
    for size in SIZES {
        let mut app = app(false, size.0, size.1);
        apply(
            &mut app,
            &[
                Action::Digit(9),
                Action::FocusNext,
                Action::Move(Motion::Bottom),
            ],
        );
        assert!(
            app.session().reading().offset > 0 || size == (200, 60),
            "{size:?}"
        );
        let screen = shot(&app);
        assert!(
            verdict_row(&app, &screen).contains("Python"),
            "{size:?}:\n{screen}"
        );
        assert_snapshot!(name("scrolled_reasons", size), screen);
    }
}

#[test]
fn search_over_the_articles_text() {
    for size in [(80, 24), (120, 40)] {
        let mut app = app(false, size.0, size.1);
        apply(&mut app, &[Action::OpenSearch]);
        apply(
            &mut app,
            &"hiring".chars().map(Action::Input).collect::<Vec<_>>(),
        );
        let screen = shot(&app);
        assert!(screen.contains("hiring when they already know"), "{screen}");
        assert_snapshot!(name("search_hiring", size), screen);
    }
}

#[test]
fn a_search_hit_shown_in_the_article() {
    for size in [(80, 24), (120, 40), (200, 60)] {
        let mut app = app(false, size.0, size.1);
        apply(&mut app, &[Action::OpenSearch]);
        apply(
            &mut app,
            &"rule".chars().map(Action::Input).collect::<Vec<_>>(),
        );
        apply(&mut app, &[Action::Submit]);
        let screen = shot(&app);
        assert!(screen.contains("hit 1 of 1 for “rule”"), "{screen}");
        // The sentence is in view: a line of the text before it above, or
        // the end of the article at the bottom.
        assert!(screen.contains("The practical rule"), "{screen}");
        assert!(screen.contains("n next hit"), "{screen}");
        assert_snapshot!(name("search_hit", size), screen);
    }
}

#[test]
fn the_questions_asked_over_the_screen() {
    for size in [(80, 24), (120, 40), (200, 60)] {
        let mut app = app(false, size.0, size.1);
        // A value of several digits after `=`.
        apply(
            &mut app,
            &[Action::TypeValue, Action::ClearQuery, Action::Input('7')],
        );
        let screen = shot(&app);
        assert!(
            screen.contains("Touches data, ML or AI (0–10) · Enter sets · Esc cancels"),
            "{screen}"
        );
        assert!(screen.contains("> 7█"), "{screen}");
        assert_snapshot!(name("prompt_value", size), screen);
        // The name to save under, filled in.
        apply(&mut app, &[Action::Submit, Action::SaveProfile]);
        let screen = shot(&app);
        assert!(screen.contains("Save as the profile named"), "{screen}");
        assert!(screen.contains("> my project█"), "{screen}");
        assert_snapshot!(name("prompt_profile", size), screen);
        // Quitting away from the unsaved 7.
        apply(&mut app, &[Action::Close, Action::Quit]);
        let screen = shot(&app);
        assert!(!app.quitting());
        assert!(screen.contains("Quit without saving?"), "{screen}");
        assert!(
            screen.contains("q or y quits · any other key stays"),
            "{screen}"
        );
        assert_snapshot!(name("confirm_quit", size), screen);
    }
}

#[test]
fn a_rating_of_the_readers_own() {
    for size in [(80, 24), (120, 40), (200, 60)] {
        let mut app = app(false, size.0, size.1);
        // The factor text of Data and AI, Node.js's rating picked and raised.
        apply(
            &mut app,
            &[Action::FocusNext, Action::FocusNext, Action::OpenDetail],
        );
        apply(
            &mut app,
            &[Action::PickNumber(true), Action::PickNumber(true)],
        );
        apply(&mut app, &vec![Action::RaiseNumber; 4]);
        let screen = shot(&app);
        assert!(screen.contains("1 number yours"), "{screen}");
        if size.0 >= 120 {
            assert!(screen.contains("yours: 7 · the pack's: 3"), "{screen}");
        }
        assert_snapshot!(name("rating_yours", size), screen);
    }
}

#[test]
fn article_view_and_help() {
    for size in [(80, 24), (120, 40)] {
        let mut app = app(false, size.0, size.1);
        apply(&mut app, &[Action::ToggleArticle]);
        assert_snapshot!(name("article", size), shot(&app));
        apply(&mut app, &[Action::ToggleHelp]);
        assert_snapshot!(name("help_over_article", size), shot(&app));
    }
}

#[test]
fn three_options_and_a_wide_name_line_up() {
    let path = crate::common::repo("tests/fixtures/valid/three-options.yaml");
    let mut pack = content::load_pack(&path).unwrap();
    pack.options[1].name = "日本語".into();
    for size in [(80, 24), (120, 40)] {
        let mut app = app_on(pack.clone(), false, size.0, size.1);
        apply(
            &mut app,
            &[
                Action::Move(Motion::Down),
                Action::Move(Motion::Down),
                Action::Flip,
            ],
        );
        let screen = shot(&app);
        // The fit bars start in one column whatever the names' widths.
        let area = stackcompare::tui::layout::inner(app.layout().recommendation);
        let starts: Vec<usize> = screen
            .lines()
            // Under the verdict and how sure it is.
            .skip(usize::from(area.y) + 2)
            .take(3)
            .map(|line| {
                // The recommendation pane is the rightmost: between its borders.
                let pane = line.rsplit('│').nth(1).expect("the recommendation pane");
                let at = pane.find(['█', '░']).expect("a bar");
                screen::width(&pane[..at])
            })
            .collect();
        assert!(
            starts.windows(2).all(|w| w[0] == w[1]),
            "{starts:?}\n{screen}"
        );
        assert_snapshot!(name("three_options", size), screen);
    }
}

#[test]
fn too_small_and_too_large_notes() {
    let app = app(false, 30, 10);
    let small = shot(&app);
    assert!(small.contains("too small"), "{small}");
    assert_snapshot!("too_small_30x10", small);
}

/// The cells of `area` that start the characters of `word`'s first
/// occurrence on a row.
fn find(buffer: &Buffer, area: Rect, word: &str) -> Option<Vec<(u16, u16)>> {
    let length = word.chars().count();
    for y in area.top()..area.bottom() {
        let glyphs: Vec<Glyph> = screen::glyphs(buffer, y)
            .into_iter()
            .filter(|glyph| glyph.x >= area.left() && glyph.x + glyph.width <= area.right())
            .collect();
        for window in glyphs.windows(length) {
            let found: String = window.iter().map(|glyph| glyph.symbol).collect();
            if found == word {
                return Some(window.iter().map(|glyph| (glyph.x, y)).collect());
            }
        }
    }
    None
}

#[test]
fn colour_theme_colours_the_winner_the_tracks_and_the_focused_border() {
    let mut app = app(true, 120, 40);
    apply(&mut app, &vec![Action::Increase; 10]);
    let buffer = screen::draw(&app);
    let areas = app.layout();
    let name =
        find(&buffer, areas.recommendation, "Python").expect("the winner on the verdict row");
    for cell in name {
        let style = buffer[cell].style();
        assert!(
            style.fg.is_some_and(|fg| fg != Color::Reset),
            "{cell:?}: {style:?}"
        );
    }
    // The data_ai track: towards 0 it would be a close call (no colour),
    // from its tipping point up Python's colour.
    let track = app.track_area(0).unwrap();
    let first = buffer[(track.x, track.y)].fg;
    let last = buffer[(track.right() - 1, track.y)].fg;
    assert_eq!(
        first,
        Color::Reset,
        "a close call is never an option's colour"
    );
    assert_ne!(last, Color::Reset);
    let focused = buffer[(areas.sliders.x, areas.sliders.y)]
        .symbol()
        .to_owned();
    let other = buffer[(areas.factors.x, areas.factors.y)]
        .symbol()
        .to_owned();
    assert_ne!(focused, other, "a thick border for the focused pane");
    // No text in the palette's greys, which some themes draw as the background.
    for cell in buffer.content.iter() {
        assert!(
            !matches!(cell.fg, Color::DarkGray | Color::Gray),
            "{cell:?}"
        );
    }
}

/// One letter per cell for its foreground: the colours a preset draws.
fn colour_map(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut rows = Vec::new();
    for y in area.top()..area.bottom() {
        let row: String = (area.left()..area.right())
            .map(|x| match buffer[(x, y)].fg {
                Color::Reset => '.',
                Color::Blue => 'b',
                Color::Magenta => 'm',
                Color::Green => 'g',
                Color::Red => 'r',
                Color::Cyan => 'c',
                Color::Black => 'k',
                Color::Yellow => 'y',
                _ => '?',
            })
            .collect();
        rows.push(row.trim_end_matches('.').to_owned());
    }
    rows.join("\n")
}

#[test]
fn light_preset_keeps_to_the_dark_colours() {
    use stackcompare::config::theme::{Palette, Preset};
    let theme = Theme::with_palette(Palette::preset(Preset::Light), true);
    let mut app = App::new(vec![content::embedded()], Start::default(), theme);
    app.update(Action::Resize(80, 24));
    apply(&mut app, &vec![Action::Increase; 10]);
    let buffer = screen::draw(&app);
    // Only colours that read on a light background: no light-*, no greys.
    for cell in buffer.content.iter() {
        assert!(
            !matches!(
                cell.fg,
                Color::LightCyan
                    | Color::LightMagenta
                    | Color::White
                    | Color::Gray
                    | Color::DarkGray
            ),
            "{cell:?}"
        );
    }
    let areas = app.layout();
    assert_eq!(
        buffer[(areas.sliders.x, areas.sliders.y)].fg,
        Color::Blue,
        "the focused border"
    );
    assert_snapshot!(
        "light_preset_80x24",
        format!("{}\n\n{}", text(&buffer), colour_map(&buffer))
    );
}

#[test]
fn monochrome_theme_has_no_colour_but_shows_the_selection_and_the_tips() {
    for (width, height) in SIZES {
        let mut app = app(false, width, height);
        let buffer = screen::draw(&app);
        for cell in buffer.content.iter() {
            assert!(
                matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset),
                "{cell:?}"
            );
        }
        let label = &app.pack().sliders[app.session().slider()].label;
        let first_word = label.split_whitespace().next().expect("a label");
        let cells =
            find(&buffer, app.layout().sliders, first_word).expect("the selected slider's label");
        for cell in cells {
            assert!(
                buffer[cell].modifier.contains(Modifier::REVERSED),
                "{cell:?}"
            );
        }
        // Without colour, the stretches of a track that change the verdict
        // are underlined.
        apply(&mut app, &[Action::Digit(0)]);
        let buffer = screen::draw(&app);
        let track = app.track_area(0).unwrap();
        let underlined = (track.x..track.right())
            .filter(|&x| buffer[(x, track.y)].modifier.contains(Modifier::UNDERLINED))
            .count();
        assert!(
            underlined > 0 && underlined < usize::from(track.width),
            "{width}x{height}: {underlined}"
        );
    }
}

/// Three people's profiles: the group's recommendation, each person's
/// verdict and fits, the sliders they disagree on most.
#[test]
fn a_group_shows_each_person_and_where_they_disagree() {
    use stackcompare::group::{Group, Person};
    use stackcompare::profile::Profile;
    let pack = content::embedded();
    let people = ["lead", "frontend", "data"]
        .iter()
        .map(|name| {
            let path = format!(
                "{}/assets/profiles/team/{name}.yaml",
                env!("CARGO_MANIFEST_DIR")
            );
            let profile = Profile::load(std::path::Path::new(&path)).unwrap();
            Person {
                name: profile.name.clone().unwrap_or_else(|| (*name).to_owned()),
                values: profile.values_for(&pack).unwrap(),
            }
        })
        .collect();
    let group = Group::new(&pack, people);
    for size in [(80, 24), (120, 40)] {
        let start = Start {
            values: Some(group.means.clone()),
            profile: Some("lead.yaml".into()),
            group: Some(group.clone()),
            ..Start::default()
        };
        let mut app = App::new(vec![pack.clone()], start, Theme::new(false));
        app.update(Action::Resize(size.0, size.1));
        let screen = shot(&app);
        assert!(screen.contains("group of 3"), "{screen}");
        assert_snapshot!(name("group", size), screen);
    }
}

/// A broken save of the watched file: its errors in a panel over the bottom
/// of the screen, the last good pack above; a click on the panel does nothing.
#[test]
fn a_broken_save_shows_its_errors_over_the_last_good_pack() {
    use stackcompare::tui::action::Reload;
    use std::sync::Arc;
    let start = Start {
        watch_file: Some("my-pack.yaml".into()),
        watch: true,
        ..Start::default()
    };
    let mut app = App::new(vec![content::embedded()], start, Theme::new(false));
    app.update(Action::Resize(80, 24));
    let errors = vec![
        "my-pack.yaml:51:5: options[0]: unknown field `colour`, expected one of `id`, `name`, `tagline`, `summary`".to_owned(),
        "my-pack.yaml:88:15: unknown factor `data-a` (did you mean `data-ai`?)".to_owned(),
    ];
    app.update(Action::Reloaded(Reload(Err(errors))));
    let screen = shot(&app);
    assert!(screen.contains("my-pack.yaml: 2 errors"), "{screen}");
    assert!(screen.contains("watching"), "{screen}");
    let before = (app.focus(), app.session().factor());
    let (panel, _) = app.problems().expect("a panel");
    app.update(Action::Click(panel.x + 2, panel.y + 1));
    assert_eq!(
        (app.focus(), app.session().factor()),
        before,
        "the panel takes the click"
    );
    assert!(Arc::strong_count(app.session().pack()) >= 1);
    assert_snapshot!("broken_save_80x24", screen);
}

#[test]
fn a_pinned_baseline_beside_the_live_project() {
    for size in [(80, 24), (120, 40), (200, 60)] {
        let mut app = app(false, size.0, size.1);
        // A data project pinned, then real time added to it.
        apply(
            &mut app,
            &[
                Action::Digit(5),
                Action::ToggleBaseline,
                Action::Move(Motion::Down),
                Action::Digit(9),
            ],
        );
        let screen = shot(&app);
        assert!(
            screen.contains("comparing"),
            "{size:?}: the title bar says so"
        );
        assert!(screen.contains("Baseline  Python"), "{size:?}:\n{screen}");
        assert!(screen.contains("Compared with the baseline"), "{size:?}");
        assert_snapshot!(name("baseline", size), screen);
    }
}

/// The title bar names the profile the sliders start from, as it would be
/// saved again, and keeps it when they move: at 80 columns the title is cut
/// instead. At 60 there is room for the title and the mark alone.
#[test]
fn the_title_bar_keeps_the_profiles_name_over_the_whole_title() {
    for (width, keeps_name) in [(200, true), (80, true), (60, false)] {
        let start = Start {
            profile: Some("lead.profile.yaml".into()),
            ..Start::default()
        };
        let mut app = App::new(vec![content::embedded()], start, Theme::new(false));
        app.update(Action::Resize(width, 24));
        apply(&mut app, &[Action::Move(Motion::Down), Action::Increase]);
        let screen = shot(&app);
        let title = screen.lines().next().unwrap();
        assert!(title.ends_with(" changed"), "{title}");
        assert_eq!(
            title.contains("profile lead · changed"),
            keeps_name,
            "{title}"
        );
        assert!(!title.contains(".yaml"), "{title}");
        assert_eq!(
            title.contains("which backend should you choose?"),
            width == 200,
            "{title}"
        );
    }
}
