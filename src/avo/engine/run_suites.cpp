#include "avo/engine/run_suites.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "avo/engine/run.h"
#include "avo/eval/trusted_files.h"
#include "avo/task/suites_added.h"
#include "avo/task/task.h"
#include "avo/util/fs.h"
#include "avo/util/sha256.h"

namespace avo {

namespace fs = std::filesystem;

namespace {

const char kTaskToml[] = "task/task.toml";
// The new task.toml is staged inside the snapshot (it must load in the snapshot's place).
const char kStaged[] = ".task.toml.add-suites";

}  // namespace

void RemoveAddSuitesLeftovers(const fs::path& snapshot_dir) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(snapshot_dir, ec)) {
    const std::string name = e.path().filename().string();
    // WriteFileAtomic's temporary files are "<name>.tmp.<pid>".
    if (name.rfind(kStaged, 0) == 0 || name.rfind("task.toml.tmp.", 0) == 0)
      fs::remove(e.path(), ec);
  }
}

// Crash order: trusted.json learns the new task.toml's hash first, then the snapshot gets the
// file. Killed in between, the snapshot still holds the old file, which a second call diffs
// against the new one as the first did and then puts in place.
Result<AddSuitesSummary> AddSuitesToRun(const fs::path& run_dir, const fs::path& task_dir,
                                        const std::vector<fs::path>& tool_dirs) {
  AVO_ASSIGN_OR_RETURN(auto run, Run::Open(run_dir, true, tool_dirs));
  if (!run->trusted())
    return Status::InvalidArgument(run_dir.string() + ": the run has no trusted.json");
  const TrustedFiles& was = *run->trusted();
  const fs::path snapshot = run->paths().task() / "task.toml";
  const fs::path from = fs::is_directory(task_dir) ? task_dir / "task.toml" : task_dir;
  AVO_ASSIGN_OR_RETURN(std::string new_text, ReadFile(from));
  const std::string new_hash = Sha256Hex(new_text);
  AVO_ASSIGN_OR_RETURN(TrustedFiles now, HashTrustedFiles(run->task(), tool_dirs));
  auto was_toml = was.find(kTaskToml);
  auto now_toml = now.find(kTaskToml);
  if (was_toml == was.end() || now_toml == now.end())
    return Status::InvalidArgument(run_dir.string() + ": trusted.json lacks the task's task.toml");
  const bool resumed = was_toml->second.sha256 == new_hash;
  TrustedFiles expect = was;
  if (resumed) expect[kTaskToml] = now_toml->second;
  AVO_RETURN_IF_ERROR(CompareTrustedFiles(expect, now));

  AddSuitesSummary summary;
  AVO_ASSIGN_OR_RETURN(summary.added, SuitesAdded(snapshot, from));
  // The new file must load as a task in the snapshot's place (its suites are checked there).
  const fs::path staged = run->paths().task() / kStaged;
  AVO_RETURN_IF_ERROR(WriteFileAtomic(staged, new_text));
  auto loaded = LoadTask(staged);
  std::error_code ec;
  fs::remove(staged, ec);
  if (!loaded.ok()) return loaded.status();

  const std::string old_hash = now_toml->second.sha256;
  now_toml->second.sha256 = new_hash;
  AVO_RETURN_IF_ERROR(WriteTrustedFiles(run->paths().trusted(), now));
  AVO_RETURN_IF_ERROR(WriteFileAtomic(snapshot, new_text));
  nlohmann::json data = {{"suites", summary.added},
                         {"from", fs::absolute(from).string()},
                         {"task_toml", {{"was", old_hash}, {"now", new_hash}}}};
  AVO_RETURN_IF_ERROR(run->archive().RecordEvent(
      0, "add_suites",
      fmt::format("suites added to the run's task: {}", fmt::join(summary.added, ", ")), data));
  return summary;
}

}  // namespace avo
