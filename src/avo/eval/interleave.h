// Interleaved measurement of several builds by alternating whole evaluations (eval/evaluator.h,
// ScoreInterleaved): the schedule of rounds and the merge of per-round evaluations into one
// evaluation per build whose samples are its per-round values.
#pragma once

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

}  // namespace avo
