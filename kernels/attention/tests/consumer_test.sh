#!/usr/bin/env bash
# The library as a user gets it: installed from the build tree BUILD into a fresh prefix (the
# avo_attention component only), found by tests/consumer with find_package, built and run.
#   consumer_test.sh BUILD CONSUMER_SOURCE
set -euo pipefail
build=${1:?usage: consumer_test.sh BUILD CONSUMER_SOURCE}
src=${2:?usage: consumer_test.sh BUILD CONSUMER_SOURCE}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --component avo_attention --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/include/avo/attention.h"
test -f "$work/prefix/lib/libavo_attention_cuda.so" || test -f "$work/prefix/lib64/libavo_attention_cuda.so"
# Only the installed prefix: nothing from the build tree or the source tree may be needed.
env -u CMAKE_PREFIX_PATH cmake -S "$src" -B "$work/build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" >/dev/null
"$work/build/consumer"
