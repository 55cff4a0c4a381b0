//! The stretch of a result's text that fits its row: every matched letter
//! inside it when they fit together, a little of the text before the first.

use crate::textkit::width;

/// Chars `start..end` of a text, shown with "…" before them when
/// `start > 0` and after them when the text goes on past `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snippet {
    pub start: usize,
    pub end: usize,
    /// Whether the text goes on after `end`.
    pub cut: bool,
}

impl Snippet {
    /// Whether char `position` is shown.
    pub fn shows(&self, position: usize) -> bool {
        (self.start..self.end).contains(&position)
    }
}

/// The snippet of `text` for a row `room` columns wide, `matched` (char
/// positions, in order) inside it. When the matched letters cannot all fit,
/// it starts at the first.
pub fn snippet(text: &str, matched: &[usize], room: usize) -> Snippet {
    let widths: Vec<usize> = text
        .chars()
        .map(|c| width::width(c.encode_utf8(&mut [0; 4])))
        .collect();
    let length = widths.len();
    // `before[i]`: the columns of the first `i` chars.
    let before: Vec<usize> = std::iter::once(0)
        .chain(widths.iter().scan(0, |sum, w| {
            *sum += w;
            Some(*sum)
        }))
        .collect();
    let columns = |start: usize, end: usize| -> usize {
        before[end] - before[start] + usize::from(start > 0) + usize::from(end < length)
    };
    let fits = |start: usize, end: usize| columns(start, end) <= room;
    if fits(0, length) {
        return Snippet {
            start: 0,
            end: length,
            cut: false,
        };
    }
    let first = matched.first().copied().unwrap_or(0).min(length);
    let last = matched
        .last()
        .copied()
        .map_or(first, |last| last + 1)
        .min(length);
    // A quarter of the row before the first match, so it reads in context
    // (more when the rest of the text is short)…
    let mut start = first;
    let mut lead = 0;
    while start > 0 && lead + widths[start - 1] <= room / 4 {
        start -= 1;
        lead += widths[start];
    }
    if fits(start, length) {
        while start > 0 && fits(start - 1, length) {
            start -= 1;
        }
    }
    // …from the start of a word…
    let chars: Vec<char> = text.chars().collect();
    let word = (0..start)
        .rev()
        .find(|&at| chars[at] == ' ')
        .map_or(0, |space| space + 1);
    if before[first] - before[word] <= room / 2 {
        start = word;
    } else if let Some(space) = (start..first).find(|&at| chars[at] == ' ') {
        start = space + 1;
    }
    // …less of it when the last match would not fit.
    while start < first && !fits(start, last) {
        start += 1;
    }
    let mut end = length;
    while end > start && !fits(start, end) {
        end -= 1;
    }
    Snippet {
        start,
        end,
        cut: end < length,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_shows_whole() {
        let whole = snippet("Real time", &[0, 5], 20);
        assert_eq!((whole.start, whole.end, whole.cut), (0, 9, false));
    }

    #[test]
    fn a_long_text_keeps_every_match_with_room_for_its_ellipses() {
        let text = "a".repeat(50) + "match" + &"b".repeat(50);
        let matched: Vec<usize> = (50..55).collect();
        for room in [8, 12, 20, 40] {
            let cut = snippet(&text, &matched, room);
            assert!(matched.iter().all(|&p| cut.shows(p)), "{room}: {cut:?}");
            let shown = cut.end - cut.start + usize::from(cut.start > 0) + usize::from(cut.cut);
            assert!(shown <= room, "{room}: {cut:?}");
        }
        // Cut before a word, not inside it.
        let words = snippet("one two three four five six", &[22], 16);
        assert_eq!((words.start, words.end), (14, 27));
        // Near the end, the row fills with the text before.
        let end = snippet(&text, &[104], 20);
        assert_eq!((end.start, end.end, end.cut), (86, 105, false));
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let cut = snippet("日本語日本語日本語", &[4], 9);
        let shown: usize = (cut.start..cut.end).map(|_| 2).sum::<usize>()
            + usize::from(cut.start > 0)
            + usize::from(cut.cut);
        assert!(cut.shows(4) && shown <= 9, "{cut:?}");
    }
}
