#include "avo/engine/step.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>

#include "avo/archive/run_state.h"
#include "avo/kb/run_knowledge.h"
#include "avo/operators/brief.h"
#include "avo/operators/notes.h"
#include "avo/operators/workspace.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

std::int64_t Now() { return static_cast<std::int64_t>(std::time(nullptr)); }

}  // namespace

nlohmann::json OpenStep::ToJson() const {
  return {{"step", step},
          {"parent", parent},
          {"by", by},
          {"suite", suite},
          {"workspace", workspace},
          {"opened", opened},
          {"evaluations", evaluations},
          {"commits", commits}};
}

Result<OpenStep> OpenStep::FromJson(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("step") || !j.contains("workspace"))
    return Status::Internal("archive: the open step's record is unreadable");
  OpenStep s;
  try {
    s.step = j.at("step").get<std::int64_t>();
    s.parent = j.value("parent", 0);
    s.by = j.value("by", "step");
    s.suite = j.value("suite", "");
    s.workspace = j.at("workspace").get<std::string>();
    s.opened = j.value("opened", std::int64_t{0});
    s.evaluations = j.value("evaluations", 0);
    s.commits = j.value("commits", 0);
  } catch (const nlohmann::json::exception& e) {
    return Status::Internal(std::string("archive: the open step's record is unreadable: ") +
                            e.what());
  }
  return s;
}

StepDriver::StepDriver(Run& run, Engine& engine, int max_evaluations)
    : run_(run), engine_(engine), max_evaluations_(max_evaluations) {}

fs::path StepDriver::WorkspaceOf(const OpenStep& s) const { return run_.dir() / s.workspace; }

Result<std::optional<OpenStep>> StepDriver::Load() const {
  AVO_ASSIGN_OR_RETURN(const RunState state, LoadRunState(run_.archive()));
  const auto& text = state.open_step;
  if (!text || text->empty()) return std::optional<OpenStep>();
  auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_null()) return std::optional<OpenStep>();
  AVO_ASSIGN_OR_RETURN(OpenStep s, OpenStep::FromJson(j));
  return std::optional<OpenStep>(std::move(s));
}

Status StepDriver::Save(const std::optional<OpenStep>& s) {
  return SaveOpenStep(run_.archive(), s ? s->ToJson().dump() : std::string());
}

Status StepDriver::Start(const std::string& suite) {
  AVO_ASSIGN_OR_RETURN(auto open, Load());
  return engine_.Open(open ? open->suite : suite, 0);
}

Result<StepState> StepDriver::Current() {
  StepState state;
  AVO_ASSIGN_OR_RETURN(state.open, Load());
  if (!state.open) return state;
  // A commit of this step that reached the lineage (reconciled by Engine::Open) closes it: the
  // command that made it was stopped before it could.
  AVO_ASSIGN_OR_RETURN(auto attempts, run_.archive().Attempts());
  for (const auto& a : attempts) {
    if (a.step != state.open->step || a.status != "committed") continue;
    state.note = fmt::format(
        "step {} was committed as v{} by a command that was stopped before it closed the step; "
        "it is closed now",
        a.step, a.version);
    AVO_RETURN_IF_ERROR(
        run_.archive().RecordEvent(a.step, "step_closed", state.note, {{"version", a.version}}));
    AVO_RETURN_IF_ERROR(Save(std::nullopt));
    state.open.reset();
    return state;
  }
  for (const auto& a : attempts) {
    if (a.step == state.open->step && a.status == "interrupted") {
      state.note = fmt::format(
          "attempt {} of this step was interrupted before the gate decided; commit again", a.id);
      break;
    }
  }
  return state;
}

Result<StepState> StepDriver::Begin(const std::optional<std::string>& parent, const std::string& by,
                                    const std::string& suite) {
  AVO_ASSIGN_OR_RETURN(StepState state, Current());
  if (state.open) {
    state.note = fmt::format("step {} is open already (begun by {}); one open step per run",
                             state.open->step, state.open->by);
    return state;
  }
  if (!suite.empty()) AVO_RETURN_IF_ERROR(run_.task().CheckSearchSuite(suite));
  AVO_ASSIGN_OR_RETURN(Version from, run_.lineage().Resolve(parent.value_or("head")));
  AVO_ASSIGN_OR_RETURN(FileSet files, run_.lineage().Files(from.commit));
  AVO_ASSIGN_OR_RETURN(std::int64_t step, engine_.ReserveStep());
  OpenStep s;
  s.step = step;
  s.parent = from.number;
  s.by = by.empty() ? "step" : by;
  s.suite = suite.empty() ? engine_.suite() : suite;
  s.workspace = fs::relative(run_.paths().step(step).workspace(), run_.dir()).generic_string();
  s.opened = Now();
  AVO_ASSIGN_OR_RETURN(Workspace ws, Workspace::Create(WorkspaceOf(s), run_.task(), files));
  (void)ws;
  AVO_RETURN_IF_ERROR(Save(s));
  AVO_RETURN_IF_ERROR(run_.archive().RecordEvent(
      step, "step_begin", fmt::format("step {} begun by {} from v{}", step, s.by, s.parent),
      s.ToJson()));
  state.open = s;
  return state;
}

Result<Evaluation> StepDriver::Eval(Evaluator& evaluator, const std::string& suite,
                                    bool baselines) {
  AVO_ASSIGN_OR_RETURN(StepState state, Current());
  if (!state.open) return Status::InvalidArgument("no step is open: avo step begin first");
  OpenStep& s = *state.open;
  if (s.evaluations >= max_evaluations_) {
    return Status::ResourceExhausted(
        fmt::format("step {} has used its {} advisory evaluations; commit or abort it", s.step,
                    max_evaluations_));
  }
  if (!suite.empty()) AVO_RETURN_IF_ERROR(run_.task().CheckSearchSuite(suite));
  AVO_ASSIGN_OR_RETURN(FileSet files, ReadFileSet(WorkspaceOf(s), run_.task().editable));
  ++s.evaluations;
  AVO_RETURN_IF_ERROR(Save(s));
  const std::string on = suite.empty() ? s.suite : suite;
  Evaluation e = evaluator.Score(files, {on, baselines, fmt::format("step-{}-eval", s.step)});
  AVO_RETURN_IF_ERROR(run_.archive().RecordEvent(
      s.step, "step_eval",
      fmt::format("advisory evaluation {} of step {}: {}", s.evaluations, s.step,
                  e.correct ? fmt::format("{:.4g} {}", e.scalar, e.unit) : e.reason),
      {{"advisory", true}, {"evaluation", e.ToJson()}}));
  return e;
}

Result<Verdict> StepDriver::Commit(const std::string& message) {
  AVO_ASSIGN_OR_RETURN(StepState state, Current());
  if (!state.open) return Status::InvalidArgument("no step is open: avo step begin first");
  OpenStep& s = *state.open;
  if (message.find_first_not_of(" \t\n") == std::string::npos)
    return Status::InvalidArgument("the commit message is empty: say what changed and why");
  Submission sub;
  AVO_ASSIGN_OR_RETURN(sub.files, ReadFileSet(WorkspaceOf(s), run_.task().editable));
  if (sub.files.empty())
    return Status::InvalidArgument(WorkspaceOf(s).string() + " holds none of the editable files");
  sub.message = message;
  sub.parent_version = s.parent;
  sub.by = s.by;
  ++s.commits;
  AVO_RETURN_IF_ERROR(Save(s));
  Verdict v = engine_.Judge(sub, s.step);
  if (engine_.infra_error()) return Status::Unavailable(*engine_.infra_error());
  if (v.committed) AVO_RETURN_IF_ERROR(Save(std::nullopt));
  // The supervisor sees every judged commit, rejections included: stagnation is made of them.
  engine_.Observe(s.step);
  return v;
}

Status StepDriver::Abort(const std::string& why) {
  AVO_ASSIGN_OR_RETURN(StepState state, Current());
  if (!state.open) return Status::InvalidArgument("no step is open");
  AVO_RETURN_IF_ERROR(run_.archive().RecordEvent(
      state.open->step, "step_abort",
      fmt::format("step {} aborted{}", state.open->step, why.empty() ? "" : ": " + why),
      state.open->ToJson()));
  return Save(std::nullopt);
}

std::string StepBrief(Run& run, const Engine& engine, const OpenStep& s,
                      const fs::path& avo_binary) {
  StepContext ctx;
  ctx.task = &run.task();
  ctx.lineage = &run.lineage();
  ctx.archive = &run.archive();
  ctx.suite = s.suite;
  ctx.step = s.step;
  ctx.directions = engine.directions();
  ctx.run_dir = run.dir();
  ctx.step_dir = run.paths().step(s.step).dir();
  BriefInputs in;
  in.ctx = &ctx;
  auto versions = run.lineage().Versions();
  if (versions.ok()) in.versions = *versions;
  auto attempts = run.archive().Attempts(12);
  if (attempts.ok()) in.attempts = *attempts;
  in.notes = ReadNotes(run.dir());
  in.workspace = run.dir() / s.workspace;
  in.avo_binary = avo_binary;
  in.kb_paths = kb::KbPathsFor(run.dir(), run.task(), {});
  std::error_code ec;
  if (fs::exists(kb::KbPath(run.dir()), ec)) in.kb_db = kb::KbPath(run.dir());
  in.step_commands = true;
  return BuildBrief(in);
}

}  // namespace avo
