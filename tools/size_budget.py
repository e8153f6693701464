#!/usr/bin/env python3
"""Fails when the gzip size of the widget's wasm + JS exceeds the budget (deterministic).

The budget is what one embed view downloads besides its data: the optimised wasm, the
wasm-bindgen glue and the page script, each gzip -9.
"""
import gzip
import pathlib
import sys

BUDGET_BYTES = 125_000  # measured 122,065 B on 2026-11-29; lower it as the widget shrinks

root = pathlib.Path(__file__).resolve().parent.parent / "www"
files = [root / "pkg" / "pledgeviz_bg.wasm", root / "pkg" / "pledgeviz.js", root / "app.js"]
sizes = {f.name: len(gzip.compress(f.read_bytes(), compresslevel=9, mtime=0)) for f in files}
total = sum(sizes.values())
for name, size in sizes.items():
    print(f"size: {name:24} {size:>8,} B gzip")
print(f"size: {'total':24} {total:>8,} B gzip (budget {BUDGET_BYTES:,} B)")
if total > BUDGET_BYTES:
    print(f"size: over budget by {total - BUDGET_BYTES:,} B", file=sys.stderr)
    sys.exit(1)
