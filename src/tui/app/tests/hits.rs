//! A search's hits in the article view: Enter shows one highlighted, `n`
//! and `N` go through the others in the article's order, round at the ends.

use super::*;
use crate::tui::keymap::{self, Scope};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The article's text on the highlighted rows: the spans in the matched style.
fn highlighted(app: &App) -> String {
    let matched = app.theme().matched();
    (app.session.shown.article().iter())
        .flat_map(|line| line.spans.iter())
        .filter(|span| span.style == matched)
        .map(|span| span.content.as_ref())
        .collect()
}

/// Whether the highlighted hit's row is in the article's window.
fn hit_on_screen(app: &App) -> bool {
    let row = app.session.shown.mark_row().expect("a highlighted hit");
    let (_, visible) = app.extent(Target::Article);
    let offset = app.session.article.offset;
    (offset..offset + visible).contains(&row)
}

/// Search `query` and press Enter on its first hit in the article.
fn jump(app: &mut App, query: &str) {
    app.update(Action::OpenSearch);
    type_text(app, query);
    let first = (app.search.hits().iter())
        .position(|hit| app.session.index.items()[hit.item].part.is_some())
        .expect("a hit in the article");
    for _ in 0..first {
        app.update(Action::Move(Motion::Down));
    }
    app.update(Action::Submit);
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn enter_highlights_the_hit_and_n_and_capital_n_go_through_the_others() {
    let mut app = app();
    jump(&mut app, "real-time");
    assert_eq!(app.overlay(), Some(Overlay::Article));
    let hits = app
        .session
        .article_hits()
        .expect("the search's hits")
        .clone();
    let (at, count) = hits.position();
    assert!(count >= 3, "{count}");
    assert!(hit_on_screen(&app));
    assert_eq!(highlighted(&app).to_lowercase(), "real-time");
    // `n` and `N` are keys here, and only here.
    assert!(app.scopes().contains(&Scope::Hits));
    assert_eq!(
        keymap::action_for(&key('n'), &app.scopes()),
        Some(Action::NextHit)
    );
    let shift_n = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
    assert_eq!(
        keymap::action_for(&shift_n, &app.scopes()),
        Some(Action::PreviousHit)
    );

    let mut seen = vec![app.session.article.offset];
    for step in 1..=count {
        app.update(Action::NextHit);
        let now = app.session.article_hits().unwrap().position();
        assert_eq!(now, ((at - 1 + step) % count + 1, count), "n {step}");
        assert!(hit_on_screen(&app), "n {step}");
        assert_eq!(highlighted(&app).to_lowercase(), "real-time", "n {step}");
        seen.push(app.session.article.offset);
    }
    // Round the whole way: back at the first hit, said so on the way.
    assert_eq!(seen.first(), seen.last());
    assert!(seen.windows(2).any(|w| w[0] != w[1]), "{seen:?}");
    app.update(Action::PreviousHit);
    let back = app.session.article_hits().unwrap().position();
    assert_eq!(back.0, if at == 1 { count } else { at - 1 });
    if at == 1 {
        assert!(
            app.status
                .as_ref()
                .is_some_and(|s| s.text.contains("round to the last"))
        );
    }
}

#[test]
fn n_goes_round_from_the_last_hit_to_the_first() {
    let mut app = app();
    jump(&mut app, "real-time");
    let (_, count) = app.session.article_hits().unwrap().position();
    while app.session.article_hits().unwrap().position().0 != count {
        app.update(Action::NextHit);
    }
    let last = app.session.article.offset;
    app.update(Action::NextHit);
    assert_eq!(app.session.article_hits().unwrap().position().0, 1);
    assert!(
        app.session.article.offset < last,
        "the first hit is above the last"
    );
    let status = app.status.clone().expect("said so");
    assert!(status.text.contains("back to the first"), "{}", status.text);
}

#[test]
fn the_hits_are_keys_only_in_the_article_after_a_search() {
    let mut app = app();
    app.update(Action::ToggleArticle);
    assert!(!app.scopes().contains(&Scope::Hits), "no search yet");
    assert_eq!(keymap::action_for(&key('n'), &app.scopes()), None);
    app.update(Action::Close);
    jump(&mut app, "rule");
    assert!(app.scopes().contains(&Scope::Hits));
    app.update(Action::Close);
    assert!(!app.scopes().contains(&Scope::Hits), "the article closed");
    // Jumping to a factor ends the search's walk through the article.
    app.update(Action::OpenSearch);
    type_text(&mut app, "rltm");
    app.update(Action::Submit);
    assert!(app.session.article_hits().is_none());
    app.update(Action::ToggleArticle);
    assert!(highlighted(&app).is_empty());
}
