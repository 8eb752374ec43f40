// `avo evolve`'s composition root: from what the user gave to a run ready to evolve, with every
// part it needs (the run, the engine, its evaluators, operators and island supervisors) built in
// one place and owned by one value. The command keeps flags, signals and printing.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "avo/engine/assemble.h"
#include "avo/engine/assemble_eval.h"
#include "avo/engine/engine.h"
#include "avo/engine/run.h"
#include "avo/eval/local_evaluator.h"
#include "avo/eval/slots.h"
#include "avo/operators/operator.h"
#include "avo/supervisor/supervisor.h"
#include "avo/util/status.h"

namespace avo {

// What the user asked of `avo evolve`, flags parsed but not yet checked against each other or
// the run.
struct EvolveRequest {
  std::filesystem::path target;   // a run directory, or a task directory
  std::string run_flag;           // --run: the run directory of a task target
  std::string config;             // --config FILE; empty: the run's RUN/avo.toml
  std::optional<std::string> op;  // --operator, when given
  std::string exec_command;       // --exec-command; empty: [exec] command
  EvolveOptions options;          // steps, time, suite, seed, --step-time
  bool step_time_given = false;   // else the step's wall limit is [agent] max_wall_s, if set
  int jobs = 0;                   // --jobs; 0: one, or one per --gpus GPU
  std::string gpus;               // --gpus
  int islands = 0;                // --islands; 0: the run's count (1 for a new run)
  int migrate_every = -1;         // --migrate-every; -1: the run's, else the default
  EvalSettings eval;              // --gpu, --keep-workspaces, --no-sandbox
};

// A run ready to evolve. Owns every part the engine points to; the engine is declared last so it
// goes first.
struct AssembledRun {
  RunParts parts;           // the configuration, the first slot's operator, island 0's supervisor
  EvolveOptions options;    // the request's, with the configuration's budgets applied
  std::vector<Slot> slots;  // where the steps evaluate
  std::unique_ptr<Run> run;
  std::unique_ptr<LocalEvaluator> evaluator;                // the engine's own
  std::vector<std::unique_ptr<VariationOperator>> ops;      // one per slot beyond the first
  std::vector<std::unique_ptr<Supervisor>> supervisors;     // one per island beyond the first
  std::vector<std::unique_ptr<LocalEvaluator>> evaluators;  // one per slot, when several
  std::unique_ptr<Engine> engine;

  // Whether steps run side by side, each slot with its own evaluator.
  [[nodiscard]] bool several_slots() const { return !evaluators.empty(); }
};

// Checks everything the request gives before a run directory is created, so that bad input leaves
// nothing behind, in this order: the configuration, operator and supervisor (AssembleRun), the
// target (RunDirFor), the target's task and --suite (CheckTargetAndSuite), --islands beyond
// Run::kMaxIslands, the slots (--gpu with --gpus, GPUs under Slurm, PlanSlots) and one operator
// per further slot. Then it creates or opens the run, refuses an --islands other than a begun
// run's (InvalidArgument), keeps the configuration as RUN/avo.toml and builds the evaluators, the
// engine and the islands' supervisors. Every error is one line; the run's own ones are returned
// as they come.
Result<AssembledRun> AssembleEvolve(const EvolveRequest& request);

}  // namespace avo
