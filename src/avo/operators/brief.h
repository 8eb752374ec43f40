// BRIEF.md: what an external coding agent (Claude Code, Codex, aider... run by the exec operator)
// is told about a step: the task and its rules, the best scores, the lineage and recent attempts,
// the supervisor's directions, the notes, how to score the workspace with `avo eval`, and where
// the knowledge base is.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/operators/operator.h"

namespace avo {

struct BriefInputs {
  const StepContext* ctx = nullptr;
  std::vector<Version> versions;
  std::vector<AttemptRecord> attempts;  // newest first
  std::string notes;
  std::filesystem::path workspace;
  std::filesystem::path avo_binary;  // how to call avo (absolute path, or "avo")
  std::vector<std::filesystem::path> kb_paths;
  std::filesystem::path kb_db;  // RUN/kb.db when it exists
  // How the step ends: false, avo takes the files when the agent's command exits (the exec
  // operator); true, the agent evaluates and commits itself with `avo step` (engine/step.h).
  bool step_commands = false;
};

std::string BuildBrief(const BriefInputs& in);

}  // namespace avo
