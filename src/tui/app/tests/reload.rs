//! A reloaded pack (`--watch`): values and selections carried by id, a
//! broken save kept aside with its errors, search results dropped.

use std::sync::Arc;

use super::*;
use crate::tui::action::Reload;

fn watched() -> App {
    let start = Start {
        watch_file: Some("pack.yaml".into()),
        ..Start::default()
    };
    let mut app = App::new(vec![embedded()], start, Theme::new(false));
    app.update(Action::Resize(120, 40));
    app
}

#[test]
fn a_new_pack_keeps_the_values_and_the_slider_of_the_same_ids() {
    let mut app = watched();
    focus_slider(&mut app, "realtime");
    app.update(Action::Digit(7));
    app.update(Action::OpenSearch);
    type_text(&mut app, "node");
    // The same pack, its first slider moved last and an option renamed.
    let source = crate::content::EMBEDDED_SOURCE
        .replace("name: Python\n", "name: CPython\n    aliases: [Python]\n");
    let mut file: crate::content::PackFile = serde_yaml::from_str(&source).unwrap();
    file.sliders.rotate_left(1);
    let pack = crate::content::from_file(file).unwrap();
    app.update(Action::Reloaded(Reload(Ok(Arc::new(pack)))));
    let realtime = slider(&app, "realtime");
    assert_eq!(realtime, 0, "the slider list starts one row later");
    assert_eq!(app.session.values[realtime], 7);
    assert_eq!(
        app.session.slider(),
        realtime,
        "the same slider stays focused"
    );
    assert_eq!(app.pack().options[0].name, "CPython");
    assert!(
        !app.is_open(Overlay::Search),
        "hits of the old pack are gone"
    );
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text == "Reloaded pack.yaml")
    );
}

#[test]
fn a_broken_save_keeps_the_pack_and_lists_the_errors_until_fixed() {
    let mut app = watched();
    let before = Arc::clone(&app.session.pack);
    let errors = vec!["pack.yaml:3:1: unknown field `x`".to_owned()];
    app.update(Action::Reloaded(Reload(Err(errors.clone()))));
    assert_eq!(app.watch.problems, errors);
    assert!(Arc::ptr_eq(&before, &app.session.pack));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal
        .draw(|frame| crate::tui::ui::draw(frame, &app))
        .unwrap();
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(
        screen.contains("pack.yaml:3:1: unknown field `x`"),
        "{screen}"
    );
    app.update(Action::Reloaded(Reload(Ok(Arc::new(embedded())))));
    assert!(app.watch.problems.is_empty());
}

#[test]
fn w_without_a_file_says_there_is_nothing_to_watch() {
    let mut app = app();
    assert_eq!(app.update(Action::ToggleWatch), None);
    assert!(app.status.as_ref().is_some_and(|s| s.error));
    let mut app = watched();
    assert_eq!(app.update(Action::ToggleWatch), Some(Effect::Watch(true)));
    assert!(app.watch.on);
    app.update(Action::WatchFailed("cannot watch: no inotify".into()));
    assert!(!app.watch.on);
}

#[test]
fn a_save_without_a_change_moves_nothing_and_the_texts_keep_their_place() {
    let mut app = watched();
    app.update(Action::ToggleArticle);
    for _ in 0..5 {
        app.update(Action::Move(Motion::Down));
    }
    let (before, offset) = (Arc::clone(&app.session.pack), app.session.article.offset);
    assert!(offset > 0);
    app.update(Action::Reloaded(Reload(Ok(Arc::new(embedded())))));
    assert!(
        Arc::ptr_eq(&before, &app.session.pack),
        "an equal pack is not swapped in"
    );
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Reloaded pack.yaml: nothing changed"),
        "the save was seen"
    );
    // A real change: the article stays where it was read.
    let source = crate::content::EMBEDDED_SOURCE
        .replace("name: Python\n", "name: CPython\n    aliases: [Python]\n");
    let pack = crate::content::parse_pack(&source, "pack.yaml").unwrap();
    app.update(Action::Reloaded(Reload(Ok(Arc::new(pack)))));
    assert_eq!(app.pack().options[0].name, "CPython");
    assert_eq!(app.session.article.offset, offset);
}
