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
    if (!c.conditions.empty()) j["conditions"] = c.conditions;
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
      r.conditions = c.value("conditions", std::map<std::string, double>{});
      e.configs.push_back(std::move(r));
    }
    return e;
  } catch (const nlohmann::json::exception& ex) {
    return Status::InvalidArgument(std::string("score record: ") + ex.what());
  }
}

namespace {

// The result file as a JSON object of schema avo.evaluation.v1, or why it is not one.
Result<nlohmann::json> ReadDocument(const std::string& text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& ex) {
    return Status::InvalidArgument(fmt::format("result is not JSON (byte {})", ex.byte));
  } catch (const nlohmann::json::exception& ex) {
    // e.g. a number too large for a double (1e999): the result is unusable, not the run.
    return Status::InvalidArgument(std::string("result is not valid JSON: ") + ex.what());
  }
  if (!j.is_object()) return Status::InvalidArgument("result is not a JSON object");
  if (j.value("schema", "") != "avo.evaluation.v1") {
    return Status::InvalidArgument("result schema is not \"avo.evaluation.v1\"");
  }
  return j;
}

// The fields a configuration record may leave out; a malformed one is ignored, not fatal.
void ReadOptionalFields(const nlohmann::json& c, const std::string& default_unit, ConfigResult& r) {
  r.unit =
      c.contains("unit") && c["unit"].is_string() ? c["unit"].get<std::string>() : default_unit;
  if (c.contains("errors") && c["errors"].is_object()) r.errors = c["errors"];
  if (c.contains("message") && c["message"].is_string())
    r.message = c["message"].get<std::string>();
  if (c.contains("samples") && c["samples"].is_array()) {
    for (const auto& s : c["samples"]) {
      if (s.is_number()) r.samples.push_back(s.get<double>());
    }
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
  if (c.contains("conditions") && c["conditions"].is_object()) {
    for (const auto& [k, v] : c["conditions"].items()) {
      if (v.is_number() && std::isfinite(v.get<double>())) r.conditions[k] = v.get<double>();
    }
  }
}

// One configuration record, refused when it names a configuration outside the suite or one
// already in `seen`, or when its correctness or figures are malformed.
Result<ConfigResult> ReadConfig(const nlohmann::json& c, const Suite& suite,
                                std::set<std::string>& seen, const std::string& default_unit) {
  if (!c.is_object() || !c.contains("name") || !c["name"].is_string())
    return Status::InvalidArgument("a configuration record has no string 'name'");
  ConfigResult r;
  r.name = c["name"].get<std::string>();
  if (std::none_of(suite.configs.begin(), suite.configs.end(),
                   [&](const auto& sc) { return sc.name == r.name; })) {
    return Status::InvalidArgument("result has configuration '" + r.name + "', not in suite '" +
                                   suite.name + "'");
  }
  if (!seen.insert(r.name).second)
    return Status::InvalidArgument("configuration '" + r.name + "' reported twice");
  if (!c.contains("correct") || !c["correct"].is_boolean())
    return Status::InvalidArgument("configuration '" + r.name +
                                   "': 'correct' must be true or false");
  r.correct = c["correct"].get<bool>();
  ReadOptionalFields(c, default_unit, r);
  // Samples feed the paired gate's ratios: one that is not a positive finite figure is a
  // broken result, never something to take the logarithm of.
  if (r.correct && std::any_of(r.samples.begin(), r.samples.end(),
                               [](double x) { return !(x > 0) || !std::isfinite(x); })) {
    return Status::InvalidArgument("configuration '" + r.name +
                                   "': 'samples' must be positive finite numbers");
  }
  if (!r.correct) return r;
  if (!c.contains("value") || !c["value"].is_number())
    return Status::InvalidArgument("configuration '" + r.name + "': 'value' must be a number");
  r.value = c["value"].get<double>();
  if (!(r.value > 0) || !std::isfinite(r.value)) {
    return Status::InvalidArgument(fmt::format(
        "configuration '{}': value {} is not a positive finite number", r.name, r.value));
  }
  return r;
}

// The suite's configurations in the suite's order, so tables and score vectors line up across
// versions; refused when one is missing.
Result<std::vector<ConfigResult>> InSuiteOrder(std::vector<ConfigResult> configs,
                                               const Suite& suite,
                                               const std::set<std::string>& seen) {
  std::set<std::string> expected;  // sorted: the missing one named is the same every time
  for (const auto& c : suite.configs) expected.insert(c.name);
  for (const auto& name : expected) {
    if (seen.count(name) == 0)
      return Status::InvalidArgument("result lacks configuration '" + name + "'");
  }
  std::vector<ConfigResult> ordered;
  for (const auto& c : suite.configs) {
    for (auto& r : configs) {
      if (r.name == c.name) ordered.push_back(std::move(r));
    }
  }
  return ordered;
}

}  // namespace

Evaluation ParseEvaluation(const std::string& text, const Suite& suite, const TaskSpec& task) {
  auto doc = ReadDocument(text);
  if (!doc.ok()) return Invalid(suite.name, doc.status().message());
  const nlohmann::json& j = *doc;
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

  Evaluation e;
  e.outcome = Outcome::kScored;
  e.suite = suite.name;
  e.unit = task.unit;
  if (j.contains("diagnostics") && j["diagnostics"].is_object()) e.diagnostics = j["diagnostics"];
  std::set<std::string> seen;
  std::string first_failure;  // in the result's order, not the suite's
  for (const auto& c : j["configs"]) {
    auto r = ReadConfig(c, suite, seen, task.unit);
    if (!r.ok()) return Invalid(suite.name, r.status().message());
    if (!r->correct && first_failure.empty()) {
      first_failure = "configuration '" + r->name + "' is incorrect" +
                      (r->message.empty() ? "" : ": " + r->message);
    }
    e.configs.push_back(std::move(r).value());
  }
  auto ordered = InSuiteOrder(std::move(e.configs), suite, seen);
  if (!ordered.ok()) return Invalid(suite.name, ordered.status().message());
  e.configs = std::move(ordered).value();

  // The paper's rule: one incorrect configuration zeroes the whole score vector.
  e.correct = first_failure.empty();
  if (!e.correct) {
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
