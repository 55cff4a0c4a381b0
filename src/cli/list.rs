//! `list`: the pack's options, factors and sliders with their ids.

use std::fmt::Write;

use crate::content::Pack;
use crate::words::{self, width, wrap};

/// Options, factors and sliders with their ids, ranges and defaults.
pub fn list(pack: &Pack) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  ({})\n", pack.title, pack.id);
    options(&mut out, pack);
    factors(&mut out, pack);
    sliders(&mut out, pack);
    out
}

fn options(out: &mut String, pack: &Pack) {
    out.push_str("OPTIONS\n");
    let id_width = width::widest(pack.options.iter().map(|o| o.id.as_str()), usize::MAX);
    for option in &pack.options {
        let _ = writeln!(
            out,
            "  {}  {} — {}",
            width::pad(&option.id, id_width),
            option.name,
            option.tagline
        );
    }
}

fn factors(out: &mut String, pack: &Pack) {
    out.push_str("\nFACTORS (weight; ratings 0–10, this pack's reading of the article)\n");
    let id_width = width::widest(pack.factors.iter().map(|f| f.id.as_str()), 32);
    for (f, factor) in pack.factors.iter().enumerate() {
        let ratings: Vec<String> = pack
            .options
            .iter()
            .enumerate()
            .map(|(o, option)| match words::rating_source(pack, f, o) {
                words::RatingSource::Slider(_) => format!("{} by slider", option.id),
                words::RatingSource::Basis(_) => format!(
                    "{} {}",
                    option.id,
                    words::decimal(words::rating_value(pack, &[], f, o))
                ),
            })
            .collect();
        let prefix = format!("  {}  ", width::pad(&factor.id, id_width));
        let text = format!(
            "{} (weight {})  [{}]",
            factor.name,
            factor.weight,
            ratings.join(", ")
        );
        hanging(out, &prefix, &text);
    }
}

fn sliders(out: &mut String, pack: &Pack) {
    out.push_str("\nSLIDERS (--set ID=VALUE)\n");
    let id_width = width::widest(pack.traits.iter().map(|t| t.id.as_str()), 32);
    for t in &pack.traits {
        let range = if t.is_toggle() {
            "off / on".to_owned()
        } else {
            format!("0–{}", t.max)
        };
        let mut ends = String::new();
        if t.low.is_some() || t.high.is_some() {
            let _ = write!(
                ends,
                " (0 = {}, {} = {})",
                t.low.as_deref().unwrap_or("low"),
                t.max,
                t.high.as_deref().unwrap_or("high")
            );
        }
        let prefix = format!(
            "  {}  {}  default {}  ",
            width::pad(&t.id, id_width),
            width::pad(&range, 8),
            width::pad(&words::value_word(t, t.default), 3)
        );
        hanging(out, &prefix, &format!("{}{ends}", t.label));
    }
}

/// `text` after `prefix`, wrapped to 80 columns, continuing under itself.
fn hanging(out: &mut String, prefix: &str, text: &str) {
    let indent = width::width(prefix);
    let room = 80usize.saturating_sub(indent).max(20);
    for (index, line) in wrap(text, room).iter().enumerate() {
        let lead = if index == 0 {
            prefix.to_owned()
        } else {
            " ".repeat(indent)
        };
        let _ = writeln!(out, "{lead}{line}");
    }
}
