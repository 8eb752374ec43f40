// An Evaluation: what the trusted scorer found for one candidate on one suite.
//
// The score f(x) of AVO (§2) is a vector with one value per configuration; any correctness failure
// makes every value 0; decisions use the geometric mean (the "scalar"). The evaluator reports, the
// engine judges: ParseEvaluation re-derives correctness and the scalar from the per-configuration
// records itself (docs/evaluation-schema.md, version 1).
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "avo/task/task.h"
#include "avo/util/status.h"

namespace avo {

struct ConfigResult {
  std::string name;
  bool correct = false;
  double value = 0;  // in the task's unit; 0 when the candidate is incorrect
  std::string unit;
  nlohmann::json errors = nlohmann::json::object();  // error figures, e.g. {"max_abs": 3e-3}
  std::vector<double> samples;
  std::map<std::string, double> baselines;  // e.g. {"cudnn": 598.2}, same unit
  std::string message;
  // The evaluator's warnings about a figure it measured but doubts (e.g. far above the
  // baseline): shown by eval, bench and log, never used to score.
  std::vector<std::string> flags;
  // What the evaluator recorded about the machine while it timed this configuration, e.g. the
  // attention harness's {"sm_clock_mhz": 1665, "power_w": 690, "power_capped": 0.97}: read,
  // kept and shown, never used to score.
  std::map<std::string, double> conditions;
};

enum class Outcome {
  kScored,         // the evaluator produced a valid result (correct or not)
  kBuildFailed,    // the build command failed or timed out
  kEvalFailed,     // the evaluate command crashed or exited non-zero
  kTimeout,        // the evaluate command ran past its timeout
  kInvalidResult,  // no result file, malformed JSON, missing configurations, bad values
  // The judge itself could not be trusted or run (bwrap unavailable, a trusted file changed):
  // says nothing about the candidate, is never committed, and stops the run.
  kInfraError,
};

const char* OutcomeName(Outcome o);  // "scored", "build_failed", ...

struct Evaluation {
  Outcome outcome = Outcome::kInvalidResult;
  std::string suite;
  bool correct = false;
  double scalar = 0;  // geometric mean of values; 0 unless correct
  std::string unit;
  std::vector<ConfigResult> configs;
  nlohmann::json diagnostics = nlohmann::json::object();
  std::string reason;     // one line: why it failed or is incorrect; empty when correct
  std::string build_log;  // truncated head and tail
  std::string eval_log;
  double build_s = 0;
  double eval_s = 0;

  // The stored form: {"schema": "avo.score.v1", "suite", "correct", "scalar", "unit", "configs",
  // ...}.
  [[nodiscard]] nlohmann::json ToJson() const;
  static Result<Evaluation> FromJson(const nlohmann::json& j);
  // Values per configuration name (0 when incorrect).
  [[nodiscard]] std::map<std::string, double> Values() const;
};

// Geometric mean of positive values; 0 for an empty vector or when any value is <= 0.
double Geomean(const std::vector<double>& values);

// Checks an evaluator's JSON against the suite and fills configs, correct and scalar. Returns an
// Evaluation with outcome kInvalidResult (and the reason) when the JSON breaks the schema.
Evaluation ParseEvaluation(const std::string& json_text, const Suite& suite, const TaskSpec& task);

}  // namespace avo
