// A run's parts, built in one place from its configuration and the command line: the run
// configuration (avo.toml), the variation operator, the supervisor and its reviewer. Every command
// that evolves or judges (`avo evolve`, `avo step`) and every future driver of runs (islands,
// Slurm jobs) builds them here, so they agree on what a run is.
//
// The composition root is this file and its siblings, one job each: the evaluators
// (assemble_eval.h), `avo evolve`'s run with its slots, workers and islands (assemble_evolve.h),
// `avo step`'s session (assemble_step.h). app/ keeps flags, one assemble call and printing.
//
// What a run was created with is kept in RUN/avo.toml (SaveRunConfig): the operator and the exec
// command chosen on the command line included, so that `avo evolve RUN` resumes with them. A flag
// given on resume overrides the kept value, and is kept in turn.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "avo/engine/registry.h"
#include "avo/engine/run_config.h"
#include "avo/operators/operator.h"
#include "avo/supervisor/supervisor.h"
#include "avo/util/status.h"

namespace avo {

// The command line's say over a run's configuration.
struct RunOverrides {
  std::string config;                // --config FILE; empty = the run's own RUN/avo.toml
  std::optional<std::string> op;     // --operator, when given
  std::string exec_command;          // --exec-command; empty = [exec] command
  std::filesystem::path avo_binary;  // named in the exec operator's brief
};

// The run configuration: `config_flag` FILE, else RUN/avo.toml when `run_dir` holds a run with
// one (a resumed run keeps the settings it was started with), else defaults. `run_dir` may be
// empty (no run yet).
Result<RunConfig> FindRunConfig(const std::string& config_flag,
                                const std::filesystem::path& run_dir);

// The supervisor's reviewer: an LLM when [llm] is configured (and [supervisor] use_llm is not
// false), else the history-based one.
Result<std::unique_ptr<Reviewer>> MakeReviewer(const RunConfig& config);
// The supervisor of [supervisor] with that reviewer; errors say "supervisor: ...".
Result<std::unique_ptr<Supervisor>> MakeSupervisor(const RunConfig& config);

struct RunParts {
  RunConfig config;  // with the overrides applied: what SaveRunConfig keeps
  std::unique_ptr<VariationOperator> op;
  std::unique_ptr<Supervisor> supervisor;
  // What `op` was made from, to make one more for each further slot (`avo evolve --jobs N`).
  std::string op_name;
  OperatorOptions op_options;
};

// The configuration (FindRunConfig) with `overrides` applied, the operator it names (the
// overrides' --operator, else the config's `operator`, else mutate) and the supervisor. Errors in
// that order, one line each; nothing is created on disk.
Result<RunParts> AssembleRun(const RunOverrides& overrides, const std::filesystem::path& run_dir);

class Run;
// An [llm] endpoint that came with an import (RunState::llm_pending) receives nothing, and the
// key it names is not read, until the user accepts it: AssembleRun (and AssembleStep) refuse, in
// one line naming the endpoint, a run that would talk to it (operator agent or llm-rewrite, or
// the supervisor's LLM reviewer) with the run's own avo.toml. An avo.toml of the user's own on
// the command line (`user_config`) accepts it for good: this clears the mark.
Status AcceptImportedLlm(Run& run, bool user_config);
// The refusal alone, for a command that builds from the run's avo.toml (`avo step`); `op_name`
// is the operator that will run ("" for an external one).
Status CheckImportedLlm(const RunConfig& config, const std::string& op_name,
                        const std::filesystem::path& run_dir);

}  // namespace avo
