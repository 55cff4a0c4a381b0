//! The markdown summary (GitHub-flavoured): what a decision looks like when
//! it leaves the terminal for a design doc, a ticket or a chat.

use std::fmt::Write;

use super::{Deciding, Summary};
use crate::content::Pack;
use crate::engine::{Engine, Overrides, Recommendation, nearest_ratings, nearest_weights};
use crate::group::Group;
use crate::textkit::{self, capitalise};
use crate::words;

/// The summary for these values. Same pack and values, same bytes.
pub fn to_markdown(summary: &Summary) -> String {
    let Summary {
        pack,
        ref engine,
        recommendation,
        robustness,
        group,
    } = *summary;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&pack.title));
    let _ = writeln!(out, "Source: {}\n", source(pack));
    let overrides = engine.overrides();
    yours(&mut out, pack, overrides);
    let deciding = Deciding::of(summary);
    verdict(&mut out, pack, recommendation);
    let _ = writeln!(
        out,
        "\n{}",
        words::robustness_sentence(recommendation.verdict, robustness)
    );
    if let Some(fragile) = words::fragile_phrase(pack, overrides, &deciding.one_step_off()) {
        let _ = writeln!(out, "\n**{}.**", inline(&capitalise(&fragile)));
    }
    if let Some(group) = group {
        people(&mut out, pack, group);
    }
    sliders(&mut out, pack, recommendation);
    reasons(&mut out, pack, engine, recommendation);
    deciding_ratings(&mut out, pack, overrides, &deciding);
    behind(&mut out, pack, recommendation);
    tipping_points(&mut out, pack, recommendation);
    deciding_weights(&mut out, pack, overrides, &deciding);
    rules(&mut out, pack, recommendation);
    let sentences = factors(&mut out, pack, engine, recommendation);
    let _ = writeln!(
        out,
        "\n---\n\nFrom the article \"{}\" by {}. Fits from the stackcompare pack `{}`.",
        inline(&pack.title),
        source(pack),
        pack.id
    );
    let _ = write!(
        out,
        "\n{}",
        summary.receipt().markdown("export", group.is_some())
    );
    footnotes(&mut out, &sentences);
    out
}

/// The reader's own numbers, at the top: how many, and each beside the pack's.
fn yours(out: &mut String, pack: &Pack, overrides: &Overrides) {
    let Some(headline) = words::overrides_headline(overrides) else {
        return;
    };
    let _ = writeln!(out, "**{}:**\n", inline(&headline));
    for line in words::override_lines(pack, overrides) {
        let _ = writeln!(out, "- {}", inline(&line));
    }
    out.push('\n');
}

/// The ratings nearest to changing the verdict, after the reasons.
fn deciding_ratings(out: &mut String, pack: &Pack, overrides: &Overrides, deciding: &Deciding) {
    let nearest = nearest_ratings(&deciding.ratings, words::NEAREST_SHOWN);
    if nearest.is_empty() {
        let _ = writeln!(out, "\n{}", words::NO_RATING_DECIDES);
        return;
    }
    let _ = writeln!(out, "\n{}\n", words::RATINGS_DECIDING);
    for tip in &nearest {
        let _ = writeln!(
            out,
            "- {}",
            inline(&words::rating_tip_phrase(pack, overrides, tip))
        );
    }
}

/// The base weights nearest to changing the verdict, after the sliders'.
fn deciding_weights(out: &mut String, pack: &Pack, overrides: &Overrides, deciding: &Deciding) {
    let _ = writeln!(out, "\n### {}\n", words::WEIGHTS_DECIDING);
    let nearest = nearest_weights(&deciding.weights, words::NEAREST_SHOWN);
    if nearest.is_empty() {
        let _ = writeln!(out, "{}", words::NO_WEIGHT_DECIDES);
        return;
    }
    for tip in &nearest {
        let _ = writeln!(
            out,
            "- {}",
            inline(&words::weight_tip_phrase(pack, overrides, tip))
        );
    }
}

fn verdict(out: &mut String, pack: &Pack, r: &Recommendation) {
    out.push_str("## Verdict\n\n");
    let _ = writeln!(
        out,
        "**{}.** {}.\n",
        inline(&words::verdict_heading(pack, r.verdict)),
        inline(&words::verdict_sentence(pack, r))
    );
    if let Some(text) = words::close_text(pack, r) {
        let _ = writeln!(out, "> {}\n", inline(text));
    }
    out.push_str("| Option | Fit (0–100) |\n|---|---:|\n");
    for &option in &r.ranking {
        let _ = writeln!(
            out,
            "| {} | {} |",
            inline(&pack.options[option].name),
            words::fit_number(r, option)
        );
    }
    out.push_str(
        "\nFit is how well an option serves what matters to this project: the average of its ratings, each factor weighted by its importance.\n",
    );
}

fn sliders(out: &mut String, pack: &Pack, r: &Recommendation) {
    out.push_str("\n## Your project\n\n| Slider | Value | Range |\n|---|---:|---|\n");
    for (index, t) in pack.sliders.iter().enumerate() {
        let range = if t.is_toggle() || (t.low.is_none() && t.high.is_none()) {
            words::range_phrase(t)
        } else {
            let end = |label: &Option<String>| {
                label
                    .as_deref()
                    .map(|l| format!(" ({})", inline(l)))
                    .unwrap_or_default()
            };
            format!("0{} – {}{}", end(&t.low), t.max, end(&t.high))
        };
        let _ = writeln!(
            out,
            "| {} | {} | {range} |",
            inline(&t.label),
            inline(&words::value_phrase(t, r.values[index]))
        );
    }
}

fn reasons(out: &mut String, pack: &Pack, engine: &Engine, r: &Recommendation) {
    let _ = writeln!(
        out,
        "\n## Why\n\n{}. {}.\n",
        inline(&capitalise(&words::why_phrase(pack, r))),
        capitalise(words::PACK_READING)
    );
    if r.reasons.is_empty() {
        let _ = writeln!(out, "{}", words::NO_REASONS);
        return;
    }
    for index in 0..r.reasons.len() {
        let detail = words::reason_detail(pack, engine, r, index);
        let [first, second] = detail.rating_phrases(pack);
        // A quotation that ends its sentence ends the line too.
        let end = if second.ends_with(".”") { "" } else { "." };
        // Inside a list item a leading "+" starts no list: it needs no escape.
        let head = inline(&detail.head());
        let _ = writeln!(
            out,
            "- **{}** ({}; {}). {}; {}{end}",
            head.strip_prefix("\\+")
                .map_or(head.clone(), |rest| format!("+{rest}")),
            inline(&detail.favours_phrase(pack)),
            inline(&detail.importance_phrase()),
            inline(&first),
            inline(&second)
        );
    }
    let _ = writeln!(out, "\n{}.", inline(&words::lead_sum_phrase(pack, r)));
}

/// With three or more options, why each one behind the runner-up lost.
fn behind(out: &mut String, pack: &Pack, r: &Recommendation) {
    if r.behind.is_empty() {
        return;
    }
    out.push_str(
        "\n## Why not the others\n\nThe factors that put the leader furthest ahead of each.\n\n",
    );
    for behind in &r.behind {
        let _ = writeln!(out, "- {}", inline(&words::behind_phrase(pack, r, behind)));
    }
}

fn tipping_points(out: &mut String, pack: &Pack, r: &Recommendation) {
    out.push_str(
        "\n## Tipping points\n\nEach slider on its own, the others held where they are.\n\n",
    );
    out.push_str("| Slider | Now | The verdict changes at |\n|---|---:|---|\n");
    for tips in &r.tipping_points {
        let t = &pack.sliders[tips.slider_index];
        let mut phrases = Vec::new();
        if let Some(tip) = tips.below {
            phrases.push(inline(&words::tip_phrase(pack, t, false, tip)));
        }
        if let Some(tip) = tips.above {
            phrases.push(inline(&words::tip_phrase(pack, t, true, tip)));
        }
        let phrases = if phrases.is_empty() {
            words::NO_TIP.to_owned()
        } else {
            phrases.join(", ")
        };
        let _ = writeln!(
            out,
            "| {} | {} | {phrases} |",
            inline(&t.label),
            inline(&words::value_phrase(t, r.values[tips.slider_index]))
        );
    }
}

fn rules(out: &mut String, pack: &Pack, r: &Recommendation) {
    if pack.rules.is_empty() {
        return;
    }
    let lines = words::rule_lines(pack, r);
    if lines.is_empty() {
        let _ = writeln!(
            out,
            "\n## The article's rules\n\n{}",
            words::no_rule_phrase(r)
        );
        return;
    }
    out.push_str("\n## The article's rules that apply\n");
    for line in lines {
        let options: Vec<String> = line
            .options
            .iter()
            .map(|&o| inline(&pack.options[o].name))
            .collect();
        let _ = writeln!(
            out,
            "\n> {}\n>\n> — for {}",
            inline(line.text),
            options.join(", ")
        );
        if let Some(note) = line.note {
            let _ = writeln!(out, "\n{}", inline(&note));
        }
    }
}

/// The factors table; returns the whole sentences its cut bases are
/// footnoted with, in footnote order.
fn factors<'a>(
    out: &mut String,
    pack: &'a Pack,
    engine: &Engine,
    r: &Recommendation,
) -> Vec<&'a str> {
    out.push_str("\n## Factors: this pack's reading of the article\n\n");
    out.push_str(
        "The article gives no numbers: each rating (0–10) is this pack's reading of it, shown with the article's words it rests on (… where they are cut from a longer sentence, given in full below). Importance is how much the factor counts for this project.\n\n",
    );
    out.push_str("| Factor | Importance |");
    for option in &pack.options {
        let _ = write!(out, " {} |", inline(&option.name));
    }
    out.push_str(" The article's words |\n|---|---:|");
    out.push_str(&"---:|".repeat(pack.options.len()));
    out.push_str("---|\n");
    let mut sentences: Vec<&str> = Vec::new();
    let mut numbers: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (f, factor) in pack.factors.iter().enumerate() {
        let importance = match words::weight_owner_phrase(pack, f, engine.overrides()) {
            Some(owner) => format!("{} (weight {})", r.importance[f], inline(&owner)),
            None => r.importance[f].to_string(),
        };
        let _ = write!(out, "| {} | {importance} |", inline(&factor.name));
        let explanation = engine.explain(&r.values, f);
        let mut sources = Vec::new();
        for (o, option) in pack.options.iter().enumerate() {
            let rating = explanation.ratings[o].value;
            let _ = write!(out, " {} |", textkit::decimal(rating));
            let (phrase, whole) = words::rating_basis(pack, f, o, &explanation.ratings[o]);
            let mut said = format!("{}: {}", inline(&option.name), inline(&phrase));
            if let Some(sentence) = whole {
                let number = *numbers.entry(sentence).or_insert_with(|| {
                    sentences.push(sentence);
                    sentences.len()
                });
                let _ = write!(said, "[^{number}]");
            }
            sources.push(said);
        }
        let _ = writeln!(out, " {} |", sources.join("; "));
    }
    sentences
}

/// The whole sentences of the cut bases, as GitHub-flavoured footnotes.
fn footnotes(out: &mut String, sentences: &[&str]) {
    if sentences.is_empty() {
        return;
    }
    out.push('\n');
    for (n, sentence) in sentences.iter().enumerate() {
        let _ = writeln!(
            out,
            "[^{}]: The whole sentence: “{}”",
            n + 1,
            inline(sentence)
        );
    }
}

pub(super) fn source(pack: &Pack) -> String {
    let publisher = inline(&pack.source.publisher);
    match &pack.source.url {
        // Angle brackets keep any character of the address from closing the link.
        Some(url) => format!(
            "[{publisher}](<{}>)",
            url.replace(['<', '>', '\n', ' '], "")
        ),
        None => publisher,
    }
}

/// Text made safe for one line of markdown and for a table cell: newlines
/// become spaces, and the characters that start inline markup, HTML or a cell
/// border are backslash-escaped, as is anything that would start a block.
/// An address in the text stays text: GFM links a bare `http://…` or
/// `www.…`, so its `:` or first `.` is escaped.
pub fn inline(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len() + 8);
    for (at, c) in flat.char_indices() {
        let address = match c {
            ':' => flat[at..].starts_with("://"),
            '.' => flat[..at].ends_with("www"),
            _ => false,
        };
        if address
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    // A leading "-" or "+" could start a list: escape it. A leading "1." or
    // "1)" too, but digits cannot be escaped, so the "." or ")" is.
    if out.starts_with(['-', '+']) {
        out.insert(0, '\\');
    } else if let Some(digits) = ordered_item_digits(&out) {
        out.insert(digits, '\\');
    }
    out
}

/// How many digits start `text` when they and a "." or ")" could open a list.
fn ordered_item_digits(text: &str) -> Option<usize> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && matches!(text[digits..].chars().next(), Some('.' | ')'))).then_some(digits)
}

/// The group: a table of people, and a list of disagreements.
fn people(out: &mut String, pack: &Pack, group: &Group) {
    let _ = writeln!(out, "\n## The people\n\n{}\n", words::GROUP_INTRO);
    out.push_str("| Person | Verdict |");
    for option in &pack.options {
        let _ = write!(out, " {} fit |", inline(&option.name));
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---:|".repeat(pack.options.len()));
    out.push('\n');
    for (person, r) in group.people.iter().zip(&group.recommendations) {
        let _ = write!(
            out,
            "| {} | {} |",
            inline(&person.name),
            inline(&words::verdict_label(pack, r.verdict))
        );
        for option in 0..pack.options.len() {
            let _ = write!(out, " {} |", words::fit_number(r, option));
        }
        out.push('\n');
    }
    if group.disagreements.is_empty() {
        let _ = writeln!(out, "\n{}", words::AGREED);
        return;
    }
    let _ = writeln!(out, "\n{}\n", words::DISAGREE_MOST);
    for d in &group.disagreements {
        let _ = writeln!(
            out,
            "- **{}** ({}): {}",
            inline(&pack.sliders[d.slider].label),
            inline(&words::spread_phrase(pack, d)),
            inline(&words::people_values(pack, group, d.slider, usize::MAX))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_flattens_lines() {
        assert_eq!(
            inline("a | b *c* `d`\n<script>"),
            "a \\| b \\*c\\* \\`d\\` \\<script\\>"
        );
        assert_eq!(inline("# heading"), "\\# heading");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("1. first"), "1\\. first");
        assert_eq!(inline("12) first"), "12\\) first");
        // Without digits before it, a "." or ")" opens nothing.
        assert_eq!(inline(".5 of them"), ".5 of them");
        assert_eq!(inline(") aside"), ") aside");
        assert_eq!(inline("see http://x or www.y"), "see http\\://x or www\\.y");
    }
}
