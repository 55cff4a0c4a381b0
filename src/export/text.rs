//! `recommend --format text`: the recommendation for people, 80 columns.

use std::fmt::Write;

use super::{reason_quotes, tip_phrase, value_phrase, verdict_label, verdict_sentence};
use crate::content::Pack;
use crate::engine::{Recommendation, Verdict};
use crate::wrap::wrap;

const WIDTH: usize = 80;
const BAR: usize = 40;

/// The recommendation as plain text: scores as bars, verdict, reasons, rule, tipping points.
pub fn to_text(pack: &Pack, recommendation: &Recommendation) -> String {
    let mut out = String::new();
    for line in wrap(&pack.title, WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    let name_width = pack
        .options
        .iter()
        .map(|o| o.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(20);
    for &option in &recommendation.ranking {
        let score = recommendation.scores[option] as usize;
        let filled = (score * BAR + 50) / 100;
        let name = clip(&pack.options[option].name, name_width);
        let _ = writeln!(
            out,
            "  {name:<name_width$}  {}{} {score:>3}",
            "█".repeat(filled),
            "░".repeat(BAR - filled)
        );
    }
    out.push('\n');
    let verdict = match recommendation.verdict {
        Verdict::Winner(_) => verdict_label(pack, recommendation.verdict),
        Verdict::CloseCall => "Too close to call".into(),
    };
    let _ = writeln!(out, "Verdict: {verdict}");
    paragraph(&mut out, &verdict_sentence(pack, recommendation), "  ");
    if recommendation.verdict == Verdict::CloseCall {
        paragraph(&mut out, &pack.close_call.text, "  ");
    }

    out.push_str("\nWhy\n");
    if recommendation.reasons.is_empty() {
        out.push_str("  Nothing separates the top two yet: move a slider.\n");
    }
    let quotes = reason_quotes(pack, &recommendation.reasons);
    for (reason, quotes) in recommendation.reasons.iter().zip(quotes) {
        let t = &pack.traits[reason.trait_index];
        let head = format!(
            "+{} {}: {} ({})",
            reason.score,
            pack.options[reason.favours].name,
            t.label,
            value_phrase(
                pack,
                reason.trait_index,
                recommendation.values[reason.trait_index]
            )
        );
        hanging(&mut out, &head, "  ", "      ");
        for quote in quotes {
            paragraph(&mut out, &quote, "      ");
        }
    }

    if !pack.rules.is_empty() {
        out.push_str("\nThe article's rules\n");
        for (index, rule) in pack.rules.iter().enumerate() {
            let mark = if recommendation.matching_rules.contains(&index) {
                "  ✓ "
            } else {
                "    "
            };
            let lines = wrap(&rule.text, WIDTH - 4);
            for (n, line) in lines.iter().enumerate() {
                let _ = writeln!(out, "{}{line}", if n == 0 { mark } else { "    " });
            }
        }
    }

    out.push_str("\nTipping points (other sliders held)\n");
    let id_width = pack
        .traits
        .iter()
        .map(|t| t.id.len())
        .max()
        .unwrap_or(0)
        .min(24);
    if recommendation
        .tipping_points
        .iter()
        .all(|tips| tips.above.is_none() && tips.below.is_none())
    {
        out.push_str("  No single slider changes the verdict from here.\n");
        return out;
    }
    for tips in &recommendation.tipping_points {
        let t = &pack.traits[tips.trait_index];
        let value = recommendation.values[tips.trait_index];
        let mut phrases = Vec::new();
        if let Some(tip) = tips.below {
            phrases.push(tip_phrase(pack, false, tip.value, tip.verdict));
        }
        if let Some(tip) = tips.above {
            phrases.push(tip_phrase(pack, true, tip.value, tip.verdict));
        }
        let phrases = if phrases.is_empty() {
            "no value changes the verdict".into()
        } else {
            phrases.join(", ")
        };
        // The columns are padding: only the phrases wrap.
        let columns = format!("  {:<id_width$} {value:>3}  ", t.id);
        hanging(
            &mut out,
            &phrases,
            &columns,
            &" ".repeat(columns.chars().count()),
        );
    }
    out
}

/// `text` wrapped with `first` before its first line and `rest` before the others.
fn hanging(out: &mut String, text: &str, first: &str, rest: &str) {
    let width = WIDTH
        .saturating_sub(first.chars().count().max(rest.chars().count()))
        .max(20);
    for (index, line) in wrap(text, width).iter().enumerate() {
        let _ = writeln!(out, "{}{line}", if index == 0 { first } else { rest });
    }
}

/// At most `width` characters, with an ellipsis when cut.
fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut clipped: String = text.chars().take(width.saturating_sub(1)).collect();
    clipped.push('…');
    clipped
}

fn paragraph(out: &mut String, text: &str, indent: &str) {
    for line in wrap(text.trim_end(), WIDTH - indent.len()) {
        let _ = writeln!(out, "{indent}{line}");
    }
}
