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

use std::io::{Read, Write};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

use crate::common;

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
const PROFILE: &str = "stackcompare-python-vs-node.profile.yaml";

// Keys as an xterm sends them.
const RIGHT: &str = "\x1b[C";
const END: &str = "\x1b[F";
const ESC: &str = "\x1b";
const ENTER: &str = "\r";

/// Every frame ratatui draws ends by hiding the cursor (no frame here sets
/// a cursor position), so this marks where a complete frame ends.
const FRAME_END: &[u8] = b"\x1b[?25l";

mod watch;

/// What the reader thread collects.
struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
    /// The screen as of the last complete frame: waits look only at this,
    /// never at a frame half drawn.
    frame: vt100::Screen,
    /// Where in `raw` the last complete frame ends.
    frame_end: usize,
    /// How many complete frames so far.
    frames: usize,
    processed: usize,
    search_from: usize,
}

impl Output {
    fn new(rows: u16, cols: u16) -> Self {
        let parser = vt100::Parser::new(rows, cols, 0);
        let frame = parser.screen().clone();
        Self {
            parser,
            raw: Vec::new(),
            frame,
            frame_end: 0,
            frames: 0,
            processed: 0,
            search_from: 0,
        }
    }

    /// Feed bytes to the terminal, noting each complete frame.
    fn feed(&mut self, bytes: &[u8]) {
        self.raw.extend_from_slice(bytes);
        loop {
            let found = self.raw[self.search_from..]
                .windows(FRAME_END.len())
                .position(|w| w == FRAME_END);
            match found {
                Some(at) => {
                    let end = self.search_from + at + FRAME_END.len();
                    self.parser.process(&self.raw[self.processed..end]);
                    self.processed = end;
                    self.search_from = end;
                    self.frame_end = end;
                    self.frame = self.parser.screen().clone();
                    self.frames += 1;
                }
                None => {
                    self.parser.process(&self.raw[self.processed..]);
                    self.processed = self.raw.len();
                    // A marker may be split between two reads.
                    self.search_from = self
                        .search_from
                        .max(self.raw.len().saturating_sub(FRAME_END.len() - 1));
                    return;
                }
            }
        }
    }
}

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

/// The screen with its row numbers and edges, for failure messages.
fn framed(screen: &vt100::Screen) -> String {
    let (_, cols) = screen.size();
    let mut out = String::new();
    for (n, row) in rows(screen).iter().enumerate() {
        let pad = usize::from(cols).saturating_sub(common::screen::width(row));
        out.push_str(&format!("{n:>2} |{row}{}|\n", " ".repeat(pad)));
    }
    out
}

/// The screen's rows, as the terminal shows them.
fn rows(screen: &vt100::Screen) -> Vec<String> {
    common::screen::terminal_rows(screen)
}

/// The verdict pinned at the top of the recommendation pane: the winner's
/// name, or `CLOSE` for a close call.
fn verdict_on(screen: &vt100::Screen) -> Option<String> {
    let rows = rows(screen);
    let title = rows.iter().position(|row| row.contains("Recommendation"))?;
    let row = rows.get(title + 1)?;
    let inside = row.rsplit(['│', '┃']).nth(1)?.trim();
    if inside.to_lowercase().contains("close") {
        return Some(CLOSE.to_owned());
    }
    Some(inside.trim_start_matches("Verdict:").trim().to_owned())
}

/// The row (index, text) of the selected slider, if its label starts with `label`.
fn selected_row(screen: &vt100::Screen, label: &str) -> Option<(u16, String)> {
    let marker = format!("▶ {label}");
    rows(screen)
        .into_iter()
        .enumerate()
        .find(|(_, row)| row.contains(&marker))
        .map(|(n, row)| (u16::try_from(n).unwrap(), row))
}

/// The value of the selected slider ("4/10", "off"), when its label starts
/// with `label`: at the end of its row, or of the track row under it.
fn slider_value(screen: &vt100::Screen, label: &str) -> Option<String> {
    let (row, text) = selected_row(screen, label)?;
    let marker = format!("▶ {label}");
    let pane = |text: &str| -> Option<String> {
        text.split(['┃', '│'])
            .find(|part| part.contains(&marker) || part.contains('░') || part.contains('█'))
            .map(str::to_owned)
    };
    let is_value = |word: &&str| word.contains('/') || *word == "on" || *word == "off";
    let same = pane(&text)?;
    if let Some(value) = same.split_whitespace().last().filter(is_value) {
        return Some(value.to_owned());
    }
    let below = rows(screen).get(usize::from(row) + 1).cloned()?;
    let below = below.split('┃').nth(1)?.to_owned();
    below
        .split_whitespace()
        .last()
        .filter(is_value)
        .map(str::to_owned)
}

fn tail(text: &str, n: usize) -> String {
    let count = text.chars().count();
    text.chars().skip(count.saturating_sub(n)).collect()
}

/// The bytes written after the last complete frame hold the restore:
/// alternate screen left, mouse capture off, cursor shown. The emulated
/// terminal agrees.
fn assert_restored(session: &Session) {
    let output = session.output.lock().unwrap();
    assert!(output.frame_end > 0, "no frame was ever drawn");
    let after = String::from_utf8_lossy(&output.raw[output.frame_end..]);
    let everything = String::from_utf8_lossy(&output.raw);
    for (sequence, what) in [
        ("\x1b[?1049l", "leave the alternate screen"),
        ("\x1b[?1000l", "mouse capture off (DisableMouseCapture)"),
        ("\x1b[?1006l", "SGR mouse reports off (DisableMouseCapture)"),
        ("\x1b[?25h", "show the cursor"),
    ] {
        assert!(
            after.contains(sequence),
            "no {sequence:?} ({what}) after the last frame; the output ends with {:?}",
            tail(&everything, 400)
        );
    }
    let screen = output.parser.screen();
    assert!(
        !screen.alternate_screen(),
        "the terminal is still on the alternate screen"
    );
    assert!(!screen.hide_cursor(), "the cursor is still hidden");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting is still on"
    );
}

fn assert_no_panic(session: &Session) {
    let raw = session.raw();
    let text = String::from_utf8_lossy(&raw);
    assert!(
        !text.contains("panicked") && !text.contains("RUST_BACKTRACE"),
        "a panic message in the output: {:?}",
        tail(&text, 800)
    );
}

/// The explorer at `cols`×`rows`, its first screen drawn.
fn started(cols: u16, rows: u16) -> Session {
    let session = Session::start(cols, rows);
    session.wait_for(TITLE);
    session.wait_verdict(CLOSE);
    session
}

#[test]
fn starts_with_title_factors_sliders_and_a_close_call() {
    let session = started(120, 40);
    session.wait_slider("Touches data", "0/10");
    let screen = session.frame().contents();
    for text in [
        TITLE,
        "Factors",
        "Data and AI",
        "Real time",
        "Touches data",
        "Real-time features",
        "Recommendation",
    ] {
        assert!(
            screen.contains(text),
            "{text:?} missing at start:\n{}",
            session.dump()
        );
    }
    assert_eq!(verdict_on(&session.frame()).as_deref(), Some(CLOSE));
}

#[test]
fn sliders_move_the_verdict_both_ways() {
    let mut session = started(120, 40);
    session.wait_slider("Touches data", "0/10");
    // The data/AI slider up one step at a time until Python wins.
    let mut presses = 0;
    while verdict_on(&session.frame()).as_deref() != Some("Python") {
        assert!(
            presses < 10,
            "Python never won with the data slider at its max:\n{}",
            session.dump()
        );
        session.send(if presses % 2 == 0 { "l" } else { RIGHT });
        presses += 1;
        session.wait_slider("Touches data", &format!("{presses}/10"));
    }

    // Reset, then the real-time slider up until Node.js wins.
    session.send("r");
    session.wait_for("Back to the pack's defaults");
    session.wait_slider("Touches data", "0/10");
    session.wait_verdict(CLOSE);
    session.send("j");
    session.wait_slider("Real-time", "0/10");
    let mut presses = 0;
    while verdict_on(&session.frame()).as_deref() != Some("Node.js") {
        assert!(
            presses < 10,
            "Node.js never won with the real-time slider at its max:\n{}",
            session.dump()
        );
        session.send("l");
        presses += 1;
        session.wait_slider("Real-time", &format!("{presses}/10"));
    }
}

#[test]
fn search_finds_real_time_and_jumps_to_it() {
    let mut session = started(120, 40);
    session.send("/");
    session.wait_for("Search factors, sliders and the article");
    session.send("rltm");
    // The first result, under the query and a rule, is the factor "Real time".
    session.wait_until("\"Real time\" as the first result for \"rltm\"", |screen| {
        let rows = rows(screen);
        let Some(query) = rows.iter().position(|r| r.contains("/ rltm")) else {
            return false;
        };
        rows.get(query + 2)
            .is_some_and(|first| first.contains("▶ factor") && first.contains("Real time"))
    });
    session.send(ENTER);
    session.wait_gone("Search factors, sliders and the article");
    // The detail pane's title is the factor's name.
    session.wait_until("the detail pane titled \"Real time\"", |screen| {
        rows(screen)
            .iter()
            .any(|row| row.contains("┌ Real time ─") || row.contains("┏ ▸ Real time ━"))
    });
    session.wait_for("Node.js shines at simultaneous");
}

#[test]
fn help_overlay_opens_and_esc_closes_it() {
    let mut session = started(120, 40);
    session.send("?");
    session.wait_until("the help overlay, titled with \"Keys\"", |screen| {
        rows(screen)
            .iter()
            .any(|row| row.contains("Keys") && row.contains("Esc or ? closes"))
    });
    session.wait_for("slider down one step");
    session.send(ESC);
    session.wait_gone("Esc or ? closes");
    session.wait_gone("slider down one step");
    session.wait_slider("Touches data", "0/10");
}

#[test]
fn article_view_shows_sections_and_scrolls_to_the_end() {
    let mut session = started(120, 40);
    session.send("a");
    session.wait_for("Python: clarity and data");
    session.send(END);
    session.wait_for("Shall we talk about your project?");
    session.send(ESC);
    session.wait_gone("Shall we talk about your project?");
    session.wait_slider("Touches data", "0/10");
}

#[test]
fn small_terminal_shows_sliders_and_verdict_together() {
    let session = started(80, 24);
    session.wait_slider("Touches data", "0/10");
    session.wait_for("Real-time feat");
    session.wait_verdict(CLOSE);
}

#[test]
fn q_quits_with_status_0_and_restores_the_terminal() {
    let mut session = started(120, 40);
    session.send("q");
    let status = session.ended("q");
    assert!(status.success(), "q ended with {status:?}");
    assert_restored(&session);
    assert_no_panic(&session);
}

#[test]
fn ctrl_c_quits_with_status_0() {
    let mut session = started(120, 40);
    session.send("\x03");
    let status = session.ended("Ctrl-C");
    assert!(status.success(), "Ctrl-C ended with {status:?}");
    assert_restored(&session);
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    let mut session = started(120, 40);
    session.signal("TERM");
    let status = session.ended("SIGTERM");
    assert_eq!(
        (status.exit_code(), status.signal()),
        (143, None),
        "SIGTERM ended with {status:?}"
    );
    assert_restored(&session);
    assert_no_panic(&session);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    let mut session = started(120, 40);
    session.signal("HUP");
    let status = session.ended("SIGHUP");
    assert_eq!(
        (status.exit_code(), status.signal()),
        (129, None),
        "SIGHUP ended with {status:?}"
    );
    assert_restored(&session);
    assert_no_panic(&session);
}

#[test]
fn closing_the_pty_while_idle_ends_the_app() {
    let mut session = started(120, 40);
    session.wait_slider("Touches data", "0/10");
    // The reader thread holds a copy of the master, so it must let go too.
    // Dropping portable-pty's writer types a newline and an end-of-file
    // character: the app reads both before it draws again, so the reader
    // stops after the next frame, with the app back waiting for input.
    let frames = session.output.lock().unwrap().frames;
    session
        .stop_after_frames
        .store(frames + 1, Ordering::SeqCst);
    drop(session.writer.take());
    session.join_reader();
    assert_no_panic(&session);
    drop(session.master.take());
    let status = session.wait_exit("the pty was closed while the app waited for input");
    assert_ended_by_itself(&status);
}

#[test]
fn closing_the_pty_mid_frame_ends_the_app_without_a_panic() {
    let mut session = started(120, 40);
    session.wait_slider("Touches data", "0/10");
    // Stop reading after the next frame, then queue many full-screen
    // redraws (the article view on and off): nobody drains the output any
    // more, so the app is busy drawing, or blocked writing, when the
    // terminal goes away.
    let frames = session.output.lock().unwrap().frames;
    session
        .stop_after_frames
        .store(frames + 1, Ordering::SeqCst);
    session.send("a");
    session.join_reader();
    session.send(&"a".repeat(60));
    drop(session.writer.take());
    drop(session.master.take());
    let status = session.wait_exit("the pty was closed while the app was drawing");
    assert_ended_by_itself(&status);
}

/// How the app must end when its terminal goes away: by itself (not killed
/// by the signal's default action), and not by a panic (exit status 101;
/// its message cannot be seen, the terminal being gone).
fn assert_ended_by_itself(status: &ExitStatus) {
    assert!(
        status.signal().is_none(),
        "the explorer died of {status:?} instead of ending by itself"
    );
    assert_ne!(
        status.exit_code(),
        101,
        "the explorer panicked (exit status 101) when its terminal went away"
    );
}

#[test]
fn export_and_profile_files_round_trip_through_the_cli() {
    let mut session = started(120, 40);
    // Off the defaults, so the profile carries something.
    session.send("ll");
    session.wait_slider("Touches data", "2/10");
    session.send("e");
    session.wait_for(&format!("Saved the summary to {MD}"));
    session.send("s");
    session.wait_for(&format!("Saved the profile to {PROFILE}"));
    session.send("e");
    session.wait_for(&format!("Saved the summary to {MD_2}"));

    let dir = session.dir.path().to_path_buf();
    let md = std::fs::read(dir.join(MD)).expect("the first export");
    let md_2 = std::fs::read(dir.join(MD_2)).expect("the second export");
    let profile = std::fs::read_to_string(dir.join(PROFILE)).expect("the profile");
    assert_eq!(md, md_2, "two exports of the same sliders differ");
    assert!(
        profile.contains("data_ai"),
        "the profile does not name the data slider:\n{profile}"
    );

    let output = Command::new(BIN)
        .args(["export", "--profile", PROFILE])
        .current_dir(&dir)
        .output()
        .expect("run stackcompare export");
    assert!(
        output.status.success(),
        "export --profile failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stdout == md,
        "`export --profile` differs from the explorer's export:\n--- explorer\n{}\n--- export --profile\n{}",
        String::from_utf8_lossy(&md),
        String::from_utf8_lossy(&output.stdout)
    );

    session.send("q");
    let status = session.wait_exit("q");
    assert!(status.success(), "q ended with {status:?}");
}

#[test]
fn no_color_keeps_focus_and_selection_visible() {
    let mut session = Session::start_with(120, 40, &[("NO_COLOR", "1")]);
    session.wait_for(TITLE);
    session.wait_slider("Touches data", "0/10");
    check_monochrome(&session.frame());
    // A winner is drawn in reverse video, still without colour.
    session.send("lllllll");
    session.wait_verdict("Python");
    check_monochrome(&session.frame());
}

/// No colour anywhere; the focused pane's border is bold and the others'
/// not; the selected slider's label is bold or reverse, the others' neither.
fn check_monochrome(screen: &vt100::Screen) {
    let (height, width) = screen.size();
    let cell = |row: u16, col: u16| screen.cell(row, col).expect("a cell on screen");
    for row in 0..height {
        for col in 0..width {
            let c = cell(row, col);
            assert!(
                c.fgcolor() == vt100::Color::Default && c.bgcolor() == vt100::Color::Default,
                "colour {:?} on {:?} at row {row}, column {col} ({:?}) with NO_COLOR:\n{}",
                c.fgcolor(),
                c.bgcolor(),
                c.contents(),
                framed(screen)
            );
        }
    }
    let column_of = |row: u16, text: &str| -> u16 {
        let line = &rows(screen)[usize::from(row)];
        let at = line
            .find(text)
            .unwrap_or_else(|| panic!("{text:?} not on row {row}:\n{}", framed(screen)));
        u16::try_from(common::screen::width(&line[..at])).unwrap()
    };

    // The focused pane (the sliders, "▸ Your project") has a bold border.
    let top = rows(screen)
        .iter()
        .position(|r| r.contains("Your project"))
        .and_then(|n| u16::try_from(n).ok())
        .expect("the sliders pane");
    let focused = column_of(top, "▸ Your project");
    assert!(
        cell(top, focused).bold() && cell(top, focused - 2).bold(),
        "the focused pane's title and border are not bold with NO_COLOR:\n{}",
        framed(screen)
    );
    let factors = rows(screen)
        .iter()
        .position(|r| r.contains("Factors"))
        .and_then(|n| u16::try_from(n).ok())
        .expect("the factors pane");
    let other = column_of(factors, "Factors");
    assert!(
        !cell(factors, other - 2).bold(),
        "an unfocused pane's border is bold too"
    );

    // The selected slider's label stands out; the next one's does not.
    let (row, _) = selected_row(screen, "Touches data").expect("the selected slider");
    let start = column_of(row, "▶ Touches data") + 2;
    for col in start..start + 12 {
        assert!(
            cell(row, col).inverse() || cell(row, col).bold(),
            "the selected slider's label is neither bold nor reverse at column {col} with NO_COLOR:\n{}",
            framed(screen)
        );
    }
    let next = rows(screen)
        .iter()
        .position(|r| r.contains("  Real-time features"))
        .and_then(|n| u16::try_from(n).ok())
        .expect("the second slider");
    let col = column_of(next, "Real-time features");
    assert!(
        !cell(next, col).inverse() && !cell(next, col).bold(),
        "an unselected slider's label looks selected too"
    );
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_brings_the_screen_back() {
    let mut session = Session::shell(120, 40);
    session.wait_live("the shell's prompt", |screen| {
        screen.contents().contains("shell$")
    });
    session.send(&format!("{BIN}\r"));
    session.wait_live("the explorer", |screen| {
        screen.alternate_screen() && screen.contents().contains(TITLE)
    });
    session.send("\x1a");
    // The terminal is the shell's again: main screen, the job stopped.
    session.wait_live("the shell's prompt after Ctrl-Z", |screen| {
        let contents = screen.contents();
        !screen.alternate_screen()
            && !screen.hide_cursor()
            && contents.contains("Stopped")
            && contents.trim_end().ends_with("shell$")
    });
    session.send("fg\r");
    session.wait_live("the explorer back", |screen| {
        screen.alternate_screen() && screen.contents().contains(TITLE)
    });
    // Raw mode again: one key, no Enter, moves the slider.
    session.send("l");
    session.wait_live("the slider moved by one key", |screen| {
        slider_value(screen, "Touches data").as_deref() == Some("1/10")
    });
    session.send("q");
    session.wait_live("the shell after q", |screen| !screen.alternate_screen());
    session.send("exit\r");
    let status = session.wait_exit("exit");
    assert!(status.success(), "{status:?}");
}

#[test]
fn kill_tstp_restores_the_terminal_and_kill_cont_redraws() {
    let mut session = started(120, 40);
    session.signal("TSTP");
    session.wait_live("the terminal restored on SIGTSTP", |screen| {
        !screen.alternate_screen() && !screen.hide_cursor()
    });
    let stopped = Instant::now();
    while session.state(session.pid) != "T" {
        assert!(
            stopped.elapsed() < SCREEN_DEADLINE,
            "the explorer did not stop: state {:?}",
            session.state(session.pid)
        );
        thread::sleep(POLL);
    }
    session.signal("CONT");
    session.wait_live("the screen redrawn on SIGCONT", |screen| {
        screen.alternate_screen() && screen.contents().contains(TITLE)
    });
    session.send("l");
    session.wait_live("keys read raw again", |screen| {
        slider_value(screen, "Touches data").as_deref() == Some("1/10")
    });
    session.send("q");
    let status = session.ended("q");
    assert!(status.success(), "{status:?}");
    assert_restored(&session);
}

#[test]
fn a_terminal_that_cannot_draw_is_told_so_and_the_screen_is_left_alone() {
    for (term, shown) in [("dumb", "TERM=dumb"), ("", "TERM is not set")] {
        let mut session = Session::start_with(80, 24, &[("TERM", term)]);
        let status = session.ended(term);
        assert_eq!(status.exit_code(), 1, "TERM={term:?} ended with {status:?}");
        session.wait_live(&format!("the message for TERM={term:?}"), |screen| {
            !screen.alternate_screen()
                && screen.contents().contains(shown)
                && screen.contents().contains("stackcompare recommend")
        });
    }
}

#[test]
fn every_other_ending_signal_restores_the_terminal_too() {
    // SIGXCPU as `ulimit -t` sends it, SIGALRM as a stray `alarm` does, the
    // user signals and a real-time one: each ends the explorer as SIGTERM does.
    for number in [
        libc::SIGUSR1,
        libc::SIGUSR2,
        libc::SIGALRM,
        libc::SIGXCPU,
        libc::SIGRTMIN(),
    ] {
        let mut session = started(80, 24);
        session.signal(&number.to_string());
        let status = session.ended(&format!("signal {number}"));
        assert_eq!(
            (status.exit_code(), status.signal()),
            (u32::try_from(128 + number).unwrap(), None),
            "signal {number} ended with {status:?}"
        );
        assert_restored(&session);
        assert_no_panic(&session);
    }
}

#[test]
fn a_file_size_limit_fails_the_export_on_the_status_line_and_the_explorer_goes_on() {
    // `ulimit -f 0` as a shell sets it: the write sends SIGXFSZ, which the
    // explorer survives, and the write fails.
    let mut command = CommandBuilder::new("sh");
    command.args(["-c", "ulimit -f 0; exec \"$0\"", BIN]);
    let mut session = Session::spawn(120, 40, command, &[]);
    session.wait_for(TITLE);
    session.send("e");
    session.wait_for("Could not save the summary");
    session.wait_for("too large");
    // Still running: a slider moves.
    session.send("l");
    session.wait_slider("Touches data", "1/10");
    let left: Vec<String> = std::fs::read_dir(session.dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, Vec::<String>::new(), "a file was left behind");
    session.send("q");
    let status = session.ended("q");
    assert!(status.success(), "{status:?}");
    assert_restored(&session);
    assert_no_panic(&session);
}
