// kb_search, kb_read: the knowledge base K of Vary(P_t) = Agent(P_t, K, f) (AVO §2).
#include <fmt/format.h>

#include "avo/agent/tool.h"
#include "avo/kb/knowledge_base.h"

namespace avo::agent {
namespace {
using nlohmann::json;

ToolOutput NoKb() {
  return ToolOutput::Error(
      "no knowledge base is configured for this run (add [kb] paths to avo.toml, or `avo kb add`)");
}

class KbSearchTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"kb_search",
            "Search the knowledge base (documentation, papers, reference code) by keywords; "
            "returns ranked passages with paths and line ranges.",
            ObjectSchema({{"query", {{"type", "string"}}},
                          {"k", {{"type", "integer"}, {"description", "results, default 8"}}}},
                         {"query"})};
  }
  ToolOutput Call(const json& j, ToolEnv& env) override {
    if (env.kb == nullptr) return NoKb();
    Args a(j);
    auto q = a.String("query");
    auto k = a.Int("k", 8);
    if (!q.ok()) return ToolOutput::Error(q.status().message());
    if (!k.ok()) return ToolOutput::Error(k.status().message());
    auto hits = env.kb->Search(*q, static_cast<int>(std::clamp<std::int64_t>(*k, 1, 30)));
    if (!hits.ok()) return ToolOutput::Error(hits.status().message());
    if (hits->empty()) return ToolOutput::Ok("no passages match '" + *q + "'; try other words");
    std::string out;
    for (const auto& h : *hits)
      out += fmt::format("{} lines {}-{} (score {:.2f})\n  {}\n", h.path, h.start_line, h.end_line,
                         h.score, h.snippet);
    out += "(read a passage with kb_read path start_line end_line)\n";
    return ToolOutput::Ok(out);
  }
};

class KbReadTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"kb_read", "Read lines of a knowledge-base file (path as kb_search returned it).",
            ObjectSchema(
                {{"path", {{"type", "string"}}},
                 {"start_line", {{"type", "integer"}, {"description", "default 1"}}},
                 {"end_line", {{"type", "integer"}, {"description", "default: start_line + 200"}}}},
                {"path"})};
  }
  ToolOutput Call(const json& j, ToolEnv& env) override {
    if (env.kb == nullptr) return NoKb();
    Args a(j);
    auto path = a.String("path");
    auto start = a.Int("start_line", 1);
    if (!path.ok()) return ToolOutput::Error(path.status().message());
    if (!start.ok()) return ToolOutput::Error(start.status().message());
    auto end = a.Int("end_line", *start + 200);
    if (!end.ok()) return ToolOutput::Error(end.status().message());
    auto text = env.kb->Read(*path, static_cast<int>(*start), static_cast<int>(*end));
    if (!text.ok()) return ToolOutput::Error(text.status().message());
    return ToolOutput::Ok(fmt::format("{} lines {}-{}:\n{}", *path, *start, *end, *text));
  }
};

}  // namespace

void AddKbTools(ToolBox& box) {
  box.Add(std::make_unique<KbSearchTool>());
  box.Add(std::make_unique<KbReadTool>());
}

}  // namespace avo::agent
