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

nlohmann::json evaluation_to_json(const std::vector<ConfigResult>& configs,
                                  const std::map<std::string, std::string>& diagnostics) {
  nlohmann::json out;
  out["schema"] = kSchema;
  out["configs"] = nlohmann::json::array();
  for (const ConfigResult& c : configs) {
    nlohmann::json j;
    j["name"] = c.name;
    j["correct"] = c.correct;
    nlohmann::json errors = nlohmann::json::object();
    for (const auto& [k, v] : c.errors) {
      if (std::isfinite(v)) errors[k] = v;  // JSON has no NaN/inf
    }
    j["errors"] = errors;
    const bool timed = c.correct && std::isfinite(c.value) && c.value > 0;
    j["value"] = timed ? c.value : 0.0;
    j["unit"] = kUnit;
    nlohmann::json samples = nlohmann::json::array();
    if (timed) {
      for (double s : c.samples) {
        if (std::isfinite(s)) samples.push_back(s);
      }
    }
    j["samples"] = samples;
    if (!c.baselines.empty()) {
      nlohmann::json b = nlohmann::json::object();
      for (const auto& [k, v] : c.baselines) {
        if (std::isfinite(v) && v > 0) b[k] = v;
      }
      j["baselines"] = b;
    }
    if (!c.message.empty()) j["message"] = c.message;
    if (!c.flags.empty()) j["flags"] = c.flags;
    if (c.best.measured) {
      nlohmann::json b = {{"correct", c.best.correct},
                          {"value", c.best.correct ? c.best.value : 0.0}};
      nlohmann::json bs = nlohmann::json::array();
      if (c.best.correct) {
        for (double x : c.best.samples) {
          if (std::isfinite(x)) bs.push_back(x);
        }
      }
      b["samples"] = bs;
      if (!c.best.message.empty()) b["message"] = c.best.message;
      j["paired_best"] = b;
    }
    out["configs"].push_back(std::move(j));
  }
  nlohmann::json diag = nlohmann::json::object();
  for (const auto& [k, v] : diagnostics) diag[k] = v;
  out["diagnostics"] = diag;
  return out;
}

}  // namespace avo::attention
