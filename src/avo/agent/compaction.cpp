#include "avo/agent/compaction.h"

#include <fmt/format.h>

#include "avo/agent/prompt.h"
#include "avo/agent/prompt_text.h"
#include "avo/agent/tool.h"
#include "avo/operators/notes.h"

namespace avo::agent {
namespace {
using llm::Message;
using llm::Role;

constexpr std::size_t kRenderChars = 60000;  // of older turns shown to the summariser

std::string Render(const std::vector<Message>& msgs, std::size_t per_result) {
  std::string out;
  for (const auto& m : msgs) {
    switch (m.role) {
      case Role::kAssistant:
        if (!m.text.empty()) out += "ASSISTANT: " + CutMiddle(m.text, 3000) + "\n";
        for (const auto& c : m.tool_calls)
          out += fmt::format("CALL {} {}\n", c.name, CutMiddle(c.arguments.dump(), 1500));
        break;
      case Role::kTool:
        if (m.tool_result) {
          out += fmt::format("RESULT{}: {}\n", m.tool_result->is_error ? " (error)" : "",
                             CutMiddle(m.tool_result->content, per_result));
        }
        break;
      default:
        out += std::string(llm::RoleName(m.role)) + ": " + CutMiddle(m.text, 3000) + "\n";
    }
  }
  return out;
}

std::string Digest(const std::vector<Message>& msgs) {
  std::string out(text::kMechanicalDigest);
  for (const auto& m : msgs) {
    if (m.role == Role::kAssistant) {
      if (!m.text.empty()) out += "- said: " + CutMiddle(m.text, 300) + "\n";
      for (const auto& c : m.tool_calls)
        out += "- called " + c.name + " " + CutMiddle(c.arguments.dump(), 200) + "\n";
    } else if (m.role == Role::kTool && m.tool_result) {
      const std::string& r = m.tool_result->content;
      out += std::string("  -> ") + (m.tool_result->is_error ? "error: " : "") +
             CutMiddle(r.substr(0, r.find('\n')), 200) + "\n";
    }
  }
  return CutMiddle(out, 20000);
}

}  // namespace

std::int64_t EstimateTokens(const std::vector<Message>& messages,
                            const std::vector<llm::ToolSpec>& tools) {
  std::size_t chars = 0;
  for (const auto& m : messages) {
    chars += m.text.size() + 16;
    for (const auto& c : m.tool_calls)
      chars += c.name.size() +
               (c.raw_arguments.empty() ? c.arguments.dump().size() : c.raw_arguments.size()) + 16;
    if (m.tool_result) chars += m.tool_result->content.size() + 16;
  }
  for (const auto& t : tools)
    chars += t.name.size() + t.description.size() + t.parameters.dump().size();
  return static_cast<std::int64_t>(chars / 4);
}

CompactionResult Compact(llm::ChatProvider& provider, const std::vector<Message>& messages,
                         std::size_t head, int keep_turns, const std::string& notes,
                         std::size_t tail_result_chars) {
  CompactionResult r;
  head = std::min(head, messages.size());
  // The tail starts at the keep_turns-th last assistant message, so tool calls stay with their
  // results.
  std::size_t tail = messages.size();
  int seen = 0;
  for (std::size_t i = messages.size(); i > head; --i) {
    if (messages[i - 1].role == Role::kAssistant && ++seen == keep_turns) {
      tail = i - 1;
      break;
    }
  }
  if (seen < keep_turns) tail = head;  // too few turns: nothing to summarise, only cut the tail
  const std::vector<Message> middle(messages.begin() + static_cast<std::ptrdiff_t>(head),
                                    messages.begin() + static_cast<std::ptrdiff_t>(tail));

  r.messages.assign(messages.begin(), messages.begin() + static_cast<std::ptrdiff_t>(head));
  if (!middle.empty()) {
    r.removed = middle.size();
    llm::ChatRequest req;
    req.messages = {Message::System(std::string(text::kCompactionInstructions)),
                    Message::User(fmt::format(text::kCompactionLog,
                                              CutMiddle(Render(middle, 2500), kRenderChars)))};
    req.max_tokens = 2048;
    auto s = provider.Chat(req);
    if (s.ok() && !s->message.text.empty()) {
      r.summary = s->message.text;
      r.model_summary = true;
    } else {
      r.summary = Digest(middle);
    }
    std::string summary = fmt::format(text::kCompactedSummary, r.summary);
    if (!notes.empty()) summary += fmt::format(text::kCompactedNotes, NotesExcerpt(notes, 4000));
    r.messages.push_back(Message::User(summary));
  }
  for (std::size_t i = tail; i < messages.size(); ++i) {
    Message m = messages[i];
    if (m.tool_result)
      m.tool_result->content = CutMiddle(m.tool_result->content, tail_result_chars);
    r.messages.push_back(std::move(m));
  }
  return r;
}

}  // namespace avo::agent
