// The engine: the evolutionary loop of AVO §2 (docs/architecture.md). It advances a run one
// variation step at a time: the operator proposes (StepContext::submit), the judge measures and
// decides (engine/judge.h), the population picks each step's island and its migrations
// (engine/population.h), the supervisor steers. Every start resumes: attempts a killed process
// left running are interrupted, a commit the archive missed is reconciled from its Avo-Attempt
// trailer, and the run's state comes back from the archive (archive/run_state.h).
//
// Steps in parallel (SetWorkers): one thread per slot, each with its own operator and evaluator;
// one run mutex, released only while an operator varies or a candidate is measured.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "avo/engine/judge.h"
#include "avo/engine/population.h"
#include "avo/engine/run.h"
#include "avo/engine/run_budget.h"
#include "avo/eval/slots.h"

namespace avo {

struct EvolveOptions {
  int steps = 0;                // steps to run in this invocation; 0 = no limit
  double time_limit_s = 0;      // wall-clock limit for this invocation; 0 = none
  std::string suite;            // the suite the gate scores on; empty = the task's default
  StepBudget budget;            // per-step limits handed to the operator
  std::uint64_t seed = 0;       // the run's random seed, used only when the run starts (0 = random)
  int max_operator_errors = 3;  // consecutive failed steps (operator errors) before giving up
  int max_idle_steps = 10;      // consecutive steps without a submission before stopping
  RunBudget run_budget;         // the whole run's limits (avo.toml [budget])
};

// What the engine tells its caller while it works (the CLI prints it as progress lines).
struct ProgressEvent {
  enum class Kind { kResume, kSeed, kStepStart, kAttempt, kStepEnd, kIntervention, kStop } kind;
  std::int64_t step = 0;
  double elapsed_s = 0;
  int best_version = -1;  // the best over every island
  double best_scalar = 0;
  std::string unit;
  std::string message;
};
struct EvolveSummary {
  int steps_run = 0, commits = 0, best_version = -1;  // the best over every island
  // Steps whose operator failed (an endpoint that refused the key, retries spent), not counting
  // candidates the judge refused: a run whose every step failed this way made no progress.
  int operator_errors = 0;
  double best_scalar = 0;
  std::string stop_reason;
};
// One evaluation slot's worker: its operator (operators keep per-step state) and its evaluator.
struct Worker {
  std::string slot;  // "gpu1", "cpu0" (eval/slots.h)
  Evaluator* evaluator = nullptr;
  VariationOperator* op = nullptr;
};

class Engine {
 public:
  static constexpr int kDefaultMigrateEvery = Population::kDefaultMigrateEvery;
  Engine(Run& run, Evaluator& evaluator, VariationOperator& op, Supervisor* supervisor);

  // Evolve runs one step per worker side by side (two or more); they must outlive Evolve.
  void SetWorkers(std::vector<Worker> workers) { workers_ = std::move(workers); }
  // A population of `count` islands; Population::Configure says the rest. Before Open or Evolve.
  void SetIslands(int count, int migrate_every, std::vector<Supervisor*> supervisors);

  std::function<void(const ProgressEvent&)> on_progress;
  std::function<bool()> stop_requested;
  // Reconciles the archive with the lineage after an unclean stop. Safe on a clean run.
  Status Recover();
  // Commits the task's seed files as v0 if the lineage is empty; the reason when not correct.
  Status EnsureSeed(const std::string& suite);
  Result<EvolveSummary> Evolve(const EvolveOptions& options);
  // What every driver does first: restores the run's state, Recover, CheckAgreement, the seed.
  // InvalidArgument for an unknown suite; Unavailable when the judge could not be trusted.
  Status Open(const std::string& suite, std::uint64_t seed);
  // Takes the next step number for a step driven from outside and records the counter.
  Result<std::int64_t> ReserveStep();
  // Hands the run to island `island`'s supervisor after `step`; the progress line, or "".
  std::string Observe(std::int64_t step, int island = 0);
  [[nodiscard]] const std::vector<std::string>& directions() const {
    return population_.island(0).directions;
  }
  [[nodiscard]] const std::string& suite() const { return suite_; }
  // Set once an evaluation was an infra error: the run must stop, nothing more is judged.
  [[nodiscard]] const std::optional<std::string>& infra_error() const {
    return judge_.infra_error();
  }

  // The judgement of one submission on island 0 by the constructor's evaluator. Thread-safe.
  Verdict Judge(const Submission& s, std::int64_t step);

 private:
  struct Loop;     // one Evolve's counters, shared by its workers
  struct StepRun;  // one step of a worker
  Verdict JudgeOn(const JudgeRequest& r);
  Result<StepReport> VaryStep(std::unique_lock<std::mutex>& lock, const StepRun& r, int& island);
  Result<StepReport> MigrationStep(std::unique_lock<std::mutex>& lock, const StepRun& r,
                                   int& island);
  void RunWorker(const EvolveOptions& o, const Worker& w, int slot, bool parallel, Loop& loop);
  bool EndStep(const EvolveOptions& o, std::int64_t step, int island,
               const Result<StepReport>& report, Loop& loop);
  StepContext ContextFor(const StepRun& r, int island);
  Status StopOnInfraError(std::int64_t step);
  Status SaveStepState();  // the step counter, random state and stepping seconds
  void RecordStepCost(std::int64_t step, const AttemptCost& cost);
  void Emit(ProgressEvent::Kind kind, std::int64_t step, const std::string& message);
  Status LoadState(std::uint64_t seed);
  [[nodiscard]] std::string RngState() const;
  [[nodiscard]] double ActiveSeconds() const { return active_before_ + clock_(); }  // every run
  // The run is stopping (an infra error, or the user asked): what operators and the supervisor's
  // reviewer poll to end their work in flight.
  [[nodiscard]] bool Stopping() const {
    return judge_.stopping() || (stop_requested && stop_requested());
  }
  Run& run_;
  Evaluator& evaluator_;
  VariationOperator& op_;
  std::mutex mu_;  // the run mutex: the run's handles and everything below
  Population population_;
  class Judge judge_;
  std::optional<SlotBoard> board_;  // while Evolve runs
  std::vector<Worker> workers_;
  std::string suite_;
  std::mt19937_64 rng_;
  std::int64_t next_step_ = 1;
  double active_before_ = 0;  // seconds of stepping of earlier invocations
  std::function<double()> clock_;
};

}  // namespace avo
