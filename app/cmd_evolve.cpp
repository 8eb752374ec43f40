// avo evolve TARGET: run variation steps on a run (created from a task on first use), resuming
// wherever the last invocation stopped, however it stopped.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "avo/engine/engine.h"
#include "avo/engine/registry.h"
#include "avo/engine/run_config.h"
#include "avo/llm/provider.h"
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
  std::string best = e.best_version >= 0
                         ? fmt::format("best v{} {:.4g} {}", e.best_version, e.best_scalar, e.unit)
                         : "no version yet";
  return fmt::format("[{:>8}] step {:<4} | {} | {}", FormatDuration(e.elapsed_s), e.step, best,
                     e.message);
}

}  // namespace

void AddEvolve(CLI::App& app) {
  struct Flags {
    std::string target, run, op = "mutate", suite, time, step_time, config, exec_command;
    int steps = 0;
    std::uint64_t seed = 0;
    bool quiet = false;
    EvalFlags eval;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("evolve", "run variation steps; resumes an existing run");
  cmd->add_option("target", f->target,
                  "a run directory, or a task directory (the run is created on first use)")
      ->required();
  cmd->add_option("--run", f->run, "run directory for a task target (default: runs/<task name>)");
  cmd->add_option("--steps", f->steps, "number of steps to run (default: until --time or Ctrl-C)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--time", f->time, "wall-clock limit, e.g. 90s, 30m, 12h, 7d");
  auto* op_flag =
      cmd->add_option("--operator", f->op,
                      "variation operator: " + fmt::format("{}", fmt::join(OperatorNames(), ", ")) +
                          " (default: the config's `operator`, else mutate)");
  cmd->add_option("--config", f->config,
                  "run configuration (avo.toml: [llm], [agent], [supervisor], [exec], [kb]); kept "
                  "as RUN/avo.toml");
  cmd->add_option("--exec-command", f->exec_command,
                  "the exec operator's coding-agent command (overrides [exec] command)");
  cmd->add_option("--suite", f->suite,
                  "suite the commit gate scores on (default: the task's default suite)");
  cmd->add_option("--step-time", f->step_time, "wall-clock limit of one step (default 1h)");
  cmd->add_option("--seed", f->seed, "random seed of a new run (default: random)");
  cmd->add_flag("-q,--quiet", f->quiet, "no progress lines");
  AddEvalFlags(*cmd, f->eval);
  cmd->callback([f, op_flag] {
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
    // Everything the user gave is checked before a run directory is created: bad input leaves
    // nothing behind.
    auto config = FindRunConfig(f->config, f->target, f->run);
    if (!config.ok()) Exit(Fail(config.status()));
    const std::string op_name = op_flag->count() == 0 && !config->op.empty() ? config->op : f->op;
    OperatorOptions oo;
    if (config->llm) oo.llm = *config->llm;
    oo.exec_command = f->exec_command.empty() ? config->exec.command : f->exec_command;
    oo.exec_timeout_s = config->exec.timeout_s;
    oo.agent = config->agent;
    oo.kb_paths = config->kb_paths;
    oo.avo_binary = SelfDirectory() / "avo";
    if (f->step_time.empty() && config->agent.max_wall_s)
      o.budget.wall_s = *config->agent.max_wall_s;
    auto op = MakeOperator(op_name, oo);
    if (!op.ok()) Exit(Fail(op.status()));
    auto reviewer = MakeReviewer(*config);
    if (!reviewer.ok()) Exit(Fail(reviewer.status().WithContext("supervisor")));

    auto dir = RunDirFor(f->target, f->run);
    if (!dir.ok()) Exit(Fail(dir.status()));
    if (Status st = CheckTargetAndSuite(f->target, *dir, f->suite); !st.ok()) Exit(Fail(st));
    auto run = Run::Exists(*dir) ? Run::Open(*dir, true, ToolDirs())
                                 : Run::Create(f->target, *dir, ToolDirs());
    if (!run.ok()) Exit(Fail(run.status()));
    if (Status saved = SaveRunConfig(*config, (*run)->dir()); !saved.ok()) Exit(Fail(saved));
    auto evaluator = MakeEvaluator(**run, f->eval);
    Supervisor supervisor(config->supervisor, std::move(reviewer).value());
    Engine engine(**run, *evaluator, **op, &supervisor);
    std::signal(SIGINT, OnSignal);
    std::signal(SIGTERM, OnSignal);
    engine.stop_requested = [] { return g_signals.load() > 0; };
    if (!f->quiet) {
      engine.on_progress = [](const ProgressEvent& e) {
        std::cerr << ProgressLine(e) << std::endl;
      };
    }
    std::cerr << "run " << (*run)->dir().string() << " (task " << (*run)->task().name
              << ", operator " << (**op).name() << ")\n";
    if (f->steps == 0 && f->time.empty()) {
      // Unbounded is allowed (multi-day runs), but say so.
      std::cerr << "running until stopped (no --steps or --time); Ctrl-C stops after the current "
                   "attempt\n";
    }
    auto summary = engine.Evolve(o);
    if (!summary.ok()) Exit(Fail(summary.status()));
    std::cout << fmt::format("{}: {} step(s), {} commit(s); best v{} {:.4g} {}\n",
                             summary->stop_reason, summary->steps_run, summary->commits,
                             summary->best_version, summary->best_scalar, (*run)->task().unit);
  });
}

}  // namespace avo::cli
