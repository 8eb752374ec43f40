#!/usr/bin/env bash
# clang-format (every C++ and CUDA file of ours), the module layering (scripts/check-layers.sh)
# and clang-tidy (.clang-tidy; needs a configured build for compile_commands.json).
# `--format-only` skips the layering and clang-tidy; `--fix` rewrites formatting.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
# Not ours to format: kb/ (notes), and the shipped kernel's files (kernels/attention/kernel/), which
# are a lineage version's files byte for byte (its PROVENANCE.json names the commit).
files=$(git ls-files '*.h' '*.cpp' '*.cu' '*.cuh' | grep -v -e '^kb/' -e '^kernels/attention/kernel/')
if [ "$mode" = "--fix" ]; then
  echo "$files" | xargs clang-format -i
  exit 0
fi
echo "$files" | xargs clang-format --dry-run -Werror
echo "lint: clang-format clean"
[ "$mode" = "--format-only" ] && exit 0
scripts/check-layers.sh
db=build/default/compile_commands.json
[ -f "$db" ] || { echo "lint: configure first (cmake --preset default)" >&2; exit 1; }
git ls-files 'src/*.cpp' 'app/*.cpp' 'kernels/attention/src/*.cpp' | xargs -P "$(nproc)" -n 4 clang-tidy -p build/default --quiet
echo "lint: clang-tidy clean"
