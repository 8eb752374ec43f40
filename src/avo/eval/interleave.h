// Interleaved measurement of several builds by alternating whole evaluations (eval/evaluator.h,
// ScoreInterleaved): the schedule of rounds and the merge of per-round evaluations into one
// evaluation per build whose samples are its per-round values.
#pragma once

#include <functional>
#include <vector>

#include "avo/eval/evaluator.h"

namespace avo {

// The order in which round `round` visits `n` builds: 0..n-1 when even, n-1..0 when odd.
std::vector<int> RoundOrder(int n, int round);

// rounds[k] holds build k's evaluations, one per round it ran (a build stops at its first
// failure, which is then its last entry). A build with a failed or incorrect round gets that
// evaluation. Otherwise each configuration's samples become its values round by round, its value
// their median, and the scalar their geomean; logs and times are the first round's. Builds are
// aligned on the fewest rounds any scored build completed.
InterleavedEvaluation MergeRounds(const std::vector<std::vector<Evaluation>>& rounds);

// Whether an evaluation was scored and found correct (a build that is not is not run again).
bool ScoredAndCorrect(const Evaluation& e);

// `rounds` rounds of measure(k) for every build k in RoundOrder, starting from `runs` (a build
// whose last entry failed already is skipped), each build stopped at its first failure and all
// at an infra error; then MergeRounds.
InterleavedEvaluation AlternateRounds(std::vector<std::vector<Evaluation>> runs, int rounds,
                                      const std::function<Evaluation(std::size_t)>& measure);

}  // namespace avo
