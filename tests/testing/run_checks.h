// What the kill -9 tests check of a run once it has resumed and finished cleanly: nothing
// committed lost or duplicated, git and SQLite intact, archive and lineage in agreement.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace avo::testing {

// The commits of the run's lineage (branch main), newest first.
std::vector<std::string> LineageCommits(const std::string& run);

// Expects (gtest) of the run in `run`: `git fsck --strict` and SQLite's integrity check pass;
// every commit in `seen` is still in the lineage; each version has its own files (`file`: the
// fake task's params.txt, tasks/matmul's kernel.cpp) and its own attempt; the archive's
// committed attempts are exactly the lineage's commits; no attempt is left running. Returns the
// lineage's commits.
std::vector<std::string> ExpectWholeRun(const std::string& run, const std::set<std::string>& seen,
                                        const std::string& file = "params.txt");

}  // namespace avo::testing
