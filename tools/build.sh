#!/usr/bin/env bash
# Builds the size-optimised WebAssembly and its JS glue into www/pkg, so that www/ is the
# complete static site for development, then the published site into target/site: the same
# files with scripts and styles minified (esbuild), which the size budget, the end-to-end
# tests and the benchmark all use. With --dist DIR, also copies the published site to DIR.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source tools/setup.sh

dist=""
if [ "${1:-}" = "--dist" ]; then dist="${2:?--dist needs a folder}"; fi

# Two builds of the same crate: the embed, and the editor (feature `editor`: CSV reading and
# JSON writing) for www/editor.html only, so that the embed never carries the editor.
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
mkdir -p target/web
# wasm-opt is binaryen's, pinned in tests/e2e/package.json (npm `binaryen`, itself compiled
# to wasm): Debian's wasm-opt 108 is older, leaves 0.7 KB gzip more, and its output run after
# wasm-bindgen breaks the externref table ("WebAssembly.Table.set(): Argument 1 is invalid").
# It runs before wasm-bindgen (on Rust's output) and again after (on the shims and the
# externref table wasm-bindgen adds): 0.7 KB gzip less than wasm-opt 108 before it alone.
# --low-memory-unused: Rust's wasm puts its stack first, growing down from 1 MiB, and its
# data above it, so the first kilobyte of memory is never read or written; wasm-opt may then
# fold address arithmetic into loads and stores (1.1 KB gzip less).
# After wasm-bindgen, each round of `--converge` flattens every function and rebuilds its
# control flow (`--flatten --rereloop`), then shrinks it (-Oz), until the size stops
# falling: 0.6 KB gzip less, with no slower slider input or first drawing (README
# "Measured").
optimise() {
  local input="$1" output="$2"
  shift 2
  tests/e2e/node_modules/.bin/wasm-opt "$@" -Oz --converge --low-memory-unused \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue "$input" -o "$output"
}
bindgen() {
  optimise target/wasm32-unknown-unknown/release/pledgeviz.wasm "target/web/$1.wasm"
  wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
    --encode-into always --out-name "$1" --out-dir "$2" "target/web/$1.wasm"
  optimise "$2/$1_bg.wasm" "$2/$1_bg.wasm" -Oz --flatten --rereloop -Oz
}
rm -rf www/pkg www/pkg-editor
cargo build --release --target wasm32-unknown-unknown --lib --quiet
bindgen pledgeviz www/pkg
cargo build --release --target wasm32-unknown-unknown --lib --features editor --quiet
bindgen pledgeviz_editor www/pkg-editor

# What readers download: www/ with every script and style minified.
site=target/site
rm -rf "$site" && mkdir -p "$site" && cp -r www/. "$site"/
for file in "$site"/*.js "$site"/pkg/*.js "$site"/pkg-editor/*.js "$site"/*.css; do
  tests/e2e/node_modules/.bin/esbuild "$file" --minify --log-level=warning \
    --allow-overwrite --outfile="$file"
done

# The <noscript> image of the default charts, drawn by the published widget in Chromium.
node tools/fallback.mjs
cp www/fallback-*.png "$site"/

if [ -n "$dist" ]; then
  rm -rf "$dist" && mkdir -p "$dist" && cp -r "$site"/. "$dist"/
  echo "build: publishable static files in $dist"
fi

wasm_gz=$(gzip -9 -c "$site"/pkg/pledgeviz_bg.wasm | wc -c)
js_gz=$(cat "$site"/pkg/pledgeviz.js "$site"/widget.js "$site"/embed-page.js | gzip -9 -c | wc -c)
echo "build: wasm $(wc -c < "$site"/pkg/pledgeviz_bg.wasm) bytes, gzip: wasm ${wasm_gz} B + JS ${js_gz} B = $((wasm_gz + js_gz)) B (target/site)"
editor_gz=$(gzip -9 -c "$site"/pkg-editor/pledgeviz_editor_bg.wasm | wc -c)
echo "build: editor wasm $(wc -c < "$site"/pkg-editor/pledgeviz_editor_bg.wasm) bytes, gzip ${editor_gz} B (editor.html only; not in the embed's budget)"
