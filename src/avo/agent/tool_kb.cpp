// kb_search, kb_read: the knowledge base K of Vary(P_t) = Agent(P_t, K, f) (AVO §2).
#include <fmt/format.h>

#include "avo/agent/prompt_text.h"
#include "avo/agent/tool.h"
#include "avo/kb/knowledge_base.h"

namespace avo::agent {
namespace {
using nlohmann::json;

Status NoKb() {
  return Status::NotFound(
      "no knowledge base is configured for this run (add [kb] paths to avo.toml, or `avo kb add`)");
}

class KbSearchTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"kb_search", std::string(text::kKbSearchTool),
            ObjectSchema({{"query", {{"type", "string"}}},
                          {"k", {{"type", "integer"}, {"description", "results, default 8"}}}},
                         {"query"})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    if (env.kb == nullptr) return NoKb();
    Args a(j);
    AVO_ASSIGN_OR_RETURN(std::string q, a.String("query"));
    AVO_ASSIGN_OR_RETURN(std::int64_t k, a.Int("k", 8));
    AVO_ASSIGN_OR_RETURN(auto hits,
                         env.kb->Search(q, static_cast<int>(std::clamp<std::int64_t>(k, 1, 30))));
    if (hits.empty()) return ToolOutput::Ok("no passages match '" + q + "'; try other words");
    std::string out;
    for (const auto& h : hits)
      out += fmt::format("{} lines {}-{} (score {:.2f})\n  {}\n", h.path, h.start_line, h.end_line,
                         h.score, h.snippet);
    out += "(read a passage with kb_read path start_line end_line)\n";
    return ToolOutput::Ok(out);
  }
};

class KbReadTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"kb_read", std::string(text::kKbReadTool),
            ObjectSchema(
                {{"path", {{"type", "string"}}},
                 {"start_line", {{"type", "integer"}, {"description", "default 1"}}},
                 {"end_line", {{"type", "integer"}, {"description", "default: start_line + 200"}}}},
                {"path"})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    if (env.kb == nullptr) return NoKb();
    Args a(j);
    AVO_ASSIGN_OR_RETURN(std::string path, a.String("path"));
    AVO_ASSIGN_OR_RETURN(std::int64_t start, a.Int("start_line", 1));
    AVO_ASSIGN_OR_RETURN(std::int64_t end, a.Int("end_line", start + 200));
    AVO_ASSIGN_OR_RETURN(std::string lines,
                         env.kb->Read(path, static_cast<int>(start), static_cast<int>(end)));
    return ToolOutput::Ok(fmt::format("{} lines {}-{}:\n{}", path, start, end, lines));
  }
};

}  // namespace

void AddKbTools(ToolBox& box) {
  box.Add(std::make_unique<KbSearchTool>());
  box.Add(std::make_unique<KbReadTool>());
}

}  // namespace avo::agent
