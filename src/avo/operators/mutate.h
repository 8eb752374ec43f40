// The classical evolutionary baseline: mutate declared knobs of a parent version, no LLM.
//
// Parent selection: the best version with probability `p_best`, otherwise a uniformly drawn
// earlier version (keeps some diversity in a linear lineage). Mutation: 1 knob (60%), 2 (30%) or 3
// (10%) set to a different allowed value. Candidates already tried (archive, by content hash) are
// skipped, so a long run explores new settings instead of re-measuring old ones.
#pragma once

#include "avo/operators/operator.h"

namespace avo {

class MutateOperator final : public VariationOperator {
 public:
  explicit MutateOperator(double p_best = 0.7) : p_best_(p_best) {}
  [[nodiscard]] std::string name() const override { return "mutate"; }
  Result<StepReport> Vary(StepContext& ctx) override;

 private:
  double p_best_;
};

}  // namespace avo
