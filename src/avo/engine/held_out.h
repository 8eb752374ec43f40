// Held-out suites (task.toml `[suites.NAME] held_out = true`; Suite::held_out): configurations
// the search never sees, measured at every commit so that overfitting the search suite shows.
// Evolution optimises what it is scored on; the gap between the gate's ratio on the search suite
// and the new version's ratio on shapes nobody searched on is the measure of it
// (AgentKernelArena reports the same gap for agent-written kernels).
//
// At a commit the judge measures the candidate beside the version it was judged against, on each
// held-out suite, interleaved (Evaluator::ScoreInterleaved, `rounds` rounds), and records per
// suite the geomean over configurations of candidate / previous, oriented so that above 1 is
// better. A candidate incorrect on a held-out suite is not committed; the reason it is given
// names the suite but none of its configurations.
#pragma once

#include <string>
#include <vector>

#include "avo/eval/evaluator.h"
#include "avo/score/held_out.h"
#include "avo/task/task.h"

namespace avo {

// Measures `candidate` beside `previous` on every held-out suite of `task` (none: empty).
std::vector<HeldOutResult> MeasureHeldOut(const TaskSpec& task, Evaluator& evaluator,
                                          const FileSet& candidate, const FileSet& previous,
                                          const std::string& label, int rounds = 3);

}  // namespace avo
