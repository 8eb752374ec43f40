// `avo step`: one variation step taken from outside avo's process, by any coding agent or a
// person, with avo as judge and ledger (docs/operators.md, "Driving a run from outside").
//
//   begin   a workspace RUN/steps/N/workspace holding the best version (or --parent), with
//           BRIEF.md in it, and the step recorded as open in the archive (state `open_step`)
//   eval    advisory evaluations of the workspace by the task's evaluator, recorded as events
//           `step_eval`, at most StepBudget::max_evaluations per step; never the basis of a commit
//   commit  Engine::Judge, exactly as for any operator (trusted evaluation, the paired gate where
//           the task asks for it); accepted closes the step, rejected leaves it open
//   abort   closes the step without a commit
//
// Everything lives in the run directory, so an open step survives across invocations and
// machines, and `avo step` and `avo evolve` can alternate on one run. A command killed during a
// commit loses nothing: the next one reconciles the archive with the lineage (Engine::Recover)
// and closes a step whose commit went through.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "avo/engine/engine.h"
#include "avo/engine/run.h"

namespace avo {

struct OpenStep {
  std::int64_t step = 0;
  int parent = 0;           // the version the workspace started from
  std::string by = "step";  // the operator's name in the archive and the commit trailer
  std::string suite;        // the suite the gate judges on
  std::string workspace;    // relative to the run directory
  std::int64_t opened = 0;  // unix seconds
  int evaluations = 0;      // advisory evaluations so far
  int commits = 0;          // commits tried so far (rejected ones; an accepted one closes)

  [[nodiscard]] nlohmann::json ToJson() const;
  static Result<OpenStep> FromJson(const nlohmann::json& j);
};

// What `begin` and `status` report. `note` explains a step closed or left in an unusual state
// by an interrupted command (empty otherwise).
struct StepState {
  std::optional<OpenStep> open;
  std::string note;
};

class StepDriver {
 public:
  // `engine` is built on `run` (with an ExternalOperator: avo never varies by itself here).
  StepDriver(Run& run, Engine& engine, int max_evaluations);

  // Opens the engine (Engine::Open) on the open step's suite, else on `suite`: the run is
  // reconciled after an unclean stop and its seed committed if the lineage is empty.
  ::avo::Status Start(const std::string& suite);
  // The open step, if any, after reconciling: a step whose commit reached the archive (its
  // command was killed before closing it) is closed here, and `note` says so.
  Result<StepState> Current();
  // Opens a step on `parent` (nullopt: the best version). With a step open already, returns it
  // with a note instead (one open step per run). InvalidArgument for an unknown parent.
  Result<StepState> Begin(const std::optional<std::string>& parent, const std::string& by,
                          const std::string& suite);
  // The workspace's editable files scored by the evaluator (advisory). InvalidArgument when no
  // step is open or it has used its evaluations; the evaluation itself may be failed/incorrect.
  Result<Evaluation> Eval(Evaluator& evaluator, const std::string& suite, bool baselines);
  // The engine's judgement of the workspace with `message` as the version's rationale.
  Result<Verdict> Commit(const std::string& message);
  // Closes the open step without a commit; its workspace stays for reading.
  ::avo::Status Abort(const std::string& why);

  [[nodiscard]] std::filesystem::path WorkspaceOf(const OpenStep& s) const;

 private:
  Result<std::optional<OpenStep>> Load() const;
  ::avo::Status Save(const std::optional<OpenStep>& s);

  Run& run_;
  Engine& engine_;
  int max_evaluations_;
};

// The brief of a `avo step` workspace: the exec operator's brief (goal, metric, suites, lineage
// with scores, notes, directions) with the commands that evaluate and commit from there.
std::string StepBrief(Run& run, const Engine& engine, const OpenStep& s,
                      const std::filesystem::path& avo_binary);

}  // namespace avo
