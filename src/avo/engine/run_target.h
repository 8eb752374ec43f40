// Which run a command's TARGET names: every command that takes "a run directory, or a task
// directory" resolves it here, so that they agree on where a task's run lives.
#pragma once

#include <filesystem>
#include <string>

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

}  // namespace avo
