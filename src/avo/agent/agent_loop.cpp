#include "avo/agent/agent_loop.h"

#include <fmt/format.h>

#include "avo/agent/compaction.h"
#include "avo/llm/usage_meter.h"
#include "avo/util/time.h"

namespace avo::agent {
namespace {
using llm::Message;

AttemptCost CostOf(const llm::UsageTotals& t) {
  return {t.usage.input_tokens, t.usage.output_tokens, t.cost_usd};
}

AttemptCost Minus(const AttemptCost& a, const AttemptCost& b) {
  return {a.tokens_in - b.tokens_in, a.tokens_out - b.tokens_out, a.cost_usd - b.cost_usd};
}

std::string OneLine(const std::string& s) {
  std::string out = s.substr(0, s.find('\n'));
  return out.size() > 300 ? out.substr(0, 300) + "..." : out;
}

}  // namespace

Result<StepReport> AgentLoop::Run(AgentStep& step) {
  StepContext& ctx = *step.ctx;
  ToolEnv& env = *step.env;
  Transcript& tr = *step.transcript;
  const Stopwatch clock;

  // The step's meter enforces tokens, cost and wall time on every call (usage_meter.h).
  llm::UsageCaps caps;
  caps.max_tokens = ctx.budget.tokens;
  caps.max_cost_usd = ctx.budget.cost_usd;
  caps.max_wall_s = ctx.budget.wall_s;
  llm::UsageMeter meter(fmt::format("step {}", ctx.step), caps);
  llm::MeteredProvider model(provider_, meter);
  AttemptCost attributed;
  env.take_cost = [&] {
    const AttemptCost now = CostOf(meter.totals());
    const AttemptCost delta = Minus(now, attributed);
    attributed = now;
    return delta;
  };

  const auto specs = step.tools->Specs();
  std::vector<Message> messages;
  auto add = [&](Message m, int turn) {
    tr.Write("message", {{"turn", turn}, {"message", llm::ToJson(m)}});
    messages.push_back(std::move(m));
  };
  add(Message::System(step.system_prompt), 0);
  add(Message::User(step.kickoff), 0);
  const std::size_t head = messages.size();

  const std::int64_t window = provider_.config().context_window;
  std::int64_t last_prompt_tokens = 0;
  // Size of the conversation right after the last compaction: compacting again before it has grown
  // by a real amount would only buy a summary call that frees nothing.
  std::int64_t floor = EstimateTokens(messages, specs);
  auto compact = [&](const std::string& reason, int keep_turns, std::size_t tail_chars, int turn) {
    auto notes = ReadFile(env.notes_path);
    CompactionResult c =
        Compact(model, messages, head, keep_turns, notes.ok() ? *notes : "", tail_chars);
    tr.Write("compaction", {{"turn", turn},
                            {"reason", reason},
                            {"before_messages", messages.size()},
                            {"after_messages", c.messages.size()},
                            {"removed", c.removed},
                            {"model_summary", c.model_summary},
                            {"summary", c.summary}});
    messages = std::move(c.messages);
    for (const auto& m : messages) {
      if (m.role != llm::Role::kSystem)
        tr.Write("message", {{"turn", turn}, {"compacted", true}, {"message", llm::ToJson(m)}});
    }
    last_prompt_tokens = 0;
    floor = EstimateTokens(messages, specs);
  };

  StepReport report;
  std::string end_reason;
  Status fatal;
  int turn = 0;
  int idle_turns = 0;  // consecutive answers without a tool call
  while (true) {
    if (env.committed) {
      end_reason = "committed";
      break;
    }
    if (turn >= settings_.max_turns) {
      end_reason = fmt::format("turn budget of {} reached", settings_.max_turns);
      break;
    }
    if (ctx.cancelled && ctx.cancelled()) {
      end_reason = "stopped on request";
      break;
    }
    if (Status cap = meter.Check(); !cap.ok()) {
      end_reason = cap.message();
      break;
    }
    ++turn;
    if (window > 0) {
      const std::int64_t estimate = std::max(EstimateTokens(messages, specs), last_prompt_tokens);
      const std::int64_t limit =
          static_cast<std::int64_t>(settings_.compact_at * static_cast<double>(window)) -
          provider_.config().max_tokens / 4;
      if (estimate > limit && estimate - floor > window / 8)
        compact(fmt::format("estimated {} tokens near the context window of {}", estimate, window),
                2, 6000, turn);
    }

    llm::ChatRequest req;
    req.tools = specs;
    req.temperature = settings_.temperature;
    req.messages = messages;
    tr.Write("request",
             {{"turn", turn}, {"messages", req.messages.size()}, {"tools", req.tools.size()}});
    auto r = model.Chat(req);
    if (!r.ok() && llm::IsContextLengthExceeded(r.status())) {
      // The provider says it does not fit: compact harder (keep one turn, cut results) and try once
      // more.
      tr.Write("error", {{"turn", turn}, {"message", r.status().message()}});
      compact("the provider reported context length exceeded", 1, 2000, turn);
      req.messages = messages;
      tr.Write("request", {{"turn", turn},
                           {"messages", req.messages.size()},
                           {"tools", req.tools.size()},
                           {"retry", true}});
      r = model.Chat(req);
    }
    if (!r.ok()) {
      tr.Write("error", {{"turn", turn}, {"message", r.status().message()}});
      const auto code = r.status().code();
      if (code == Status::Code::kResourceExhausted &&
          meter.Check().code() == Status::Code::kResourceExhausted) {
        end_reason = r.status().message();  // our own budget: a clean end
      } else if (code == Status::Code::kCancelled) {
        end_reason = "stopped on request";
      } else {
        fatal = r.status().WithContext(fmt::format("agent step {}, turn {}", ctx.step, turn));
      }
      break;
    }
    last_prompt_tokens = r->usage.input_tokens + r->usage.output_tokens;
    tr.Write("response", {{"turn", turn}, {"response", llm::ToJson(*r)}});
    Message assistant = r->message;
    const auto calls = assistant.tool_calls;
    add(std::move(assistant), turn);

    if (calls.empty()) {
      if (r->stop_reason == llm::StopReason::kMaxTokens) {
        add(Message::User("Your answer was cut at the output limit. Continue, using smaller steps "
                          "(smaller file edits)."),
            turn);
        continue;
      }
      if (++idle_turns >= 2) {
        end_reason = "the agent ended the step";
        break;
      }
      add(Message::User(
              env.submissions == 0
                  ? "No version was committed in this step. If you have a correct improvement, "
                    "evaluate and "
                    "commit it with the tools; if you are done, reply again without a tool call."
                  : "The step ends when a commit is accepted. Continue improving and commit again, "
                    "or reply "
                    "again without a tool call to end the step."),
          turn);
      continue;
    }
    idle_turns = 0;
    for (const auto& call : calls) {
      if (env.committed) {
        // A commit earlier in this turn was accepted: the version these calls would act on is
        // history, and every call still needs its result for the conversation to stay valid.
        add(Message::Tool(call.id, "not run: this step already committed a version", true), turn);
        continue;
      }
      const Stopwatch t;
      ToolOutput out = step.tools->Call(call, env);
      tr.Write("tool",
               {{"turn", turn},
                {"name", call.name},
                {"id", call.id},
                {"arguments", call.arguments_error.empty() ? call.arguments
                                                           : nlohmann::json(call.raw_arguments)},
                {"is_error", out.is_error},
                {"chars", out.text.size()},
                {"seconds", t.Seconds()}});
      add(Message::Tool(call.id, out.text, out.is_error), turn);
    }
  }

  const llm::UsageTotals totals = meter.totals();
  report.submissions = env.submissions;
  report.committed = env.committed;
  report.cost = Minus(CostOf(totals), attributed);
  std::string verdicts;
  if (!env.verdicts.empty()) verdicts = "; last verdict: " + OneLine(env.verdicts.back());
  report.summary = fmt::format(
      "agent: {} after {} turn(s), {} evaluation(s), {} submission(s), {} tokens, ${:.4f}{}",
      fatal.ok() ? end_reason : "error", turn, env.evaluations, env.submissions,
      totals.usage.total_tokens(), totals.cost_usd, verdicts);
  tr.Write("end", {{"reason", fatal.ok() ? end_reason : fatal.message()},
                   {"turns", turn},
                   {"usage", llm::ToJson(totals.usage)},
                   {"cost_usd", totals.cost_usd},
                   {"seconds", clock.Seconds()},
                   {"submissions", env.submissions},
                   {"committed", env.committed}});
  if (!fatal.ok()) return fatal;
  return report;
}

}  // namespace avo::agent
