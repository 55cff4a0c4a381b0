//! The editor against a terminal emulator: what the reader sees after each
//! key is the prompt and the line, the cursor where the editor has it, and
//! no escape sequence was needed to get there.

use proptest::prelude::*;

use super::*;
use crate::content::{Pack, embedded};
use crate::linear::complete::complete;

const PROMPT: &str = "> ";

/// An editor, the terminal it writes to, and the pack it completes from.
struct Typing {
    editor: Editor,
    screen: vt100::Parser,
    pack: Pack,
    written: Vec<u8>,
}

impl Typing {
    fn new() -> Self {
        Self::wide(200)
    }

    /// On a terminal `columns` wide, which the editor is told of.
    fn wide(columns: u16) -> Self {
        let mut typing = Self {
            editor: Editor::new(PROMPT),
            screen: vt100::Parser::new(24, columns, 0),
            pack: embedded(),
            written: Vec::new(),
        };
        typing.editor.set_columns(usize::from(columns));
        let mut out = Vec::new();
        typing.editor.begin(&mut out);
        typing.show(&out);
        typing
    }

    /// Write as a terminal does with its output processing on: `\n` as `\r\n`.
    fn show(&mut self, bytes: &[u8]) {
        self.written.extend_from_slice(bytes);
        for byte in bytes {
            if *byte == b'\n' {
                self.screen.process(b"\r\n");
            } else {
                self.screen.process(&[*byte]);
            }
        }
    }

    fn press(&mut self, key: Key) -> Outcome {
        let mut out = Vec::new();
        let pack = &self.pack;
        let outcome = self
            .editor
            .key(key, &|before| complete(pack, before), &mut out);
        self.show(&out);
        outcome
    }

    fn type_text(&mut self, text: &str) {
        for letter in text.chars() {
            assert_eq!(self.press(Key::Char(letter)), Outcome::Editing);
        }
    }

    /// The row the cursor is on, and the cursor's column.
    fn row(&self) -> (String, u16) {
        let screen = self.screen.screen();
        let (row, column) = screen.cursor_position();
        let (_, columns) = screen.size();
        let text = screen
            .rows(0, columns)
            .nth(usize::from(row))
            .unwrap_or_default();
        (text.trim_end().to_owned(), column)
    }

    /// The cursor's row is the prompt and the line, the cursor after
    /// `before` letters of it.
    fn assert_shows(&self, line: &str, before: usize) {
        let (row, column) = self.row();
        assert_eq!(row, format!("{PROMPT}{line}").trim_end(), "the row");
        let at: usize = line
            .chars()
            .take(before)
            .map(|c| c.width().unwrap_or(0))
            .sum();
        assert_eq!(
            usize::from(column),
            PROMPT.len() + at,
            "the cursor in {row:?}"
        );
        assert!(
            !self.written.contains(&0x1b),
            "an escape: {:?}",
            self.written
        );
    }
}

#[test]
fn typed_letters_show_and_enter_gives_the_line() {
    let mut typing = Typing::new();
    typing.type_text("show");
    typing.assert_shows("show", 4);
    assert_eq!(typing.press(Key::Enter), Outcome::Line("show".into()));
}

#[test]
fn tab_finishes_a_word_that_only_one_fits() {
    let mut typing = Typing::new();
    typing.type_text("ti");
    typing.press(Key::Tab);
    typing.assert_shows("tips ", 5);
    let mut typing = Typing::new();
    typing.type_text("set real");
    typing.press(Key::Tab);
    typing.assert_shows("set realtime ", 13);
    typing.type_text("7");
    assert_eq!(
        typing.press(Key::Enter),
        Outcome::Line("set realtime 7".into())
    );
}

#[test]
fn tab_where_several_fit_types_what_they_share_then_lists_them() {
    let mut typing = Typing::new();
    typing.type_text("e");
    typing.press(Key::Tab);
    // exit and export share the x.
    typing.assert_shows("ex", 2);
    assert!(!typing.screen.screen().contents().contains("export"));
    typing.press(Key::Tab);
    // Nothing more to share: the two, on a row of their own, then the line again.
    let contents = typing.screen.screen().contents();
    assert!(contents.contains("\nexit  export\n"), "{contents}");
    typing.assert_shows("ex", 2);
    typing.type_text("p");
    typing.press(Key::Tab);
    typing.assert_shows("export ", 7);
}

#[test]
fn tab_where_nothing_fits_rings_and_changes_nothing() {
    let mut typing = Typing::new();
    typing.type_text("search re");
    typing.press(Key::Tab);
    typing.assert_shows("search re", 9);
    assert_eq!(typing.written.last(), Some(&BELL));
}

#[test]
fn a_toggle_completes_to_on_or_off() {
    let mut typing = Typing::new();
    let toggle = typing
        .pack
        .sliders
        .iter()
        .find(|slider| slider.is_toggle())
        .expect("the article pack has a toggle")
        .id
        .clone();
    typing.type_text(&format!("set {toggle} of"));
    typing.press(Key::Tab);
    let line = format!("set {toggle} off ");
    typing.assert_shows(&line, line.chars().count());
}

#[test]
fn editing_in_the_middle_of_the_line() {
    let mut typing = Typing::new();
    typing.type_text("shw");
    typing.press(Key::Left);
    typing.type_text("o");
    typing.assert_shows("show", 3);
    typing.press(Key::Home);
    typing.assert_shows("show", 0);
    typing.press(Key::Delete);
    typing.assert_shows("how", 0);
    typing.type_text("s");
    typing.press(Key::End);
    typing.press(Key::Backspace);
    typing.assert_shows("sho", 3);
    typing.type_text("w me");
    typing.press(Key::KillWord);
    typing.assert_shows("show ", 5);
    typing.press(Key::Left);
    typing.press(Key::KillEnd);
    typing.assert_shows("show", 4);
    typing.press(Key::KillStart);
    typing.assert_shows("", 0);
    assert_eq!(typing.press(Key::Enter), Outcome::Line(String::new()));
}

#[test]
fn up_and_down_walk_the_lines_typed_before() {
    let mut typing = Typing::new();
    for line in ["show", "why"] {
        typing.type_text(line);
        typing.press(Key::Enter);
        let mut out = Vec::new();
        typing.editor.begin(&mut out);
        typing.show(&out);
    }
    typing.type_text("ti");
    typing.press(Key::Up);
    typing.assert_shows("why", 3);
    typing.press(Key::Up);
    typing.assert_shows("show", 4);
    typing.press(Key::Up);
    typing.assert_shows("show", 4);
    typing.press(Key::Down);
    typing.assert_shows("why", 3);
    typing.press(Key::Down);
    // Past the newest: the line that was being typed.
    typing.assert_shows("ti", 2);
}

#[test]
fn ctrl_d_ends_only_an_empty_line() {
    let mut typing = Typing::new();
    typing.type_text("ab");
    typing.press(Key::Left);
    assert_eq!(typing.press(Key::EndOfInput), Outcome::Editing);
    typing.assert_shows("a", 1);
    typing.press(Key::KillStart);
    assert_eq!(typing.press(Key::EndOfInput), Outcome::End);
}

#[test]
fn shown_again_is_the_prompt_the_line_and_the_cursor() {
    let mut typing = Typing::new();
    typing.type_text("set 日x");
    typing.press(Key::Left);
    let again = typing.editor.shown();
    typing.show(b"\n");
    typing.show(&again);
    typing.assert_shows("set 日x", 5);
}

#[test]
fn tab_inside_a_word_completes_the_whole_word() {
    let mut typing = Typing::new();
    typing.type_text("set realtime");
    for _ in 0..4 {
        typing.press(Key::Left);
    }
    typing.press(Key::Tab);
    typing.assert_shows("set realtime ", 13);
    let mut typing = Typing::new();
    typing.type_text("set realt 7");
    for _ in 0..4 {
        typing.press(Key::Left);
    }
    typing.press(Key::Tab);
    // The blank after the word is there already: none added.
    typing.assert_shows("set realtime 7", 12);
}

#[test]
fn a_line_wider_than_the_terminal_scrolls_within_its_row() {
    let mut typing = Typing::wide(20);
    let line = "search one language everywhere";
    typing.type_text(line);
    let (row, column) = typing.row();
    // The prompt, then the end of the line, the last column left free.
    assert!(row.starts_with(PROMPT), "{row:?}");
    assert!(line.ends_with(&row[PROMPT.len()..]), "{row:?}");
    assert_eq!(column, 19);
    assert_eq!(typing.screen.screen().cursor_position().0, 0, "no wrap");
    typing.press(Key::Home);
    let (row, column) = typing.row();
    assert!(line.starts_with(&row[PROMPT.len()..]), "{row:?}");
    assert_eq!(column, 2);
    // Shortened until it fits: the whole line, in place.
    typing.press(Key::End);
    for _ in 0..13 {
        typing.press(Key::Backspace);
    }
    typing.assert_shows("search one langua", 17);
    assert_eq!(
        typing.press(Key::Enter),
        Outcome::Line("search one langua".into())
    );
}

#[test]
fn enter_in_the_middle_of_a_line_puts_the_answer_under_all_of_it() {
    let mut typing = Typing::new();
    typing.type_text("show");
    typing.press(Key::Home);
    typing.press(Key::Enter);
    typing.show(b"answer");
    let contents = typing.screen.screen().contents();
    assert!(contents.starts_with("> show\nanswer"), "{contents:?}");
}

fn any_key() -> impl Strategy<Value = Key> {
    prop_oneof![
        4 => prop::sample::select(vec!['s', 'e', 't', ' ', 'r', 'a', 'é', '日']).prop_map(Key::Char),
        1 => prop::sample::select(vec![
            Key::Tab,
            Key::Backspace,
            Key::Delete,
            Key::Left,
            Key::Right,
            Key::Home,
            Key::End,
            Key::Up,
            Key::Down,
            Key::KillStart,
            Key::KillEnd,
            Key::KillWord,
            Key::Enter,
            Key::Other,
        ]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// On a narrow terminal, whatever is pressed: the cursor's row shows the
    /// prompt and the line from the window's first letter, the cursor where
    /// the editor has it and never in the last column (so nothing wraps),
    /// and no escape sequence was written.
    #[test]
    fn a_narrow_row_always_shows_a_window_of_the_line(
        keys in prop::collection::vec(any_key(), 1..60),
    ) {
        let mut typing = Typing::wide(16);
        for key in keys {
            if let Outcome::Line(_) = typing.press(key) {
                let mut out = Vec::new();
                typing.editor.begin(&mut out);
                typing.show(&out);
            }
            let (row, column) = typing.row();
            let editor = &typing.editor;
            // The row as read is trimmed: an empty line leaves ">".
            prop_assert!(row.starts_with(PROMPT.trim_end()), "{:?}", row);
            let shown = row.get(PROMPT.len()..).unwrap_or_default();
            let from = text(&editor.line[editor.offset..]);
            prop_assert!(from.starts_with(shown), "{:?} of {:?}", shown, from);
            let before = width(&editor.line[editor.offset..editor.cursor]);
            prop_assert_eq!(usize::from(column), PROMPT.len() + before, "{:?}", row);
            // No letter in the last column: the terminal never wraps.
            prop_assert!(width_of(&row) < 16, "{:?}", row);
            prop_assert!(!typing.written.contains(&0x1b));
        }
    }

    /// Whatever is pressed, the row shows the editor's line with the cursor
    /// where the editor has it, and no escape sequence was written.
    #[test]
    fn the_row_always_shows_the_line(keys in prop::collection::vec(any_key(), 1..40)) {
        let mut typing = Typing::new();
        for key in keys {
            if let Outcome::Line(_) = typing.press(key) {
                let mut out = Vec::new();
                typing.editor.begin(&mut out);
                typing.show(&out);
            }
            let line = text(&typing.editor.line);
            typing.assert_shows(&line, typing.editor.cursor);
        }
    }
}
