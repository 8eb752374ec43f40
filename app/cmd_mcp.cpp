// `avo mcp`: avo's verbs as Model Context Protocol tools on stdio (mcp_server.h), for a user's
// own coding agent. docs/operators.md has the configuration for Claude Code and Codex.
#include <CLI/CLI.hpp>
#include <iostream>

#include "avo/eval/local_evaluator.h"
#include "common.h"
#include "mcp_server.h"

namespace avo::cli {

void AddMcp(CLI::App& app) {
  auto no_sandbox = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand(
      "mcp", "serve avo's verbs (step begin/eval/commit, status, log, ...) as MCP tools on stdio");
  cmd->add_flag("--no-sandbox", *no_sandbox,
                "evaluate unconfined (for machines where no confinement works)");
  cmd->callback([no_sandbox] {
    std::vector<std::string> flags;
    if (*no_sandbox) flags.emplace_back("--no-sandbox");
    const std::string avo = (SelfDirectory() / "avo").string();
    McpServer server(AvoMcpTools(flags), [avo](const std::vector<std::string>& args) {
      ProcessOptions o;
      o.argv = {avo};
      o.argv.insert(o.argv.end(), args.begin(), args.end());
      o.timeout = std::chrono::hours(24);  // a commit on a GPU task measures for minutes
      auto r = RunProcess(o);
      if (r.ok()) return *r;
      ProcessResult failed;
      failed.exit_code = 1;
      failed.err = "avo: error: cannot run avo: " + r.status().message();
      return failed;
    });
    server.Serve(std::cin, std::cout);
  });
}

}  // namespace avo::cli
