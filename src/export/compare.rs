//! `compare`: two projects on one pack side by side, as text for people,
//! JSON for scripts and markdown for documents. Same pack and projects,
//! same bytes; the numbers are the engine's `Comparison`.

use std::fmt::Write;

use serde_json::{Map, Value, json};

use super::inline;
use super::json::{self, FORMAT};
use super::receipt::{self, Receipt};
use super::text::{WIDTH, hanging};
use crate::content::Pack;
use crate::engine::{Comparison, Engine, Recommendation};
use crate::textkit::{width, wrap};
use crate::words;

/// One of the two projects: its label ("A", "B"), what it is ("the
/// defaults", a profile's file with `--a-set` values), and its numbers.
#[derive(Debug, Clone, Copy)]
pub struct Project<'a> {
    pub label: &'a str,
    pub what: &'a str,
    pub engine: &'a Engine,
    pub recommendation: &'a Recommendation,
}

/// Two projects and what separates them.
#[derive(Debug, Clone, Copy)]
pub struct Compared<'a> {
    pub pack: &'a Pack,
    pub a: Project<'a>,
    pub b: Project<'a>,
    pub comparison: &'a Comparison,
}

/// The comparison for people, 80 columns.
pub fn compare_text(compared: &Compared) -> String {
    let Compared {
        pack,
        a,
        b,
        comparison: c,
    } = *compared;
    let mut out = String::new();
    for line in wrap(&pack.title, WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    let label_width = width::widest([a.label, b.label], 20);
    for side in [a, b] {
        let label = format!("{}  ", width::pad(side.label, label_width));
        hanging(&mut out, side.what, &label, &" ".repeat(label_width + 2));
    }
    out.push('\n');
    let (ra, rb) = (a.recommendation, b.recommendation);
    hanging(
        &mut out,
        &words::verdict_move(pack, ra.verdict, rb.verdict),
        "",
        "",
    );
    let under = " ".repeat(label_width + 4);
    for side in [a, b] {
        let r = side.recommendation;
        let label = format!("  {}  ", width::pad(side.label, label_width));
        hanging(&mut out, &words::side_fits(pack, r), &label, &under);
        hanging(&mut out, &words::verdict_sentence(pack, r), &under, &under);
    }
    let _ = writeln!(out, "\n{}", words::WHAT_DIFFERS);
    if c.is_same() {
        hanging(&mut out, words::SAME_PROJECTS, "  ", "    ");
    }
    for change in &c.sliders {
        let t = &pack.sliders[change.slider];
        hanging(
            &mut out,
            &words::slider_move(t, change.a, change.b),
            "  ",
            "    ",
        );
    }
    for change in &c.numbers {
        hanging(&mut out, &words::number_move(pack, change), "  ", "    ");
    }
    out.push('\n');
    let heading = words::shares_moved_phrase(pack, c, a.label, b.label);
    hanging(&mut out, &format!("What moved: {heading}"), "", "");
    if c.shares.is_empty() {
        hanging(&mut out, words::NO_SHARE_MOVED, "  ", "    ");
    }
    for share in &c.shares {
        hanging(&mut out, &words::share_move(pack, c, share), "  ", "    ");
    }
    out
}

/// The comparison as a markdown section of its own.
pub fn compare_markdown(compared: &Compared) -> String {
    let Compared {
        pack,
        a,
        b,
        comparison: c,
    } = *compared;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&pack.title));
    out.push_str("## Two projects\n\n");
    for side in [a, b] {
        let _ = writeln!(out, "- **{}**: {}", inline(side.label), inline(side.what));
    }
    let (ra, rb) = (a.recommendation, b.recommendation);
    let _ = writeln!(
        out,
        "\n**{}.**\n",
        inline(&words::verdict_move(pack, ra.verdict, rb.verdict))
    );
    out.push_str("| Project | Verdict |");
    let mut rule = String::from("|---|---|");
    for option in &pack.options {
        let _ = write!(out, " {} fit |", inline(&option.name));
        rule.push_str("---:|");
    }
    let _ = writeln!(out, "\n{rule}");
    for side in [a, b] {
        let r = side.recommendation;
        let _ = write!(
            out,
            "| {} | {} |",
            inline(side.label),
            inline(&words::verdict_label(pack, r.verdict))
        );
        for option in 0..pack.options.len() {
            let _ = write!(out, " {} |", words::fit_number(r, option));
        }
        out.push('\n');
    }
    out.push('\n');
    for side in [a, b] {
        let _ = writeln!(
            out,
            "- {}: {}.",
            inline(side.label),
            inline(&words::verdict_sentence(pack, side.recommendation))
        );
    }
    let _ = writeln!(out, "\n## {}\n", words::WHAT_DIFFERS);
    if c.is_same() {
        let _ = writeln!(out, "{}", words::SAME_PROJECTS);
    }
    for change in &c.sliders {
        let t = &pack.sliders[change.slider];
        let said = words::slider_move(t, change.a, change.b);
        let _ = writeln!(out, "- {}", inline(&said));
    }
    for change in &c.numbers {
        let _ = writeln!(out, "- {}", inline(&words::number_move(pack, change)));
    }
    out.push_str("\n## What moved\n\n");
    let heading = words::shares_moved_phrase(pack, c, a.label, b.label);
    let _ = writeln!(out, "{}.\n", inline(&crate::textkit::capitalise(&heading)));
    if c.shares.is_empty() {
        let _ = writeln!(out, "{}", words::NO_SHARE_MOVED);
    }
    for share in &c.shares {
        let _ = writeln!(out, "- {}", inline(&words::share_move(pack, c, share)));
    }
    let _ = writeln!(
        out,
        "\n---\n\nFrom the article \"{}\". Fits from the stackcompare pack `{}`.",
        inline(&pack.title),
        pack.id
    );
    let _ = write!(out, "\n{}", receipt::stamp(pack));
    for side in [a, b] {
        let _ = write!(out, "\n{} alone, again:\n\n", inline(side.label));
        out.push_str(&receipt(pack, side).command_block("recommend"));
    }
    out.push_str(&receipt::content_note(pack));
    out
}

/// The comparison as one pretty-printed JSON object, ending in a newline.
pub fn compare_json(compared: &Compared) -> String {
    let Compared {
        pack,
        a,
        b,
        comparison: c,
    } = *compared;
    let sliders: Vec<Value> = c
        .sliders
        .iter()
        .map(|change| {
            json!({
                "slider": pack.sliders[change.slider].id,
                "a": change.a,
                "b": change.b,
            })
        })
        .collect();
    let numbers: Vec<Value> = c
        .numbers
        .iter()
        .map(|change| {
            json!({
                "factor": pack.factors[change.factor].id,
                "option": change.option.map(|o| pack.options[o].id.as_str()),
                "a": {"value": change.a, "by": by(change.a_yours)},
                "b": {"value": change.b, "by": by(change.b_yours)},
            })
        })
        .collect();
    let shares: Vec<Value> = c
        .shares
        .iter()
        .map(|share| {
            json!({
                "factor": pack.factors[share.factor].id,
                "a": share.a as f64 / a.recommendation.total.max(1) as f64,
                "b": share.b as f64 / b.recommendation.total.max(1) as f64,
                "moved": c.moved(share),
                "a_shown": c.a_tenths(share) as f64 / 10.0,
                "b_shown": c.b_tenths(share) as f64 / 10.0,
                "moved_shown": c.moved_tenths(share) as f64 / 10.0,
            })
        })
        .collect();
    let object = json!({
        "format": FORMAT,
        "pack": pack.id,
        "a": project(pack, a),
        "b": project(pack, b),
        "verdict_changed": a.recommendation.verdict != b.recommendation.verdict,
        "sliders": sliders,
        "numbers": numbers,
        "shares": {
            "leader": pack.options[c.leader].id,
            "runner_up": pack.options[c.runner_up].id,
            "moved": shares,
        },
    });
    let mut out = serde_json::to_string_pretty(&object).unwrap_or_default();
    out.push('\n');
    out
}

/// Who a number is by, as the recommendation's JSON says it.
fn by(yours: bool) -> &'static str {
    if yours { "reader" } else { "pack" }
}

fn project(pack: &Pack, side: Project) -> Value {
    let r = side.recommendation;
    let values: Map<String, Value> = pack
        .sliders
        .iter()
        .zip(&r.values)
        .map(|(t, value)| (t.id.clone(), json!(value)))
        .collect();
    let overrides = json::overrides(pack, side.engine.overrides());
    let scores = json::scores(pack, r);
    let verdict = json::verdict_with_lead(pack, r);
    json!({
        "label": side.label,
        "what": side.what,
        "values": values,
        "overrides": overrides,
        "scores": scores,
        "verdict": verdict,
        "receipt": receipt(pack, side).json(),
    })
}

/// What made one side: the pack, its values and the reader's numbers.
fn receipt<'a>(pack: &'a Pack, side: Project<'a>) -> Receipt<'a> {
    Receipt {
        pack,
        values: &side.recommendation.values,
        overrides: side.engine.overrides(),
    }
}
