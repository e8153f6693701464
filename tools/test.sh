#!/usr/bin/env bash
# Runs every check pledgeviz has, the same here and in CI (.ci/run calls this file):
# formatting, lints, native tests (core and charts), wasm tests in headless Chromium,
# the release build with its size budget, and end-to-end tests of the served page.
# Installs what is missing first (tools/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source tools/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "npm packages for the browser tests (from tests/e2e/package-lock.json)"
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)

step "formatting"
cargo fmt --all -- --check

step "file and function sizes (at most about 600 and 120 lines)"
python3 tools/code_size.py --top 3

step "lints (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --features editor --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --test web --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --features editor --quiet -- -D warnings

step "native tests: core, charts, snapshots, properties, and the editor's core"
cargo test --features editor --quiet

step "wasm tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  cargo test --target wasm32-unknown-unknown --test web

step "release build and size budget"
bash tools/build.sh
python3 tools/size_budget.py

step "end-to-end tests of the served page in headless Chromium"
(cd tests/e2e && node --test)

printf '\nAll checks passed.\n'
