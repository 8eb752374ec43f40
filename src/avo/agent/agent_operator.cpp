#include "avo/agent/agent_operator.h"

#include <fmt/format.h>

#include "avo/agent/agent_loop.h"
#include "avo/agent/prompt.h"
#include "avo/kb/run_knowledge.h"
#include "avo/operators/workspace.h"
#include "avo/task/run_paths.h"

namespace avo::agent {

AgentOperator::AgentOperator(std::unique_ptr<llm::ChatProvider> provider, AgentSettings settings,
                             std::vector<std::filesystem::path> kb_paths)
    : provider_(std::move(provider)), settings_(settings), kb_paths_(std::move(kb_paths)) {}

Result<StepReport> AgentOperator::Vary(StepContext& ctx) {
  const StepPaths step_paths(ctx.step_dir);
  AVO_ASSIGN_OR_RETURN(StepStart start,
                       StartFromBest(*ctx.lineage, *ctx.task, step_paths.workspace(), "agent"));
  const std::vector<Version>& versions = start.versions;
  const Version& parent = start.parent();
  const FileSet& parent_files = start.parent_files;
  Workspace& ws = start.workspace;
  AVO_ASSIGN_OR_RETURN(
      auto kb,
      kb::OpenRunKnowledge(ctx.run_dir, kb::KbPathsFor(ctx.run_dir, *ctx.task, kb_paths_)));

  // Settings from avo.toml narrow the engine's step budget; they never widen a --step-time or
  // what the run's [budget] has left.
  StepContext& c = ctx;
  if (settings_.max_wall_s) c.budget.wall_s = std::min(c.budget.wall_s, *settings_.max_wall_s);
  if (settings_.max_tokens) {
    c.budget.tokens = c.budget.tokens > 0 ? std::min(c.budget.tokens, *settings_.max_tokens)
                                          : *settings_.max_tokens;
  }
  if (settings_.max_cost_usd) {
    c.budget.cost_usd = c.budget.cost_usd > 0 ? std::min(c.budget.cost_usd, *settings_.max_cost_usd)
                                              : *settings_.max_cost_usd;
  }
  if (settings_.max_evaluations) c.budget.max_evaluations = *settings_.max_evaluations;
  if (settings_.max_submissions) c.budget.max_submissions = *settings_.max_submissions;

  ToolBox tools = StandardTools();
  ToolEnv env;
  env.ctx = &ctx;
  env.workspace = &ws;
  env.kb = kb.get();
  env.notes_path = RunPaths(ctx.run_dir).notes();
  env.settings = settings_;
  env.parent_version = parent.number;
  env.parent_files = parent_files;
  const std::filesystem::path transcript_path = step_paths.transcript();
  env.transcript = std::filesystem::relative(transcript_path, ctx.run_dir).generic_string();

  PromptInputs in;
  in.task = ctx.task;
  in.suite = ctx.suite.empty() ? ctx.task->default_suite : ctx.suite;
  in.step = ctx.step;
  in.versions = versions;
  in.directions = ctx.directions;
  auto notes = ReadFile(env.notes_path);
  if (notes.ok()) in.notes = *notes;
  in.tools = tools.Specs();
  in.has_kb = kb != nullptr;
  in.budget = c.budget;
  in.max_turns = settings_.max_turns;

  Transcript transcript(transcript_path);
  nlohmann::json tool_names = nlohmann::json::array();
  for (const auto& t : in.tools) tool_names.push_back(t.name);
  transcript.Write("start", {{"step", ctx.step},
                             {"operator", name()},
                             {"parent_version", parent.number},
                             {"model", provider_->config().model},
                             {"provider", provider_->config().kind},
                             {"directions", ctx.directions},
                             {"tools", tool_names}});

  AgentStep step;
  step.ctx = &ctx;
  step.tools = &tools;
  step.env = &env;
  step.transcript = &transcript;
  step.system_prompt = BuildSystemPrompt(in);
  step.kickoff = BuildKickoff(in, parent.number);
  AgentLoop loop(*provider_, settings_);
  return loop.Run(step);
}

}  // namespace avo::agent
