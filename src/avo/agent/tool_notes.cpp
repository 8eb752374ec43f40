// notes: RUN/notes.md, the memory carried from step to step (what was tried, what was learned).
// It is shown in every step's system prompt and to the supervisor's reviewer.
#include <fmt/format.h>

#include "avo/agent/tool.h"

namespace avo::agent {
namespace {

class NotesTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "notes",
        "The run's notes file, kept across steps: read it, append to it, or replace it. Record "
        "what you tried, what "
        "you measured and what you learned, so later steps do not repeat it.",
        ObjectSchema({{"action", {{"type", "string"}, {"enum", {"read", "append", "replace"}}}},
                      {"text", {{"type", "string"}, {"description", "for append and replace"}}}},
                     {"action"})};
  }
  ToolOutput Call(const nlohmann::json& j, ToolEnv& env) override {
    Args a(j);
    auto action = a.String("action");
    if (!action.ok()) return ToolOutput::Error(action.status().message());
    std::error_code ec;
    std::string current;
    if (std::filesystem::exists(env.notes_path, ec)) {
      auto r = ReadFile(env.notes_path);
      if (!r.ok()) return ToolOutput::Error(r.status().message());
      current = *r;
    }
    if (*action == "read")
      return ToolOutput::Ok(current.empty() ? "(the notes are empty)" : current);
    if (*action != "append" && *action != "replace") {
      return ToolOutput::Error("action must be read, append or replace, got '" + *action + "'");
    }
    auto text = a.String("text");
    if (!text.ok()) return ToolOutput::Error(text.status().message());
    std::string next = *action == "replace" ? *text : current;
    if (*action == "append") {
      if (!next.empty() && next.back() != '\n') next += '\n';
      next += fmt::format("\n## step {}\n{}\n", env.ctx->step, *text);
    }
    Status s = WriteFileAtomic(env.notes_path, next);
    if (!s.ok()) return ToolOutput::Error(s.message());
    return ToolOutput::Ok(fmt::format("notes {} ({} bytes)",
                                      *action == "append" ? "appended" : "replaced", next.size()));
  }
};

}  // namespace

void AddNotesTool(ToolBox& box) { box.Add(std::make_unique<NotesTool>()); }

}  // namespace avo::agent
