// `avo mcp` driven by a real MCP client: the reference Python SDK (PyPI `mcp`, installed by
// scripts/install-deps.sh) over stdio, through one step on tasks/matmul (mcp_client.py).
#include <gtest/gtest.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "testing/avo_cli.h"
#include "testing/evaluator.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

TEST(McpTest, ARealClientRunsAStepThroughTheTools) {
  testing::TempDir d;
  const std::string run = (d.path() / "run").string();
  auto init = testing::Avo({"init", std::string(AVO_SOURCE_DIR) + "/tasks/matmul", "--run", run});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  // The SDK's own environment (scripts/install-deps.sh), else the system's Python.
  const std::string venv = std::string(AVO_SOURCE_DIR) + "/.deps/mcp-venv/bin/python";
  std::vector<std::string> argv = {access(venv.c_str(), X_OK) == 0 ? venv : "python3",
                                   std::string(AVO_SOURCE_DIR) + "/tests/integration/mcp_client.py",
                                   AVO_BINARY, run};
  if (!testing::ConfinementWorks()) argv.emplace_back("--no-sandbox");
  auto r = testing::Run(argv, 600);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("mcp client: ok"), std::string::npos) << r.out << r.err;
}

// The protocol's edges, as raw JSON-RPC lines: a version the server does not know is answered
// with its newest, notifications get no answer, and broken or unknown requests get JSON-RPC's
// error codes, each on its own line.
TEST(McpTest, TheProtocolsEdgesGetJsonRpcAnswers) {
  ProcessOptions o;
  o.argv = {AVO_BINARY, "mcp"};
  o.stdin_data =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
      "{\"protocolVersion\":\"1999-01-01\",\"capabilities\":{},"
      "\"clientInfo\":{\"name\":\"t\",\"version\":\"0\"}}}\n"
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
      "not json\n"
      "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/list\"}\n"
      "{\"id\":3,\"method\":\"ping\"}\n"
      "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}\n"
      "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":"
      "{\"name\":\"status\",\"arguments\":{\"run\":7}}}\n";
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->exit_code, 0) << r->err;
  std::vector<nlohmann::json> answers;
  std::istringstream lines(r->out);
  for (std::string line; std::getline(lines, line);) answers.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(answers.size(), 6u) << r->out;  // the notification has none
  EXPECT_EQ(answers[0]["result"]["protocolVersion"], "2025-11-25");
  EXPECT_TRUE(answers[0]["result"]["capabilities"].contains("tools"));
  EXPECT_EQ(answers[1]["error"]["code"], -32700);
  EXPECT_EQ(answers[2]["error"]["code"], -32601);
  EXPECT_EQ(answers[3]["error"]["code"], -32600);
  EXPECT_EQ(answers[4]["id"], 4);
  EXPECT_TRUE(answers[4]["result"].empty());
  EXPECT_EQ(answers[5]["error"]["code"], -32602);
  EXPECT_EQ(answers[5]["error"]["message"], "status: argument 'run' must be a string");
}

}  // namespace
}  // namespace avo
