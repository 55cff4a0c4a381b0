#!/usr/bin/env bash
# How long the first release build takes at the least: a crate of a dozen
# lines that depends only on what the product names (ratatui with the
# crossterm backend, serde with derive, serde_yaml, fuzzy-matcher) and clap,
# at the versions of this project's Cargo.lock, built from nothing in the
# project's `release` profile. Prints its wall time and its CPU time; with
# --project, a fresh clone of this repository built the same way after it.
#
# Needs the registry's sources already downloaded (any earlier build did
# it). Run on a quiet machine: the wall time is shared with whatever runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/floor/src"
cat > "$work/floor/Cargo.toml" <<'EOF'
[package]
name = "floor"
version = "0.1.0"
edition = "2024"

[dependencies]
ratatui = { version = "0.30", default-features = false, features = ["crossterm", "layout-cache"] }
serde = { version = "1", features = ["derive"] }
serde_yaml = "0.9"
fuzzy-matcher = "0.3"
clap = { version = "4", features = ["derive"] }

[profile.release]
debug = false
lto = false
codegen-units = 16
EOF
cat > "$work/floor/src/main.rs" <<'EOF'
use clap::Parser;
use fuzzy_matcher::FuzzyMatcher;

#[derive(Parser)]
struct Cli {
    #[arg(long)]
    title: Option<String>,
}

#[derive(serde::Deserialize)]
struct Pack {
    title: String,
}

fn main() {
    let cli = Cli::parse();
    let text = cli.title.unwrap_or_else(|| "title: x".into());
    let pack: Pack = serde_yaml::from_str(&text).expect("yaml");
    let matcher = fuzzy_matcher::skim::SkimMatcherV2::default();
    println!("{:?}", matcher.fuzzy_match(&pack.title, "x"));
    println!("{:?}", ratatui::layout::Rect::new(0, 0, 1, 1));
}
EOF
# The same versions as the project's, where the two share a crate.
cp "$root/Cargo.lock" "$work/floor/"

timed() {
    local name=$1
    shift
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$work/cpu" "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    read -r user sys < "$work/cpu"
    printf '%s: %.1f s wall, %.1f s CPU (user %.1f + system %.1f), load %s\n' \
        "$name" "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" \
        "$user" "$sys" "$(cut -d' ' -f1 /proc/loadavg)"
}

timed "the named dependencies alone" \
    cargo build --release --manifest-path "$work/floor/Cargo.toml"
if [[ "${1:-}" == "--project" ]]; then
    git clone -q "$root" "$work/project"
    timed "this project, from a fresh clone" \
        cargo build --release --locked --manifest-path "$work/project/Cargo.toml"
fi
