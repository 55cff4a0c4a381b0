//! `recommend --format text`: the recommendation for people, 80 columns.

use std::fmt::Write;

use super::{Deciding, Summary};
use crate::content::Pack;
use crate::engine::{
    Engine, Overrides, Recommendation, Robustness, nearest_ratings, nearest_weights,
};
use crate::group::Group;
use crate::textkit::{capitalise, emphasis, width, wrap};
use crate::words;

/// The text outputs' width, in columns.
pub(super) const WIDTH: usize = 80;
const BAR: usize = 40;

/// The recommendation as plain text: fits as bars, verdict, reasons, rules,
/// tipping points; the verdict line in bold when `bold_verdict` (the command
/// line asks for that on a terminal that allows it).
pub fn to_text(summary: &Summary, bold_verdict: bool) -> String {
    let (pack, recommendation) = (summary.pack, summary.recommendation);
    let mut out = String::new();
    for line in wrap(&pack.title, WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    yours(&mut out, pack, summary.engine.overrides());
    // Counted once: where each rating and weight would tip is the costly part.
    let deciding = Deciding::of(summary);
    verdict_into(&mut out, summary, &deciding, Bars::Drawn, bold_verdict);
    why_into(&mut out, summary, &deciding);
    rules(&mut out, pack, recommendation);
    tips_into(&mut out, summary, &deciding);
    out
}

/// Whether the fits are drawn as bars or said as numbers alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bars {
    Drawn,
    /// For the line mode: a screen reader reads no bar.
    Left,
}

/// The fits, the verdict, how sure it is and, for a group, the people: the
/// part of the text output the line mode's `show` prints.
pub fn verdict_part(summary: &Summary, bars: Bars) -> String {
    let mut out = String::new();
    verdict_into(&mut out, summary, &Deciding::of(summary), bars, false);
    out
}

fn verdict_into(out: &mut String, summary: &Summary, deciding: &Deciding, bars: Bars, bold: bool) {
    let (pack, engine, recommendation) = (summary.pack, &summary.engine, summary.recommendation);
    fits(out, pack, recommendation, bars);
    verdict(out, pack, recommendation, summary.robustness, bold);
    if let Some(fragile) = words::fragile_phrase(pack, engine.overrides(), &deciding.one_step_off())
    {
        paragraph(out, &capitalise(&fragile), "  ");
    }
    if let Some(group) = summary.group {
        people(out, pack, group);
    }
}

/// The reasons, the ratings nearest to deciding and why not the others:
/// the line mode's `why`.
pub fn why_part(summary: &Summary) -> String {
    let mut out = String::new();
    why_into(&mut out, summary, &Deciding::of(summary));
    out
}

fn why_into(out: &mut String, summary: &Summary, deciding: &Deciding) {
    let (pack, engine, recommendation) = (summary.pack, &summary.engine, summary.recommendation);
    reasons(out, pack, engine, recommendation);
    deciding_ratings(out, pack, engine.overrides(), deciding);
    behind(out, pack, recommendation);
}

/// The article's rules that apply: the line mode's `rules`; empty for a
/// pack without rules.
pub fn rules_part(summary: &Summary) -> String {
    let mut out = String::new();
    rules(&mut out, summary.pack, summary.recommendation);
    out
}

/// The tipping points of the sliders and of the base weights: the line
/// mode's `tips`.
pub fn tips_part(summary: &Summary) -> String {
    let mut out = String::new();
    tips_into(&mut out, summary, &Deciding::of(summary));
    out
}

fn tips_into(out: &mut String, summary: &Summary, deciding: &Deciding) {
    tipping_points(out, summary.pack, summary.recommendation);
    deciding_weights(out, summary.pack, summary.engine.overrides(), deciding);
}

/// The reader's own numbers, first: how many, and each beside the pack's.
fn yours(out: &mut String, pack: &Pack, overrides: &Overrides) {
    let Some(headline) = words::overrides_headline(overrides) else {
        return;
    };
    paragraph(out, &format!("{headline}:"), "");
    for line in words::override_lines(pack, overrides) {
        hanging(out, &line, "  ", "    ");
    }
    out.push('\n');
}

/// The ratings nearest to changing the verdict, after the reasons.
fn deciding_ratings(out: &mut String, pack: &Pack, overrides: &Overrides, deciding: &Deciding) {
    let nearest = nearest_ratings(&deciding.ratings, words::NEAREST_SHOWN);
    if nearest.is_empty() {
        out.push('\n');
        paragraph(out, words::NO_RATING_DECIDES, "  ");
        return;
    }
    out.push('\n');
    paragraph(out, words::RATINGS_DECIDING, "  ");
    for tip in &nearest {
        hanging(
            out,
            &words::rating_tip_phrase(pack, overrides, tip),
            "    ",
            "      ",
        );
    }
}

/// The base weights nearest to changing the verdict, after the sliders'.
fn deciding_weights(out: &mut String, pack: &Pack, overrides: &Overrides, deciding: &Deciding) {
    let _ = writeln!(out, "\n{}", words::WEIGHTS_DECIDING);
    let nearest = nearest_weights(&deciding.weights, words::NEAREST_SHOWN);
    if nearest.is_empty() {
        paragraph(out, words::NO_WEIGHT_DECIDES, "  ");
        return;
    }
    for tip in &nearest {
        hanging(
            out,
            &words::weight_tip_phrase(pack, overrides, tip),
            "  ",
            "    ",
        );
    }
}

/// One bar per option, best first, the name column padded by display width.
fn fits(out: &mut String, pack: &Pack, r: &Recommendation, bars: Bars) {
    let name_width = width::widest(pack.options.iter().map(|o| o.name.as_str()), 20);
    let columns = words::fit_columns(r);
    for (rank, &option) in r.ranking.iter().enumerate() {
        let (filled, empty) = width::bar(f64::from(r.fit_rounded(option)), 100.0, BAR);
        let name = width::pad(&pack.options[option].name, name_width);
        let fit = width::pad_left(&words::fit_number(r, option), columns);
        let label = if rank == 0 { " fit" } else { "" };
        match bars {
            Bars::Drawn => {
                let _ = writeln!(out, "  {name}  {filled}{empty} {fit}{label}");
            }
            Bars::Left => {
                let _ = writeln!(out, "  {name}  {fit}{label}");
            }
        }
    }
    out.push('\n');
}

fn verdict(out: &mut String, pack: &Pack, r: &Recommendation, robustness: Robustness, bold: bool) {
    let heading = words::verdict_line(pack, r.verdict);
    let heading = if bold {
        emphasis::bold(&heading)
    } else {
        heading
    };
    let _ = writeln!(out, "{heading}");
    paragraph(out, &words::verdict_sentence(pack, r), "  ");
    paragraph(
        out,
        &words::robustness_sentence(r.verdict, robustness),
        "  ",
    );
    paragraph(out, words::FIT_GLOSS, "  ");
    paragraph(out, words::NEARBY_GLOSS, "  ");
    if let Some(text) = words::close_text(pack, r) {
        paragraph(out, &format!("“{text}”"), "  ");
    }
}

fn reasons(out: &mut String, pack: &Pack, engine: &Engine, r: &Recommendation) {
    out.push('\n');
    paragraph(out, &format!("Why: {}", words::why_phrase(pack, r)), "");
    paragraph(out, &capitalise(words::PACK_READING), "  ");
    if r.reasons.is_empty() {
        let _ = writeln!(out, "  {}", words::NO_REASONS);
        return;
    }
    for index in 0..r.reasons.len() {
        let detail = words::reason_detail(pack, engine, r, index);
        let head = format!(
            "{} ({}; {})",
            detail.head(),
            detail.favours_phrase(pack),
            detail.importance_phrase()
        );
        hanging(out, &head, "  ", "      ");
        for phrase in detail.rating_phrases(pack) {
            hanging(out, &phrase, "      ", "        ");
        }
    }
    hanging(out, &words::lead_sum_phrase(pack, r), "  ", "    ");
}

/// With three or more options, why each one behind the runner-up lost.
fn behind(out: &mut String, pack: &Pack, r: &Recommendation) {
    if r.behind.is_empty() {
        return;
    }
    out.push_str("\nWhy not the others (the factors that put the leader furthest ahead)\n");
    for behind in &r.behind {
        hanging(out, &words::behind_phrase(pack, r, behind), "  ", "    ");
    }
}

fn rules(out: &mut String, pack: &Pack, r: &Recommendation) {
    if pack.rules.is_empty() {
        return;
    }
    let lines = words::rule_lines(pack, r);
    if lines.is_empty() {
        out.push_str("\nThe article's rules\n");
        paragraph(out, words::no_rule_phrase(r), "  ");
        return;
    }
    out.push_str("\nThe article's rules that apply to this project\n");
    for line in lines {
        let said = line.said(pack);
        hanging(out, &said, "  ✓ ", "    ");
        if let Some(note) = line.note {
            hanging(out, &note, "    ", "    ");
        }
    }
}

fn tipping_points(out: &mut String, pack: &Pack, r: &Recommendation) {
    out.push_str("\nTipping points (each slider alone, the others held)\n");
    if r.tipping_points.iter().all(|tips| tips.is_empty()) {
        out.push_str("  No single slider changes the verdict from here.\n");
        return;
    }
    let id_width = width::widest(pack.sliders.iter().map(|t| t.id.as_str()), 24);
    for tips in &r.tipping_points {
        let t = &pack.sliders[tips.slider_index];
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
        let value = words::value_word(t, r.values[tips.slider_index]);
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
pub(super) fn hanging(out: &mut String, text: &str, first: &str, rest: &str) {
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

/// The group: each person's verdict and fits, and the sliders they
/// disagree on most.
fn people(out: &mut String, pack: &Pack, group: &Group) {
    let _ = writeln!(out, "\nThe people ({})", group.people.len());
    let _ = writeln!(out, "  {}", words::GROUP_INTRO);
    let width = width::widest(group.people.iter().map(|p| p.name.as_str()), 20);
    for (person, r) in group.people.iter().zip(&group.recommendations) {
        let name = width::pad(&person.name, width);
        let verdict = words::verdict_label(pack, r.verdict);
        let _ = writeln!(out, "  {name}  {verdict}: {}", words::person_fits(pack, r));
    }
    if group.disagreements.is_empty() {
        let _ = writeln!(out, "  Everyone set every slider alike.");
        return;
    }
    out.push_str("\nWhere they disagree most\n");
    for d in &group.disagreements {
        let said = format!(
            "{} ({}): {}",
            pack.sliders[d.slider].label,
            words::spread_phrase(pack, d),
            words::people_values(pack, group, d.slider, usize::MAX)
        );
        hanging(out, &said, "  ", "    ");
    }
}
