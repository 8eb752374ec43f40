#include "avo/engine/assemble_evolve.h"

#include <fmt/format.h>

#include "avo/archive/run_state.h"
#include "avo/engine/registry.h"
#include "avo/engine/run_config.h"
#include "avo/engine/run_target.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

// The evaluation slots the request asks for (eval/slots.h). Under Slurm the cluster places each
// job: the slots only bound how many are in flight, and the GPUs come from [eval] gres.
Result<std::vector<Slot>> SlotsFor(const EvolveRequest& r, bool slurm) {
  if (!r.gpus.empty() && r.eval.gpu)
    return Status::InvalidArgument("--gpu and --gpus: give one of them");
  if (slurm && (!r.gpus.empty() || r.eval.gpu)) {
    return Status::InvalidArgument(
        fmt::format("{}: with [eval] backend = \"slurm\" the GPUs come from [eval] gres",
                    r.gpus.empty() ? "--gpu" : "--gpus"));
  }
  AVO_ASSIGN_OR_RETURN(std::vector<Slot> slots,
                       PlanSlots(r.jobs, r.gpus, slurm ? std::vector<int>{} : AllowedCores()));
  if (slurm) {
    for (std::size_t i = 0; i < slots.size(); ++i) slots[i].name = fmt::format("slurm{}", i);
  }
  return slots;
}

// One supervisor per island, each watching its own (a resumed population keeps its count).
Status SetUpIslands(const EvolveRequest& r, AssembledRun& a) {
  const int islands = r.islands > 0 ? r.islands : a.run->islands();
  if (islands == 1 && r.islands == 0) return Status::Ok();
  std::vector<Supervisor*> sv = {a.parts.supervisor.get()};
  for (int i = 1; i < islands; ++i) {
    AVO_ASSIGN_OR_RETURN(auto supervisor, MakeSupervisor(a.parts.config));
    a.supervisors.push_back(std::move(supervisor));
    sv.push_back(a.supervisors.back().get());
  }
  a.engine->SetIslands(r.islands, r.migrate_every, sv);
  return Status::Ok();
}

// One worker per slot, each with its own evaluator and operator; a single local slot needs none
// (the engine steps with its own).
Status SetUpWorkers(const EvolveRequest& r, bool slurm, AssembledRun& a) {
  if (a.slots.size() == 1 && r.gpus.empty() && !slurm) return Status::Ok();
  std::vector<Worker> workers;
  workers.reserve(a.slots.size());
  for (std::size_t i = 0; i < a.slots.size(); ++i) {
    AVO_ASSIGN_OR_RETURN(auto evaluator, MakeEvaluator(*a.run, r.eval, a.slots[i]));
    a.evaluators.push_back(std::move(evaluator));
    workers.push_back({a.slots[i].name, a.evaluators.back().get(),
                       i == 0 ? a.parts.op.get() : a.ops[i - 1].get()});
  }
  a.engine->SetWorkers(std::move(workers));
  return Status::Ok();
}

// An [exec] command that came with an import runs only once the user has accepted it: by giving
// --exec-command (this one or another) or a --config of their own with another command. The
// exec operator refuses to start with it otherwise, showing it.
Status AcceptExecCommand(const EvolveRequest& r, AssembledRun& a) {
  AVO_ASSIGN_OR_RETURN(const RunState state, LoadRunState(a.run->archive()));
  if (state.exec_pending.empty()) return Status::Ok();
  const bool accepted =
      !r.exec_command.empty() || a.parts.config.exec.command != state.exec_pending;
  if (accepted) return SaveExecPending(a.run->archive(), "");
  if (a.parts.op_name != "exec") return Status::Ok();
  return Status::InvalidArgument(fmt::format(
      "{}: the exec operator's command came with an import and has not been accepted: `{}`; "
      "to run it, give it as --exec-command (or import with --trust-exec)",
      a.run->dir().string(), state.exec_pending));
}

}  // namespace

Result<AssembledRun> AssembleEvolve(const EvolveRequest& r) {
  AssembledRun a;
  // Everything the user gave is checked before a run directory is created: bad input leaves
  // nothing behind.
  auto dir = RunDirFor(r.target, r.run_flag);
  const RunOverrides overrides{r.config, r.op, r.exec_command, SelfDirectory() / "avo"};
  AVO_ASSIGN_OR_RETURN(a.parts, AssembleRun(overrides, dir.ok() ? *dir : fs::path()));
  a.options = r.options;
  if (!r.step_time_given && a.parts.config.agent.max_wall_s)
    a.options.budget.wall_s = *a.parts.config.agent.max_wall_s;
  a.options.run_budget = a.parts.config.budget;
  if (!dir.ok()) return dir.status();
  AVO_RETURN_IF_ERROR(CheckTargetAndSuite(r.target, *dir, r.options.suite));
  if (r.islands > Run::kMaxIslands)
    return Status::InvalidArgument(
        fmt::format("--islands {}: at most {}", r.islands, Run::kMaxIslands));
  const bool slurm = a.parts.config.eval_backend == "slurm";
  AVO_ASSIGN_OR_RETURN(a.slots, SlotsFor(r, slurm));
  // One operator per further slot, made before the run exists (its errors leave nothing behind).
  for (std::size_t i = 1; i < a.slots.size(); ++i) {
    AVO_ASSIGN_OR_RETURN(auto op, MakeOperator(a.parts.op_name, a.parts.op_options));
    a.ops.push_back(std::move(op));
  }
  AVO_ASSIGN_OR_RETURN(a.run, OpenOrCreateRun(r.target, *dir, ToolDirs()));
  if (r.islands > 0 && r.islands != a.run->islands()) {
    AVO_ASSIGN_OR_RETURN(auto head, a.run->lineage().Head());
    if (head) {
      return Status::InvalidArgument(
          fmt::format("--islands {}: the run has {} island(s), fixed when it began", r.islands,
                      a.run->islands()));
    }
  }
  AVO_RETURN_IF_ERROR(AcceptExecCommand(r, a));
  AVO_RETURN_IF_ERROR(AcceptImportedLlm(*a.run, !r.config.empty()));
  // Kept before the evaluators are made: they read where to evaluate from RUN/avo.toml.
  AVO_RETURN_IF_ERROR(SaveRunConfig(a.parts.config, a.run->dir()));
  AVO_ASSIGN_OR_RETURN(a.evaluator, MakeEvaluator(*a.run, r.eval));
  a.engine = std::make_unique<Engine>(*a.run, *a.evaluator, *a.parts.op, a.parts.supervisor.get());
  AVO_RETURN_IF_ERROR(SetUpIslands(r, a));
  AVO_RETURN_IF_ERROR(SetUpWorkers(r, slurm, a));
  return a;
}

}  // namespace avo
