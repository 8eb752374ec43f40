// The tools `avo mcp` offers a coding agent (Model Context Protocol, tools/list and tools/call):
// avo's own verbs on a run, each described for a model and mapped to the avo command line that
// does it, so the agent and a person at a shell do exactly the same things.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace avo::cli {

struct McpTool {
  std::string name;
  std::string description;  // for the model: what it does, when to call it, what it returns
  nlohmann::json input_schema;
  // The avo arguments (after the program name) for these tool arguments; throws
  // std::invalid_argument naming the argument that is missing or of the wrong type.
  std::function<std::vector<std::string>(const nlohmann::json& args)> argv;
};

// `evaluating_flags` (e.g. --no-sandbox) go to the tools that build and evaluate.
std::vector<McpTool> AvoMcpTools(const std::vector<std::string>& evaluating_flags);

}  // namespace avo::cli
