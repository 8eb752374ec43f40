#!/usr/bin/env bash
# The agentic operator end to end on a machine without an LLM endpoint: a scripted LLM server on
# loopback (avo-scripted-llm, the tests' server) replays a conversation that reads, edits,
# evaluates and commits; avo runs the real agent loop, tools, evaluator and commit gate against it.
# usage: scripts/gpu-agent.sh BIN_DIR TASK_DIR SCRIPT_JSON [openai|anthropic] [SUITE]
#   e.g. scripts/gpu-agent.sh build/default/app tasks/attention tests/gpu/agent_attention_script.json
# Writes logs under $OUT (default runs/gpu-agent).
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(cd "${1:?usage: gpu-agent.sh BIN_DIR TASK_DIR SCRIPT_JSON [FORMAT] [SUITE]}" && pwd)
task=${2:?task directory}
script=${3:?script json}
format=${4:-openai}
suite=${5:-}
OUT=${OUT:-runs/gpu-agent}
mkdir -p "$OUT"
. scripts/gpu-env.sh "$bin"

# The server prints "port N" once listening and exits when its stdin closes.
mkfifo "$OUT/server.in" 2>/dev/null || true
avo-scripted-llm "$script" --requests "$OUT/requests.jsonl" --exit-on-stdin-eof < "$OUT/server.in" > "$OUT/server.out" &
server=$!
exec 3> "$OUT/server.in"
for _ in $(seq 100); do grep -q '^port ' "$OUT/server.out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/^port //p' "$OUT/server.out")
[ -n "$port" ] || { echo "gpu-agent: the scripted server did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"
[ "$format" = openai ] && base="$base/v1"
cat > "$OUT/avo.toml" <<TOML
operator = "agent"
[llm]
kind = "$format"
model = "scripted"
base_url = "$base"
api_key_env = "AVO_SCRIPTED_KEY"
[agent]
max_turns = 12
TOML
export AVO_SCRIPTED_KEY=scripted
run=runs/agent-$(basename "$task")-$format
rm -rf "$run"
args=(evolve "$task" --run "$run" --steps 1 --config "$OUT/avo.toml")
[ -n "$suite" ] && args+=(--suite "$suite")
status=0
avo "${args[@]}" "${AVO_SANDBOX_FLAGS[@]}" 2>&1 | tee "$OUT/evolve.txt" || status=1
avo log "$run" | tee "$OUT/log.txt"
avo log "$run" --attempts | tee -a "$OUT/log.txt"
cp "$run/steps/1/transcript.jsonl" "$OUT/transcript.jsonl" 2>/dev/null || true
exec 3>&-
wait "$server" 2>/dev/null
exit $status
