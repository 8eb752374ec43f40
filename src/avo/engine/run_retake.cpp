// Run::RetakeTask: a run whose seed was never accepted takes its task afresh.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "avo/engine/run.h"
#include "avo/eval/trusted_files.h"
#include "avo/util/fs.h"

namespace avo {

namespace fs = std::filesystem;

Result<bool> Run::RetakeTask(const fs::path& task_dir, const std::vector<fs::path>& tool_dirs) {
  if (lock_fd_ < 0) return Status::Internal("RetakeTask on a run opened without its lock");
  AVO_ASSIGN_OR_RETURN(const auto head, lineage().Head());
  if (head) return false;
  // The copy resolves links, as the first snapshot did, so both compare as plain trees.
  const fs::path staged = paths_.task().string() + ".retake";
  std::error_code ec;
  fs::remove_all(staged, ec);
  AVO_RETURN_IF_ERROR(CopyTreeResolvingLinks(task_dir, staged));
  auto same = SameFiles(staged, paths_.task());
  if (!same.ok() || *same) {
    fs::remove_all(staged, ec);
    if (!same.ok()) return same.status();
    return false;
  }
  AVO_ASSIGN_OR_RETURN(const TaskSpec fresh, LoadTask(staged));
  if (fresh.name != task_.name) {
    fs::remove_all(staged, ec);
    return Status::InvalidArgument(fmt::format("{}: a task named '{}', not the run's '{}'",
                                               task_dir.string(), fresh.name, task_.name));
  }
  // Keyed by path inside the task, so hashing the staged copy gives the snapshot's hashes.
  AVO_ASSIGN_OR_RETURN(TrustedFiles trusted, HashTrustedFiles(fresh, tool_dirs));
  AVO_RETURN_IF_ERROR(WriteTrustedFiles(paths_.trusted(), trusted));
  AVO_RETURN_IF_ERROR(ExchangePaths(staged, paths_.task()));
  fs::remove_all(staged, ec);  // the old snapshot, after the swap
  AVO_ASSIGN_OR_RETURN(task_, LoadTask(paths_.task()));
  trusted_ = std::move(trusted);
  const nlohmann::json data = {{"from", fs::absolute(task_dir, ec).string()}};
  AVO_RETURN_IF_ERROR(archive().RecordEvent(
      0, "task_retaken",
      fmt::format("the task was read again from {}: the run holds no version yet",
                  task_dir.string()),
      data));
  return true;
}

}  // namespace avo
