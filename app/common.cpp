#include "common.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>

#include "avo/engine/assemble.h"
#include "avo/eval/slurm_launcher.h"
#include "avo/task/task.h"

namespace avo::cli {
namespace fs = std::filesystem;

void AddEvalFlags(CLI::App& cmd, EvalFlags& flags) {
  cmd.add_option("--gpu", flags.gpu, "pin evaluations to this GPU (CUDA_VISIBLE_DEVICES)");
  cmd.add_flag("--keep-workspaces", flags.keep_workspaces,
               "keep evaluation workspaces under RUN/scratch for debugging");
  cmd.add_flag("--no-sandbox", flags.no_sandbox,
               "run the task's build and evaluate commands unconfined (without bwrap); only for "
               "machines where bwrap cannot create namespaces");
}

int Fail(const Status& s) { return Fail(s.message()); }

int Fail(const std::string& message) {
  std::cerr << "avo: error: " << message << "\n";
  return 1;
}

Result<fs::path> RunDirFor(const fs::path& target, const std::string& run_flag) {
  if (Run::Exists(target)) return target;
  std::error_code ec;
  if (fs::exists(target / "task.toml", ec)) {
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
  std::error_code ec;
  const bool target_is_task = !Run::Exists(target) && fs::exists(target / "task.toml", ec);
  std::optional<TaskSpec> task;
  if (target_is_task) {
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
  if (task && !suite.empty() && task->FindSuite(suite) == nullptr) {
    return Status::InvalidArgument(fmt::format("--suite: task '{}' has no suite '{}' (suites: {})",
                                               task->name, suite,
                                               fmt::join(task->SuiteNames(), ", ")));
  }
  return Status::Ok();
}

std::vector<fs::path> ToolDirs() { return {SelfDirectory()}; }

namespace {

LocalEvaluatorOptions EvaluatorOptions(const fs::path& scratch, const EvalFlags& flags,
                                       const std::optional<TrustedFiles>& trusted) {
  LocalEvaluatorOptions o;
  o.scratch_dir = scratch;
  o.gpu = flags.gpu;
  o.tool_dirs = ToolDirs();
  o.keep_workspaces = flags.keep_workspaces;
  o.no_sandbox = flags.no_sandbox;
  o.trusted = trusted;
  return o;
}

}  // namespace

std::unique_ptr<LocalEvaluator> MakeEvaluator(const TaskSpec& task, const fs::path& scratch,
                                              const EvalFlags& flags,
                                              const std::optional<TrustedFiles>& trusted) {
  return std::make_unique<LocalEvaluator>(task, EvaluatorOptions(scratch, flags, trusted));
}

std::shared_ptr<Launcher> RunLauncher(const Run& run) {
  // The run's own avo.toml decides where its evaluations run ([eval] backend), so that every
  // command that evaluates for the run (evolve, step, remeasure) runs them in the same place.
  auto config = FindRunConfig("", run.dir());
  if (!config.ok()) Exit(Fail(config.status()));
  if (config->eval_backend != "slurm") return nullptr;
  return std::make_shared<SlurmLauncher>(config->slurm, run.paths().scratch() / "slurm");
}

std::unique_ptr<LocalEvaluator> MakeEvaluator(const Run& run, const EvalFlags& flags) {
  LocalEvaluatorOptions o = EvaluatorOptions(run.paths().scratch(), flags, run.trusted());
  o.launcher = RunLauncher(run);
  return std::make_unique<LocalEvaluator>(run.task(), o);
}

std::unique_ptr<LocalEvaluator> MakeEvaluator(const Run& run, const EvalFlags& flags,
                                              const Slot& slot) {
  LocalEvaluatorOptions o = EvaluatorOptions(run.paths().scratch(), flags, run.trusted());
  if (slot.gpu) o.gpu = slot.gpu;
  o.cpus = slot.cpus;
  o.slot = slot.name;
  o.launcher = RunLauncher(run);
  return std::make_unique<LocalEvaluator>(run.task(), o);
}

Result<double> ParseDuration(const std::string& text, const std::string& flag) {
  auto bad = [&] {
    return Status::InvalidArgument(flag + ": expected a duration such as 90s, 30m or 2h, got '" +
                                   text + "'");
  };
  if (text.empty()) return bad();
  double scale = 1;
  std::string num = text;
  switch (text.back()) {
    case 's':
      scale = 1;
      num.pop_back();
      break;
    case 'm':
      scale = 60;
      num.pop_back();
      break;
    case 'h':
      scale = 3600;
      num.pop_back();
      break;
    case 'd':
      scale = 86400;
      num.pop_back();
      break;
    default:
      break;
  }
  try {
    std::size_t used = 0;
    double v = std::stod(num, &used);
    if (used != num.size() || !(v > 0)) return bad();
    return v * scale;
  } catch (const std::exception&) {
    return bad();
  }
}

}  // namespace avo::cli
