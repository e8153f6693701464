#!/usr/bin/env python3
"""Lines per Rust file and per function under src/, largest first.

A function runs from its `fn` line to the first later line that is a closing brace at the
`fn` line's indentation (rustfmt's layout), both included. Prints the largest files and
functions, and exits 1 when a file or function outside the exempt ones is over its limit.

    python3 tools/code_size.py [--top N]
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILE_LIMIT = 600
FUNCTION_LIMIT = 120
# Files measured and shown but not held to the limits (none today).
EXEMPT = set()
FN_START = re.compile(r"^(\s*)(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def functions(lines):
    """(name, first line number, length in lines) of each function with a body."""
    for index, line in enumerate(lines):
        match = FN_START.match(line)
        if not match:
            continue
        indent = match.group(1)
        for end in range(index, len(lines)):
            text = lines[end]
            if end > index and text.startswith(indent + "}") and text.strip() in ("}", "};"):
                yield match.group(7), index + 1, end - index + 1
                break
            if end == index and text.rstrip().endswith("}"):
                yield match.group(7), index + 1, 1
                break
            if text.rstrip().endswith(";") and "{" not in "".join(lines[index : end + 1]):
                break  # a declaration without a body


def main():
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 5
    files, fns = [], []
    for path in sorted((ROOT / "src").rglob("*.rs")):
        name = str(path.relative_to(ROOT))
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        files.append((len(lines), name))
        fns.extend((length, f"{name}:{start} {fn}", name) for fn, start, length in functions(lines))
    files.sort(reverse=True)
    fns.sort(reverse=True)
    over = [f"file {name} has {n} lines" for n, name in files if n > FILE_LIMIT and name not in EXEMPT]
    over += [f"function {where} has {n} lines" for n, where, name in fns if n > FUNCTION_LIMIT and name not in EXEMPT]
    mark = lambda name: " (exempt)" if name in EXEMPT else ""
    print(f"Largest files (limit {FILE_LIMIT} lines):")
    for n, name in files[:top]:
        print(f"  {n:5}  {name}{mark(name)}")
    print(f"Largest functions (limit {FUNCTION_LIMIT} lines):")
    for n, where, name in fns[:top]:
        print(f"  {n:5}  {where}{mark(name)}")
    for problem in over:
        print(f"over the limit: {problem}", file=sys.stderr)
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
