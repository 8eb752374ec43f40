// A run directory: everything of one evolutionary run, so a run survives kill -9 and is audited
// with ordinary tools.
//
//   RUN/run.json          what the run is: task name, suite, creation time, format version
//   RUN/task/             a snapshot of the task directory taken at `avo init` (the trusted
//                         harness, suites and seed files are frozen for the whole run)
//   RUN/trusted.json      SHA-256 of the snapshot's non-editable files and of the tools the task's
//                         commands name, checked before every evaluation (eval/trusted_files.h)
//   RUN/lineage.git       the committed versions (bare git repository; lineage/lineage.h): branch
//                         main, and island-<i> for each further island of a population
//   RUN/archive.db        every attempt, evaluation and event (SQLite; archive/archive.h)
//   RUN/notes.md          the operators' memory, carried from step to step
//   RUN/avo.toml          the run's own copy of its settings (engine/run_config.h)
//   RUN/kb.db             the index of the knowledge base the agent searches (kb/run_knowledge.h)
//   RUN/remeasure.json    the latest `avo remeasure` trajectory, for the reports
//                         (engine/remeasure.h)
//   RUN/<slot board>      what each evaluation slot of the running `avo evolve` is doing
//                         (eval/slots.h: SlotBoard::Path, which alone names the file)
//   RUN/steps/N/          per-step files:
//     workspace/          the operator's working copy of the candidate
//     transcript.jsonl    the agent's or LLM operator's conversation
//     message.txt         an exec operator's commit message
//     exec.log            an exec operator's output
//   RUN/scratch/          evaluation workspaces (removed after each evaluation)
//   RUN/.lock             held (flock) by the one avo process working on the run
//
// RunPaths (task/run_paths.h) names each of them but the slot board (SlotBoard::Path); build no
// path into a run by hand.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "avo/archive/archive.h"
#include "avo/eval/trusted_files.h"
#include "avo/lineage/lineage.h"
#include "avo/task/run_paths.h"
#include "avo/task/task.h"
#include "avo/util/status.h"

namespace avo {

class Run {
 public:
  static constexpr int kFormat = 1;

  // Creates RUN from a task directory; fails if RUN already holds a run, or another avo is
  // creating it at this moment (the run's lock is taken before anything is written, so two
  // creations never interleave). `tool_dirs` are where
  // the evaluator finds the task's programs (LocalEvaluatorOptions::tool_dirs): the ones the
  // task's commands name are hashed into trusted.json with the snapshot.
  static Result<std::unique_ptr<Run>> Create(
      const std::filesystem::path& task_dir, const std::filesystem::path& run_dir,
      const std::vector<std::filesystem::path>& tool_dirs = {});
  // Opens an existing run. With `lock`, takes the run's lock and fails if another avo holds it
  // (Unavailable) or the run cannot be written (IoError); a run made by an avo without
  // trusted.json gets one then (hashed with `tool_dirs`, logged). Without `lock` (a reader), it
  // creates and writes nothing and works on a read-only run.
  static Result<std::unique_ptr<Run>> Open(
      const std::filesystem::path& run_dir, bool lock,
      const std::vector<std::filesystem::path>& tool_dirs = {});
  // True when dir holds a run.json.
  static bool Exists(const std::filesystem::path& dir);
  // True when an avo process holds the run's lock (an evolve is running on it now).
  static bool IsBusy(const std::filesystem::path& dir);
  ~Run();
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  [[nodiscard]] const std::filesystem::path& dir() const { return paths_.dir(); }
  [[nodiscard]] const TaskSpec& task() const { return task_; }
  [[nodiscard]] Lineage& lineage() { return *lineage_; }
  // The lineage of island `island` of a population (engine.h): 0 is the run's one lineage
  // (branch main), island i > 0 the branch island-<i> of the same repository. Valid for
  // 0 <= island < islands().
  [[nodiscard]] Lineage& lineage(int island);
  [[nodiscard]] int islands() const { return 1 + static_cast<int>(islands_.size()); }
  // Every island's lineage, island 0 first (for readers of the whole population).
  [[nodiscard]] std::vector<const Lineage*> lineages() const {
    std::vector<const Lineage*> all{lineage_.get()};
    for (const auto& l : islands_) all.push_back(l.get());
    return all;
  }
  // Opens the lineages of islands 1..count-1 (their branches start from the seed once the
  // engine makes them; Lineage::StartFrom). Open does this for the count the archive records.
  // InvalidArgument outside 1..kMaxIslands.
  Status OpenIslands(int count);
  static constexpr int kMaxIslands = 64;
  // For a run that holds no version yet (its seed was never accepted, so nothing was judged
  // against its snapshot): when the task directory `task_dir` no longer matches the snapshot,
  // the snapshot becomes a fresh copy of it, trusted.json is rehashed and the archive records a
  // "task_retaken" event; a task fixed after its seed failed is then judged as it is now. A run
  // with a version keeps its snapshot. Returns whether the snapshot changed; IoError when the
  // copy or the swap fails (the old snapshot stays). Killed between trusted.json and the swap,
  // the next call with the task directory makes them agree again.
  Result<bool> RetakeTask(const std::filesystem::path& task_dir,
                          const std::vector<std::filesystem::path>& tool_dirs);
  [[nodiscard]] Archive& archive() { return *archive_; }
  [[nodiscard]] const RunPaths& paths() const { return paths_; }
  // What trusted.json holds; empty only for an old run opened without the lock (a reader).
  [[nodiscard]] const std::optional<TrustedFiles>& trusted() const { return trusted_; }

 private:
  // Internal naming the island whose head's files cannot all be read (a lost object).
  Status CheckHeadsReadable();
  Run() = default;
  RunPaths paths_{std::filesystem::path()};
  TaskSpec task_;
  std::optional<TrustedFiles> trusted_;
  std::unique_ptr<Lineage> lineage_;
  std::vector<std::unique_ptr<Lineage>> islands_;  // islands 1..; island 0 is lineage_
  std::unique_ptr<Archive> archive_;
  int lock_fd_ = -1;

  // Writes the snapshot, trusted.json, lineage, archive and, last, run.json; the lock is held.
  static Status CreateLocked(const TaskSpec& task, const RunPaths& paths,
                             const std::vector<std::filesystem::path>& tool_dirs);
  // Opens the run with `lock_fd` (-1 for a reader; else a descriptor holding the run's lock,
  // which the Run then owns).
  static Result<std::unique_ptr<Run>> OpenWith(const std::filesystem::path& run_dir, int lock_fd,
                                               const std::vector<std::filesystem::path>& tool_dirs);
};

// The branch of island `island`'s lineage: "main" for 0, "island-<i>" else.
std::string IslandBranch(int island);

// Refuses a run whose lineage and archive disagree (after Engine::Recover has reconciled an
// unclean stop): a version the archive records as committed missing from the lineage (a lost
// branch), or a version in the lineage the archive never judged (a replaced archive, a commit
// made by hand). Going on would fork or forge the run's history. Internal, with how to repair.
Status CheckAgreement(Run& run);

// Takes RUN/.lock (flock, not waiting): the descriptor holding it, Unavailable when another avo
// holds it, IoError when the lock file cannot be written (a read-only run).
Result<int> TakeRunLock(const RunPaths& paths);

}  // namespace avo
