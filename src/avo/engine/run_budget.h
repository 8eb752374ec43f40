// A whole run's budget (avo.toml [budget]): what lets a multi-day run stop itself cleanly
// between steps once it has spent what its owner allowed, whatever invocation it is in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "avo/archive/archive.h"

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

}  // namespace avo
