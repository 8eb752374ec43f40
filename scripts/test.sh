#!/usr/bin/env bash
# The whole test suite: installs the dependencies, builds the default preset (with the CUDA parts
# when nvcc is present: they compile and link here; the GPU checks run on a Hopper machine with
# scripts/gpu-check.sh), runs every test, then runs the CPU tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the debug preset, which also counts line coverage: a table of
# src/avo's modules is printed after its tests), and runs clang-format and clang-tidy. A local
# Slurm cluster (scripts/slurm-local.sh) serves the Slurm evaluator's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
# A single-node Slurm cluster for the Slurm evaluator's tests (tests/integration/slurm_test.cpp):
# they must run, not skip, wherever this script could start one.
if ./scripts/slurm-local.sh start "${AVO_SLURM_DIR:-/tmp/avo-slurm}" > /tmp/avo-slurm-env; then
  source /tmp/avo-slurm-env
  export AVO_REQUIRE_SLURM=1
  trap './scripts/slurm-local.sh stop "${AVO_SLURM_DIR:-/tmp/avo-slurm}"' EXIT
else
  echo "test.sh: no Slurm cluster could be started here; the Slurm tests will skip" >&2
fi
ctest --preset default
cmake --preset debug >/dev/null
cmake --build --preset debug
# Coverage is of this run alone: counters left by an earlier run would add to it.
find build/debug -name '*.gcda' -delete
ctest --preset debug
./scripts/coverage.sh build/debug
./scripts/lint.sh
