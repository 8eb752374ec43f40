#include "avo/agent/brief.h"

#include <fmt/format.h>

#include "avo/agent/prompt.h"
#include "avo/agent/summaries.h"

namespace avo::agent {

std::string BuildBrief(const BriefInputs& in) {
  const StepContext& ctx = *in.ctx;
  const TaskSpec& t = *ctx.task;
  const std::string suite = ctx.suite.empty() ? t.default_suite : ctx.suite;
  std::string editable;
  for (const auto& e : t.editable)
    editable += (editable.empty() ? "" : ", ") + std::string("`") + e + "`";
  std::string b = fmt::format("# Brief for step {} of an AVO run: task `{}`\n\n{}\n\n", ctx.step,
                              t.name, t.description);
  b += fmt::format(
      "## Goal\nMake the editable files ({}) faster: metric {} in {}, {} is better, geometric mean "
      "over the "
      "configurations of suite `{}`. Any incorrect configuration scores zero.\n\n",
      editable, t.metric_name, t.unit, t.direction == Direction::kHigher ? "higher" : "lower",
      suite);
  b += fmt::format(
      "## Rules\n- This directory ({}) is your workspace. Change only the editable files; "
      "everything else is the "
      "trusted harness.\n- When you stop, avo takes the editable files as they are and scores them "
      "itself; they enter "
      "the lineage only if correct on every configuration and at least as fast as the best "
      "version.\n- Leave them "
      "unchanged if you found nothing better (then nothing is submitted).\n- Optionally write a "
      "commit message "
      "(first line: summary) to the file named by $AVO_MESSAGE.\n\n",
      in.workspace.string());
  b += fmt::format(
      "## Scoring your work\n```sh\n{} eval --task {} {} --suite {}\n```\nprints the "
      "per-configuration "
      "table (exit 0 when correct, 3 when not).\n\n",
      in.avo_binary.string(), (ctx.run_dir / "task").string(), in.workspace.string(), suite);
  b += "## Lineage (committed versions, best last)\n```\n" + FormatVersions(in.versions, 15) +
       "```\n\n";
  if (auto best = BestEvaluation(in.versions)) {
    b += fmt::format("Best version v{} per configuration:\n```\n{}```\n\n",
                     in.versions.back().number, FormatEvaluationForModel(*best, std::nullopt, -1));
  }
  b += "## Recent attempts (newest first)\n```\n" + FormatAttempts(in.attempts, 12) + "```\n\n";
  if (!ctx.directions.empty()) {
    b += "## Directions from the supervisor\n";
    for (const auto& d : ctx.directions) b += "- " + d + "\n";
    b += "\n";
  }
  if (!in.kb_paths.empty() || !in.kb_db.empty()) {
    b += "## Knowledge base\n";
    for (const auto& p : in.kb_paths) b += "- " + p.string() + "\n";
    if (!in.kb_db.empty()) {
      b += fmt::format("- search it: `{} kb search \"QUERY\" --db {}`\n", in.avo_binary.string(),
                       in.kb_db.string());
    }
    b += "\n";
  }
  if (!in.notes.empty()) b += "## Notes from earlier steps\n" + NotesExcerpt(in.notes) + "\n";
  return b;
}

}  // namespace avo::agent
