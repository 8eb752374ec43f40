// avo evolve TARGET: run variation steps on a run (created from a task on first use), resuming
// wherever the last invocation stopped, however it stopped.
#include <csignal>
#include <cstdio>
#include <unistd.h>

#include <atomic>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "avo/engine/engine.h"
#include "avo/operators/registry.h"
#include "avo/report/tables.h"
#include "avo/supervisor/supervisor.h"
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
  std::string best = e.best_version >= 0 ? fmt::format("best v{} {:.4g} {}", e.best_version, e.best_scalar, e.unit) : "no version yet";
  return fmt::format("[{:>8}] step {:<4} | {} | {}", FormatDuration(e.elapsed_s), e.step, best, e.message);
}

}  // namespace

void AddEvolve(CLI::App& app) {
  struct Flags {
    std::string target, run, op = "mutate", suite, time, step_time;
    int steps = 0;
    std::uint64_t seed = 0;
    bool quiet = false;
    EvalFlags eval;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("evolve", "run variation steps; resumes an existing run");
  cmd->add_option("target", f->target, "a run directory, or a task directory (the run is created on first use)")->required();
  cmd->add_option("--run", f->run, "run directory for a task target (default: runs/<task name>)");
  cmd->add_option("--steps", f->steps, "number of steps to run (default: until --time or Ctrl-C)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--time", f->time, "wall-clock limit, e.g. 90s, 30m, 12h, 7d");
  cmd->add_option("--operator", f->op, "variation operator: " + fmt::format("{}", fmt::join(OperatorNames(), ", ")));
  cmd->add_option("--suite", f->suite, "suite the commit gate scores on (default: the task's default suite)");
  cmd->add_option("--step-time", f->step_time, "wall-clock limit of one step (default 1h)");
  cmd->add_option("--seed", f->seed, "random seed of a new run (default: random)");
  cmd->add_flag("-q,--quiet", f->quiet, "no progress lines");
  AddEvalFlags(*cmd, f->eval);
  cmd->callback([f] {
    EvolveOptions o;
    o.steps = f->steps;
    o.suite = f->suite;
    o.seed = f->seed;
    if (!f->time.empty()) {
      auto t = ParseDuration(f->time, "--time");
      if (!t.ok()) Exit(Fail(t.status()));
      o.time_limit_s = *t;
    }
    if (!f->step_time.empty()) {
      auto t = ParseDuration(f->step_time, "--step-time");
      if (!t.ok()) Exit(Fail(t.status()));
      o.budget.wall_s = *t;
    }
    auto op = MakeOperator(f->op, {});
    if (!op.ok()) Exit(Fail(op.status()));

    auto dir = RunDirFor(f->target, f->run);
    if (!dir.ok()) Exit(Fail(dir.status()));
    auto run = Run::Exists(*dir) ? Run::Open(*dir, true) : Run::Create(f->target, *dir);
    if (!run.ok()) Exit(Fail(run.status()));
    auto evaluator = MakeEvaluator((*run)->task(), (*run)->scratch_dir(), f->eval);
    Supervisor supervisor(SupervisorConfig{}, std::make_unique<HistoryReviewer>());
    Engine engine(**run, *evaluator, **op, &supervisor);
    std::signal(SIGINT, OnSignal);
    std::signal(SIGTERM, OnSignal);
    engine.stop_requested = [] { return g_signals.load() > 0; };
    if (!f->quiet) {
      engine.on_progress = [](const ProgressEvent& e) { std::cerr << ProgressLine(e) << std::endl; };
    }
    std::cerr << "run " << (*run)->dir().string() << " (task " << (*run)->task().name << ", operator " << (**op).name() << ")\n";
    if (f->steps == 0 && f->time.empty()) {
      // Unbounded is allowed (multi-day runs), but say so.
      std::cerr << "running until stopped (no --steps or --time); Ctrl-C stops after the current attempt\n";
    }
    auto summary = engine.Evolve(o);
    if (!summary.ok()) Exit(Fail(summary.status()));
    std::cout << fmt::format("{}: {} step(s), {} commit(s); best v{} {:.4g} {}\n", summary->stop_reason, summary->steps_run,
                             summary->commits, summary->best_version, summary->best_scalar, (*run)->task().unit);
  });
}

}  // namespace avo::cli
