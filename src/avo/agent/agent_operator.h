// The agentic variation operator of AVO (§3): Vary(P_t) = Agent(P_t, K, f).
//
// One step: a workspace (RUN/steps/N/workspace) with the best version's files, the knowledge base
// K indexed into RUN/kb.db, the standard tools (agent/tool.h), and the agent loop
// (agent/agent_loop.h) driving a language model until it commits or a budget is spent. The
// transcript is RUN/steps/N/transcript.jsonl, linked from every attempt of the step.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "avo/agent/agent_settings.h"
#include "avo/llm/provider.h"
#include "avo/operators/operator.h"

namespace avo::agent {

class AgentOperator final : public VariationOperator {
 public:
  AgentOperator(std::unique_ptr<llm::ChatProvider> provider, AgentSettings settings,
                std::vector<std::filesystem::path> kb_paths = {});
  [[nodiscard]] std::string name() const override { return "agent"; }
  // Errors: the lineage or workspace cannot be prepared (IoError), the knowledge base cannot be
  // indexed, or a fatal LLM error (one line, from the provider).
  Result<StepReport> Vary(StepContext& ctx) override;

 private:
  std::unique_ptr<llm::ChatProvider> provider_;
  AgentSettings settings_;
  std::vector<std::filesystem::path> kb_paths_;
};

}  // namespace avo::agent
