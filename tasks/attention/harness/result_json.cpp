#include "result_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace avo::attention {

void add_error_figures(const std::string& prefix, const ErrorStats& s,
                       std::map<std::string, double>* errors) {
  (*errors)[prefix + "_max_abs"] = s.max_abs;
  (*errors)[prefix + "_tol_ratio"] = s.max_tol_ratio;
  (*errors)[prefix + "_rel_l2"] = s.rel_l2;
  (*errors)[prefix + "_mismatches"] = static_cast<double>(s.mismatches);
  (*errors)[prefix + "_nonfinite"] = static_cast<double>(s.nonfinite);
}

namespace {

nlohmann::json finite_errors(const std::map<std::string, double>& errors) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [k, v] : errors) {
    if (std::isfinite(v)) out[k] = v;  // JSON has no NaN/inf
  }
  return out;
}

// "correct", "value", "samples", "errors" and "message" of one measured module: never-timed
// figures as 0 and [].
nlohmann::json figures(bool correct, double value, const std::vector<double>& samples,
                       const std::map<std::string, double>& errors, const std::string& message) {
  nlohmann::json j;
  j["correct"] = correct;
  j["errors"] = finite_errors(errors);
  const bool timed = correct && std::isfinite(value) && value > 0;
  j["value"] = timed ? value : 0.0;
  nlohmann::json s = nlohmann::json::array();
  if (timed) {
    for (double x : samples) {
      if (std::isfinite(x)) s.push_back(x);
    }
  }
  j["samples"] = s;
  if (!message.empty()) j["message"] = message;
  return j;
}

}  // namespace

nlohmann::json evaluation_to_json(const std::vector<ConfigMeasurement>& configs,
                                  const std::map<std::string, std::string>& diagnostics) {
  nlohmann::json out;
  out["schema"] = kSchema;
  out["configs"] = nlohmann::json::array();
  for (const ConfigMeasurement& c : configs) {
    nlohmann::json j = figures(c.correct, c.value, c.samples, c.errors, c.message);
    j["name"] = c.name;
    j["unit"] = kUnit;
    if (!c.baselines.empty()) {
      nlohmann::json b = nlohmann::json::object();
      for (const auto& [k, v] : c.baselines) {
        if (std::isfinite(v) && v > 0) b[k] = v;
      }
      j["baselines"] = b;
    }
    if (!c.flags.empty()) j["flags"] = c.flags;
    if (c.gpu.samples > 0) j["conditions"] = gpu_judge::to_json(c.gpu);
    if (!c.interleaved.empty()) {
      nlohmann::json list = nlohmann::json::array();
      for (const ConfigMeasurement::Module& m : c.interleaved) {
        list.push_back(figures(m.correct, m.value, m.samples, m.errors, m.message));
      }
      j["interleaved"] = list;
    }
    out["configs"].push_back(std::move(j));
  }
  nlohmann::json diag = nlohmann::json::object();
  for (const auto& [k, v] : diagnostics) diag[k] = v;
  out["diagnostics"] = diag;
  return out;
}

}  // namespace avo::attention
