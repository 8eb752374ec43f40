#!/usr/bin/env bash
# Line coverage of src/avo, one row per module, from the counters the tests of a build configured
# with AVO_COVERAGE=ON left behind (the debug preset: scripts/test.sh runs this after its tests).
# Usage: scripts/coverage.sh [BUILD_DIR]   (default build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/debug}
command -v gcovr >/dev/null || { echo "coverage: gcovr not found (scripts/install-deps.sh)" >&2; exit 1; }
json="$build/coverage.json"
gcovr --root . --filter 'src/avo/' -j "$(nproc)" --json-summary --output "$json" "$build"
python3 - "$json" <<'PY'
import collections, json, sys

files = json.load(open(sys.argv[1]))["files"]
rows = collections.defaultdict(lambda: [0, 0])
for f in files:
    parts = f["filename"].split("/")  # src/avo/<module>/... ; a file directly in src/avo is "avo"
    module = parts[2] if len(parts) > 3 else "avo"
    rows[module][0] += f["line_covered"]
    rows[module][1] += f["line_total"]
print(f"{'module':<12} {'lines':>7} {'covered':>8} {'coverage':>9}")
for module, (covered, total) in sorted(rows.items()):
    print(f"{module:<12} {total:>7} {covered:>8} {100 * covered / max(total, 1):>8.1f}%")
covered = sum(c for c, _ in rows.values())
total = sum(t for _, t in rows.values())
print(f"{'total':<12} {total:>7} {covered:>8} {100 * covered / max(total, 1):>8.1f}%")
PY
