#!/usr/bin/env bash
# The paired gate on a Hopper GPU with the attention task, through the real avo binary (issue:
# "A gate that noise cannot fool"). Every try is a commit of `avo step`, judged by the engine's
# own gate exactly as any operator's:
#   whitespace N  one run, one open step, N commits each with one more newline at the end of the
#                 kernel: a copy that changes nothing, measured beside the best; each must be
#                 refused (the step stays open).
#   stages N      N fresh runs, one step each that sets the seed's `stages` knob from 1 to 2 (a
#                 real gain): each must be committed.
#   remeasure     the first stages run evolved by --mutate more steps of the mutate operator,
#                 then `avo remeasure` of its lineage: the trajectory with paired intervals.
# It stops starting tries after --budget-s seconds and says how many it ran.
# usage: scripts/gpu-gate-check.sh BIN_DIR [--suite quick] [--whitespace 20] [--stages 20]
#                                  [--mutate 4] [--budget-s 500] [--only whitespace|stages]
#   BIN_DIR holds avo and avo-attention-harness (scripts/bundle.sh's bin/).
# Writes logs and a summary (gate-check.txt) under $OUT (default runs/gpu-gate-check).
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(cd "${1:?usage: gpu-gate-check.sh BIN_DIR [options]}" && pwd)
shift
SUITE=quick WS=20 ST=20 BUDGET=500 ONLY="" MUTATE=4
while [ $# -gt 0 ]; do
  case "$1" in
    --suite) SUITE=$2; shift ;;
    --whitespace) WS=$2; shift ;;
    --stages) ST=$2; shift ;;
    --budget-s) BUDGET=$2; shift ;;
    --only) ONLY=$2; shift ;;
    --mutate) MUTATE=$2; shift ;;
    *) echo "gpu-gate-check: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
OUT=${OUT:-runs/gpu-gate-check}
RUNS=${RUNS:-/tmp/avo-gate-runs}
mkdir -p "$OUT" "$RUNS"
. scripts/gpu-env.sh "$bin"
T0=$(date +%s)
elapsed() { echo $(( $(date +%s) - T0 )); }
summary() { echo "$*" | tee -a "$OUT/gate-check.txt"; }
# Attempts of a run by status, and their reasons, from the archive (python3's sqlite3: the GPU
# machine has no sqlite3 program).
attempts() {
  python3 - "$1/archive.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for step, status, reason in db.execute("select step, status, reason from attempts where step > 0 order by id"):
    print(f"{step}\t{status}\t{reason}")
PY
}
: > "$OUT/gate-check.txt"
summary "gpu: $(nvidia-smi --query-gpu=name,driver_version,clocks.max.sm --format=csv,noheader)"
summary "commit: ${AVO_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}  date: $(date -u +%FT%TZ)  suite: $SUITE"
status=0

if [ "$ONLY" != stages ]; then
  run=$RUNS/whitespace
  rm -rf "$run"
  ws=$(avo step begin tasks/attention --run "$run" --suite "$SUITE" "${AVO_SANDBOX_FLAGS[@]}" 2>>"$OUT/whitespace.log")
  n=0
  while [ -n "$ws" ] && [ $n -lt "$WS" ] && [ "$(elapsed)" -lt "$BUDGET" ]; do
    # (begin on an open step prints its workspace again; after a commit it opens a new one)
    ws=$(avo step begin "$run" "${AVO_SANDBOX_FLAGS[@]}" 2>>"$OUT/whitespace.log")
    printf '\n' >> "$ws/kernel/attention.cu"
    avo step commit "$run" -m "whitespace only ($((n + 1)) newlines)" "${AVO_SANDBOX_FLAGS[@]}" >> "$OUT/whitespace.log" 2>&1
    n=$((n + 1))
  done
  attempts "$run" > "$OUT/whitespace-attempts.tsv"
  refused=$(grep -c $'\trejected\t' "$OUT/whitespace-attempts.tsv")
  tried=$(wc -l < "$OUT/whitespace-attempts.tsv")
  summary "whitespace copies of the best: $refused of $tried refused (t+$(elapsed)s)"
  cut -f3 "$OUT/whitespace-attempts.tsv" | cut -c1-150 | sed 's/^/  /' | tee -a "$OUT/gate-check.txt"
fi

if [ "$ONLY" != whitespace ]; then
  : > "$OUT/stages-attempts.tsv"
  n=0
  while [ $n -lt "$ST" ] && [ "$(elapsed)" -lt "$BUDGET" ]; do
    run=$RUNS/stages-$n
    rm -rf "$run"
    ws=$(avo step begin tasks/attention --run "$run" --suite "$SUITE" "${AVO_SANDBOX_FLAGS[@]}" 2>>"$OUT/stages.log")
    [ -n "$ws" ] && sed -i 's/kStages = 1;/kStages = 2;/' "$ws/kernel/knobs.h"
    avo step commit "$run" -m "stages 1 -> 2: a second K/V buffer overlaps the next tile's loads with this tile's math" \
      "${AVO_SANDBOX_FLAGS[@]}" >> "$OUT/stages.log" 2>&1
    attempts "$run" >> "$OUT/stages-attempts.tsv"
    n=$((n + 1))
  done
  committed=$(grep -c $'\tcommitted\t' "$OUT/stages-attempts.tsv")
  tried=$(wc -l < "$OUT/stages-attempts.tsv")
  summary "stages 1 -> 2 on a fresh run: $committed of $tried committed (t+$(elapsed)s)"
  cut -f3 "$OUT/stages-attempts.tsv" | cut -c1-150 | sed 's/^/  /' | tee -a "$OUT/gate-check.txt"
fi

# A lineage of several real steps for remeasure: the first stages run, evolved further by the
# mutate operator through the same gate.
if [ "$MUTATE" -gt 0 ] && [ -d "$RUNS/stages-0" ] && [ "$(elapsed)" -lt "$((BUDGET + 120))" ]; then
  avo evolve "$RUNS/stages-0" --operator mutate --steps "$MUTATE" "${AVO_SANDBOX_FLAGS[@]}" \
    >> "$OUT/mutate.log" 2>&1 || status=1
  avo log "$RUNS/stages-0" | tee -a "$OUT/gate-check.txt"
  summary "avo remeasure stages-0 (t+$(elapsed)s)"
  avo remeasure "$RUNS/stages-0" --suite "$SUITE" "${AVO_SANDBOX_FLAGS[@]}" 2>&1 | tee -a "$OUT/gate-check.txt" || status=1
  cp "$RUNS/stages-0/remeasure.json" "$OUT/" 2>/dev/null
fi
summary "done in $(elapsed)s"
exit $status
