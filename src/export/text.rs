//! `recommend --format text`: the recommendation for people, 80 columns.

use std::fmt::Write;

use super::Summary;
use crate::content::Pack;
use crate::engine::{Recommendation, Robustness, Verdict};
use crate::words::{self, width, wrap};

const WIDTH: usize = 80;
const BAR: usize = 40;

/// The recommendation as plain text: fits as bars, verdict, reasons, rules, tipping points.
pub fn to_text(summary: &Summary) -> String {
    let Summary {
        pack,
        recommendation,
        robustness,
        group,
    } = *summary;
    let mut out = String::new();
    for line in wrap(&pack.title, WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    fits(&mut out, pack, recommendation);
    verdict(&mut out, pack, recommendation, robustness);
    if let Some(group) = group {
        super::people::text(&mut out, pack, group);
    }
    reasons(&mut out, pack, recommendation);
    rules(&mut out, pack, recommendation);
    tipping_points(&mut out, pack, recommendation);
    out
}

/// One bar per option, best first, the name column padded by display width.
fn fits(out: &mut String, pack: &Pack, r: &Recommendation) {
    let name_width = width::widest(pack.options.iter().map(|o| o.name.as_str()), 20);
    for (rank, &option) in r.ranking.iter().enumerate() {
        let fit = r.fit_rounded(option);
        let (filled, empty) = width::bar(f64::from(fit), 100.0, BAR);
        let name = width::pad(&pack.options[option].name, name_width);
        let label = if rank == 0 { " fit" } else { "" };
        let _ = writeln!(out, "  {name}  {filled}{empty} {fit:>3}{label}");
    }
    out.push('\n');
}

fn verdict(out: &mut String, pack: &Pack, r: &Recommendation, robustness: Robustness) {
    let _ = writeln!(out, "Verdict: {}", words::verdict_heading(pack, r.verdict));
    paragraph(out, &words::verdict_sentence(pack, r), "  ");
    paragraph(
        out,
        &words::robustness_sentence(r.verdict, robustness),
        "  ",
    );
    paragraph(
        out,
        "(fit: how well each option serves what matters to this project, from 0 to 100)",
        "  ",
    );
    if matches!(r.verdict, Verdict::CloseCall(_)) {
        paragraph(out, &format!("“{}”", pack.close_call.text.trim()), "  ");
    }
}

fn reasons(out: &mut String, pack: &Pack, r: &Recommendation) {
    out.push_str("\nWhy (each factor's share of the lead, in fit points)\n");
    if r.reasons.is_empty() {
        let _ = writeln!(out, "  {}", words::NO_REASONS);
    }
    for reason in &r.reasons {
        let detail = words::reason_detail(pack, r, reason);
        let head = format!(
            "+{} {}: {} ({})",
            words::tenths(detail.share_tenths),
            pack.options[detail.favours].name,
            detail.factor,
            detail.importance_phrase()
        );
        hanging(out, &head, "  ", "      ");
        for phrase in detail.rating_phrases(pack) {
            hanging(out, &phrase, "      ", "        ");
        }
    }
}

fn rules(out: &mut String, pack: &Pack, r: &Recommendation) {
    if pack.rules.is_empty() {
        return;
    }
    out.push_str("\nThe article's rules (✓ matches)\n");
    for (index, rule) in pack.rules.iter().enumerate() {
        let mark = if r.matching_rules.contains(&index) {
            "  ✓ "
        } else {
            "    "
        };
        let said = format!("{}: “{}”", pack.options[rule.option].name, rule.text.trim());
        hanging(out, &said, mark, "    ");
    }
}

fn tipping_points(out: &mut String, pack: &Pack, r: &Recommendation) {
    out.push_str("\nTipping points (each slider alone, the others held)\n");
    if r.tipping_points.iter().all(|tips| tips.is_empty()) {
        out.push_str("  No single slider changes the verdict from here.\n");
        return;
    }
    let id_width = width::widest(pack.traits.iter().map(|t| t.id.as_str()), 24);
    for tips in &r.tipping_points {
        let t = &pack.traits[tips.trait_index];
        let mut phrases = Vec::new();
        if let Some(tip) = tips.below {
            phrases.push(words::tip_phrase(pack, t, false, tip));
        }
        if let Some(tip) = tips.above {
            phrases.push(words::tip_phrase(pack, t, true, tip));
        }
        let phrases = if phrases.is_empty() {
            words::NO_TIP.to_owned()
        } else {
            phrases.join(", ")
        };
        let value = words::value_word(t, r.values[tips.trait_index]);
        // The columns are padding: only the phrases wrap.
        let columns = format!(
            "  {} {}  ",
            width::pad(&t.id, id_width),
            width::pad_left(&value, 3)
        );
        hanging(out, &phrases, &columns, &" ".repeat(width::width(&columns)));
    }
}

/// `text` wrapped with `first` before its first line and `rest` before the others.
fn hanging(out: &mut String, text: &str, first: &str, rest: &str) {
    let room = WIDTH
        .saturating_sub(width::width(first).max(width::width(rest)))
        .max(20);
    for (index, line) in wrap(text, room).iter().enumerate() {
        let _ = writeln!(out, "{}{line}", if index == 0 { first } else { rest });
    }
}

fn paragraph(out: &mut String, text: &str, indent: &str) {
    hanging(out, text.trim_end(), indent, indent);
}
