// The llm-rewrite operator: one LLM call that returns a complete new version of a sampled
// parent's editable files -- the FunSearch / AlphaEvolve style baseline that AVO (§1, §4) compares
// the agentic operator against. No tools, no feedback within the step: one proposal, one verdict.
//
// Parent selection: a ParentSelector (operators/parent_selector.h); by default the best version
// with probability 0.7, else a uniformly drawn earlier one.
// The prompt holds the task, the rules, the parent's files and scores, recent attempts with their
// reasons, the supervisor's directions and the notes. The reply format (ParseRewriteReply):
//
//   First line: a one-line summary of the change.
//   Optional further lines of reasoning.
//
//   ### FILE: kernel.cpp
//   ```cpp
//   <the complete new content of kernel.cpp>
//   ```
//
// One "### FILE: path" header per changed editable file, each followed by a fenced block (``` or
// ~~~, any info string) holding the whole file; the block ends at the last fence line before the
// next header. Editable files not named keep the parent's content. Non-editable paths are refused.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "avo/llm/provider.h"
#include "avo/operators/operator.h"
#include "avo/operators/parent_selector.h"

namespace avo {

struct RewriteReply {
  std::string message;  // the text before the first file header
  FileSet files;        // path -> new content
};

// InvalidArgument saying what is wrong: no file blocks, an unterminated block, a path that is not
// editable (per `editable` globs) or escapes with '..'.
Result<RewriteReply> ParseRewriteReply(const std::string& text,
                                       const std::vector<std::string>& editable);

class LlmRewriteOperator final : public VariationOperator {
 public:
  explicit LlmRewriteOperator(std::unique_ptr<llm::ChatProvider> provider, double p_best = 0.7,
                              std::optional<double> temperature = std::nullopt);
  LlmRewriteOperator(std::unique_ptr<llm::ChatProvider> provider,
                     std::unique_ptr<ParentSelector> selector,
                     std::optional<double> temperature = std::nullopt);
  [[nodiscard]] std::string name() const override { return "llm-rewrite"; }
  // Errors: a fatal LLM error (one line). A reply that cannot be parsed is not an error of the
  // step: nothing is submitted and the summary says why.
  Result<StepReport> Vary(StepContext& ctx) override;

 private:
  std::unique_ptr<llm::ChatProvider> provider_;
  std::unique_ptr<ParentSelector> selector_;
  std::optional<double> temperature_;
};

}  // namespace avo
