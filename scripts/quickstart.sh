#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running avo: installs the dependencies, builds
# (release preset), and evolves the embedded default task -- the CPU matmul example, which needs no
# GPU and no LLM -- for five steps with the classical mutate operator, then prints the lineage.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
rm -rf runs/quickstart
# A fixed seed makes the run repeatable: the same mutations in the same order (timings still vary).
./build/release/app/avo evolve tasks/matmul --run runs/quickstart --steps 5 --seed 3
./build/release/app/avo log runs/quickstart
