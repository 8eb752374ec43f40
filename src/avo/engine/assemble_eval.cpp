#include "avo/engine/assemble_eval.h"

#include "avo/engine/assemble.h"
#include "avo/eval/slurm_launcher.h"

namespace avo {
namespace fs = std::filesystem;

std::vector<fs::path> ToolDirs() { return {SelfDirectory()}; }

namespace {

LocalEvaluatorOptions EvaluatorOptions(const fs::path& scratch, const EvalSettings& settings,
                                       const std::optional<TrustedFiles>& trusted) {
  LocalEvaluatorOptions o;
  o.scratch_dir = scratch;
  o.gpu = settings.gpu;
  o.tool_dirs = ToolDirs();
  o.keep_workspaces = settings.keep_workspaces;
  o.no_sandbox = settings.no_sandbox;
  o.trusted = trusted;
  return o;
}

}  // namespace

std::unique_ptr<LocalEvaluator> MakeEvaluator(const TaskSpec& task, const fs::path& scratch,
                                              const EvalSettings& settings,
                                              const std::optional<TrustedFiles>& trusted) {
  return std::make_unique<LocalEvaluator>(task, EvaluatorOptions(scratch, settings, trusted));
}

Result<std::shared_ptr<Launcher>> RunLauncher(const Run& run) {
  // The run's own avo.toml decides where its evaluations run ([eval] backend), so that every
  // command that evaluates for the run (evolve, step, remeasure) runs them in the same place.
  AVO_ASSIGN_OR_RETURN(RunConfig config, FindRunConfig("", run.dir()));
  if (config.eval_backend != "slurm") return std::shared_ptr<Launcher>();
  return std::shared_ptr<Launcher>(
      std::make_shared<SlurmLauncher>(config.slurm, run.paths().scratch() / "slurm"));
}

Result<std::unique_ptr<LocalEvaluator>> MakeEvaluator(const Run& run,
                                                      const EvalSettings& settings) {
  LocalEvaluatorOptions o = EvaluatorOptions(run.paths().scratch(), settings, run.trusted());
  AVO_ASSIGN_OR_RETURN(o.launcher, RunLauncher(run));
  return std::make_unique<LocalEvaluator>(run.task(), o);
}

Result<std::unique_ptr<LocalEvaluator>> MakeEvaluator(const Run& run, const EvalSettings& settings,
                                                      const Slot& slot) {
  LocalEvaluatorOptions o = EvaluatorOptions(run.paths().scratch(), settings, run.trusted());
  if (slot.gpu) o.gpu = slot.gpu;
  o.cpus = slot.cpus;
  o.slot = slot.name;
  AVO_ASSIGN_OR_RETURN(o.launcher, RunLauncher(run));
  return std::make_unique<LocalEvaluator>(run.task(), o);
}

}  // namespace avo
