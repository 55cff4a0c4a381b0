//! Laid-out lines written into the frame's cells.
//!
//! `Buffer::set_line` splits every span into grapheme clusters to find
//! where each cell's symbol ends. Most of what the explorer draws is text
//! whose characters each stand alone in one cell (ASCII, Latin letters, the
//! quotation marks, the bars and boxes), and there the split finds nothing
//! the characters do not already say: those spans are written a character a
//! cell. Any other span goes to `set_stringn`, which handles joiners,
//! combining marks and wide characters.

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::Line;
use unicode_width::UnicodeWidthChar;

/// `line` at (`x`, `y`), cut after `width` cells or at the buffer's right
/// edge: the cells `Buffer::set_line` would write, the same way.
pub fn set_line(buffer: &mut Buffer, x: u16, y: u16, line: &Line<'_>, width: u16) {
    let mut x = x;
    let mut room = width;
    for span in &line.spans {
        if room == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let text = span.content.as_ref();
        let used = if text.chars().all(is_one_cell_alone) {
            put_each(buffer, x, y, text, style, room)
        } else {
            let (end, _) = buffer.set_stringn(x, y, text, usize::from(room), style);
            end.saturating_sub(x)
        };
        x += used;
        room = room.saturating_sub(used);
    }
}

/// Whether `c` is one cell wide and a grapheme cluster by itself whatever
/// stands beside it: no control, joiner, combining or format character, and
/// none that one could join (ranges of the Unicode blocks that hold no such
/// character).
fn is_one_cell_alone(c: char) -> bool {
    let alone = matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{2FF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{2190}'..='\u{22FF}'
        | '\u{2500}'..='\u{25FF}');
    alone && (c.is_ascii() || c.width() == Some(1))
}

/// `text`'s characters a cell each from (`x`, `y`), at most `room` of them
/// and none past the buffer's right edge; how many were written.
fn put_each(buffer: &mut Buffer, x: u16, y: u16, text: &str, style: Style, room: u16) -> u16 {
    let cells = usize::from(buffer.area.right().saturating_sub(x).min(room));
    if cells == 0 {
        return 0;
    }
    let start = buffer.index_of(x, y);
    let mut used = 0;
    for (cell, c) in buffer.content[start..start + cells]
        .iter_mut()
        .zip(text.chars())
    {
        cell.set_char(c).set_style(style);
        used += 1;
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    /// Characters of every kind: alone in a cell, wide, combining, joiners,
    /// variation selectors, controls, format characters, a spacing mark
    /// after its letter, a pair of regional indicators (a flag).
    const ALPHABET: &[char] = &[
        'a',
        'Z',
        ' ',
        '~',
        '“',
        '”',
        '—',
        '…',
        '█',
        '░',
        '▶',
        '▲',
        '─',
        '→',
        'é',
        'ß',
        '\u{301}',
        '世',
        '😀',
        '\u{200D}',
        '\u{FE0F}',
        '\u{7}',
        '\t',
        '\u{AD}',
        '\u{2028}',
        '\u{25FE}',
        'ﾞ',
        'क',
        '\u{903}',
        '\u{1F1E6}',
        '\u{1F1EA}',
    ];

    fn span() -> impl Strategy<Value = Span<'static>> {
        let text = prop::collection::vec(prop::sample::select(ALPHABET), 0..12)
            .prop_map(|chars| chars.into_iter().collect::<String>());
        let style = prop_oneof![
            Just(Style::new()),
            Just(Style::new().fg(Color::Red)),
            Just(Style::new().add_modifier(Modifier::BOLD).bg(Color::Blue)),
        ];
        (text, style).prop_map(|(text, style)| Span::styled(text, style))
    }

    proptest! {
        /// Whatever the text, the cells are those `Buffer::set_line` writes,
        /// on a buffer that held something before.
        #[test]
        fn writes_what_set_line_writes(
            spans in prop::collection::vec(span(), 0..5),
            line_red in any::<bool>(),
            columns in 1u16..24,
            x in 0u16..26,
            width in 0u16..30,
        ) {
            let mut line = Line::from(spans);
            if line_red {
                line = line.style(Style::new().fg(Color::Red));
            }
            let area = Rect::new(0, 0, columns, 2);
            let row = "x".repeat(usize::from(columns));
            let mut expected = Buffer::with_lines([row.as_str(), row.as_str()]);
            let mut ours = expected.clone();
            prop_assume!(area == expected.area);
            let x = x.min(columns - 1);
            expected.set_line(x, 1, &line, width);
            set_line(&mut ours, x, 1, &line, width);
            prop_assert_eq!(ours, expected);
        }
    }

    #[test]
    fn the_explorers_marks_stand_alone() {
        for c in ['a', '“', '”', '█', '░', '▶', '▲', '─', '·', '≥', '←', 'é'] {
            assert!(is_one_cell_alone(c), "{c:?}");
        }
        for c in [
            '\u{301}', '世', '\u{200D}', '\u{FE0F}', '\t', '\u{AD}', '\u{25FE}',
        ] {
            assert!(!is_one_cell_alone(c), "{c:?}");
        }
    }
}
