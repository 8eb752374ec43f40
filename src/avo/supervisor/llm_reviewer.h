// LlmReviewer: the supervisor's review by a language model (AVO §3.3). When the run stagnates,
// one LLM call reads the trajectory -- the lineage with scores, the recent attempts with the
// gate's reasons, the notes file and the trigger -- and returns a reading of what went wrong and
// several concrete, different directions for the next steps. The engine injects them into the
// next steps' prompts (StepContext::directions).
//
// Reply format asked for: JSON {"review": "...", "directions": ["...", ...]} (a fenced ```json
// block is accepted). A reply that is not JSON is read as text whose bullet ("- ", "* ") or
// numbered ("1. ", "2) ") lines are the directions. No directions at all is an InvalidArgument, and
// the supervisor then falls back to HistoryReviewer.
#pragma once

#include <memory>
#include <string>

#include "avo/llm/provider.h"
#include "avo/supervisor/supervisor.h"

namespace avo {

// The review and directions parsed from a reply; InvalidArgument when it holds no direction.
Result<Intervention> ParseReview(const std::string& reply);

// The prompt the reviewer sends (system and user text), for tests and docs.
std::string ReviewPrompt(const Trajectory& t);

class LlmReviewer final : public Reviewer {
 public:
  explicit LlmReviewer(std::unique_ptr<llm::ChatProvider> provider, int max_directions = 5);
  // Errors: the provider's (one line), or an unusable reply.
  Result<Intervention> Review(const Trajectory& t) override;

 private:
  std::unique_ptr<llm::ChatProvider> provider_;
  int max_directions_;
};

}  // namespace avo
