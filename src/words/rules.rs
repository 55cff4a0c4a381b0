//! The article's rules that apply, and the close-call text, as every output
//! says them: each sentence once, and a rule that points away from the
//! verdict says so, with the lead that keeps it from the verdict.

use crate::content::Pack;
use crate::engine::{Outweighed, Recommendation, Verdict};

use super::verdict_label;
use crate::textkit::tenths;

/// One sentence of the article's rules that applies here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleLine<'a> {
    /// The options it points to: one, unless rules for several options
    /// share the sentence and apply together.
    pub options: Vec<usize>,
    pub text: &'a str,
    /// It points to the verdict.
    pub matches: bool,
    /// When it points away from the verdict: why the weighing says otherwise.
    pub note: Option<String>,
}

impl RuleLine<'_> {
    /// "Python: “choose Python if …”".
    pub fn said(&self, pack: &Pack) -> String {
        let options: Vec<&str> = self
            .options
            .iter()
            .map(|&o| pack.options[o].name.as_str())
            .collect();
        format!("{}: “{}”", options.join(", "), self.text)
    }
}

/// The rules that apply, one line per sentence, in the pack's order.
pub fn rule_lines<'a>(pack: &'a Pack, r: &Recommendation) -> Vec<RuleLine<'a>> {
    let mut lines: Vec<RuleLine> = Vec::new();
    for &index in &r.applying_rules {
        let rule = &pack.rules[index];
        let text = rule.text.trim();
        let matches = r.matching_rules.contains(&index);
        let note = r
            .outweighed
            .iter()
            .find(|o| o.rule == index)
            .map(|o| outweighed_phrase(pack, r, o));
        match lines.iter_mut().find(|line| line.text == text) {
            Some(line) => {
                if !line.options.contains(&rule.option) {
                    line.options.push(rule.option);
                }
                line.matches |= matches;
                if line.matches {
                    line.note = None;
                } else if line.note.is_none() {
                    line.note = note;
                }
            }
            None => lines.push(RuleLine {
                options: vec![rule.option],
                text,
                matches,
                note,
            }),
        }
    }
    // Rules outweighed for one reason say it once, after the last of them.
    for n in 1..lines.len() {
        if lines[n].note.is_some() && lines[n].note == lines[n - 1].note {
            lines[n - 1].note = None;
            if let Some(note) = &mut lines[n].note {
                *note = note.replacen(ONE_RULE, SEVERAL_RULES, 1);
            }
        }
    }
    lines
}

const ONE_RULE: &str = "The article's rule points to";
const SEVERAL_RULES: &str = "The article's rules above point to";

/// What to say when no rule applies.
pub fn no_rule_phrase(r: &Recommendation) -> &'static str {
    match r.verdict {
        Verdict::Winner(_) => {
            "None of the article's rules applies to this project; the verdict rests on the reasons above."
        }
        Verdict::CloseCall(_) => "None of the article's rules applies to this project.",
    }
}

/// "The article's rule points to Python; the weighing says Node.js:
/// Node.js leads Python by 12.3 fit points, most of all on “Real time”
/// (15.1)": what the numbers are, not a cause they cannot show.
fn outweighed_phrase(pack: &Pack, r: &Recommendation, outweighed: &Outweighed) -> String {
    let rule_option = pack.rules[outweighed.rule].option;
    let option = &pack.options[rule_option].name;
    let rival = &pack.options[outweighed.rival].name;
    let says = verdict_label(pack, r.verdict);
    let head = format!("{ONE_RULE} {option}; the weighing says {says}");
    let pulls: Vec<String> = outweighed
        .strongest
        .iter()
        .map(|reason| {
            format!(
                "“{}” ({})",
                pack.factors[reason.factor].name,
                tenths(shown_share(r, reason))
            )
        })
        .collect();
    let pulls = match pulls.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    };
    let gap = r.sums[rule_option] - r.sums[outweighed.rival];
    let by = tenths(r.tenths(100 * gap.abs()));
    match (gap.signum(), pulls.is_empty()) {
        (1, true) => format!(
            "{head}: {option} leads {rival} by only {by} fit points, within the margin of {}.",
            pack.close_call.margin
        ),
        (1, false) => format!(
            "{head}: {option} leads {rival} by only {by} fit points, within the margin of {}, with {pulls} for {rival}.",
            pack.close_call.margin
        ),
        (0, true) => format!("{head}: {option} and {rival} fit equally well."),
        (0, false) => {
            format!("{head}: {option} and {rival} fit equally well, with {pulls} for {rival}.")
        }
        (_, true) => format!("{head}: {rival} leads {option} by {by} fit points."),
        (_, false) => {
            format!("{head}: {rival} leads {option} by {by} fit points, most of all on {pulls}.")
        }
    }
}

/// A factor's share in tenths as the reasons show it, when it is one of
/// them; else rounded on its own.
fn shown_share(r: &Recommendation, reason: &crate::engine::Reason) -> u64 {
    r.reasons
        .iter()
        .position(|shown| shown.factor == reason.factor && shown.favours == reason.favours)
        .and_then(|at| r.shown_shares.get(at).copied())
        .unwrap_or_else(|| r.tenths(reason.share))
}

/// The article's words for this close call, when one of its close-call
/// texts holds.
pub fn close_text<'a>(pack: &'a Pack, r: &Recommendation) -> Option<&'a str> {
    let index = r.close_text?;
    pack.close_call
        .texts
        .get(index)
        .map(|text| text.text.trim())
}
