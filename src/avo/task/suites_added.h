// What a newer version of a task's task.toml adds to the one a run froze: new suites, and
// nothing else. A run's verdicts were given by its frozen judge (build and evaluate commands,
// tolerances, gate, metric, limits, the suites already judged on); a change to any of them would
// make earlier verdicts incomparable with later ones, but a suite the run never judged on cannot
// (issue "head dim 64 as a suite": a lineage goes on onto a new suite without starting over).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

// The names of the suites `now` defines that `was` does not, sorted. InvalidArgument, naming
// the file and the first key, when `now` differs from `was` in anything else: a top-level key
// or table other than [suites] added, removed or changed, or a suite of `was` changed or gone;
// also when `now` adds no suite. The task's description and [evaluate] needs (prose that never
// reaches the judge) may differ. Parse errors name the file, line and column.
Result<std::vector<std::string>> SuitesAdded(const std::filesystem::path& was_toml,
                                             const std::filesystem::path& now_toml);

}  // namespace avo
