//! The group in the recommendation pane, when several profiles were
//! loaded: each one's verdict and fits, and the sliders they disagree on most.

use ratatui::text::Line;

use super::wrapped;
use crate::content::Pack;
use crate::group::Group;
use crate::tui::theme::Theme;
use crate::words;

/// At most this many people are listed here; the export lists them all.
const MAX_PEOPLE: usize = 20;

pub fn lines(pack: &Pack, group: &Group, theme: Theme, columns: u16) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    let heading = format!(
        "The people ({}): the group's values are their mean",
        group.people.len()
    );
    lines.extend(wrapped(&heading, columns, "", theme.heading()));
    let shown = group
        .people
        .iter()
        .zip(&group.recommendations)
        .take(MAX_PEOPLE);
    for (person, r) in shown {
        let head = format!("{}: {}", person.name, words::verdict_label(pack, r.verdict));
        lines.extend(wrapped(&head, columns, "  ", theme.verdict(r.verdict)));
        lines.extend(wrapped(
            &words::person_fits(pack, r),
            columns,
            "    ",
            theme.text(),
        ));
    }
    if group.people.len() > MAX_PEOPLE {
        let rest = format!(
            "… and {} more in the export",
            group.people.len() - MAX_PEOPLE
        );
        lines.extend(wrapped(&rest, columns, "  ", theme.muted()));
    }
    if group.disagreements.is_empty() {
        lines.extend(wrapped(
            "Everyone set every slider alike.",
            columns,
            "  ",
            theme.muted(),
        ));
        return lines;
    }
    lines.push(Line::default());
    lines.extend(wrapped(
        "Where they disagree most",
        columns,
        "",
        theme.heading(),
    ));
    for d in &group.disagreements {
        let label = &pack.sliders[d.slider].label;
        lines.extend(wrapped(label, columns, "  ", theme.text()));
        let values = format!(
            "{}: {}",
            words::spread_phrase(pack, d),
            words::people_values(pack, group, d.slider, MAX_PEOPLE)
        );
        lines.extend(wrapped(&values, columns, "    ", theme.muted()));
    }
    lines
}
