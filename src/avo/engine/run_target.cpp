#include "avo/engine/run_target.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <optional>

#include "avo/engine/run.h"
#include "avo/task/task.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

// A TARGET that names a task, not a run (a run directory holds its task as task/, not task.toml).
bool IsTaskTarget(const fs::path& target) {
  std::error_code ec;
  return !Run::Exists(target) && fs::exists(target / "task.toml", ec);
}

}  // namespace

Result<fs::path> RunDirFor(const fs::path& target, const std::string& run_flag) {
  if (Run::Exists(target)) return target;
  std::error_code ec;
  if (IsTaskTarget(target)) {
    if (!run_flag.empty()) return fs::path(run_flag);
    AVO_ASSIGN_OR_RETURN(TaskSpec task, LoadTask(target));
    return fs::path("runs") / task.name;
  }
  if (!fs::exists(target, ec)) return Status::NotFound(target.string() + ": no such directory");
  return Status::InvalidArgument(
      target.string() + ": neither a run directory (run.json) nor a task directory (task.toml)");
}

Status CheckTargetAndSuite(const fs::path& target, const fs::path& run_dir,
                           const std::string& suite) {
  std::optional<TaskSpec> task;
  if (IsTaskTarget(target)) {
    AVO_ASSIGN_OR_RETURN(TaskSpec t, LoadTask(target));
    task = std::move(t);
  }
  if (Run::Exists(run_dir)) {
    AVO_ASSIGN_OR_RETURN(TaskSpec own, LoadTask(run_dir / "task"));
    if (task && task->name != own.name) {
      return Status::InvalidArgument(
          fmt::format("{} is a run of task '{}', not of '{}' ({}): name another --run",
                      run_dir.string(), own.name, task->name, target.string()));
    }
    task = std::move(own);
  }
  if (task && !suite.empty()) {
    if (Status st = task->CheckSearchSuite(suite); !st.ok())
      return Status::InvalidArgument("--suite: " + st.message());
  }
  return Status::Ok();
}

Result<std::unique_ptr<Run>> OpenOrCreateRun(const fs::path& target, const fs::path& run_dir,
                                             const std::vector<fs::path>& tool_dirs) {
  if (!Run::Exists(run_dir)) return Run::Create(target, run_dir, tool_dirs);
  AVO_ASSIGN_OR_RETURN(auto run, Run::Open(run_dir, true, tool_dirs));
  if (IsTaskTarget(target)) AVO_RETURN_IF_ERROR(run->RetakeTask(target, tool_dirs).status());
  return run;
}

}  // namespace avo
