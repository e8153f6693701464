#!/usr/bin/env bash
# Builds the size-optimised WebAssembly and its JS glue into www/pkg, so that www/ is the
# complete static site. With --dist DIR, also copies the publishable files to DIR.
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
optimise() {
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    target/wasm32-unknown-unknown/release/pledgeviz.wasm -o "$1"
}
cargo build --release --target wasm32-unknown-unknown --lib --quiet
optimise target/web/pledgeviz.wasm
cargo build --release --target wasm32-unknown-unknown --lib --features editor --quiet
optimise target/web/pledgeviz_editor.wasm
rm -rf www/pkg www/pkg-editor
wasm-bindgen --target web --no-typescript --out-name pledgeviz --out-dir www/pkg target/web/pledgeviz.wasm
wasm-bindgen --target web --no-typescript --out-name pledgeviz_editor --out-dir www/pkg-editor target/web/pledgeviz_editor.wasm

# The <noscript> image of the default charts, drawn by the real widget in Chromium.
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
node tools/fallback.mjs

if [ -n "$dist" ]; then
  rm -rf "$dist" && mkdir -p "$dist" && cp -r www/. "$dist"/
  echo "build: publishable static files in $dist"
fi

wasm_gz=$(gzip -9 -c www/pkg/pledgeviz_bg.wasm | wc -c)
js_gz=$(cat www/pkg/pledgeviz.js www/widget.js www/embed-page.js | gzip -9 -c | wc -c)
echo "build: wasm $(wc -c < www/pkg/pledgeviz_bg.wasm) bytes, gzip: wasm ${wasm_gz} B + JS ${js_gz} B = $((wasm_gz + js_gz)) B"
editor_gz=$(gzip -9 -c www/pkg-editor/pledgeviz_editor_bg.wasm | wc -c)
echo "build: editor wasm $(wc -c < www/pkg-editor/pledgeviz_editor_bg.wasm) bytes, gzip ${editor_gz} B (www/editor.html only; not in the embed's budget)"
