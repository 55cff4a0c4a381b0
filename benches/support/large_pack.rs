//! A large pack for benchmarks, generated deterministically from a seed:
//! 10,000 factors, 200 sliders, 8 options. Never committed as a file.

use std::fmt::Write;

const WORDS: &[&str] = &[
    "latency",
    "throughput",
    "tooling",
    "hiring",
    "typing",
    "memory",
    "startup",
    "streaming",
    "queues",
    "caching",
    "testing",
    "packaging",
    "security",
    "observability",
    "concurrency",
    "serialization",
    "migrations",
    "schemas",
    "workers",
    "sockets",
    "templates",
    "plugins",
    "profiling",
    "deployment",
];

/// A small linear congruential generator: the same seed, the same pack.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn words(&mut self, count: usize) -> String {
        (0..count)
            .map(|_| WORDS[self.below(WORDS.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The YAML text of a valid schema 2 pack with `factors` factors, `sliders`
/// sliders and `options` options: every factor's summary is a sentence of
/// the article (spread over 20 sections) that says "both", every rating's
/// basis a run of words from that sentence, so the pack carries tens of thousands of
/// quotations for validation to find. Every tenth slider rates an option on
/// a factor; the others raise factors.
pub fn large_pack_yaml(seed: u64, factors: usize, sliders: usize, options: usize) -> String {
    let mut rng = Lcg(seed);
    let mut out = String::with_capacity(factors * 600);
    out.push_str("schema: 2\nid: large\ntitle: \"A large generated comparison\"\nsource: { publisher: Generator }\n");
    out.push_str("intro: |\n  A generated pack for benchmarks.\noptions:\n");
    for o in 0..options {
        let _ = writeln!(
            out,
            "  - {{ id: opt{o}, name: Option {o}, tagline: \"{}\", summary: \"{}\" }}",
            rng.words(2),
            rng.words(8)
        );
    }
    let sentences: Vec<Vec<&str>> = (0..factors)
        .map(|_| {
            (0..8)
                .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
                .collect()
        })
        .collect();
    // "both" in every sentence: each basis cut from it speaks of every option.
    let sentence = |f: usize| format!("both {} {f}.", sentences[f].join(" "));
    let raters: Vec<usize> = (0..sliders).filter(|t| t % 10 == 9).collect();
    out.push_str("factors:\n");
    for f in 0..factors {
        let _ = writeln!(
            out,
            "  - id: f{f}\n    name: \"{} {f}\"\n    summary: \"{}\"\n    weight: {}\n    ratings: {{",
            rng.words(3),
            sentence(f),
            rng.below(4)
        );
        let rated = (!raters.is_empty() && f % 50 == 0).then(|| raters[f / 50 % raters.len()]);
        for o in 0..options {
            if rated.is_some() && o == 0 {
                continue;
            }
            let start = o % 7;
            let _ = write!(
                out,
                "{}opt{o}: {{rating: {}, basis: {}}}",
                if o > usize::from(rated.is_some()) {
                    ", "
                } else {
                    " "
                },
                rng.below(11),
                sentences[f][start..start + 2].join(" ")
            );
        }
        out.push_str(" }\n");
        if let Some(t) = rated {
            let _ = writeln!(out, "    rated_by: {{ opt0: t{t} }}");
        }
    }
    out.push_str("traits:\n");
    for t in 0..sliders {
        let max = [1, 2, 5, 10][rng.below(4) as usize];
        let raises = if raters.contains(&t) {
            String::new()
        } else {
            let picks: Vec<String> = (0..3)
                .map(|_| format!("f{}: {}", rng.below(factors as u64), 1 + rng.below(3)))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            format!("\n    raises: {{ {} }}", picks.join(", "))
        };
        let _ = writeln!(
            out,
            "  - id: t{t}\n    label: \"{} {t}\"\n    help: \"{}\"\n    max: {max}\n    default: {}{raises}",
            rng.words(2),
            rng.words(8),
            rng.below(max + 1),
        );
    }
    out.push_str("sections:\n");
    let per_section = factors.div_ceil(20).max(1);
    for s in 0..20 {
        let body: Vec<String> = (s * per_section..((s + 1) * per_section).min(factors))
            .map(sentence)
            .collect();
        let _ = writeln!(
            out,
            "  - id: s{s}\n    title: \"{} {s}\"\n    body: \"{} {}\"",
            rng.words(3),
            rng.words(40),
            body.join(" ")
        );
    }
    out.push_str("rules:\n  - { option: opt0, text: \"latency\", when: [t0] }\n");
    out.push_str("close_call: { margin: 5, text: \"tooling\" }\n");
    out
}
