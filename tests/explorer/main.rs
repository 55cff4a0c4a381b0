//! The full-screen explorer.
//!
//! - `snapshots`: whole screens on a `TestBackend` as insta snapshots, and
//!   the styles the colour and monochrome themes put in the cells
//! - `props`: random keys, mouse events and resizes, with invariants checked
//!   after every step
//! - `pty`: the real binary in a pseudo-terminal, read through a terminal
//!   emulator
//! - `screenshot`: the README's screenshot, rendered from the drawing code
//! - `search`: results ranked in slices between key presses

#[path = "../common/mod.rs"]
mod common;

mod cuts;
mod props;
mod pty;
mod robustness;
mod screenshot;
mod search;
mod snapshots;
