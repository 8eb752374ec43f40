#!/usr/bin/env bash
# The whole test suite: installs the dependencies, builds the default preset (with the CUDA parts
# when nvcc is present: they compile and link here; the GPU checks run on a Hopper machine with
# scripts/gpu-check.sh), runs every test, then runs the CPU tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the debug preset, which also counts line coverage: a table of
# src/avo's modules is printed after its tests), and runs clang-format and clang-tidy.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default
cmake --preset debug >/dev/null
cmake --build --preset debug
# Coverage is of this run alone: counters left by an earlier run would add to it.
find build/debug -name '*.gcda' -delete
ctest --preset debug
./scripts/coverage.sh build/debug
./scripts/lint.sh
