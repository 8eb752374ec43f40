#!/usr/bin/env bash
# bench-throughput.sh -- how evaluations per hour scale with the slots of `avo evolve --jobs N`,
# and what the engine itself costs per step, on a CPU task (a benchmark, not a test).
#
# The task (made here, in a temporary directory) is CPU-bound and single-threaded: each
# evaluation runs a fixed amount of arithmetic (awk), calibrated to --eval-seconds on this
# machine, so that an evaluation's time is the same whatever the candidate; three knobs of eight
# values give the mutate operator 512 candidates. For each slot count K the run is seeded, then
# `avo evolve RUN --jobs K --time S` is timed:
#   evaluations per hour = attempts judged in that invocation / its wall time * 3600
#   speed-up             = that rate / the rate with one slot (ideal: K)
#   engine overhead      = (wall - the evaluations' own command time) / that command time, with
#                          one slot: everything avo does around the commands (process start,
#                          opening the run, operator, workspaces, trusted-file checks, archive,
#                          git), as a share of evaluation time
# usage: scripts/bench-throughput.sh [--avo BIN] [--seconds S] [--eval-seconds E]
#                                    [--slots "1 2 4"] [--out FILE.md]
set -euo pipefail
cd "$(dirname "$0")/.."
AVO=$PWD/build/release/app/avo
[ -x "$AVO" ] || AVO=$PWD/build/default/app/avo
SECONDS_PER_RUN=120
EVAL_S=2
CORES=$(nproc)
SLOTS=""
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --avo) AVO=$2; shift ;;
    --seconds) SECONDS_PER_RUN=$2; shift ;;
    --eval-seconds) EVAL_S=$2; shift ;;
    --slots) SLOTS=$2; shift ;;
    --out) OUT=$2; shift ;;
    *) echo "usage: $0 [--avo BIN] [--seconds S] [--eval-seconds E] [--slots \"1 2 4\"] [--out FILE.md]" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$SLOTS" ]; then
  SLOTS="1"; k=2
  while [ "$k" -le "$CORES" ]; do SLOTS="$SLOTS $k"; k=$((k * 2)); done
  case " $SLOTS " in *" $CORES "*) ;; *) SLOTS="$SLOTS $CORES" ;; esac
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Calibrate the work: awk iterations for EVAL_S seconds on one core.
N=2000000
t=$( { /usr/bin/time -f %e awk -v n=$N 'BEGIN{for(i=0;i<n;i++)s+=i*i}' ; } 2>&1 )
N=$(python3 -c "print(int($N * $EVAL_S / max($t, 0.01)))")

TASK=$WORK/task
mkdir -p "$TASK"
printf 'a = 1  # avo:knob a\nb = 1  # avo:knob b\nc = 1  # avo:knob c\n' > "$TASK/params.txt"
cat > "$TASK/evaluate.sh" <<SH
#!/bin/sh
set -e
a=\$(sed -n 's/^a = \([0-9]*\).*/\1/p' params.txt)
b=\$(sed -n 's/^b = \([0-9]*\).*/\1/p' params.txt)
c=\$(sed -n 's/^c = \([0-9]*\).*/\1/p' params.txt)
awk -v n=$N 'BEGIN{for(i=0;i<n;i++)s+=i*i}'
v=\$((100 * a + 10 * b + c))
cat > "\$AVO_RESULT" <<JSON
{"schema": "avo.evaluation.v1", "configs": [
  {"name": "work", "correct": true, "value": \$v, "unit": "ops/s", "samples": [\$v]}]}
JSON
SH
cat > "$TASK/task.toml" <<TOML
format = 1
name = "cpu-bench"
default_suite = "s"
[files]
editable = ["params.txt"]
[evaluate]
command = "sh evaluate.sh"
timeout_s = 600
[metric]
name = "speed"
unit = "ops/s"
direction = "higher"
[suites.s]
configs = [{ name = "work" }]
[knobs.a]
file = "params.txt"
values = [1, 2, 3, 4, 5, 6, 7, 8]
[knobs.b]
file = "params.txt"
values = [1, 2, 3, 4, 5, 6, 7, 8]
[knobs.c]
file = "params.txt"
values = [1, 2, 3, 4, 5, 6, 7, 8]
TOML

now() { date +%s.%N; }
declare -A RATE
ROWS=""
for K in $SLOTS; do
  RUN=$WORK/run-$K
  "$AVO" evolve "$TASK" --run "$RUN" --steps 1 --seed 7 -q > /dev/null 2>&1
  before=$(sqlite3 "$RUN/archive.db" "SELECT count(*) FROM attempts")
  t0=$(now)
  "$AVO" evolve "$RUN" --jobs "$K" --time "${SECONDS_PER_RUN}s" -q > "$WORK/evolve-$K.log" 2>&1
  t1=$(now)
  read -r n cmd_s judge_s < <(sqlite3 -separator ' ' "$RUN/archive.db" \
    "SELECT count(*), sum(coalesce(build_s,0) + coalesce(eval_s,0)), sum(duration_s)
     FROM attempts WHERE id > $before AND status IN ('committed','rejected','failed')")
  wall=$(python3 -c "print($t1 - $t0)")
  rate=$(python3 -c "print($n / $wall * 3600)")
  RATE[$K]=$rate
  speedup=$(python3 -c "print($rate / ${RATE[1]:-$rate})")
  overhead="-"; judge="-"
  if [ "$K" = 1 ]; then
    overhead=$(python3 -c "print('%.2f%%' % (100 * ($wall - $cmd_s) / $cmd_s))")
    judge=$(python3 -c "print('%.1f ms' % (1000 * ($judge_s - $cmd_s) / $n))")
  fi
  ROWS+=$(printf '| %s | %s | %.1f | %.1f | %.3f | %.2f | %s | %s |' "$K" "$n" "$wall" "$rate" \
          "$speedup" "$(python3 -c "print($speedup / $K)")" "$overhead" "$judge")$'\n'
  echo "slots $K: $n evaluations in ${wall}s" >&2
done

{
  echo "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(uname -r)."
  echo "avo $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%Y-%m-%dT%H:%MZ);" \
       "evaluation ~${EVAL_S}s of single-threaded CPU work (awk, n=$N), ${SECONDS_PER_RUN}s per slot count."
  echo
  echo "| slots | evaluations | wall (s) | evaluations/hour | speed-up | per slot | engine overhead | judge overhead per evaluation |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s' "$ROWS"
} | tee "${OUT:-/dev/null}"
