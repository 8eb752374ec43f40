// The classical evolutionary baseline: mutate declared knobs of a parent version, no LLM.
//
// Parent selection: a ParentSelector (operators/parent_selector.h); by default the best version
// with probability `p_best`, otherwise a uniformly drawn earlier version. Mutation: 1 knob (60%), 2 (30%) or 3
// (10%) set to a different allowed value. Candidates already tried (archive, by content hash) are
// skipped, so a long run explores new settings instead of re-measuring old ones.
#pragma once

#include <memory>

#include "avo/operators/operator.h"
#include "avo/operators/parent_selector.h"

namespace avo {

class MutateOperator final : public VariationOperator {
 public:
  explicit MutateOperator(double p_best = 0.7)
      : MutateOperator(std::make_unique<BestOrEarlierSelector>(p_best)) {}
  explicit MutateOperator(std::unique_ptr<ParentSelector> selector)
      : selector_(std::move(selector)) {}
  [[nodiscard]] std::string name() const override { return "mutate"; }
  Result<StepReport> Vary(StepContext& ctx) override;

 private:
  std::unique_ptr<ParentSelector> selector_;
};

}  // namespace avo
