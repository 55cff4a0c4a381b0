//! `App::update`: each action's effect on the state.

use super::*;
use crate::content::embedded;
use crate::engine::Verdict;
use crate::tui::layout;

fn app() -> App {
    let mut app = App::new(vec![embedded()], None, Theme::new(false));
    app.update(Action::Resize(120, 40));
    app
}

fn trait_index(app: &App, id: &str) -> usize {
    app.pack.trait_index(id).unwrap()
}

fn option(app: &App, id: &str) -> Verdict {
    Verdict::Winner(app.pack.option_index(id).unwrap())
}

#[test]
fn starts_on_the_sliders_at_the_defaults_too_close_to_call() {
    let app = app();
    assert_eq!(app.focus, Pane::Sliders);
    assert_eq!(app.values, app.pack.default_values());
    assert!(matches!(app.recommendation.verdict, Verdict::CloseCall(_)));
}

#[test]
fn sliders_move_and_the_verdict_follows() {
    let mut app = app();
    app.slider = trait_index(&app, "data_ai");
    for _ in 0..10 {
        app.update(Action::Increase);
    }
    assert_eq!(app.values[app.slider], 10);
    assert_eq!(app.recommendation.verdict, option(&app, "python"));
    app.update(Action::Increase);
    assert_eq!(app.values[app.slider], 10, "stops at max");
    app.update(Action::SliderMin);
    assert_eq!(app.values[app.slider], 0);
    app.update(Action::Decrease);
    assert_eq!(app.values[app.slider], 0, "stops at 0");
    app.update(Action::SliderMax);
    app.update(Action::Reset);
    assert_eq!(app.values, app.pack.default_values());
    assert_eq!(
        app.recommendation,
        crate::engine::recommend(&app.pack, &app.values)
    );
}

#[test]
fn tab_cycles_the_panes_both_ways() {
    let mut app = app();
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Recommendation);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Factors);
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Pane::Recommendation);
}

#[test]
fn lists_move_within_bounds() {
    let mut app = app();
    app.focus = Pane::Factors;
    app.update(Action::Up);
    assert_eq!(app.factor, 0);
    app.update(Action::Bottom);
    assert_eq!(app.factor, app.pack.factors.len() - 1);
    app.update(Action::Down);
    assert_eq!(app.factor, app.pack.factors.len() - 1);
    app.focus = Pane::Sliders;
    app.update(Action::Down);
    assert_eq!(app.slider, 1);
}

#[test]
fn search_finds_and_jumps() {
    let mut app = app();
    app.update(Action::OpenSearch);
    assert_eq!(app.overlay, Overlay::Search);
    for c in "rltm".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.search.query, "rltm");
    let first = &app.index.items()[app.search.hits()[0].item];
    assert!(first.text.starts_with("Real"), "{}", first.text);
    let (kind, index) = (first.kind, first.index);
    app.update(Action::Submit);
    assert_eq!(app.overlay, Overlay::None);
    match kind {
        ItemKind::Factor => assert_eq!((app.focus, app.factor), (Pane::Factors, index)),
        ItemKind::Trait => assert_eq!((app.focus, app.slider), (Pane::Sliders, index)),
        ItemKind::Section => panic!("expected a factor or slider first"),
    }
}

#[test]
fn search_jumps_to_an_article_section() {
    let mut app = app();
    app.update(Action::OpenSearch);
    for c in "how to choose".chars() {
        app.update(Action::Input(c));
    }
    let hit = &app.index.items()[app.search.hits()[0].item];
    assert_eq!(hit.kind, ItemKind::Section);
    app.update(Action::Submit);
    assert_eq!(app.overlay, Overlay::Article);
    assert!(app.article_scroll > 0);
}

#[test]
fn search_backspace_widens_and_esc_clears() {
    let mut app = app();
    app.update(Action::OpenSearch);
    app.update(Action::Input('z'));
    app.update(Action::Input('q'));
    assert!(app.search.hits().is_empty());
    app.update(Action::Backspace);
    app.update(Action::Backspace);
    assert_eq!(app.search.hits().len(), app.index.items().len());
    app.update(Action::Input('x'));
    app.update(Action::Close);
    assert_eq!(app.overlay, Overlay::None);
    assert!(app.search.query.is_empty());
    assert!(!app.quit, "Esc never quits");
}

#[test]
fn article_and_help_toggle_and_scroll() {
    let mut app = app();
    app.update(Action::ToggleArticle);
    assert_eq!(app.overlay, Overlay::Article);
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.article_scroll, 2);
    app.update(Action::Bottom);
    let (len, height) = app.article_extent();
    assert_eq!(app.article_scroll, len - usize::from(height));
    app.update(Action::ToggleArticle);
    assert_eq!(app.overlay, Overlay::None);
    app.update(Action::ToggleHelp);
    assert_eq!(app.overlay, Overlay::Help);
    app.update(Action::Close);
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn export_save_and_copy_ask_the_runner() {
    let mut app = app();
    match app.update(Action::Export) {
        Some(Effect::WriteFile {
            stem,
            extension,
            contents,
            ..
        }) => {
            assert_eq!(stem, "stackcompare-python-vs-node");
            assert_eq!(extension, "md");
            assert_eq!(contents, app.summary());
        }
        other => panic!("{other:?}"),
    }
    match app.update(Action::SaveProfile) {
        Some(Effect::WriteFile {
            extension,
            contents,
            ..
        }) => {
            assert_eq!(extension, "profile.yaml");
            assert!(contents.contains("pack: python-vs-node"));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(app.update(Action::Copy), Some(Effect::Copy(_))));
    app.update(Action::Finished(Err("disk full".into())));
    assert_eq!(
        app.status,
        Some(Status {
            text: "disk full".into(),
            error: true
        })
    );
}

#[test]
fn clicking_a_track_sets_the_slider() {
    let mut app = app();
    let areas = app.layout();
    let rows = layout::slider_rows(
        layout::inner(areas.sliders),
        areas.wide,
        app.pack.traits.len(),
        0,
    );
    let realtime = trait_index(&app, "realtime");
    let track = layout::track(rows.slider(realtime).unwrap(), areas.wide, false);
    app.update(Action::Click(track.right() - 1, track.y));
    assert_eq!(app.slider, realtime);
    assert_eq!(app.values[realtime], 10);
    app.update(Action::Drag(track.x, track.y));
    assert_eq!(app.values[realtime], 0);
}

#[test]
fn clicking_a_toggle_flips_it_once() {
    let mut app = app();
    let areas = app.layout();
    let rows = layout::slider_rows(
        layout::inner(areas.sliders),
        areas.wide,
        app.pack.traits.len(),
        0,
    );
    let toggle = trait_index(&app, "one_language");
    let track = layout::track(rows.slider(toggle).unwrap(), areas.wide, true);
    app.update(Action::Click(track.x, track.y));
    assert_eq!(app.values[toggle], 1);
    app.update(Action::Drag(track.x + 1, track.y));
    assert_eq!(app.values[toggle], 1, "dragging does not flip it back");
}

#[test]
fn clicking_a_factor_row_selects_it() {
    let mut app = app();
    let inner = layout::inner(app.layout().factors);
    app.update(Action::Click(inner.x + 2, inner.y + 2));
    assert_eq!(app.focus, Pane::Factors);
    assert_eq!(app.factor, 2);
}

#[test]
fn several_packs_open_the_picker() {
    let mut second = embedded();
    second.id = "second".into();
    second.title = "Second".into();
    let mut app = App::new(vec![embedded(), second], None, Theme::new(true));
    assert_eq!(app.overlay, Overlay::Picker);
    app.update(Action::Down);
    app.update(Action::Submit);
    assert_eq!(app.pack.id, "second");
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.packs.len(), 2);
}

#[test]
fn resizing_keeps_the_state() {
    let mut app = app();
    app.slider = 3;
    app.update(Action::Increase);
    let values = app.values.clone();
    app.update(Action::Resize(1, 1));
    app.update(Action::Resize(80, 24));
    assert_eq!(app.values, values);
    assert_eq!(app.slider, 3);
}

#[test]
fn a_long_list_moves_its_cursor_before_it_scrolls() {
    let mut pack = embedded();
    let template = pack.factors[0].clone();
    for n in 0..40 {
        let mut factor = template.clone();
        factor.id = format!("extra-{n}");
        pack.factors.push(factor);
    }
    let mut app = App::new(vec![pack], None, Theme::new(false));
    app.update(Action::Resize(80, 24));
    app.focus = Pane::Factors;
    let visible = usize::from(layout::inner(app.layout().factors).height);
    for _ in 0..visible + 3 {
        app.update(Action::Down);
    }
    let offset = app.factor_offset;
    assert_eq!(
        offset,
        app.factor + 1 - visible,
        "scrolled to keep the cursor at the bottom edge"
    );
    app.update(Action::Up);
    assert_eq!(
        app.factor_offset, offset,
        "moving up inside the window does not scroll"
    );
    // A click lands on the row drawn under the pointer.
    let inner = layout::inner(app.layout().factors);
    app.update(Action::Click(inner.x + 2, inner.y));
    assert_eq!(app.factor, offset);
}

#[test]
fn growing_the_terminal_brings_back_the_top_of_the_help() {
    let mut app = App::new(vec![embedded()], None, Theme::new(false));
    app.update(Action::Resize(40, 12));
    app.update(Action::ToggleHelp);
    for _ in 0..200 {
        app.update(Action::Down);
    }
    assert!(app.help_scroll > 0);
    app.update(Action::Resize(200, 100));
    assert_eq!(
        app.help_scroll, 0,
        "all of the help fits: nothing to scroll"
    );
}
