#include "avo/operators/exec_operator.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "avo/kb/run_knowledge.h"
#include "avo/operators/brief.h"
#include "avo/operators/notes.h"
#include "avo/operators/workspace.h"
#include "avo/task/run_paths.h"
#include "avo/util/process.h"

namespace avo {
namespace fs = std::filesystem;

ExecOperator::ExecOperator(std::string command, double timeout_s, fs::path avo_binary,
                           std::vector<fs::path> kb_paths)
    : command_(std::move(command)),
      timeout_s_(timeout_s),
      avo_binary_(std::move(avo_binary)),
      kb_paths_(std::move(kb_paths)) {}

Result<StepReport> ExecOperator::Vary(StepContext& ctx) {
  const RunPaths run_paths(ctx.run_dir);
  const StepPaths step_paths(ctx.step_dir);
  AVO_ASSIGN_OR_RETURN(StepStart start,
                       StartFromBest(*ctx.lineage, *ctx.task, step_paths.workspace(), "exec"));
  const std::vector<Version>& versions = start.versions;
  const Version& parent = start.parent();
  const FileSet& parent_files = start.parent_files;
  Workspace& ws = start.workspace;

  BriefInputs in;
  in.ctx = &ctx;
  in.versions = versions;
  auto attempts = ctx.archive->Attempts(12);
  if (attempts.ok()) in.attempts = *attempts;
  in.notes = ReadNotes(ctx.run_dir);
  in.workspace = ws.root();
  in.avo_binary = avo_binary_.empty() ? fs::path("avo") : avo_binary_;
  in.kb_paths = kb::KbPathsFor(ctx.run_dir, *ctx.task, kb_paths_);
  std::error_code ec;
  if (fs::exists(kb::KbPath(ctx.run_dir), ec)) in.kb_db = kb::KbPath(ctx.run_dir);
  const std::string brief = BuildBrief(in);
  const fs::path brief_path = ws.root() / "BRIEF.md";
  AVO_RETURN_IF_ERROR(WriteFile(brief_path, brief));
  const fs::path message_path = step_paths.exec_message();
  fs::remove(message_path, ec);

  ProcessOptions o;
  o.argv = ShellCommand(command_);
  o.cwd = ws.root();
  o.stdin_data = brief;
  o.timeout = std::chrono::milliseconds(
      static_cast<std::int64_t>(std::min(timeout_s_, ctx.budget.wall_s) * 1000));
  o.env = {{"AVO_BRIEF", brief_path.string()},     {"AVO_WORKSPACE", ws.root().string()},
           {"AVO_RUN", ctx.run_dir.string()},      {"AVO_TASK", run_paths.task().string()},
           {"AVO_STEP", std::to_string(ctx.step)}, {"AVO_MESSAGE", message_path.string()}};
  // A stop request (Ctrl-C, SIGTERM) ends the agent's command as its timeout would, instead of
  // waiting up to an hour for it.
  o.cancelled = ctx.cancelled;
  AVO_ASSIGN_OR_RETURN(ProcessResult r, RunProcess(o));
  const fs::path log = step_paths.exec_log();
  const std::string transcript =
      fmt::format("$ {}\n{} in {:.1f} s\n--- stdout ---\n{}\n--- stderr ---\n{}\n", command_,
                  r.Describe(), r.wall_s, r.out, r.err);
  // The log is the attempt's transcript for a person: losing it costs the step nothing, but is
  // worth a warning.
  if (Status st = WriteFile(log, transcript); !st.ok())
    spdlog::warn("exec: the command's log: {}", st.message());

  StepReport report;
  if (r.cancelled) {
    // Edits cut short by the stop are not a candidate the agent chose to submit.
    report.summary = "exec: the command was stopped on request; nothing submitted";
    return report;
  }
  AVO_ASSIGN_OR_RETURN(FileSet files, ws.EditableFiles());
  if (files == parent_files) {
    report.summary =
        fmt::format("exec: the command ({}) left the editable files unchanged; nothing submitted",
                    r.Describe());
    return report;
  }
  Submission s;
  s.files = std::move(files);
  s.parent_version = parent.number;
  s.transcript = fs::relative(log, ctx.run_dir).generic_string();
  auto written = ReadFile(message_path);
  if (written.ok() && written->find_first_not_of(" \t\n") != std::string::npos) {
    s.message = *written;
  } else {
    s.message = fmt::format("exec: changes by `{}`",
                            command_.size() > 80 ? command_.substr(0, 77) + "..." : command_);
  }
  s.message += fmt::format("\n\nExec operator: the command ended with {} after {:.0f} s.",
                           r.Describe(), r.wall_s);
  Verdict v = ctx.submit(s);
  report.submissions = 1;
  report.committed = v.committed;
  report.summary = "exec => " + v.reason;
  return report;
}

}  // namespace avo
