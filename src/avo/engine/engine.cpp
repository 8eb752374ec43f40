#include "avo/engine/engine.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <thread>

#include "avo/archive/run_state.h"
#include "avo/engine/recover.h"
#include "avo/util/time.h"

namespace avo {

// Counters of one Evolve, shared by its workers (under the run mutex).
struct Engine::Loop {
  int started = 0, steps_run = 0, commits = 0, operator_errors = 0, idle_steps = 0;
  int operator_errors_total = 0;
  std::optional<std::string> stop_reason;
  std::optional<Status> error;
};

// One step of a worker, as RunWorker hands it to VaryStep or MigrationStep.
struct Engine::StepRun {
  const EvolveOptions& o;
  const Worker& w;
  int slot;
  bool parallel;
  Run* reader;  // the worker's own read-only handles (parallel only)
  std::int64_t step;
  std::uint64_t seed;  // the step's random seed (parallel only)
};

Engine::Engine(Run& run, Evaluator& evaluator, VariationOperator& op, Supervisor* supervisor)
    : run_(run), evaluator_(evaluator), op_(op), population_(supervisor), judge_(run, mu_) {
  auto t0 = std::make_shared<Stopwatch>();
  clock_ = [t0] { return t0->Seconds(); };
  // The seed is no island's progress, and a migrant's commit is another island's: counting it
  // would send one version round the whole ring.
  judge_.on_commit = [this](const JudgeRequest& r, int /*version*/) {
    if (r.step == 0 || !r.submission->origin.empty()) return;
    population_.CountCommit(r.island);
    // Best effort: a lost record delays a migration after a resume; it changes no version.
    IgnoreError(population_.Save(run_.archive()));
  };
}

void Engine::SetIslands(int count, int migrate_every, std::vector<Supervisor*> supervisors) {
  population_.Configure(count, migrate_every, std::move(supervisors));
}

void Engine::Emit(ProgressEvent::Kind kind, std::int64_t step, const std::string& message) {
  if (!on_progress) return;
  ProgressEvent e{kind, step, clock_(), -1, 0, run_.task().unit, message};
  if (auto best = Population::BestOfAll(run_)) {
    e.best_version = best->number;
    e.best_scalar = best->scalar;
  }
  on_progress(e);
}

std::string Engine::RngState() const {
  std::ostringstream os;
  os << rng_;
  return os.str();
}

Status Engine::LoadState(std::uint64_t seed) {
  AVO_ASSIGN_OR_RETURN(const RunState state, LoadRunState(run_.archive()));
  // A run state without its step counter or random state is a new run's, and only a run that has
  // judged nothing but its seed may be new (`avo init` judges the seed alone): with steps behind
  // it, starting over would number steps anew, draw another random stream and forget the
  // islands (the rows were deleted or lost).
  if (!state.next_step || !state.rng) {
    AVO_ASSIGN_OR_RETURN(const auto newest, run_.archive().Attempts(1));
    if (!newest.empty() && newest.front().step > 0) {
      return Status::Internal(fmt::format(
          "{}: the run state has no {} but the archive holds steps: restore archive.db "
          "from a backup (or re-import the run's export)",
          run_.paths().archive().string(), !state.next_step ? "step counter" : "random state"));
    }
  }
  AVO_RETURN_IF_ERROR(population_.Load(run_, state));
  next_step_ = state.next_step.value_or(next_step_);
  active_before_ = state.active_s;
  if (state.rng) {
    std::istringstream is(*state.rng);
    is >> rng_;
    if (is.fail()) return Status::Internal("archive: the stored random state is unreadable");
    return Status::Ok();
  }
  if (seed == 0)
    seed = (static_cast<std::uint64_t>(std::random_device{}()) << 32) ^ std::random_device{}();
  rng_.seed(seed);
  return SaveFirstState(run_.archive(), seed, RngState());
}

Status Engine::Recover() {
  AVO_ASSIGN_OR_RETURN(const Recovered r, RecoverRun(run_, next_step_));
  if (r.interrupted == 0 && r.reconciled == 0) return Status::Ok();
  Emit(ProgressEvent::Kind::kResume, next_step_,
       fmt::format("resumed: {} interrupted attempt(s), {} reconciled", r.interrupted,
                   r.reconciled));
  return Status::Ok();
}

Status Engine::EnsureSeed(const std::string& suite) {
  suite_ = suite;
  judge_.set_suite(suite_);
  AVO_ASSIGN_OR_RETURN(auto head, run_.lineage().Head());
  if (head) return Status::Ok();
  AVO_ASSIGN_OR_RETURN(FileSet seed, ReadFileSet(run_.task().dir, run_.task().editable));
  Submission s;
  s.files = std::move(seed);
  s.message = "seed: the task's own version x_0";
  Verdict v = Judge(s, 0);
  if (infra_error()) return Status::Unavailable(*infra_error());
  if (!v.committed) {
    return Status::InvalidArgument(
        fmt::format("the seed of task '{}' was not accepted on suite '{}': {}; fix the task and "
                    "give its directory again (a run with no version takes its task afresh)",
                    run_.task().name, suite, v.reason));
  }
  return Status::Ok();
}

Verdict Engine::JudgeOn(const JudgeRequest& r) {
  const Judgement j = judge_.Submit(r);
  if (j.verdict.attempt_id > 0) {
    std::lock_guard<std::mutex> lock(mu_);
    Emit(ProgressEvent::Kind::kAttempt, r.step,
         fmt::format("attempt {} ({}): {}", j.verdict.attempt_id, j.op, j.verdict.reason));
  }
  return j.verdict;
}

Verdict Engine::Judge(const Submission& s, std::int64_t step) {
  return JudgeOn({&s, step, &evaluator_, 0, op_.name(), nullptr, -1});
}

Status Engine::Open(const std::string& suite, std::uint64_t seed) {
  suite_ = suite.empty() ? run_.task().default_suite : suite;
  AVO_RETURN_IF_ERROR(run_.task().CheckSearchSuite(suite_));
  AVO_RETURN_IF_ERROR(LoadState(seed));
  AVO_RETURN_IF_ERROR(Recover());
  AVO_RETURN_IF_ERROR(CheckAgreement(run_));
  AVO_RETURN_IF_ERROR(EnsureSeed(suite_));
  // Every island starts from the seed.
  AVO_ASSIGN_OR_RETURN(const Version x0, run_.lineage(0).Resolve("seed"));
  for (int i = 1; i < run_.islands(); ++i)
    AVO_RETURN_IF_ERROR(run_.lineage(i).StartFrom(x0.commit));
  return population_.Save(run_.archive());
}

Result<std::int64_t> Engine::ReserveStep() {
  const std::int64_t step = next_step_;
  AVO_RETURN_IF_ERROR(SaveStepCounter(run_.archive(), step + 1, RngState()));
  next_step_ = step + 1;
  return step;
}

std::string Engine::Observe(std::int64_t step, int island) {
  Island& is = population_.island(island);
  if (is.supervisor == nullptr) return "";
  auto notes = ReadFile(run_.paths().notes());
  auto iv = is.supervisor->Observe(run_.lineage(island), run_.archive(), notes.ok() ? *notes : "",
                                   island, [this] { return Stopping(); });
  if (!iv) return "";
  is.directions = iv->directions;
  // Best effort: the directions already steer this process's next steps; a failed record loses
  // only the history and, on resume, the directions (the supervisor gives new ones).
  IgnoreError(run_.archive().RecordEvent(step, "intervention", iv->trigger,
                                         {{"trigger", iv->trigger},
                                          {"review", iv->review},
                                          {"directions", iv->directions},
                                          {"last_attempt", iv->last_attempt},
                                          {"island", island},
                                          {"cost", CostToJson(iv->cost)}}));
  IgnoreError(SaveDirections(run_.archive(), island, is.directions));
  std::string line = fmt::format("supervisor{}: {}; {} new direction(s)",
                                 run_.islands() > 1 ? fmt::format(" of island {}", island) : "",
                                 iv->trigger, iv->directions.size());
  Emit(ProgressEvent::Kind::kIntervention, step, line);
  return line;
}

Status Engine::SaveStepState() {
  // The counter and the random state are kept together, so that a resumed run neither reuses a
  // step's directory nor replays its random draws.
  return SaveStepCounter(run_.archive(), next_step_, RngState(), ActiveSeconds());
}

void Engine::RecordStepCost(std::int64_t step, const AttemptCost& cost) {
  if (cost.tokens_in == 0 && cost.tokens_out == 0 && cost.cost_usd == 0) return;
  // Best effort: a lost record under-counts the run's spending, it changes no version.
  IgnoreError(run_.archive().RecordEvent(
      step, "cost",
      fmt::format("{} tokens in, {} out, {:.4f} USD not carried by an attempt", cost.tokens_in,
                  cost.tokens_out, cost.cost_usd),
      {{"cost", CostToJson(cost)}}));
}

StepContext Engine::ContextFor(const StepRun& r, int island) {
  const EvolveOptions& o = r.o;
  StepContext ctx;
  ctx.task = &run_.task();
  ctx.lineage = &run_.lineage(island);
  ctx.archive = &run_.archive();
  ctx.evaluator = r.w.evaluator;
  ctx.suite = suite_;
  ctx.step = r.step;
  ctx.rng = &rng_;
  ctx.directions = population_.island(island).directions;
  ctx.run_dir = run_.dir();
  ctx.step_dir = run_.paths().step(r.step).dir();
  ctx.budget = StepBudgetLeft(o.budget, {o.steps, o.time_limit_s, o.run_budget}, clock_(),
                              run_.archive(), ActiveSeconds());
  ctx.submit = [this, step = r.step, &w = r.w, slot = r.slot, island](const Submission& s) {
    return JudgeOn(
        {&s, step, w.evaluator, island, w.op->name(), board_ ? &*board_ : nullptr, slot});
  };
  ctx.cancelled = [this] { return Stopping(); };
  ctx.spend = [this, step = r.step](const AttemptCost& cost) {
    // Best effort, as RecordStepCost: a lost record under-counts; it changes no version.
    IgnoreError(run_.archive().RecordSpending(step, cost));
  };
  return ctx;
}

Status Engine::StopOnInfraError(std::int64_t step) {
  // Best effort: the run stops with the infra error whether or not the archive takes these; the
  // error the caller gets is the one that matters.
  IgnoreError(run_.archive().RecordEvent(step, "infra_error", *infra_error()));
  // The step's directory is used; a resumed run starts after it (and after any step in flight).
  next_step_ = std::max(next_step_, step + 1);
  IgnoreError(SaveStepState());
  Emit(ProgressEvent::Kind::kStop, step, "stopped: " + *infra_error());
  return Status::Unavailable(*infra_error());
}

bool Engine::EndStep(const EvolveOptions& o, std::int64_t step, int island,
                     const Result<StepReport>& report, Loop& loop) {
  std::string line;
  if (report.ok()) {
    RecordStepCost(step, report->cost);
    loop.operator_errors = 0;
    if (report->committed) ++loop.commits;
    // Submissions were reported as attempts already; say something only for a silent step.
    if (report->submissions == 0) line = report->summary;
    loop.idle_steps = report->submissions == 0 ? loop.idle_steps + 1 : 0;
  } else {
    ++loop.operator_errors;
    ++loop.operator_errors_total;
    line = "operator error: " + report.status().message();
    // Best effort: the error reaches the caller through the progress line and, after
    // max_operator_errors, the returned Status.
    IgnoreError(run_.archive().RecordEvent(step, "operator_error", report.status().message()));
  }
  ++loop.steps_run;
  if (Status st = SaveStepState(); !st.ok()) {
    loop.error = st;
    return false;
  }
  if (!line.empty()) Emit(ProgressEvent::Kind::kStepEnd, step, line);
  if (loop.idle_steps >= o.max_idle_steps) {
    // A finite search space (knobs) can be exhausted; spinning on it would only burn time.
    loop.stop_reason =
        fmt::format("the operator proposed nothing new in {} steps", loop.idle_steps);
    return false;
  }
  if (loop.operator_errors >= o.max_operator_errors) {
    loop.error = Status::Unavailable(fmt::format("{} steps in a row failed; last: {}",
                                                 loop.operator_errors, report.status().message()));
    return false;
  }
  Observe(step, island);
  return true;
}

// A due migration takes the step: the population proposes its migrant, the judge judges it on
// the target island, and a migrant kept out becomes an example in the target's directions.
Result<StepReport> Engine::MigrationStep(std::unique_lock<std::mutex>& lock, const StepRun& r,
                                         int& island) {
  const auto [from, to] = *population_.TakeMigration();
  island = to;
  Emit(ProgressEvent::Kind::kStepStart, r.step,
       fmt::format("step {} (migration island {} -> {}{})", r.step, from, to,
                   r.parallel ? ", " + r.w.slot : ""));
  auto migrant = Population::ProposeMigrant(run_, from, to);
  if (!migrant.ok()) {
    population_.Judged({from, to});
    IgnoreError(population_.Save(run_.archive()));
    return migrant.status();
  }
  if (board_) board_->Set(r.slot, "migrating", r.step, 0);
  lock.unlock();
  const Verdict v = JudgeOn({&migrant->submission, r.step, r.w.evaluator, to, "migration",
                             board_ ? &*board_ : nullptr, r.slot});
  lock.lock();
  IgnoreError(run_.archive().RecordEvent(
      r.step, "migration",
      fmt::format("island {} v{} to island {}: {}", from, migrant->source.number, to, v.reason),
      {{"from", from},
       {"to", to},
       {"version", migrant->source.number},
       {"attempt", v.attempt_id},
       {"committed", v.committed}}));
  if (!v.committed && v.attempt_id > 0 && !infra_error()) population_.KeptOut(run_, *migrant);
  // A migrant identical to one of the target's versions makes no attempt: say so here, and
  // count the step as a submission all the same (the engine's own, not an idle operator's).
  if (v.attempt_id == 0) {
    Emit(ProgressEvent::Kind::kStepEnd, r.step,
         fmt::format("migration from island {}: {}", from, v.reason));
  }
  if (!infra_error()) {  // judged: done (else it stays pending for the resumed run)
    population_.Judged({from, to});
    IgnoreError(population_.Save(run_.archive()));
  }
  StepReport report;
  report.submissions = 1;
  report.committed = v.committed;
  return report;
}

Result<StepReport> Engine::VaryStep(std::unique_lock<std::mutex>& lock, const StepRun& r,
                                    int& island) {
  island = population_.NextTurn();
  IgnoreError(population_.Save(run_.archive()));
  Emit(ProgressEvent::Kind::kStepStart, r.step,
       fmt::format("step {} ({}{}{})", r.step, r.w.op->name(),
                   run_.islands() > 1 ? fmt::format(", island {}", island) : "",
                   r.parallel ? ", " + r.w.slot : ""));
  StepContext ctx = ContextFor(r, island);
  std::mt19937_64 rng;
  if (r.parallel) {
    rng.seed(r.seed);
    ctx.rng = &rng;
    ctx.lineage = &r.reader->lineage(island);
    ctx.archive = &r.reader->archive();
  }
  if (board_) board_->Set(r.slot, "varying", r.step, 0);
  lock.unlock();
  auto report = r.w.op->Vary(ctx);
  lock.lock();
  return report;
}

void Engine::RunWorker(const EvolveOptions& o, const Worker& w, int slot, bool parallel,
                       Loop& loop) {
  // In parallel the operator reads the run through handles of its own (a second SQLite
  // connection, a second libgit2 repository), so that it never shares one with a commit.
  std::unique_ptr<Run> reader;
  if (parallel) {
    auto r = Run::Open(run_.dir(), false);
    std::lock_guard<std::mutex> lock(mu_);
    if (!r.ok()) {
      loop.error = r.status().WithContext("slot " + w.slot);
      return;
    }
    reader = std::move(r).value();
  }
  const StopRule rule{o.steps, o.time_limit_s, o.run_budget};
  std::unique_lock<std::mutex> lock(mu_);
  while (!loop.stop_reason && !loop.error && !infra_error()) {
    if (auto why = StopBeforeStep(rule, loop.started, clock_(), stop_requested && stop_requested(),
                                  run_.archive(), ActiveSeconds())) {
      loop.stop_reason = *why;
      break;
    }
    const std::int64_t step = next_step_++;
    ++loop.started;
    // Each parallel step draws from a generator seeded from the run's, drawn before the state is
    // kept: the run's random state stays one sequence however the steps interleave, and a
    // resumed run does not replay a killed step's draws.
    const std::uint64_t step_seed = parallel ? rng_() : 0;
    // The counter is kept ahead of every step in flight: a resumed run reuses no step's
    // directory, whichever of them a kill interrupted.
    if (Status st = SaveStepState(); !st.ok()) {
      loop.error = st;
      break;
    }
    StepRun sr{o, w, slot, parallel, reader.get(), step, step_seed};
    int island = 0;
    Result<StepReport> report =
        population_.MigrationDue() ? MigrationStep(lock, sr, island) : VaryStep(lock, sr, island);
    if (board_) board_->Set(slot, "idle", 0, 0);
    // The judge cannot be trusted: stop before anything else happens in this run.
    if (infra_error()) {
      if (report.ok()) RecordStepCost(step, report->cost);   // what it spent is still counted
      if (!loop.error) loop.error = StopOnInfraError(step);  // the first worker to see it
      break;
    }
    if (!EndStep(o, step, island, report, loop)) break;
  }
}

Result<EvolveSummary> Engine::Evolve(const EvolveOptions& o) {
  AVO_RETURN_IF_ERROR(Open(o.suite, o.seed));
  std::vector<Worker> workers = workers_;
  if (workers.empty()) workers.push_back({evaluator_.Describe(), &evaluator_, &op_});
  {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<std::string> names;
    names.reserve(workers.size());
    for (const Worker& w : workers) names.push_back(w.slot);
    board_.emplace(run_.paths(), names);
    board_->Set(0, "idle", 0, 0);
  }
  Loop loop;
  if (workers.size() == 1) {
    RunWorker(o, workers[0], 0, false, loop);
  } else {
    std::vector<std::thread> threads;
    threads.reserve(workers.size());
    for (std::size_t i = 0; i < workers.size(); ++i) {
      // An exception escaping a thread would end the process without a word: it ends the loop
      // with one line instead, as the single worker's reaches main.
      threads.emplace_back([this, &o, &workers, &loop, i] {
        try {
          RunWorker(o, workers[i], static_cast<int>(i), true, loop);
        } catch (const std::exception& e) {
          std::lock_guard<std::mutex> lock(mu_);
          if (!loop.error) {
            loop.error = Status::Internal(fmt::format("slot {}: {}", workers[i].slot, e.what()));
          }
          judge_.Cancel();  // the other workers stop at their next step
        }
      });
    }
    for (auto& t : threads) t.join();
  }
  board_->Remove();
  board_.reset();
  if (loop.error) return *loop.error;
  EvolveSummary summary;
  summary.steps_run = loop.steps_run;
  summary.commits = loop.commits;
  summary.operator_errors = loop.operator_errors_total;
  summary.stop_reason = loop.stop_reason.value_or("stopped");
  if (auto best = Population::BestOfAll(run_)) {
    summary.best_version = best->number;
    summary.best_scalar = best->scalar;
  }
  Emit(ProgressEvent::Kind::kStop, next_step_, summary.stop_reason);
  return summary;
}

}  // namespace avo
