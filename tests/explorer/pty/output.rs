//! What the reader thread collects from the terminal (the bytes, the
//! emulated screen, each complete frame), and the checks on those bytes once
//! the explorer has ended: the terminal restored, no panic.

use super::Session;

/// Every frame ratatui draws ends by hiding the cursor (no frame here sets
/// a cursor position), so this marks where a complete frame ends.
const FRAME_END: &[u8] = b"\x1b[?25l";

/// What the reader thread collects.
pub(super) struct Output {
    pub(super) parser: vt100::Parser,
    pub(super) raw: Vec<u8>,
    /// The screen as of the last complete frame: waits look only at this,
    /// never at a frame half drawn.
    pub(super) frame: vt100::Screen,
    /// Where in `raw` the last complete frame ends.
    pub(super) frame_end: usize,
    /// How many complete frames so far.
    pub(super) frames: usize,
    pub(super) processed: usize,
    pub(super) search_from: usize,
}

impl Output {
    pub(super) fn new(rows: u16, cols: u16) -> Self {
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
    pub(super) fn feed(&mut self, bytes: &[u8]) {
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

fn tail(text: &str, n: usize) -> String {
    let count = text.chars().count();
    text.chars().skip(count.saturating_sub(n)).collect()
}

/// The bytes written after the last complete frame hold the restore:
/// alternate screen left, mouse capture off, cursor shown. The emulated
/// terminal agrees.
pub(super) fn assert_restored(session: &Session) {
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

pub(super) fn assert_no_panic(session: &Session) {
    let raw = session.raw();
    let text = String::from_utf8_lossy(&raw);
    assert!(
        !text.contains("panicked") && !text.contains("RUST_BACKTRACE"),
        "a panic message in the output: {:?}",
        tail(&text, 800)
    );
}
