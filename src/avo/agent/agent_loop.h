// The agent loop of AVO (§3.2): one variation step as a multi-turn conversation in which the model
// plans, edits, builds, evaluates, diagnoses and repairs through tools, and decides itself when a
// version is worth committing. It ends when
//   - a commit is accepted (the commit tool's verdict),
//   - the model ends its turn without a tool call twice in a row (it says it is done),
//   - a budget is spent: turns (AgentSettings::max_turns), tokens, cost or wall time (StepBudget,
//     enforced by a UsageMeter around the provider), or the user stops the run;
// these end the step cleanly (a StepReport). A fatal LLM error (401, 404, retries exhausted, a
// context overflow that compaction could not cure) ends it with an error Status of one line; the
// provider has already retried 429/5xx/dropped connections itself.
//
// Context: when the conversation nears the model's context_window (AgentSettings::compact_at) it
// is compacted (compaction.h); when the provider still reports "context length exceeded" the loop
// compacts harder and retries the call once.
//
// Every message, request, response, tool call and compaction is written to the transcript
// (transcript.h). Tokens and USD spent go into each Submission::cost (since the previous
// submission, via ToolEnv::take_cost) and the rest into StepReport::cost.
#pragma once

#include <string>
#include <vector>

#include "avo/agent/agent_settings.h"
#include "avo/agent/tool.h"
#include "avo/llm/provider.h"
#include "avo/operators/operator.h"
#include "avo/operators/transcript.h"

namespace avo::agent {

struct AgentStep {
  StepContext* ctx = nullptr;
  ToolBox* tools = nullptr;
  ToolEnv* env = nullptr;  // its workspace, kb, notes path, parent, counters
  Transcript* transcript = nullptr;
  std::string system_prompt;
  std::string kickoff;  // the first user message
};

class AgentLoop {
 public:
  AgentLoop(llm::ChatProvider& provider, AgentSettings settings)
      : provider_(provider), settings_(settings) {}
  Result<StepReport> Run(AgentStep& step);

 private:
  llm::ChatProvider& provider_;
  AgentSettings settings_;
};

}  // namespace avo::agent
