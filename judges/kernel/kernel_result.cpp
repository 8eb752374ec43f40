#include "kernel_result.h"

#include <cmath>

namespace avo::kernel_judge {

namespace {

// The figures of one measurement: nothing timed unless it is correct, no non-finite error.
nlohmann::json figures(const KernelMeasurement& m, bool measured) {
  nlohmann::json errors = nlohmann::json::object();
  for (const auto& [key, v] : m.errors) {
    if (std::isfinite(v)) errors[key] = v;
  }
  const bool correct = measured && m.correct;
  nlohmann::json out = {{"correct", correct},
                        {"value", correct ? m.value : 0.0},
                        {"samples", correct ? m.samples : std::vector<double>{}},
                        {"errors", errors}};
  if (!m.message.empty()) out["message"] = m.message;
  return out;
}

}  // namespace

nlohmann::json evaluation_json(const std::vector<ConfigRecord>& configs, const std::string& unit,
                               const nlohmann::json& diagnostics) {
  nlohmann::json out = {{"schema", "avo.evaluation.v1"}, {"unit", unit}};
  out["configs"] = nlohmann::json::array();
  for (const ConfigRecord& c : configs) {
    const KernelMeasurement& m = c.measurement;
    nlohmann::json rec = figures(m, c.measured);
    rec["name"] = c.name;
    rec["calls"] = m.calls;
    const nlohmann::json conditions = gpu_judge::to_json(m.gpu);
    if (!conditions.empty()) rec["conditions"] = conditions;
    if (!c.baselines.empty()) rec["baselines"] = c.baselines;
    if (!c.interleaved.empty()) {
      rec["interleaved"] = nlohmann::json::array();
      for (const KernelMeasurement& b : c.interleaved)
        rec["interleaved"].push_back(figures(b, c.measured));
    }
    out["configs"].push_back(rec);
  }
  out["diagnostics"] = diagnostics;
  return out;
}

}  // namespace avo::kernel_judge
