#!/usr/bin/env bash
# bench-gpus.sh -- steps in parallel over the GPUs of one machine (a benchmark, not a test):
#   1. evaluations per hour of `avo evolve tasks/attention --jobs N --gpus 0..N-1` (the mutate
#      operator) for N = 1, 2, 4 .. all GPUs, a fixed number of steps each;
#   2. the seed's TFLOPS on each GPU measured alone, one after another, then on every GPU at once
#      (`avo eval --gpu G`), and the largest difference: timings taken side by side on one node
#      must stay comparable.
# Run on the GPU machine with avo and avo-attention-harness on PATH (scripts/gpu-env.sh).
# AVO_COMMIT names the commit the binaries were built from, where the checkout has no history.
# usage: scripts/bench-gpus.sh [--steps S] [--suite SUITE] [--spread-suite SUITE] [--out FILE.md]
set -uo pipefail
cd "$(dirname "$0")/.."
STEPS=4
SUITE=smoke
SPREAD_SUITE=mha
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) STEPS=$2; shift ;;
    --suite) SUITE=$2; shift ;;
    --spread-suite) SPREAD_SUITE=$2; shift ;;
    --out) OUT=$2; shift ;;
    *) echo "usage: $0 [--steps S] [--suite SUITE] [--spread-suite SUITE] [--out FILE.md]" >&2; exit 2 ;;
  esac
  shift
done
# Task commands run under bubblewrap where it can make a sandbox (as scripts/gpu-env.sh decides).
CONFINE=()
bwrap --ro-bind / / --dev /dev --proc /proc true 2>/dev/null || CONFINE=(--no-sandbox)
G=$(nvidia-smi --query-gpu=index --format=csv,noheader | wc -l)
[ "$G" -ge 1 ] || { echo "bench-gpus: no GPU" >&2; exit 1; }
NAME=$(nvidia-smi --query-gpu=name --format=csv,noheader | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
now() { date +%s.%N; }
py() { python3 -c "print($1)"; }

COUNTS="1"; k=2
while [ "$k" -le "$G" ]; do COUNTS="$COUNTS $k"; k=$((k * 2)); done
case " $COUNTS " in *" $G "*) ;; *) COUNTS="$COUNTS $G" ;; esac
ROWS=""; RATE1=""
for N in $COUNTS; do
  RUN=$WORK/run-$N
  avo evolve tasks/attention --run "$RUN" --suite "$SUITE" --steps 1 --seed 7 -q "${CONFINE[@]}" \
    > "$WORK/seed-$N.log" 2>&1 || { tail -3 "$WORK/seed-$N.log"; exit 1; }
  judged() { avo status "$1" --json | python3 -c 'import json,sys; s=json.load(sys.stdin)["attempts_by_status"]; print(sum(s.get(k, 0) for k in ("committed","rejected","failed")))'; }
  before=$(judged "$RUN")
  gpus=$(seq -s, 0 $((N - 1)))
  t0=$(now)
  avo evolve "$RUN" --suite "$SUITE" --jobs "$N" --gpus "$gpus" --steps $((STEPS * N)) -q \
    "${CONFINE[@]}" > "$WORK/evolve-$N.log" 2>&1
  t1=$(now)
  n=$(( $(judged "$RUN") - before ))
  wall=$(py "$t1 - $t0")
  rate=$(py "$n / $wall * 3600")
  RATE1=${RATE1:-$rate}
  ROWS+=$(printf '| %s | %s | %.1f | %.1f | %.3f |' "$N" "$n" "$wall" "$rate" "$(py "$rate / $RATE1 / $N")")$'\n'
  echo "N=$N: $n evaluations in ${wall}s" >&2
done

# The seed's geomean TFLOPS on each GPU, alone and with every GPU busy.
score() { avo eval tasks/attention --suite "$SPREAD_SUITE" --gpu "$1" --json "${CONFINE[@]}" 2>/dev/null |
          python3 -c 'import json,sys; print("%.2f" % json.load(sys.stdin)["scalar"])'; }
declare -A ALONE BUSY
for g in $(seq 0 $((G - 1))); do ALONE[$g]=$(score "$g"); done
for g in $(seq 0 $((G - 1))); do score "$g" > "$WORK/busy-$g" & done
wait
SPREAD=""
for g in $(seq 0 $((G - 1))); do
  BUSY[$g]=$(cat "$WORK/busy-$g")
  SPREAD+=$(printf '| %s | %s | %s | %.4f |' "$g" "${ALONE[$g]}" "${BUSY[$g]}" "$(py "${BUSY[$g]} / ${ALONE[$g]}")")$'\n'
done

{
  echo "$G x $NAME, driver $(nvidia-smi --query-gpu=driver_version --format=csv,noheader | head -1);" \
       "avo ${AVO_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo '?')}, $(date -u +%Y-%m-%dT%H:%MZ)."
  echo
  echo "Evaluations per hour, mutate operator, suite $SUITE, $STEPS steps per slot:"
  echo
  echo "| GPUs (slots) | evaluations | wall (s) | evaluations/hour | per GPU vs one |"
  echo "|---|---|---|---|---|"
  printf '%s' "$ROWS"
  echo
  echo "The seed's geomean TFLOPS on suite $SPREAD_SUITE, each GPU alone, then all at once:"
  echo
  echo "| GPU | alone | all busy | busy / alone |"
  echo "|---|---|---|---|"
  printf '%s' "$SPREAD"
} | tee "${OUT:-/dev/null}"
