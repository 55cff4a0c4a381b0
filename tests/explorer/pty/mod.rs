//! End-to-end tests of the real explorer in a pseudo-terminal.
//!
//! Each test spawns the built binary in its own PTY (fixed size,
//! `TERM=xterm-256color`, a fresh temporary current directory), feeds the
//! output into a `vt100` parser on a reader thread and asserts on the
//! SCREEN it draws. Only the restore checks look at the raw bytes (and the
//! reader uses the end-of-frame cursor hide to know a frame is complete).
//!
//! Waits poll the last complete frame every 20 ms up to a generous deadline
//! and fail with the screen dumped; nothing asserts on speed.
//!
//! This file is the harness: a session (the binary in its PTY, the keys sent
//! to it, the waits on its screen). `output.rs` collects what the terminal
//! receives and checks what is left once the explorer has ended;
//! `reading.rs` reads a frame. The tests, by theme: `screens`, `comparing`, `quitting`,
//! `signals`, `job_control`, `terminals`, `saving`, `watch` and `loading`; `linear` the
//! line mode at a prompt; `headless`
//! runs the commands, not the explorer, on a terminal.

use std::io::{Read, Write};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_stackcompare");
/// How long the screen may take to show something (a loaded machine).
const SCREEN_DEADLINE: Duration = Duration::from_secs(10);
/// How long the app may take to end after `q`, a signal or a hangup.
const EXIT_DEADLINE: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(20);

const TITLE: &str = "Python vs Node.js: which backend should you choose?";
/// What `verdict_on` says of a close call.
const CLOSE: &str = "close call";
const MD: &str = "stackcompare-python-vs-node.md";
const MD_2: &str = "stackcompare-python-vs-node-2.md";
const RECORD: &str = "stackcompare-python-vs-node-decision.md";
const PROFILE: &str = "my-project.profile.yaml";

// Keys as an xterm sends them.
const RIGHT: &str = "\x1b[C";
const DOWN: &str = "\x1b[B";
const END: &str = "\x1b[F";
const ESC: &str = "\x1b";
const ENTER: &str = "\r";

mod comparing;
mod configured;
mod headless;
mod job_control;
mod linear;
mod loading;
mod output;
mod questions;
mod quitting;
mod reading;
mod saving;
mod screens;
mod signals;
mod terminals;
mod watch;

use output::Output;
use reading::{framed, slider_value, verdict_on};

/// The explorer running in a PTY.
struct Session {
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    child: Mutex<Box<dyn Child + Send + Sync>>,
    pid: u32,
    output: Arc<Mutex<Output>>,
    /// Set by the test: the reader thread drops its copy of the master once
    /// this many frames are complete.
    stop_after_frames: Arc<AtomicUsize>,
    /// Set by the reader thread when it has ended (EOF, error or stop).
    reader_done: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
    dir: tempfile::TempDir,
}

impl Session {
    fn start(cols: u16, rows: u16) -> Self {
        Self::start_with(cols, rows, &[])
    }

    fn start_with(cols: u16, rows: u16, env: &[(&str, &str)]) -> Self {
        Self::spawn(cols, rows, CommandBuilder::new(BIN), env)
    }

    /// A headless command, `stackcompare ARGS`, writing to the terminal.
    fn command(args: &[&str], env: &[(&str, &str)]) -> Self {
        let mut command = CommandBuilder::new(BIN);
        command.args(args);
        Self::spawn(80, 24, command, env)
    }

    /// `sh -c SCRIPT`, with the binary as `$0`.
    fn script(script: &str, env: &[(&str, &str)]) -> Self {
        let mut command = CommandBuilder::new("sh");
        command.args(["-c", script, BIN]);
        Self::spawn(80, 24, command, env)
    }

    /// An interactive shell with job control, to run the explorer as a job.
    fn shell(cols: u16, rows: u16) -> Self {
        let mut command = CommandBuilder::new("bash");
        command.args(["--norc", "--noprofile", "-i"]);
        Self::spawn(cols, rows, command, &[("PS1", "shell$ ")])
    }

    fn spawn(cols: u16, rows: u16, mut command: CommandBuilder, env: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        // Nothing from the test's own environment (NO_COLOR, TMUX, …) leaks in.
        command.env_clear();
        command.env("TERM", "xterm-256color");
        if let Some(path) = std::env::var_os("PATH") {
            command.env("PATH", path);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        command.cwd(dir.path());
        let child = pty
            .slave
            .spawn_command(command)
            .expect("spawn the explorer");
        // Only the child keeps the terminal side open, so reads end when it does.
        drop(pty.slave);
        let pid = child.process_id().expect("child pid");
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");

        let output = Arc::new(Mutex::new(Output::new(rows, cols)));
        let stop_after_frames = Arc::new(AtomicUsize::new(usize::MAX));
        let reader_done = Arc::new(AtomicBool::new(false));
        let thread = {
            let (output, stop, done) = (
                Arc::clone(&output),
                Arc::clone(&stop_after_frames),
                Arc::clone(&reader_done),
            );
            thread::spawn(move || {
                let mut buffer = [0u8; 16384];
                loop {
                    match reader.read(&mut buffer) {
                        // EIO once the terminal side is closed, on Linux.
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            let mut output = output.lock().unwrap();
                            output.feed(&buffer[..n]);
                            if output.frames >= stop.load(Ordering::SeqCst) {
                                break;
                            }
                        }
                    }
                }
                drop(reader);
                done.store(true, Ordering::SeqCst);
            })
        };
        Self {
            master: Some(pty.master),
            writer: Some(writer),
            child: Mutex::new(child),
            pid,
            output,
            stop_after_frames,
            reader_done,
            reader: Some(thread),
            status: None,
            dir,
        }
    }

    fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the pty is still open");
        writer.write_all(keys.as_bytes()).expect("write keys");
        writer.flush().expect("flush keys");
    }

    /// The last complete frame.
    fn frame(&self) -> vt100::Screen {
        self.output.lock().unwrap().frame.clone()
    }

    fn raw(&self) -> Vec<u8> {
        self.output.lock().unwrap().raw.clone()
    }

    /// Poll the last complete frame until `check` holds, or fail with it dumped.
    fn wait_until(&self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        loop {
            if check(&self.output.lock().unwrap().frame) {
                return;
            }
            let ended = self.child.lock().unwrap().try_wait().ok().flatten();
            if let Some(status) = ended {
                // Its last frame may still be on the way.
                let drained = Instant::now();
                while !self.reader_done.load(Ordering::SeqCst) && drained.elapsed() < EXIT_DEADLINE
                {
                    thread::sleep(POLL);
                }
                if check(&self.output.lock().unwrap().frame) {
                    return;
                }
                panic!(
                    "the explorer ended ({status:?}) while the test waited for {what}; the screen:\n{}",
                    self.dump()
                );
            }
            if start.elapsed() > SCREEN_DEADLINE {
                panic!(
                    "timed out after {SCREEN_DEADLINE:?} waiting for {what}; the screen:\n{}",
                    self.dump()
                );
            }
            thread::sleep(POLL);
        }
    }

    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |screen| {
            screen.contents().contains(text)
        });
    }

    fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} to leave the screen"), |screen| {
            !screen.contents().contains(text)
        });
    }

    /// Wait on the screen as drawn so far (for a shell, which draws no frames).
    fn wait_live(&self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        loop {
            if check(self.output.lock().unwrap().parser.screen()) {
                return;
            }
            assert!(
                start.elapsed() < SCREEN_DEADLINE,
                "timed out after {SCREEN_DEADLINE:?} waiting for {what}; the screen:\n{}",
                self.dump()
            );
            thread::sleep(POLL);
        }
    }

    /// The process state Linux shows (`T` when stopped).
    fn state(&self, pid: u32) -> String {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| {
                stat.rsplit_once(')')
                    .and_then(|(_, after)| after.split_whitespace().next().map(str::to_owned))
            })
            .unwrap_or_default()
    }

    fn wait_verdict(&self, verdict: &str) {
        self.wait_until(&format!("the verdict {verdict:?}"), |screen| {
            verdict_on(screen).as_deref() == Some(verdict)
        });
    }

    fn wait_slider(&self, label: &str, value: &str) {
        self.wait_until(
            &format!("the slider {label:?} focused at {value}"),
            |screen| slider_value(screen, label).as_deref() == Some(value),
        );
    }

    /// The last complete frame framed, and the live screen if it differs,
    /// for failure messages.
    fn dump(&self) -> String {
        let output = self.output.lock().unwrap();
        let mut out = framed(&output.frame);
        let live = output.parser.screen();
        if live.contents() != output.frame.contents() {
            out.push_str("…and the screen as drawn so far (a frame in progress):\n");
            out.push_str(&framed(live));
        }
        out
    }

    /// Wait for the process to end by itself; fails after `EXIT_DEADLINE`.
    fn wait_exit(&mut self, why: &str) -> ExitStatus {
        let start = Instant::now();
        loop {
            let ended = self.child.lock().unwrap().try_wait().expect("try_wait");
            if let Some(status) = ended {
                self.status = Some(status.clone());
                return status;
            }
            if start.elapsed() > EXIT_DEADLINE {
                // Where Linux shows it, say whether it sleeps or spins.
                let state = std::fs::read_to_string(format!("/proc/{}/stat", self.pid))
                    .ok()
                    .and_then(|stat| {
                        let (_, after) = stat.rsplit_once(')')?;
                        after.split_whitespace().next().map(str::to_owned)
                    })
                    .map_or(String::new(), |state| {
                        format!(" (process state {state}; R means it is spinning)")
                    });
                panic!(
                    "the explorer was still running {EXIT_DEADLINE:?} after {why}{state}; the last frame:\n{}",
                    self.dump()
                );
            }
            thread::sleep(POLL);
        }
    }

    /// Wait for the exit, then for the reader to drain what was left.
    fn ended(&mut self, why: &str) -> ExitStatus {
        let status = self.wait_exit(why);
        self.join_reader();
        status
    }

    /// Wait until the reader thread has ended (the PTY at end of file, or
    /// told to stop).
    fn join_reader(&mut self) {
        let start = Instant::now();
        while !self.reader_done.load(Ordering::SeqCst) {
            assert!(
                start.elapsed() < EXIT_DEADLINE,
                "the pty reader never finished:\n{}",
                self.dump()
            );
            thread::sleep(POLL);
        }
        if let Some(reader) = self.reader.take() {
            reader.join().expect("reader thread");
        }
    }

    /// Send a signal to the process, as `kill -TERM pid` does.
    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid.to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} {} failed", self.pid);
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // A failed test must not leave the explorer running.
        let child = self
            .child
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if self.status.is_none() && matches!(child.try_wait(), Ok(None)) {
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg(self.pid.to_string())
                .status();
            let _ = child.wait();
        }
    }
}

/// The explorer at `cols`×`rows`, its first screen drawn.
fn started(cols: u16, rows: u16) -> Session {
    let session = Session::start(cols, rows);
    session.wait_for(TITLE);
    session.wait_verdict(CLOSE);
    session
}
