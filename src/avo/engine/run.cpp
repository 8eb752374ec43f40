#include "avo/engine/run.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <set>

#include "avo/archive/run_state.h"
#include "avo/engine/run_suites.h"
#include "avo/eval/local_evaluator.h"
#include "avo/eval/slurm_launcher.h"
#include "avo/util/fs.h"
#include "avo/util/time.h"

namespace avo {
namespace fs = std::filesystem;

bool Run::Exists(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(RunPaths(dir).run_json(), ec);
}

bool Run::IsBusy(const fs::path& dir) {
  int fd = open(RunPaths(dir).lock().c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return false;
  const bool busy = flock(fd, LOCK_EX | LOCK_NB) != 0;
  close(fd);
  return busy;
}

Result<int> TakeRunLock(const RunPaths& paths) {
  const int fd = open(paths.lock().c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IoError(paths.dir().string() + ": cannot write the run's lock file (" +
                           std::strerror(errno) +
                           "): the run is read-only here; reading commands (status, log, show, "
                           "diff) work, changing it needs write access");
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    close(fd);
    return Status::Unavailable(paths.dir().string() +
                               ": another avo process is creating or working on this run");
  }
  return fd;
}

namespace {

// With the run's lock held no evaluation of this run can be going on, so what scratch holds was
// left by an avo that was killed mid-evaluation: removed, unless kept on purpose.
void ClearScratch(const fs::path& scratch) {
  std::error_code ec;
  fs::create_directories(scratch, ec);
  if (fs::exists(scratch / kKeepScratchMarker, ec)) return;
  // Slurm jobs the killed avo left queued or running are cancelled before their directories go.
  if (const int jobs = CancelLeftoverJobs(scratch / "slurm"); jobs > 0)
    spdlog::info("{}: cancelled {} Slurm job(s) left by an interrupted avo", scratch.string(),
                 jobs);
  int removed = 0;
  for (const auto& entry : fs::directory_iterator(scratch, ec)) {
    std::error_code rm;
    fs::remove_all(entry.path(), rm);
    removed += rm ? 0 : 1;
  }
  if (removed > 0) {
    spdlog::info("{}: removed {} workspace(s) left by an interrupted avo", scratch.string(),
                 removed);
  }
}

// With the run's lock held no avo writes the lineage, so a ref's lock file (refs/heads/main.lock,
// packed-refs.lock) was left by an avo killed while a commit moved its branch: the branch did not
// move (git is unchanged), and the lock file would refuse every later commit.
void ClearStaleRefLocks(const fs::path& git_dir) {
  std::vector<fs::path> stale;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(git_dir, ec)) {
    if (entry.path().extension() == ".lock") stale.push_back(entry.path());
  }
  for (auto it = fs::recursive_directory_iterator(git_dir / "refs", ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().extension() == ".lock") stale.push_back(it->path());
  }
  for (const auto& p : stale) {
    std::error_code rm;
    if (fs::remove(p, rm))
      spdlog::info("{}: removed a lock left by an interrupted avo", p.string());
  }
}

}  // namespace

Run::~Run() {
  if (lock_fd_ >= 0) close(lock_fd_);  // releases the flock
}

Result<std::unique_ptr<Run>> Run::Create(const fs::path& task_dir, const fs::path& run_dir,
                                         const std::vector<fs::path>& tool_dirs) {
  if (Exists(run_dir))
    return Status::InvalidArgument(run_dir.string() +
                                   ": already holds a run (use it, or choose another --run)");
  AVO_ASSIGN_OR_RETURN(TaskSpec task, LoadTask(task_dir));
  const RunPaths paths(run_dir);
  std::error_code ec;
  fs::create_directories(run_dir, ec);
  if (ec) return Status::IoError(run_dir.string() + ": " + ec.message());
  // The lock comes before the first write and is held into the Run: a second avo creating the
  // same run at the same moment waits for nothing and is refused, instead of interleaving.
  AVO_ASSIGN_OR_RETURN(const int lock_fd, TakeRunLock(paths));
  auto created = CreateLocked(task, paths, tool_dirs);
  if (!created.ok()) {
    close(lock_fd);
    return created;
  }
  return OpenWith(run_dir, lock_fd, tool_dirs);
}

Status Run::CreateLocked(const TaskSpec& task, const RunPaths& paths,
                         const std::vector<fs::path>& tool_dirs) {
  // The other creator may have finished between our check and our lock.
  if (Exists(paths.dir()))
    return Status::InvalidArgument(paths.dir().string() + ": already holds a run");
  std::error_code ec;
  // The snapshot is written under a temporary name and renamed, so a killed init leaves no
  // half-copied task behind that a later init would trust.
  const fs::path tmp = paths.task().string() + ".partial";
  fs::remove_all(tmp, ec);
  AVO_RETURN_IF_ERROR(CopyTreeResolvingLinks(task.dir, tmp));
  fs::remove_all(paths.task(), ec);
  fs::rename(tmp, paths.task(), ec);
  if (ec) return Status::IoError("snapshot task: " + ec.message());
  // Hashed from the snapshot (what evaluations copy), before run.json makes the run openable.
  AVO_ASSIGN_OR_RETURN(TaskSpec snapshot, LoadTask(paths.task()));
  AVO_ASSIGN_OR_RETURN(TrustedFiles trusted, HashTrustedFiles(snapshot, tool_dirs));
  AVO_RETURN_IF_ERROR(WriteTrustedFiles(paths.trusted(), trusted));
  // The lineage and the archive exist before run.json does: a run never creates them again,
  // so one that lost either is refused instead of silently starting over (Run::Open).
  AVO_RETURN_IF_ERROR(Lineage::Open(paths.lineage(), true).status());
  AVO_RETURN_IF_ERROR(Archive::Open(paths.archive()).status());
  const nlohmann::json meta = {{"format", kFormat},
                               {"task", task.name},
                               {"task_source", task.dir.string()},
                               {"created", NowIso8601()}};
  // run.json is written last: its presence means the run is complete enough to open.
  return WriteFileAtomic(paths.run_json(), meta.dump(2) + "\n");
}

Result<std::unique_ptr<Run>> Run::Open(const fs::path& run_dir, bool lock,
                                       const std::vector<fs::path>& tool_dirs) {
  int lock_fd = -1;
  if (lock) {
    if (!Exists(run_dir)) return OpenWith(run_dir, -1, tool_dirs);  // says what is missing
    AVO_ASSIGN_OR_RETURN(lock_fd, TakeRunLock(RunPaths(run_dir)));
  }
  return OpenWith(run_dir, lock_fd, tool_dirs);
}

Result<std::unique_ptr<Run>> Run::OpenWith(const fs::path& run_dir, int lock_fd,
                                           const std::vector<fs::path>& tool_dirs) {
  auto run = std::unique_ptr<Run>(new Run());
  run->lock_fd_ = lock_fd;  // owned from here: released with the Run, on every return below
  const bool lock = lock_fd >= 0;
  if (!Exists(run_dir))
    return Status::NotFound(run_dir.string() +
                            ": not a run directory (no run.json; create one with `avo init`)");
  std::error_code ec;
  run->paths_ = RunPaths(fs::absolute(run_dir, ec).lexically_normal());
  const RunPaths& paths = run->paths_;
  AVO_ASSIGN_OR_RETURN(std::string text, ReadFile(paths.run_json()));
  auto meta = nlohmann::json::parse(text, nullptr, false);
  if (!meta.is_object() || meta.value("format", 0) != kFormat) {
    return Status::InvalidArgument(paths.run_json().string() + ": not a run of format " +
                                   std::to_string(kFormat));
  }
  if (lock) RemoveAddSuitesLeftovers(paths.task());
  AVO_ASSIGN_OR_RETURN(run->task_, LoadTask(paths.task()));
  if (fs::exists(paths.trusted(), ec)) {
    AVO_ASSIGN_OR_RETURN(run->trusted_, ReadTrustedFiles(paths.trusted()));
  } else if (lock) {
    // A run from before trusted.json: trust the files as they are now, from here on.
    spdlog::info(
        "{}: no trusted.json (the run predates it); hashing the task snapshot and tools now",
        paths.dir().string());
    AVO_ASSIGN_OR_RETURN(run->trusted_, HashTrustedFiles(run->task_, tool_dirs));
    AVO_RETURN_IF_ERROR(WriteTrustedFiles(paths.trusted(), *run->trusted_));
  }
  auto lineage = Lineage::Open(paths.lineage(), false);
  if (!lineage.ok()) {
    return Status::NotFound(lineage.status().message() + ": the run's lineage is gone; restore " +
                            paths.lineage().string() + " from a backup");
  }
  run->lineage_ = std::move(lineage).value();
  if (fs::file_size(paths.archive(), ec) == 0 || ec) {
    return Status::NotFound(paths.archive().string() +
                            " is missing or empty: the run's history is gone; restore it from a "
                            "backup (avo does not start a run's history over)");
  }
  if (lock) {
    AVO_ASSIGN_OR_RETURN(run->archive_, Archive::Open(paths.archive()));
  } else {
    AVO_ASSIGN_OR_RETURN(run->archive_, Archive::OpenReadOnly(paths.archive()));
  }
  if (lock) {
    // A writer checks the whole file once: damage found now costs nothing, found later a run.
    AVO_ASSIGN_OR_RETURN(std::string integrity, run->archive_->IntegrityCheck());
    if (integrity != "ok") {
      return Status::Internal(paths.archive().string() + " is damaged (SQLite: " + integrity +
                              "); restore it from a backup, or try `sqlite3 " +
                              paths.archive().string() + " .recover`");
    }
  }
  AVO_ASSIGN_OR_RETURN(const RunState state, LoadRunState(*run->archive_));
  if (state.islands) AVO_RETURN_IF_ERROR(run->OpenIslands(*state.islands));
  if (lock) AVO_RETURN_IF_ERROR(run->CheckHeadsReadable());
  if (lock) {
    ClearScratch(paths.scratch());
    ClearStaleRefLocks(paths.lineage());
  }
  return run;
}

// Every step starts from a head's files: a head with an object missing (a blob lost from
// lineage.git/objects) would fail the run a few steps later, far from the cause.
Status Run::CheckHeadsReadable() {
  for (int island = 0; island < islands(); ++island) {
    auto head = lineage(island).Head();
    Status st = head.status();
    if (head.ok() && *head) st = lineage(island).Files((*head)->commit).status();
    if (st.ok()) continue;
    return Status::Internal(fmt::format(
        "{}: the head of {} cannot be read whole ({}): the lineage is damaged; restore it from a "
        "backup",
        paths_.lineage().string(), IslandBranch(island), st.message()));
  }
  return Status::Ok();
}

Status Run::OpenIslands(int count) {
  if (count < 1 || count > kMaxIslands) {
    return Status::InvalidArgument(
        fmt::format("{} islands: a run has 1 to {}", count, kMaxIslands));
  }
  while (static_cast<int>(islands_.size()) + 1 < count) {
    const int i = static_cast<int>(islands_.size()) + 1;
    AVO_ASSIGN_OR_RETURN(auto l, Lineage::Open(paths_.lineage(), false, IslandBranch(i)));
    islands_.push_back(std::move(l));
  }
  return Status::Ok();
}

Lineage& Run::lineage(int island) {
  return island <= 0 ? *lineage_ : *islands_.at(static_cast<std::size_t>(island - 1));
}

std::string IslandBranch(int island) {
  return island == 0 ? "main" : fmt::format("island-{}", island);
}

Status CheckAgreement(Run& run) {
  AVO_ASSIGN_OR_RETURN(auto attempts, run.archive().Attempts());
  const std::string git = run.paths().lineage().string();
  std::string seed;  // every island starts from island 0's seed, which island 0's attempt made
  for (int island = 0; island < run.islands(); ++island) {
    AVO_ASSIGN_OR_RETURN(auto versions, run.lineage(island).Versions());
    if (island == 0 && !versions.empty()) seed = versions.front().commit;
    std::set<std::string> in_lineage;
    for (const auto& v : versions) in_lineage.insert(v.commit);
    std::set<std::string> in_archive;
    const AttemptRecord* newest = nullptr;  // attempts come newest first
    for (const auto& a : attempts) {
      if (a.status != "committed" || a.island != island) continue;
      in_archive.insert(a.commit);
      if (newest == nullptr) newest = &a;
    }
    const std::string where = run.islands() > 1 ? fmt::format("island {}'s ", island) : "";
    for (const auto& a : attempts) {
      if (a.status != "committed" || a.island != island || in_lineage.count(a.commit) != 0)
        continue;
      return Status::Internal(fmt::format(
          "the {}lineage lacks v{} (commit {}) that the archive records as committed: the "
          "lineage was damaged; if its objects are intact, `git --git-dir {} update-ref "
          "refs/heads/{} {}` restores it, else restore {} from a backup",
          where, a.version, a.commit, git, IslandBranch(island), newest->commit, git));
    }
    for (const auto& v : versions) {
      if (in_archive.count(v.commit) != 0 || (island > 0 && v.number == 0 && v.commit == seed))
        continue;
      return Status::Internal(fmt::format(
          "{}v{} (commit {}) is in the {}lineage but not in the archive: it did not come through "
          "avo's gate, or the archive lost it; restore {} from a backup",
          run.islands() > 1 ? fmt::format("island {} ", island) : "", v.number, v.commit, where,
          run.paths().archive().string()));
    }
  }
  return Status::Ok();
}

}  // namespace avo
