// Shared pieces of the `avo` subcommands: finding the run or task a path names, building the
// evaluator, and the one-line error convention.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "avo/engine/run.h"
#include "avo/eval/local_evaluator.h"
#include "avo/eval/slots.h"
#include "avo/util/status.h"

namespace avo::cli {

// Options every command that evaluates shares.
struct EvalFlags {
  std::optional<std::string> gpu;  // CUDA_VISIBLE_DEVICES
  bool keep_workspaces = false;
  bool no_sandbox = false;  // run task commands unconfined (where bwrap cannot work)
};
void AddEvalFlags(CLI::App& cmd, EvalFlags& flags);

// Ends a subcommand's callback with an exit code (CLI11 carries it to main).
inline void Exit(int code) {
  if (code != 0) throw CLI::RuntimeError(code);
}

// Prints "avo: error: MESSAGE" on stderr and returns the exit code for it.
int Fail(const Status& s);
int Fail(const std::string& message);

// The run directory for a TARGET that is a run directory, or a task directory (then --run, else
// runs/<task name> under the current directory).
Result<std::filesystem::path> RunDirFor(const std::filesystem::path& target,
                                        const std::string& run_flag);

// Refuses, before anything is created: a task target whose run directory holds a run of another
// task (the run would silently go on with its own task), and a suite the task does not have.
Status CheckTargetAndSuite(const std::filesystem::path& target,
                           const std::filesystem::path& run_dir, const std::string& suite);

// Where task commands find avo's helper programs (avo-attention-harness): avo's own directory.
std::vector<std::filesystem::path> ToolDirs();

// The evaluator of a run checks the run's trusted files before every evaluation; one for a bare
// task (`avo eval TASK`) has none to check.
std::unique_ptr<LocalEvaluator> MakeEvaluator(const TaskSpec& task,
                                              const std::filesystem::path& scratch,
                                              const EvalFlags& flags,
                                              const std::optional<TrustedFiles>& trusted = {});
std::unique_ptr<LocalEvaluator> MakeEvaluator(const Run& run, const EvalFlags& flags);
// Where the run's evaluations run, from its RUN/avo.toml [eval]: null for this machine, a
// SlurmLauncher for backend = "slurm". Exits with the config's error.
std::shared_ptr<Launcher> RunLauncher(const Run& run);
// The evaluator of one slot of `avo evolve --jobs N` (eval/slots.h): pinned to the slot's GPU
// or cores, with reused builds of its own.
std::unique_ptr<LocalEvaluator> MakeEvaluator(const Run& run, const EvalFlags& flags,
                                              const Slot& slot);

// "90s", "30m", "2h", "1.5h", "600" (seconds) -> seconds.
Result<double> ParseDuration(const std::string& text, const std::string& flag);

// Registration of each subcommand (one file each).
void AddInit(CLI::App& app);
void AddEvolve(CLI::App& app);
void AddStatus(CLI::App& app);
void AddLog(CLI::App& app);
void AddShow(CLI::App& app);
void AddDiff(CLI::App& app);
void AddEval(CLI::App& app);
void AddKb(CLI::App& app);
void AddRemeasure(CLI::App& app);
void AddStep(CLI::App& app);
void AddReport(CLI::App& app);
void AddServe(CLI::App& app);
void AddExport(CLI::App& app);
void AddImport(CLI::App& app);
void AddAddSuites(CLI::App& app);

}  // namespace avo::cli
