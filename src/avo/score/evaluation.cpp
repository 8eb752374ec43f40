#include "avo/score/evaluation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace avo {

const char* OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::kScored:
      return "scored";
    case Outcome::kBuildFailed:
      return "build_failed";
    case Outcome::kEvalFailed:
      return "eval_failed";
    case Outcome::kTimeout:
      return "timeout";
    case Outcome::kInvalidResult:
      return "invalid_result";
    case Outcome::kInfraError:
      return "infra_error";
  }
  return "unknown";
}

namespace {
Outcome OutcomeFromName(const std::string& s) {
  for (Outcome o : {Outcome::kScored, Outcome::kBuildFailed, Outcome::kEvalFailed,
                    Outcome::kTimeout, Outcome::kInvalidResult, Outcome::kInfraError}) {
    if (s == OutcomeName(o)) return o;
  }
  return Outcome::kInvalidResult;
}

Evaluation Invalid(const std::string& suite, std::string reason) {
  Evaluation e;
  e.outcome = Outcome::kInvalidResult;
  e.suite = suite;
  e.reason = std::move(reason);
  return e;
}
}  // namespace

double Geomean(const std::vector<double>& values) {
  if (values.empty()) return 0;
  double log_sum = 0;
  for (double v : values) {
    if (!(v > 0) || !std::isfinite(v)) return 0;
    log_sum += std::log(v);
  }
  return std::exp(log_sum / static_cast<double>(values.size()));
}

std::map<std::string, double> Evaluation::Values() const {
  std::map<std::string, double> out;
  for (const auto& c : configs) out[c.name] = c.value;
  return out;
}

nlohmann::json Evaluation::ToJson() const {
  nlohmann::json cs = nlohmann::json::array();
  for (const auto& c : configs) {
    nlohmann::json j = {{"name", c.name}, {"correct", c.correct}, {"value", c.value},
                        {"unit", c.unit}, {"errors", c.errors},   {"samples", c.samples}};
    if (!c.baselines.empty()) j["baselines"] = c.baselines;
    if (!c.message.empty()) j["message"] = c.message;
    if (!c.flags.empty()) j["flags"] = c.flags;
    cs.push_back(std::move(j));
  }
  return {{"schema", "avo.score.v1"},
          {"outcome", OutcomeName(outcome)},
          {"suite", suite},
          {"correct", correct},
          {"scalar", scalar},
          {"unit", unit},
          {"reason", reason},
          {"configs", cs},
          {"diagnostics", diagnostics},
          {"build_s", build_s},
          {"eval_s", eval_s}};
}

Result<Evaluation> Evaluation::FromJson(const nlohmann::json& j) {
  try {
    Evaluation e;
    if (j.value("schema", "") != "avo.score.v1")
      return Status::InvalidArgument("not an avo.score.v1 record");
    e.outcome = OutcomeFromName(j.value("outcome", "scored"));
    e.suite = j.value("suite", "");
    e.correct = j.value("correct", false);
    e.scalar = j.value("scalar", 0.0);
    e.unit = j.value("unit", "");
    e.reason = j.value("reason", "");
    e.diagnostics = j.value("diagnostics", nlohmann::json::object());
    e.build_s = j.value("build_s", 0.0);
    e.eval_s = j.value("eval_s", 0.0);
    for (const auto& c : j.value("configs", nlohmann::json::array())) {
      ConfigResult r;
      r.name = c.value("name", "");
      r.correct = c.value("correct", false);
      r.value = c.value("value", 0.0);
      r.unit = c.value("unit", "");
      r.errors = c.value("errors", nlohmann::json::object());
      r.samples = c.value("samples", std::vector<double>{});
      r.baselines = c.value("baselines", std::map<std::string, double>{});
      r.message = c.value("message", "");
      r.flags = c.value("flags", std::vector<std::string>{});
      e.configs.push_back(std::move(r));
    }
    return e;
  } catch (const nlohmann::json::exception& ex) {
    return Status::InvalidArgument(std::string("score record: ") + ex.what());
  }
}

Evaluation ParseEvaluation(const std::string& text, const Suite& suite, const TaskSpec& task) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& ex) {
    return Invalid(suite.name, fmt::format("result is not JSON (byte {})", ex.byte));
  } catch (const nlohmann::json::exception& ex) {
    // e.g. a number too large for a double (1e999): the result is unusable, not the run.
    return Invalid(suite.name, std::string("result is not valid JSON: ") + ex.what());
  }
  if (!j.is_object()) return Invalid(suite.name, "result is not a JSON object");
  if (j.value("schema", "") != "avo.evaluation.v1") {
    return Invalid(suite.name, "result schema is not \"avo.evaluation.v1\"");
  }
  // The evaluator could not judge at all (no GPU, a broken driver): that says nothing about the
  // candidate, so it is never scored as incorrect; the run stops with the reason.
  if (j.contains("infra_error")) {
    Evaluation e = Invalid(suite.name, "evaluator: " + (j["infra_error"].is_string()
                                                            ? j["infra_error"].get<std::string>()
                                                            : j["infra_error"].dump()));
    e.outcome = Outcome::kInfraError;
    e.unit = task.unit;
    return e;
  }
  if (!j.contains("configs") || !j["configs"].is_array())
    return Invalid(suite.name, "result has no 'configs' array");

  std::set<std::string> expected;
  for (const auto& c : suite.configs) expected.insert(c.name);

  Evaluation e;
  e.outcome = Outcome::kScored;
  e.suite = suite.name;
  e.unit = task.unit;
  if (j.contains("diagnostics") && j["diagnostics"].is_object()) e.diagnostics = j["diagnostics"];
  std::set<std::string> seen;
  bool all_correct = true;
  std::string first_failure;
  for (const auto& c : j["configs"]) {
    if (!c.is_object() || !c.contains("name") || !c["name"].is_string()) {
      return Invalid(suite.name, "a configuration record has no string 'name'");
    }
    ConfigResult r;
    r.name = c["name"].get<std::string>();
    if (expected.count(r.name) == 0)
      return Invalid(suite.name, "result has configuration '" + r.name + "', not in suite '" +
                                     suite.name + "'");
    if (!seen.insert(r.name).second)
      return Invalid(suite.name, "configuration '" + r.name + "' reported twice");
    if (!c.contains("correct") || !c["correct"].is_boolean()) {
      return Invalid(suite.name, "configuration '" + r.name + "': 'correct' must be true or false");
    }
    r.correct = c["correct"].get<bool>();
    r.unit = c.contains("unit") && c["unit"].is_string() ? c["unit"].get<std::string>() : task.unit;
    if (c.contains("errors") && c["errors"].is_object()) r.errors = c["errors"];
    if (c.contains("message") && c["message"].is_string())
      r.message = c["message"].get<std::string>();
    if (c.contains("samples") && c["samples"].is_array()) {
      for (const auto& s : c["samples"]) {
        if (s.is_number()) r.samples.push_back(s.get<double>());
      }
    }
    // Samples feed the paired gate's ratios: one that is not a positive finite figure is a
    // broken result, never something to take the logarithm of.
    if (r.correct && std::any_of(r.samples.begin(), r.samples.end(),
                                 [](double x) { return !(x > 0) || !std::isfinite(x); })) {
      return Invalid(suite.name,
                     "configuration '" + r.name + "': 'samples' must be positive finite numbers");
    }
    if (c.contains("baselines") && c["baselines"].is_object()) {
      for (const auto& [k, v] : c["baselines"].items()) {
        if (v.is_number()) r.baselines[k] = v.get<double>();
      }
    }
    if (c.contains("flags") && c["flags"].is_array()) {
      for (const auto& f : c["flags"]) {
        if (f.is_string()) r.flags.push_back(f.get<std::string>());
      }
    }
    if (r.correct) {
      if (!c.contains("value") || !c["value"].is_number()) {
        return Invalid(suite.name, "configuration '" + r.name + "': 'value' must be a number");
      }
      r.value = c["value"].get<double>();
      if (!(r.value > 0) || !std::isfinite(r.value)) {
        return Invalid(suite.name,
                       fmt::format("configuration '{}': value {} is not a positive finite number",
                                   r.name, r.value));
      }
    } else {
      all_correct = false;
      if (first_failure.empty()) {
        first_failure = "configuration '" + r.name + "' is incorrect" +
                        (r.message.empty() ? "" : ": " + r.message);
      }
    }
    e.configs.push_back(std::move(r));
  }
  for (const auto& name : expected) {
    if (seen.count(name) == 0)
      return Invalid(suite.name, "result lacks configuration '" + name + "'");
  }
  // Keep the suite's order, so tables and score vectors line up across versions.
  std::vector<ConfigResult> ordered;
  for (const auto& c : suite.configs) {
    for (auto& r : e.configs) {
      if (r.name == c.name) ordered.push_back(std::move(r));
    }
  }
  e.configs = std::move(ordered);

  // The paper's rule: one incorrect configuration zeroes the whole score vector.
  e.correct = all_correct;
  if (!all_correct) {
    for (auto& r : e.configs) r.value = 0;
    e.scalar = 0;
    e.reason = first_failure;
    return e;
  }
  std::vector<double> values;
  for (const auto& r : e.configs) values.push_back(r.value);
  e.scalar = Geomean(values);
  return e;
}

}  // namespace avo
