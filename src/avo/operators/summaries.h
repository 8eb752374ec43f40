// Plain-text views of evaluations and of the lineage, shared by the agent's tools, its system
// prompt, the exec operator's brief and the llm-rewrite prompt: what a model reads about scores.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "avo/archive/archive.h"
#include "avo/lineage/lineage.h"
#include "avo/score/evaluation.h"

namespace avo {

// Per configuration: value, correctness, and the ratio to `best` (same configuration) when given;
// then the geometric mean; for a failed build or run the reason and the log's tail.
std::string FormatEvaluationForModel(const Evaluation& e, const std::optional<Evaluation>& best,
                                     int best_version);

// One line per version: "v3  41.2 GFLOPS  (+4.1%)  summary" (the last `max` versions).
std::string FormatVersions(const std::vector<Version>& versions, std::size_t max = 20);

// One line per attempt, newest first: "#17 step 9 rejected 39.1: reason | message".
std::string FormatAttempts(const std::vector<AttemptRecord>& attempts, std::size_t max = 15);

// The best committed version's evaluation, when it can be read back from its score file.
std::optional<Evaluation> BestEvaluation(const std::vector<Version>& versions);

}  // namespace avo
