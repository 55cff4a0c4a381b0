#!/usr/bin/env bash
# Every benchmark in one go: the core operations (criterion) and start-up /
# peak memory beside the ratatui baseline. Results go to the terminal; copy
# the medians into docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --example baseline_list
cargo bench --bench core -- --noplot
cargo bench --bench startup
cargo bench --bench scaling
