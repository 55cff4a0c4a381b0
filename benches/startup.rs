//! Start to first frame, and peak memory, of the real binary in a
//! pseudo-terminal, side by side with a minimal ratatui program that draws a
//! list of 1,000 items (`examples/baseline_list.rs`), in one run.
//!
//! The time runs from spawning the process until the emulated screen shows
//! the program's title. Peak memory is the process's VmHWM (Linux) once the
//! first frame is up. Then the explorer on a generated pack of 10,000
//! factors: how soon the screen first says something (the loading note),
//! and how soon the pack's own screen follows. Needs the baseline built first:
//! `cargo build --release --example baseline_list` (benches/run.sh does it).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

#[path = "support/large_pack.rs"]
#[allow(dead_code)]
mod large_pack;

const RUNS: usize = 21;

struct Sample {
    first_frame: Duration,
    /// When each of the other markers first showed, in order.
    then: Vec<Duration>,
    peak_kib: u64,
}

fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn measure(program: &Path, args: &[&str], marker: &str) -> Sample {
    measure_all(program, args, &[marker])
}

/// Spawn `program` and time the first screen showing each of `markers`, in
/// order (the first is `first_frame`).
fn measure_all(program: &Path, args: &[&str], markers: &[&str]) -> Sample {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut command = CommandBuilder::new(program);
    command.args(args);
    command.env("TERM", "xterm-256color");
    let mut reader = pty.master.try_clone_reader().expect("a reader");
    let mut writer = pty.master.take_writer().expect("a writer");
    let (sender, receiver) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let start = Instant::now();
    let mut child = pty
        .slave
        .spawn_command(command)
        .expect("the program starts");
    let pid = child.process_id().unwrap_or(0);
    let mut parser = vt100::Parser::new(40, 120, 0);
    let mut seen = Vec::new();
    for marker in markers {
        let at = loop {
            if parser.screen().contents().contains(marker) {
                break start.elapsed();
            }
            let bytes = receiver
                .recv_timeout(Duration::from_secs(30))
                .expect("output within 30 s");
            parser.process(&bytes);
        };
        seen.push(at);
    }
    let peak_kib = peak_kib(pid);
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    let _ = child.wait();
    Sample {
        first_frame: seen[0],
        then: seen[1..].to_vec(),
        peak_kib,
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

fn main() {
    // `cargo bench` passes flags such as --bench; this harness takes none.
    let app = PathBuf::from(env!("CARGO_BIN_EXE_stackcompare"));
    let baseline = app.with_file_name("examples").join("baseline_list");
    if !baseline.exists() {
        eprintln!("build the baseline first: cargo build --release --example baseline_list");
        std::process::exit(1);
    }
    let mut app_samples = Vec::new();
    let mut baseline_samples = Vec::new();
    // Alternate the two so machine noise falls on both alike; one warm-up each.
    for run in 0..=RUNS {
        let a = measure(&app, &["--no-mouse"], "Python vs Node.js");
        let b = measure(&baseline, &[], "Baseline list");
        if run > 0 {
            app_samples.push(a);
            baseline_samples.push(b);
        }
    }
    let ms = |samples: &[Sample]| {
        median(
            samples
                .iter()
                .map(|s| s.first_frame.as_secs_f64() * 1000.0)
                .collect(),
        )
    };
    let mib =
        |samples: &[Sample]| median(samples.iter().map(|s| s.peak_kib as f64 / 1024.0).collect());
    let (app_ms, base_ms) = (ms(&app_samples), ms(&baseline_samples));
    let (app_mib, base_mib) = (mib(&app_samples), mib(&baseline_samples));
    println!("start to first frame, median of {RUNS} runs (120x40 pty):");
    println!("  baseline_list   {base_ms:8.2} ms   peak {base_mib:6.1} MiB");
    println!("  stackcompare    {app_ms:8.2} ms   peak {app_mib:6.1} MiB");
    println!(
        "  ratio           {:8.2}x   peak {:6.2}x (targets: at most 1.1x and 1.3x)",
        app_ms / base_ms,
        app_mib / base_mib
    );
    large(&app);
}

/// The explorer on 10,000 factors: the note while it loads, then the pack.
fn large(app: &Path) {
    let file =
        std::env::temp_dir().join(format!("stackcompare-startup-{}.yaml", std::process::id()));
    std::fs::write(&file, large_pack::large_pack_yaml(7, 10_000, 200, 8)).expect("write the pack");
    let path = file.display().to_string();
    let samples: Vec<Sample> = (0..=5)
        .map(|_| {
            measure_all(
                app,
                &["--no-mouse", "--content", &path],
                &["loading", "A large generated comparison"],
            )
        })
        .skip(1)
        .collect();
    let _ = std::fs::remove_file(&file);
    let ms = |pick: &dyn Fn(&Sample) -> Duration| {
        median(
            samples
                .iter()
                .map(|s| pick(s).as_secs_f64() * 1000.0)
                .collect(),
        )
    };
    println!(
        "the explorer on 10,000 factors, median of {} runs:",
        samples.len()
    );
    println!(
        "  the loading note   {:8.2} ms (target: within 100 ms)",
        ms(&|s| s.first_frame)
    );
    println!("  the pack's screen  {:8.2} ms", ms(&|s| s.then[0]));
}
