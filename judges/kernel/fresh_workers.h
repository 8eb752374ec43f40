// fresh_workers.h -- a fault costs its configuration, not the evaluation: the kernel judge
// measures in worker processes of its own program. A worker measures from a configuration on,
// writing the result after each one; after a fault or a hang it marks the rest "not measured"
// and exits (a hung kernel cannot be stopped inside its CUDA context, and the process's exit
// frees the GPU). The parent, which never touches CUDA, then starts a fresh worker from the
// first configuration not measured, until every one is or a worker makes no progress.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace avo::kernel_judge {

// The flag a worker gets, with the index of its first configuration.
inline constexpr const char* kWorkerFlag = "--worker-from";

// The first configuration of `result` (an evaluation JSON) whose message starts "not measured",
// at or after `from`; -1 when there is none, or the result cannot be read.
int first_unmeasured(const nlohmann::json& result, int from);

// Runs this program (argv as given, plus kWorkerFlag K) until every configuration of the result
// at `result_path` is measured. 0 when the last worker wrote a result, else 3.
int run_in_workers(const std::vector<std::string>& argv, const std::string& result_path);

}  // namespace avo::kernel_judge
