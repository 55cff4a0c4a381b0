//! The article view: the whole article, every section in order, wrapped to
//! the reading width, ending with the closing call and the attribution; a
//! search hit's matched letters highlighted where it is.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::wrapped;
use crate::content::Pack;
use crate::search::Part;
use crate::textkit::wrap;
use crate::tui::layout::READING_WIDTH;
use crate::tui::theme::Theme;

/// A search hit shown in the article: the part it is in, the char of that
/// part's text where the hit starts, and its matched letters there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub part: Part,
    pub start: usize,
    pub letters: Vec<usize>,
}

/// The article laid out for one width.
#[derive(Debug, Default)]
pub struct Article {
    pub lines: Vec<Line<'static>>,
    /// The row where the mark's hit starts.
    pub mark_row: Option<usize>,
}

/// The article as lines for `columns`, with `mark`'s letters highlighted.
pub fn lines(pack: &Pack, theme: Theme, columns: u16, mark: Option<&Mark>) -> Article {
    let columns = columns.min(READING_WIDTH);
    let mut article = Article::default();
    let add = |article: &mut Article, text: &str, part: Option<Part>, style: Style| {
        let lines = match mark.filter(|mark| part == Some(mark.part)) {
            Some(mark) => {
                let (lines, row) = marked(text, columns, style, mark, theme.matched());
                article.mark_row = row.map(|row| article.lines.len() + row);
                lines
            }
            None => wrapped(text, columns, "", style),
        };
        article.lines.extend(lines);
    };
    add(&mut article, &pack.title, None, theme.title());
    let by = format!("by {}", pack.source.publisher);
    add(&mut article, &by, None, theme.muted());
    article.lines.push(Line::default());
    add(&mut article, &pack.intro, Some(Part::Intro), theme.text());
    for (index, section) in pack.sections.iter().enumerate() {
        article.lines.push(Line::default());
        let title = Some(Part::Title(index));
        add(&mut article, &section.title, title, theme.heading());
        article.lines.push(Line::default());
        let body = Some(Part::Body(index));
        add(&mut article, &section.body, body, theme.text());
    }
    if let Some(closing) = &pack.closing {
        article.lines.push(Line::default());
        add(&mut article, &closing.title, None, theme.heading());
        article.lines.push(Line::default());
        add(
            &mut article,
            &closing.body,
            Some(Part::Closing),
            theme.text(),
        );
    }
    article.lines.push(Line::default());
    let mut source = format!("Source: {}", pack.source.publisher);
    if let Some(url) = &pack.source.url {
        source.push_str(&format!(" — {url}"));
    }
    add(&mut article, &source, None, theme.muted());
    article
}

/// `text` wrapped to `columns` in `style`, the chars at `hit`'s letters in
/// `mark`; and the row where the hit starts.
fn marked(
    text: &str,
    columns: u16,
    style: Style,
    hit: &Mark,
    mark: Style,
) -> (Vec<Line<'static>>, Option<usize>) {
    let source: Vec<char> = text.chars().collect();
    let mut at = 0;
    let mut first = None;
    let mut lines = Vec::new();
    for (row, line) in wrap(text.trim_end(), usize::from(columns))
        .into_iter()
        .enumerate()
    {
        let mut spans = Vec::new();
        let mut run = String::new();
        let mut run_marked = false;
        for c in line.chars() {
            // Wrapping drops the spaces at a break and merges runs of them:
            // those have no cell.
            while source.get(at).is_some_and(|&s| s != c && s.is_whitespace()) {
                at += 1;
            }
            let here = source.get(at) == Some(&c);
            let lit = here && hit.letters.contains(&at);
            if here && at >= hit.start {
                first.get_or_insert(row);
            }
            at += usize::from(here);
            if lit != run_marked && !run.is_empty() {
                let style = if run_marked { mark } else { style };
                spans.push(Span::styled(std::mem::take(&mut run), style));
            }
            run_marked = lit;
            run.push(c);
        }
        let style = if run_marked { mark } else { style };
        spans.push(Span::styled(run, style));
        lines.push(Line::from(spans));
    }
    (lines, first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(line: &Line) -> String {
        line.spans
            .iter()
            .map(|span| span.content.as_ref())
            .collect()
    }

    #[test]
    fn marked_letters_follow_the_wrapping() {
        let mark = Style::new().bold();
        let text = "one two  three\nfour five";
        // "five" starts at char 20.
        let hit = |start, letters: &[usize]| Mark {
            part: Part::Intro,
            start,
            letters: letters.to_vec(),
        };
        let (lines, row) = marked(text, 9, Style::new(), &hit(15, &[20, 21, 22, 23]), mark);
        let plain: Vec<String> = wrap(text, 9);
        assert_eq!(lines.iter().map(text_of).collect::<Vec<_>>(), plain);
        assert_eq!(row, Some(2));
        let lit: Vec<&str> = (lines[2].spans.iter())
            .filter(|span| span.style == mark)
            .map(|span| span.content.as_ref())
            .collect();
        assert_eq!(lit, ["five"]);
        // "three", after two spaces, on the second row.
        let (lines, row) = marked(text, 9, Style::new(), &hit(0, &[9, 10, 11, 12, 13]), mark);
        assert_eq!(row, Some(0), "the hit starts on the first row");
        let (_, row) = marked(text, 9, Style::new(), &hit(9, &[9, 10, 11, 12, 13]), mark);
        assert_eq!(row, Some(1));
        assert_eq!(lines[1].spans[0].content, "three");
        assert_eq!(lines[1].spans[0].style, mark);
    }
}
