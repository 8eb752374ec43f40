#include "avo/agent/prompt.h"

#include <fmt/format.h>

#include "avo/agent/summaries.h"

namespace avo::agent {

std::string NotesExcerpt(const std::string& notes, std::size_t max_chars) {
  if (notes.size() <= max_chars) return notes;
  return "[... earlier notes cut; read them with the notes tool ...]\n" +
         notes.substr(notes.size() - max_chars);
}

std::string BuildSystemPrompt(const PromptInputs& in) {
  const TaskSpec& t = *in.task;
  std::string editable;
  for (const auto& e : t.editable) editable += (editable.empty() ? "" : ", ") + e;
  std::string p;
  p += fmt::format(
      "You are an autonomous performance engineer working as the variation operator of an "
      "evolutionary search "
      "(AVO: agentic variation operators). Each step you start from the best version so far, "
      "improve it, and "
      "commit a new version. You work alone with tools; nobody answers questions.\n\n"
      "# Task: {}\n{}\n\nMetric: {} in {}, {} is better. The score is the geometric mean over the "
      "configurations of "
      "suite '{}'; any incorrect configuration makes the whole score zero.\n",
      t.name, t.description, t.metric_name, t.unit,
      t.direction == Direction::kHigher ? "higher" : "lower", in.suite);
  if (const Suite* s = t.FindSuite(in.suite)) {
    p += "Configurations:";
    for (const auto& c : s->configs)
      p += fmt::format(" {}{}", c.name, c.params.empty() ? "" : " " + c.params.dump());
    p += "\n";
  }
  p += fmt::format(
      "\n# Rules\n"
      "- Only the editable files ({}) may change; everything else in the workspace is the trusted "
      "harness.\n"
      "- Correctness first: a version that is wrong on any configuration is worth nothing.\n"
      "- The commit gate: `commit` sends your files to the engine, which re-evaluates them itself; "
      "the version enters "
      "the lineage only if it is correct and scores at least as well as the best committed "
      "version{}. A committed "
      "version ends the step. A rejected one does not: you may continue and commit again.\n"
      "- Measure before you commit (`evaluate`), diagnose failures from the build log and the "
      "per-configuration "
      "table, and keep notes (`notes` append) of what you tried and learned for later steps.\n"
      "- Work in small verified increments. Do not repeat what the attempts history shows already "
      "failed.\n",
      editable, t.gate.min_gain > 0 ? fmt::format(" times {:.4g}", 1 + t.gate.min_gain) : "");
  p += "\n# Tools\n";
  for (const auto& tool : in.tools) p += fmt::format("- {}: {}\n", tool.name, tool.description);
  if (!in.has_kb) p += "(No knowledge base is configured; kb_search will say so.)\n";
  p += "\n# Budget of this step\n";
  p += fmt::format("- wall time {:.0f} s; {} model turns; {} evaluations; {} commits",
                   in.budget.wall_s, in.max_turns, in.budget.max_evaluations,
                   in.budget.max_submissions);
  if (in.budget.tokens > 0) p += fmt::format("; {} tokens", in.budget.tokens);
  if (in.budget.cost_usd > 0) p += fmt::format("; ${:.2f}", in.budget.cost_usd);
  p += "\n";

  p += "\n# Lineage (committed versions, best last)\n" + FormatVersions(in.versions, 15);
  if (auto best = BestEvaluation(in.versions)) {
    p += fmt::format("\nBest version v{} per configuration:\n", in.versions.back().number);
    p += FormatEvaluationForModel(*best, std::nullopt, -1);
  }
  if (!in.directions.empty()) {
    p += "\n# Directions from the supervisor\nThe run has stagnated; a review of the whole "
         "trajectory suggests these "
         "directions. Pursue them in this step:\n";
    for (const auto& d : in.directions) p += "- " + d + "\n";
  }
  if (!in.notes.empty())
    p += "\n# Notes from earlier steps (RUN/notes.md)\n" + NotesExcerpt(in.notes) + "\n";
  return p;
}

std::string BuildKickoff(const PromptInputs& in, int parent_version) {
  return fmt::format(
      "Step {}. Your workspace holds the task with the files of v{} (the best version). Read the "
      "editable files, form "
      "a plan, make a change, evaluate it, and commit it when it is correct and faster. When you "
      "are done (committed, "
      "or no idea is worth the remaining budget), say so in plain text without calling a tool.",
      in.step, parent_version);
}

}  // namespace avo::agent
