//! Start to first frame, and peak memory, of the real binary in a
//! pseudo-terminal, side by side with a minimal ratatui program that draws a
//! list of 1,000 items (`examples/baseline_list.rs`), in one run.
//!
//! The time runs from spawning the process until the emulated screen shows
//! the program's title. Peak memory is the process's VmHWM (Linux) once the
//! first frame is up. Needs the baseline built first:
//! `cargo build --release --example baseline_list` (benches/run.sh does it).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const RUNS: usize = 21;

struct Sample {
    first_frame: Duration,
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
    let first_frame = loop {
        let bytes = receiver
            .recv_timeout(Duration::from_secs(10))
            .expect("output within 10 s");
        parser.process(&bytes);
        if parser.screen().contents().contains(marker) {
            break start.elapsed();
        }
    };
    let peak_kib = peak_kib(pid);
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    let _ = child.wait();
    Sample {
        first_frame,
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
}
