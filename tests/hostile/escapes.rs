//! Escapes in a pack never get out: not to the screen, an export, the
//! clipboard, the terminal stream or the binary's output.

use std::fs;

use ratatui::Terminal;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;
use stackcompare::clipboard;
use stackcompare::content::{self, Pack, load_pack};
use stackcompare::engine;
use stackcompare::export;
use stackcompare::profile::{self, Profile};
use stackcompare::tui::action::{Action, Effect, Motion};
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::theme::Theme;
use stackcompare::tui::{self, keymap, ui};

use super::{
    all_strings, assert_clean_text, assert_loads, assert_no_panic, corpus, forbidden, json_strings,
    run,
};
use crate::common::{path_str, screen, tempdir};

fn escapes_pack() -> Pack {
    load_pack(&corpus("escapes.yaml")).unwrap_or_else(|error| panic!("escapes.yaml: {error}"))
}

/// Slider values worth exporting: defaults (a close call), all at max, all at
/// zero, and each slider alone at max.
fn value_sets(pack: &Pack) -> Vec<Vec<u32>> {
    let mut sets = vec![
        pack.default_values(),
        pack.sliders.iter().map(|t| t.max).collect(),
        vec![0; pack.sliders.len()],
    ];
    for (index, t) in pack.sliders.iter().enumerate() {
        let mut values = vec![0; pack.sliders.len()];
        values[index] = t.max;
        sets.push(values);
    }
    sets
}

#[test]
fn escapes_pack_loads_clean_with_tabs_as_spaces() {
    let pack = assert_loads(&corpus("escapes.yaml"));
    for text in all_strings(&pack) {
        assert_clean_text(&text, "a loaded string");
        assert!(!text.contains('\t'), "a tab survived: {text:?}");
    }
    // "Tag]0;tline" is 11 columns; its tab goes to column 12.
    assert_eq!(pack.options[0].tagline, "Tag]0;tline A");
    assert_eq!(
        pack.intro.lines().nth(1),
        Some("    Tabbed ]0;title line two.")
    );
    assert_eq!(pack.title, "Esc[31mTitle[0m ]0;pwned-title2Jelit    end");
}

#[test]
fn escapes_never_reach_the_exports() {
    let pack = escapes_pack();
    for values in value_sets(&pack) {
        let recommendation = engine::recommend(&pack, &values);
        let what = format!("values {values:?}");

        let markdown = export::to_markdown(&export::Summary::of(&pack, &recommendation));
        assert_clean_text(&markdown, &format!("markdown, {what}"));
        assert!(!markdown.contains('\t'), "markdown has a tab");
        assert!(markdown.contains("Needs"), "{markdown}");

        let text = export::to_text(&export::Summary::of(&pack, &recommendation), false);
        assert_clean_text(&text, &format!("text, {what}"));
        assert!(!text.contains('\t'), "text has a tab");

        let json = export::to_json(&export::Summary::of(&pack, &recommendation));
        assert_clean_text(&json, &format!("json, {what}"));
        let parsed: Value = serde_json::from_str(&json).expect("valid JSON");
        let mut strings = Vec::new();
        json_strings(&parsed, &mut strings);
        assert!(strings.len() > 10, "{json}");
        for string in strings {
            assert_clean_text(&string, &format!("decoded JSON string, {what}"));
            assert!(!string.contains('\t'), "decoded JSON has a tab: {string:?}");
        }

        let profile = profile::to_yaml(&pack, &values, None);
        assert_clean_text(&profile, &format!("profile, {what}"));
    }
}

/// Standard base64 with padding, decoded; `None` for anything else.
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    for chunk in text.as_bytes().chunks(4) {
        let padding = chunk.iter().rev().take_while(|&&b| b == b'=').count();
        if padding > 2 || chunk[..4 - padding].contains(&b'=') {
            return None;
        }
        let mut n: u32 = 0;
        for &byte in chunk {
            let six = if byte == b'=' {
                0
            } else {
                ALPHABET.iter().position(|&a| a == byte)? as u32
            };
            n = (n << 6) | six;
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..4 - padding]);
    }
    Some(out)
}

/// The text an OSC 52 sequence puts on the clipboard; panics on anything but
/// `ESC ] 52 ; c ; BASE64 BEL` (optionally followed by tmux's wrapped copy).
fn clipboard_text(sequence: &str) -> String {
    let plain_end = sequence.find('\u{7}').expect("BEL ends the OSC") + 1;
    let (plain, rest) = sequence.split_at(plain_end);
    let payload = plain
        .strip_prefix("\u{1b}]52;c;")
        .and_then(|p| p.strip_suffix('\u{7}'))
        .unwrap_or_else(|| panic!("not an OSC 52 sequence: {plain:?}"));
    assert!(
        payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'='),
        "the payload is not base64: {payload:?}"
    );
    if !rest.is_empty() {
        let wrapped = format!(
            "\u{1b}Ptmux;{}\u{1b}\\",
            plain.replace('\u{1b}', "\u{1b}\u{1b}")
        );
        assert_eq!(rest, wrapped, "tmux passthrough");
    }
    let bytes = base64_decode(payload).expect("the payload decodes");
    String::from_utf8(bytes).expect("the clipboard text is UTF-8")
}

#[test]
fn base64_decoder_agrees_with_the_encoder() {
    for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "é|日\n"] {
        let encoded = clipboard::base64(text.as_bytes());
        assert_eq!(base64_decode(&encoded).as_deref(), Some(text.as_bytes()));
    }
    assert_eq!(base64_decode("Zg="), None);
    assert_eq!(base64_decode("Z=g="), None);
}

#[test]
fn escapes_never_reach_the_clipboard() {
    let pack = escapes_pack();
    for values in value_sets(&pack) {
        let mut app = App::new(
            vec![pack.clone()],
            Start {
                values: Some(values),
                profile: None,
                ..Start::default()
            },
            Theme::new(false),
        );
        app.update(Action::Resize(120, 40));
        let Some(Effect::Copy(summary)) = app.update(Action::Copy) else {
            panic!("`y` copies the summary");
        };
        assert_clean_text(&summary, "the summary to copy");
        for inside_tmux in [false, true] {
            let sequence = clipboard::osc52(&summary, inside_tmux);
            let copied = clipboard_text(&sequence);
            assert_eq!(copied, summary, "tmux: {inside_tmux}");
            assert_clean_text(&copied, "the clipboard text");
            assert!(!copied.contains('\t'));
        }
        // What the runner really writes to the terminal.
        let mut terminal = Vec::new();
        let outcome = tui::perform(Effect::Copy(summary.clone()), &mut terminal);
        assert!(outcome.is_ok(), "{outcome:?}");
        let written = String::from_utf8(terminal).expect("UTF-8");
        assert_eq!(clipboard_text(&written), summary);
    }
    // The file effects carry the same clean text.
    let mut app = explorer(vec![pack], false);
    let Some(Effect::WriteFile { contents, .. }) = app.update(Action::Export) else {
        panic!("`e` exports");
    };
    assert_clean_text(&contents, "the exported summary");
    app.update(Action::SaveProfile);
    let Some(Effect::WriteFile { contents, .. }) = app.update(Action::Submit) else {
        panic!("`s` saves a profile");
    };
    assert_clean_text(&contents, "the saved profile");
    Profile::parse(&contents, "saved.yaml")
        .and_then(|p| p.values_for(app.pack()))
        .unwrap_or_else(|error| panic!("the saved profile reads back: {error}"));
}

/// Every cell of the screen holds printable text; returns the screen's text.
pub fn scan(app: &App, what: &str) -> String {
    let buffer = screen::draw(app);
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let symbol = buffer[(x, y)].symbol();
            if let Some(c) = symbol.chars().find(|&c| forbidden(c)) {
                panic!(
                    "{what}: cell ({x}, {y}) holds U+{:04X} in {symbol:?}",
                    c as u32
                );
            }
        }
    }
    screen::text(&buffer)
}

/// The explorer at 120×40.
pub fn explorer(packs: Vec<Pack>, colour: bool) -> App {
    screen::app(packs, 120, 40, colour)
}

#[test]
fn escapes_never_reach_the_screen() {
    for colour in [false, true] {
        let mut app = explorer(vec![escapes_pack()], colour);
        let screen = scan(&app, "main");
        assert!(screen.contains("Al[1mpha"), "{screen}");
        // The title's tab became spaces (ratatui would drop a raw tab).
        assert!(
            screen.contains("Esc[31mTitle[0m ]0;pwned-title2Jelit    end"),
            "{screen}"
        );

        // Every pane focused, every factor and slider selected.
        for pane in 0..4 {
            for step in 0..4 {
                app.update(Action::Move(Motion::Down));
                scan(&app, &format!("pane {pane}, {step} down"));
            }
            app.update(Action::Increase);
            app.update(Action::FocusNext);
            scan(&app, &format!("pane {pane} focused"));
        }
        app.update(Action::SliderMax);
        scan(&app, "a slider at max");

        // The article view, scrolled to its end.
        app.update(Action::ToggleArticle);
        let article = scan(&app, "article");
        assert!(article.contains("Sec[31mtion"), "{article}");
        for page in 0..5 {
            app.update(Action::Move(Motion::PageDown));
            scan(&app, &format!("article, page {page}"));
        }
        app.update(Action::ToggleArticle);

        app.update(Action::ToggleHelp);
        scan(&app, "help");
        app.update(Action::Close);

        // Search with a query, then jump to each kind of hit.
        for query in ["e", "sec", "need", "sp"] {
            app.update(Action::OpenSearch);
            for c in query.chars() {
                app.update(Action::Input(c));
                scan(&app, &format!("search {query:?}"));
            }
            app.update(Action::Move(Motion::Down));
            scan(&app, &format!("search {query:?}, second hit"));
            app.update(Action::Submit);
            scan(&app, &format!("after jumping to a hit of {query:?}"));
            app.update(Action::Close);
        }

        // A failed effect shows in the status line; the app keeps running.
        app.update(Action::Finished(Err(
            "Could not save the summary: Permission denied (os error 13)".into(),
        )));
        let status = app.status().cloned().expect("a status");
        assert!(status.error);
        assert!(!app.quitting());
        let screen = scan(&app, "status line");
        assert!(screen.contains("Could not save the summary"), "{screen}");
        app.update(Action::Increase);
        scan(&app, "after the error");
    }

    // The picker lists the packs by their (cleaned) titles.
    let mut app = explorer(vec![escapes_pack(), content::embedded()], false);
    let picker = scan(&app, "picker");
    assert!(picker.contains("Esc[31mTitle"), "{picker}");
    app.update(Action::Submit);
    scan(&app, "opened from the picker");
}

/// What a terminal would do with the bytes: bells, titles, clipboard writes
/// and any other OSC, counted by a `vt100` terminal fed the frames.
#[derive(Default)]
struct Witness {
    events: Vec<String>,
}

impl vt100::Callbacks for Witness {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.events.push("bell".into());
    }
    fn visual_bell(&mut self, _: &mut vt100::Screen) {
        self.events.push("visual bell".into());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.events
            .push(format!("icon name {:?}", String::from_utf8_lossy(name)));
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.events
            .push(format!("title {:?}", String::from_utf8_lossy(title)));
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8], data: &[u8]) {
        self.events
            .push(format!("clipboard {:?}", String::from_utf8_lossy(data)));
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        self.events.push(format!("osc {params:?}"));
    }
    fn unhandled_control(&mut self, _: &mut vt100::Screen, byte: u8) {
        self.events.push(format!("control {byte:#04x}"));
    }
}

/// A `Write` whose bytes stay readable after the backend took it.
#[derive(Clone, Default)]
struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes the real backend writes for one frame of `app`.
fn frame_bytes(app: &App) -> Vec<u8> {
    let (width, height) = app.size();
    let area = ratatui::layout::Rect::new(0, 0, width, height);
    let sink = Shared::default();
    let backend = ratatui::backend::CrosstermBackend::new(sink.clone());
    let options = ratatui::TerminalOptions {
        viewport: ratatui::Viewport::Fixed(area),
    };
    let mut terminal = Terminal::with_options(backend, options).expect("terminal");
    terminal.draw(|frame| ui::draw(frame, app)).expect("draw");
    drop(terminal);
    std::mem::take(&mut *sink.0.lock().expect("lock"))
}

#[test]
fn escapes_never_reach_the_terminal_stream() {
    let mut app = explorer(vec![escapes_pack()], true);
    let states: [&[Action]; 5] = [
        &[],
        &[Action::ToggleArticle],
        &[Action::ToggleArticle, Action::ToggleHelp],
        &[
            Action::Close,
            Action::OpenSearch,
            Action::Input('s'),
            Action::Input('e'),
        ],
        &[Action::Close, Action::FocusPrev, Action::Move(Motion::Down)],
    ];
    for (index, actions) in states.iter().enumerate() {
        for action in *actions {
            app.update(action.clone());
        }
        let bytes = frame_bytes(&app);
        let what = format!("frame {index} ({:?})", app.overlay());
        let text = String::from_utf8(bytes.clone()).expect("the frame is UTF-8");
        // The drawing itself only ever needs CSI sequences: no BEL, no OSC,
        // no DCS, no C1 control and no bidi control.
        assert!(!bytes.contains(&0x07), "{what}: BEL");
        assert!(!text.contains("\u{1b}]"), "{what}: OSC");
        assert!(!text.contains("\u{1b}P"), "{what}: DCS");
        assert!(
            !text
                .chars()
                .any(|c| matches!(c, '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "{what}: a C1 or bidi control"
        );
        let mut terminal =
            vt100::Parser::new_with_callbacks(app.size().1, app.size().0, 0, Witness::default());
        terminal.process(&bytes);
        assert_eq!(terminal.callbacks().events, Vec::<String>::new(), "{what}");
        let contents = terminal.screen().contents();
        assert_clean_text(&contents, &what);
        assert!(contents.contains("Esc[31mTitle"), "{what}: {contents}");
    }
}

/// What the user types into the search box is drawn on the screen too: a
/// pasted bidi override or control character must not get there either.
#[test]
fn typed_controls_never_reach_the_screen() {
    let mut app = explorer(vec![escapes_pack()], false);
    app.update(Action::OpenSearch);
    for c in [
        's', '\u{202e}', 'e', '\u{1b}', '\u{9b}', '\u{2066}', '\u{7}', 'c', '\t',
    ] {
        let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        if let Some(action) = keymap::event_action(&event, &app.scopes(), true) {
            app.update(action);
        }
        scan(&app, &format!("search after typing U+{:04X}", c as u32));
    }
}

/// The binary's stdout for `args` with `--content escapes.yaml`.
fn stdout_with_escapes(args: &[&str]) -> String {
    let content = corpus("escapes.yaml");
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--content", path_str(&content)]);
    let ran = run(&all);
    assert_no_panic(&ran.stderr, &format!("{all:?}"));
    assert_eq!(ran.code, Some(0), "{all:?}: {ran:?}");
    ran.stdout
}

#[test]
fn escapes_never_reach_the_binarys_stdout() {
    let commands: [&[&str]; 8] = [
        &["list"],
        &["recommend"],
        &["recommend", "--format", "json"],
        &["recommend", "--format", "markdown"],
        &["recommend", "--set", "fast=10"],
        &["recommend", "--set", "wide=0", "--format", "json"],
        &["export"],
        &["export", "--set", "toggle=1", "-o", "-"],
    ];
    for args in commands {
        let out = stdout_with_escapes(args);
        assert!(!out.is_empty(), "{args:?}");
        assert_clean_text(&out, &format!("stdout of {args:?}"));
        assert!(!out.contains('\t'), "{args:?}: a tab");
        if args.contains(&"json") {
            let parsed: Value = serde_json::from_str(&out).expect("JSON");
            let mut strings = Vec::new();
            json_strings(&parsed, &mut strings);
            for string in strings {
                assert_clean_text(&string, &format!("decoded JSON of {args:?}"));
            }
        }
    }
    // And the exported file.
    let dir = tempdir();
    let file = dir.path().join("summary.md");
    let content = corpus("escapes.yaml");
    let ran = run(&[
        "export",
        "--content",
        path_str(&content),
        "-o",
        path_str(&file),
    ]);
    assert_eq!(ran.code, Some(0), "{ran:?}");
    assert_clean_text(&ran.stderr, "export's stderr");
    let written = fs::read_to_string(&file).unwrap();
    assert_clean_text(&written, "the exported file");
    assert_eq!(written, stdout_with_escapes(&["export"]));
}
