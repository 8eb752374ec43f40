#include "kernel_result.h"

#include <cmath>

namespace avo::kernel_judge {

nlohmann::json evaluation_json(const std::vector<ConfigRecord>& configs, const std::string& unit,
                               const nlohmann::json& diagnostics) {
  nlohmann::json out = {{"schema", "avo.evaluation.v1"}, {"unit", unit}};
  out["configs"] = nlohmann::json::array();
  for (const ConfigRecord& c : configs) {
    const KernelMeasurement& m = c.measurement;
    nlohmann::json errors = nlohmann::json::object();
    for (const auto& [key, v] : m.errors) {
      if (std::isfinite(v)) errors[key] = v;
    }
    nlohmann::json rec = {{"name", c.name},
                          {"correct", c.measured && m.correct},
                          {"value", m.correct ? m.value : 0.0},
                          {"samples", m.correct ? m.samples : std::vector<double>{}},
                          {"errors", errors},
                          {"calls", m.calls}};
    if (!m.message.empty()) rec["message"] = m.message;
    const nlohmann::json conditions = gpu_judge::to_json(m.gpu);
    if (!conditions.empty()) rec["conditions"] = conditions;
    out["configs"].push_back(rec);
  }
  out["diagnostics"] = diagnostics;
  return out;
}

}  // namespace avo::kernel_judge
