// A whole run's budget (avo.toml [budget]): what lets a multi-day run stop itself cleanly
// between steps once it has spent what its owner allowed, whatever invocation it is in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "avo/archive/archive.h"
#include "avo/operators/operator.h"

namespace avo {

// Limits for a whole run, across every invocation (avo.toml [budget]); 0 = no limit. Tokens and
// US dollars count everything the run's LLM calls cost: attempts, steps that submitted nothing,
// the supervisor's reviews (Archive::Spent). Wall time counts the seconds steps ran, summed over
// invocations (archive state `active_s`), not the days a run sat paused.
struct RunBudget {
  std::int64_t tokens = 0;  // input + output tokens
  double cost_usd = 0;      // US dollars
  double wall_s = 0;        // seconds of stepping
  [[nodiscard]] bool any() const { return tokens > 0 || cost_usd > 0 || wall_s > 0; }
};

// Why a run with `budget` must stop after spending `spent` in `active_s` seconds, or nothing.
std::optional<std::string> RunBudgetReached(const RunBudget& budget, const AttemptCost& spent,
                                            double active_s);

// What one invocation of `avo evolve` may do: steps, seconds, and the whole run's budget.
struct StopRule {
  int steps = 0;            // steps in this invocation; 0 = no limit
  double time_limit_s = 0;  // seconds of this invocation; 0 = none
  RunBudget budget;         // the whole run's
};

// Why the invocation must stop before its next step, after `steps_run` steps in `elapsed_s`
// seconds, the run having stepped `active_s` seconds over all invocations; or nothing. A spending
// the archive cannot report stops the run, with the archive's error.
std::optional<std::string> StopBeforeStep(const StopRule& rule, int steps_run, double elapsed_s,
                                          bool stop_requested, const Archive& archive,
                                          double active_s);

// A step's limits: `step` narrowed to what this invocation's time limit and the run's budget have
// left, so that one long step cannot overshoot either by much.
StepBudget StepBudgetLeft(StepBudget step, const StopRule& rule, double elapsed_s,
                          const Archive& archive, double active_s);

}  // namespace avo
