//! The architecture as a fact: each module of `src/` imports only modules on
//! its own floor or below (docs/ARCHITECTURE.md), and the core never names
//! ratatui or crossterm.

use std::fs;
use std::path::Path;

/// The floors, from the ground up.
const FLOORS: [&[&str]; 8] = [
    &[
        "textkit",
        "diagnostic",
        "suggest",
        "files",
        "signals",
        "clipboard",
        "screen",
    ],
    &["content"],
    &["engine"],
    &[
        "config", "diff", "draft", "group", "profile", "search", "watch",
    ],
    &["words"],
    &["export", "situations"],
    &["tui", "linear"],
    &["cli"],
];

/// Floors at and below this one are the core.
const CORE: usize = 5;

fn floor(module: &str) -> Option<usize> {
    FLOORS.iter().position(|floor| floor.contains(&module))
}

/// Every `.rs` file under `folder`, with the top module it belongs to.
fn files(folder: &Path, top: Option<&str>, out: &mut Vec<(String, String, String)>) {
    let mut entries: Vec<_> = fs::read_dir(folder).unwrap().flatten().collect();
    entries.sort_by_key(|entry| entry.path());
    for entry in entries {
        let path = entry.path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let module = top.map_or(stem.clone(), str::to_owned);
        if path.is_dir() {
            files(&path, Some(&module), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), module, text));
        }
    }
}

/// The top modules a file names through `crate::`.
fn imported(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        if let Some(inner) = rest.strip_prefix('{') {
            // `use crate::{a::b, c};`: the names at the top of the braces.
            let end = inner.find("};").unwrap_or(inner.len());
            let mut depth = 0;
            let mut name = String::new();
            for c in inner[..end].chars().chain([',']) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        let top: String = name
                            .trim()
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        found.push(top);
                        name.clear();
                    }
                    c if depth == 0 => name.push(c),
                    _ => {}
                }
            }
        } else {
            found.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    found.retain(|name| !name.is_empty());
    found
}

#[test]
fn no_module_imports_one_above_it_and_the_core_never_touches_the_terminal() {
    let mut all = Vec::new();
    files(&crate::common::repo("src"), None, &mut all);
    let mut wrong = Vec::new();
    for (path, module, text) in &all {
        if module == "lib" || module == "main" {
            continue;
        }
        let own = floor(module).unwrap_or_else(|| panic!("{path}: `{module}` is on no floor"));
        for name in imported(text) {
            match floor(&name) {
                Some(theirs) if theirs > own => {
                    wrong.push(format!("{path}: `{module}` imports `{name}`, above it"));
                }
                None => wrong.push(format!("{path}: `{name}` is on no floor")),
                _ => {}
            }
        }
        if own <= CORE && (text.contains("ratatui") || text.contains("crossterm")) {
            wrong.push(format!("{path}: the core names the terminal"));
        }
    }
    assert!(all.len() > 50, "the sources were found");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
