#!/usr/bin/env bash
# The whole test suite: installs the dependencies, builds the default preset (with the CUDA parts
# when nvcc is present: they compile and link here; the GPU checks run on a Hopper machine with
# scripts/gpu-check.sh), runs every test, then runs the CPU tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the debug preset), and runs clang-format and clang-tidy.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug
./scripts/lint.sh
