//! stackcompare: a technology-comparison article as an interactive decision explorer.
//!
//! The core never touches the terminal:
//! - `content`: the pack model, YAML loading, validation, text cleaning
//! - `engine`: scores, verdict, reasons and tipping points (pure)
//! - `export`: the recommendation as text, JSON and markdown (pure)
//! - `profile`: saved slider values and `--set`
//! - `group`: several people's profiles: means, each one's verdict, disagreements
//! - `draft`: an article (plain text or markdown) drafted into a pack, with
//!   a `decide:` mark at every judgement left to the author
//! - `situations`: a pack's situations, checked against the verdicts they expect
//! - `diff`: what changed between two versions of a pack, and whose verdict
//!   it moves
//! - `config`: the user's config file (keys, theme, defaults), read with
//!   every problem at its place
//! - `search`: fuzzy search over factors, sliders, section titles and the
//!   article's sentences
//! - `textkit`: characters, display widths, wrapping and numbers (the
//!   ground floor: it imports nothing of the crate)
//! - `words`: how things are said (verdicts, values, tipping points, ratings,
//!   reasons, rules), for the screen and the exports alike
//! - `diagnostic`, `suggest`, `files`: located errors, "did you mean",
//!   atomic writes
//! - `clipboard`: the OSC 52 sequence that copies text
//! - `screen`: the explorer's column arithmetic, which `check` reads to
//!   tell where a name or label will be cut
//!
//! `watch` reloads a pack file when it is saved (`--watch`).
//!
//! `tui` is the full-screen explorer (ratatui); `linear` the line mode
//! (`--linear`) for screen readers and scripts; `cli` parses the command line
//! and runs the subcommands or the explorer.

pub mod cli;
pub mod clipboard;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod diff;
pub mod draft;
pub mod engine;
pub mod export;
pub mod files;
pub mod group;
pub mod linear;
pub mod profile;
pub mod screen;
pub mod search;
pub mod signals;
pub mod situations;
pub mod suggest;
pub mod textkit;
pub mod tui;
pub mod watch;
pub mod words;
