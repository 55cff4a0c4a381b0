//! stackcompare: a technology-comparison article as an interactive decision explorer.
//!
//! The core never touches the terminal:
//! - `content`: the pack model, YAML loading, validation, text cleaning
//! - `engine`: scores, verdict, reasons and tipping points (pure)
//! - `export`: the recommendation as text, JSON and markdown (pure)
//! - `profile`: saved slider values and `--set`
//! - `diagnostic`, `suggest`, `wrap`, `files`: located errors, "did you mean",
//!   word wrapping, atomic writes
//!
//! `cli` parses the command line and runs the subcommands.

pub mod cli;
pub mod content;
pub mod diagnostic;
pub mod engine;
pub mod export;
pub mod files;
pub mod profile;
pub mod suggest;
pub mod wrap;
