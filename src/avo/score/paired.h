// Paired, interleaved comparison of a candidate with the best version: the evidence the commit
// gate decides on when task.toml [gate] paired = true (docs/task-format.md, "[gate]").
//
// Both versions are measured in the same evaluation, alternating per configuration (best,
// candidate, best, candidate, ...), so drift of clocks, temperature or neighbours falls on both.
// Round i of configuration c gives the pair (best_i, candidate_i) and the log-ratio
//     r_i = log(candidate_i / best_i)        (log(best_i / candidate_i) for lower-is-better),
// so > 0 means the candidate is better. Per configuration the ratio is exp(tmean_i r_i), tmean
// the kTrimFraction-trimmed mean (Wilcox, "Introduction to Robust Estimation and Hypothesis
// Testing", ch. 3: a burst of other work on the machine that slows one side of a round moves
// it by one rank, not by its size); over the suite the geomean ratio is exp(mean_c tmean_i r_i).
// Confidence intervals are percentile bootstrap intervals (Efron & Tibshirani, "An Introduction
// to the Bootstrap", 1993, ch. 13), expanded for few rounds (Hesterberg, The American
// Statistician 69(4), 2015): rounds are resampled with replacement within each configuration,
// independently, and the statistic recomputed; the interval is the quantiles at the levels
// that make it as wide as Student's t would on that many rounds (about 1.4% and 98.6% for a
// 95% interval on 16 rounds). Resampling whole rounds keeps each pair together, which is what
// makes the test paired.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "avo/score/evaluation.h"
#include "avo/task/task.h"

namespace avo {

// The share of rounds the per-configuration trimmed mean drops at each end (none below 5
// rounds, one of 5 to 9, two of 10 to 14, ...).
inline constexpr double kTrimFraction = 0.2;

// One configuration's paired samples, round by round (same length, > 0 and finite).
struct PairedSamples {
  std::string name;
  std::vector<double> candidate;
  std::vector<double> best;
};

struct RatioInterval {
  double ratio = 0;  // point estimate, candidate over best in the metric's direction (>1 better)
  double lo = 0;     // confidence interval
  double hi = 0;
};

struct PairedComparison {
  RatioInterval geomean;
  std::vector<RatioInterval> configs;  // in the order given
  std::vector<std::string> names;
  int rounds = 0;  // the fewest rounds of any configuration
};

struct BootstrapOptions {
  double confidence = 0.95;
  int resamples = 2000;
  uint64_t seed = 1;  // the decision is reproducible from the samples
};

// Fails (InvalidArgument) when a configuration has fewer than 2 rounds, unequal lengths, or a
// sample that is not positive and finite.
Result<PairedComparison> ComparePaired(const std::vector<PairedSamples>& configs,
                                       Direction direction, const BootstrapOptions& options = {});

// The samples of two evaluations measured interleaved (eval/evaluator.h ScoreInterleaved),
// configuration by configuration: sample i of each comes from round i. Fails (InvalidArgument)
// when either is not scored and correct, a configuration is missing from `best`, or the two
// have different numbers of rounds.
Result<std::vector<PairedSamples>> PairSamples(const Evaluation& candidate, const Evaluation& best);

// The stored form (archive `attempts.paired`, `avo remeasure --json`):
// {"ratio", "lo", "hi", "confidence", "rounds", "configs": [{"name", "ratio", "lo", "hi"}]}.
nlohmann::json PairedToJson(const PairedComparison& p, double confidence);

}  // namespace avo
