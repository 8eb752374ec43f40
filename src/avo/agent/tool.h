// The agent's tools: what the model may do inside one step (AVO §3.2: edit, compile, evaluate,
// profile, consult the lineage and the knowledge base, keep notes, commit).
//
// Every tool takes a JSON object of arguments and returns text for the model plus an error flag,
// or a Status whose one-line message becomes the error result; nothing a model sends (unknown
// tools, malformed or missing arguments, paths outside the workspace) can crash the step: it
// becomes an error result the model reads and corrects.
// Tools are small classes, grouped by concern in tool_*.cpp; ToolBox dispatches by name.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/agent/agent_settings.h"
#include "avo/llm/message.h"
#include "avo/operators/operator.h"
#include "avo/operators/workspace.h"

namespace avo::kb {
class KnowledgeBase;
}

namespace avo::agent {

struct ToolOutput {
  std::string text;
  bool is_error = false;
  bool end_step = false;  // the commit tool's committed verdict: the step is over

  static ToolOutput Ok(std::string t) { return {std::move(t), false, false}; }
  static ToolOutput Error(std::string t) { return {std::move(t), true, false}; }
};

// What the tools of one step share. Owned by the operator for the duration of the step.
struct ToolEnv {
  StepContext* ctx = nullptr;
  const Workspace* workspace = nullptr;
  kb::KnowledgeBase* kb = nullptr;   // null: no knowledge base configured
  std::filesystem::path notes_path;  // RUN/notes.md
  AgentSettings settings;
  int parent_version = -1;
  FileSet parent_files;
  std::string transcript;  // relative to the run directory
  // Cost spent since the last submission (the loop's meter); reset by the commit tool.
  std::function<AttemptCost()> take_cost;

  int evaluations = 0;  // advisory evaluations used this step
  int submissions = 0;  // commit calls that reached the engine
  bool committed = false;
  std::vector<std::string> verdicts;  // one line per submission, for the step's summary

  [[nodiscard]] int max_evaluations() const;
  [[nodiscard]] int max_submissions() const;
};

class Tool {
 public:
  virtual ~Tool() = default;
  [[nodiscard]] virtual llm::ToolSpec Spec() const = 0;
  // A Status lets a tool stop at its first failure (AVO_ASSIGN_OR_RETURN); ToolBox::Call hands its
  // message to the model as the error result.
  virtual Result<ToolOutput> Call(const nlohmann::json& args, ToolEnv& env) = 0;
};

// Typed reading of a call's arguments; every miss is an error message naming the argument.
class Args {
 public:
  explicit Args(const nlohmann::json& j) : j_(j) {}
  [[nodiscard]] Result<std::string> String(const std::string& key) const;  // required
  [[nodiscard]] Result<std::string> String(const std::string& key,
                                           const std::string& fallback) const;
  [[nodiscard]] Result<std::int64_t> Int(const std::string& key, std::int64_t fallback) const;
  [[nodiscard]] Result<bool> Bool(const std::string& key, bool fallback) const;

 private:
  const nlohmann::json& j_;
};

// A JSON Schema object with the given properties ({"name": {"type": ..., "description": ...}}).
nlohmann::json ObjectSchema(nlohmann::json properties, const std::vector<std::string>& required);

// Cuts `text` to at most `max_chars`, keeping the head and the tail and saying what was left out.
std::string CutMiddle(const std::string& text, std::size_t max_chars);

class ToolBox {
 public:
  void Add(std::unique_ptr<Tool> tool);
  [[nodiscard]] std::vector<llm::ToolSpec> Specs() const;
  // Runs one call: unknown names, argument errors and oversized output are handled here.
  ToolOutput Call(const llm::ToolCall& call, ToolEnv& env);

 private:
  std::map<std::string, std::unique_ptr<Tool>> tools_;
  std::vector<std::string> order_;
};

// The standard tool set of the agentic operator, in the order the model sees them.
ToolBox StandardTools();

// Per group (tool_files.cpp, tool_run.cpp, tool_evaluate.cpp, tool_lineage.cpp, tool_kb.cpp,
// tool_notes.cpp, tool_commit.cpp).
void AddFileTools(ToolBox& box);     // read_file, write_file, edit_file, list_files, search
void AddRunTool(ToolBox& box);       // run
void AddEvaluateTool(ToolBox& box);  // evaluate
void AddLineageTools(ToolBox& box);  // versions, show_version, diff_versions, attempts
void AddKbTools(ToolBox& box);       // kb_search, kb_read
void AddNotesTool(ToolBox& box);     // notes
void AddCommitTool(ToolBox& box);    // commit

}  // namespace avo::agent
