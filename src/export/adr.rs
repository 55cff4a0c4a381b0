//! The decision record (MADR-style): the recommendation written the way a
//! team files a decision beside its code. Pure and deterministic: no date,
//! which the team adds when it accepts the record.

mod blocks;

use blocks::Blocks;

use super::markdown::{inline, source};
use super::{Deciding, Summary};
use crate::content::Pack;
use crate::engine::{Engine, Explanation, Recommendation, Verdict, one_step_off};
use crate::group::Group;
use crate::textkit::{capitalise, decimal};
use crate::words::{self, record};

/// The record for these values. Same pack and values, same bytes.
pub fn to_adr(summary: &Summary) -> String {
    let Summary {
        pack,
        ref engine,
        recommendation: r,
        group,
        ..
    } = *summary;
    let explained: Vec<Explanation> = (0..pack.factors.len())
        .map(|f| engine.explain(&r.values, f))
        .collect();
    let mut doc = Blocks::default();
    doc.heading(1, &inline(&record::record_title(pack, r.verdict)));
    let mut status = vec![record::status_line()];
    if let Some(group) = group {
        let names: Vec<&str> = group.people.iter().map(|p| p.name.as_str()).collect();
        status.push(record::deciders(&names));
    }
    doc.list(status.iter().map(|line| inline(line)));
    context(&mut doc, pack, engine, r, group.is_some());
    drivers(&mut doc, pack, r, &explained);
    doc.heading(2, record::OPTIONS);
    doc.list(r.ranking.iter().map(|&o| {
        inline(&record::option_fit(
            &pack.options[o].name,
            &words::fit_number(r, o),
        ))
    }));
    outcome(&mut doc, summary);
    consequences(&mut doc, pack, engine, r);
    rules(&mut doc, pack, r);
    revisit(&mut doc, summary);
    if let Some(group) = group {
        people(&mut doc, pack, group);
    }
    pros_and_cons(&mut doc, pack, r, &explained);
    doc.heading(2, record::MORE);
    doc.paragraph(&inline(&record::made_from(
        words::FIT_GLOSS,
        words::PACK_READING,
    )));
    let command = "export --format adr";
    doc.verbatim(&summary.receipt().markdown(command, group.is_some()));
    doc.finish()
}

/// The question, where the weighing comes from, the project's sliders, and
/// the reader's own numbers when there are any.
fn context(doc: &mut Blocks, pack: &Pack, engine: &Engine, r: &Recommendation, group: bool) {
    doc.heading(2, record::CONTEXT);
    // The words around them are plain: the title, the link and the code
    // span go in as markdown.
    let weighed = record::weighed_with(
        &inline(&pack.title),
        &source(pack),
        &format!("`{}`", pack.id),
    );
    doc.paragraph(&format!("{} {weighed}", inline(&record::question(pack))));
    doc.paragraph(record::PROJECT_INTRO);
    doc.list(
        pack.sliders
            .iter()
            .zip(&r.values)
            .map(|(t, &value)| inline(&record::slider_said(t, value))),
    );
    if group {
        doc.paragraph(words::GROUP_INTRO);
    }
    let overrides = engine.overrides();
    if let Some(headline) = words::overrides_headline(overrides) {
        doc.paragraph(&format!("{}:", inline(&headline)));
        doc.list(
            words::override_lines(pack, overrides)
                .iter()
                .map(|line| inline(line)),
        );
    }
}

/// The factors that count most, with their importance and where it comes
/// from; the rest summed up; those that count nothing named.
fn drivers(doc: &mut Blocks, pack: &Pack, r: &Recommendation, explained: &[Explanation]) {
    doc.heading(2, record::DRIVERS);
    let total: u64 = r.importance.iter().sum();
    let counting = by_importance(r);
    doc.paragraph(&record::drivers_intro(total));
    let mut items: Vec<String> = counting
        .iter()
        .take(record::DRIVERS_SHOWN)
        .map(|&f| {
            let e = &explained[f];
            let alike = e.ratings.windows(2).all(|w| w[0].value == w[1].value);
            let parts: Vec<String> = words::importance_parts(pack, e)
                .iter()
                .map(|part| inline(part))
                .collect();
            record::driver_phrase(
                &strong(&pack.factors[f].name),
                e.importance,
                total,
                &parts,
                alike,
            )
        })
        .collect();
    let rest = &counting[counting.len().min(record::DRIVERS_SHOWN)..];
    if !rest.is_empty() {
        let importance = rest.iter().map(|&f| r.importance[f]).sum();
        items.push(inline(&record::more_drivers(rest.len(), importance, total)));
    }
    doc.list(items);
    let nothing: Vec<&str> = (0..pack.factors.len())
        .filter(|&f| r.importance[f] == 0)
        .map(|f| pack.factors[f].name.as_str())
        .collect();
    if let Some(sentence) = record::counting_nothing(&nothing) {
        doc.paragraph(&inline(&sentence));
    }
}

/// The factors that count, most important first (ties in pack order).
fn by_importance(r: &Recommendation) -> Vec<usize> {
    let mut counting: Vec<usize> = (0..r.importance.len())
        .filter(|&f| r.importance[f] > 0)
        .collect();
    counting.sort_by_key(|&f| std::cmp::Reverse(r.importance[f]));
    counting
}

/// The chosen option with its fit, lead and how sure; on a close call, that
/// none is chosen, the article's words for it, and what would settle it.
fn outcome(doc: &mut Blocks, summary: &Summary) {
    let (pack, r) = (summary.pack, summary.recommendation);
    doc.heading(2, record::OUTCOME);
    let lead = format!("{}.", words::verdict_sentence(pack, r));
    let sure = words::robustness_sentence(r.verdict, summary.robustness);
    let head = match r.verdict {
        Verdict::Winner(_) => record::chosen_phrase(pack, r),
        Verdict::CloseCall(_) => record::unchosen_phrase(pack, r.verdict),
    };
    doc.paragraph(&inline(&format!("{head} {lead} {sure}")));
    let deciding = Deciding::of(summary);
    if let Some(fragile) =
        words::fragile_phrase(pack, summary.engine.overrides(), &deciding.one_step_off())
    {
        doc.paragraph(&format!("{}.", inline(&capitalise(&fragile))));
    }
    if !matches!(r.verdict, Verdict::CloseCall(_)) {
        return;
    }
    if let Some(text) = words::close_text(pack, r) {
        doc.paragraph(record::THE_ARTICLE_SAYS);
        doc.quote(&inline(&format!("“{text}”")));
    }
    let settling = slider_tips(pack, r, record::settles);
    if settling.is_empty() {
        doc.paragraph(record::NOTHING_SETTLES);
    } else {
        doc.paragraph(record::SETTLED_BY);
        doc.list(settling.iter().map(|line| inline(line)));
    }
}

/// Every slider's tipping points, below then above, said by `say`.
fn slider_tips(
    pack: &Pack,
    r: &Recommendation,
    say: fn(&Pack, &crate::content::Slider, bool, crate::engine::Tip) -> String,
) -> Vec<String> {
    let mut said = Vec::new();
    for tips in &r.tipping_points {
        let t = &pack.sliders[tips.slider_index];
        if let Some(tip) = tips.below {
            said.push(say(pack, t, false, tip));
        }
        if let Some(tip) = tips.above {
            said.push(say(pack, t, true, tip));
        }
    }
    said
}

/// The reasons, signed: good for the chosen option (or the leader of a
/// close call), bad where the runner-up is better.
fn consequences(doc: &mut Blocks, pack: &Pack, engine: &Engine, r: &Recommendation) {
    doc.heading(3, record::CONSEQUENCES);
    if r.reasons.is_empty() {
        doc.paragraph(words::NO_REASONS);
        return;
    }
    if let Verdict::CloseCall(_) = r.verdict {
        doc.paragraph(&inline(&record::were_chosen(pack, r)));
    }
    doc.list((0..r.reasons.len()).map(|index| {
        let detail = words::reason_detail(pack, engine, r, index);
        record::consequence(
            detail.for_leader,
            &strong(detail.factor),
            &inline(&pack.options[detail.favours].name),
            &detail.signed(),
            &inline(&detail.importance_phrase()),
        )
    }));
    doc.paragraph(&inline(&record::lead_made(pack, r)));
}

/// The article's rules whose condition holds, each with the options it
/// points to, and why the weighing says otherwise when it does.
fn rules(doc: &mut Blocks, pack: &Pack, r: &Recommendation) {
    if pack.rules.is_empty() {
        return;
    }
    let lines = words::rule_lines(pack, r);
    if lines.is_empty() {
        doc.heading(2, record::RULES);
        doc.paragraph(&inline(words::no_rule_phrase(r)));
        return;
    }
    doc.heading(2, record::RULES_APPLYING);
    let items: Vec<(String, Option<String>)> = lines
        .iter()
        .map(|line| (inline(&line.said(pack)), line.note.as_deref().map(inline)))
        .collect();
    doc.list_with_notes(&items);
}

/// What would change the verdict: each slider's tipping points, and the
/// ratings and base weights one step from it.
fn revisit(doc: &mut Blocks, summary: &Summary) {
    let (pack, r) = (summary.pack, summary.recommendation);
    let overrides = summary.engine.overrides();
    doc.heading(2, record::REVISIT);
    let deciding = Deciding::of(summary);
    let mut items = match r.verdict {
        // A close call's tipping points are what would settle it, above.
        Verdict::CloseCall(_) => Vec::new(),
        Verdict::Winner(_) => slider_tips(pack, r, record::revisit_slider),
    };
    for tip in one_step_off(&deciding.ratings) {
        let whose = if overrides.rating(tip.factor, tip.option).is_some() {
            "your"
        } else {
            "this pack's"
        };
        let next = [tip.above, tip.below]
            .into_iter()
            .flatten()
            .find(|next| next.value.abs_diff(tip.rating) == 1);
        if let Some(next) = next {
            items.push(record::revisit_rating(
                pack,
                (tip.factor, tip.option),
                (whose, tip.rating),
                next,
            ));
        }
    }
    for tip in &deciding.weights {
        let next = [tip.above, tip.below]
            .into_iter()
            .flatten()
            .find(|next| next.value.abs_diff(tip.weight) == 1);
        if let Some(next) = next {
            items.push(record::revisit_weight(pack, tip.factor, tip.weight, next));
        }
    }
    match (items.is_empty(), r.verdict) {
        (true, Verdict::CloseCall(_)) => doc.paragraph(record::CLOSE_REVISIT),
        (true, Verdict::Winner(_)) => doc.paragraph(record::NOTHING_REVISITS),
        (false, verdict) => {
            doc.paragraph(match verdict {
                Verdict::CloseCall(_) => record::CLOSE_REVISIT_OR,
                Verdict::Winner(_) => record::REVISIT_INTRO,
            });
            doc.list(items.iter().map(|line| inline(line)));
        }
    }
}

/// The group: each person's verdict and fits, and where they disagree most.
fn people(doc: &mut Blocks, pack: &Pack, group: &Group) {
    doc.heading(2, record::PEOPLE);
    doc.paragraph(record::PEOPLE_VIEWS);
    doc.list(
        group
            .people
            .iter()
            .zip(&group.recommendations)
            .map(|(person, r)| {
                inline(&record::person_view(
                    &person.name,
                    &words::verdict_label(pack, r.verdict),
                    &words::person_fits(pack, r),
                ))
            }),
    );
    if group.disagreements.is_empty() {
        doc.paragraph(words::AGREED);
        return;
    }
    doc.paragraph(words::DISAGREE_MOST);
    doc.list(group.disagreements.iter().map(|d| {
        inline(&format!(
            "{} ({}): {}",
            pack.sliders[d.slider].label,
            words::spread_phrase(pack, d),
            words::people_values(pack, group, d.slider, usize::MAX)
        ))
    }));
}

/// Each option, the factors that count on which it is the best and the
/// worst, with the article's words behind its rating.
fn pros_and_cons(doc: &mut Blocks, pack: &Pack, r: &Recommendation, explained: &[Explanation]) {
    doc.heading(2, record::PROS_AND_CONS);
    doc.paragraph(record::PROS_AND_CONS_INTRO);
    let counting = by_importance(r);
    for &option in &r.ranking {
        doc.heading(3, &inline(&pack.options[option].name));
        let mut items = Vec::new();
        for good in [true, false] {
            for &f in &counting {
                let ratings = &explained[f].ratings;
                let value = ratings[option].value;
                let others: Vec<f64> = (0..ratings.len())
                    .filter(|&o| o != option)
                    .map(|o| ratings[o].value)
                    .collect();
                let (best, worst) = others
                    .iter()
                    .fold((f64::MIN, f64::MAX), |(b, w), &v| (b.max(v), w.min(v)));
                let side = if good {
                    value >= best && value > worst
                } else {
                    value <= worst && value < best
                };
                if !side {
                    continue;
                }
                let said: Vec<String> = (0..ratings.len())
                    .filter(|&o| o != option)
                    .map(|o| {
                        let name = inline(&pack.options[o].name);
                        format!("{name} {}", decimal(ratings[o].value))
                    })
                    .collect();
                let head = record::pro_con_head(
                    good,
                    &strong(&pack.factors[f].name),
                    r.importance[f],
                    &decimal(value),
                    &said.join(", "),
                );
                let (basis, _) = words::rating_basis(pack, f, option, &ratings[option]);
                items.push(format!("{head}: {}", inline(&basis)));
            }
        }
        if items.is_empty() {
            doc.paragraph(record::NEITHER);
        } else {
            doc.list(items);
        }
    }
}

/// A name in bold, escaped.
fn strong(name: &str) -> String {
    format!("**{}**", inline(name))
}

#[cfg(test)]
mod tests;
