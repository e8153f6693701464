#!/usr/bin/env bash
# Builds the release widget and runs the in-browser benchmark; prints a table.
# BENCH_INPUTS (default 500) and BENCH_MEMORY_INPUTS (default 10000) shorten it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/build.sh
node tools/bench.mjs
