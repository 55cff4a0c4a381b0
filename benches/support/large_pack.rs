//! A large pack for benchmarks, generated deterministically from a seed:
//! 10,000 factors, 200 traits, 8 options. Never committed as a file.

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

/// The YAML text of a pack with `factors` factors, `traits` traits and `options` options.
pub fn large_pack_yaml(seed: u64, factors: usize, traits: usize, options: usize) -> String {
    let mut rng = Lcg(seed);
    let mut out = String::with_capacity(factors * 200);
    out.push_str("schema: 1\nid: large\ntitle: \"A large generated comparison\"\nsource: { publisher: Generator }\n");
    out.push_str("intro: |\n  A generated pack for benchmarks.\noptions:\n");
    for o in 0..options {
        let _ = writeln!(
            out,
            "  - {{ id: opt{o}, name: Option {o}, tagline: \"{}\", summary: \"{}\" }}",
            rng.words(2),
            rng.words(8)
        );
    }
    out.push_str("factors:\n");
    for f in 0..factors {
        let ratings: Vec<String> = (0..options)
            .map(|o| format!("opt{o}: {}", rng.below(11)))
            .collect();
        let _ = writeln!(
            out,
            "  - id: f{f}\n    name: \"{} {f}\"\n    summary: \"{}\"\n    ratings: {{ {} }}",
            rng.words(3),
            rng.words(10),
            ratings.join(", ")
        );
    }
    out.push_str("traits:\n");
    for t in 0..traits {
        let max = 1 + rng.below(10);
        let mut weights = Vec::new();
        for o in 0..options {
            if rng.below(3) == 0 {
                weights.push(format!("opt{o}: {}", rng.below(5)));
            }
        }
        let _ = writeln!(
            out,
            "  - id: t{t}\n    label: \"{} {t}\"\n    help: \"{}\"\n    max: {max}\n    default: {}\n    factors: [f{}]\n    weights: {{ {} }}",
            rng.words(2),
            rng.words(8),
            rng.below(max + 1),
            rng.below(factors as u64),
            weights.join(", ")
        );
    }
    out.push_str("sections:\n");
    for s in 0..20 {
        let _ = writeln!(
            out,
            "  - id: s{s}\n    title: \"{} {s}\"\n    body: \"{}\"",
            rng.words(3),
            rng.words(80)
        );
    }
    out.push_str("rules:\n  - { option: opt0, text: \"Choose option 0 when it fits.\" }\n");
    out.push_str("close_call: { margin: 5, text: \"Too close to call.\" }\n");
    out
}
