#include "avo/operators/registry.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "avo/operators/mutate.h"

namespace avo {

std::vector<std::string> OperatorNames() { return {"mutate"}; }

Result<std::unique_ptr<VariationOperator>> MakeOperator(const std::string& name, const OperatorOptions& options) {
  (void)options;
  if (name == "mutate") return std::unique_ptr<VariationOperator>(std::make_unique<MutateOperator>());
  return Status::InvalidArgument(fmt::format("--operator: unknown operator '{}' (known: {})", name, fmt::join(OperatorNames(), ", ")));
}

}  // namespace avo
