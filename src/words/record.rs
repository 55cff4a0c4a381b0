//! The decision record's own phrasing: its title, what it says of the
//! project, of each option and of what would change the verdict. The
//! verdict, the lead, how sure, the reasons and the rules are said as
//! everywhere else.

use super::{CLOSE_CALL, value_short, verdict_label};
use crate::content::{Pack, Slider};
use crate::engine::{Recommendation, Tip, Verdict};
use crate::textkit::capitalise;

/// A record the tool writes is a proposal until the team accepts it.
pub const STATUS: &str = "proposed";

/// The section headings, in the order the record has them.
pub const CONTEXT: &str = "Context and Problem Statement";
pub const DRIVERS: &str = "Decision Drivers";
pub const OPTIONS: &str = "Considered Options";
pub const OUTCOME: &str = "Decision Outcome";
pub const CONSEQUENCES: &str = "Consequences";
pub const RULES_APPLYING: &str = "The article's rules that apply";
pub const RULES: &str = "The article's rules";
pub const REVISIT: &str = "Revisit when";
pub const PEOPLE: &str = "The people";
pub const PROS_AND_CONS: &str = "Pros and Cons of the Options";
pub const MORE: &str = "More Information";

/// How many factors the drivers name before summing up the rest.
pub const DRIVERS_SHOWN: usize = 5;

/// "Python or Node.js", "Go, Python or Rust".
fn names_or(pack: &Pack, options: impl Iterator<Item = usize>) -> String {
    let names: Vec<&str> = options.map(|o| pack.options[o].name.as_str()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// " for the backend", when the pack says what is chosen.
fn for_the(pack: &Pack) -> String {
    pack.choosing
        .as_deref()
        .map(|what| format!(" for the {what}"))
        .unwrap_or_default()
}

/// The record's title: "Use Python for the backend"; on a close call,
/// "Python or Node.js for the backend: too close to call". Without the
/// pack's word for what is chosen, "Use Python".
pub fn record_title(pack: &Pack, verdict: Verdict) -> String {
    match verdict {
        Verdict::Winner(option) => format!("Use {}{}", pack.options[option].name, for_the(pack)),
        Verdict::CloseCall(options) => {
            format!(
                "{}{}: {CLOSE_CALL}",
                names_or(pack, options.iter()),
                for_the(pack)
            )
        }
    }
}

/// The question the record answers: "Which backend to use: Python or
/// Node.js?", or "Which to use: …" when the pack does not say.
pub fn question(pack: &Pack) -> String {
    let what = pack
        .choosing
        .as_deref()
        .map(|what| format!(" {what}"))
        .unwrap_or_default();
    format!(
        "Which{what} to use: {}?",
        names_or(pack, 0..pack.options.len())
    )
}

/// Where the weighing comes from: "We weighed them with the article “…”
/// by AxiomTech, as the stackcompare pack `python-vs-node` reads it." The
/// caller gives the three as they are to be shown (a link, a code span).
pub fn weighed_with(title: &str, publisher: &str, id: &str) -> String {
    format!(
        "We weighed them with the article “{title}” by {publisher}, as the stackcompare pack {id} reads it."
    )
}

/// Before the list of sliders.
pub const PROJECT_INTRO: &str = "Our project, as its sliders describe it:";

/// One slider of the project: "Touches data, ML or AI: 7/10"; a two-sided
/// one with the end it leans to: "Workload type: 8/10, toward Compute-heavy".
pub fn slider_said(t: &Slider, value: u32) -> String {
    let side = match (2 * value).cmp(&t.max) {
        _ if !t.is_two_sided() || t.is_toggle() => None,
        std::cmp::Ordering::Less => t.low.as_deref(),
        std::cmp::Ordering::Greater => t.high.as_deref(),
        std::cmp::Ordering::Equal => None,
    };
    let value = value_short(t, value);
    match side {
        Some(side) => format!("{}: {value}, toward {side}", t.label),
        None => format!("{}: {value}", t.label),
    }
}

/// Before the drivers: "The factors that count most for this project, by
/// importance (158 in all):".
pub fn drivers_intro(total: u64) -> String {
    format!("The factors that count most for this project, by importance ({total} in all):")
}

/// A factor's share of all importance, rounded down: "58%", "under 1%".
fn share_of(importance: u64, total: u64) -> String {
    match (100 * importance).checked_div(total) {
        Some(0) if importance > 0 => "under 1%".to_owned(),
        Some(share) => format!("{share}%"),
        None => "0%".to_owned(),
    }
}

/// One driver: "Data and AI: importance 28 (17%), 28 from “Touches data,
/// ML or AI”"; "Ecosystem: importance 92 (58%), its base weight; it rates
/// every option alike". `parts` are `importance_parts`; each part comes as
/// it is to be shown.
pub fn driver_phrase(
    factor: &str,
    importance: u64,
    total: u64,
    parts: &[String],
    alike: bool,
) -> String {
    let from = if parts.is_empty() {
        "its base weight".to_owned()
    } else {
        parts.join(" + ")
    };
    let alike = if alike {
        "; it rates every option alike"
    } else {
        ""
    };
    format!(
        "{factor}: importance {importance} ({}), {from}{alike}",
        share_of(importance, total)
    )
}

/// The drivers left out: "3 more factors, 9% of the importance together".
pub fn more_drivers(count: usize, importance: u64, total: u64) -> String {
    let noun = if count == 1 { "factor" } else { "factors" };
    format!(
        "{count} more {noun}, {} of the importance together",
        share_of(importance, total)
    )
}

/// The factors that count nothing: "Real time and Shared language count
/// for nothing in this project."
pub fn counting_nothing(factors: &[&str]) -> Option<String> {
    let (last, rest) = factors.split_last()?;
    let (names, verb) = if rest.is_empty() {
        ((*last).to_owned(), "counts")
    } else {
        (format!("{} and {last}", rest.join(", ")), "count")
    };
    Some(format!("{names} {verb} for nothing in this project."))
}

/// An option among those considered: "Python: fit 77 of 100".
pub fn option_fit(name: &str, fit: &str) -> String {
    format!("{name}: fit {fit} of 100")
}

/// The chosen option: "Chosen option: Python, fit 77 of 100; the
/// runner-up, Node.js, 63."
pub fn chosen_phrase(pack: &Pack, r: &Recommendation) -> String {
    format!(
        "Chosen option: {}, fit {} of 100; the runner-up, {}, {}.",
        pack.options[r.leader()].name,
        super::fit_number(r, r.leader()),
        pack.options[r.runner_up()].name,
        super::fit_number(r, r.runner_up())
    )
}

/// No option chosen: "No option is chosen: it is too close to call
/// between Python and Node.js."
pub fn unchosen_phrase(pack: &Pack, verdict: Verdict) -> String {
    format!(
        "No option is chosen: it is {}.",
        super::verdict_phrase(pack, verdict)
    )
}

/// Before the close-call text.
pub const THE_ARTICLE_SAYS: &str = "The article, on a call this close:";

/// Before what would settle a close call.
pub const SETTLED_BY: &str = "What would settle it, each slider alone, the others held:";

/// When no slider alone settles a close call.
pub const NOTHING_SETTLES: &str =
    "No slider alone settles it: the team decides, on what the record cannot weigh.";

/// Before the consequences of choosing the leader of a close call.
pub fn were_chosen(pack: &Pack, r: &Recommendation) -> String {
    format!(
        "Were {} chosen on its slim lead:",
        pack.options[r.leader()].name
    )
}

/// After the consequences: "Together they make Python's lead over
/// Node.js: 16.4 fit points."; "Python and Node.js fit equally well: the
/// shares cancel out."
pub fn lead_made(pack: &Pack, r: &Recommendation) -> String {
    let leader = &pack.options[r.leader()].name;
    let runner_up = &pack.options[r.runner_up()].name;
    if r.lead_tenths() == 0 {
        return format!("{leader} and {runner_up} fit equally well: the shares cancel out.");
    }
    let lead = super::lead_phrase(r, pack.close_call.margin);
    let unit = super::fit_points(&lead);
    format!("Together they make {leader}'s lead over {runner_up}: {lead} {unit}.")
}

/// A consequence, signed: "Good, because Data and AI favours Python
/// (+6.1 fit points; importance 28: 28 from “…”)". Each part comes as
/// it is to be shown (the factor in bold, say).
pub fn consequence(
    good: bool,
    factor: &str,
    favours: &str,
    signed: &str,
    importance: &str,
) -> String {
    let side = if good { "Good" } else { "Bad" };
    format!("{side}, because {factor} favours {favours} ({signed} fit points; {importance})")
}

/// Where a slider would change the verdict, as a condition: "If “Real-time
/// features” reaches 7/10", "falls to 3/10"; a toggle: "is turned on".
fn slider_condition(t: &Slider, above: bool, value: u32) -> String {
    let label = &t.label;
    if t.is_toggle() {
        let turned = if value >= 1 { "on" } else { "off" };
        return format!("If “{label}” is turned {turned}");
    }
    let moves = if above { "reaches" } else { "falls to" };
    format!("If “{label}” {moves} {}", value_short(t, value))
}

/// What a verdict would become: "the verdict becomes Node.js", "it
/// becomes too close to call"; for what only might be, "the verdict would
/// become Node.js".
fn becomes(pack: &Pack, verdict: Verdict, would: bool) -> String {
    let verb = if would { "would become" } else { "becomes" };
    let label = verdict_label(pack, verdict);
    match verdict {
        Verdict::Winner(_) => format!("the verdict {verb} {label}"),
        Verdict::CloseCall(_) => format!("it {verb} {label}"),
    }
}

/// A slider's tipping point as a reason to revisit: "If “Real-time
/// features” reaches 7/10, the verdict becomes Node.js."
pub fn revisit_slider(pack: &Pack, t: &Slider, above: bool, tip: Tip) -> String {
    format!(
        "{}, {}.",
        slider_condition(t, above, tip.value),
        becomes(pack, tip.verdict, false)
    )
}

/// What settles a close call: "If “Touches data, ML or AI” reaches 9/10:
/// Python."
pub fn settles(pack: &Pack, t: &Slider, above: bool, tip: Tip) -> String {
    format!(
        "{}: {}.",
        slider_condition(t, above, tip.value),
        verdict_label(pack, tip.verdict)
    )
}

/// A rating one step from changing the verdict: "If this pack's 10 for
/// Node.js on Real time were 9, it would become too close to call." `whose` is
/// "this pack's" or "your".
pub fn revisit_rating(
    pack: &Pack,
    (factor, option): (usize, usize),
    (whose, now): (&str, u32),
    tip: Tip,
) -> String {
    format!(
        "If {whose} {now} for {} on {} were {}, {}.",
        pack.options[option].name,
        pack.factors[factor].name,
        tip.value,
        becomes(pack, tip.verdict, true)
    )
}

/// A base weight one step from changing the verdict: "If Ecosystem's base
/// weight were 91 rather than 92, the verdict would become Python."
pub fn revisit_weight(pack: &Pack, factor: usize, now: u32, tip: Tip) -> String {
    format!(
        "If {}'s base weight were {} rather than {now}, {}.",
        pack.factors[factor].name,
        tip.value,
        becomes(pack, tip.verdict, true)
    )
}

/// Before the reasons to revisit.
pub const REVISIT_INTRO: &str =
    "Revisit this decision if one of these changes (each alone, the others held):";

/// A close call is revisited when what would settle it happens.
pub const CLOSE_REVISIT: &str =
    "Revisit it as soon as one of the changes that would settle it (above) comes true.";

/// The same, before the numbers one step from settling it.
pub const CLOSE_REVISIT_OR: &str = "Revisit it as soon as one of the changes that would settle it (above) comes true, or one of these (each alone, the others held):";

/// When nothing alone changes the verdict.
pub const NOTHING_REVISITS: &str = "No slider, rating or base weight alone changes the verdict from here: revisit it when the project changes in several ways at once.";

/// Before the people's views.
pub const PEOPLE_VIEWS: &str = "Each person's own verdict, from their own sliders:";

/// A person's view: "Lead: Python (Python 78 · Node.js 63)".
pub fn person_view(name: &str, verdict: &str, fits: &str) -> String {
    format!("{name}: {} ({fits})", capitalise(verdict))
}

/// The decision-makers, named.
pub fn deciders(names: &[&str]) -> String {
    let said = match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    };
    format!("Decision-makers: {said}")
}

/// The status line.
pub fn status_line() -> String {
    format!("Status: {STATUS}")
}

/// A factor an option is good or bad on: "Good: Data and AI (importance
/// 28), rated 10 (Node.js 3)"; each part as it is to be shown.
pub fn pro_con_head(
    good: bool,
    factor: &str,
    importance: u64,
    rating: &str,
    others: &str,
) -> String {
    let side = if good { "Good" } else { "Bad" };
    format!("{side}: {factor} (importance {importance}), rated {rating} ({others})")
}

/// Before the options' pros and cons.
pub const PROS_AND_CONS_INTRO: &str = "Each option on the factors that count here, where it is rated the best (good) or the worst (bad), with the article's words behind its rating.";

/// An option neither best nor worst on any factor that counts.
pub const NEITHER: &str = "Neither the best nor the worst on any factor that counts here.";

/// The close of the record: how the numbers are made.
pub fn made_from(fit_gloss: &str, pack_reading: &str) -> String {
    format!(
        "{}. {}. Each “…” marks where a quotation is cut from a longer sentence of the article.",
        capitalise(fit_gloss),
        capitalise(pack_reading)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;
    use crate::engine::Options;

    #[test]
    fn a_title_says_the_choice_in_the_packs_word() {
        let mut pack = embedded();
        assert_eq!(
            record_title(&pack, Verdict::Winner(0)),
            "Use Python for the backend"
        );
        let mut both = Options::default();
        both.insert(0);
        both.insert(1);
        assert_eq!(
            record_title(&pack, Verdict::CloseCall(both)),
            "Python or Node.js for the backend: too close to call"
        );
        assert_eq!(question(&pack), "Which backend to use: Python or Node.js?");
        pack.choosing = None;
        assert_eq!(record_title(&pack, Verdict::Winner(1)), "Use Node.js");
        assert_eq!(question(&pack), "Which to use: Python or Node.js?");
    }

    #[test]
    fn a_toggle_is_turned_and_a_slider_reaches_or_falls() {
        let pack = embedded();
        let toggle = &pack.sliders[pack.slider_index("one_language").unwrap()];
        let slider = &pack.sliders[pack.slider_index("realtime").unwrap()];
        let tip = Tip {
            value: 1,
            verdict: Verdict::Winner(1),
        };
        assert_eq!(
            revisit_slider(&pack, toggle, true, tip),
            "If “One language everywhere” is turned on, the verdict becomes Node.js."
        );
        assert_eq!(
            revisit_slider(&pack, slider, true, Tip { value: 7, ..tip }),
            "If “Real-time features” reaches 7/10, the verdict becomes Node.js."
        );
        assert_eq!(
            settles(&pack, slider, false, Tip { value: 3, ..tip }),
            "If “Real-time features” falls to 3/10: Node.js."
        );
    }

    #[test]
    fn a_slider_says_the_end_it_leans_to_and_a_toggle_only_on_or_off() {
        let mut pack = embedded();
        let workload = &pack.sliders[pack.slider_index("workload").unwrap()];
        assert_eq!(
            slider_said(workload, 8),
            "Workload type: 8/10, toward Compute-heavy"
        );
        assert_eq!(
            slider_said(workload, 1),
            "Workload type: 1/10, toward I/O-bound"
        );
        assert_eq!(slider_said(workload, 5), "Workload type: 5/10");
        // A toggle that names its ends is still only turned on or off.
        let one_language = pack.slider_index("one_language").unwrap();
        pack.sliders[one_language].low = Some("Separate languages".into());
        pack.sliders[one_language].high = Some("One stack".into());
        let toggle = &pack.sliders[one_language];
        assert!(toggle.is_two_sided());
        assert_eq!(slider_said(toggle, 1), "One language everywhere: on");
        assert_eq!(slider_said(toggle, 0), "One language everywhere: off");
    }

    #[test]
    fn a_base_weight_one_step_from_the_verdict_says_both_numbers() {
        let pack = embedded();
        let ecosystem = pack.factor_index("ecosystem").unwrap();
        let tip = Tip {
            value: 91,
            verdict: Verdict::Winner(0),
        };
        assert_eq!(
            revisit_weight(&pack, ecosystem, 92, tip),
            "If Ecosystem's base weight were 91 rather than 92, the verdict would become Python."
        );
    }

    #[test]
    fn shares_of_importance_round_down() {
        assert_eq!(share_of(92, 158), "58%");
        assert_eq!(share_of(1, 1000), "under 1%");
        assert_eq!(share_of(0, 0), "0%");
        assert_eq!(share_of(0, 158), "0%");
        assert_eq!(
            counting_nothing(&["Real time", "Shared language"]).as_deref(),
            Some("Real time and Shared language count for nothing in this project.")
        );
        assert_eq!(counting_nothing(&[]), None);
    }
}
