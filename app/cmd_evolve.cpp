// avo evolve TARGET: run variation steps on a run (created from a task on first use), resuming
// wherever the last invocation stopped, however it stopped.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "avo/engine/assemble_evolve.h"
#include "avo/engine/registry.h"
#include "avo/report/tables.h"
#include "common.h"
#include "validators.h"

namespace avo::cli {
namespace {

std::atomic<int> g_signals{0};
std::atomic<int> g_first_signal{0};

void OnSignal(int sig) {
  // First signal: finish the current attempt and stop cleanly. Second: stop now; the archive and
  // lineage are consistent at every instant, so nothing is lost either way. Both end with the
  // shell's status for the signal (130 for SIGINT, 143 for SIGTERM), so a script that chains
  // commands after `avo evolve` can tell an interrupted run from a finished one.
  int none = 0;
  g_first_signal.compare_exchange_strong(none, sig);
  if (g_signals.fetch_add(1) >= 1) _exit(128 + sig);
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

// The request the flags make (durations parsed here: a bad one ends the command first).
EvolveRequest Request(const EvolveFlags& f, bool op_given) {
  EvolveRequest r;
  r.target = f.target;
  r.run_flag = f.run;
  r.config = f.config;
  if (op_given) r.op = f.op;
  r.exec_command = f.exec_command;
  r.options.steps = f.steps;
  r.options.suite = f.suite;
  r.options.seed = f.seed;
  if (!f.time.empty()) r.options.time_limit_s = OrExit(ParseDuration(f.time, "--time"));
  if (!f.step_time.empty())
    r.options.budget.wall_s = OrExit(ParseDuration(f.step_time, "--step-time"));
  r.step_time_given = !f.step_time.empty();
  r.jobs = f.jobs;
  r.gpus = f.gpus;
  r.islands = f.islands;
  r.migrate_every = f.migrate_every;
  r.eval = f.eval;
  return r;
}

void Announce(const EvolveFlags& f, const AssembledRun& a) {
  const Run& run = *a.run;
  std::cerr << "run " << run.dir().string() << " (task " << run.task().name << ", operator "
            << a.parts.op->name();
  if (a.several_slots()) {
    std::vector<std::string> names;
    names.reserve(a.slots.size());
    for (const Slot& s : a.slots) names.push_back(s.name);
    std::cerr << fmt::format(", {} slot(s): {}", a.slots.size(), fmt::join(names, " "));
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

// The run, to its end or to a signal; returns the exit status: 128 + the signal that stopped it,
// 1 when every step's operator failed, else 0. The run (its lock, archive and lineage) is closed
// when this returns.
int EvolveUntilStopped(const EvolveFlags& f, bool op_given) {
  // engine/assemble_evolve.h checks everything the user gave before a run directory is created.
  AssembledRun a = OrExit(AssembleEvolve(Request(f, op_given)));
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  a.engine->stop_requested = [] { return g_signals.load() > 0; };
  if (!f.quiet) {
    a.engine->on_progress = [](const ProgressEvent& e) {
      std::cerr << ProgressLine(e) << std::endl;
    };
  }
  Announce(f, a);
  auto summary = OrExit(a.engine->Evolve(a.options));
  const std::string errors = summary.operator_errors > 0
                                 ? fmt::format(", {} operator error(s)", summary.operator_errors)
                                 : "";
  std::cout << fmt::format("{}: {} step(s), {} commit(s){}; best v{} {:.4g} {}\n",
                           summary.stop_reason, summary.steps_run, summary.commits, errors,
                           summary.best_version, summary.best_scalar, a.run->task().unit);
  if (const int sig = g_first_signal.load(); sig != 0) return 128 + sig;
  // Every step of this invocation failed in its operator: nothing was tried, say so in the
  // status as well as in the progress lines (scripts chain on it).
  if (summary.steps_run > 0 && summary.operator_errors == summary.steps_run) {
    std::cerr << "avo: error: every step's operator failed (the progress lines above say why)\n";
    return 1;
  }
  return 0;
}

void Evolve(const EvolveFlags& f, bool op_given) {
  if (const int status = EvolveUntilStopped(f, op_given); status != 0) {
    std::cout.flush();
    std::exit(status);
  }
}

}  // namespace

void AddEvolve(CLI::App& app) {
  auto f = std::make_shared<EvolveFlags>();
  auto* cmd = app.add_subcommand("evolve", "run variation steps; resumes an existing run");
  cmd->add_option("target", f->target,
                  "a run directory, or a task directory (the run is created on first use)")
      ->required();
  cmd->add_option("--run", f->run, "run directory for a task target (default: runs/<task name>)");
  // At least 1: "0 steps" would read as "none" but omitting --steps means "no limit".
  cmd->add_option("--steps", f->steps, "number of steps to run (default: until --time or Ctrl-C)")
      ->check(WholeNumber(1));
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
  cmd->add_option("--seed", f->seed, "random seed of a new run (default: random)")
      ->check(CLI::Validator(
          [](const std::string& s) {
            // CLI11 would wrap a negative number round into an unsigned seed.
            return s.find_first_not_of("0123456789") == std::string::npos && !s.empty()
                       ? std::string()
                       : std::string("a whole number from 0 to 2^64 - 1");
          },
          "N"));
  cmd->add_option("--jobs", f->jobs,
                  "steps in flight at once, each evaluating on a slot of its own (default 1, or "
                  "one per --gpus GPU); CPU slots split the cores avo may use")
      ->check(WholeNumber(1, 1024));
  cmd->add_option("--islands", f->islands,
                  "a population of K lineages (islands, branches of the one lineage), steps spread "
                  "over them, migration in a ring; fixed when the run begins (default 1)")
      ->check(WholeNumber(1, 64));
  cmd->add_option("--migrate-every", f->migrate_every,
                  "commits of an island between migrations of its best to the next island "
                  "(default: the run's, else 4; 0: never)")
      ->check(WholeNumber(0));
  cmd->add_option("--gpus", f->gpus,
                  "evaluation slots, one per GPU: indices separated by commas (e.g. 0,1,2,3)");
  cmd->add_flag("-q,--quiet", f->quiet, "no progress lines");
  AddEvalFlags(*cmd, f->eval);
  cmd->callback([f, op_flag] { Evolve(*f, op_flag->count() > 0); });
}

}  // namespace avo::cli
