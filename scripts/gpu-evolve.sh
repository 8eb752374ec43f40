#!/usr/bin/env bash
# The engine on a Hopper machine, end to end with the attention task:
#   1. avo bench on the mha and gqa suites: the seed and cuDNN side by side, with ratios;
#   2. avo evolve with the classical mutate operator (the knobs of the seed) on the mha suite;
#   3. avo log of that run.
# usage: scripts/gpu-evolve.sh BIN_DIR [STEPS]
#   BIN_DIR holds avo and avo-attention-harness (a build's app/ folder, or scripts/bundle.sh's bin/).
# Writes logs and JSON under $OUT (default runs/gpu-evolve).
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(cd "${1:?usage: gpu-evolve.sh BIN_DIR [STEPS]}" && pwd)
steps=${2:-8}
OUT=${OUT:-runs/gpu-evolve}
mkdir -p "$OUT"
. scripts/gpu-env.sh "$bin"
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | tee "$OUT/gpu.txt"
echo "commit: $(git rev-parse HEAD 2>/dev/null || echo unknown)  date: $(date -u +%FT%TZ)" | tee -a "$OUT/gpu.txt"
status=0
for suite in mha gqa; do
  echo "=== avo bench tasks/attention --suite $suite"
  avo bench tasks/attention --suite "$suite" "${AVO_SANDBOX_FLAGS[@]}" | tee "$OUT/bench-$suite.txt" || status=1
done
echo "=== avo evolve tasks/attention --operator mutate --steps $steps"
rm -rf runs/attention-mutate
avo evolve tasks/attention --run runs/attention-mutate --operator mutate --steps "$steps" --seed 1 "${AVO_SANDBOX_FLAGS[@]}" 2>&1 | tee "$OUT/evolve.txt" || status=1
avo log runs/attention-mutate | tee "$OUT/log.txt"
avo log runs/attention-mutate --json > "$OUT/log.json"
exit $status
