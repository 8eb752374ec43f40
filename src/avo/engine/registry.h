// Operators by name, for the CLI's --operator flag: mutate (knobs, no LLM), llm-rewrite (one LLM
// call per step), agent (the agentic operator of AVO §3), exec (an external coding agent).
// It lives in engine/, above every operator it names (the agent's included), so no operator
// module has to know the others.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "avo/agent/agent_settings.h"
#include "avo/llm/provider.h"
#include "avo/operators/operator.h"

namespace avo {

struct OperatorOptions {
  nlohmann::json llm =
      nlohmann::json::object();  // the run's [llm] table (agent, llm-rewrite); {} = none
  std::string exec_command;      // the exec operator's coding-agent command
  double exec_timeout_s = 3600;  // seconds
  agent::AgentSettings agent;    // the run's [agent] table
  std::vector<std::filesystem::path> kb_paths;  // the run's [kb] paths (empty: defaults)
  std::filesystem::path avo_binary;             // named in the exec operator's brief
  llm::ProviderHooks hooks;                     // tests: record backoff sleeps instead of sleeping
};

// The operators this build knows, for help texts.
std::vector<std::string> OperatorNames();

// Whether the operator `name` sends requests to the run's [llm] endpoint (agent, llm-rewrite).
bool OperatorUsesLlm(const std::string& name);

// InvalidArgument naming the known operators when `name` is not one of them, or naming what the
// operator lacks: "--operator agent needs an [llm] table in the run config (--config avo.toml)",
// "--operator exec needs [exec] command". Provider errors (e.g. the key's environment variable is
// not set) come from llm::MakeProvider, one line each.
Result<std::unique_ptr<VariationOperator>> MakeOperator(const std::string& name,
                                                        const OperatorOptions& options);

}  // namespace avo
