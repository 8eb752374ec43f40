// Which run a command's TARGET names: every command that takes "a run directory, or a task
// directory" resolves it here, so that they agree on where a task's run lives.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "avo/engine/run.h"
#include "avo/util/status.h"

namespace avo {

// The run directory for a TARGET that is a run directory, or a task directory (then `run_flag`,
// else runs/<task name> under the current directory). NotFound for a TARGET that does not exist;
// InvalidArgument for one that is neither; the task's load error for an unreadable task.toml.
Result<std::filesystem::path> RunDirFor(const std::filesystem::path& target,
                                        const std::string& run_flag);

// Refuses, before anything is created: a task target whose run directory holds a run of another
// task (the run would silently go on with its own task), and a suite the task does not have
// (InvalidArgument, one line naming --run or --suite). A task that cannot be loaded: its error.
Status CheckTargetAndSuite(const std::filesystem::path& target,
                           const std::filesystem::path& run_dir, const std::string& suite);

// The run in `run_dir`, locked: opened when it exists, else created from the task `target`.
// When `target` is a task directory and the run holds no version yet, the run takes the task
// afresh (Run::RetakeTask): a seed that failed is judged again as the user fixed it.
Result<std::unique_ptr<Run>> OpenOrCreateRun(const std::filesystem::path& target,
                                             const std::filesystem::path& run_dir,
                                             const std::vector<std::filesystem::path>& tool_dirs);

}  // namespace avo
