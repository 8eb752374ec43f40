// The engine: owns the run's state and advances it one variation step at a time,
//
//   x_{t+1} = Vary(P_t)        (the operator proposes, through StepContext::submit)
//   f(x_{t+1})                 (the trusted Evaluator scores, in a fresh isolated workspace)
//   P_{t+1} = Update(P_t, ...) (the commit gate; the lineage gets the version, the archive every
//   attempt)
//
// as in AVO §2 and docs/architecture.md. Resume is part of every start: attempts a killed process
// left running are marked interrupted, a commit that reached the lineage but not the archive is
// reconciled from its Avo-Attempt trailer, and the step counter and random state come back from
// the archive.
//
// Steps in parallel (`avo evolve --jobs N`, SetWorkers): one thread per evaluation slot, each
// with its own operator and evaluator, varies and evaluates at the same time as the others; the
// engine serialises everything that writes the run (attempt records, commits, the supervisor),
// so the lineage stays linear and at most one commit is ever between the lineage and the
// archive. A candidate accepted against a best that moved while it was measured is measured
// again, beside the new best, before it may commit.
//
// Populations (SetIslands, `avo evolve --islands K`): K lineages in one run, each a branch of the
// one lineage repository (island 0 is the run's lineage, branch main) with its own best, its own
// supervisor and directions; variation steps go round the islands in turn. Every M commits on an
// island its best migrates to the next island of the ring: it is judged there, by the same gate,
// as a candidate proposed by "migration", and commits on that island only if it beats that
// island's best; kept out, it reaches that island's operator as an example in its directions
// (the island model of evolutionary computation; OpenEvolve and FunSearch migrate the same way).
// The single lineage stays the default, as in the AVO paper.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "avo/engine/run.h"
#include "avo/engine/run_budget.h"
#include "avo/eval/evaluator.h"
#include "avo/operators/operator.h"
#include "avo/score/gate.h"
#include "avo/supervisor/supervisor.h"

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
  int best_version = -1;
  double best_scalar = 0;
  std::string unit;
  std::string message;
};

struct EvolveSummary {
  int steps_run = 0;
  int commits = 0;
  int best_version = -1;
  double best_scalar = 0;
  std::string stop_reason;
};

// One evaluation slot's worker for steps in parallel: its operator (operators keep per-step
// state, so each worker has its own) and its evaluator (pinned to the slot's GPU or cores).
struct Worker {
  std::string slot;  // "gpu1", "cpu0" (eval/slots.h)
  Evaluator* evaluator = nullptr;
  VariationOperator* op = nullptr;
};

class Engine {
 public:
  static constexpr int kDefaultMigrateEvery = 4;
  Engine(Run& run, Evaluator& evaluator, VariationOperator& op, Supervisor* supervisor);

  // Evolve runs one step per worker at a time, side by side (two or more workers), instead of
  // one step at a time with the constructor's operator and evaluator. The workers must outlive
  // Evolve.
  void SetWorkers(std::vector<Worker> workers) { workers_ = std::move(workers); }
  // Makes the run a population of `count` islands (kept in the archive: a resumed run keeps
  // its count, and Open refuses another; 0: the run's own count) with migration every
  // `migrate_every` commits of an island (0: never; -1: the run's cadence, else
  // kDefaultMigrateEvery). supervisors[i] watches island i (nullptr: none); missing ones are
  // none. Call before Open or Evolve.
  void SetIslands(int count, int migrate_every, std::vector<Supervisor*> supervisors);

  std::function<void(const ProgressEvent&)> on_progress;
  std::function<bool()> stop_requested;

  // Reconciles the archive with the lineage after an unclean stop. Safe to call on a clean run.
  Status Recover();
  // Scores the task's seed files and commits them as v0 if the lineage is empty. Fails with the
  // reason when the seed is not correct: evolution needs a correct x_0.
  Status EnsureSeed(const std::string& suite);
  Result<EvolveSummary> Evolve(const EvolveOptions& options);

  // What every way of driving a run does first (Evolve, and `avo step` through engine/step.h):
  // restores the step counter, random state and directions from the archive, reconciles after
  // an unclean stop, and commits the seed if the lineage is empty. InvalidArgument for an
  // unknown suite; Unavailable when the judge could not be trusted.
  Status Open(const std::string& suite, std::uint64_t seed);
  // Takes the next step number for a step driven from outside and records the counter, so that
  // no later step reuses it.
  Result<std::int64_t> ReserveStep();
  // Hands the run to the supervisor after `step` (AVO §2): an intervention is recorded and its
  // directions reach the next steps. Returns the progress line, or "" when nothing happened.
  std::string Observe(std::int64_t step, int island = 0);
  [[nodiscard]] const std::vector<std::string>& directions() const {
    return islands_.front().directions;
  }
  [[nodiscard]] const std::string& suite() const { return suite_; }
  // Set once an evaluation was an infra error: the run must stop, nothing more is judged.
  [[nodiscard]] const std::optional<std::string>& infra_error() const { return infra_error_; }

  // The engine's judgement of one submission (the operators' StepContext::submit), measured by
  // the constructor's evaluator. Safe to call from several threads.
  Verdict Judge(const Submission& s, std::int64_t step);

 private:
  // What the gate found for one candidate: its evaluation, the decision, and (paired gate) the
  // evidence and the best version's geomean measured beside it.
  // What a candidate is measured against, read from the run before it is measured: the best
  // version's files (paired gate) or its score on the gate's suite.
  struct Baseline {
    std::optional<FileSet> best_files;
    std::optional<double> best_scalar;
    std::string error;  // why the best version's files could not be read
  };
  // Counters of one Evolve, shared by its workers (under mu_).
  struct Loop {
    int started = 0, steps_run = 0, commits = 0, operator_errors = 0, idle_steps = 0;
    std::optional<std::string> stop_reason;
    std::optional<Status> error;
  };
  struct Measured {
    Evaluation evaluation;
    GateDecision decision;
    nlohmann::json paired;
    // The best version's score on the suite this candidate was judged on (measured beside it
    // when the gate is paired): what a commit's gain is stated against.
    std::optional<double> best_on_suite;
  };
  // The committed version whose files hash to `hash`, if any.
  std::optional<int> DuplicateOf(const std::string& hash, const std::vector<Version>& versions);
  // Scores a candidate and decides on it: alone against the stored best, or (task.toml [gate]
  // paired) interleaved with the best version (score/paired.h).
  Measured Measure(const FileSet& files, std::int64_t attempt, const std::vector<Version>& versions,
                   const Baseline& base, Evaluator& ev);
  // Under mu_: the baseline for a candidate judged after `versions`.
  Baseline BaselineFor(const std::vector<Version>& versions, Evaluator& ev, int island);
  // Under mu_: when the island's best moved while a candidate accepted by `m` was measured
  // against `versions`, judges it again against the new best (updating `versions` and `m`).
  void JudgeAgainstMovedBest(const FileSet& files, const std::string& hash, std::int64_t attempt,
                             int island, Evaluator& ev, std::vector<Version>& versions,
                             Measured& m);
  // Judge on a given evaluator, for the worker of slot `slot` (-1: none), on island `island`.
  Verdict Judge(const Submission& s, std::int64_t step, Evaluator& ev, int slot, int island);
  // A step that judges the migrant `m` on its target island instead of varying (under mu_ on
  // entry and exit).
  Result<StepReport> Migrate(std::unique_lock<std::mutex>& lock, std::int64_t step, Evaluator& ev,
                             int slot, int from, int to);
  // Under mu_: the best version over all islands, for progress lines and the summary.
  std::optional<Version> BestOfAll();
  // Under mu_: counts a commit on `island` and queues a migration when it is due.
  void CountCommit(int island);
  Status SaveIslandState();
  // One step of a worker, as RunWorker hands it to VaryStep or MigrationStep.
  struct StepRun {
    const EvolveOptions& o;
    const Worker& w;
    int slot;
    bool parallel;
    Run* reader;  // the worker's own read-only handles (parallel only)
    std::int64_t step;
    std::uint64_t seed;  // the step's random seed (parallel only)
  };
  // Under mu_ on entry and exit: the operator's step on the island whose turn it is (set in
  // `island`), the lock released while it varies.
  Result<StepReport> VaryStep(std::unique_lock<std::mutex>& lock, const StepRun& r, int& island);
  // Under mu_ on entry and exit: the next due migration, judged on its target (set in `island`).
  Result<StepReport> MigrationStep(std::unique_lock<std::mutex>& lock, const StepRun& r,
                                   int& island);
  // One worker's loop of Evolve: steps until the loop stops; `parallel` when several run.
  void RunWorker(const EvolveOptions& o, const Worker& w, int slot, bool parallel, Loop& loop);
  // Records one finished step in `loop` (under mu_); false when the loop must stop.
  bool EndStep(const EvolveOptions& o, std::int64_t step, int island,
               const Result<StepReport>& report, Loop& loop);
  // Under mu_: what slot `slot` is doing, kept in RUN/slots.json for `avo status`.
  void SetSlot(int slot, const std::string& state, std::int64_t step, std::int64_t attempt);
  // Under mu_: the run stops on an untrusted judge or machine (infra_error_).
  void SetInfraError(const std::string& reason);
  // The archive's record of an attempt as it begins: who proposed it, from which parent, the diff.
  AttemptStart StartRecord(const Submission& s, std::int64_t step,
                           const std::vector<Version>& versions);
  // The archive's record of how it ended, from the gate's decision alone (before any commit).
  static AttemptEnd EndRecord(const Submission& s, const std::string& hash, const Measured& m,
                              const Evaluation& ev);
  // Commits an accepted candidate as the next version; a failed commit turns the attempt failed.
  void CommitAccepted(const Submission& s, std::int64_t step, const AttemptStart& start,
                      const std::vector<Version>& versions, const Measured& m, AttemptEnd& end,
                      Verdict& verdict);
  Result<std::string> CommitVersion(const Submission& s, std::int64_t step, std::int64_t attempt,
                                    const AttemptStart& start, const std::vector<Version>& versions,
                                    const Measured& m);
  Result<double> BestScalar(const std::string& suite, Evaluator& ev, int island);
  // Ends an attempt whose evaluation could not be trusted (Outcome::kInfraError): nothing is
  // committed, the attempt is marked interrupted (it says nothing about the candidate) and the
  // run stops with the reason.
  Verdict NotJudged(Verdict verdict, std::int64_t step, const std::string& op,
                    const std::string& reason);
  // Evolve's parts: the stop rule checked before each step, the operator's view of one step,
  // and the stop on an untrusted judge.
  [[nodiscard]] std::optional<std::string> StopBeforeStep(const EvolveOptions& o,
                                                          int steps_run) const;
  StepContext ContextFor(const EvolveOptions& o, std::int64_t step, Evaluator& ev, int island);
  Status StopOnInfraError(std::int64_t step);
  Status SaveStepState();
  // Seconds of stepping, this invocation's included (archive state `active_s` + the clock).
  [[nodiscard]] double ActiveSeconds() const { return active_before_ + clock_(); }
  // Records what a step cost that no attempt carries (turns after the last submission, a step
  // that submitted nothing), so that Archive::Spent counts every LLM call.
  void RecordStepCost(std::int64_t step, const AttemptCost& cost);
  // Caps a step's tokens, dollars and seconds at what the run's budget has left.
  void NarrowToRunBudget(const RunBudget& run, StepBudget& step) const;
  void Emit(ProgressEvent::Kind kind, std::int64_t step, const std::string& message);
  Status LoadState(std::uint64_t seed);
  [[nodiscard]] std::string RngState() const;

  Run& run_;
  Evaluator& evaluator_;
  VariationOperator& op_;
  struct Island {
    Supervisor* supervisor = nullptr;
    std::vector<std::string> directions;  // the supervisor's latest, for this island's steps
    int commits_since_migration = 0;
  };
  std::vector<Island> islands_;  // one (island 0) unless SetIslands
  int requested_islands_ = 0;    // SetIslands' count; 0: whatever the run has
  int migrate_every_ = -1;
  std::deque<std::pair<int, int>> migrations_;  // due migrations: (from, to)
  std::vector<std::pair<int, int>> migrating_;  // being judged now (kept pending until judged)
  std::int64_t island_turn_ = 0;  // variation steps so far: the next one's island is this mod K
  std::string suite_;
  std::mt19937_64 rng_;
  std::int64_t next_step_ = 1;
  std::map<std::string, double> best_by_suite_;  // head re-scored on a suite it was not scored on
  std::map<std::string, std::string> version_hash_;  // commit -> HashFileSet, for duplicates
  std::optional<std::string> infra_error_;           // set once an evaluation was an infra error
  std::atomic<bool> stopping_{false};                // infra_error_ is set (read without mu_)
  // Guards everything above and the run's own handles (archive, lineage) while workers run in
  // parallel; never held while an operator varies or (but for a re-measurement) a candidate is
  // measured.
  std::mutex mu_;
  std::vector<Worker> workers_;
  struct SlotState {
    std::string slot, state = "idle";
    std::int64_t step = 0, attempt = 0;
    std::string since;
  };
  std::vector<SlotState> slots_;
  double started_ = 0;
  double active_before_ = 0;  // `active_s` of earlier invocations
  std::function<double()> clock_;
};

}  // namespace avo
