#include "avo/score/gate.h"

#include <fmt/format.h>

namespace avo {

GateDecision Decide(const Evaluation& c, std::optional<double> best_scalar,
                    std::optional<double> paired_best, const GateConfig& gate,
                    Direction direction) {
  GateDecision d;
  if (c.outcome != Outcome::kScored) {
    d.reason = fmt::format("{}: {}", OutcomeName(c.outcome), c.reason);
    return d;
  }
  if (!c.correct) {
    d.reason = "incorrect: " + c.reason;
    return d;
  }
  if (!best_scalar) {
    d.accept = true;
    d.reason = fmt::format("seed: correct, {:.4g} {}", c.scalar, c.unit);
    return d;
  }
  const double best = paired_best.value_or(*best_scalar);
  const char* basis = paired_best ? "best re-measured in the same session" : "best committed";
  if (!(best > 0)) {
    d.accept = true;
    d.reason = fmt::format("correct; {} has no positive score", basis);
    return d;
  }
  d.ratio = direction == Direction::kHigher ? c.scalar / best : best / c.scalar;
  const double needed = 1.0 + gate.min_gain;
  d.accept = d.ratio >= needed;
  d.reason = fmt::format("{} {:.4g} vs {} {:.4g} {}: ratio {:.4f} {} {:.4f}",
                         d.accept ? "accepted:" : "rejected:", c.scalar, basis, best, c.unit,
                         d.ratio, d.accept ? ">=" : "<", needed);
  return d;
}

}  // namespace avo
