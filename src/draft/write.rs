//! The draft written out as pack YAML, with comments that say what is the
//! article's and what is a guess, and a `decide:` mark at every judgement.

use std::fmt::Write as _;

use super::{Draft, DraftOption, MARGIN};
use crate::content::SCHEMA_VERSION;
use crate::draft::Found;
use crate::draft::article::Block;
use crate::draft::names::{fresh_id, slug};

/// The whole pack text.
pub fn render(draft: &Draft) -> String {
    let mut out = String::with_capacity(2 * draft.article.title.len() + 4096);
    header(&mut out, draft);
    options(&mut out, draft);
    factors(&mut out, draft);
    sliders(&mut out, draft);
    sections(&mut out, draft);
    rules(&mut out, draft);
    close_call(&mut out, draft);
    if let Some(closing) = &draft.closing {
        out.push_str("\n# The call to action that ends the article.\nclosing:\n");
        line(&mut out, 1, "title", &closing.title);
        body(&mut out, 1, "body", &closing.blocks);
    }
    out
}

/// A YAML double-quoted string (JSON's escapes are YAML's).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

fn indent(level: usize) -> String {
    "  ".repeat(level)
}

/// `key: "text"` at `level`.
fn line(out: &mut String, level: usize, key: &str, text: &str) {
    let _ = writeln!(out, "{}{key}: {}", indent(level), quoted(text));
}

/// A block of paragraphs (`key: |`), a blank line between paragraphs and
/// one line per list item.
fn body(out: &mut String, level: usize, key: &str, blocks: &[Block]) {
    let _ = writeln!(out, "{}{key}: |", indent(level));
    let pad = indent(level + 1);
    for (n, block) in blocks.iter().enumerate() {
        let after_item = n > 0 && blocks[n - 1].item && block.item;
        if n > 0 && !after_item {
            out.push('\n');
        }
        let _ = writeln!(out, "{pad}{}", block.text);
    }
}

/// A `# text` comment at `level`.
fn comment(out: &mut String, level: usize, text: &str) {
    let _ = writeln!(out, "{}# {text}", indent(level));
}

fn header(out: &mut String, draft: &Draft) {
    out.push_str(
        "# A draft pack, written by `stackcompare draft` from the article below.\n\
         #\n\
         # What is the article's: the title, intro, sections and closing are the\n\
         # whole article, word for word; every summary, basis, rule text and\n\
         # close-call text is a quotation from it.\n\
         #\n\
         # What is left to you: each `decide:` line is a judgement only you can make.\n\
         # `stackcompare check` reports every one as an error at its line, so it is\n\
         # your to-do list: make the judgement, then delete the `decide:` line.\n\
         # The weights (1), slider maxima (10) and raises (1) are placeholders too.\n",
    );
    let _ = writeln!(out, "schema: {SCHEMA_VERSION}");
    let names: Vec<&str> = draft.options.iter().map(|o| o.id.as_str()).collect();
    let id = slug(&names.join(" vs "), '-');
    let _ = writeln!(out, "id: {}", if id.is_empty() { "draft" } else { &id });
    line(out, 0, "title", &draft.article.title);
    out.push_str("source:\n");
    match &draft.publisher {
        Some(publisher) => line(out, 1, "publisher", publisher),
        None => {
            line(out, 1, "publisher", "");
            line(
                out,
                1,
                "decide",
                "who published the article? (write its name as publisher)",
            );
        }
    }
    out.push_str("  url: null\n");
    body(out, 0, "intro", &draft.article.intro);
}

fn options(out: &mut String, draft: &Draft) {
    out.push('\n');
    match &draft.found {
        Found::Title(_) => comment(out, 0, "The options, as the title names them."),
        Found::Guessed { considered, .. } => {
            comment(
                out,
                0,
                "The title names no options: these are the names the article sets side",
            );
            comment(
                out,
                0,
                "by side most often (sentences naming each beside another):",
            );
            for (name, n) in considered {
                comment(out, 0, &format!("  {name}: {n}"));
            }
        }
    }
    out.push_str("options:\n");
    for option in &draft.options {
        one_option(out, option, matches!(draft.found, Found::Guessed { .. }));
    }
}

fn one_option(out: &mut String, option: &DraftOption, guessed: bool) {
    let _ = writeln!(out, "  - id: {}", option.id);
    line(out, 2, "name", &option.name);
    line(out, 2, "tagline", option.tagline.as_deref().unwrap_or(""));
    line(out, 2, "summary", option.summary.as_deref().unwrap_or(""));
    let question = if option.placeholder {
        Some("which technology does the article compare here? (none was found: name it, with a tagline and summary)".to_owned())
    } else if guessed {
        Some(format!(
            "is {} one of the options the article compares? (keep it, with a tagline and summary, or remove it)",
            option.name
        ))
    } else if option.tagline.is_none() || option.summary.is_none() {
        Some(format!(
            "write {}'s tagline and summary, in a few words of your own",
            option.name
        ))
    } else {
        None
    };
    if let Some(question) = question {
        line(out, 2, "decide", &question);
    }
}

fn factors(out: &mut String, draft: &Draft) {
    out.push_str(
        "\n# The factors: one per item of the article's comparison lists and per\n\
         # heading that compares the options. Under each rating, the article's\n\
         # other words about that option on that factor, as `# or:` comments.\n\
         factors:\n",
    );
    if draft.factors.is_empty() {
        placeholder_factor(out, draft);
    }
    for (factor, id) in draft.factors.iter().zip(factor_ids(draft)) {
        let _ = writeln!(out, "  - id: {id}");
        line(out, 2, "name", &factor.name);
        line(out, 2, "summary", &factor.summary);
        out.push_str("    weight: 1\n    ratings:\n");
        for (o, option) in draft.options.iter().enumerate() {
            let _ = writeln!(out, "      {}:", option.id);
            let candidates = &factor.candidates[o];
            match candidates.split_first() {
                Some((basis, others)) if factor.likely[o] => {
                    line(
                        out,
                        4,
                        "decide",
                        &format!("how does {} fare on {}?", option.name, factor.name),
                    );
                    line(out, 4, "basis", basis);
                    for other in others {
                        comment(out, 4, &format!("or: {}", quoted(other)));
                    }
                }
                _ => {
                    line(
                        out,
                        4,
                        "decide",
                        &format!(
                            "the article seems to say nothing of {} on {}: keep not_said, or give a rating and a basis",
                            option.name, factor.name
                        ),
                    );
                    out.push_str("        not_said: true\n");
                    for candidate in candidates {
                        comment(out, 4, &format!("or: {}", quoted(candidate)));
                    }
                }
            }
        }
    }
}

/// A factor to name when the article has no comparison list or heading.
fn placeholder_factor(out: &mut String, draft: &Draft) {
    comment(
        out,
        1,
        "The article has no comparison list or heading: name its factors.",
    );
    out.push_str("  - id: factor\n");
    line(out, 2, "name", "To name");
    let summary = draft
        .article
        .intro
        .first()
        .and_then(|block| {
            super::article::sentences(block)
                .first()
                .map(|s| (*s).to_owned())
        })
        .unwrap_or_else(|| draft.article.title.clone());
    line(out, 2, "summary", &summary);
    out.push_str("    weight: 1\n    ratings:\n");
    for option in &draft.options {
        let _ = writeln!(out, "      {}:", option.id);
        line(
            out,
            4,
            "decide",
            "on which factors does the article compare the options?",
        );
        out.push_str("        not_said: true\n");
    }
}

fn sliders(out: &mut String, draft: &Draft) {
    out.push_str(
        "\n# The sliders, proposed from the rules' conditions: your words, not the\n\
         # article's. Each raises the factors its words name.\n\
         traits:\n",
    );
    let factor_ids = factor_ids(draft);
    if draft.sliders.is_empty() {
        out.push_str("  - id: project\n");
        line(out, 2, "label", "To name");
        line(out, 2, "help", "What describes the reader's project.");
        out.push_str("    max: 10\n    default: 0\n");
        line(
            out,
            2,
            "decide",
            "what describes a reader's project? (no rule gave a condition: name a slider and the factors it raises)",
        );
        return;
    }
    for slider in &draft.sliders {
        let _ = writeln!(out, "  - id: {}", slider.id);
        line(out, 2, "label", &slider.slider.label);
        line(
            out,
            2,
            "help",
            &format!(
                "How much this describes the project: {}.",
                slider.slider.words
            ),
        );
        out.push_str("    max: 10\n    default: 0\n");
        let raises: Vec<String> = slider
            .raises
            .iter()
            .map(|&f| format!("{}: 1", factor_ids[f]))
            .collect();
        if raises.is_empty() {
            out.push_str("    raises: {}\n");
        } else {
            let _ = writeln!(out, "    raises: {{ {} }}", raises.join(", "));
        }
        let question = if raises.is_empty() {
            format!(
                "which factors does “{}” raise, and by how much? (its words name none)",
                slider.slider.label
            )
        } else {
            format!(
                "does “{}” describe a reader's project, and does it raise these factors by this much?",
                slider.slider.label
            )
        };
        line(out, 2, "decide", &question);
    }
}

/// The factor ids as `factors` writes them.
fn factor_ids(draft: &Draft) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    for factor in &draft.factors {
        fresh_id(&factor.name, "factor", &mut taken, '-');
    }
    taken
}

fn sections(out: &mut String, draft: &Draft) {
    out.push_str("\nsections:");
    if draft.article.sections.is_empty() {
        out.push_str(" []\n");
        return;
    }
    out.push('\n');
    let mut taken: Vec<String> = Vec::new();
    for section in &draft.article.sections {
        let id = fresh_id(&section.title, "section", &mut taken, '-');
        let _ = writeln!(out, "  - id: {id}");
        line(out, 2, "title", &section.title);
        if section.blocks.is_empty() {
            // A heading with nothing under it: its own words stand as its body.
            body(
                out,
                2,
                "body",
                &[Block {
                    text: section.title.clone(),
                    item: false,
                }],
            );
        } else {
            body(out, 2, "body", &section.blocks);
        }
    }
}

fn rules(out: &mut String, draft: &Draft) {
    out.push_str(
        "\n# The article's own rules. Each `when` is yours to write from the sliders.\nrules:",
    );
    if draft.rules.is_empty() {
        out.push_str(" []\n");
        return;
    }
    out.push('\n');
    let mut taken: Vec<String> = Vec::new();
    for rule in &draft.rules {
        let option = &draft.options[rule.option];
        let id = super::names::unique(format!("choose-{}", option.id), &taken, '-');
        taken.push(id.clone());
        let _ = writeln!(out, "  - id: {id}");
        let _ = writeln!(out, "    option: {}", option.id);
        line(out, 2, "text", &rule.text);
        line(
            out,
            2,
            "decide",
            &format!(
                "when does this rule for {} apply? (write its `when` from the sliders)",
                option.name
            ),
        );
        out.push_str("    when: []\n");
        let proposed: Vec<&str> = rule
            .conditions
            .iter()
            .filter_map(|condition| {
                let label = super::rules::slider(condition)?.label;
                draft
                    .sliders
                    .iter()
                    .find(|s| s.slider.label.eq_ignore_ascii_case(&label))
            })
            .map(|s| s.id.as_str())
            .collect();
        if !proposed.is_empty() {
            comment(
                out,
                2,
                "proposed, any one of (`all: [...]` where the article says \"and\"):",
            );
            for id in proposed {
                comment(out, 2, &format!("  - {id}: {{ at_least: 5 }}"));
            }
        }
    }
}

fn close_call(out: &mut String, draft: &Draft) {
    let _ = writeln!(
        out,
        "\n# What the article says when the options come out even.\nclose_call:\n  margin: {MARGIN}"
    );
    match draft.close_texts.split_first() {
        Some((first, others)) => {
            line(
                out,
                1,
                "decide",
                "which of the article's words say a close call? (keep a text, or give `texts` with a `when` each, and a margin)",
            );
            line(out, 1, "text", first);
            for other in others {
                comment(out, 1, &format!("or: {}", quoted(other)));
            }
        }
        None => line(
            out,
            1,
            "decide",
            "what does the article say when the options come out even? (no \"both\" or \"it depends\" sentence was found: quote one as `text`)",
        ),
    }
}
