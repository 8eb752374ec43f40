// kernel_result.h -- the kernel judge's evaluation JSON (schema "avo.evaluation.v1",
// docs/evaluation-schema.md): one record per configuration, in the request's order.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kernel_measurement.h"

namespace avo::kernel_judge {

struct ConfigRecord {
  std::string name;
  KernelMeasurement measurement;
  bool measured = false;  // false: not reached (the message says why)
  // With --interleaved: every build measured side by side, in workspace order; entry 0 is the
  // one `measurement` repeats. Empty otherwise.
  std::vector<KernelMeasurement> interleaved;
  // With baselines asked for: each [[baseline]]'s figure, in the same unit; only those measured.
  std::map<std::string, double> baselines;
};

// {"schema", "unit", "configs": [{"name", "correct", "value", "samples", "errors", "message",
// "calls", "conditions", "baselines": {"torch": ...}, "interleaved": [{"correct", "value",
// "samples", "errors", "message"}]}],
// "diagnostics": {...}}. An incorrect configuration (or build) keeps "value": 0 and
// "samples": []; "interleaved" only when builds were measured side by side.
nlohmann::json evaluation_json(const std::vector<ConfigRecord>& configs, const std::string& unit,
                               const nlohmann::json& diagnostics);

}  // namespace avo::kernel_judge
