//! Situations: names, values within their sliders' ranges, verdicts that
//! name options (or `close`), rules named by id, and a basis quoted from
//! the article. Whether the pack gives each the verdict it expects is asked
//! later, by the engine (`check` does it).

use super::conditions::Sliders;
use super::quotes::Quotation;
use super::{MAX_SLIDER, Problems};
use crate::content::raw::{CLOSE, PackFile};
use crate::suggest::Names;

pub(super) fn check<'a>(
    pack: &'a PackFile,
    options: &Names,
    sliders: &Sliders,
    quotations: &mut Vec<Quotation<'a>>,
    problems: &mut Problems,
) {
    let maxima: std::collections::HashMap<&str, u32> = pack
        .sliders
        .iter()
        .map(|t| (t.id.as_str(), t.max.min(MAX_SLIDER)))
        .collect();
    let rules = Names::new(pack.rules.iter().filter_map(|r| r.id.as_deref()));
    for (i, situation) in pack.situations.iter().enumerate() {
        let path = |field: &str| format!("situations.{i}.{field}");
        problems.text(|| path("name"), "situation name", &situation.name);
        for (id, &value) in &situation.values {
            match maxima.get(id.as_str()) {
                None => problems.add(
                    || path(&format!("values.{id}")),
                    || format!("unknown slider `{id}`{}", sliders.names.hint(id)),
                ),
                Some(&max) if value > max => problems.add(
                    || path(&format!("values.{id}")),
                    || format!("value {value} of `{id}` is out of range 0–{max}"),
                ),
                Some(_) => {}
            }
        }
        if situation.expect.0.is_empty() {
            problems.add(
                || path("expect"),
                || "expect names no verdict: give an option id or `close`".into(),
            );
        }
        for (k, id) in situation.expect.0.iter().enumerate() {
            if id != CLOSE && !options.contains(id) {
                problems.add(
                    || format!("{}.{k}", path("expect")),
                    || {
                        format!(
                            "expect names unknown option `{id}`{} (or say `{CLOSE}` for too close to call)",
                            options.hint(id)
                        )
                    },
                );
            }
        }
        for (k, id) in situation.applies.iter().flatten().enumerate() {
            if !rules.contains(id) {
                problems.add(
                    || format!("{}.{k}", path("applies")),
                    || {
                        format!(
                            "`applies` names unknown rule `{id}`{} (rules are named by their `id`)",
                            rules.hint(id)
                        )
                    },
                );
            }
        }
        quotations.push(Quotation::new(
            path("basis"),
            "situation basis",
            &situation.basis,
        ));
    }
}
