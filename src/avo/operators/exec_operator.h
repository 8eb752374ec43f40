// The exec operator: an external coding agent as the variation operator (Claude Code, Codex,
// aider, or any program), the cheapest way to put a strong agent into AVO's loop (§3).
//
// One step: the workspace (RUN/steps/N/workspace: the task with the best version's files), a
// generated BRIEF.md in it (task, scores, lineage, attempts, directions, notes, how to run
// `avo eval`, where the knowledge base is) that is also given on stdin and as $AVO_BRIEF; then
// `sh -c COMMAND` in the workspace under a timeout (its process group is killed when it passes).
// Environment: AVO_BRIEF, AVO_WORKSPACE, AVO_RUN, AVO_TASK (RUN/task), AVO_STEP, AVO_MESSAGE (a
// file the agent may write its commit message to). Output goes to RUN/steps/N/exec.log.
// Afterwards the workspace's editable files are submitted like any candidate; unchanged files
// mean no submission (the step says so). The command's own exit status is recorded, not trusted:
// only the engine's evaluation decides.
#pragma once

#include <filesystem>
#include <string>

#include "avo/operators/operator.h"

namespace avo {

// avo.toml's [exec] table (engine/run_config.h parses it).
struct ExecSettings {
  std::string command;  // the coding agent's command line (sh -c), run in the workspace
  double timeout_s = 3600;
};

class ExecOperator final : public VariationOperator {
 public:
  // `avo_binary` is named in the brief for `avo eval`; empty = "avo" on PATH.
  ExecOperator(std::string command, double timeout_s, std::filesystem::path avo_binary = {},
               std::vector<std::filesystem::path> kb_paths = {});
  [[nodiscard]] std::string name() const override { return "exec"; }
  // Errors: the workspace cannot be prepared, or the command cannot be started at all.
  Result<StepReport> Vary(StepContext& ctx) override;

 private:
  std::string command_;
  double timeout_s_;
  std::filesystem::path avo_binary_;
  std::vector<std::filesystem::path> kb_paths_;
};

}  // namespace avo
