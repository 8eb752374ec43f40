// The variation operator of `avo step`: a coding agent or a person working outside avo's process
// (engine/step.h). The engine judges what it submits exactly as for any other operator; its name
// (`step`, or the label given with `--by`) goes with every attempt into the archive and the
// commit trailer Avo-Operator. avo never runs it: it has no Vary of its own.
#pragma once

#include <string>
#include <utility>

#include "avo/operators/operator.h"

namespace avo {

class ExternalOperator final : public VariationOperator {
 public:
  explicit ExternalOperator(std::string name) : name_(std::move(name)) {}
  [[nodiscard]] std::string name() const override { return name_; }
  // InvalidArgument: the steps of this operator are taken with `avo step`, not by avo.
  Result<StepReport> Vary(StepContext& ctx) override;

 private:
  std::string name_;
};

}  // namespace avo
