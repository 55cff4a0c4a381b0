//! The markdown summary (GitHub-flavoured): what a decision looks like when
//! it leaves the terminal for a design doc, a ticket or a chat.

use std::fmt::Write;

use super::{reason_quotes, tip_phrase, value_phrase, verdict_label, verdict_sentence};
use crate::content::Pack;
use crate::engine::{Recommendation, Verdict};

/// The summary for these values. Same pack and values, same bytes.
pub fn to_markdown(pack: &Pack, recommendation: &Recommendation) -> String {
    let mut out = String::new();
    let r = recommendation;
    let _ = writeln!(out, "# {}\n", inline(&pack.title));
    let _ = writeln!(out, "Source: {}\n", source(pack));

    out.push_str("## Verdict\n\n");
    let _ = writeln!(
        out,
        "**{}**: {}.\n",
        inline(&capitalise(&verdict_label(pack, r.verdict))),
        inline(&verdict_sentence(pack, r))
    );
    if r.verdict == Verdict::CloseCall {
        let _ = writeln!(out, "> {}\n", inline(&pack.close_call.text));
    }
    out.push_str("| Option | Score (0–100) |\n|---|---:|\n");
    for &option in &r.ranking {
        let _ = writeln!(
            out,
            "| {} | {} |",
            inline(&pack.options[option].name),
            r.scores[option]
        );
    }

    out.push_str("\n## Your project\n\n| Slider | Value | Range |\n|---|---:|---|\n");
    for (index, t) in pack.traits.iter().enumerate() {
        let range = if t.is_toggle() {
            "off / on".to_owned()
        } else {
            let low = t
                .low
                .as_deref()
                .map(|l| format!(" ({})", inline(l)))
                .unwrap_or_default();
            let high = t
                .high
                .as_deref()
                .map(|h| format!(" ({})", inline(h)))
                .unwrap_or_default();
            format!("0{low} – {}{high}", t.max)
        };
        let _ = writeln!(
            out,
            "| {} | {} | {range} |",
            inline(&t.label),
            inline(&value_phrase(pack, index, r.values[index]))
        );
    }

    out.push_str("\n## Why\n\n");
    if r.reasons.is_empty() {
        out.push_str("Nothing separates the top two yet.\n");
    }
    let quotes = reason_quotes(pack, &r.reasons);
    for (reason, quotes) in r.reasons.iter().zip(quotes) {
        let t = &pack.traits[reason.trait_index];
        let factors: Vec<String> = quotes.iter().map(|f| inline(f)).collect();
        let _ = write!(
            out,
            "- **+{} for {}**: {} ({})",
            reason.score,
            inline(&pack.options[reason.favours].name),
            inline(&t.label),
            inline(&value_phrase(
                pack,
                reason.trait_index,
                r.values[reason.trait_index]
            ))
        );
        if !factors.is_empty() {
            let _ = write!(out, ". {}", factors.join(" "));
        }
        out.push('\n');
    }

    out.push_str(
        "\n## Tipping points\n\nEach slider on its own, the others held where they are.\n\n",
    );
    out.push_str("| Slider | Now | The verdict changes at |\n|---|---:|---|\n");
    for tips in &r.tipping_points {
        let mut phrases = Vec::new();
        if let Some(tip) = tips.below {
            phrases.push(inline(&tip_phrase(pack, false, tip.value, tip.verdict)));
        }
        if let Some(tip) = tips.above {
            phrases.push(inline(&tip_phrase(pack, true, tip.value, tip.verdict)));
        }
        let phrases = if phrases.is_empty() {
            "no value".into()
        } else {
            phrases.join(", ")
        };
        let _ = writeln!(
            out,
            "| {} | {} | {phrases} |",
            inline(&pack.traits[tips.trait_index].label),
            inline(&value_phrase(
                pack,
                tips.trait_index,
                r.values[tips.trait_index]
            ))
        );
    }

    out.push_str("\n## The article's rule\n\n");
    if r.matching_rules.is_empty() {
        out.push_str(
            "No single rule of the article decides a close call; see the verdict above.\n",
        );
    }
    for &rule in &r.matching_rules {
        let _ = writeln!(out, "> {}\n", inline(&pack.rules[rule].text));
    }
    if !r.matching_rules.is_empty() {
        out.pop();
    }

    out.push_str("\n## Factors\n\n| Factor |");
    for option in &pack.options {
        let _ = write!(out, " {} |", inline(&option.name));
    }
    out.push_str(" The article says |\n|---|");
    out.push_str(&"---:|".repeat(pack.options.len()));
    out.push_str("---|\n");
    for factor in &pack.factors {
        let _ = write!(out, "| {} |", inline(&factor.name));
        for option in &pack.options {
            let _ = write!(
                out,
                " {} |",
                factor.ratings.get(&option.id).copied().unwrap_or(0)
            );
        }
        let _ = writeln!(out, " {} |", inline(&factor.summary));
    }
    let _ = writeln!(
        out,
        "\n---\n\nFrom the article \"{}\" by {}. Scores from the stackcompare pack `{}`; ratings are 0–10.",
        inline(&pack.title),
        source(pack),
        pack.id
    );
    out
}

fn source(pack: &Pack) -> String {
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

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Text made safe for one line of markdown and for a table cell: newlines
/// become spaces, and the characters that start inline markup, HTML or a cell
/// border are backslash-escaped, as is anything that would start a block.
pub fn inline(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len() + 8);
    for c in flat.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
        ) {
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
    }
}
