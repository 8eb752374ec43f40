// kernel_result.h -- the kernel judge's evaluation JSON (schema "avo.evaluation.v1",
// docs/evaluation-schema.md): one record per configuration, in the request's order.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kernel_measurement.h"

namespace avo::kernel_judge {

struct ConfigRecord {
  std::string name;
  KernelMeasurement measurement;
  bool measured = false;  // false: not reached (the message says why)
};

// {"schema", "unit", "configs": [{"name", "correct", "value", "samples", "errors", "message",
// "calls", "conditions"}], "diagnostics": {...}}. An incorrect configuration keeps "value": 0
// and "samples": [].
nlohmann::json evaluation_json(const std::vector<ConfigRecord>& configs, const std::string& unit,
                               const nlohmann::json& diagnostics);

}  // namespace avo::kernel_judge
