//! `b`: a baseline pinned and compared with the live project until `b`
//! again; another pack lets it go.

use std::sync::Arc;

use super::*;
use crate::tui::action::Reload;
use crate::words;

/// The lines' words, each run of spaces and line breaks one space, so a
/// phrase is found wherever the width wrapped it.
fn text(lines: &[ratatui::text::Line]) -> String {
    let joined: Vec<String> = lines
        .iter()
        .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    flat(&joined.join(" "))
}

fn flat(phrase: &str) -> String {
    phrase.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn b_pins_the_project_and_the_pane_compares_with_it_until_b_again() {
    let mut app = app();
    focus_slider(&mut app, "data_ai");
    app.update(Action::Digit(5));
    let pinned = app.session().recommendation().clone();
    app.update(Action::ToggleBaseline);
    assert!(app.comparing());
    assert_eq!(
        app.status().map(|s| s.text.as_str()),
        Some(words::BASELINE_PINNED)
    );
    let body = text(app.session().shown().body());
    assert!(body.starts_with(words::COMPARED_WITH_BASELINE), "{body}");
    assert!(body.contains(&flat(words::SAME_PROJECTS)), "{body}");

    // Moving a slider moves the live side only.
    focus_slider(&mut app, "realtime");
    app.update(Action::Digit(9));
    assert_eq!(app.baseline().unwrap().recommendation(), &pinned);
    let now = app.session().recommendation().clone();
    assert_ne!(
        now.verdict, pinned.verdict,
        "the values chosen change the verdict"
    );
    let header = text(app.session().shown().header());
    let baseline_line = flat(&format!(
        "{} {}",
        words::BASELINE,
        words::side_fits(app.pack(), &pinned)
    ));
    assert!(header.contains(&baseline_line), "{header}");
    let body = text(app.session().shown().body());
    let t = &app.pack().sliders[slider(&app, "realtime")];
    assert!(body.contains(&flat(&words::slider_move(t, 0, 9))), "{body}");
    assert!(
        body.contains(&words::verdict_move(
            app.pack(),
            pinned.verdict,
            now.verdict
        )),
        "{body}"
    );
    assert!(body.contains("Real time 0 → "), "{body}");
    // The recommendation itself still follows.
    assert!(
        body.contains(&flat(&words::verdict_sentence(app.pack(), &now))),
        "{body}"
    );

    app.update(Action::ToggleBaseline);
    assert!(!app.comparing());
    assert_eq!(
        app.status().map(|s| s.text.as_str()),
        Some(words::BASELINE_UNPINNED)
    );
    let body = text(app.session().shown().body());
    assert!(!body.contains(words::COMPARED_WITH_BASELINE), "{body}");
    assert!(!text(app.session().shown().header()).contains(words::BASELINE));
}

#[test]
fn another_pack_lets_the_baseline_go() {
    let mut app = app();
    app.update(Action::ToggleBaseline);
    assert!(app.comparing());
    let source = crate::content::EMBEDDED_SOURCE
        .replace("name: Python\n", "name: CPython\n    aliases: [Python]\n");
    let pack = crate::content::parse_pack(&source, "pack.yaml").unwrap();
    app.update(Action::Reloaded(Reload(Ok(Arc::new(pack)))));
    assert!(!app.comparing());
    assert!(app.baseline.is_none());
    let body = text(app.session().shown().body());
    assert!(!body.contains(words::COMPARED_WITH_BASELINE), "{body}");
}

#[test]
fn unpinning_keeps_the_recommendation_scroll_in_its_shorter_text() {
    let mut app = app();
    app.update(Action::ToggleBaseline);
    set_a_long_recommendation(&mut app);
    focus(&mut app, Pane::Recommendation);
    app.update(Action::Move(Motion::Bottom));
    let compared = app.session.reading.offset;
    assert!(compared > 0);
    app.update(Action::ToggleBaseline);
    let limit = app.scroll_limit(Target::Recommendation);
    assert!(limit < compared, "the comparison made the text longer");
    assert_eq!(app.session.reading.offset, limit);
}
