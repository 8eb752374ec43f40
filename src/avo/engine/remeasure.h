// `avo remeasure`: versions of a lineage measured again, side by side in one interleaved
// evaluation (Evaluator::ScoreInterleaved: for the attention task, every version's module in one
// harness process), so that the trajectory is read from figures taken under the same conditions,
// with a paired interval for every step (score/remeasurement.h).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/engine/run.h"
#include "avo/eval/evaluator.h"
#include "avo/score/remeasurement.h"

namespace avo {

struct RemeasureOptions {
  std::vector<std::string> versions;  // specs for Lineage::Resolve ("v3", "head"); empty: all
  std::string suite;                  // empty: the run's task's default suite
  int rounds = 0;                     // 0: the task's [gate] rounds
};

// Measures the versions (in lineage order, each once) and returns their trajectory. Fails with
// InvalidArgument for an unknown version or suite, or fewer than two distinct versions, and with
// Unavailable when the evaluation was an infra error.
Result<Remeasurement> Remeasure(Run& run, Evaluator& evaluator, const RemeasureOptions& options);

// RUN/remeasure.json, where `avo remeasure` keeps its latest trajectory for the reports.
std::filesystem::path RemeasurePath(const Run& run);

}  // namespace avo
