#include "avo/engine/run.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "avo/util/fs.h"
#include "avo/util/time.h"

namespace avo {
namespace fs = std::filesystem;

bool Run::Exists(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / "run.json", ec);
}

bool Run::IsBusy(const fs::path& dir) {
  int fd = open((dir / ".lock").c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return false;
  const bool busy = flock(fd, LOCK_EX | LOCK_NB) != 0;
  close(fd);
  return busy;
}

Run::~Run() {
  if (lock_fd_ >= 0) close(lock_fd_);  // releases the flock
}

fs::path Run::step_dir(std::int64_t step) const { return dir_ / "steps" / std::to_string(step); }

Result<std::unique_ptr<Run>> Run::Create(const fs::path& task_dir, const fs::path& run_dir,
                                         const std::vector<fs::path>& tool_dirs) {
  if (Exists(run_dir))
    return Status::InvalidArgument(run_dir.string() +
                                   ": already holds a run (use it, or choose another --run)");
  AVO_ASSIGN_OR_RETURN(TaskSpec task, LoadTask(task_dir));
  std::error_code ec;
  fs::create_directories(run_dir, ec);
  if (ec) return Status::IoError(run_dir.string() + ": " + ec.message());
  // The snapshot is written under a temporary name and renamed, so a killed init leaves no
  // half-copied task behind that a later init would trust.
  const fs::path tmp = run_dir / "task.partial";
  fs::remove_all(tmp, ec);
  AVO_RETURN_IF_ERROR(CopyTree(task.dir, tmp));
  fs::remove_all(run_dir / "task", ec);
  fs::rename(tmp, run_dir / "task", ec);
  if (ec) return Status::IoError("snapshot task: " + ec.message());
  // Hashed from the snapshot (what evaluations copy), before run.json makes the run openable.
  AVO_ASSIGN_OR_RETURN(TaskSpec snapshot, LoadTask(run_dir / "task"));
  AVO_ASSIGN_OR_RETURN(TrustedFiles trusted, HashTrustedFiles(snapshot, tool_dirs));
  AVO_RETURN_IF_ERROR(WriteTrustedFiles(run_dir / "trusted.json", trusted));
  const nlohmann::json meta = {{"format", kFormat},
                               {"task", task.name},
                               {"task_source", task.dir.string()},
                               {"created", NowIso8601()}};
  // run.json is written last: its presence means the run is complete enough to open.
  AVO_RETURN_IF_ERROR(WriteFileAtomic(run_dir / "run.json", meta.dump(2) + "\n"));
  return Open(run_dir, true, tool_dirs);
}

Result<std::unique_ptr<Run>> Run::Open(const fs::path& run_dir, bool lock,
                                       const std::vector<fs::path>& tool_dirs) {
  if (!Exists(run_dir))
    return Status::NotFound(run_dir.string() +
                            ": not a run directory (no run.json; create one with `avo init`)");
  auto run = std::unique_ptr<Run>(new Run());
  std::error_code ec;
  run->dir_ = fs::absolute(run_dir, ec).lexically_normal();
  AVO_ASSIGN_OR_RETURN(std::string text, ReadFile(run->dir_ / "run.json"));
  auto meta = nlohmann::json::parse(text, nullptr, false);
  if (!meta.is_object() || meta.value("format", 0) != kFormat) {
    return Status::InvalidArgument((run->dir_ / "run.json").string() + ": not a run of format " +
                                   std::to_string(kFormat));
  }
  if (lock) {
    run->lock_fd_ = open((run->dir_ / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (run->lock_fd_ < 0 || flock(run->lock_fd_, LOCK_EX | LOCK_NB) != 0) {
      return Status::Unavailable(run->dir_.string() +
                                 ": another avo process is working on this run");
    }
  }
  AVO_ASSIGN_OR_RETURN(run->task_, LoadTask(run->dir_ / "task"));
  if (fs::exists(run->trusted_path(), ec)) {
    AVO_ASSIGN_OR_RETURN(run->trusted_, ReadTrustedFiles(run->trusted_path()));
  } else if (lock) {
    // A run from before trusted.json: trust the files as they are now, from here on.
    spdlog::info(
        "{}: no trusted.json (the run predates it); hashing the task snapshot and tools now",
        run->dir_.string());
    AVO_ASSIGN_OR_RETURN(run->trusted_, HashTrustedFiles(run->task_, tool_dirs));
    AVO_RETURN_IF_ERROR(WriteTrustedFiles(run->trusted_path(), *run->trusted_));
  }
  AVO_ASSIGN_OR_RETURN(run->lineage_, Lineage::Open(run->dir_ / "lineage.git", true));
  AVO_ASSIGN_OR_RETURN(run->archive_, Archive::Open(run->dir_ / "archive.db"));
  fs::create_directories(run->scratch_dir(), ec);
  return run;
}

}  // namespace avo
