// versions, show_version, diff_versions, attempts: the agent reads P_t (AVO §2) and the archive's
// record of what was tried and why it failed, so it does not repeat it.
#include <fmt/format.h>

#include "avo/agent/summaries.h"
#include "avo/agent/tool.h"

namespace avo::agent {
namespace {
using nlohmann::json;

class VersionsTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"versions",
            "List the committed versions (the lineage) with their scores and summaries.",
            ObjectSchema(json::object(), {})};
  }
  ToolOutput Call(const json&, ToolEnv& env) override {
    auto v = env.ctx->lineage->Versions();
    if (!v.ok()) return ToolOutput::Error(v.status().message());
    return ToolOutput::Ok(FormatVersions(*v, 200));
  }
};

class ShowVersionTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "show_version",
        "Show a committed version: its message and scores, and its files (or one file with path).",
        ObjectSchema(
            {{"version", {{"type", "string"}, {"description", "v3, 3, head or seed"}}},
             {"path",
              {{"type", "string"}, {"description", "one file of the version (default: all)"}}}},
            {"version"})};
  }
  ToolOutput Call(const json& j, ToolEnv& env) override {
    Args a(j);
    auto spec = a.String("version");
    if (!spec.ok()) {  // models send numbers too
      auto n = a.Int("version", -1);
      if (!n.ok() || *n < 0) return ToolOutput::Error(spec.status().message());
      spec = std::to_string(*n);
    }
    auto path = a.String("path", "");
    if (!path.ok()) return ToolOutput::Error(path.status().message());
    auto v = env.ctx->lineage->Resolve(*spec);
    if (!v.ok()) return ToolOutput::Error(v.status().message());
    auto files = env.ctx->lineage->Files(v->commit);
    if (!files.ok()) return ToolOutput::Error(files.status().message());
    std::string out = fmt::format("v{} ({}): {:.5g} {}\n{}\n", v->number, v->commit.substr(0, 12),
                                  v->scalar, v->score.value("unit", ""), v->message);
    for (const auto& [name, content] : *files) {
      if (!path->empty() && Workspace::Normal(*path) != name) continue;
      out += fmt::format("=== {} ===\n{}\n", name, content);
    }
    if (!path->empty() && files->count(Workspace::Normal(*path)) == 0) {
      return ToolOutput::Error("v" + std::to_string(v->number) + " has no file '" + *path + "'");
    }
    return ToolOutput::Ok(out);
  }
};

class DiffVersionsTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"diff_versions",
            "Unified diff between two committed versions, or between a version and the workspace "
            "(b = \"workspace\").",
            ObjectSchema({{"a", {{"type", "string"}}},
                          {"b", {{"type", "string"}, {"description", "version or \"workspace\""}}}},
                         {"a", "b"})};
  }
  ToolOutput Call(const json& j, ToolEnv& env) override {
    Args args(j);
    auto a = args.String("a");
    auto b = args.String("b");
    if (!a.ok()) return ToolOutput::Error(a.status().message());
    if (!b.ok()) return ToolOutput::Error(b.status().message());
    auto files = [&](const std::string& spec) -> Result<FileSet> {
      if (spec == "workspace") return env.workspace->EditableFiles();
      AVO_ASSIGN_OR_RETURN(Version v, env.ctx->lineage->Resolve(spec));
      return env.ctx->lineage->Files(v.commit);
    };
    auto fa = files(*a);
    if (!fa.ok()) return ToolOutput::Error(fa.status().message());
    auto fb = files(*b);
    if (!fb.ok()) return ToolOutput::Error(fb.status().message());
    std::string d = DiffFileSets(*fa, *fb);
    return ToolOutput::Ok(d.empty() ? "(no differences)" : d);
  }
};

class AttemptsTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"attempts",
            "The archive's record of recent attempts (committed, rejected, failed), newest first, "
            "with the gate's reasons.",
            ObjectSchema({{"limit", {{"type", "integer"}, {"description", "default 20"}}}}, {})};
  }
  ToolOutput Call(const json& j, ToolEnv& env) override {
    auto limit = Args(j).Int("limit", 20);
    if (!limit.ok()) return ToolOutput::Error(limit.status().message());
    auto a = env.ctx->archive->Attempts(static_cast<int>(std::max<std::int64_t>(1, *limit)));
    if (!a.ok()) return ToolOutput::Error(a.status().message());
    return ToolOutput::Ok(FormatAttempts(*a, static_cast<std::size_t>(*limit)));
  }
};

}  // namespace

void AddLineageTools(ToolBox& box) {
  box.Add(std::make_unique<VersionsTool>());
  box.Add(std::make_unique<ShowVersionTool>());
  box.Add(std::make_unique<DiffVersionsTool>());
  box.Add(std::make_unique<AttemptsTool>());
}

}  // namespace avo::agent
