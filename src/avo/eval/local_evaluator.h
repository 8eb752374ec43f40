// LocalEvaluator: builds and evaluates candidates on this machine, each in a fresh copy of the task
// directory, each command in its own session and process group under a wall-clock timeout and
// rlimits (util/process.h), with the GPU pinned by CUDA_VISIBLE_DEVICES.
//
// Isolation (docs/architecture.md, "Evaluation isolation"): before every evaluation the run's
// trusted files are checked (trusted_files.h); each command runs confined by bwrap
// (util/confinement.h) with only its workspace writable, and with an allow-listed environment
// (task_env.h). The result file lies in a directory only the evaluate command can write: the build
// (the compiler on candidate source, with whatever the candidate's build scripts do) never sees
// it. Where the task asks for confinement and bwrap does not work, the evaluation is an infra
// error instead of running unconfined.
#pragma once

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "avo/eval/evaluator.h"
#include "avo/eval/trusted_files.h"
#include "avo/task/task.h"

namespace avo {

struct LocalEvaluatorOptions {
  std::filesystem::path scratch_dir;             // where workspaces are made (and removed)
  std::optional<std::string> gpu;                // CUDA_VISIBLE_DEVICES for every command
  std::vector<std::filesystem::path> tool_dirs;  // prepended to PATH (avo's own directory)
  bool keep_workspaces = false;                  // keep for debugging instead of removing
  // Run unconfined even where task.toml asks for confinement (--no-sandbox): for machines where
  // bwrap cannot create namespaces, by an explicit choice of the person running avo.
  bool no_sandbox = false;
  std::optional<TrustedFiles> trusted;  // checked before every evaluation (RUN/trusted.json)
};

class LocalEvaluator final : public Evaluator {
 public:
  LocalEvaluator(TaskSpec task, LocalEvaluatorOptions options);
  Evaluation Score(const FileSet& files, const ScoreOptions& options) override;
  [[nodiscard]] std::string Describe() const override;

 private:
  TaskSpec task_;
  LocalEvaluatorOptions options_;
  std::atomic<int> counter_{0};
};

// The directory holding the running executable (so task commands find avo's helper programs).
std::filesystem::path SelfDirectory();

}  // namespace avo
