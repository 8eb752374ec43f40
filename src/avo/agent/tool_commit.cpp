// commit: hands the workspace's editable files to the engine (StepContext::submit), which scores
// them with the trusted evaluator and applies the commit gate (AVO §2). The verdict and its reason
// go back to the model; a committed verdict ends the step.
#include <fmt/format.h>

#include "avo/agent/prompt_text.h"
#include "avo/agent/tool.h"
#include "avo/operators/summaries.h"

namespace avo::agent {
namespace {

class CommitTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "commit", std::string(text::kCommitTool),
        ObjectSchema(
            {{"message",
              {{"type", "string"}, {"description", "first line: a summary; then the reasoning"}}}},
            {"message"})};
  }
  Result<ToolOutput> Call(const nlohmann::json& j, ToolEnv& env) override {
    AVO_ASSIGN_OR_RETURN(std::string message, Args(j).String("message"));
    if (message.find_first_not_of(" \t\n") == std::string::npos)
      return Status::InvalidArgument("the commit message is empty");
    const int max = env.max_submissions();
    if (max > 0 && env.submissions >= max) {
      return Status::ResourceExhausted(
          fmt::format("the submission budget of this step ({}) is spent", max));
    }
    AVO_ASSIGN_OR_RETURN(FileSet files, env.workspace->EditableFiles());
    if (files == env.parent_files) {
      return Status::InvalidArgument(
          fmt::format("the editable files are identical to the parent v{}; change something first",
                      env.parent_version));
    }
    Submission s;
    s.files = std::move(files);
    s.message = message;
    s.parent_version = env.parent_version;
    s.transcript = env.transcript;
    if (env.take_cost) s.cost = env.take_cost();
    ++env.submissions;
    Verdict v = env.ctx->submit(s);
    env.verdicts.push_back(v.reason);
    std::string out;
    if (v.committed) {
      env.committed = true;
      out = fmt::format(text::kCommitted, v.version, v.commit.substr(0, 12), v.reason);
    } else {
      out = fmt::format(text::kNotCommitted, v.reason);
    }
    if (!v.evaluation.configs.empty() || v.evaluation.outcome != Outcome::kScored) {
      out += FormatEvaluationForModel(v.evaluation, std::nullopt, -1);
    }
    if (!v.committed) out += text::kMayCommitAgain;
    return ToolOutput{out, !v.committed, v.committed};
  }
};

}  // namespace

void AddCommitTool(ToolBox& box) { box.Add(std::make_unique<CommitTool>()); }

}  // namespace avo::agent
