// `avo step`'s composition root: a run opened for one step command (begin, eval, commit, abort,
// status), with the engine on an ExternalOperator, the run's supervisor (its avo.toml) and the
// driver, built in one place. The command keeps flags and printing.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "avo/engine/assemble_eval.h"
#include "avo/engine/engine.h"
#include "avo/engine/run.h"
#include "avo/engine/step.h"
#include "avo/eval/local_evaluator.h"
#include "avo/operators/external_operator.h"
#include "avo/supervisor/supervisor.h"
#include "avo/util/status.h"

namespace avo {

// What one `avo step` command names.
struct StepRequest {
  std::filesystem::path target;  // a run directory, or a task directory
  std::string run_flag;          // --run: the run directory of a task target
  std::string suite;             // --suite; empty: the step's, or the task's
  std::string by = "step";       // --by: the operator's name in the archive and the trailer
  EvalSettings eval;             // --gpu, --keep-workspaces, --no-sandbox
  bool create = false;           // a task target may create its run (`avo step begin`)
};

// A run opened for one step command. Owns what the driver points to; declared in the order they
// are made, so they go in the reverse.
struct StepSession {
  std::unique_ptr<Run> run;
  std::unique_ptr<LocalEvaluator> evaluator;
  std::unique_ptr<Supervisor> supervisor;
  std::unique_ptr<ExternalOperator> op;
  std::unique_ptr<Engine> engine;
  std::unique_ptr<StepDriver> driver;
};

// Errors, one line each and in this order: the target (RunDirFor), the run's RUN/avo.toml
// (FindRunConfig), "DIR: no run there" (NotFound, when the run is missing and `create` is
// false), the target's task and --suite (CheckTargetAndSuite); then the run's own (Run::Open or
// Run::Create), the evaluator's (RunLauncher), the supervisor's and StepDriver::Start's.
Result<StepSession> AssembleStep(const StepRequest& request);

}  // namespace avo
