// `avo add-suites RUN --from TASK`: a run's frozen task gains the suites a newer task.toml
// defines, and nothing else (task/suites_added.h says why only suites). The snapshot's task.toml
// becomes the new one, trusted.json hashes it, and the archive records an event "add_suites"
// with both hashes, so the change is auditable like a retrust.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

struct AddSuitesSummary {
  std::vector<std::string> added;  // suite names, sorted
};

// Takes the run's lock (fails if an avo works on it). Refuses, with one line and nothing
// changed, when the run's judge files do not match trusted.json, when TASK's task.toml changes
// anything but adding suites, or when the new task does not load (a bad suite). A process killed
// between the task.toml and the trusted.json write leaves a run whose evaluations are refused
// ("trusted file changed"); the same command run again completes it.
Result<AddSuitesSummary> AddSuitesToRun(const std::filesystem::path& run_dir,
                                        const std::filesystem::path& task_dir,
                                        const std::vector<std::filesystem::path>& tool_dirs);

// Removes from a run's task snapshot the files an add-suites killed midway left there (its staged
// task.toml and the temporary files of the atomic writes), which the trusted-file check would
// otherwise take for tampering and refuse every later evaluation. Called with the run's lock held.
void RemoveAddSuitesLeftovers(const std::filesystem::path& snapshot_dir);

}  // namespace avo
