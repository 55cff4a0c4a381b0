//! The verdict as every output says it: one phrase for a winner ("Python")
//! and one for a close call ("too close to call between Python and
//! Node.js"), the shortenings of it a narrow screen picks from, the lead,
//! and the fits to the precision the lead needs.

use crate::content::Pack;
use crate::engine::{Options, Recommendation, Verdict};
use crate::textkit::{capitalise, tenths, tenths_fixed};

/// "too close to call", said the same way everywhere.
pub const CLOSE_CALL: &str = "too close to call";
/// Its shortening, for a screen too narrow for the whole of it.
pub const CLOSE_CALL_SHORT: &str = "too close";
/// What leads the verdict where it stands alone on a line.
const VERDICT: &str = "Verdict";

/// Fits are shown to a tenth when the lead is under this many fit points,
/// or the call is close: whole numbers could then differ by a point from the
/// lead said beside them ("75 vs 74" beside a lead of 1.6).
pub const TENTHS_BELOW_LEAD: u64 = 5;

/// "Python and Node.js", "Go, Python and Rust".
pub fn names(pack: &Pack, options: Options) -> String {
    let names: Vec<&str> = options
        .iter()
        .map(|o| pack.options[o].name.as_str())
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The verdict, whole: "Python", or "too close to call between Python and
/// Node.js".
pub fn verdict_phrase(pack: &Pack, verdict: Verdict) -> String {
    match verdict {
        Verdict::Winner(option) => pack.options[option].name.clone(),
        Verdict::CloseCall(options) => format!("{CLOSE_CALL} between {}", names(pack, options)),
    }
}

/// The verdict where the options are named beside it (a person's fits, a
/// tipping point): "Python", "too close to call"; with three or more
/// options, which of them: "too close to call between Go and Rust".
pub fn verdict_label(pack: &Pack, verdict: Verdict) -> String {
    match verdict {
        Verdict::CloseCall(_) if pack.options.len() <= 2 => CLOSE_CALL.into(),
        verdict => verdict_phrase(pack, verdict),
    }
}

/// The verdict on a line of its own: "Verdict: Python", "Verdict: too close
/// to call between Python and Node.js".
pub fn verdict_line(pack: &Pack, verdict: Verdict) -> String {
    format!("{VERDICT}: {}", verdict_phrase(pack, verdict))
}

/// The verdict as the start of a sentence: "Python", "Too close to call
/// between Python and Node.js".
pub fn verdict_heading(pack: &Pack, verdict: Verdict) -> String {
    match verdict {
        // An option's name is written as its pack writes it ("iOS", "npm").
        Verdict::Winner(_) => verdict_phrase(pack, verdict),
        Verdict::CloseCall(_) => capitalise(&verdict_phrase(pack, verdict)),
    }
}

/// The verdict from the longest way to say it to the shortest, for a
/// screen that shows the first that fits; each a shortening of the one
/// before: "Verdict: too close to call between Python and Node.js", "Too
/// close to call between Python and Node.js", "Too close to call", "Too
/// close".
pub fn verdict_forms(pack: &Pack, verdict: Verdict) -> Vec<String> {
    let mut forms = vec![verdict_line(pack, verdict), verdict_heading(pack, verdict)];
    if let Verdict::CloseCall(_) = verdict {
        forms.push(capitalise(CLOSE_CALL));
        forms.push(capitalise(CLOSE_CALL_SHORT));
    }
    forms
}

/// The leader's lead as people read it; a winner's lead is always said to be
/// over the margin, even where rounding to tenths says it equals it.
pub fn lead_phrase(recommendation: &Recommendation, margin: u32) -> String {
    let lead = recommendation.lead_tenths();
    if matches!(recommendation.verdict, Verdict::Winner(_)) && lead <= u64::from(margin) * 10 {
        return format!("just over {margin}");
    }
    tenths(lead)
}

/// "fit point" or "fit points", after a number as `lead_phrase` says it.
pub fn fit_points(said: &str) -> &'static str {
    if said == "1" {
        "fit point"
    } else {
        "fit points"
    }
}

/// One line on the verdict: "Python leads Node.js by 11.1 fit points (more
/// than the margin of 5)".
pub fn verdict_sentence(pack: &Pack, recommendation: &Recommendation) -> String {
    let margin = pack.close_call.margin;
    let leader = &pack.options[recommendation.leader()].name;
    let runner_up = &pack.options[recommendation.runner_up()].name;
    let lead = lead_phrase(recommendation, margin);
    let unit = fit_points(&lead);
    match recommendation.verdict {
        Verdict::Winner(_) => {
            format!(
                "{leader} leads {runner_up} by {lead} {unit} (more than the margin of {margin})"
            )
        }
        Verdict::CloseCall(options) if recommendation.lead_tenths() == 0 => format!(
            "{} fit equally well (a lead of at most {margin} is {CLOSE_CALL})",
            names(pack, options)
        ),
        Verdict::CloseCall(_) => format!(
            "{leader} leads {runner_up} by only {lead} {unit} (a lead of at most {margin} is {CLOSE_CALL})"
        ),
    }
}

/// Whether the fits are shown to a tenth: on a close call, or a lead under
/// `TENTHS_BELOW_LEAD`.
pub fn fits_in_tenths(recommendation: &Recommendation) -> bool {
    matches!(recommendation.verdict, Verdict::CloseCall(_))
        || recommendation.lead_tenths() < 10 * TENTHS_BELOW_LEAD
}

/// An option's fit as shown: "78", or to a tenth when the lead needs it,
/// "81.4" (the leader's and the runner-up's then differ by the lead shown).
pub fn fit_number(recommendation: &Recommendation, option: usize) -> String {
    if fits_in_tenths(recommendation) {
        tenths_fixed(recommendation.fit_tenths(option))
    } else {
        recommendation.fit_rounded(option).to_string()
    }
}

/// The columns a fit takes at most, as `fit_number` shows it: "100", "100.0".
pub fn fit_columns(recommendation: &Recommendation) -> usize {
    if fits_in_tenths(recommendation) { 5 } else { 3 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;
    use crate::engine::{Engine, Options};

    /// The embedded pack's values with `data_ai` set.
    fn at_data_ai(value: u32) -> Recommendation {
        let pack = embedded();
        let mut values: Vec<u32> = pack.sliders.iter().map(|t| t.default).collect();
        values[pack.slider_index("data_ai").unwrap()] = value;
        Engine::new(&pack).recommend(&values)
    }

    #[test]
    fn a_close_call_is_one_phrase_and_its_shortenings() {
        let pack = embedded();
        let mut both = Options::default();
        both.insert(0);
        both.insert(1);
        let close = Verdict::CloseCall(both);
        assert_eq!(
            verdict_forms(&pack, close),
            [
                "Verdict: too close to call between Python and Node.js",
                "Too close to call between Python and Node.js",
                "Too close to call",
                "Too close",
            ]
        );
        assert_eq!(
            verdict_phrase(&pack, close),
            "too close to call between Python and Node.js"
        );
        // Two options: the names stand beside it, so it is said alone.
        assert_eq!(verdict_label(&pack, close), "too close to call");
    }

    #[test]
    fn a_winner_is_its_name() {
        let pack = embedded();
        let winner = Verdict::Winner(1);
        assert_eq!(
            verdict_forms(&pack, winner),
            ["Verdict: Node.js", "Node.js"]
        );
        assert_eq!(verdict_heading(&pack, winner), "Node.js");
        assert_eq!(verdict_label(&pack, winner), "Node.js");
    }

    #[test]
    fn fits_are_shown_to_a_tenth_when_the_call_is_close() {
        let close = at_data_ai(3);
        assert!(matches!(close.verdict, Verdict::CloseCall(_)));
        let (leader, runner_up) = (close.leader(), close.runner_up());
        let shown = |o| fit_number(&close, o);
        assert!(shown(leader).contains('.') && shown(runner_up).contains('.'));
        let gap = close.fit_tenths(leader) - close.fit_tenths(runner_up);
        assert_eq!(gap, close.lead_tenths());
        assert_eq!(fit_columns(&close), 5);
        let clear = at_data_ai(10);
        assert!(matches!(clear.verdict, Verdict::Winner(_)));
        assert_eq!(
            fit_number(&clear, clear.leader()),
            clear.fit_rounded(clear.leader()).to_string()
        );
        assert_eq!(fit_columns(&clear), 3);
    }

    /// A clear verdict whose lead is `lead` tenths of a fit point.
    fn winner_by(lead: i128) -> Recommendation {
        let mut r = at_data_ai(10);
        assert!(matches!(r.verdict, Verdict::Winner(_)));
        r.total = 1000;
        let (leader, runner_up) = (r.leader(), r.runner_up());
        r.sums[leader] = 700;
        r.sums[runner_up] = 700 - lead;
        r
    }

    #[test]
    fn fits_are_shown_to_a_tenth_below_a_lead_of_five() {
        assert_eq!(winner_by(49).lead_tenths(), 49);
        assert!(fits_in_tenths(&winner_by(49)));
        assert!(!fits_in_tenths(&winner_by(50)));
        assert!(!fits_in_tenths(&winner_by(120)));
    }

    #[test]
    fn a_winners_lead_is_over_the_margin_even_where_rounding_says_it_equals_it() {
        assert_eq!(lead_phrase(&winner_by(50), 5), "just over 5");
        assert_eq!(lead_phrase(&winner_by(51), 5), "5.1");
        assert_eq!(lead_phrase(&winner_by(111), 5), "11.1");
    }

    #[test]
    fn a_close_call_among_three_names_its_options() {
        let mut pack = embedded();
        let mut third = pack.options[1].clone();
        third.name = "Go".into();
        pack.options.push(third);
        let mut two = Options::default();
        two.insert(1);
        two.insert(2);
        assert_eq!(
            verdict_label(&pack, Verdict::CloseCall(two)),
            "too close to call between Node.js and Go"
        );
    }

    #[test]
    fn a_lead_of_one_is_one_fit_point() {
        assert_eq!(fit_points("1"), "fit point");
        assert_eq!(fit_points("1.5"), "fit points");
        assert_eq!(fit_points("just over 10"), "fit points");
    }
}
