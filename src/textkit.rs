//! The ground floor for text: characters, display widths, wrapping and
//! numbers, with nothing of the product in them. Content cleaning,
//! diagnostics, the command line, the phrasing in `words` and the screen all
//! stand on it; it imports nothing of the crate.
//!
//! - `chars`: hidden and unprintable characters, and escaping them
//! - `emphasis`: bold and red for a terminal, as escape sequences
//! - `width`: display width, padding, cutting, bars
//! - `wrap`: word wrapping by display width
//! - `numbers`: tenths, thousands, counts

pub mod chars;
pub mod emphasis;
mod numbers;
pub mod width;
pub mod wrap;

pub use chars::{escape_controls, file_name, is_hidden_control};
pub use numbers::{capitalise, count, decimal, tenths, tenths_fixed, thousands};
pub use wrap::wrap;
