//! The factors: ids, names, weights, quotations, and every option rated
//! exactly once, by a quoted rating or a slider.

use super::bases::Basis;
use super::quotes::Quotation;
use super::{MAX_RATING, MAX_WEIGHT, Problems};
use crate::content::raw::{PackFile, RatingFile};
use crate::suggest::Names;

/// The quotations of a pack, and which of them are bases (to be asked
/// whether they speak of their option).
#[derive(Default)]
pub(super) struct Quoted<'a> {
    pub quotations: Vec<Quotation<'a>>,
    pub bases: Vec<Basis>,
}

pub(super) fn check<'a>(
    pack: &'a PackFile,
    options: &Names,
    sliders: &Names,
    quoted: &mut Quoted<'a>,
    problems: &mut Problems,
) {
    for (i, factor) in pack.factors.iter().enumerate() {
        problems.id(|| format!("factors.{i}.id"), "factor id", &factor.id, true);
        problems.text(|| format!("factors.{i}.name"), "factor name", &factor.name);
        problems.number(
            || format!("factors.{i}.weight"),
            "weight",
            factor.weight,
            MAX_WEIGHT,
        );
        quoted.quotations.push(Quotation::indexed(
            "factors",
            i,
            "summary",
            "summary",
            &factor.summary,
        ));
        if let Some(detail) = &factor.detail {
            problems.text(|| format!("factors.{i}.detail"), "factor detail", detail);
            for paragraph in detail.split("\n\n").filter(|p| !p.trim().is_empty()) {
                quoted.quotations.push(Quotation::indexed(
                    "factors", i, "detail", "detail", paragraph,
                ));
            }
        }
        ratings(pack, i, options, sliders, quoted, problems);
    }
    problems.unique("factors", pack.factors.iter().map(|f| f.id.as_str()));
}

/// Each option rated exactly once, by a quoted rating or a slider.
fn ratings<'a>(
    pack: &'a PackFile,
    i: usize,
    options: &Names,
    sliders: &Names,
    quoted: &mut Quoted<'a>,
    problems: &mut Problems,
) {
    let factor = &pack.factors[i];
    for (field, keys) in [
        ("ratings", factor.ratings.keys().collect::<Vec<_>>()),
        ("rated_by", factor.rated_by.keys().collect()),
    ] {
        for key in keys.into_iter().filter(|key| !options.contains(key)) {
            problems.add(
                || format!("factors.{i}.{field}.{key}"),
                || {
                    format!(
                        "`{field}` names unknown option `{key}`{}",
                        options.hint(key)
                    )
                },
            );
        }
    }
    quoted_ratings(pack, i, quoted, problems);
    for (option, slider) in &factor.rated_by {
        if !sliders.contains(slider) {
            problems.add(
                || format!("factors.{i}.rated_by.{option}"),
                || {
                    format!(
                        "`rated_by` names unknown slider `{slider}`{}",
                        sliders.hint(slider)
                    )
                },
            );
        }
    }
    every_option_rated(pack, i, problems);
}

/// Each quoted rating: in range, with a basis found in the article; or
/// not said, with neither.
fn quoted_ratings<'a>(
    pack: &'a PackFile,
    i: usize,
    quoted: &mut Quoted<'a>,
    problems: &mut Problems,
) {
    let factor = &pack.factors[i];
    for (option, rating) in &factor.ratings {
        let path = || format!("factors.{i}.ratings.{option}");
        let RatingFile {
            rating,
            basis,
            not_said,
            decide,
        } = rating;
        match (rating, basis, not_said) {
            (None, None, true) => {}
            (_, _, true) => problems.add(path, || {
                format!(
                    "option `{option}` on factor `{}` is marked `not_said`, so it has no `rating` or `basis` (it counts as the neutral {})",
                    factor.id,
                    crate::content::NOT_SAID_RATING
                )
            }),
            (Some(rating), Some(basis), false) => {
                problems.number(
                    || format!("{}.rating", path()),
                    "rating",
                    *rating,
                    MAX_RATING,
                );
                problems.text(|| format!("{}.basis", path()), "basis", basis);
                quote_basis(pack, i, option, basis, quoted);
            }
            // A rating still to decide is reported by its mark.
            (None, basis, false) if decide.is_some() => {
                if let Some(basis) = basis {
                    quote_basis(pack, i, option, basis, quoted);
                }
            }
            (rating, _, false) => {
                let missing = if rating.is_none() { "rating" } else { "basis" };
                problems.add(path, || {
                    format!(
                        "option `{option}` on factor `{}` has no `{missing}`: give `rating` and `basis` (the article's words), or `not_said: true` where the article says nothing of it",
                        factor.id
                    )
                });
            }
        }
        if factor.rated_by.contains_key(option) {
            problems.add(path, || {
                format!(
                    "option `{option}` is rated twice on factor `{}`: by `ratings` and by `rated_by`",
                    factor.id
                )
            });
        }
    }
}

/// A rating's basis, to be found in the article where it speaks of its option.
fn quote_basis<'a>(
    pack: &'a PackFile,
    i: usize,
    option: &'a str,
    basis: &'a str,
    quoted: &mut Quoted<'a>,
) {
    // An option rated twice, or with no name, is reported as such.
    let judged = !pack.factors[i].rated_by.contains_key(option);
    if let Some(index) = pack
        .options
        .iter()
        .position(|o| o.id == option && !o.name.trim().is_empty())
        .filter(|_| judged)
    {
        quoted.bases.push(Basis {
            quotation: quoted.quotations.len(),
            factor: i,
            option: index,
        });
    }
    quoted.quotations.push(Quotation::basis(i, option, basis));
}

fn every_option_rated(pack: &PackFile, i: usize, problems: &mut Problems) {
    let factor = &pack.factors[i];
    for option in &pack.options {
        if factor.ratings.contains_key(&option.id) || factor.rated_by.contains_key(&option.id) {
            continue;
        }
        let place = if factor.ratings.is_empty() && !factor.rated_by.is_empty() {
            "rated_by"
        } else {
            "ratings"
        };
        problems.add(
            || format!("factors.{i}.{place}"),
            || {
                format!(
                    "factor `{}` does not rate option `{}` (give a rating with its basis, or `rated_by` a slider)",
                    factor.id, option.id
                )
            },
        );
    }
}
