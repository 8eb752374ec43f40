#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running avo: installs the dependencies, builds
# the avo binary (default preset, so that scripts/test.sh reuses its objects), and evolves the
# embedded default task -- the CPU matmul example, which needs no GPU and no LLM -- for five steps
# with the classical mutate operator, then prints the lineage.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target avo
rm -rf runs/quickstart
# A fixed seed makes the run repeatable: the same mutations in the same order (timings still vary).
./build/default/app/avo evolve tasks/matmul --run runs/quickstart --steps 5 --seed 3
./build/default/app/avo log runs/quickstart
