#!/usr/bin/env bash
# check-layers.sh -- the module layering holds (docs/architecture.md, "Layers"): every
# `#include "avo/<module>/..."` under src/avo/<m>/ names <m> itself or a module that <m> declares
# directly in src/avo/CMakeLists.txt (avo_module(<m> DEPS ...)), and the declared graph has no
# cycle. An include that runs back up the layers fails here before it tangles the build.
#   scripts/check-layers.sh [ROOT]   (default: the repository this script is in)
set -euo pipefail
root=${1:-"$(cd "$(dirname "$0")/.." && pwd)"}
exec python3 - "$root" <<'PY'
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
src = root / "src" / "avo"
cmake = (src / "CMakeLists.txt").read_text()
cmake = "\n".join(line.split("#", 1)[0] for line in cmake.splitlines())

deps = {}
for name, args in re.findall(r"\bavo_module\(\s*(\w+)([^)]*)\)", cmake):
    words, section, declared = args.split(), None, []
    for w in words:
        if w in ("DEPS", "LIBS"):
            section = w
        elif section == "DEPS":
            declared.append(w)
    deps[name] = declared

errors = []
for m, ds in deps.items():
    for d in ds:
        if d not in deps:
            errors.append(f"src/avo/CMakeLists.txt: {m} declares unknown module '{d}'")

# Cycles in the declared graph (depth-first, colouring).
state = {}
def visit(m, path):
    state[m] = "open"
    for d in deps.get(m, []):
        if state.get(d) == "open":
            cycle = path[path.index(d):] + [d]
            errors.append("declared cycle: " + " -> ".join(cycle))
        elif d in deps and d not in state:
            visit(d, path + [d])
    state[m] = "done"
for m in deps:
    if m not in state:
        visit(m, [m])

include = re.compile(r'^\s*#\s*include\s+"avo/(\w+)/')
checked = 0
for path in sorted(src.rglob("*")):
    if path.suffix not in (".h", ".cpp", ".cuh", ".cu") or not path.is_file():
        continue
    m = path.relative_to(src).parts[0]
    rel = path.relative_to(root)
    if m not in deps:
        errors.append(f"{rel}: folder '{m}' is not an avo_module in src/avo/CMakeLists.txt")
        continue
    for n, line in enumerate(path.read_text().splitlines(), 1):
        hit = include.match(line)
        if not hit:
            continue
        checked += 1
        t = hit.group(1)
        if t == m:
            continue
        if t not in deps:
            errors.append(f"{rel}:{n}: includes unknown module '{t}'")
        elif t not in deps[m]:
            errors.append(f"{rel}:{n}: {m} includes {t}, which {m} does not declare "
                          f"(avo_module({m} DEPS ...)): a back-include or a missing DEP")

for e in errors:
    print("check-layers: " + e, file=sys.stderr)
if errors:
    sys.exit(1)
print(f"check-layers: {len(deps)} modules, {checked} includes, no back-include, no cycle")
PY
