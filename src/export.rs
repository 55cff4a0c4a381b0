//! The recommendation as text for people, JSON for scripts and markdown for
//! documents. Pure: every function returns a `String`, the same bytes for the
//! same pack and values. How things are said lives in `words`.

mod json;
mod markdown;
mod text;

pub use json::to_json;
pub use markdown::{inline, to_markdown};
pub use text::to_text;
