//! The selected factor: the article's words on it, how much it counts now
//! and which sliders raise it, each option's rating with the words behind
//! it (the pack's reading of the article), and the longer text.

use ratatui::text::Line;

use super::{BarRow, name_width, wrapped};
use crate::content::{MAX_RATING, Pack};
use crate::engine::Explanation;
use crate::textkit;
use crate::tui::theme::Theme;
use crate::words;

/// The lines of factor `factor`'s text; with `whole_sentences`, each
/// basis cut from a longer sentence is followed by the whole sentence.
/// `picked`, while the text has focus, marks the number `←`/`→` change (0
/// the base weight, 1 + o option o's rating).
/// With the lines, the row of each of the factor's numbers (its base
/// weight, then each option's rating), for the pane to keep the picked one
/// in view.
pub fn lines(
    pack: &Pack,
    explanation: &Explanation,
    whole_sentences: bool,
    theme: Theme,
    columns: u16,
    picked: Option<usize>,
) -> (Vec<Line<'static>>, Vec<usize>) {
    let mut numbers = Vec::new();
    let factor = explanation.factor;
    let Some(f) = pack.factors.get(factor) else {
        return (Vec::new(), numbers);
    };
    let width = usize::from(columns);
    let mut lines = wrapped(
        &format!("“{}”", f.summary.trim()),
        columns,
        "",
        theme.heading(),
    );
    lines.push(Line::default());
    let counts = format!(
        "Counts now: {}",
        words::counts_now_phrase(pack, explanation)
    );
    lines.extend(wrapped(&counts, columns, "", theme.text()));
    let weight = words::base_weight_phrase(
        u32::try_from(explanation.weight).unwrap_or(u32::MAX),
        f.weight,
        explanation.weight_yours,
    );
    numbers.push(lines.len());
    lines.extend(marked(
        wrapped(&weight, columns, "", theme.text()),
        picked == Some(0),
        theme,
    ));
    if words::rated_alike(explanation) {
        lines.extend(wrapped(words::RATED_ALIKE, columns, "", theme.muted()));
    }
    lines.push(Line::default());
    lines.extend(wrapped(words::RATINGS_HEADING, columns, "", theme.muted()));
    let name_width = name_width(pack, crate::screen::option_name_columns(width));
    let bar_width = width.saturating_sub(name_width + 5).min(20);
    let mut cut = false;
    for (option, o) in pack.options.iter().enumerate() {
        let rated = explanation.ratings[option];
        let rating = rated.value;
        let row = BarRow {
            name: &o.name,
            name_width,
            value: rating,
            max: f64::from(MAX_RATING),
            bar_width,
            style: theme.option(option),
            number: format!("{:>3}", textkit::decimal(rating)),
        }
        .line();
        numbers.push(lines.len());
        lines.extend(marked(vec![row], picked == Some(option + 1), theme));
        // A rating of the reader's says so, beside the pack's and its basis.
        let (phrase, whole) = words::rating_basis(pack, factor, option, &rated);
        lines.extend(wrapped(&phrase, columns, "  ", theme.muted()));
        if let Some(sentence) = whole {
            cut = true;
            if whole_sentences {
                let whole = format!("whole sentence: “{sentence}”");
                lines.extend(wrapped(&whole, columns, "    ", theme.text()));
            }
        }
    }
    if cut {
        let hint = if whole_sentences {
            "(Enter: quoted words only)"
        } else {
            "(… the words are cut from a longer sentence; Enter shows it whole)"
        };
        lines.extend(wrapped(hint, columns, "", theme.muted()));
    }
    if let Some(detail) = &f.detail {
        lines.push(Line::default());
        lines.extend(wrapped(detail, columns, "", theme.text()));
    }
    (lines, numbers)
}

/// `lines` with the picked number's mark: its first line reversed.
fn marked(mut lines: Vec<Line<'static>>, picked: bool, theme: Theme) -> Vec<Line<'static>> {
    if picked && let Some(first) = lines.first_mut() {
        *first = first.clone().patch_style(theme.selected(true));
    }
    lines
}
