// avo remeasure RUN: the lineage's versions measured again side by side, in one interleaved
// evaluation, and printed as a trajectory with paired intervals (engine/remeasure.h). Takes the
// run's lock: a measurement beside a running evolve would disturb both. Keeps the result as
// RUN/remeasure.json for the reports. Exit status: 0 measured, 1 bad input or failure.
#include <iostream>

#include "avo/engine/remeasure.h"
#include "avo/report/remeasurement_table.h"
#include "common.h"

namespace avo::cli {

void AddRemeasure(CLI::App& app) {
  struct Flags {
    std::string target, run, suite;
    std::vector<std::string> versions;
    int rounds = 0;
    bool json = false;
    EvalFlags eval;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand(
      "remeasure",
      "measure a lineage's versions again side by side; print the trajectory with "
      "paired intervals");
  cmd->add_option("target", f->target, "run directory (or task directory, with --run)")->required();
  cmd->add_option("--run", f->run, "run directory for a task target");
  cmd->add_option("--versions", f->versions, "versions to measure (v0 v3 head ...; default: all)")
      ->delimiter(',');
  cmd->add_option("--suite", f->suite, "suite to measure on (default: the task's default suite)");
  cmd->add_option("--rounds", f->rounds,
                  "paired rounds per configuration (default: the task's [gate] rounds)")
      ->check(CLI::Range(2, 1000));
  cmd->add_flag("--json", f->json, "machine-readable output (the content of RUN/remeasure.json)");
  AddEvalFlags(*cmd, f->eval);
  cmd->callback([f] {
    auto dir = RunDirFor(f->target, f->run);
    if (!dir.ok()) Exit(Fail(dir.status()));
    if (!Run::Exists(*dir)) Exit(Fail(dir->string() + ": no run there"));
    auto run = Run::Open(*dir, true, ToolDirs());
    if (!run.ok()) Exit(Fail(run.status()));
    auto evaluator = OrExit(MakeEvaluator(**run, f->eval));
    RemeasureOptions o{f->versions, f->suite, f->rounds};
    auto t = Remeasure(**run, *evaluator, o);
    if (!t.ok()) Exit(Fail(t.status()));
    const nlohmann::json j = RemeasurementToJson(*t);
    if (Status st = WriteFileAtomic(RemeasurePath(**run), JsonText(j) + "\n"); !st.ok())
      Exit(Fail(st));
    if (f->json) {
      std::cout << JsonText(j) << "\n";
    } else {
      std::cout << FormatRemeasurement(*t);
    }
  });
}

}  // namespace avo::cli
