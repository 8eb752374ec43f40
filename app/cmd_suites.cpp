// avo add-suites: a run's frozen task gains the suites of a newer task.toml (engine/run_suites.h).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "avo/engine/run_suites.h"
#include "common.h"

namespace avo::cli {

void AddAddSuites(CLI::App& app) {
  struct Flags {
    std::string run, from;
    bool json = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand(
      "add-suites",
      "give a run the new suites of a task's task.toml (only suites: the judge stays as it was)");
  cmd->add_option("run", f->run, "run directory")->required();
  cmd->add_option("--from", f->from, "the task directory (or its task.toml) with the new suites")
      ->required();
  cmd->add_flag("--json", f->json, "machine-readable output");
  cmd->callback([f] {
    auto s = AddSuitesToRun(f->run, f->from, ToolDirs());
    if (!s.ok()) Exit(Fail(s.status()));
    if (f->json) {
      std::cout << JsonText(nlohmann::json{{"run", f->run}, {"added", s->added}}) << "\n";
      return;
    }
    std::cout << fmt::format("{}: suites added: {}\n", f->run, fmt::join(s->added, ", "));
  });
}

}  // namespace avo::cli
