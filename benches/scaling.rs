//! How costs grow with the pack: the same operations on generated packs of
//! 10,000 and 100,000 factors (200 sliders, 8 options), medians of a few
//! runs each, with the ratio between the two sizes; then `check` beside
//! `recommend` as commands on the 10,000-factor pack written to a file.
//!
//! Run: `cargo bench --bench scaling` (or `benches/run.sh` for everything).
//! The 100,000-factor pack (63 MB of YAML) is larger than the 8 MiB a file
//! may be, so the sizes are compared in process.

/// The tests' pack generator: few words, so quotations are worded alike.
#[allow(dead_code)]
#[path = "../tests/common/packs.rs"]
mod packs;

#[path = "support/large_pack.rs"]
mod large_pack;

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use stackcompare::content::{self, Pack};
use stackcompare::engine::Engine;
use stackcompare::export;
use stackcompare::search::SearchIndex;
use stackcompare::tui::action::Action;
use stackcompare::tui::app::{App, Start};
use stackcompare::tui::theme::Theme;
use stackcompare::tui::ui;

const SIZES: [usize; 2] = [10_000, 100_000];

/// The median of `runs` timings of `work`, after one run to warm up.
fn median(runs: usize, mut work: impl FnMut()) -> Duration {
    work();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Each operation's median on one pack, in a fixed order.
fn measure(text: &str) -> Vec<(&'static str, Duration)> {
    let pack: Pack = content::parse_pack(text, "large").expect("the generated pack is valid");
    let engine = Engine::new(&pack);
    let values = pack.default_values();
    let recommendation = engine.recommend(&values);
    let mut app = App::new(vec![pack.clone()], Start::default(), Theme::new(true));
    app.update(Action::Resize(200, 60));
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");
    let index = SearchIndex::new(&pack);
    let mut up = true;
    vec![
        (
            "load and validate",
            median(5, || {
                black_box(content::parse_pack(text, "large").unwrap());
            }),
        ),
        (
            "recommend",
            median(21, || {
                black_box(engine.recommend(&values));
            }),
        ),
        (
            "key press (update + draw 200×60)",
            median(21, || {
                up = !up;
                app.update(if up {
                    Action::Increase
                } else {
                    Action::Decrease
                });
                terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
            }),
        ),
        (
            "tipping points of every rating",
            median(5, || {
                black_box(engine.rating_tipping_points(&recommendation, 0..usize::MAX));
            }),
        ),
        (
            "tipping points of every weight",
            median(5, || {
                black_box(engine.weight_tipping_points(&recommendation, 0..usize::MAX));
            }),
        ),
        (
            "search, first letter",
            median(21, || {
                black_box(index.search("r"));
            }),
        ),
        (
            "markdown export",
            median(11, || {
                black_box(export::to_markdown(&export::Summary::of(
                    &pack,
                    &recommendation,
                )));
            }),
        ),
        (
            "JSON export",
            median(11, || {
                black_box(export::to_json(&export::Summary::of(
                    &pack,
                    &recommendation,
                )));
            }),
        ),
    ]
}

fn scaling() {
    let results: Vec<Vec<(&str, Duration)>> = SIZES
        .iter()
        .map(|&factors| measure(&large_pack::large_pack_yaml(7, factors, 200, 8)))
        .collect();
    println!("medians; 200 sliders, 8 options\n");
    println!(
        "{:<34} {:>12} {:>12} {:>7}",
        "operation", "10k factors", "100k factors", "ratio"
    );
    for (small, large) in results[0].iter().zip(&results[1]) {
        println!(
            "{:<34} {:>12} {:>12} {:>6.1}×",
            small.0,
            format!("{:.3?}", small.1),
            format!("{:.3?}", large.1),
            large.1.as_secs_f64() / small.1.as_secs_f64()
        );
    }
}

/// `check` and `recommend` as a user runs them, alternating, on one file.
fn commands() {
    let path = std::env::temp_dir().join(format!("stackcompare-bench-{}.yaml", std::process::id()));
    std::fs::write(&path, large_pack::large_pack_yaml(7, 10_000, 200, 8)).expect("write the pack");
    let binary = env!("CARGO_BIN_EXE_stackcompare");
    let run = |args: &[&str]| {
        let start = Instant::now();
        let status = Command::new(binary)
            .args(args)
            .output()
            .expect("run")
            .status;
        assert!(status.success(), "{args:?} failed");
        start.elapsed()
    };
    let file = path.to_str().expect("a UTF-8 temp path");
    let (mut check, mut recommend) = (Vec::new(), Vec::new());
    for _ in 0..11 {
        check.push(run(&["check", file]));
        recommend.push(run(&["recommend", "--content", file]));
    }
    let _ = std::fs::remove_file(&path);
    check.sort();
    recommend.sort();
    let (check, recommend) = (check[5], recommend[5]);
    println!("\ncommands on the 10k-factor pack (6.3 MB), medians of 11, alternating:");
    println!("  check      {check:.1?}\n  recommend  {recommend:.1?}");
    println!(
        "  ratio      {:.2}×",
        check.as_secs_f64() / recommend.as_secs_f64()
    );
}

/// `recommend` alone at both sizes, medians of 21: what
/// `cargo bench --bench scaling -- recommend` runs.
fn recommend_only() {
    let medians: Vec<Duration> = SIZES
        .iter()
        .map(|&factors| {
            let text = large_pack::large_pack_yaml(7, factors, 200, 8);
            let pack = content::parse_pack(&text, "large").expect("the generated pack is valid");
            let engine = Engine::new(&pack);
            let values = pack.default_values();
            median(21, || {
                black_box(engine.recommend(&values));
            })
        })
        .collect();
    println!(
        "recommend: 10k {:.3?}, 100k {:.3?}, ratio {:.1}×",
        medians[0],
        medians[1],
        medians[1].as_secs_f64() / medians[0].as_secs_f64()
    );
}

/// Loading and validating the 10,000-factor pack (what `check` does) beside
/// a bare `serde_yaml` parse of the same text into the same types,
/// alternating, medians of 7: `cargo bench --bench scaling -- check`.
fn check_only() {
    let alike = packs::generated_file(packs::PackSpec {
        options: 8,
        factors: 10_000,
        sliders: 200,
        max_slider: 10,
        seed: 7,
    });
    let alike = serde_yaml::to_string(&alike).expect("a pack file writes");
    for (name, text) in [
        ("generated", large_pack::large_pack_yaml(7, 10_000, 200, 8)),
        ("worded alike", alike),
    ] {
        print!("{name} ({} MB): ", text.len() / 1_000_000);
        check_one(&text);
    }
}

fn check_one(text: &str) {
    let text = text.to_owned();
    let (mut load, mut bare) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        let start = Instant::now();
        black_box(content::parse_pack(&text, "large").expect("the generated pack is valid"));
        load.push(start.elapsed());
        let start = Instant::now();
        black_box(serde_yaml::from_str::<content::PackFile>(&text).expect("it parses"));
        bare.push(start.elapsed());
    }
    load.sort();
    bare.sort();
    println!(
        "load and validate {:.1?} ({:.1?}–{:.1?}), bare parse {:.1?} ({:.1?}–{:.1?}), ratio {:.2}×",
        load[3],
        load[0],
        load[6],
        bare[3],
        bare[0],
        bare[6],
        load[3].as_secs_f64() / bare[3].as_secs_f64()
    );
}

fn main() {
    if std::env::args().skip(1).any(|arg| arg == "check") {
        check_only();
        return;
    }
    // `cargo bench` passes `--bench`; a filter of `recommend` runs that alone.
    if std::env::args().skip(1).any(|arg| arg == "recommend") {
        recommend_only();
        return;
    }
    scaling();
    commands();
}
