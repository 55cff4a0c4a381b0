//! Problems found in a pack, each at a field path, bounded in number.

use std::collections::HashSet;

/// Problems reported in full; the rest are counted.
pub const MAX_PROBLEMS: usize = 100;

/// Ids are short.
const MAX_ID_LEN: usize = 64;

/// Why `id` is not a valid id (`what` names it: "pack id"), or `None`.
/// Pack ids are `[a-z0-9-]+`; the others also allow `_`.
pub fn id_problem(what: &str, id: &str, allow_underscore: bool) -> Option<String> {
    let allowed = |c: char| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || (allow_underscore && c == '_')
    };
    if !id.is_empty() && id.len() <= MAX_ID_LEN && id.chars().all(allowed) {
        return None;
    }
    let pattern = if allow_underscore {
        "[a-z0-9_-]+"
    } else {
        "[a-z0-9-]+"
    };
    Some(format!(
        "{what} `{id}` must match {pattern} (at most {MAX_ID_LEN} characters)"
    ))
}

/// One problem, at a field path such as `factors.2.ratings.python`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

/// What validation found: the first problems in full, and how many more.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    pub list: Vec<Problem>,
    pub more: usize,
}

impl Problems {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Record a problem; its path and message are only built while there is
    /// room for them, so a pack with a million problems costs a count.
    pub fn add(&mut self, path: impl FnOnce() -> String, message: impl FnOnce() -> String) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(Problem {
                path: path(),
                message: message(),
            });
        } else {
            self.more += 1;
        }
    }

    pub(super) fn at(&mut self, path: &str, message: impl FnOnce() -> String) {
        self.add(|| path.to_owned(), message);
    }

    pub(super) fn text(&mut self, path: impl FnOnce() -> String, what: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(path, || format!("{what} is empty"));
        }
    }

    pub(super) fn id(
        &mut self,
        path: impl FnOnce() -> String,
        what: &str,
        id: &str,
        allow_underscore: bool,
    ) {
        if let Some(message) = id_problem(what, id, allow_underscore) {
            self.add(path, || message);
        }
    }

    pub(super) fn unique<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.add(
                    || format!("{list}.{index}.id"),
                    || format!("duplicate id `{id}` in {list}"),
                );
            }
        }
    }

    pub(super) fn number(
        &mut self,
        path: impl FnOnce() -> String,
        what: &str,
        value: u32,
        max: u32,
    ) {
        if value > max {
            self.add(path, || format!("{what} {value} is out of range 0–{max}"));
        }
    }
}
