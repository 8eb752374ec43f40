// `avo export RUN DIR` writes a run as plain files that git carries (a git bundle of the
// lineage, the archive as SQL text, the task snapshot, the operators' records); `avo import DIR
// RUN` rebuilds a run from them anywhere (engine/run_transfer.h).
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "avo/engine/run_transfer.h"
#include "common.h"

namespace avo::cli {

void AddExport(CLI::App& app) {
  struct Flags {
    std::string target, out;
    bool json = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand(
      "export", "write the run as files git carries: lineage bundle, archive SQL, task, records");
  cmd->add_option("run", f->target, "run directory")->required();
  cmd->add_option("dir", f->out, "directory to write (new, or an earlier export to replace)")
      ->required();
  cmd->add_flag("--json", f->json, "machine-readable output");
  cmd->callback([f] {
    auto dir = RunDirFor(f->target, "");
    if (!dir.ok()) Exit(Fail(dir.status()));
    auto s = ExportRun(*dir, f->out);
    if (!s.ok()) Exit(Fail(s.status()));
    if (f->json) {
      std::cout << nlohmann::json{{"dir", f->out},
                                  {"versions", s->versions},
                                  {"attempts", s->attempts},
                                  {"head", s->head}}
                       .dump(2)
                << "\n";
      return;
    }
    std::cout << fmt::format("exported {} versions and {} attempts to {}\n", s->versions,
                             s->attempts, f->out);
  });
}

void AddImport(CLI::App& app) {
  struct Flags {
    std::string from, target;
    bool retrust_tools = false, json = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand(
      "import", "rebuild a run from an `avo export` directory, checked before it is put in place");
  cmd->add_option("dir", f->from, "the export's directory")->required();
  cmd->add_option("run", f->target, "run directory to create (must not exist)")->required();
  cmd->add_flag("--retrust-tools", f->retrust_tools,
                "accept this machine's build of the task's programs (recorded in the archive)");
  cmd->add_flag("--json", f->json, "machine-readable output");
  cmd->callback([f] {
    ImportOptions options;
    options.tool_dirs = ToolDirs();
    options.retrust_tools = f->retrust_tools;
    auto s = ImportRun(f->from, f->target, options);
    if (!s.ok()) Exit(Fail(s.status()));
    if (f->json) {
      std::cout << nlohmann::json{{"run", f->target},
                                  {"versions", s->run.versions},
                                  {"attempts", s->run.attempts},
                                  {"head", s->run.head},
                                  {"retrusted", s->retrusted}}
                       .dump(2)
                << "\n";
      return;
    }
    std::cout << fmt::format("imported {} versions and {} attempts into {}\n", s->run.versions,
                             s->run.attempts, f->target);
    for (const auto& key : s->retrusted)
      std::cout << fmt::format("retrusted {}: this machine's build judges from now on\n", key);
  });
}

}  // namespace avo::cli
