#!/usr/bin/env bash
# Builds the release widget and runs the in-browser benchmark against Chart.js 4 drawing the
# same charts (tools/bench/, see tools/bench.mjs); prints a table. BENCH_INPUTS (slider
# inputs per page and dataset, default 500), BENCH_ROUNDS (default 5), BENCH_FIRST_RUNS
# (default 7) and BENCH_MEMORY_INPUTS (default 10000) shorten it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/build.sh
node tools/bench.mjs
