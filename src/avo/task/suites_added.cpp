#include "avo/task/suites_added.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <set>

#include "avo/task/toml_json.h"
#include "avo/task/toml_reader.h"

namespace avo {

namespace fs = std::filesystem;

namespace {

std::set<std::string> Keys(const toml::table& t) {
  std::set<std::string> keys;
  for (const auto& [k, v] : t) keys.insert(std::string(k.str()));
  return keys;
}

// Keys that only describe, and never reach the judge: they may change too.
const std::set<std::string> kProse = {"description"};
const std::set<std::string> kEvaluateProse = {"needs"};  // said when the harness cannot start

nlohmann::json Judged(const std::string& key, const toml::node& node) {
  nlohmann::json j = TomlToJson(node);
  if (key == "evaluate" && j.is_object()) {
    for (const auto& k : kEvaluateProse) j.erase(k);
  }
  return j;
}

// toml++ compares tables and values, not nodes of unknown kind: compared as JSON instead.
bool Same(const std::string& key, const toml::node* a, const toml::node* b) {
  return a != nullptr && b != nullptr && Judged(key, *a) == Judged(key, *b);
}

Status Differs(const fs::path& now, const std::string& what) {
  return Status::InvalidArgument(fmt::format(
      "{}: {} differs from the run's task; only new suites can be added to a run (a changed "
      "judge would make its earlier verdicts incomparable: start a new run for it)",
      now.string(), what));
}

}  // namespace

Result<std::vector<std::string>> SuitesAdded(const fs::path& was_toml, const fs::path& now_toml) {
  AVO_ASSIGN_OR_RETURN(toml::table was, ParseTomlFile(was_toml));
  AVO_ASSIGN_OR_RETURN(toml::table now, ParseTomlFile(now_toml));
  std::set<std::string> keys = Keys(was);
  keys.merge(Keys(now));
  for (const auto& key : keys) {
    if (key == "suites" || kProse.count(key) != 0) continue;
    const toml::node* a = was.get(key);
    const toml::node* b = now.get(key);
    if (!Same(key, a, b)) return Differs(now_toml, "'" + key + "'");
  }
  const toml::table* was_suites = was["suites"].as_table();
  const toml::table* now_suites = now["suites"].as_table();
  if (now_suites == nullptr) return Differs(now_toml, "[suites]");
  if (was_suites != nullptr) {
    for (const auto& [name, suite] : *was_suites) {
      const toml::node* other = now_suites->get(name.str());
      if (!Same("suite", other, &suite))
        return Differs(now_toml, fmt::format("[suites.{}]", name.str()));
    }
  }
  std::vector<std::string> added;
  for (const auto& [name, suite] : *now_suites) {
    if (was_suites == nullptr || was_suites->get(name.str()) == nullptr)
      added.emplace_back(name.str());
  }
  if (added.empty())
    return Status::InvalidArgument(
        fmt::format("{}: adds no suite the run lacks; nothing to do", now_toml.string()));
  return added;  // toml++ keeps a table's keys sorted
}

}  // namespace avo
