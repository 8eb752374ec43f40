// The agent's own settings, avo.toml's [agent] table (engine/run_config.h parses it): owned here,
// by the module that uses them, so the agent does not reach up to the run configuration.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace avo::agent {

// How the agentic operator runs one step (AVO §3.2, the agent loop). Budgets of a step that the
// engine also knows (wall time, tokens, cost, evaluations, submissions) travel in StepBudget;
// these are the rest plus overrides for them.
struct AgentSettings {
  int max_turns = 150;                     // model calls per step (compaction calls not counted)
  std::optional<double> max_wall_s;        // seconds per step; overrides --step-time's default
  std::optional<std::int64_t> max_tokens;  // input + output tokens per step
  std::optional<double> max_cost_usd;      // US dollars per step
  std::optional<int> max_evaluations;      // advisory `evaluate` calls per step
  std::optional<int> max_submissions;      // `commit` calls per step
  double compact_at = 0.75;  // compact when the prompt nears this fraction of context_window
  std::size_t tool_output_chars = 12000;  // a tool result longer than this is cut to head and tail
  double run_timeout_s = 300;             // default timeout of the `run` tool, seconds
  bool sandbox = true;                    // run shell commands under bubblewrap when it works
  std::optional<double> temperature;
};

}  // namespace avo::agent
