// `avo mcp`: a Model Context Protocol server on stdio (JSON-RPC 2.0, one message per line;
// protocol revisions 2024-11-05 to 2025-11-25, tools only), so that a user's own coding agent
// (Claude Code, Codex, ...) drives a run through avo's verbs as tools (mcp_tools.h). Each tool
// call runs the avo command line it maps to; its output is the tool's result, a failure's one
// line an error result the model reads.
#pragma once

#include <functional>
#include <istream>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "avo/util/process.h"
#include "mcp_tools.h"

namespace avo::cli {

class McpServer {
 public:
  using Runner = std::function<ProcessResult(const std::vector<std::string>& avo_args)>;
  McpServer(std::vector<McpTool> tools, Runner run)
      : tools_(std::move(tools)), run_(std::move(run)) {}

  // Serves requests from `in` until it ends, answering on `out`. Returns 0.
  int Serve(std::istream& in, std::ostream& out);

  // The answer to one message (a line of JSON text), or nothing for a notification.
  std::optional<nlohmann::json> Handle(const std::string& line);

 private:
  nlohmann::json Initialize(const nlohmann::json& params) const;
  nlohmann::json ListTools() const;
  nlohmann::json CallTool(const nlohmann::json& params, const nlohmann::json& id) const;

  std::vector<McpTool> tools_;
  Runner run_;
};

}  // namespace avo::cli
