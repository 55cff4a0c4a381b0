//! stackcompare: a technology-comparison article as an interactive decision explorer.
//!
//! - `content`: the pack model, YAML loading, validation, text cleaning
//! - `engine`: scores, verdict, reasons and tipping points (pure)
//! - `diagnostic`: errors with a file and `line:column`
//! - `suggest`: "did you mean" for misspelt names

pub mod content;
pub mod diagnostic;
pub mod engine;
pub mod suggest;
