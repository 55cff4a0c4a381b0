//! The article view: the whole article, every section in order, wrapped to
//! the reading width, ending with the closing call and the attribution.

use ratatui::text::Line;

use super::wrapped;
use crate::content::Pack;
use crate::tui::layout::READING_WIDTH;
use crate::tui::theme::Theme;

/// The article as lines for `columns`, and the first row of each section.
pub fn lines(pack: &Pack, theme: Theme, columns: u16) -> (Vec<Line<'static>>, Vec<usize>) {
    let columns = columns.min(READING_WIDTH);
    let mut lines = wrapped(&pack.title, columns, "", theme.title());
    lines.extend(wrapped(
        &format!("by {}", pack.source.publisher),
        columns,
        "",
        theme.muted(),
    ));
    lines.push(Line::default());
    lines.extend(wrapped(&pack.intro, columns, "", theme.text()));
    let mut starts = Vec::with_capacity(pack.sections.len());
    for section in &pack.sections {
        lines.push(Line::default());
        starts.push(lines.len());
        lines.extend(wrapped(&section.title, columns, "", theme.heading()));
        lines.push(Line::default());
        lines.extend(wrapped(&section.body, columns, "", theme.text()));
    }
    if let Some(closing) = &pack.closing {
        lines.push(Line::default());
        lines.extend(wrapped(&closing.title, columns, "", theme.heading()));
        lines.push(Line::default());
        lines.extend(wrapped(&closing.body, columns, "", theme.text()));
    }
    lines.push(Line::default());
    let mut source = format!("Source: {}", pack.source.publisher);
    if let Some(url) = &pack.source.url {
        source.push_str(&format!(" — {url}"));
    }
    lines.extend(wrapped(&source, columns, "", theme.muted()));
    (lines, starts)
}
