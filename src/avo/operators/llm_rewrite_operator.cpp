#include "avo/operators/llm_rewrite_operator.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <sstream>

#include "avo/operators/notes.h"
#include "avo/operators/summaries.h"
#include "avo/operators/transcript.h"
#include "avo/task/run_paths.h"

namespace avo {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream is(text);
  for (std::string line; std::getline(is, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

bool IsFence(const std::string& line, std::string* fence) {
  const auto b = line.find_first_not_of(' ');
  if (b > 3) return false;  // npos too: a line of spaces is no fence
  const std::string rest = line.substr(b);
  for (const char* f : {"```", "~~~"}) {
    if (rest.rfind(f, 0) == 0) {
      if (fence != nullptr) *fence = f;
      return true;
    }
  }
  return false;
}

std::string HeaderPath(const std::string& line) {
  static const std::string kTag = "### FILE:";
  if (line.rfind(kTag, 0) != 0) return "";
  std::string p = line.substr(kTag.size());
  const auto b = p.find_first_not_of(" \t`");
  const auto e = p.find_last_not_of(" \t`");
  return b == std::string::npos ? "" : p.substr(b, e - b + 1);
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// The one user message: the task, the lineage, the parent's scores and files, recent attempts,
// the supervisor's directions and the notes.
std::string RewritePrompt(const StepContext& ctx, const std::vector<Version>& versions,
                          const Version& parent, const FileSet& parent_files) {
  const TaskSpec& t = *ctx.task;
  const std::string suite = ctx.suite.empty() ? t.default_suite : ctx.suite;

  std::string user = fmt::format(
      "# Task: {}\n{}\n\nMetric: {} in {}, {} is better; geometric mean over suite '{}'. Any "
      "incorrect "
      "configuration scores zero.\n\n# Lineage\n{}\n",
      t.name, t.description, t.metric_name, t.unit,
      t.direction == Direction::kHigher ? "higher" : "lower", suite, FormatVersions(versions, 10));
  if (auto e = Evaluation::FromJson(parent.score); e.ok()) {
    user += fmt::format("# Parent v{} per configuration\n{}\n", parent.number,
                        FormatEvaluationForModel(*e, std::nullopt, -1));
  }
  if (auto a = ctx.archive->Attempts(10); a.ok())
    user += "# Recent attempts (newest first)\n" + FormatAttempts(*a, 10) + "\n";
  if (!ctx.directions.empty()) {
    user += "# Directions from the supervisor\n";
    for (const auto& d : ctx.directions) user += "- " + d + "\n";
    user += "\n";
  }
  if (const std::string n = ReadNotes(ctx.run_dir); !n.empty())
    user += "# Notes\n" + NotesExcerpt(n, 3000) + "\n";
  user +=
      fmt::format("# Files of the parent v{} (editable: {})\n", parent.number, Join(t.editable));
  for (const auto& [path, content] : parent_files)
    user += fmt::format("### FILE: {}\n```\n{}```\n\n", path, content);
  user +=
      "Write an improved version. Answer with a one-line summary, optionally a few lines of "
      "reasoning, then for each "
      "file you change a '### FILE: path' line followed by a fenced block with the COMPLETE new "
      "content of that file.";
  return user;
}

}  // namespace

Result<RewriteReply> ParseRewriteReply(const std::string& text,
                                       const std::vector<std::string>& editable) {
  const auto lines = Lines(text);
  RewriteReply reply;
  std::vector<std::size_t> headers;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("### FILE:", 0) == 0) headers.push_back(i);
  }
  if (headers.empty()) return Status::InvalidArgument("the reply holds no '### FILE: path' block");
  for (std::size_t i = 0; i < headers.front(); ++i) reply.message += lines[i] + "\n";
  while (!reply.message.empty() && (reply.message.back() == '\n' || reply.message.back() == ' '))
    reply.message.pop_back();
  for (std::size_t h = 0; h < headers.size(); ++h) {
    const std::string path = HeaderPath(lines[headers[h]]);
    const std::size_t end = h + 1 < headers.size() ? headers[h + 1] : lines.size();
    if (path.empty())
      return Status::InvalidArgument(
          fmt::format("line {}: a file header without a path", headers[h] + 1));
    if (path.front() == '/' || path.find("..") != std::string::npos) {
      return Status::InvalidArgument("'" + path + "' is not a path inside the task");
    }
    bool ok = false;
    for (const auto& pattern : editable) ok = ok || GlobMatch(pattern, path);
    if (!ok)
      return Status::InvalidArgument(
          fmt::format("'{}' is not an editable file (editable: {})", path, Join(editable)));
    std::size_t open = headers[h] + 1;
    while (open < end && lines[open].find_first_not_of(" \t") == std::string::npos) ++open;
    std::string fence;
    if (open >= end || !IsFence(lines[open], &fence)) {
      return Status::InvalidArgument("the block of '" + path + "' does not start with a ``` fence");
    }
    std::size_t close = end;
    for (std::size_t i = end; i > open + 1; --i) {
      std::string f;
      if (IsFence(lines[i - 1], &f) && f == fence &&
          lines[i - 1].find_first_not_of(" `~") == std::string::npos) {
        close = i - 1;
        break;
      }
    }
    if (close == end)
      return Status::InvalidArgument("the block of '" + path +
                                     "' is not closed (the reply may have been cut)");
    std::string content;
    for (std::size_t i = open + 1; i < close; ++i) content += lines[i] + "\n";
    reply.files[path] = content;
  }
  return reply;
}

LlmRewriteOperator::LlmRewriteOperator(std::unique_ptr<llm::ChatProvider> provider, double p_best,
                                       std::optional<double> temperature)
    : LlmRewriteOperator(std::move(provider), std::make_unique<BestOrEarlierSelector>(p_best),
                         temperature) {}

LlmRewriteOperator::LlmRewriteOperator(std::unique_ptr<llm::ChatProvider> provider,
                                       std::unique_ptr<ParentSelector> selector,
                                       std::optional<double> temperature)
    : provider_(std::move(provider)), selector_(std::move(selector)), temperature_(temperature) {}

Result<StepReport> LlmRewriteOperator::Vary(StepContext& ctx) {
  AVO_ASSIGN_OR_RETURN(auto versions, ctx.lineage->Versions());
  if (versions.empty()) return Status::Internal("llm-rewrite: the lineage is empty");
  const Version& parent = selector_->Select(versions, *ctx.rng);
  AVO_ASSIGN_OR_RETURN(FileSet parent_files, ctx.lineage->Files(parent.commit));
  const TaskSpec& t = *ctx.task;
  const std::string user = RewritePrompt(ctx, versions, parent, parent_files);

  llm::ChatRequest req;
  req.messages = {
      llm::Message::System(
          "You are an expert performance engineer improving a program in an evolutionary "
          "search. Only editable files may change; correctness comes first; the new version "
          "is kept only if it is correct and faster than the best so far."),
      llm::Message::User(user)};
  req.temperature = temperature_;
  // The one call ends with the step: on a stop request or once the step's wall time is spent.
  using Clock = std::chrono::steady_clock;
  const auto deadline =
      Clock::now() + std::chrono::duration_cast<Clock::duration>(
                         std::chrono::duration<double>(std::max(0.0, ctx.budget.wall_s)));
  req.cancelled = [&ctx, deadline] {
    return (ctx.cancelled && ctx.cancelled()) || Clock::now() >= deadline;
  };
  const std::filesystem::path transcript_path = StepPaths(ctx.step_dir).transcript();
  Transcript tr(transcript_path);
  for (const auto& m : req.messages)
    tr.Write("message", {{"turn", 1}, {"message", llm::ToJson(m)}});
  auto r = provider_->Chat(req);
  if (!r.ok()) {
    tr.Write("error", {{"message", r.status().message()}});
    if (r.status().code() == Status::Code::kCancelled && Clock::now() >= deadline) {
      return Status::Timeout(
          fmt::format("llm-rewrite: no answer within the step's {:g} s", ctx.budget.wall_s));
    }
    return r.status().WithContext("llm-rewrite");
  }
  tr.Write("response", {{"turn", 1}, {"response", llm::ToJson(*r)}});
  StepReport report;
  const AttemptCost cost{r->usage.input_tokens, r->usage.output_tokens, r->cost_usd};
  auto reply = ParseRewriteReply(r->message.text, t.editable);
  if (!reply.ok()) {
    report.cost = cost;
    report.summary = "llm-rewrite: unusable reply: " + reply.status().message();
    tr.Write("end", {{"reason", report.summary}});
    return report;
  }
  FileSet files = parent_files;
  for (auto& [path, content] : reply->files) files[path] = std::move(content);
  if (files == parent_files) {
    report.cost = cost;
    report.summary = "llm-rewrite: the reply repeats the parent's files; nothing submitted";
    return report;
  }
  Submission s;
  s.files = std::move(files);
  s.parent_version = parent.number;
  s.message =
      reply->message.empty() ? fmt::format("llm-rewrite of v{}", parent.number) : reply->message;
  s.cost = cost;
  s.transcript = std::filesystem::relative(transcript_path, ctx.run_dir).generic_string();
  Verdict v = ctx.submit(s);
  tr.Write("end", {{"reason", v.reason}, {"committed", v.committed}});
  report.submissions = 1;
  report.committed = v.committed;
  report.summary = "llm-rewrite v" + std::to_string(parent.number) + " => " + v.reason;
  return report;
}

}  // namespace avo
