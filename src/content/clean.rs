//! Text cleaning: nothing in a pack may reach a terminal, a clipboard or an
//! export as an escape sequence or a disguised line.

use super::raw::PackFile;
use crate::textkit::is_hidden_control;

/// Columns between tab stops when tabs are expanded.
const TAB_WIDTH: usize = 4;

/// Characters that never survive loading: control characters (C0, DEL, C1)
/// but newline (and tab, which is expanded), and the hidden controls above.
fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_hidden_control(c)
}

/// Whether `text` holds a tab or a forbidden character. Byte by byte: only
/// the bytes that can start one (ASCII controls, and the lead bytes of
/// U+0080 to U+00BF, U+0600 to U+063F, U+1000 to U+2FFF, U+F000 to U+FFFF
/// and U+C0000 to U+FFFFF) are decoded, so plain text and most letters and
/// punctuation are passed over by a table.
fn needs_cleaning(text: &str) -> bool {
    let bytes = text.as_bytes();
    let decoded = |at: usize| {
        MAY_START_FORBIDDEN[usize::from(bytes[at])]
            && text[at..]
                .chars()
                .next()
                .is_some_and(|c| c == '\t' || is_forbidden(c))
    };
    // Eight bytes at a time: a run of printable ASCII (0x20 to 0x7E) holds
    // nothing to clean and is passed over whole; any other run is looked at
    // byte by byte.
    let mut at = 0;
    while at + 8 <= bytes.len() {
        let mut word = [0; 8];
        word.copy_from_slice(&bytes[at..at + 8]);
        if !all_printable_ascii(u64::from_le_bytes(word)) && (at..at + 8).any(decoded) {
            return true;
        }
        at += 8;
    }
    (at..bytes.len()).any(decoded)
}

/// Whether every byte of `word` is in 0x20..=0x7E.
fn all_printable_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte under 0x20 borrows when 0x20 is taken away; one of 0x7F or
    // more carries into its high bit when 0x01 is added; a high bit set
    // already is non-ASCII. No byte is above 0x7F once the high bits are
    // clear, so neither sum crosses from one byte into the next.
    let low = word & !HIGH;
    let under = (low | HIGH).wrapping_sub(ONES * 0x20) & HIGH;
    let over = low.wrapping_add(ONES) & HIGH;
    (word & HIGH) == 0 && under == HIGH && over == 0
}

/// The bytes `needs_cleaning` decodes; each starts a character (ASCII or a
/// lead byte), so the text can be cut there.
const MAY_START_FORBIDDEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = byte != b'\n' as usize;
        byte += 1;
    }
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xD8] = true;
    table[0xE1] = true;
    table[0xE2] = true;
    table[0xEF] = true;
    table[0xF3] = true;
    table
};

/// `text` with forbidden characters removed and tabs expanded to the next stop.
pub fn clean_text(text: &str) -> String {
    if !needs_cleaning(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut column = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            // The Unicode line and paragraph separators become plain newlines.
            '\n' | '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                column = 0;
            }
            c if is_forbidden(c) => {}
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

fn clean(text: &mut String) {
    if needs_cleaning(text) {
        *text = clean_text(text);
    }
}

fn clean_option(text: &mut Option<String>) {
    if let Some(text) = text {
        clean(text);
    }
}

/// Clean a field shown on one line (a title, a name, a label): its lines,
/// each trimmed, joined by a space, so nothing that draws or writes it has
/// to flatten it again.
fn clean_line(text: &mut String) {
    clean(text);
    if text.contains('\n') {
        let lines: Vec<&str> = text
            .split('\n')
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect();
        *text = lines.join(" ");
    }
}

fn clean_line_option(text: &mut Option<String>) {
    if let Some(text) = text {
        clean_line(text);
    }
}

impl PackFile {
    /// Clean every text field in place. Ids are checked by validation instead,
    /// which only lets `[a-z0-9_-]` through.
    pub fn clean_text(&mut self) {
        clean_line(&mut self.title);
        clean_line(&mut self.source.publisher);
        clean_option(&mut self.source.url);
        clean(&mut self.intro);
        for option in &mut self.options {
            clean_line(&mut option.name);
            clean_line(&mut option.tagline);
            clean(&mut option.summary);
            option.aliases.iter_mut().for_each(clean_line);
        }
        for factor in &mut self.factors {
            clean_line(&mut factor.name);
            clean(&mut factor.summary);
            clean_option(&mut factor.detail);
            for rating in factor.ratings.values_mut() {
                clean_option(&mut rating.basis);
            }
        }
        clean_line_option(&mut self.choosing);
        for t in &mut self.sliders {
            clean_line(&mut t.label);
            clean_line(&mut t.help);
            clean_line_option(&mut t.low);
            clean_line_option(&mut t.high);
        }
        for section in &mut self.sections {
            clean_line(&mut section.title);
            clean(&mut section.body);
        }
        for rule in &mut self.rules {
            clean(&mut rule.text);
        }
        clean_option(&mut self.close_call.text);
        for close in &mut self.close_call.texts {
            clean(&mut close.text);
        }
        for situation in &mut self.situations {
            clean_line(&mut situation.name);
            clean(&mut situation.basis);
        }
        if let Some(closing) = &mut self.closing {
            clean(&mut closing.title);
            clean(&mut closing.body);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_escapes_and_controls() {
        assert_eq!(clean_text("a\u{1b}[31mb\u{7}c"), "a[31mbc");
        assert_eq!(clean_text("x\u{9b}y\u{202e}z\u{2066}"), "xyz");
        assert_eq!(clean_text("a\u{200b}b\u{ad}c\u{e0041}d\u{2060}e"), "abcde");
        assert_eq!(clean_text("line\r\nnext"), "line\nnext");
    }

    #[test]
    fn line_separators_become_newlines() {
        assert_eq!(clean_text("a\u{2028}b\u{2029}c\u{85}d"), "a\nb\ncd");
    }

    #[test]
    fn expands_tabs_to_stops() {
        assert_eq!(clean_text("\tx"), "    x");
        assert_eq!(clean_text("ab\tc\n\td"), "ab  c\n    d");
    }

    proptest::proptest! {
        /// The byte look agrees with asking every character.
        #[test]
        fn needs_cleaning_agrees_with_every_character(chars in proptest::collection::vec(proptest::prelude::any::<char>(), 0..8), picks in proptest::collection::vec(proptest::sample::select(vec![
            'a', '\n', '\t', '\r', '\u{7f}', '\u{85}', '\u{9f}', '\u{a0}', '\u{ad}', 'é', '\u{61c}', 'ب',
            '\u{180e}', '\u{1f00}', '\u{200b}', '—', '’', '\u{2028}', '\u{202e}', '\u{2066}', '\u{2064}',
            '日', '\u{feff}', '\u{fff9}', '\u{fffd}', '\u{e0041}', '\u{e0080}', '🦀',
        ]), 0..8)) {
            let text: String = chars.into_iter().chain(picks).collect();
            let every = text.chars().any(|c| c == '\t' || is_forbidden(c));
            proptest::prop_assert_eq!(needs_cleaning(&text), every, "{:?}", text);
        }
    }

    #[test]
    fn eight_bytes_are_printable_ascii_exactly_when_each_is() {
        for byte in 0..=255u8 {
            for place in 0..8 {
                let mut word = [b'a'; 8];
                word[place] = byte;
                assert_eq!(
                    all_printable_ascii(u64::from_le_bytes(word)),
                    (0x20..=0x7E).contains(&byte),
                    "{byte:#x} at {place}"
                );
            }
        }
    }

    #[test]
    fn each_tab_goes_to_the_next_stop_after_the_one_before() {
        assert_eq!(clean_text("a\tb\tc"), "a   b   c");
        assert_eq!(clean_text("abcde\tf"), "abcde   f");
    }

    #[test]
    fn optional_fields_are_cleaned_and_one_line_ones_flattened() {
        let mut pack: PackFile =
            crate::content::yaml::from_str(crate::content::EMBEDDED_SOURCE).unwrap();
        pack.source.url = Some("https://a\u{1b}[2Jb".into());
        pack.factors[0].detail = Some("x\u{7}y".into());
        let rating = pack.factors[0].ratings.values_mut().next().unwrap();
        rating.basis = Some("p\u{9b}q".into());
        pack.close_call.text = Some("c\u{202e}d".into());
        pack.choosing = Some("a\n  backend\n".into());
        pack.sliders[0].low = Some("few\n users".into());
        pack.sliders[0].high = Some("many\u{7f}\nusers".into());
        pack.clean_text();
        assert_eq!(pack.source.url.as_deref(), Some("https://a[2Jb"));
        assert_eq!(pack.factors[0].detail.as_deref(), Some("xy"));
        let rating = pack.factors[0].ratings.values().next().unwrap();
        assert_eq!(rating.basis.as_deref(), Some("pq"));
        assert_eq!(pack.close_call.text.as_deref(), Some("cd"));
        assert_eq!(pack.choosing.as_deref(), Some("a backend"));
        assert_eq!(pack.sliders[0].low.as_deref(), Some("few users"));
        assert_eq!(pack.sliders[0].high.as_deref(), Some("many users"));
    }

    #[test]
    fn keeps_ordinary_text() {
        let text = "Café — 日本語 🎉\nnext";
        assert_eq!(clean_text(text), text);
    }
}
