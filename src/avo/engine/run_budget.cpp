#include "avo/engine/run_budget.h"

#include <fmt/format.h>

namespace avo {

std::optional<std::string> RunBudgetReached(const RunBudget& budget, const AttemptCost& spent,
                                            double active_s) {
  const std::int64_t tokens = spent.tokens_in + spent.tokens_out;
  if (budget.tokens > 0 && tokens >= budget.tokens)
    return fmt::format("run budget reached: {} of {} tokens", tokens, budget.tokens);
  if (budget.cost_usd > 0 && spent.cost_usd >= budget.cost_usd)
    return fmt::format("run budget reached: {:.2f} of {:.2f} USD", spent.cost_usd, budget.cost_usd);
  if (budget.wall_s > 0 && active_s >= budget.wall_s)
    return fmt::format("run budget reached: {:.0f} of {:.0f} s of stepping", active_s,
                       budget.wall_s);
  return std::nullopt;
}

}  // namespace avo
