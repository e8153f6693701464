#!/usr/bin/env python3
"""Fails when the gzip size of one embed view exceeds the budget (deterministic).

The budget is what one embed view downloads besides its data and the host's embed.js:
the optimised wasm, the wasm-bindgen glue, the widget's scripts and styles, each gzip -9.
"""
import gzip
import pathlib
import sys

# Measured 123,288–123,504 B on 2026-11-29 before the language catalogue (issue 9), which
# puts every language's words in the wasm: 132,204 B at cab7bca, over the old 127,000.
# Datasets in the address (issue 11) add 444 B (two loading words, the widget's `text`
# option, embed-page.js reading the hash): 132,648 B. The editor itself is not counted:
# www/pkg-editor and editor*.js load only in www/editor.html, and inline-data.js only
# for an address that carries a dataset. The wasm embeds source paths, so the checkout
# folder moves it by a few hundred bytes. Lower it as the widget shrinks.
BUDGET_BYTES = 133_500

root = pathlib.Path(__file__).resolve().parent.parent / "www"
files = [root / "pkg" / "pledgeviz_bg.wasm", root / "pkg" / "pledgeviz.js", root / "widget.js",
         root / "embed-page.js", root / "theme.css", root / "style.css", root / "embed.css"]
sizes = {f.name: len(gzip.compress(f.read_bytes(), compresslevel=9, mtime=0)) for f in files}
total = sum(sizes.values())
for name, size in sizes.items():
    print(f"size: {name:24} {size:>8,} B gzip")
print(f"size: {'total':24} {total:>8,} B gzip (budget {BUDGET_BYTES:,} B)")
if total > BUDGET_BYTES:
    print(f"size: over budget by {total - BUDGET_BYTES:,} B", file=sys.stderr)
    sys.exit(1)
