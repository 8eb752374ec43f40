#!/usr/bin/env bash
# One step of the Hopper attention lineage on a lent GPU machine, through avo's own gate:
#   1. imports the lineage's export (avo import --retrust-tools: the harness built for this call
#      hashes differently from the one that judged the earlier versions) and gives the run any
#      suites tasks/attention has gained since (avo add-suites: only suites, the judge stays);
#   2. opens a step (avo step begin --by OPERATOR --suite SUITE);
#   3. for each candidate directory (its kernel/ and RATIONALE.md): puts its kernel/ in the
#      workspace, checks it on the smoke suite, times it on SUITE beside cuDNN (advisory) and
#      on every suite named in ALSO (advisory: what the step does to the other suites);
#   4. the candidate with the highest advisory geomean on SUITE goes to the gate (avo step
#      commit -F its RATIONALE.md); a rejected step is aborted;
#   5. exports the run (avo export) and the head (avo export RUN head --to) under $OUT.
# usage: scripts/gpu-step.sh BIN_DIR EXPORT_DIR SUITE OPERATOR "ALSO" CAND_DIR [CAND_DIR ...]
#   BIN_DIR holds avo and avo-attention-harness (scripts/bundle.sh's bin/).
#   GPU_STEP_CONTINUE=1 goes on with the run a step before it left (no import);
#   GPU_STEP_PACK=0 leaves $OUT unpacked;
#   GPU_STEP_BASELINES=0 times the candidates without cuDNN beside them (about 40% less device
#   time per candidate; the choice of the candidate is the same, only the ratios are missing).
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(cd "${1:?usage: gpu-step.sh BIN_DIR EXPORT_DIR SUITE OPERATOR ALSO CAND_DIR...}" && pwd)
export_dir=${2:?export dir}
suite=${3:?suite}
by=${4:?operator}
also=${5-}
shift 5
OUT=${OUT:-runs/gpu-step}
mkdir -p "$OUT"
. scripts/gpu-env.sh "$bin"
# Nothing else may compute on the GPU while candidates are timed and gated (scripts/gpu-quiet.sh).
. scripts/gpu-quiet.sh
gpu_quiet || exit 2
run=runs/lineage
log() { echo "=== $*" | tee -a "$OUT/step.log"; }
nvidia-smi --query-gpu=name,driver_version,clocks.sm,power.draw --format=csv,noheader | tee "$OUT/gpu.txt"
if [ "${GPU_STEP_CONTINUE:-0}" = 1 ] && [ -d "$run" ]; then
  log "going on with $run (a step of this call before)"
else
  rm -rf "$run"
  avo import "$export_dir" "$run" --retrust-tools | tee -a "$OUT/step.log" || exit 1
  avo add-suites "$run" --from tasks/attention 2>&1 | tee -a "$OUT/step.log"
fi
ws=$(avo step begin "$run" --by "$by" --suite "$suite" --reuse "${AVO_SANDBOX_FLAGS[@]}") || exit 1
log "workspace $ws"
geomean() {  # the geomean of an advisory evaluation's values, or 0 when incorrect
  python3 -c 'import json,math,sys; e=json.load(open(sys.argv[1])); v=[c.get("value",0) for c in e.get("configs",[])]
print(math.exp(sum(math.log(x) for x in v)/len(v)) if e.get("correct") and v and min(v)>0 else 0)' "$1"
}
best=""; best_g=0
baselines=--baselines
[ "${GPU_STEP_BASELINES:-1}" = 0 ] && baselines=""
for cand in "$@"; do
  name=$(basename "$cand")
  rm -rf "$ws/kernel" && cp -r "$cand/kernel" "$ws/kernel"
  log "$name: smoke (${SECONDS}s)"
  avo step eval "$run" --suite smoke "${AVO_SANDBOX_FLAGS[@]}" > "$OUT/$name-smoke.txt" 2>&1
  rc=$?; tail -15 "$OUT/$name-smoke.txt"
  [ $rc -eq 0 ] || { log "$name: incorrect on smoke"; continue; }
  for s in $suite $also; do
    log "$name: $s${baselines:+ beside cuDNN}"
    avo step eval "$run" --suite "$s" $baselines --json "${AVO_SANDBOX_FLAGS[@]}" > "$OUT/$name-$s.json" 2>"$OUT/$name-$s.err"
    python3 - "$OUT/$name-$s.json" <<'PY'
import json, math, sys
e = json.load(open(sys.argv[1]))
for c in e.get("configs", []):
    b = c.get("baselines", {})
    ratios = " ".join(f"{k} {v:.1f} ({c.get('value', 0) / v:.3f})" for k, v in b.items() if v)
    print(f"  {c['name']:<20} {c.get('value', 0):8.1f}  {ratios}")
PY
  done
  g=$(geomean "$OUT/$name-$suite.json")
  log "$name: geomean on $suite $g"
  if python3 -c "import sys; sys.exit(0 if float('$g') > float('$best_g') else 1)"; then best=$cand; best_g=$g; fi
done
[ -n "$best" ] || { avo step abort "$run" -m "no candidate was correct"; exit 1; }
log "to the gate: $(basename "$best") ($best_g)"
rm -rf "$ws/kernel" && cp -r "$best/kernel" "$ws/kernel"
avo step commit "$run" -F "$best/RATIONALE.md" "${AVO_SANDBOX_FLAGS[@]}" 2>&1 | tee "$OUT/commit.txt"
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || avo step abort "$run" -m "rejected by the gate" >/dev/null
avo log "$run" | tee "$OUT/log.txt"
rm -rf "$OUT/export" "$OUT/head"
avo export "$run" "$OUT/export" >/dev/null && avo export "$run" head --to "$OUT/head" >/dev/null
# What comes back from a lent machine is a few files: everything in one archive
# (GPU_STEP_PACK=0 leaves that to the caller, for several steps in one call).
[ "${GPU_STEP_PACK:-1}" = 1 ] && tar -C "$OUT" -czf /tmp/gpu-step.tgz . && rm -rf "${OUT:?}"/* && mv /tmp/gpu-step.tgz "$OUT/gpu-step.tgz"
exit "$status"
