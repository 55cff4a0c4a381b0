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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;
    use crate::engine::Engine;

    /// The embedded pack and its recommendation with `data_ai` at 10,
    /// where Python wins and its data rule applies.
    fn a_data_product() -> (Pack, Recommendation) {
        let pack = embedded();
        let mut values = pack.default_values();
        values[pack.slider_index("data_ai").unwrap()] = 10;
        let r = Engine::new(&pack).recommend(&values);
        (pack, r)
    }

    #[test]
    fn rules_that_share_a_sentence_are_one_line_naming_each_option_once() {
        let (mut pack, mut r) = a_data_product();
        let python = r.matching_rules[0];
        let node = pack.option_index("node").unwrap();
        // The same sentence, once more for Python and once for Node.js.
        let mut again = pack.rules[python].clone();
        pack.rules.push(again.clone());
        again.option = node;
        pack.rules.push(again);
        let (same, other) = (pack.rules.len() - 2, pack.rules.len() - 1);
        r.applying_rules = vec![python, same, other];
        // Python's matches and Node.js's does not: the line still matches.
        r.matching_rules = vec![python];
        r.outweighed.clear();
        let lines = rule_lines(&pack, &r);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].options, [pack.rules[python].option, node]);
        assert!(lines[0].matches);
        assert_eq!(lines[0].note, None);
    }

    #[test]
    fn an_outweighed_rule_says_each_pull_as_the_reasons_show_it() {
        let (pack, mut r) = a_data_product();
        let python = r.matching_rules[0];
        let strongest = r.reasons[0].clone();
        // A shown share that differs from the reason's own rounding.
        r.shown_shares[0] = 777;
        assert_ne!(r.tenths(strongest.share), 777);
        r.matching_rules.clear();
        r.outweighed = vec![Outweighed {
            rule: python,
            rival: strongest.against,
            strongest: vec![strongest],
        }];
        r.applying_rules = vec![python];
        let lines = rule_lines(&pack, &r);
        let note = lines[0].note.as_deref().unwrap();
        assert!(note.contains("(77.7)"), "{note}");
    }
}
