// The agent's system prompt, built afresh for every step from the task and the run's state:
// goal and description, the rules (editable files only, correctness first, the commit gate), the
// tools, the lineage with the best version's per-configuration scores, the supervisor's directions
// (AVO §3.3) and the notes carried from earlier steps.
#pragma once

#include <string>
#include <vector>

#include "avo/lineage/lineage.h"
#include "avo/llm/message.h"
#include "avo/operators/operator.h"

namespace avo::agent {

struct PromptInputs {
  const TaskSpec* task = nullptr;
  std::string suite;
  std::int64_t step = 0;
  std::vector<Version> versions;        // the lineage, seed first
  std::vector<std::string> directions;  // the supervisor's, may be empty
  std::string notes;                    // RUN/notes.md
  std::vector<llm::ToolSpec> tools;
  bool has_kb = false;
  StepBudget budget;
  int max_turns = 0;
};

std::string BuildSystemPrompt(const PromptInputs& in);
// The first user message: what to do in this step.
std::string BuildKickoff(const PromptInputs& in, int parent_version);

}  // namespace avo::agent
