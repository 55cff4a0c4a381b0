//! Panes, lists, text scrolls, search and overlays.

use super::*;

#[test]
fn tab_cycles_the_panes_both_ways() {
    let mut app = app();
    let mut seen = vec![app.focus];
    for _ in 0..3 {
        app.update(Action::FocusNext);
        seen.push(app.focus);
    }
    assert_eq!(seen, PANES);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Pane::Sliders);
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Pane::Detail);
}

#[test]
fn first_last_and_pages_work_in_every_list_and_text() {
    let mut app = app();
    focus(&mut app, Pane::Factors);
    app.update(Action::Move(Motion::Bottom));
    assert_eq!(app.session.factor(), app.pack().factors.len() - 1);
    app.update(Action::Move(Motion::Top));
    assert_eq!(app.session.factor(), 0);
    focus(&mut app, Pane::Sliders);
    app.update(Action::Move(Motion::Bottom));
    assert_eq!(app.session.slider(), app.pack().sliders.len() - 1);
    app.update(Action::Move(Motion::PageUp));
    assert_eq!(app.session.slider(), 0);
    set_a_long_recommendation(&mut app);
    focus(&mut app, Pane::Recommendation);
    app.update(Action::Move(Motion::PageDown));
    assert!(app.session.reading.offset > 0);
    app.update(Action::Move(Motion::Bottom));
    assert_eq!(
        app.session.reading.offset,
        app.scroll_limit(Target::Recommendation)
    );
    app.update(Action::ToggleHelp);
    app.update(Action::Resize(80, 24));
    app.update(Action::Move(Motion::Bottom));
    assert_eq!(app.help.offset, app.scroll_limit(Target::Help));
    assert!(app.help.offset > 0);
    app.update(Action::Move(Motion::Top));
    assert_eq!(app.help.offset, 0);
}

#[test]
fn search_finds_the_articles_text_and_jumps_there() {
    let mut app = app();
    app.update(Action::OpenSearch);
    type_text(&mut app, "hiring");
    let hit = &app.session.index.items()[app.search.hits()[0].item];
    assert_eq!(hit.kind, ItemKind::Passage);
    app.update(Action::Submit);
    assert_eq!(app.overlay(), Some(Overlay::Article));
    assert!(app.session.article.offset > 0);
}

#[test]
fn search_jumps_to_a_factor_or_slider() {
    let mut app = app();
    app.update(Action::OpenSearch);
    type_text(&mut app, "rltm");
    let first = &app.session.index.items()[app.search.hits()[0].item];
    assert!(first.text.starts_with("Real"), "{}", first.text);
    let (kind, index) = (first.kind, first.index);
    app.update(Action::Submit);
    assert_eq!(app.overlay(), None);
    match kind {
        ItemKind::Factor => assert_eq!((app.focus, app.session.factor()), (Pane::Factors, index)),
        ItemKind::Slider => assert_eq!((app.focus, app.session.slider()), (Pane::Sliders, index)),
        other => panic!("expected a factor or a slider first, got {other:?}"),
    }
}

#[test]
fn search_edits_clear_delete_words_and_take_pastes() {
    let mut app = app();
    app.update(Action::OpenSearch);
    type_text(&mut app, "real time");
    app.update(Action::DeleteWord);
    assert_eq!(app.search.query, "real ");
    app.update(Action::ClearQuery);
    assert_eq!(app.search.query, "");
    assert_eq!(app.search.hits().len(), app.session.index.items().len());
    // A paste is text, never keys: Enter, Esc and letters stay in the query.
    app.update(Action::Paste("data\neeee\u{1b}sq".into()));
    assert_eq!(app.search.query, "data eeeesq");
    assert!(!app.quit && app.overlay() == Some(Overlay::Search));
    app.update(Action::Paste("x".repeat(100_000)));
    assert_eq!(app.search.query.chars().count(), search::MAX_QUERY);
    app.update(Action::Close);
    assert_eq!(app.overlay(), None);
    assert!(app.search.query.is_empty());
    assert!(!app.quit, "Esc never quits");
}

#[test]
fn escape_goes_back_to_where_an_overlay_was_opened_from() {
    let mut app = app();
    app.update(Action::ToggleArticle);
    app.update(Action::ToggleHelp);
    assert_eq!(app.overlay(), Some(Overlay::Help));
    app.update(Action::Close);
    assert_eq!(app.overlay(), Some(Overlay::Article));
    app.update(Action::OpenSearch);
    app.update(Action::Close);
    assert_eq!(app.overlay(), Some(Overlay::Article));
    app.update(Action::Close);
    assert_eq!(app.overlay(), None);
    app.update(Action::Close);
    assert!(!app.quit);
}
