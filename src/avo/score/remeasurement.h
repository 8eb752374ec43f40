// A lineage re-measured side by side: every version of it scored in one interleaved evaluation
// (`avo remeasure`), so the per-version curve of the AVO paper's Figures 5 and 6 comes with
// intervals that say which steps are real. The ratios are paired comparisons (score/paired.h):
// version k against the version before it in the list, and against the first (the seed).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "avo/score/evaluation.h"
#include "avo/score/paired.h"

namespace avo {

struct RemeasuredVersion {
  int version = 0;
  std::string commit;
  std::string summary;
  std::string error;  // why it has no figures (not correct on this suite, failed to build); or ""
  double scalar = 0;  // geomean over configurations of each one's median over the rounds
  std::vector<std::pair<std::string, double>> configs;  // per configuration: median over rounds
  std::optional<RatioInterval> to_previous;  // against the previous point that has figures
  int previous = -1;                         // that point's version number
  std::optional<RatioInterval> to_first;     // against the first point (the seed, normally)
};

struct Remeasurement {
  std::string suite;
  std::string unit;
  std::string evaluator;  // Evaluator::Describe()
  int rounds = 0;         // paired rounds per configuration
  double confidence = 0.95;
  std::int64_t time = 0;  // unix seconds when it was measured
  std::vector<RemeasuredVersion> points;

  // The versions whose interval against their predecessor lies wholly below 1: there the
  // re-measured trajectory falls (noise that was committed, or a regression that slipped in).
  [[nodiscard]] std::vector<int> Falls() const;
};

// The points of `evaluations` (measured interleaved, one per version, in lineage order), with
// each point's ratios against its predecessor and the first one. `labels` gives each version's
// number, commit and summary. Fails (InvalidArgument) when the sizes differ or the first
// evaluation has no figures (there is nothing to compare with).
Result<Remeasurement> RemeasurementOf(const std::vector<Evaluation>& evaluations,
                                      std::vector<RemeasuredVersion> labels, Direction direction,
                                      double confidence);

// RUN/remeasure.json: {"suite", "unit", "evaluator", "rounds", "confidence", "time",
// "falls": [versions], "points": [{"version", "commit", "summary", "error", "scalar",
// "configs": {name: value}, "to_previous": {"version", "ratio", "lo", "hi"} | null,
// "to_first": {"ratio", "lo", "hi"} | null}]}.
nlohmann::json RemeasurementToJson(const Remeasurement& t);

}  // namespace avo
