#include "avo/engine/run_budget.h"

#include <fmt/format.h>

#include <algorithm>

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

std::optional<std::string> StopBeforeStep(const StopRule& rule, int steps_run, double elapsed_s,
                                          bool stop_requested, const Archive& archive,
                                          double active_s) {
  if (rule.steps > 0 && steps_run >= rule.steps) return fmt::format("ran {} step(s)", steps_run);
  if (rule.time_limit_s > 0 && elapsed_s >= rule.time_limit_s) return "time limit reached";
  if (stop_requested) return "stopped on request";
  if (!rule.budget.any()) return std::nullopt;
  auto spent = archive.Spent();
  if (!spent.ok()) return "cannot read the run's spending: " + spent.status().message();
  return RunBudgetReached(rule.budget, *spent, active_s);
}

StepBudget StepBudgetLeft(StepBudget step, const StopRule& rule, double elapsed_s,
                          const Archive& archive, double active_s) {
  if (rule.time_limit_s > 0)
    step.wall_s = std::min(step.wall_s, std::max(1.0, rule.time_limit_s - elapsed_s));
  const RunBudget& run = rule.budget;
  if (!run.any()) return step;
  auto spent = archive.Spent();
  if (!spent.ok()) return step;  // StopBeforeStep has said so already
  if (run.tokens > 0) {
    const std::int64_t left =
        std::max<std::int64_t>(1, run.tokens - spent->tokens_in - spent->tokens_out);
    step.tokens = step.tokens > 0 ? std::min(step.tokens, left) : left;
  }
  if (run.cost_usd > 0) {
    const double left = std::max(1e-6, run.cost_usd - spent->cost_usd);
    step.cost_usd = step.cost_usd > 0 ? std::min(step.cost_usd, left) : left;
  }
  if (run.wall_s > 0) step.wall_s = std::min(step.wall_s, std::max(1.0, run.wall_s - active_s));
  return step;
}

}  // namespace avo
