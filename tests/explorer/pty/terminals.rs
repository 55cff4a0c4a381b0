//! Kinds of terminal: without colour (`NO_COLOR`) the focus and the
//! selection still show; a terminal that cannot draw (`TERM=dumb`, no
//! `TERM`) is given the line mode instead, its screen left alone.

use super::reading::{framed, rows, selected_row};
use super::{Session, TITLE};
use crate::common;

#[test]
fn no_color_keeps_focus_and_selection_visible() {
    let mut session = Session::start_with(120, 40, &[("NO_COLOR", "1")]);
    session.wait_for(TITLE);
    session.wait_slider("Touches data", "0/10");
    check_monochrome(&session.frame());
    // A winner is drawn in reverse video, still without colour.
    session.send("lllllll");
    session.wait_verdict("Python");
    check_monochrome(&session.frame());
}

/// No colour anywhere; the focused pane's border is bold and the others'
/// not; the selected slider's label is bold or reverse, the others' neither.
fn check_monochrome(screen: &vt100::Screen) {
    let (height, width) = screen.size();
    let cell = |row: u16, col: u16| screen.cell(row, col).expect("a cell on screen");
    for row in 0..height {
        for col in 0..width {
            let c = cell(row, col);
            assert!(
                c.fgcolor() == vt100::Color::Default && c.bgcolor() == vt100::Color::Default,
                "colour {:?} on {:?} at row {row}, column {col} ({:?}) with NO_COLOR:\n{}",
                c.fgcolor(),
                c.bgcolor(),
                c.contents(),
                framed(screen)
            );
        }
    }
    let column_of = |row: u16, text: &str| -> u16 {
        let line = &rows(screen)[usize::from(row)];
        let at = line
            .find(text)
            .unwrap_or_else(|| panic!("{text:?} not on row {row}:\n{}", framed(screen)));
        u16::try_from(common::screen::width(&line[..at])).unwrap()
    };

    // The focused pane (the sliders, "▸ Your project") has a bold border.
    let top = rows(screen)
        .iter()
        .position(|r| r.contains("Your project"))
        .and_then(|n| u16::try_from(n).ok())
        .expect("the sliders pane");
    let focused = column_of(top, "▸ Your project");
    assert!(
        cell(top, focused).bold() && cell(top, focused - 2).bold(),
        "the focused pane's title and border are not bold with NO_COLOR:\n{}",
        framed(screen)
    );
    let factors = rows(screen)
        .iter()
        .position(|r| r.contains("Factors"))
        .and_then(|n| u16::try_from(n).ok())
        .expect("the factors pane");
    let other = column_of(factors, "Factors");
    assert!(
        !cell(factors, other - 2).bold(),
        "an unfocused pane's border is bold too"
    );

    // The selected slider's label stands out; the next one's does not.
    let (row, _) = selected_row(screen, "Touches data").expect("the selected slider");
    let start = column_of(row, "▶ Touches data") + 2;
    for col in start..start + 12 {
        assert!(
            cell(row, col).inverse() || cell(row, col).bold(),
            "the selected slider's label is neither bold nor reverse at column {col} with NO_COLOR:\n{}",
            framed(screen)
        );
    }
    let next = rows(screen)
        .iter()
        .position(|r| r.contains("  Real-time features"))
        .and_then(|n| u16::try_from(n).ok())
        .expect("the second slider");
    let col = column_of(next, "Real-time features");
    assert!(
        !cell(next, col).inverse() && !cell(next, col).bold(),
        "an unselected slider's label looks selected too"
    );
}

#[test]
fn a_terminal_that_cannot_draw_is_given_the_line_mode_and_the_screen_left_alone() {
    for (term, shown) in [("dumb", "TERM=dumb"), ("", "TERM is not set")] {
        let mut session = Session::start_with(80, 24, &[("TERM", term)]);
        session.wait_live(&format!("the line mode for TERM={term:?}"), |screen| {
            let contents = screen.contents();
            !screen.alternate_screen()
                && contents.contains(shown)
                && contents.contains("stackcompare --linear")
                && contents.trim_end().ends_with('>')
        });
        session.send("show\r");
        session.wait_live("the verdict in words", |screen| {
            screen.contents().contains("Verdict: ")
        });
        session.send("quit\r");
        let status = session.ended(term);
        assert!(status.success(), "TERM={term:?} ended with {status:?}");
        assert!(!session.raw().contains(&0x1b), "TERM={term:?}: an escape");
    }
}
