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
# wasm-opt runs before wasm-bindgen: run after it, wasm-opt 108 (Debian's binaryen) breaks
# wasm-bindgen's externref table ("WebAssembly.Table.set(): Argument 1 is invalid").
mkdir -p target/web
# --low-memory-unused: Rust's wasm puts its stack first, growing down from 1 MiB, and its
# data above it, so the first kilobyte of memory is never read or written; wasm-opt may then
# fold address arithmetic into loads and stores (1.1 KB gzip less).
optimise() {
  wasm-opt -Oz --converge --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    target/wasm32-unknown-unknown/release/pledgeviz.wasm -o "$1"
}
bindgen() {
  wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
    --encode-into always --out-name "$1" --out-dir "$2" "target/web/$1.wasm"
}
cargo build --release --target wasm32-unknown-unknown --lib --quiet
optimise target/web/pledgeviz.wasm
cargo build --release --target wasm32-unknown-unknown --lib --features editor --quiet
optimise target/web/pledgeviz_editor.wasm
rm -rf www/pkg www/pkg-editor
bindgen pledgeviz www/pkg
bindgen pledgeviz_editor www/pkg-editor

(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

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
