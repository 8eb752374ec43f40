// Operators by name, for the CLI's --operator flag.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "avo/operators/operator.h"

namespace avo {

struct OperatorOptions {
  nlohmann::json llm = nlohmann::json::object();  // the run's [llm] settings (agent, llm-rewrite)
  std::string exec_command;                        // the exec operator's coding-agent command
  double exec_timeout_s = 3600;
};

// The operators this build knows, for help texts.
std::vector<std::string> OperatorNames();

// InvalidArgument naming the known operators when `name` is not one of them.
Result<std::unique_ptr<VariationOperator>> MakeOperator(const std::string& name, const OperatorOptions& options);

}  // namespace avo
