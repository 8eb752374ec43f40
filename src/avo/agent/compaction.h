// Context compaction: when the conversation nears the model's context window, older turns are
// replaced by a summary written by the model itself, keeping what the agent needs to go on: the
// system prompt (task, rules, scores, directions), the step's instructions, the plan and findings
// (in the summary), the notes file, and the last turns verbatim with their tool results.
//
// Why a model-written summary: the agent's plan and hypotheses live only in its own words; a
// mechanical cut would lose them. When the summary call itself fails (or the provider refuses it
// as too long), a mechanical digest of the tool calls stands in, so compaction never ends a step.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "avo/llm/provider.h"

namespace avo::agent {

// Rough token count of a conversation: about 4 characters per token, plus per-message overhead.
// Used only to decide when to compact; the provider's reported usage corrects it when larger.
std::int64_t EstimateTokens(const std::vector<llm::Message>& messages,
                            const std::vector<llm::ToolSpec>& tools);

struct CompactionResult {
  std::vector<llm::Message> messages;  // the conversation to continue with
  std::string summary;                 // what replaced the older turns
  bool model_summary = false;          // false: the mechanical digest was used
  std::size_t removed = 0;             // messages replaced by the summary
};

// `messages[0..head)` are kept (system prompt and kickoff); the last `keep_turns` assistant turns
// and everything after them are kept verbatim, tool results cut to `tail_result_chars`; the rest is
// summarised. `notes` (the notes file) is appended to the summary message.
CompactionResult Compact(llm::ChatProvider& provider, const std::vector<llm::Message>& messages,
                         std::size_t head, int keep_turns, const std::string& notes,
                         std::size_t tail_result_chars);

}  // namespace avo::agent
