// evaluate: the task's trusted Evaluator on the workspace as it is now. Advice to the agent only
// (AVO §2: an agent's own evaluation never decides a commit), counted against max_evaluations.
#include <fmt/format.h>

#include "avo/agent/prompt_text.h"
#include "avo/agent/tool.h"
#include "avo/operators/summaries.h"

namespace avo::agent {
namespace {

class EvaluateTool final : public Tool {
 public:
  [[nodiscard]] llm::ToolSpec Spec() const override {
    return {
        "evaluate", std::string(text::kEvaluateTool),
        ObjectSchema(
            {{"suite",
              {{"type", "string"}, {"description", "suite to score (default: the gate's suite)"}}}},
            {})};
  }
  Result<ToolOutput> Call(const nlohmann::json& j, ToolEnv& env) override {
    AVO_ASSIGN_OR_RETURN(std::string suite, Args(j).String("suite", env.ctx->suite));
    if (!suite.empty()) AVO_RETURN_IF_ERROR(env.ctx->task->CheckSearchSuite(suite));
    const int max = env.max_evaluations();
    if (max > 0 && env.evaluations >= max) {
      return Status::ResourceExhausted(
          fmt::format("the evaluation budget of this step ({}) is spent; commit or stop", max));
    }
    AVO_ASSIGN_OR_RETURN(FileSet files, env.workspace->EditableFiles());
    ++env.evaluations;
    Evaluation e = env.ctx->evaluator->Score(
        files,
        {suite, false, fmt::format("step-{}-agent-eval-{}", env.ctx->step, env.evaluations)});
    std::optional<Evaluation> best;
    int best_version = -1;
    auto versions = env.ctx->lineage->Versions();
    if (versions.ok() && !versions->empty()) {
      best = BestEvaluation(*versions);
      best_version = versions->back().number;
      if (best && best->suite != e.suite) best.reset();  // values of another suite do not compare
    }
    std::string out = FormatEvaluationForModel(e, best, best_version);
    out += fmt::format(text::kEvaluationCount, env.evaluations,
                       max > 0 ? std::to_string(max) : "unlimited");
    return ToolOutput{out, e.outcome != Outcome::kScored, false};
  }
};

}  // namespace

void AddEvaluateTool(ToolBox& box) { box.Add(std::make_unique<EvaluateTool>()); }

}  // namespace avo::agent
