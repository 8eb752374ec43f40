// versions, show_version, diff_versions, attempts: the agent reads P_t (AVO §2) and the archive's
// record of what was tried and why it failed, so it does not repeat it.
#include <fmt/format.h>

#include "avo/agent/prompt_text.h"
#include "avo/agent/tool.h"
#include "avo/operators/summaries.h"

namespace avo::agent {
namespace {
using nlohmann::json;

class VersionsTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"versions", std::string(text::kVersionsTool), ObjectSchema(json::object(), {})};
  }
  Result<ToolOutput> Call(const json&, ToolEnv& env) override {
    AVO_ASSIGN_OR_RETURN(auto versions, env.ctx->lineage->Versions());
    return ToolOutput::Ok(FormatVersions(versions, 200));
  }
};

class ShowVersionTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"show_version", std::string(text::kShowVersionTool),
            ObjectSchema(
                {{"version", {{"type", "string"}, {"description", "v3, 3, head or seed"}}},
                 {"path",
                  {{"type", "string"}, {"description", "one file of the version (default: all)"}}}},
                {"version"})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    Args a(j);
    auto spec = a.String("version");
    if (!spec.ok()) {  // models send numbers too
      auto n = a.Int("version", -1);
      if (!n.ok() || *n < 0) return spec.status();
      spec = std::to_string(*n);
    }
    AVO_ASSIGN_OR_RETURN(std::string path, a.String("path", ""));
    AVO_ASSIGN_OR_RETURN(Version v, env.ctx->lineage->Resolve(*spec));
    AVO_ASSIGN_OR_RETURN(FileSet files, env.ctx->lineage->Files(v.commit));
    std::string out = fmt::format("v{} ({}): {:.5g} {}\n{}\n", v.number, v.commit.substr(0, 12),
                                  v.scalar, v.score.value("unit", ""), v.message);
    for (const auto& [name, content] : files) {
      if (!path.empty() && Workspace::Normal(path) != name) continue;
      out += fmt::format("=== {} ===\n{}\n", name, content);
    }
    if (!path.empty() && files.count(Workspace::Normal(path)) == 0)
      return Status::NotFound("v" + std::to_string(v.number) + " has no file '" + path + "'");
    return ToolOutput::Ok(out);
  }
};

// The editable files of a version, or of the workspace as it is now.
Result<FileSet> FilesOf(const ToolEnv& env, const std::string& spec) {
  if (spec == "workspace") return env.workspace->EditableFiles();
  AVO_ASSIGN_OR_RETURN(Version v, env.ctx->lineage->Resolve(spec));
  return env.ctx->lineage->Files(v.commit);
}

class DiffVersionsTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"diff_versions", std::string(text::kDiffVersionsTool),
            ObjectSchema({{"a", {{"type", "string"}}},
                          {"b", {{"type", "string"}, {"description", "version or \"workspace\""}}}},
                         {"a", "b"})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    Args args(j);
    AVO_ASSIGN_OR_RETURN(std::string a, args.String("a"));
    AVO_ASSIGN_OR_RETURN(std::string b, args.String("b"));
    AVO_ASSIGN_OR_RETURN(FileSet fa, FilesOf(env, a));
    AVO_ASSIGN_OR_RETURN(FileSet fb, FilesOf(env, b));
    std::string d = DiffFileSets(fa, fb);
    return ToolOutput::Ok(d.empty() ? "(no differences)" : d);
  }
};

class AttemptsTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {"attempts", std::string(text::kAttemptsTool),
            ObjectSchema({{"limit", {{"type", "integer"}, {"description", "default 20"}}}}, {})};
  }
  Result<ToolOutput> Call(const json& j, ToolEnv& env) override {
    AVO_ASSIGN_OR_RETURN(std::int64_t limit, Args(j).Int("limit", 20));
    AVO_ASSIGN_OR_RETURN(auto attempts, env.ctx->archive->Attempts(
                                            static_cast<int>(std::max<std::int64_t>(1, limit))));
    return ToolOutput::Ok(FormatAttempts(attempts, static_cast<std::size_t>(limit)));
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
