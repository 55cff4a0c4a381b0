//! `assets/screenshot.svg`, drawn by the real drawing code: the explorer at
//! 120×40 in colour with the `assets/profiles/realtime-chat.yaml` profile,
//! its `TestBackend` buffer turned into an SVG. The test fails when the
//! committed file no longer matches what the app draws; refresh it with
//! `UPDATE_SCREENSHOT=1 cargo test --test explorer screenshot`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use stackcompare::content;
use stackcompare::profile::Profile;
use stackcompare::tui::action::{Action, Motion};
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::theme::Theme;

use crate::common::screen::{self, Glyph};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

/// Pixels per cell and around the screen; the font size fits a monospace
/// glyph (about 0.6 em wide) into one cell.
const CELL_WIDTH: u32 = 9;
const CELL_HEIGHT: u32 = 18;
const FONT_SIZE: u32 = 15;
/// From the top of a row to the text's baseline.
const BASELINE: u32 = 14;
const PADDING: u32 = 12;

const BACKGROUND: &str = "#1e2127";
const FOREGROUND: &str = "#d4d8df";

/// The 16 ANSI colours, in `Color` order: black, red, green, yellow, blue,
/// magenta, cyan, gray, then the bright ones (dark gray first).
const PALETTE: [&str; 16] = [
    "#2c313a", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#abb2bf",
    "#7f848e", "#ff7b86", "#b5e890", "#ffd68a", "#8cc8ff", "#de9bf0", "#7fdbe6", "#ffffff",
];

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The state the screenshot shows: the real-time chat profile, the
/// "Real time" factor open and its slider selected.
fn screenshot_app() -> App {
    let pack = content::embedded();
    let profile_path = repo_path("assets/profiles/realtime-chat.yaml");
    let profile = Profile::load(&profile_path).unwrap_or_else(|e| panic!("{e}"));
    let values = profile.values_for(&pack).unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(
        vec![pack],
        Start {
            values: Some(values),
            profile: Some("realtime-chat.yaml".into()),
            ..Start::default()
        },
        Theme::new(true),
    );
    app.update(Action::Resize(WIDTH, HEIGHT));
    // Sliders are focused first; go to the factor list, pick the second
    // factor ("Real time"), then return to the sliders and pick the second slider.
    for action in [
        Action::FocusPrev,
        Action::FocusPrev,
        Action::Move(Motion::Down),
        Action::FocusNext,
        Action::FocusNext,
        Action::Move(Motion::Down),
    ] {
        app.update(action);
    }
    app
}

/// An SVG colour for a terminal colour; `None` for the terminal's default.
fn colour(colour: Color) -> Option<String> {
    let ansi = |index: usize| Some(PALETTE[index].to_owned());
    match colour {
        Color::Reset => None,
        Color::Black => ansi(0),
        Color::Red => ansi(1),
        Color::Green => ansi(2),
        Color::Yellow => ansi(3),
        Color::Blue => ansi(4),
        Color::Magenta => ansi(5),
        Color::Cyan => ansi(6),
        Color::Gray => ansi(7),
        Color::DarkGray => ansi(8),
        Color::LightRed => ansi(9),
        Color::LightGreen => ansi(10),
        Color::LightYellow => ansi(11),
        Color::LightBlue => ansi(12),
        Color::LightMagenta => ansi(13),
        Color::LightCyan => ansi(14),
        Color::White => ansi(15),
        Color::Rgb(r, g, b) => Some(format!("#{r:02x}{g:02x}{b:02x}")),
        Color::Indexed(index) => Some(indexed(index)),
    }
}

/// The xterm 256-colour palette: the 16 ANSI colours, a 6×6×6 cube, a grey ramp.
fn indexed(index: u8) -> String {
    match index {
        0..=15 => PALETTE[usize::from(index)].to_owned(),
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let i = index - 16;
            let (r, g, b) = (level(i / 36), level(i / 6 % 6), level(i % 6));
            format!("#{r:02x}{g:02x}{b:02x}")
        }
        232..=255 => {
            let v = 8 + (index - 232) * 10;
            format!("#{v:02x}{v:02x}{v:02x}")
        }
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Consecutive characters of one row that share a style.
struct Run<'a> {
    style: Style,
    glyphs: Vec<Glyph<'a>>,
}

/// The runs of row `y`, their columns counted from the buffer's left edge;
/// the cells a wide character covers belong to it.
fn runs(buffer: &Buffer, y: u16) -> Vec<Run<'_>> {
    let mut runs: Vec<Run> = Vec::new();
    for glyph in screen::glyphs(buffer, y) {
        let cell = &buffer[(glyph.x, y)];
        // A skipped cell is drawn by something else (an image, say): leave it blank.
        if cell.diff_option == CellDiffOption::Skip {
            continue;
        }
        let style = cell.style();
        let glyph = Glyph {
            x: glyph.x - buffer.area.left(),
            ..glyph
        };
        match runs.last_mut() {
            Some(run) if run.style == style => run.glyphs.push(glyph),
            _ => runs.push(Run {
                style,
                glyphs: vec![glyph],
            }),
        }
    }
    runs
}

fn column_x(column: u16) -> u32 {
    PADDING + u32::from(column) * CELL_WIDTH
}

/// The SVG of a buffer: a dark background, one `<rect>` per run with a
/// background colour, one `<text>` per run with something to show.
fn to_svg(buffer: &Buffer) -> String {
    let area = buffer.area;
    let width = 2 * PADDING + u32::from(area.width) * CELL_WIDTH;
    let height = 2 * PADDING + u32::from(area.height) * CELL_HEIGHT;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    );
    let _ = writeln!(
        svg,
        r#"<rect width="{width}" height="{height}" rx="8" fill="{BACKGROUND}"/>"#
    );
    let _ = writeln!(
        svg,
        r#"<g font-family="'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace" font-size="{FONT_SIZE}" fill="{FOREGROUND}" xml:space="preserve" style="white-space: pre">"#
    );
    for y in area.top()..area.bottom() {
        let top = PADDING + u32::from(y - area.top()) * CELL_HEIGHT;
        for run in runs(buffer, y) {
            write_run(&mut svg, &run, top);
        }
    }
    svg.push_str("</g>\n</svg>\n");
    svg
}

fn write_run(svg: &mut String, run: &Run, top: u32) {
    let style = run.style;
    let modifier = style.add_modifier - style.sub_modifier;
    let mut fg = style.fg.and_then(colour);
    let mut bg = style.bg.and_then(colour);
    if modifier.contains(Modifier::REVERSED) {
        let swapped_fg = bg.unwrap_or_else(|| BACKGROUND.to_owned());
        let swapped_bg = fg.unwrap_or_else(|| FOREGROUND.to_owned());
        (fg, bg) = (Some(swapped_fg), Some(swapped_bg));
    }
    let (Some(first), Some(last)) = (run.glyphs.first(), run.glyphs.last()) else {
        return;
    };
    if let Some(bg) = &bg {
        let x = column_x(first.x);
        let cells = u32::from(last.x + last.width - first.x);
        let _ = writeln!(
            svg,
            r#"<rect x="{x}" y="{top}" width="{}" height="{CELL_HEIGHT}" fill="{bg}"/>"#,
            cells * CELL_WIDTH
        );
    }
    if modifier.contains(Modifier::HIDDEN) {
        return;
    }
    // Without a background to paint, spaces at either end draw nothing.
    let glyphs: &[Glyph] = if bg.is_none() && !modifier.contains(Modifier::UNDERLINED) {
        let start = run.glyphs.iter().position(|g| g.symbol != " ");
        let end = run.glyphs.iter().rposition(|g| g.symbol != " ");
        match (start, end) {
            (Some(start), Some(end)) => &run.glyphs[start..=end],
            _ => return,
        }
    } else {
        &run.glyphs
    };
    if glyphs.iter().all(|g| g.symbol == " ") && !modifier.contains(Modifier::UNDERLINED) {
        return;
    }
    // Every character placed at its own cell, so fonts whose glyphs are not
    // exactly one cell wide (or fall back to another font) stay aligned.
    let mut xs = Vec::new();
    let mut text = String::new();
    for glyph in glyphs {
        for (index, c) in glyph.symbol.chars().enumerate() {
            // Combining marks ride on their base character's position.
            if index == 0 {
                xs.push(column_x(glyph.x).to_string());
            }
            text.push(c);
        }
    }
    let mut attributes = format!(r#"x="{}" y="{}""#, xs.join(" "), top + BASELINE);
    if let Some(fg) = fg {
        let _ = write!(attributes, r#" fill="{fg}""#);
    }
    if modifier.contains(Modifier::BOLD) {
        attributes.push_str(r#" font-weight="bold""#);
    }
    if modifier.contains(Modifier::ITALIC) {
        attributes.push_str(r#" font-style="italic""#);
    }
    if modifier.contains(Modifier::DIM) {
        attributes.push_str(r#" opacity="0.6""#);
    }
    let decorations: Vec<&str> = [
        (Modifier::UNDERLINED, "underline"),
        (Modifier::CROSSED_OUT, "line-through"),
    ]
    .into_iter()
    .filter(|(m, _)| modifier.contains(*m))
    .map(|(_, name)| name)
    .collect();
    if !decorations.is_empty() {
        let _ = write!(
            attributes,
            r#" text-decoration="{}""#,
            decorations.join(" ")
        );
    }
    let _ = writeln!(svg, "<text {attributes}>{}</text>", escape(&text));
}

#[test]
fn screenshot_matches_the_committed_svg() {
    let app = screenshot_app();
    let screen = screen::draw(&app);
    let verdict = screen::rows(&screen)
        .into_iter()
        .find(|row| row.contains("Verdict:"))
        .expect("a verdict on the screen");
    assert!(
        verdict.contains("Node.js"),
        "the profile should recommend Node.js: {verdict}"
    );
    let svg = to_svg(&screen);

    let path = repo_path("assets/screenshot.svg");
    if std::env::var_os("UPDATE_SCREENSHOT").is_some_and(|v| !v.is_empty() && v != "0") {
        std::fs::write(&path, &svg).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        return;
    }
    let refresh = "UPDATE_SCREENSHOT=1 cargo test --test explorer screenshot";
    let Ok(committed) = std::fs::read_to_string(&path) else {
        panic!(
            "{} is missing; create it with:\n\n    {refresh}\n",
            path.display()
        );
    };
    assert!(
        committed.replace("\r\n", "\n") == svg,
        "{} no longer matches what the app draws. If the change is intended, look at the \
         new screen, then refresh the file with:\n\n    {refresh}\n",
        path.display()
    );
}

#[test]
fn converter_escapes_text_and_gives_wide_characters_two_cells() {
    let mut buffer = Buffer::empty(Rect::new(0, 0, 8, 2));
    buffer.set_string(
        0,
        0,
        "a<&>",
        Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    );
    buffer.set_string(4, 0, "日x", Style::new());
    buffer.set_string(0, 1, "rev", Style::new().add_modifier(Modifier::REVERSED));
    let svg = to_svg(&buffer);

    let x = |column: u16| column_x(column).to_string();
    let red = format!(
        r#"<text x="{} {} {} {}" y="{}" fill="{}" font-weight="bold">a&lt;&amp;&gt;</text>"#,
        x(0),
        x(1),
        x(2),
        x(3),
        PADDING + BASELINE,
        PALETTE[1]
    );
    assert!(svg.contains(&red), "{svg}");
    // The wide character covers columns 4 and 5; the next one starts at 6.
    let wide = format!(
        r#"<text x="{} {}" y="{}">日x</text>"#,
        x(4),
        x(6),
        PADDING + BASELINE
    );
    assert!(svg.contains(&wide), "{svg}");
    // Reverse video: default colours swapped, the background painted.
    let top = PADDING + CELL_HEIGHT;
    assert!(
        svg.contains(&format!(
            r#"<rect x="{}" y="{top}" width="{}" height="{CELL_HEIGHT}" fill="{FOREGROUND}"/>"#,
            x(0),
            3 * CELL_WIDTH
        )),
        "{svg}"
    );
    assert!(
        svg.contains(&format!(r#"fill="{BACKGROUND}">rev</text>"#)),
        "{svg}"
    );
    assert_eq!(svg.matches("<text").count(), 3, "{svg}");
}

#[test]
fn indexed_colours_follow_the_xterm_palette() {
    assert_eq!(indexed(1), PALETTE[1]);
    assert_eq!(indexed(16), "#000000");
    assert_eq!(indexed(231), "#ffffff");
    assert_eq!(indexed(196), "#ff0000");
    assert_eq!(indexed(232), "#080808");
    assert_eq!(indexed(255), "#eeeeee");
}
