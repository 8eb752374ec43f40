// commit: hands the workspace's editable files to the engine (StepContext::submit), which scores
// them with the trusted evaluator and applies the commit gate (AVO §2). The verdict and its reason
// go back to the model; a committed verdict ends the step.
#include <fmt/format.h>

#include "avo/agent/summaries.h"
#include "avo/agent/tool.h"

namespace avo::agent {
namespace {

class CommitTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "commit",
        "Submit the workspace's editable files as a new version. The engine re-evaluates them; the "
        "version enters "
        "the lineage only if it is correct on every configuration and scores at least as well as "
        "the best "
        "version. Give a message explaining what changed and why. A committed version ends this "
        "step.",
        ObjectSchema(
            {{"message",
              {{"type", "string"}, {"description", "first line: a summary; then the reasoning"}}}},
            {"message"})};
  }
  ToolOutput Call(const nlohmann::json& j, ToolEnv& env) override {
    auto message = Args(j).String("message");
    if (!message.ok()) return ToolOutput::Error(message.status().message());
    if (message->find_first_not_of(" \t\n") == std::string::npos)
      return ToolOutput::Error("the commit message is empty");
    const int max = env.max_submissions();
    if (max > 0 && env.submissions >= max) {
      return ToolOutput::Error(
          fmt::format("the submission budget of this step ({}) is spent", max));
    }
    auto files = env.workspace->EditableFiles();
    if (!files.ok()) return ToolOutput::Error(files.status().message());
    if (*files == env.parent_files) {
      return ToolOutput::Error(
          fmt::format("the editable files are identical to the parent v{}; change something first",
                      env.parent_version));
    }
    Submission s;
    s.files = std::move(files).value();
    s.message = *message;
    s.parent_version = env.parent_version;
    s.transcript = env.transcript;
    if (env.take_cost) s.cost = env.take_cost();
    ++env.submissions;
    Verdict v = env.ctx->submit(s);
    env.verdicts.push_back(v.reason);
    std::string out;
    if (v.committed) {
      env.committed = true;
      out = fmt::format("COMMITTED as v{} ({}): {}\n", v.version, v.commit.substr(0, 12), v.reason);
    } else {
      out = fmt::format("NOT committed: {}\n", v.reason);
    }
    if (!v.evaluation.configs.empty() || v.evaluation.outcome != Outcome::kScored) {
      out += FormatEvaluationForModel(v.evaluation, std::nullopt, -1);
    }
    if (!v.committed) out += "You may keep working and commit again, within the step's budget.\n";
    return {out, !v.committed, v.committed};
  }
};

}  // namespace

void AddCommitTool(ToolBox& box) { box.Add(std::make_unique<CommitTool>()); }

}  // namespace avo::agent
