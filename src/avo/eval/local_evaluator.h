// LocalEvaluator: builds and evaluates candidates, each in a fresh copy of the task directory on
// this machine's file system, each command in its own session and process group under a
// wall-clock timeout and rlimits (util/process.h), with the GPU pinned by CUDA_VISIBLE_DEVICES.
// The commands run here, or as Slurm jobs on nodes that share the run directory (the launcher,
// launcher.h): workspaces, confinement and the reading of results are the same for both.
//
// Isolation (docs/architecture.md, "Evaluation isolation"): before every evaluation the run's
// trusted files are checked (trusted_files.h); each command runs confined by bwrap
// (util/confinement.h) with only its workspace writable, and with an allow-listed environment
// (task_env.h). The result file lies in a directory only the evaluate command can write: the build
// (the compiler on candidate source, with whatever the candidate's build scripts do) never sees
// it. Where the task asks for confinement and bwrap does not work, the evaluation is an infra
// error instead of running unconfined.
//
// Builds are reused: a file set built once in this process (the best version, compared with one
// candidate after another by the paired gate) is not built again; its built workspace is kept
// pristine and copied for each evaluation. A task's build must therefore not depend on the path
// of its workspace.
//
// ScoreInterleaved builds each file set once, then runs the task's interleaved_command once
// (every build measured in one process, docs/task-format.md "Interleaved measurement"), or,
// without one, the evaluate command of each build in turn, round by round.
#pragma once

#include <atomic>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "avo/eval/evaluator.h"
#include "avo/eval/launcher.h"
#include "avo/eval/trusted_files.h"
#include "avo/task/task.h"
#include "avo/util/process.h"

namespace avo {

// A file in the scratch directory that says its workspaces were kept on purpose
// (keep_workspaces); without it, the run's next writer clears what a killed avo left there.
inline constexpr const char* kKeepScratchMarker = ".keep";

struct LocalEvaluatorOptions {
  std::filesystem::path scratch_dir;  // where workspaces are made (and removed)
  std::optional<std::string> gpu;     // CUDA_VISIBLE_DEVICES for every command
  std::vector<int> cpus;              // cores every command runs on; empty = any
  // The evaluation slot (eval/slots.h) this evaluator serves when several evaluate side by side
  // (`avo evolve --jobs N`): names its reused builds' directory and Describe(). Empty: the only one.
  std::string slot;
  std::vector<std::filesystem::path> tool_dirs;  // prepended to PATH (avo's own directory)
  bool keep_workspaces = false;                  // keep for debugging instead of removing
  // Run unconfined even where task.toml asks for confinement (--no-sandbox): for machines where
  // bwrap cannot create namespaces, by an explicit choice of the person running avo.
  bool no_sandbox = false;
  std::optional<TrustedFiles> trusted;  // checked before every evaluation (RUN/trusted.json)
  // Where the build and evaluate commands run (launcher.h): null for this machine; a
  // SlurmLauncher submits each as a Slurm job. A launcher that loses a command makes an infra
  // error, never the candidate's failure.
  std::shared_ptr<Launcher> launcher;
};

class LocalEvaluator final : public Evaluator {
 public:
  LocalEvaluator(TaskSpec task, LocalEvaluatorOptions options);
  ~LocalEvaluator() override;  // removes the builds it kept
  LocalEvaluator(const LocalEvaluator&) = delete;
  LocalEvaluator& operator=(const LocalEvaluator&) = delete;
  Evaluation Score(const FileSet& files, const ScoreOptions& options) override;
  InterleavedEvaluation ScoreInterleaved(const std::vector<const FileSet*>& builds,
                                         const ScoreOptions& options, int rounds) override;
  [[nodiscard]] std::string Describe() const override;

 private:
  class Workspace;  // one build's directory and the files beside it; removed when destroyed

  // An infra error (changed trusted files, no sandbox) or nothing.
  std::optional<Evaluation> CheckJudge() const;
  // Score and ScoreInterleaved as measured, before BlameTheDisk.
  Evaluation ScoreOnce(const FileSet& files, const ScoreOptions& options);
  InterleavedEvaluation ScoreSideBySide(const std::vector<const FileSet*>& builds,
                                        const ScoreOptions& options, int rounds);
  // A candidate's build or evaluation that failed while the scratch disk was (nearly) full says
  // nothing about the candidate: it becomes an infra error, the run stops, and the candidate is
  // not marked as tried and failed.
  [[nodiscard]] Evaluation BlameTheDisk(Evaluation e) const;
  // A fresh workspace with `files` over the task, built (or a reused build). On failure the
  // workspace's `failed` evaluation says why.
  std::unique_ptr<Workspace> Prepare(const FileSet& files, const Suite& suite,
                                     const ScoreOptions& options);
  void Build(Workspace& w);
  // Runs `command` in w and parses its result; `others` are further builds' workspaces, listed
  // in configs.json as "workspaces" after w's own and readable by the command.
  Evaluation RunEvaluate(Workspace& w, const std::string& command,
                         const std::vector<const Workspace*>& others, std::string* result_text);
  // What a finished evaluate run says: the machine's failure, the command's, or its result.
  Evaluation Verdict(Workspace& w, const std::string& command, const ProcessResult& r,
                     const std::string& eval_log, std::string* result_text) const;
  InterleavedEvaluation MeasureInOneProcess(std::vector<std::unique_ptr<Workspace>>& ws);
  [[nodiscard]] bool TrustedToolDidNotStart(const std::string& command,
                                            const ProcessResult& r) const;
  // Where this evaluator keeps reused builds: its own, so that evaluators of other slots never
  // replace a tree it is copying.
  [[nodiscard]] std::filesystem::path BuildsDir() const;
  [[nodiscard]] ProcessOptions CommandOptions(const std::filesystem::path& cwd) const;

  TaskSpec task_;
  LocalEvaluatorOptions options_;
  // The task's files as text: with a candidate's own, what a quoted name in a build message
  // that reaches the operator must come from (eval/build_diagnostics.h).
  std::string task_text_;
  std::shared_ptr<Launcher> launcher_;
  std::atomic<int> counter_{0};
  std::mutex builds_mu_;
  std::deque<std::pair<std::string, std::filesystem::path>> builds_;  // hash -> built tree
};

// The directory holding the running executable (so task commands find avo's helper programs).
std::filesystem::path SelfDirectory();

}  // namespace avo
