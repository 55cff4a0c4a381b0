//! Packs and profiles through the public loading API and `check`.
//!
//! - `fixtures`: every broken pack in `tests/fixtures/broken/`, each problem
//!   at its line and column
//! - `loading`: valid packs, files refused before parsing, text cleaning
//! - `guide`: the authoring guide's example and its table of the article pack
//! - `schema`: the committed JSON Schema is current
//! - `profiles`: `check` on profiles
//! - `layers`: no module of `src/` imports one above it

#[path = "../common/mod.rs"]
mod common;

mod fixtures;
mod guide;
mod layers;
mod loading;
mod profiles;
mod schema;
