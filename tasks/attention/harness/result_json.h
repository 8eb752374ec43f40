// result_json.h -- the evaluation JSON the harness writes to $AVO_RESULT, schema
// "avo.evaluation.v1" (docs/evaluation-schema.md).
#pragma once

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "compare.h"
#include "gpu_conditions.h"
#include "result_file.h"

namespace avo::attention {

inline constexpr const char* kSchema = "avo.evaluation.v1";
inline constexpr const char* kUnit = "TFLOPS";

// One config as the harness writes it; named apart from the engine's avo::ConfigResult, which
// is what the engine reads back from this JSON.
struct ConfigMeasurement {
  std::string name;
  bool correct = false;
  std::map<std::string, double> errors;     // free keys; non-finite values are left out
  double value = 0;                         // median of samples; 0 when not correct (not timed)
  std::vector<double> samples;              // TFLOPS of each timed call
  std::map<std::string, double> baselines;  // e.g. {"cudnn": 598.2}; only measured, correct ones
  std::string message;                      // why it is incorrect, or a note
  std::vector<std::string> flags;           // figures to check by hand (e.g. far above cuDNN)
  gpu_judge::GpuConditions gpu;             // the GPU while the candidate was timed
  // With --interleaved (or --best): every module measured side by side, in workspace order;
  // entry 0 is the candidate, whose figures the fields above repeat. Empty otherwise.
  struct Module {
    bool correct = false;
    double value = 0;
    std::vector<double> samples;  // samples[i] is round i, in every correct module alike
    std::map<std::string, double> errors;
    std::string message;
  };
  std::vector<Module> interleaved;
};

// Adds the figures of one comparison under keys "<prefix>_max_abs", "<prefix>_tol_ratio",
// "<prefix>_rel_l2", "<prefix>_mismatches" and "<prefix>_nonfinite".
void add_error_figures(const std::string& prefix, const ErrorStats& s,
                       std::map<std::string, double>* errors);

// {"schema", "configs": [...], "diagnostics": {...}}. A config timed with the GPU monitor on has
// "conditions": {"sm_clock_mhz", "power_w", "power_capped", ...} (gpu_conditions.h). A config
// that is not correct keeps "value": 0 and "samples": [] (it was never timed); the engine
// zeroes the score anyway. With
// interleaved modules each config also has "interleaved": [{"correct", "value", "samples",
// "errors", "message" (when not empty)}, ...], under the same rules.
// The result is written whole or not at all (every GPU judge's).
using gpu_judge::write_result_atomically;

nlohmann::json evaluation_to_json(const std::vector<ConfigMeasurement>& configs,
                                  const std::map<std::string, std::string>& diagnostics);

}  // namespace avo::attention
