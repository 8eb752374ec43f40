// The evaluators of a command, built in one place (the composition root, with assemble.h): every
// command that evaluates (`avo eval`, `avo init`, `avo step`, `avo remeasure`, `avo evolve` and
// its slots) gets one made from the same settings, so that they evaluate alike.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "avo/engine/run.h"
#include "avo/eval/launcher.h"
#include "avo/eval/local_evaluator.h"
#include "avo/eval/slots.h"
#include "avo/eval/trusted_files.h"
#include "avo/task/task.h"
#include "avo/util/status.h"

namespace avo {

// What the command line says about evaluating (--gpu, --keep-workspaces, --no-sandbox).
struct EvalSettings {
  std::optional<std::string> gpu;  // CUDA_VISIBLE_DEVICES
  bool keep_workspaces = false;
  bool no_sandbox = false;  // run task commands unconfined (where bwrap cannot work)
};

// Where task commands find avo's helper programs (avo-attention-harness): avo's own directory.
std::vector<std::filesystem::path> ToolDirs();

// An evaluator of `task` with its workspaces under `scratch`. One for a run checks the run's
// trusted files before every evaluation; one for a bare task (`avo eval TASK`) has none to check.
std::unique_ptr<LocalEvaluator> MakeEvaluator(const TaskSpec& task,
                                              const std::filesystem::path& scratch,
                                              const EvalSettings& settings,
                                              const std::optional<TrustedFiles>& trusted = {});

// Where the run's evaluations run, from its RUN/avo.toml [eval]: null for this machine, a
// SlurmLauncher for backend = "slurm". The config's load error when RUN/avo.toml is unreadable.
Result<std::shared_ptr<Launcher>> RunLauncher(const Run& run);

// The run's evaluator: its task, its trusted files, its launcher. Errors: RunLauncher's.
Result<std::unique_ptr<LocalEvaluator>> MakeEvaluator(const Run& run, const EvalSettings& settings);
// The evaluator of one slot of `avo evolve --jobs N` (eval/slots.h): pinned to the slot's GPU or
// cores, with reused builds of its own. Errors: RunLauncher's.
Result<std::unique_ptr<LocalEvaluator>> MakeEvaluator(const Run& run, const EvalSettings& settings,
                                                      const Slot& slot);

}  // namespace avo
