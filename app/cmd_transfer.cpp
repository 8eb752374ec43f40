// `avo export RUN DIR` writes a run as plain files that git carries (a git bundle of the
// lineage, the archive as SQL text, the task snapshot, the operators' records); `avo import DIR
// RUN` rebuilds a run from them anywhere; `avo export RUN VERSION --to DIR` writes one version's
// files with their provenance, as the shipped kernel library takes them (engine/run_transfer.h).
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "avo/engine/run_transfer.h"
#include "common.h"

namespace avo::cli {

namespace {

// `avo export RUN VERSION --to DIR`: one version's files and their provenance.
void ExportOneVersion(const std::filesystem::path& run, const std::string& version,
                      const std::string& to, bool json) {
  auto v = ExportVersion(run, version, to);
  if (!v.ok()) Exit(Fail(v.status()));
  if (json) {
    std::cout << JsonText(nlohmann::json{{"dir", to},
                                         {"version", v->version},
                                         {"commit", v->commit},
                                         {"files", v->files}})
              << "\n";
    return;
  }
  std::cout << fmt::format("wrote v{} ({} files) and PROVENANCE.json to {}\n", v->version,
                           v->files.size(), to);
}

}  // namespace

void AddExport(CLI::App& app) {
  struct Flags {
    std::string target, what, to, sign;
    bool json = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand(
      "export",
      "write the run as files git carries (lineage bundle, archive SQL, task, records), or with "
      "--to one version's files and their provenance");
  cmd->add_option("run", f->target, "run directory")->required();
  cmd->add_option("what", f->what,
                  "directory to write (new, or an earlier export to replace); with --to, the "
                  "version (v5, head, best)")
      ->required();
  cmd->add_option("--to", f->to,
                  "write the version's editable files and PROVENANCE.json into this directory "
                  "(e.g. kernels/attention)");
  cmd->add_option("--sign", f->sign,
                  "sign export.json with this SSH private key (export.json.sig; ssh-keygen -Y "
                  "sign, namespace avo-export)");
  cmd->add_flag("--json", f->json, "machine-readable output");
  cmd->callback([f] {
    auto dir = RunDirFor(f->target, "");
    if (!dir.ok()) Exit(Fail(dir.status()));
    if (!f->to.empty()) {
      ExportOneVersion(*dir, f->what, f->to, f->json);
      return;
    }
    auto s = ExportRun(*dir, f->what, {f->sign});
    if (!s.ok()) Exit(Fail(s.status()));
    if (f->json) {
      std::cout << JsonText(nlohmann::json{{"dir", f->what},
                                           {"versions", s->versions},
                                           {"attempts", s->attempts},
                                           {"head", s->head}})
                << "\n";
      return;
    }
    std::cout << fmt::format("exported {} versions and {} attempts to {}{}\n", s->versions,
                             s->attempts, f->what, f->sign.empty() ? "" : ", signed");
  });
}

void AddImport(CLI::App& app) {
  struct Flags {
    std::string from, target, allowed_signers;
    bool retrust_tools = false, trust_exec = false, trust_llm = false, json = false;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand(
      "import", "rebuild a run from an `avo export` directory, checked before it is put in place");
  cmd->add_option("dir", f->from, "the export's directory")->required();
  cmd->add_option("run", f->target, "run directory to create (must not exist)")->required();
  cmd->add_flag("--retrust-tools", f->retrust_tools,
                "accept this machine's build of the task's programs (recorded in the archive)");
  cmd->add_option("--allowed-signers", f->allowed_signers,
                  "accept only an export signed by one of these SSH signers (ssh-keygen's "
                  "allowed-signers format) whose checksums cover every file");
  cmd->add_flag("--trust-exec", f->trust_exec,
                "accept the export's [exec] command (else it is not run until given again as "
                "`avo evolve --exec-command`)");
  cmd->add_flag("--trust-llm", f->trust_llm,
                "accept the export's [llm] endpoint (base_url, api_key_env; else nothing is sent "
                "to it until you give `avo evolve --config` an avo.toml of your own)");
  cmd->add_flag("--json", f->json, "machine-readable output");
  cmd->callback([f] {
    ImportOptions options;
    options.tool_dirs = ToolDirs();
    options.retrust_tools = f->retrust_tools;
    options.trust_exec = f->trust_exec;
    options.trust_llm = f->trust_llm;
    options.allowed_signers = f->allowed_signers;
    auto s = ImportRun(f->from, f->target, options);
    if (!s.ok()) Exit(Fail(s.status()));
    if (f->json) {
      std::cout << JsonText(nlohmann::json{{"run", f->target},
                                           {"versions", s->run.versions},
                                           {"attempts", s->run.attempts},
                                           {"head", s->run.head},
                                           {"retrusted", s->retrusted},
                                           {"exec_pending", s->exec_pending},
                                           {"llm_pending", s->llm_pending},
                                           {"signed_by", s->signed_by}})
                << "\n";
      return;
    }
    std::cout << fmt::format("imported {} versions and {} attempts into {}{}\n", s->run.versions,
                             s->run.attempts, f->target,
                             s->signed_by.empty() ? "" : ", signed by " + s->signed_by);
    for (const auto& key : s->retrusted)
      std::cout << fmt::format("retrusted {}: this machine's build judges from now on\n", key);
    if (!s->exec_pending.empty()) {
      std::cout << fmt::format(
          "the run's exec command came with the export and will not run until you accept it: "
          "`{}` (give it as `avo evolve {} --exec-command ...`)\n",
          s->exec_pending, f->target);
    }
    if (!s->llm_pending.empty()) {
      std::cout << fmt::format(
          "the run's [llm] endpoint came with the export and receives nothing until you accept "
          "it: {} (give `avo evolve {} --config FILE` an avo.toml of your own)\n",
          s->llm_pending, f->target);
    }
  });
}

}  // namespace avo::cli
