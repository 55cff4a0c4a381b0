//! Valid packs generated from a seed, for property tests: any number of
//! options, factors and sliders, awkward text (wide, combining, zero-width,
//! markup), two-sided sliders, toggles, sliders that rate options, and rules
//! with groups. Every quotation is put into the article, so each is valid.

use std::collections::BTreeMap;

use proptest::prelude::{Strategy, any};
use stackcompare::content::{
    self, CloseCallFile, CloseTextFile, Closing, FactorFile, Neutral, OptionDef, Pack, PackFile,
    Range, RatingFile, RuleFile, Section, SliderFile, Source, Test, When,
};

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.below(high - low + 1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Words for pack text: plain, accented, wide, combining, emoji, joiners,
/// markdown-ish, and one long enough that wrapping has to break it.
pub const WORDS: &[&str] = &[
    "the",
    "latency",
    "throughput",
    "team",
    "ecosystem",
    "café",
    "naïve",
    "Straße",
    "İstanbul",
    "日本語",
    "データ",
    "🦀",
    "e\u{301}",
    "👩\u{200d}💻",
    "|pipe|",
    "`code`",
    "**bold**",
    "x",
    "—",
    "supercalifragilisticexpialidocious-without-any-place-to-break-it-at-all",
];

pub fn sentence(rng: &mut Rng, min: u64, max: u64) -> String {
    let count = rng.range(min.max(1), max.max(1));
    let mut text = String::new();
    for index in 0..count {
        if index > 0 {
            text.push(if rng.chance(3) { '\n' } else { ' ' });
        }
        text.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
    }
    text
}

/// The shape of a generated pack; text and numbers come from `seed`.
#[derive(Debug, Clone, Copy)]
pub struct PackSpec {
    pub options: usize,
    pub factors: usize,
    pub sliders: usize,
    /// Sliders run 0..=max with max in 1..=`max_slider`.
    pub max_slider: u32,
    pub seed: u64,
}

impl PackSpec {
    /// Any shape of 2 to 8 options and up to these many factors, sliders and
    /// slider steps, with any seed.
    pub fn up_to(
        factors: usize,
        sliders: usize,
        max_slider: u32,
    ) -> impl Strategy<Value = PackSpec> {
        (
            2usize..=8,
            1..=factors,
            1..=sliders,
            1..=max_slider,
            any::<u64>(),
        )
            .prop_map(|(options, factors, sliders, max_slider, seed)| PackSpec {
                options,
                factors,
                sliders,
                max_slider,
                seed,
            })
    }
}

/// A large-ish pack: 300 factors, 40 sliders of max 1..=20, 5 options.
pub const BIG: PackSpec = PackSpec {
    options: 5,
    factors: 300,
    sliders: 40,
    max_slider: 20,
    seed: 7,
};

/// Collects every quotation, to be put into the article.
struct Quotes {
    rng: Rng,
    all: Vec<String>,
}

impl Quotes {
    fn quote(&mut self, min: u64, max: u64) -> String {
        let text = sentence(&mut self.rng, min, max);
        self.all.push(text.clone());
        text
    }

    fn text(&mut self, min: u64, max: u64) -> String {
        sentence(&mut self.rng, min, max)
    }

    /// A rating's basis: a quotation from a paragraph that says "both",
    /// so it speaks of every option.
    fn basis(&mut self, min: u64, max: u64) -> String {
        let text = sentence(&mut self.rng, min, max);
        self.all.push(format!("both {text}"));
        text
    }
}

fn raises(rng: &mut Rng, factors: &[String]) -> BTreeMap<String, u32> {
    (0..rng.range(0, 3))
        .map(|_| {
            (
                factors[rng.below(factors.len() as u64) as usize].clone(),
                rng.range(0, 6) as u32,
            )
        })
        .collect()
}

/// The pack file of `spec`.
pub fn generated_file(spec: PackSpec) -> PackFile {
    let mut q = Quotes {
        rng: Rng::new(spec.seed),
        all: Vec::new(),
    };
    let ids: Vec<String> = (0..spec.options).map(|o| format!("opt_{o}")).collect();
    let factor_ids: Vec<String> = (0..spec.factors).map(|f| format!("f-{f}")).collect();
    let options = ids
        .iter()
        .enumerate()
        .map(|(o, id)| OptionDef {
            id: id.clone(),
            name: if o == 0 {
                "An option with a very long name indeed".into()
            } else {
                format!("{} {o}", q.text(1, 2))
            },
            tagline: q.text(1, 5),
            summary: q.text(3, 20),
            aliases: if q.rng.chance(20) {
                vec![format!("alias {o}")]
            } else {
                Vec::new()
            },
            decide: None,
        })
        .collect();
    let mut sliders: Vec<SliderFile> = (0..spec.sliders)
        .map(|t| {
            let max = q.rng.range(1, u64::from(spec.max_slider)) as u32;
            let two_sided = q.rng.chance(40);
            SliderFile {
                id: format!("t_{t}"),
                label: q.text(1, 10),
                help: q.text(1, 40),
                max,
                default: q.rng.range(0, u64::from(max)) as u32,
                low: (two_sided && q.rng.chance(70)).then(|| q.text(1, 3)),
                high: (two_sided && q.rng.chance(70)).then(|| q.text(1, 3)),
                raises: raises(&mut q.rng, &factor_ids),
                raises_low: if two_sided {
                    raises(&mut q.rng, &factor_ids)
                } else {
                    BTreeMap::new()
                },
                // A neutral point, or a range of them, strictly inside the range.
                neutral: (two_sided && max >= 2 && q.rng.chance(50)).then(|| {
                    let from = q.rng.range(1, u64::from(max) - 1) as u32;
                    let to = q.rng.range(u64::from(from), u64::from(max) - 1) as u32;
                    Neutral { from, to }
                }),
                decide: None,
            }
        })
        .collect();
    // Rating sliders: maxima that divide 10 or 12 (1, 2, 3, 4, 5, 6, 10, 12)
    // keep the scale small, and those that do not divide 10 give ratings in
    // thirds and quarters that a wrong scale would get wrong.
    let raters: Vec<usize> = (0..spec.sliders)
        .filter(|&t| [10, 12].iter().any(|n| n % sliders[t].max == 0))
        .collect();
    let mut rates = vec![false; spec.sliders];
    let factors = factor_ids
        .iter()
        .map(|id| {
            let mut ratings = BTreeMap::new();
            let mut rated_by = BTreeMap::new();
            for option in &ids {
                if !raters.is_empty() && q.rng.chance(10) {
                    let t = raters[q.rng.below(raters.len() as u64) as usize];
                    rates[t] = true;
                    rated_by.insert(option.clone(), sliders[t].id.clone());
                } else if q.rng.chance(10) {
                    ratings.insert(option.clone(), RatingFile::not_said());
                } else {
                    let rating = q.rng.range(0, 10) as u32;
                    ratings.insert(option.clone(), RatingFile::quoted(rating, q.basis(1, 6)));
                }
            }
            FactorFile {
                id: id.clone(),
                name: q.text(1, 8),
                summary: q.quote(1, 30),
                detail: q.rng.chance(60).then(|| q.quote(1, 150)),
                weight: q.rng.range(0, 5) as u32,
                ratings,
                rated_by,
            }
        })
        .collect();
    // A slider that would change nothing is invalid: give it a factor.
    for (t, slider) in sliders.iter_mut().enumerate() {
        let raises = slider
            .raises
            .values()
            .chain(slider.raises_low.values())
            .any(|&n| n > 0);
        if !raises && !rates[t] {
            slider
                .raises
                .insert(factor_ids[t % spec.factors].clone(), 1);
        }
    }
    let rules = (0..q.rng.range(0, 2 * spec.options as u64))
        .map(|r| {
            let option = ids[q.rng.below(spec.options as u64) as usize].clone();
            let when = (0..q.rng.range(1, 3))
                .map(|_| condition(&mut q.rng, &sliders, true, 2))
                .collect();
            RuleFile {
                id: q.rng.chance(50).then(|| format!("rule-{r}")),
                option,
                text: q.quote(1, 20),
                when,
                decide: None,
            }
        })
        .collect();
    let close_call = if q.rng.chance(50) {
        CloseCallFile {
            margin: q.rng.range(0, 30) as u32,
            text: Some(q.quote(1, 20)),
            texts: Vec::new(),
            decide: None,
        }
    } else {
        let count = q.rng.range(1, 3);
        CloseCallFile {
            margin: q.rng.range(0, 30) as u32,
            text: None,
            texts: (0..count)
                .map(|n| CloseTextFile {
                    text: q.quote(1, 20),
                    // The last holds always, half the time.
                    when: if n + 1 == count && q.rng.chance(50) {
                        Vec::new()
                    } else {
                        vec![condition(&mut q.rng, &sliders, false, 2)]
                    },
                })
                .collect(),
            decide: None,
        }
    };
    let sections = (0..q.rng.range(0, 6))
        .map(|s| Section {
            id: format!("s-{s}"),
            title: q.text(1, 6),
            body: q.text(1, 300),
        })
        .collect();
    let closing = q.rng.chance(50).then(|| Closing {
        title: q.text(1, 4),
        body: q.text(1, 30),
    });
    let mut intro = q.text(1, 40);
    for quote in &q.all {
        intro.push_str("\n\n");
        intro.push_str(quote);
    }
    PackFile {
        schema: content::SCHEMA_VERSION,
        id: format!("generated-{}", spec.seed % 1000),
        title: q.text(1, 12),
        source: Source {
            publisher: q.text(1, 3),
            url: q
                .rng
                .chance(50)
                .then(|| "https://example.com/a/very/long/path/that/does/not/break".into()),
            decide: None,
        },
        intro,
        options,
        factors,
        sliders,
        sections,
        rules,
        close_call,
        closing,
        situations: Vec::new(),
        // Drawn last, so every other part is what the same seed gave before.
        choosing: q.rng.chance(50).then(|| q.text(1, 3)),
    }
}

/// A condition on the sliders: a test of one (at least, at most, above
/// another, a toggle on or off), a bare slider where `pushes` allows it,
/// or a group of them, nested at most `depth` deep.
fn condition(rng: &mut Rng, sliders: &[SliderFile], pushes: bool, depth: u32) -> When {
    let pick = |rng: &mut Rng| &sliders[rng.below(sliders.len() as u64) as usize];
    match rng.below(10) {
        0 | 1 if depth > 0 => {
            let parts = (0..rng.range(1, 3))
                .map(|_| condition(rng, sliders, pushes, depth - 1))
                .collect();
            if rng.chance(50) {
                When::All(parts)
            } else {
                When::Any(parts)
            }
        }
        2 | 3 if pushes => When::Pushes(pick(rng).id.clone()),
        _ => {
            let t = pick(rng);
            let test = if t.max == 1 {
                Test::On(rng.chance(50))
            } else {
                let mut range = Range::default();
                if rng.chance(60) {
                    range.at_least = Some(rng.range(0, u64::from(t.max)) as u32);
                }
                if rng.chance(40) {
                    let low = range.at_least.unwrap_or(0);
                    range.at_most = Some(rng.range(u64::from(low), u64::from(t.max)) as u32);
                }
                let other = pick(rng);
                if (range == Range::default() || rng.chance(20)) && other.id != t.id {
                    range.above = Some(other.id.clone());
                    range.by = rng.chance(50).then(|| rng.range(0, 3) as u32);
                }
                if range == Range::default() {
                    range.at_most = Some(t.max);
                }
                Test::Range(range)
            };
            When::Test(t.id.clone(), test)
        }
    }
}

/// The pack of `spec`; it is valid, or the generator is wrong.
pub fn generated(spec: PackSpec) -> Pack {
    content::from_file(generated_file(spec))
        .unwrap_or_else(|problems| panic!("generated pack invalid: {problems:#?}"))
}

/// Values for `pack`, each within its slider's range.
pub fn values_within(pack: &Pack, raw: &[u32]) -> Vec<u32> {
    pack.sliders
        .iter()
        .enumerate()
        .map(|(t, tr)| raw.get(t).copied().unwrap_or(0) % (tr.max + 1))
        .collect()
}
