//! What the explorer shows and how keys move it: the first screen, the
//! sliders moving the verdict both ways, search and its hits in the
//! article (n, N), help, the article view, a small terminal.

use super::reading::{rows, verdict_on};
use super::{CLOSE, DOWN, END, ENTER, ESC, RIGHT, TITLE, started};

#[test]
fn starts_with_title_factors_sliders_and_a_close_call() {
    let session = started(120, 40);
    session.wait_slider("Touches data", "0/10");
    let screen = session.frame().contents();
    for text in [
        TITLE,
        "Factors",
        "Data and AI",
        "Real time",
        "Touches data",
        "Real-time features",
        "Recommendation",
    ] {
        assert!(
            screen.contains(text),
            "{text:?} missing at start:\n{}",
            session.dump()
        );
    }
    assert_eq!(verdict_on(&session.frame()).as_deref(), Some(CLOSE));
}

#[test]
fn sliders_move_the_verdict_both_ways() {
    let mut session = started(120, 40);
    session.wait_slider("Touches data", "0/10");
    // The data/AI slider up one step at a time until Python wins.
    let mut presses = 0;
    while verdict_on(&session.frame()).as_deref() != Some("Python") {
        assert!(
            presses < 10,
            "Python never won with the data slider at its max:\n{}",
            session.dump()
        );
        session.send(if presses % 2 == 0 { "l" } else { RIGHT });
        presses += 1;
        session.wait_slider("Touches data", &format!("{presses}/10"));
    }

    // Reset, then the real-time slider up until Node.js wins.
    session.send("r");
    session.wait_for("Back to the pack's defaults");
    session.wait_slider("Touches data", "0/10");
    session.wait_verdict(CLOSE);
    session.send("j");
    session.wait_slider("Real-time", "0/10");
    let mut presses = 0;
    while verdict_on(&session.frame()).as_deref() != Some("Node.js") {
        assert!(
            presses < 10,
            "Node.js never won with the real-time slider at its max:\n{}",
            session.dump()
        );
        session.send("l");
        presses += 1;
        session.wait_slider("Real-time", &format!("{presses}/10"));
    }
}

#[test]
fn search_finds_real_time_and_jumps_to_it() {
    let mut session = started(120, 40);
    session.send("/");
    session.wait_for("Search factors, sliders and the article");
    session.send("rltm");
    // The first result, under the query and a rule, is the factor "Real time".
    session.wait_until("\"Real time\" as the first result for \"rltm\"", |screen| {
        let rows = rows(screen);
        let Some(query) = rows.iter().position(|r| r.contains("/ rltm")) else {
            return false;
        };
        rows.get(query + 2)
            .is_some_and(|first| first.contains("▶ factor") && first.contains("Real time"))
    });
    session.send(ENTER);
    session.wait_gone("Search factors, sliders and the article");
    // The detail pane's title is the factor's name.
    session.wait_until("the detail pane titled \"Real time\"", |screen| {
        rows(screen)
            .iter()
            .any(|row| row.contains("┌ Real time ─") || row.contains("┏ ▸ Real time ━"))
    });
    session.wait_for("“Node.js shines at");
}

#[test]
fn help_overlay_opens_and_esc_closes_it() {
    let mut session = started(120, 40);
    session.send("?");
    session.wait_until("the help overlay, titled with \"Keys\"", |screen| {
        rows(screen)
            .iter()
            .any(|row| row.contains("Keys") && row.contains("q, Esc or ? closes"))
    });
    // Its first page: the keys that work anywhere (the sliders' come after).
    session.wait_for("pin the project to compare with");
    session.send(ESC);
    session.wait_gone("q, Esc or ? closes");
    session.wait_gone("pin the project to compare with");
    session.wait_slider("Touches data", "0/10");
}

#[test]
fn article_view_shows_sections_and_scrolls_to_the_end() {
    let mut session = started(120, 40);
    session.send("a");
    session.wait_for("Python: clarity and data");
    session.send(END);
    session.wait_for("Shall we talk about your project?");
    session.send(ESC);
    session.wait_gone("Shall we talk about your project?");
    session.wait_slider("Touches data", "0/10");
}

#[test]
fn small_terminal_shows_sliders_and_verdict_together() {
    let session = started(80, 24);
    session.wait_slider("Touches data", "0/10");
    session.wait_for("Real-time feat");
    session.wait_verdict(CLOSE);
}

/// The text the terminal shows underlined: a search hit's matched letters.
fn underlined(screen: &vt100::Screen) -> String {
    let (rows, cols) = screen.size();
    let mut out = String::new();
    for row in 0..rows {
        for col in 0..cols {
            if let Some(cell) = screen.cell(row, col).filter(|cell| cell.underline()) {
                out.push_str(cell.contents());
            }
        }
    }
    out
}

/// Which hit the article view's title says it shows: (hit, of how many).
fn hit_shown(screen: &vt100::Screen) -> Option<(usize, usize)> {
    let title = rows(screen)
        .into_iter()
        .find(|row| row.contains("Article · line"))?;
    let (_, after) = title.split_once(" · hit ")?;
    let (at, rest) = after.split_once(" of ")?;
    let count = rest.split_whitespace().next()?;
    Some((at.parse().ok()?, count.parse().ok()?))
}

#[test]
fn a_passage_found_is_highlighted_and_n_and_capital_n_go_through_the_hits() {
    let mut session = started(120, 40);
    session.send("/");
    session.wait_for("Search factors, sliders and the article");
    session.send("real-time");
    // The slider comes first; the first sentence of the article under it.
    session.wait_until("the slider first for \"real-time\"", |screen| {
        rows(screen)
            .iter()
            .any(|row| row.contains("▶ slider") && row.contains("Real-time features"))
    });
    session.send(DOWN);
    session.wait_until("a passage selected", |screen| {
        rows(screen).iter().any(|row| row.contains("▶ article"))
    });
    session.send(ENTER);
    session.wait_until("the article view at a hit", |screen| {
        hit_shown(screen).is_some()
    });
    let (first, count) = hit_shown(&session.frame()).unwrap();
    assert!(count >= 3, "{}", session.dump());
    session.wait_until("the hit's letters underlined", |screen| {
        underlined(screen).to_lowercase() == "real-time"
    });
    session.wait_for("n next hit");

    session.send("n");
    let next = first % count + 1;
    session.wait_until(&format!("hit {next} of {count}"), |screen| {
        hit_shown(screen) == Some((next, count))
    });
    assert_eq!(
        underlined(&session.frame()).to_lowercase(),
        "real-time",
        "{}",
        session.dump()
    );

    session.send("N");
    session.wait_until(&format!("back to hit {first}"), |screen| {
        hit_shown(screen) == Some((first, count))
    });
    session.send("N");
    let previous = (first + count - 2) % count + 1;
    session.wait_until(&format!("hit {previous} of {count}"), |screen| {
        hit_shown(screen) == Some((previous, count))
    });
    session.send(ESC);
    session.wait_gone("Article · line");
    session.wait_gone("n next hit");
}
