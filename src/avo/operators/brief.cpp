#include "avo/operators/brief.h"

#include <fmt/format.h>

#include "avo/operators/notes.h"
#include "avo/operators/summaries.h"
#include "avo/task/run_paths.h"

namespace avo {

namespace {

// The exec operator's step: avo takes the files when the agent's command exits.
std::string ExecRules(const BriefInputs& in, const std::string& suite) {
  return fmt::format(R"(## Rules
- This directory ({0}) is your workspace. Change only the editable files; everything else is the trusted harness.
- When you stop, avo takes the editable files as they are and scores them itself; they enter the lineage only if correct on every configuration and measurably faster than the best version.
- Leave them unchanged if you found nothing better (then nothing is submitted).
- Optionally write a commit message (first line: summary) to the file named by $AVO_MESSAGE.

## Scoring your work
```sh
{1} eval --task {2} {0} --suite {3}
```
prints the per-configuration table (exit 0 when correct, 3 when not).

)",
                     in.workspace.string(), in.avo_binary.string(),
                     RunPaths(in.ctx->run_dir).task().string(), suite);
}

// A step taken with `avo step`: the agent evaluates and commits from its workspace itself.
std::string StepRules(const BriefInputs& in, const std::string& suite) {
  return fmt::format(R"(## Rules
- This directory ({0}) is your workspace. Change only the editable files; everything else is the trusted harness.
- avo is the judge: a commit enters the lineage only if avo's own evaluation finds it correct on every configuration and measurably faster than the best version (measured side by side with it where the task asks for that). Your own measurements are advice, never the basis of a commit.
- A rejected commit leaves the step open: improve the files and commit again, or abort.

## Evaluating and committing
```sh
{1} step eval {2}                  # advisory: per-configuration table beside the best version (suite {3})
{1} step eval {2} --baselines      # the same with the task's baselines (e.g. cuDNN)
{1} step commit {2} -m "SUMMARY"   # or -F FILE: what changed, why, what the profile showed, per-configuration gains
{1} step status {2}                # the open step, its evaluations and commits
{1} step abort {2}                 # give the step up
```
Exit status of `commit`: 0 committed, 3 rejected (the reason is printed), 1 error.

)",
                     in.workspace.string(), in.avo_binary.string(), in.ctx->run_dir.string(),
                     suite);
}

}  // namespace

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
  b += in.step_commands ? StepRules(in, suite) : ExecRules(in, suite);
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

}  // namespace avo
