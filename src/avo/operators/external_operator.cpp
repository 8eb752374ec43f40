#include "avo/operators/external_operator.h"

namespace avo {

Result<StepReport> ExternalOperator::Vary(StepContext& /*ctx*/) {
  return Status::InvalidArgument(
      "operator '" + name_ +
      "' is driven from outside avo: take its steps with avo step begin/eval/commit");
}

}  // namespace avo
