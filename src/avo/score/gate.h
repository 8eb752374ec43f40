// The commit gate (AVO §2): a version enters the lineage only if it is correct and scores at least
// the best committed version, times (1 + min_gain) in the metric's direction.
#pragma once

#include <optional>
#include <string>

#include "avo/score/evaluation.h"
#include "avo/score/paired.h"
#include "avo/task/task.h"

namespace avo {

struct GateDecision {
  bool accept = false;
  std::string reason;  // one line, shown to people and to the agent
  double ratio = 0;    // candidate / best in the metric's direction (>1 is better); 0 if n/a
};

// The unpaired gate. `best_scalar` is the best committed scalar (nullopt: the lineage is empty,
// the seed is judged on correctness alone).
GateDecision Decide(const Evaluation& candidate, std::optional<double> best_scalar,
                    const GateConfig& gate, Direction direction);

// The paired gate: the candidate (correct, as `candidate` says) against the best version
// measured interleaved with it. Accepts only on evidence of an improvement: the geomean ratio's
// interval lies above 1 + min_gain, and no configuration's interval lies wholly below
// 1 - max_config_loss. The reason gives the ratio, the interval, the confidence and the rounds.
GateDecision DecidePaired(const Evaluation& candidate, const PairedComparison& paired,
                          const GateConfig& gate);

}  // namespace avo
