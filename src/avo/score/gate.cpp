#include "avo/score/gate.h"

#include <fmt/format.h>

namespace avo {
namespace {

// A candidate that was not scored, or is incorrect, is rejected before any comparison.
bool NotJudgeable(const Evaluation& c, GateDecision* d) {
  if (c.outcome != Outcome::kScored) {
    d->reason = fmt::format("{}: {}", OutcomeName(c.outcome), c.reason);
    return true;
  }
  if (!c.correct) {
    d->reason = "incorrect: " + c.reason;
    return true;
  }
  return false;
}

}  // namespace

GateDecision Decide(const Evaluation& c, std::optional<double> best_scalar, const GateConfig& gate,
                    Direction direction) {
  GateDecision d;
  if (NotJudgeable(c, &d)) return d;
  if (!best_scalar) {
    d.accept = true;
    d.reason = fmt::format("seed: correct, {:.4g} {}", c.scalar, c.unit);
    return d;
  }
  const double best = *best_scalar;
  const char* basis = "best committed";
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

GateDecision DecidePaired(const Evaluation& c, const PairedComparison& paired,
                          const GateConfig& gate) {
  GateDecision d;
  if (NotJudgeable(c, &d)) return d;
  const RatioInterval& g = paired.geomean;
  d.ratio = g.ratio;
  const std::string interval =
      fmt::format("geomean ratio {:.4f} [{:.4f}, {:.4f}] ({:.3g}%, {} paired rounds)", g.ratio,
                  g.lo, g.hi, 100 * gate.confidence, paired.rounds);
  const double needed = 1.0 + gate.min_gain;
  for (std::size_t i = 0; i < paired.configs.size(); ++i) {
    const RatioInterval& r = paired.configs[i];
    if (r.hi < 1.0 - gate.max_config_loss) {
      d.reason =
          fmt::format("rejected: {} is worse, ratio {:.4f} [{:.4f}, {:.4f}] below {:.4f}; {}",
                      paired.names[i], r.ratio, r.lo, r.hi, 1.0 - gate.max_config_loss, interval);
      return d;
    }
  }
  d.accept = g.lo > needed;
  d.reason =
      fmt::format("{} {}: lower bound {} {:.4f}", d.accept ? "accepted:" : "rejected:", interval,
                  d.accept ? ">" : "<=", needed);
  if (!d.accept && g.hi >= needed) d.reason += " (no evidence of an improvement)";
  return d;
}

}  // namespace avo
