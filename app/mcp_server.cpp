#include "mcp_server.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace avo::cli {
namespace {

using nlohmann::json;

// The revisions whose tools part this server implements; the newest is offered to a client that
// asks for one it does not know (it may then disconnect).
constexpr std::array<const char*, 4> kRevisions = {"2024-11-05", "2025-03-26", "2025-06-18",
                                                   "2025-11-25"};

// JSON-RPC 2.0's error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;

json Error(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json Reply(const json& id, json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

}  // namespace

json McpServer::Initialize(const json& params) const {
  const std::string asked = params.is_object() ? params.value("protocolVersion", "") : "";
  const bool known = std::find(kRevisions.begin(), kRevisions.end(), asked) != kRevisions.end();
  return {{"protocolVersion", known ? asked : kRevisions.back()},
          {"capabilities", {{"tools", {{"listChanged", false}}}}},
          {"serverInfo", {{"name", "avo"}, {"version", "0.1.0"}}},
          {"instructions",
           "avo evolves a program (a kernel) as a lineage of versions, each committed only when "
           "avo's judge finds it correct and faster. To contribute a version: step_begin on the "
           "run, read BRIEF.md in the workspace it returns, edit the files, step_eval for "
           "advice, then step_commit with your rationale. status, log, show and diff read the "
           "run; kb_search looks up techniques."}};
}

json McpServer::ListTools() const {
  json list = json::array();
  for (const auto& t : tools_) {
    list.push_back(
        {{"name", t.name}, {"description", t.description}, {"inputSchema", t.input_schema}});
  }
  return {{"tools", list}};
}

json McpServer::CallTool(const json& params, const json& id) const {
  if (!params.is_object() || !params.contains("name") || !params["name"].is_string())
    return Error(id, kInvalidParams, "tools/call needs params.name");
  const std::string name = params["name"].get<std::string>();
  auto tool =
      std::find_if(tools_.begin(), tools_.end(), [&](const McpTool& t) { return t.name == name; });
  if (tool == tools_.end()) return Error(id, kInvalidParams, "Unknown tool: " + name);
  const json args = params.value("arguments", json::object());
  std::vector<std::string> argv;
  try {
    argv = tool->argv(args);
  } catch (const std::invalid_argument& e) {
    return Error(id, kInvalidParams, name + ": " + e.what());
  }
  const ProcessResult r = run_(argv);
  // A rejected commit is a verdict, not a failure (avo step commit exits 3 for it).
  const bool ok = r.exit_code == 0 || (name == "step_commit" && r.exit_code == 3);
  std::string text = Trimmed(r.out);
  if (!ok || text.empty()) {
    const std::string err = Trimmed(r.err);
    text += (text.empty() || err.empty() ? "" : "\n") + err;
    if (text.empty()) text = "avo " + argv.front() + " " + r.Describe();
  }
  return Reply(id,
               {{"content", json::array({{{"type", "text"}, {"text", text}}})}, {"isError", !ok}});
}

std::optional<json> McpServer::Handle(const std::string& line) {
  const json msg = json::parse(line, nullptr, false);
  if (msg.is_discarded()) return Error(nullptr, kParseError, "not JSON");
  if (!msg.is_object() || msg.value("jsonrpc", "") != "2.0" || !msg.contains("method") ||
      !msg["method"].is_string())
    return Error(msg.is_object() ? msg.value("id", json()) : json(), kInvalidRequest,
                 "not a JSON-RPC 2.0 request");
  const std::string method = msg["method"].get<std::string>();
  if (!msg.contains("id")) return std::nullopt;  // a notification (initialized, cancelled...)
  const json& id = msg["id"];
  const json params = msg.value("params", json::object());
  if (method == "initialize") return Reply(id, Initialize(params));
  if (method == "ping") return Reply(id, json::object());
  if (method == "tools/list") return Reply(id, ListTools());
  if (method == "tools/call") return CallTool(params, id);
  return Error(id, kMethodNotFound, "Method not found: " + method);
}

int McpServer::Serve(std::istream& in, std::ostream& out) {
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (auto answer = Handle(line)) {
      // ASCII only (\u escapes): the terminal filter on stdout (terminal_safe.h) has nothing to
      // touch, and bytes of a tool's output that are not UTF-8 become U+FFFD.
      out << answer->dump(-1, ' ', true, json::error_handler_t::replace) << "\n";
      out.flush();
    }
  }
  return 0;
}

}  // namespace avo::cli
