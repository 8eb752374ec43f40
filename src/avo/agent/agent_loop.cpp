#include "avo/agent/agent_loop.h"

#include <fmt/format.h>

#include <optional>

#include "avo/agent/compaction.h"
#include "avo/agent/prompt_text.h"
#include "avo/llm/usage_meter.h"
#include "avo/util/time.h"
#include "avo/util/utf8.h"

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

// The messages of one step as the model sees them, each also written to the transcript, and the
// accounting that decides when they must be compacted to fit the model's context window.
class Conversation {
 public:
  Conversation(Transcript& tr, std::vector<llm::ToolSpec> specs, std::filesystem::path notes_path)
      : tr_(tr), specs_(std::move(specs)), notes_path_(std::move(notes_path)) {}

  // The system prompt and the kickoff: the head that compaction always keeps.
  void Open(const std::string& system_prompt, const std::string& kickoff) {
    Add(Message::System(system_prompt), 0);
    Add(Message::User(kickoff), 0);
    head_ = messages_.size();
    floor_ = EstimateTokens(messages_, specs_);
  }

  // Text from this machine (a tool's output: a program's bytes, a line cut mid-character, a file
  // read whole) joins the conversation as UTF-8, with U+FFFD for what is not: a request must
  // encode as JSON, and one byte of a binary's output must not end the step.
  void Add(Message m, int turn) {
    m.text = RepairUtf8(m.text);
    if (m.tool_result) m.tool_result->content = RepairUtf8(m.tool_result->content);
    tr_.Write("message", {{"turn", turn}, {"message", llm::ToJson(m)}});
    messages_.push_back(std::move(m));
  }

  // The provider's count of the last call is better than our estimate when it is larger.
  void CountUsage(const llm::Usage& u) { last_prompt_tokens_ = u.input_tokens + u.output_tokens; }

  // Why the conversation should be compacted before the next call, or nothing.
  [[nodiscard]] std::optional<std::string> CompactionDue(const llm::ProviderConfig& config,
                                                         double compact_at) const {
    const std::int64_t window = config.context_window;
    if (window <= 0) return std::nullopt;
    const std::int64_t estimate = std::max(EstimateTokens(messages_, specs_), last_prompt_tokens_);
    const std::int64_t limit = Limit(config, compact_at);
    // Compacting again before the conversation has grown by a real amount since the last time
    // would only buy a summary call that frees nothing.
    if (estimate > limit && estimate - floor_ > window / 8)
      return fmt::format("estimated {} tokens near the context window of {}", estimate, window);
    return std::nullopt;
  }

  // The size the conversation should stay under: a share of the window, less room for the answer.
  static std::int64_t Limit(const llm::ProviderConfig& config, double compact_at) {
    return static_cast<std::int64_t>(compact_at * static_cast<double>(config.context_window)) -
           config.max_tokens / 4;
  }

  // Compacts, harder each time (fewer turns kept verbatim, shorter tool results), until the
  // conversation fits under `limit` or nothing is left to cut: a compaction that still overshoots
  // would only be followed by another one a turn later.
  void CompactToFit(llm::ChatProvider& model, const std::string& reason, std::int64_t limit,
                    int turn) {
    struct Level {
      int keep_turns;
      std::size_t tail_chars;
    };
    static constexpr Level kLevels[] = {{2, 6000}, {1, 2000}, {0, 0}};
    for (const Level& level : kLevels) {
      Compact(model, reason, level.keep_turns, level.tail_chars, turn);
      if (EstimateTokens(messages_, specs_) <= limit) return;
    }
  }

  // Replaces all but the head and the last `keep_turns` turns by a summary (compaction.h).
  void Compact(llm::ChatProvider& model, const std::string& reason, int keep_turns,
               std::size_t tail_chars, int turn) {
    auto notes = ReadFile(notes_path_);
    CompactionResult c =
        agent::Compact(model, messages_, head_, keep_turns, notes.ok() ? *notes : "", tail_chars);
    tr_.Write("compaction", {{"turn", turn},
                             {"reason", reason},
                             {"before_messages", messages_.size()},
                             {"after_messages", c.messages.size()},
                             {"removed", c.removed},
                             {"model_summary", c.model_summary},
                             {"summary", c.summary}});
    messages_ = std::move(c.messages);
    for (const auto& m : messages_) {
      if (m.role != llm::Role::kSystem)
        tr_.Write("message", {{"turn", turn}, {"compacted", true}, {"message", llm::ToJson(m)}});
    }
    last_prompt_tokens_ = 0;
    floor_ = EstimateTokens(messages_, specs_);
  }

  [[nodiscard]] const std::vector<Message>& messages() const { return messages_; }
  [[nodiscard]] const std::vector<llm::ToolSpec>& specs() const { return specs_; }

 private:
  Transcript& tr_;
  std::vector<llm::ToolSpec> specs_;
  std::filesystem::path notes_path_;
  std::vector<Message> messages_;
  std::size_t head_ = 0;
  std::int64_t last_prompt_tokens_ = 0;
  std::int64_t floor_ = 0;  // the estimate right after the last compaction
};

// How a step ended: a clean reason, or a fatal error.
struct Ending {
  std::string reason;
  Status fatal;
};

// One run of the agent loop: the state of a step from its first call to its report.
class StepRun {
 public:
  StepRun(llm::ChatProvider& provider, const AgentSettings& settings, AgentStep& step)
      : settings_(settings),
        step_(step),
        ctx_(*step.ctx),
        env_(*step.env),
        tr_(*step.transcript),
        meter_(fmt::format("step {}", ctx_.step), CapsOf(ctx_.budget)),
        model_(provider, meter_),
        conversation_(tr_, step.tools->Specs(), env_.notes_path) {
    meter_.OnRecord([this](const llm::Usage& u, double cost_usd) {
      if (ctx_.spend) ctx_.spend(AttemptCost{u.input_tokens, u.output_tokens, cost_usd});
    });
    // Each submission carries what was spent since the previous one, so the archive can tell what
    // an attempt cost; Finish reports the rest.
    env_.take_cost = [this] {
      const AttemptCost now = CostOf(meter_.totals());
      const AttemptCost delta = Minus(now, attributed_);
      attributed_ = now;
      return delta;
    };
  }
  StepRun(const StepRun&) = delete;
  StepRun& operator=(const StepRun&) = delete;

  // The agent of AVO §3.2: the model plans, then edits, builds, evaluates and submits through its
  // tools, turn after turn, until the stop rule ends the step.
  Result<StepReport> Run() {
    conversation_.Open(step_.system_prompt, step_.kickoff);
    while (true) {
      if (auto reason = StopReason()) return Finish({*reason, Status::Ok()});
      ++turn_;
      if (auto reason = conversation_.CompactionDue(model_.config(), settings_.compact_at)) {
        conversation_.CompactToFit(
            model_, *reason, Conversation::Limit(model_.config(), settings_.compact_at), turn_);
      }
      Result<llm::ChatResponse> r = CallModel();
      if (!r.ok()) return Finish(EndOnError(r.status()));
      if (r->message.tool_calls.empty()) {
        AnswerWithoutTools(*r);
      } else {
        idle_turns_ = 0;
        RunTools(r->message.tool_calls);
      }
    }
  }

 private:
  // The step's meter enforces tokens, cost and wall time on every call (usage_meter.h).
  static llm::UsageCaps CapsOf(const StepBudget& budget) {
    llm::UsageCaps caps;
    caps.max_tokens = budget.tokens;
    caps.max_cost_usd = budget.cost_usd;
    caps.max_wall_s = budget.wall_s;
    return caps;
  }

  // The stop rule, checked before every turn: a commit was accepted, the model said twice that it
  // is done, or a budget (turns, tokens, cost, wall time) is spent, or the user stopped the run.
  [[nodiscard]] std::optional<std::string> StopReason() const {
    if (env_.committed) return "committed";
    if (idle_turns_ >= 2) return "the agent ended the step";
    if (turn_ >= settings_.max_turns)
      return fmt::format("turn budget of {} reached", settings_.max_turns);
    if (ctx_.cancelled && ctx_.cancelled()) return "stopped on request";
    if (Status cap = meter_.Check(); !cap.ok()) return cap.message();
    return std::nullopt;
  }

  Result<llm::ChatResponse> Chat(bool retry) {
    llm::ChatRequest req;
    req.tools = conversation_.specs();
    req.temperature = settings_.temperature;
    req.messages = conversation_.messages();
    req.cancelled = ctx_.cancelled;  // a stop request ends the call in flight, not only the next
    nlohmann::json record = {
        {"turn", turn_}, {"messages", req.messages.size()}, {"tools", req.tools.size()}};
    if (retry) record["retry"] = true;
    tr_.Write("request", record);
    return model_.Chat(req);
  }

  // One model turn; its answer joins the conversation.
  Result<llm::ChatResponse> CallModel() {
    auto r = Chat(false);
    if (!r.ok() && llm::IsContextLengthExceeded(r.status())) {
      // The provider says it does not fit: compact harder (keep one turn, cut results) and try
      // once more.
      tr_.Write("error", {{"turn", turn_}, {"message", r.status().message()}});
      conversation_.Compact(model_, "the provider reported context length exceeded", 1, 2000,
                            turn_);
      r = Chat(true);
    }
    if (!r.ok()) {
      tr_.Write("error", {{"turn", turn_}, {"message", r.status().message()}});
      return r;
    }
    conversation_.CountUsage(r->usage);
    tr_.Write("response", {{"turn", turn_}, {"response", llm::ToJson(*r)}});
    conversation_.Add(r->message, turn_);
    return r;
  }

  // A failed call ends the step: cleanly when our own budget or the user stopped it.
  [[nodiscard]] Ending EndOnError(const Status& s) const {
    if (s.code() == Status::Code::kResourceExhausted &&
        meter_.Check().code() == Status::Code::kResourceExhausted) {
      return {s.message(), Status::Ok()};
    }
    if (s.code() == Status::Code::kCancelled) return {"stopped on request", Status::Ok()};
    return {"", s.WithContext(fmt::format("agent step {}, turn {}", ctx_.step, turn_))};
  }

  // An answer without a tool call: cut at the output limit, or the model thinks it is done; the
  // second such answer in a row ends the step (the stop rule), the first gets a nudge.
  void AnswerWithoutTools(const llm::ChatResponse& r) {
    if (r.stop_reason == llm::StopReason::kMaxTokens) {
      conversation_.Add(Message::User(std::string(text::kAnswerCut)), turn_);
      return;
    }
    if (++idle_turns_ >= 2) return;
    conversation_.Add(
        Message::User(std::string(env_.submissions == 0 ? text::kNudgeNothingSubmitted
                                                        : text::kNudgeAfterRejection)),
        turn_);
  }

  // Every call gets a result, in order, for the conversation to stay valid.
  void RunTools(const std::vector<llm::ToolCall>& calls) {
    for (const auto& call : calls) {
      if (env_.committed) {
        // A commit earlier in this turn was accepted: the version these calls would act on is
        // history.
        conversation_.Add(Message::Tool(call.id, std::string(text::kNotRunAfterCommit), true),
                          turn_);
        continue;
      }
      const Stopwatch t;
      ToolOutput out = step_.tools->Call(call, env_);
      tr_.Write("tool",
                {{"turn", turn_},
                 {"name", call.name},
                 {"id", call.id},
                 {"arguments", call.arguments_error.empty() ? call.arguments
                                                            : nlohmann::json(call.raw_arguments)},
                 {"is_error", out.is_error},
                 {"chars", out.text.size()},
                 {"seconds", t.Seconds()}});
      conversation_.Add(Message::Tool(call.id, out.text, out.is_error), turn_);
    }
  }

  // The step's report and the transcript's last record.
  Result<StepReport> Finish(const Ending& end) {
    const llm::UsageTotals totals = meter_.totals();
    StepReport report;
    report.submissions = env_.submissions;
    report.committed = env_.committed;
    report.cost = Minus(CostOf(totals), attributed_);
    std::string verdicts;
    if (!env_.verdicts.empty()) verdicts = "; last verdict: " + OneLine(env_.verdicts.back());
    report.summary = fmt::format(
        "agent: {} after {} turn(s), {} evaluation(s), {} submission(s), {} tokens, ${:.4f}{}",
        end.fatal.ok() ? end.reason : "error", turn_, env_.evaluations, env_.submissions,
        totals.usage.total_tokens(), totals.cost_usd, verdicts);
    tr_.Write("end", {{"reason", end.fatal.ok() ? end.reason : end.fatal.message()},
                      {"turns", turn_},
                      {"usage", llm::ToJson(totals.usage)},
                      {"cost_usd", totals.cost_usd},
                      {"seconds", clock_.Seconds()},
                      {"submissions", env_.submissions},
                      {"committed", env_.committed}});
    if (!end.fatal.ok()) return end.fatal;
    return report;
  }

  const AgentSettings& settings_;
  AgentStep& step_;
  StepContext& ctx_;
  ToolEnv& env_;
  Transcript& tr_;
  const Stopwatch clock_;
  llm::UsageMeter meter_;
  llm::MeteredProvider model_;
  Conversation conversation_;
  AttemptCost attributed_;  // the cost already handed to submissions
  int turn_ = 0;
  int idle_turns_ = 0;  // consecutive answers without a tool call
};

}  // namespace

Result<StepReport> AgentLoop::Run(AgentStep& step) {
  StepRun run(provider_, settings_, step);
  return run.Run();
}

}  // namespace avo::agent
