#include "avo/agent/prompt.h"

#include <fmt/format.h>

#include "avo/agent/prompt_text.h"
#include "avo/operators/notes.h"
#include "avo/operators/summaries.h"

namespace avo::agent {
namespace {

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

std::string ConfigurationsSection(const TaskSpec& t, const std::string& suite) {
  const Suite* s = t.FindSuite(suite);
  if (s == nullptr) return "";
  std::string list;
  for (const auto& c : s->configs)
    list += fmt::format(" {}{}", c.name, c.params.empty() ? "" : " " + c.params.dump());
  return fmt::format(text::kConfigurations, list);
}

std::string ToolsSection(const PromptInputs& in) {
  std::string out;
  for (const auto& tool : in.tools)
    out += fmt::format(text::kToolLine, tool.name, tool.description);
  if (!in.has_kb) out += text::kNoKb;
  return out;
}

std::string BestSection(const std::vector<Version>& versions) {
  auto best = BestEvaluation(versions);
  if (!best) return "";
  return fmt::format(text::kBestVersion, versions.back().number,
                     FormatEvaluationForModel(*best, std::nullopt, -1));
}

std::string DirectionsSection(const std::vector<std::string>& directions) {
  if (directions.empty()) return "";
  std::string lines;
  for (const auto& d : directions) lines += "- " + d + "\n";
  return fmt::format(text::kDirections, lines);
}

}  // namespace

std::string BuildSystemPrompt(const PromptInputs& in) {
  const TaskSpec& t = *in.task;
  const StepBudget& b = in.budget;
  return fmt::format(
      text::kSystemPrompt, fmt::arg("task", t.name), fmt::arg("description", t.description),
      fmt::arg("metric", t.metric_name), fmt::arg("unit", t.unit),
      fmt::arg("better", t.direction == Direction::kHigher ? "higher" : "lower"),
      fmt::arg("suite", in.suite), fmt::arg("configurations", ConfigurationsSection(t, in.suite)),
      fmt::arg("editable", Join(t.editable)),
      fmt::arg("min_gain",
               t.gate.min_gain > 0 ? fmt::format(text::kMinGain, 1 + t.gate.min_gain) : ""),
      fmt::arg("tools", ToolsSection(in)), fmt::arg("wall_s", b.wall_s),
      fmt::arg("turns", in.max_turns), fmt::arg("evaluations", b.max_evaluations),
      fmt::arg("commits", b.max_submissions),
      fmt::arg("tokens", b.tokens > 0 ? fmt::format(text::kBudgetTokens, b.tokens) : ""),
      fmt::arg("cost", b.cost_usd > 0 ? fmt::format(text::kBudgetCost, b.cost_usd) : ""),
      fmt::arg("lineage", FormatVersions(in.versions, 15)),
      fmt::arg("best", BestSection(in.versions)),
      fmt::arg("directions", DirectionsSection(in.directions)),
      fmt::arg("notes", in.notes.empty() ? "" : fmt::format(text::kNotes, NotesExcerpt(in.notes))));
}

std::string BuildKickoff(const PromptInputs& in, int parent_version) {
  return fmt::format(text::kKickoff, in.step, parent_version);
}

}  // namespace avo::agent
