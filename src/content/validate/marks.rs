//! Marks: the judgements `stackcompare draft` leaves to the author, written
//! as `decide: "the question"` where the judgement goes. Each is an error
//! ("rating to decide: how does X fare on Y?") at its place, so `check` is
//! the author's to-do list and a draft never passes by accident. Where a
//! mark stands, the error its missing value would also cause (no rating, no
//! `when`, no close-call text) is not reported twice.

use super::Problems;
use crate::content::raw::PackFile;

/// What a mark on each kind of entry asks for, as the message begins.
pub const RATING: &str = "rating";
pub const RULE: &str = "rule";
pub const SLIDER: &str = "slider";
pub const OPTION: &str = "option";
pub const CLOSE_CALL: &str = "close call";
pub const SOURCE: &str = "source";

/// The message for a mark: "rating to decide: how does X fare on Y?".
pub fn message(what: &str, question: &str) -> String {
    let question = question.trim();
    if question.is_empty() {
        format!("{what} to decide (remove `decide` once it is)")
    } else {
        format!("{what} to decide: {question}")
    }
}

/// Report every mark in the pack.
pub(super) fn check(pack: &PackFile, problems: &mut Problems) {
    // The path is written only for a mark that is there.
    let mut mark = |path: &dyn Fn() -> String, what: &str, question: &Option<String>| {
        if let Some(question) = question {
            problems.add(path, || message(what, question));
        }
    };
    mark(&|| "source.decide".into(), SOURCE, &pack.source.decide);
    for (i, option) in pack.options.iter().enumerate() {
        mark(&|| format!("options.{i}.decide"), OPTION, &option.decide);
    }
    for (i, factor) in pack.factors.iter().enumerate() {
        for (option, rating) in &factor.ratings {
            mark(
                &|| format!("factors.{i}.ratings.{option}.decide"),
                RATING,
                &rating.decide,
            );
        }
    }
    for (i, slider) in pack.sliders.iter().enumerate() {
        mark(&|| format!("traits.{i}.decide"), SLIDER, &slider.decide);
    }
    for (i, rule) in pack.rules.iter().enumerate() {
        mark(&|| format!("rules.{i}.decide"), RULE, &rule.decide);
    }
    mark(
        &|| "close_call.decide".into(),
        CLOSE_CALL,
        &pack.close_call.decide,
    );
}
