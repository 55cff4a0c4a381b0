//! Ratings and the words behind them, and each factor's share of a lead,
//! as the screen and the exports say them.

use super::{fit_number, fit_points, lead_phrase};
use crate::content::{Pack, Rating};
use crate::engine::{Added, Behind, End, Engine, Explanation, Recommendation};
use crate::textkit::{decimal, tenths, thousands};

/// What "fit" means, in one line.
pub const FIT_GLOSS: &str = "fit: how well each option serves what matters to this project, 0–100 (the average of its ratings, each factor weighted by its importance)";

/// What "nearby projects" are, in one line.
pub const NEARBY_GLOSS: &str =
    "nearby projects: every slider at most one step from its value, all at once";

/// Both glosses, short enough for the recommendation pane.
pub const SCREEN_GLOSS: &str =
    "fit: how well each option serves what matters here, 0–100 · nearby: every slider ±1 step";

/// Said wherever ratings are shown: they are the pack's reading.
pub const PACK_READING: &str =
    "ratings 0–10 are this pack's reading of the article's words, not the article's own numbers";

/// What a rating the article does not give is shown as.
const NOT_SAID: &str = "the article does not say; this pack's neutral reading";

/// Where a rating comes from: the article's words, nothing, or the slider
/// that gives it.
pub fn rating_source(pack: &Pack, factor: usize, option: usize) -> RatingSource<'_> {
    match &pack.factors[factor].ratings[option] {
        Rating::Quoted {
            basis, sentence, ..
        } => RatingSource::Basis {
            basis,
            sentence: sentence.and_then(|s| pack.sentences.get(s as usize).map(String::as_str)),
        },
        Rating::NotSaid => RatingSource::NotSaid,
        Rating::Slider(s) => RatingSource::Slider(&pack.sliders[*s].label),
    }
}

/// See `rating_source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingSource<'a> {
    /// A quotation from the article, and the whole sentence it stands in.
    Basis {
        basis: &'a str,
        sentence: Option<&'a str>,
    },
    /// The article says nothing of this option on this factor.
    NotSaid,
    /// The label of the slider whose value is the rating.
    Slider(&'a str),
}

impl<'a> RatingSource<'a> {
    /// "“…excels at input/output-heavy workloads…”", "the article does not
    /// say; …", or "your answer to “Team knows Python”".
    pub fn phrase(self) -> String {
        self.shown().0
    }

    /// The phrase, and the whole sentence when the basis is cut from it:
    /// worked out once, for the outputs that show both.
    pub fn shown(self) -> (String, Option<&'a str>) {
        match self {
            Self::Basis { basis, sentence } => {
                let (quote, cut) = cut_quote(basis, sentence);
                (format!("“{quote}”"), sentence.filter(|_| cut))
            }
            Self::NotSaid => (NOT_SAID.to_owned(), None),
            Self::Slider(label) => (format!("your answer to “{label}”"), None),
        }
    }

    /// The whole sentence, when the basis is cut from it.
    pub fn whole_sentence(self) -> Option<&'a str> {
        self.shown().1
    }
}

/// `basis` with "…" where it is cut from `sentence` (before it when words
/// of the sentence come first, after it when words follow; punctuation
/// alone is no cut), and whether it is cut at all.
pub fn cut_quote(basis: &str, sentence: Option<&str>) -> (String, bool) {
    let basis = crate::content::normalize_quotation(basis);
    let Some(sentence) = sentence else {
        return (basis, false);
    };
    let Some(at) = sentence.find(basis.as_str()) else {
        return (basis, false);
    };
    let words = |text: &str| text.chars().any(char::is_alphanumeric);
    let before = words(&sentence[..at]);
    let after = words(&sentence[at + basis.len()..]);
    let quote = format!(
        "{}{basis}{}",
        if before { "…" } else { "" },
        if after { "…" } else { "" }
    );
    (quote, before || after)
}

/// A share of a lead in tenths, signed: "+15" for the side it is about,
/// "−3.4" for the other.
pub fn signed_share(share_tenths: u64, for_leader: bool) -> String {
    let sign = if for_leader { '+' } else { '−' };
    format!("{sign}{}", tenths(share_tenths))
}

/// What the Why list is: "each factor's share of Python's lead over
/// Node.js, in fit points (+ for Python, − for Node.js)".
pub fn why_phrase(pack: &Pack, recommendation: &Recommendation) -> String {
    let leader = &pack.options[recommendation.leader()].name;
    let runner_up = &pack.options[recommendation.runner_up()].name;
    format!(
        "each factor's share of {leader}'s lead over {runner_up}, in fit points (+ for {leader}, − for {runner_up})"
    )
}

/// The sum of the signed shares, said as the verdict says the lead: "=
/// 11.1 fit points, Python's lead over Node.js"; "= 0: Python and Node.js
/// fit equally well".
pub fn lead_sum_phrase(pack: &Pack, recommendation: &Recommendation) -> String {
    let leader = &pack.options[recommendation.leader()].name;
    let runner_up = &pack.options[recommendation.runner_up()].name;
    if recommendation.lead_tenths() == 0 {
        return format!("= 0: {leader} and {runner_up} fit equally well");
    }
    let lead = lead_phrase(recommendation, pack.close_call.margin);
    let unit = fit_points(&lead);
    format!("= {lead} {unit}, {leader}'s lead over {runner_up}")
}

/// The reasons a list leaves out after its first `shown`, with what their
/// shares add up to, so the shares shown and this still add up to the lead:
/// "… and 3 more reasons, −0.4 together (the export lists them all)".
pub fn more_reasons_phrase(recommendation: &Recommendation, shown: usize) -> Option<String> {
    let left = recommendation.reasons.len().checked_sub(shown)?;
    if left == 0 {
        return None;
    }
    let rest = recommendation.shown_shares_from(shown);
    let together = signed_share(u64::try_from(rest.abs()).unwrap_or(u64::MAX), rest >= 0);
    let noun = if left == 1 { "reason" } else { "reasons" };
    Some(format!(
        "… and {} more {noun}, {together} together (the export lists them all)",
        thousands(left as u64)
    ))
}

/// Why an option behind the runner-up lost: "Go (fit 61): Python leads it
/// by 14.2; +8 Data and AI, +4 Real time".
pub fn behind_phrase(pack: &Pack, recommendation: &Recommendation, behind: &Behind) -> String {
    let r = recommendation;
    let gap = r.sums[r.leader()] - r.sums[behind.option];
    let mut phrase = format!(
        "{} (fit {}): {} leads it by {}",
        pack.options[behind.option].name,
        fit_number(r, behind.option),
        pack.options[r.leader()].name,
        tenths(r.tenths(100 * gap))
    );
    let parts: Vec<String> = behind
        .reasons
        .iter()
        .map(|reason| {
            format!(
                "{} {}",
                signed_share(r.tenths(reason.share), true),
                pack.factors[reason.factor].name
            )
        })
        .collect();
    if !parts.is_empty() {
        phrase.push_str("; ");
        phrase.push_str(&parts.join(", "));
    }
    phrase
}

/// What a slider adds to a factor's importance, said: "8 from “Touches
/// data, ML or AI”"; for a two-sided slider, the end that counts: "35 from
/// “Workload type” toward I/O-bound".
pub fn added_phrase(pack: &Pack, added: &Added) -> String {
    let t = &pack.sliders[added.slider];
    let end = match added.toward {
        Some(End::High) => t.high.as_deref(),
        Some(End::Low) => t.low.as_deref(),
        None => None,
    };
    match end {
        Some(end) => format!("{} from “{}” toward {end}", added.amount, t.label),
        None => format!("{} from “{}”", added.amount, t.label),
    }
}

/// "11 = 3 + 8 from “Touches data, ML or AI”" as parts: the weight (when
/// there is one, or it is the reader's: "5 (yours; the pack's: 3)") and
/// what each slider adds; empty when no slider adds and the weight is the
/// pack's.
pub fn importance_parts(pack: &Pack, explanation: &Explanation) -> Vec<String> {
    if explanation.raised_by.is_empty() && !explanation.weight_yours {
        return Vec::new();
    }
    let weight = if explanation.weight_yours {
        let packs = pack.factors.get(explanation.factor).map_or(0, |f| f.weight);
        Some(format!(
            "{} (yours; the pack's: {packs})",
            explanation.weight
        ))
    } else {
        (explanation.weight > 0).then(|| explanation.weight.to_string())
    };
    weight
        .into_iter()
        .chain(
            explanation
                .raised_by
                .iter()
                .map(|added| added_phrase(pack, added)),
        )
        .collect()
}

/// A reason as the exports and the screen tell it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasonDetail<'a> {
    pub factor: &'a str,
    /// The option it favours.
    pub favours: usize,
    /// Whether that is the leader (its share adds to the lead) or the
    /// runner-up (it takes from it).
    pub for_leader: bool,
    /// Its share of the lead, in tenths of a fit point.
    pub share_tenths: u64,
    pub importance: u64,
    /// The weight, then what each slider that raised its importance added:
    /// "3", "8 from “Touches data, ML or AI”"; empty when no slider adds.
    pub importance_parts: Vec<String>,
    /// (option, rating, where it comes from) for the favoured option, then the other.
    pub ratings: [(usize, f64, RatingSource<'a>); 2],
    /// For each of those, whose the rating is when it is the reader's:
    /// "yours: 7 · the pack's: 3".
    pub owners: [Option<String>; 2],
}

/// Everything the `index`th reason names: the factor, how much it counts
/// and which sliders made it count, both ratings and the words behind them,
/// as the engine explains them.
pub fn reason_detail<'a>(
    pack: &'a Pack,
    engine: &Engine,
    recommendation: &Recommendation,
    index: usize,
) -> ReasonDetail<'a> {
    let reason = &recommendation.reasons[index];
    let explanation = engine.explain(&recommendation.values, reason.factor);
    let rating = |option: usize| {
        (
            option,
            explanation.ratings[option].value,
            rating_source(pack, reason.factor, option),
        )
    };
    ReasonDetail {
        factor: &pack.factors[reason.factor].name,
        favours: reason.favours,
        for_leader: reason.favours == recommendation.leader(),
        share_tenths: recommendation
            .shown_shares
            .get(index)
            .copied()
            .unwrap_or_else(|| recommendation.tenths(reason.share)),
        importance: explanation.importance,
        importance_parts: importance_parts(pack, &explanation),
        ratings: [rating(reason.favours), rating(reason.against)],
        owners: [reason.favours, reason.against].map(|option| {
            super::rating_owner_phrase(pack, reason.factor, option, &explanation.ratings[option])
        }),
    }
}

impl ReasonDetail<'_> {
    /// "+15" or "−3.4".
    pub fn signed(&self) -> String {
        signed_share(self.share_tenths, self.for_leader)
    }

    /// The signed share and the factor, as the Why list starts a reason:
    /// "+6.1 Data and AI", "−3.6 Real time".
    pub fn head(&self) -> String {
        format!("{} {}", self.signed(), self.factor)
    }

    /// The option the factor favours, said after the head: "favours Node.js".
    pub fn favours_phrase(&self, pack: &Pack) -> String {
        format!("favours {}", pack.options[self.favours].name)
    }

    /// "importance 11: 3 + 8 from “Touches data, ML or AI”", or "importance 3".
    pub fn importance_phrase(&self) -> String {
        if self.importance_parts.is_empty() {
            return format!("importance {}", self.importance);
        }
        format!(
            "importance {}: {}",
            self.importance,
            self.importance_parts.join(" + ")
        )
    }

    /// "Python 10: “with no rival on that ground”" for each side; a rating
    /// of the reader's: "Node.js 7: yours: 7 · the pack's: 3 · “…”".
    pub fn rating_phrases(&self, pack: &Pack) -> [String; 2] {
        let mut owners = self.owners.clone().into_iter();
        self.ratings.map(|(option, value, source)| {
            let owner = owners
                .next()
                .flatten()
                .map(|owner| format!("{owner} · "))
                .unwrap_or_default();
            format!(
                "{} {}: {owner}{}",
                pack.options[option].name,
                decimal(value),
                source.phrase()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_quotation_shows_where_it_is_cut() {
        let sentence = Some("Data and AI: Python dominates; Node.js is secondary on that ground.");
        let cut = |basis: &str| cut_quote(basis, sentence).0;
        assert_eq!(
            cut("Node.js is secondary on that ground"),
            "…Node.js is secondary on that ground"
        );
        assert_eq!(cut("Python dominates"), "…Python dominates…");
        assert_eq!(
            cut("Data and AI: Python dominates"),
            "Data and AI: Python dominates…"
        );
        let whole = "Data and AI: Python dominates; Node.js is secondary on that ground";
        assert_eq!(cut_quote(whole, sentence), (whole.to_owned(), false));
        assert_eq!(cut_quote("a  b", None), ("a b".to_owned(), false));
    }

    #[test]
    fn shares_are_signed_by_their_side() {
        assert_eq!(signed_share(150, true), "+15");
        assert_eq!(signed_share(34, false), "−3.4");
    }

    /// The embedded pack with these sliders set, the others at their defaults.
    fn at(sets: &[(&str, u32)]) -> (Pack, Engine, Recommendation) {
        let pack = crate::content::embedded();
        let mut values: Vec<u32> = pack.sliders.iter().map(|t| t.default).collect();
        for &(id, value) in sets {
            values[pack.slider_index(id).unwrap()] = value;
        }
        let engine = Engine::new(&pack);
        let r = engine.recommend(&values);
        (pack, engine, r)
    }

    #[test]
    fn a_reason_for_the_runner_up_is_negative_and_says_whom_it_favours() {
        let (pack, engine, r) = at(&[
            ("data_ai", 3),
            ("realtime", 2),
            ("team_js", 6),
            ("team_python", 5),
        ]);
        let details: Vec<ReasonDetail> = (0..r.reasons.len())
            .map(|i| reason_detail(&pack, &engine, &r, i))
            .collect();
        let heads: Vec<String> = details.iter().map(ReasonDetail::head).collect();
        assert_eq!(
            heads,
            [
                "+6.1 Data and AI",
                "−3.6 Real time",
                "−1.8 Your team's knowledge"
            ]
        );
        assert_eq!(details[0].favours_phrase(&pack), "favours Python");
        assert_eq!(details[1].favours_phrase(&pack), "favours Node.js");
        assert_eq!(
            why_phrase(&pack, &r),
            "each factor's share of Python's lead over Node.js, in fit points (+ for Python, − for Node.js)"
        );
        assert_eq!(
            lead_sum_phrase(&pack, &r),
            "= 0.7 fit points, Python's lead over Node.js"
        );
    }

    #[test]
    fn the_reasons_left_out_say_what_they_add_up_to() {
        let (_, _, r) = at(&[
            ("data_ai", 3),
            ("realtime", 2),
            ("team_js", 6),
            ("team_python", 5),
        ]);
        assert_eq!(
            more_reasons_phrase(&r, 1).as_deref(),
            Some("… and 2 more reasons, −5.4 together (the export lists them all)")
        );
        assert_eq!(
            more_reasons_phrase(&r, 2).as_deref(),
            Some("… and 1 more reason, −1.8 together (the export lists them all)")
        );
        assert_eq!(more_reasons_phrase(&r, 3), None);
    }

    #[test]
    fn a_lead_at_the_margin_is_summed_as_the_verdict_says_it() {
        let (pack, _, tie) = at(&[]);
        assert_eq!(tie.lead_tenths(), 0);
        assert_eq!(
            lead_sum_phrase(&pack, &tie),
            "= 0: Python and Node.js fit equally well"
        );
    }

    #[test]
    fn importance_is_said_as_the_weight_and_what_each_slider_adds() {
        let (mut pack, engine, r) = at(&[("data_ai", 7)]);
        let data_ai = pack.factor_index("data-ai").unwrap();
        // A weight of 0 is not said: the slider's part is all of it.
        assert_eq!(
            importance_parts(&pack, &engine.explain(&r.values, data_ai)),
            ["28 from “Touches data, ML or AI”"]
        );
        pack.factors[data_ai].weight = 3;
        let explained = Engine::new(&pack).explain(&r.values, data_ai);
        assert_eq!(
            importance_parts(&pack, &explained),
            ["3", "28 from “Touches data, ML or AI”"]
        );
        // No slider adds and the weight is the pack's: nothing to say.
        let ecosystem = pack.factor_index("ecosystem").unwrap();
        assert!(importance_parts(&pack, &engine.explain(&r.values, ecosystem)).is_empty());
    }
}
