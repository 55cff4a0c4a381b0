//! `draft`: an article, plain text or markdown, turned into a pack that is
//! complete but for the author's judgements. The whole article goes in word
//! for word; options, factors, candidate bases, rules, close-call texts and
//! sliders are a first reading of it; every judgement left to the author is
//! a `decide:` mark that `check` reports at its place.
//!
//! Pure: text in, YAML text out. The draft is checked by the pack loader
//! before it is handed out, and a basis, rule or close-call text the
//! quotation check would refuse is taken out, so a
//! draft has marks to resolve and no quotation error.

mod article;
mod drift;
mod factors;
mod names;
mod options;
mod rules;
mod write;

use crate::content::{self, PackFile};
use crate::diagnostic::{Diagnostic, Diagnostics};

pub use article::{Article, Block, Section};
pub use drift::drift;
pub use options::Found;

/// Articles larger than this are refused: their pack holds the whole
/// article and its quotations, and a pack may be 8 MiB at most.
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;
/// The close-call margin a draft proposes (fit points).
pub const MARGIN: u32 = 5;
/// How many times the draft is checked and mended before it is handed out.
const MENDS: usize = 4;

/// What a draft holds before it is written out.
#[derive(Debug, Clone)]
pub struct Draft {
    pub article: Article,
    /// The call to action that ends the article, when its last section is one.
    pub closing: Option<Section>,
    pub publisher: Option<String>,
    pub found: Found,
    pub options: Vec<DraftOption>,
    pub factors: Vec<factors::Factor>,
    pub rules: Vec<rules::Rule>,
    pub sliders: Vec<DraftSlider>,
    pub close_texts: Vec<String>,
}

/// One option: its name, and what the article's section about it offers.
#[derive(Debug, Clone)]
pub struct DraftOption {
    pub id: String,
    pub name: String,
    pub tagline: Option<String>,
    pub summary: Option<String>,
    /// No name was found: a place for the author to name one.
    pub placeholder: bool,
}

/// A proposed slider and the factors it raises (by index).
#[derive(Debug, Clone)]
pub struct DraftSlider {
    pub id: String,
    pub slider: rules::Slider,
    pub raises: Vec<usize>,
}

/// The pack YAML drafted from `source`; `name` labels the errors.
pub fn draft(source: &str, name: &str) -> Result<String, Diagnostics> {
    let fail = |message: String| Diagnostics::one(Diagnostic::new(name, None, message));
    let mut draft = read(read_article(source, name)?).map_err(fail)?;
    let mut yaml = write::render(&draft);
    for _ in 0..MENDS {
        if !mend(&mut draft, &yaml) {
            break;
        }
        yaml = write::render(&draft);
    }
    Ok(yaml)
}

/// The text as a pack will hold it: no byte-order mark, `\n` line ends,
/// no control characters. Binary data is refused.
fn prepare(source: &str) -> Result<String, String> {
    let text = source.strip_prefix('\u{feff}').unwrap_or(source);
    if text.contains('\0') {
        return Err("this looks like binary data (it holds NUL bytes), not an article".into());
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = content::clean_text(&text);
    // Not printable in YAML, so no pack could hold them.
    Ok(text.replace(['\u{feff}', '\u{fffe}', '\u{ffff}'], ""))
}

/// The article in `source` as a draft reads it, for `draft` and for
/// `check --article`; `name` labels the errors.
pub fn read_article(source: &str, name: &str) -> Result<Article, Diagnostics> {
    let fail = |message: String| Diagnostics::one(Diagnostic::new(name, None, message));
    if source.len() > MAX_ARTICLE_BYTES {
        return Err(fail(format!(
            "the article is larger than {} MiB: its pack holds the whole article and its quotations, and a pack may be {} MiB at most",
            MAX_ARTICLE_BYTES / (1024 * 1024),
            content::MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let text = prepare(source).map_err(fail)?;
    article::read(&text).ok_or_else(|| fail("the article is empty: it holds no words".to_owned()))
}

/// A first reading of the article.
fn read(mut article: Article) -> Result<Draft, String> {
    if article.intro.is_empty() && article.sections.is_empty() {
        return Err(format!(
            "the article is one line (“{}”): a pack needs its body too",
            crate::textkit::width::truncate(&article.title, 60)
        ));
    }
    if article.intro.is_empty() {
        // A pack opens with an intro: the first section's words, its
        // heading a paragraph of them.
        let first = article.sections.remove(0);
        article.intro.push(Block {
            text: first.title,
            item: false,
        });
        article.intro.extend(first.blocks);
    }
    let closing = match article.sections.last() {
        Some(last) if is_call_to_action(last) => article.sections.pop(),
        _ => None,
    };
    let found = options::find(&article);
    let mut names: Vec<String> = found.names().to_vec();
    let options = draft_options(&article, &mut names);
    let factors = factors::find(&article, &names);
    let rules = rules::find(&article, &names);
    let sliders = draft_sliders(&rules, &factors);
    let close_texts = rules::close_call(&article, &names);
    let publisher = publisher(&article, closing.as_ref());
    Ok(Draft {
        article,
        closing,
        publisher,
        found,
        options,
        factors,
        rules,
        sliders,
        close_texts,
    })
}

/// The options, with a tagline and summary from the section about each;
/// placeholders fill a list shorter than two.
fn draft_options(article: &Article, names: &mut Vec<String>) -> Vec<DraftOption> {
    let mut taken: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for name in names.iter() {
        let id = names::fresh_id(name, "option", &mut taken, '-');
        let own = article.sections.iter().find(|s| {
            names::names(&s.title, name)
                && !names
                    .iter()
                    .any(|other| other != name && names::names(&s.title, other))
        });
        let tagline = own.and_then(|s| {
            let rest = s.title.split_once(name.as_str())?.1;
            let rest = rest.trim_start_matches([':', ' ', '—', '-', '–']).trim();
            (!rest.is_empty()).then(|| crate::textkit::capitalise(rest))
        });
        let summary = own
            .and_then(|s| s.blocks.iter().find(|b| !b.item))
            .and_then(|b| article::sentences(b).first().map(|s| (*s).to_owned()));
        out.push(DraftOption {
            id,
            name: name.clone(),
            tagline,
            summary,
            placeholder: false,
        });
    }
    while out.len() < 2 {
        let n = out.len() + 1;
        let id = names::unique(format!("option-{n}"), &taken, '-');
        taken.push(id.clone());
        names.push(format!("Option {n}"));
        out.push(DraftOption {
            id,
            name: format!("Option {n}"),
            tagline: None,
            summary: None,
            placeholder: true,
        });
    }
    out
}

/// Each proposed slider with an id and the factors its words name.
fn draft_sliders(rules: &[rules::Rule], factors: &[factors::Factor]) -> Vec<DraftSlider> {
    let mut taken = Vec::new();
    rules::sliders(rules)
        .into_iter()
        .map(|slider| {
            let id = names::fresh_id(&slider.label, "slider", &mut taken, '_');
            let wanted = names::stems(&slider.words);
            let raises = (0..factors.len())
                .filter(|&f| names::overlap(&wanted, &factors[f].name) > 0)
                .collect();
            DraftSlider { id, slider, raises }
        })
        .collect()
}

/// Words that end an article with a call to action.
const CALLS_TO_ACTION: &[&str] = &[
    "let's talk",
    "let’s talk",
    "shall we talk",
    "contact us",
    "get in touch",
    "talk to us",
    "reach out",
    "we will reply",
    "we'll reply",
    "we’ll reply",
    "book a call",
    "book a demo",
    "schedule a call",
    "write to us",
    "request a quote",
    "sign up",
    "subscribe",
];

fn is_call_to_action(section: &Section) -> bool {
    let says = |text: &str| {
        let lower = text.to_lowercase();
        CALLS_TO_ACTION.iter().any(|words| lower.contains(words))
    };
    says(&section.title) || section.blocks.iter().any(|b| says(&b.text))
}

/// "At AxiomTech we build …": the publisher, from the article's end.
fn publisher(article: &Article, closing: Option<&Section>) -> Option<String> {
    let last = article.sections.last().into_iter().chain(closing);
    last.flat_map(|s| &s.blocks).find_map(|block| {
        article::sentences(block).into_iter().find_map(|sentence| {
            let rest = sentence.strip_prefix("At ")?;
            let end = rest.find(" we ").or_else(|| rest.find(", we "))?;
            let name = rest[..end].trim_end_matches(',');
            let words = name.split_whitespace().count();
            (1..=4).contains(&words).then(|| name.to_owned())
        })
    })
}

/// Check the draft as `check` would; take out every basis, rule and
/// close-call text it refuses. Whether anything was taken out.
fn mend(draft: &mut Draft, yaml: &str) -> bool {
    let Ok(mut file) = content::yaml::from_str::<PackFile>(yaml) else {
        return false;
    };
    file.clean_text();
    let problems = content::validate(&file);
    let mut changed = false;
    let mut rules_out: Vec<usize> = Vec::new();
    let mut close_out: Vec<usize> = Vec::new();
    for problem in problems
        .list
        .iter()
        .filter(|p| !p.path.ends_with(".decide"))
    {
        let path: Vec<&str> = problem.path.split('.').collect();
        match path.as_slice() {
            ["factors", f, "ratings", option, "basis"] => {
                let factor = f
                    .parse::<usize>()
                    .ok()
                    .and_then(|f| draft.factors.get_mut(f));
                let o = draft.options.iter().position(|o| o.id == *option);
                if let (Some(factor), Some(o)) = (factor, o)
                    && !factor.candidates[o].is_empty()
                {
                    factor.candidates[o].remove(0);
                    changed = true;
                }
            }
            ["rules", r, "text"] => rules_out.extend(r.parse::<usize>().ok()),
            ["close_call", "text"] => close_out.push(0),
            _ => {}
        }
    }
    rules_out.sort_unstable();
    for r in rules_out.into_iter().rev() {
        if r < draft.rules.len() {
            draft.rules.remove(r);
            changed = true;
        }
    }
    if !close_out.is_empty() && !draft.close_texts.is_empty() {
        draft.close_texts.remove(0);
        changed = true;
    }
    changed
}
