// avo evolve TARGET: run variation steps on a run (created from a task on first use), resuming
// wherever the last invocation stopped, however it stopped.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "avo/engine/assemble.h"
#include "avo/engine/engine.h"
#include "avo/engine/registry.h"
#include "avo/eval/slots.h"
#include "avo/report/tables.h"
#include "common.h"

namespace avo::cli {
namespace {

std::atomic<int> g_signals{0};

void OnSignal(int) {
  // First signal: finish the current attempt and stop cleanly. Second: stop now; the archive and
  // lineage are consistent at every instant, so nothing is lost either way.
  if (g_signals.fetch_add(1) >= 1) _exit(130);
}

std::string ProgressLine(const ProgressEvent& e) {
  std::string best = e.best_version >= 0
                         ? fmt::format("best v{} {:.4g} {}", e.best_version, e.best_scalar, e.unit)
                         : "no version yet";
  return fmt::format("[{:>8}] step {:<4} | {} | {}", FormatDuration(e.elapsed_s), e.step, best,
                     e.message);
}

struct EvolveFlags {
  std::string target, run, op = "mutate", suite, time, step_time, config, exec_command, gpus;
  int steps = 0;
  int jobs = 0;            // 0: one, or one per --gpus GPU
  int islands = 0;         // 0: the run's count (1 for a new run)
  int migrate_every = -1;  // commits of an island between migrations; -1: the run's, else 4
  std::uint64_t seed = 0;
  bool quiet = false;
  EvalFlags eval;
};

template <typename T>
T OrExit(Result<T> r) {
  if (!r.ok()) Exit(Fail(r.status()));
  return std::move(r).value();
}

EvolveOptions Options(const EvolveFlags& f) {
  EvolveOptions o;
  o.steps = f.steps;
  o.suite = f.suite;
  o.seed = f.seed;
  if (!f.time.empty()) o.time_limit_s = OrExit(ParseDuration(f.time, "--time"));
  if (!f.step_time.empty()) o.budget.wall_s = OrExit(ParseDuration(f.step_time, "--step-time"));
  return o;
}

// The evaluation slots the flags ask for (eval/slots.h). Under Slurm the cluster places each
// job: the slots only bound how many are in flight, and the GPUs come from [eval] gres.
std::vector<Slot> SlotsFor(const EvolveFlags& f, bool slurm) {
  if (!f.gpus.empty() && f.eval.gpu) Exit(Fail("--gpu and --gpus: give one of them"));
  if (slurm && (!f.gpus.empty() || f.eval.gpu)) {
    Exit(Fail(fmt::format("{}: with [eval] backend = \"slurm\" the GPUs come from [eval] gres",
                          f.gpus.empty() ? "--gpu" : "--gpus")));
  }
  std::vector<Slot> slots =
      OrExit(PlanSlots(f.jobs, f.gpus, slurm ? std::vector<int>{} : AllowedCores()));
  if (slurm) {
    for (std::size_t i = 0; i < slots.size(); ++i) slots[i].name = fmt::format("slurm{}", i);
  }
  return slots;
}

// What a run needs beside its engine for islands and slots; owns the extra operators,
// supervisors and evaluators the engine points to.
struct Population {
  std::vector<std::unique_ptr<VariationOperator>> ops;      // one per slot beyond the first
  std::vector<std::unique_ptr<Supervisor>> supervisors;     // one per island beyond the first
  std::vector<std::unique_ptr<LocalEvaluator>> evaluators;  // one per slot, when several
};

// One supervisor per island, each watching its own (a resumed population keeps its count).
void SetUpIslands(const EvolveFlags& f, Run& run, RunParts& parts, Engine& engine, Population& p) {
  const int islands = f.islands > 0 ? f.islands : run.islands();
  if (islands == 1 && f.islands == 0) return;
  std::vector<Supervisor*> sv = {parts.supervisor.get()};
  for (int i = 1; i < islands; ++i) {
    p.supervisors.push_back(OrExit(MakeSupervisor(parts.config)));
    sv.push_back(p.supervisors.back().get());
  }
  engine.SetIslands(f.islands, f.migrate_every, sv);
}

void SetUpWorkers(const EvolveFlags& f, const std::vector<Slot>& slots, bool slurm, Run& run,
                  RunParts& parts, Engine& engine, Population& p) {
  if (slots.size() == 1 && f.gpus.empty() && !slurm) return;
  std::vector<Worker> workers;
  workers.reserve(slots.size());
  for (std::size_t i = 0; i < slots.size(); ++i) {
    p.evaluators.push_back(MakeEvaluator(run, f.eval, slots[i]));
    workers.push_back(
        {slots[i].name, p.evaluators.back().get(), i == 0 ? parts.op.get() : p.ops[i - 1].get()});
  }
  engine.SetWorkers(std::move(workers));
}

void Announce(const EvolveFlags& f, Run& run, const RunParts& parts, const std::vector<Slot>& slots,
              bool several) {
  std::cerr << "run " << run.dir().string() << " (task " << run.task().name << ", operator "
            << parts.op->name();
  if (several) {
    std::vector<std::string> names;
    names.reserve(slots.size());
    for (const Slot& s : slots) names.push_back(s.name);
    std::cerr << fmt::format(", {} slot(s): {}", slots.size(), fmt::join(names, " "));
  }
  if (run.islands() > 1 || f.islands > 1)
    std::cerr << fmt::format(", {} islands", std::max(run.islands(), f.islands));
  std::cerr << ")\n";
  if (f.steps == 0 && f.time.empty()) {
    // Unbounded is allowed (multi-day runs), but say so.
    std::cerr << "running until stopped (no --steps or --time); Ctrl-C stops after the current "
                 "attempt\n";
  }
}

void Evolve(const EvolveFlags& f, bool op_given) {
  EvolveOptions o = Options(f);
  // Everything the user gave is checked before a run directory is created: bad input leaves
  // nothing behind.
  auto dir = RunDirFor(f.target, f.run);
  RunOverrides overrides{f.config, std::nullopt, f.exec_command, SelfDirectory() / "avo"};
  if (op_given) overrides.op = f.op;
  RunParts parts = OrExit(AssembleRun(overrides, dir.ok() ? *dir : std::filesystem::path()));
  if (f.step_time.empty() && parts.config.agent.max_wall_s)
    o.budget.wall_s = *parts.config.agent.max_wall_s;
  o.run_budget = parts.config.budget;
  if (!dir.ok()) Exit(Fail(dir.status()));
  if (Status st = CheckTargetAndSuite(f.target, *dir, f.suite); !st.ok()) Exit(Fail(st));
  if (f.islands > Run::kMaxIslands)
    Exit(Fail(fmt::format("--islands {}: at most {}", f.islands, Run::kMaxIslands)));
  const bool slurm = parts.config.eval_backend == "slurm";
  const std::vector<Slot> slots = SlotsFor(f, slurm);
  // One operator per further slot, made before the run exists (its errors leave nothing behind).
  Population pop;
  for (std::size_t i = 1; i < slots.size(); ++i)
    pop.ops.push_back(OrExit(MakeOperator(parts.op_name, parts.op_options)));
  auto run = OrExit(Run::Exists(*dir) ? Run::Open(*dir, true, ToolDirs())
                                      : Run::Create(f.target, *dir, ToolDirs()));
  if (f.islands > 0 && f.islands != run->islands() && OrExit(run->lineage().Head())) {
    Exit(Fail(fmt::format("--islands {}: the run has {} island(s), fixed when it began", f.islands,
                          run->islands())));
  }
  // Kept before the evaluators are made: they read where to evaluate from RUN/avo.toml.
  if (Status saved = SaveRunConfig(parts.config, run->dir()); !saved.ok()) Exit(Fail(saved));
  auto evaluator = MakeEvaluator(*run, f.eval);
  Engine engine(*run, *evaluator, *parts.op, parts.supervisor.get());
  SetUpIslands(f, *run, parts, engine, pop);
  SetUpWorkers(f, slots, slurm, *run, parts, engine, pop);
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  engine.stop_requested = [] { return g_signals.load() > 0; };
  if (!f.quiet) {
    engine.on_progress = [](const ProgressEvent& e) { std::cerr << ProgressLine(e) << std::endl; };
  }
  Announce(f, *run, parts, slots, !pop.evaluators.empty());
  auto summary = OrExit(engine.Evolve(o));
  std::cout << fmt::format("{}: {} step(s), {} commit(s); best v{} {:.4g} {}\n",
                           summary.stop_reason, summary.steps_run, summary.commits,
                           summary.best_version, summary.best_scalar, run->task().unit);
}

}  // namespace

void AddEvolve(CLI::App& app) {
  auto f = std::make_shared<EvolveFlags>();
  auto* cmd = app.add_subcommand("evolve", "run variation steps; resumes an existing run");
  cmd->add_option("target", f->target,
                  "a run directory, or a task directory (the run is created on first use)")
      ->required();
  cmd->add_option("--run", f->run, "run directory for a task target (default: runs/<task name>)");
  cmd->add_option("--steps", f->steps, "number of steps to run (default: until --time or Ctrl-C)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--time", f->time, "wall-clock limit, e.g. 90s, 30m, 12h, 7d");
  auto* op_flag = cmd->add_option(
      "--operator", f->op,
      "variation operator: " + fmt::format("{}", fmt::join(OperatorNames(), ", ")) +
          " (default: the run's or the config's `operator`, else mutate; kept in RUN/avo.toml)");
  cmd->add_option("--config", f->config,
                  "run configuration (avo.toml: [llm], [agent], [supervisor], [exec], [kb]); kept "
                  "as RUN/avo.toml");
  cmd->add_option("--exec-command", f->exec_command,
                  "the exec operator's coding-agent command (overrides [exec] command; kept in "
                  "RUN/avo.toml)");
  cmd->add_option("--suite", f->suite,
                  "suite the commit gate scores on (default: the task's default suite)");
  cmd->add_option("--step-time", f->step_time, "wall-clock limit of one step (default 1h)");
  cmd->add_option("--seed", f->seed, "random seed of a new run (default: random)");
  cmd->add_option("--jobs", f->jobs,
                  "steps in flight at once, each evaluating on a slot of its own (default 1, or "
                  "one per --gpus GPU); CPU slots split the cores avo may use")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--islands", f->islands,
                  "a population of K lineages (islands, branches of the one lineage), steps spread "
                  "over them, migration in a ring; fixed when the run begins (default 1)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--migrate-every", f->migrate_every,
                  "commits of an island between migrations of its best to the next island "
                  "(default: the run's, else 4; 0: never)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--gpus", f->gpus,
                  "evaluation slots, one per GPU: indices separated by commas (e.g. 0,1,2,3)");
  cmd->add_flag("-q,--quiet", f->quiet, "no progress lines");
  AddEvalFlags(*cmd, f->eval);
  cmd->callback([f, op_flag] { Evolve(*f, op_flag->count() > 0); });
}

}  // namespace avo::cli
