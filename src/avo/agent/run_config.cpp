#include "avo/agent/run_config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <set>
#include <sstream>

#include "avo/task/toml_json.h"
#include "avo/util/fs.h"

namespace avo::agent {
namespace fs = std::filesystem;
namespace {

// Typed access to one table of the file; every mistake becomes "FILE: key 'T.K': expected ...".
class Table {
 public:
  Table(std::string file, std::string prefix, const nlohmann::json& j)
      : file_(std::move(file)), prefix_(std::move(prefix)), j_(j) {}

  Status Error(const std::string& key, const std::string& expected) const {
    std::string got;
    if (j_.contains(key)) got = ", got " + j_.at(key).dump();
    return Status::InvalidArgument(
        fmt::format("{}: key '{}{}': {}{}", file_, prefix_, key, expected, got));
  }
  // Unknown keys are errors.
  Status OnlyKeys(const std::set<std::string>& known) const {
    for (const auto& [k, v] : j_.items()) {
      if (known.count(k) == 0)
        return Status::InvalidArgument(fmt::format("{}: unknown key '{}{}'", file_, prefix_, k));
    }
    return Status::Ok();
  }
  Status Number(const std::string& key, double* out, bool positive) const {
    if (!j_.contains(key)) return Status::Ok();
    const auto& v = j_.at(key);
    if (!v.is_number() || (positive ? !(v.get<double>() > 0) : v.get<double>() < 0)) {
      return Error(key, positive ? "expected a positive number" : "expected a non-negative number");
    }
    *out = v.get<double>();
    return Status::Ok();
  }
  template <typename T>
  Status Int(const std::string& key, T* out, bool positive) const {
    if (!j_.contains(key)) return Status::Ok();
    const auto& v = j_.at(key);
    if (!v.is_number_integer() ||
        (positive ? v.get<std::int64_t>() <= 0 : v.get<std::int64_t>() < 0)) {
      return Error(key,
                   positive ? "expected a positive integer" : "expected a non-negative integer");
    }
    *out = static_cast<T>(v.get<std::int64_t>());
    return Status::Ok();
  }
  template <typename T>
  Status OptInt(const std::string& key, std::optional<T>* out) const {
    if (!j_.contains(key)) return Status::Ok();
    T v{};
    AVO_RETURN_IF_ERROR(Int(key, &v, true));
    *out = v;
    return Status::Ok();
  }
  Status OptNumber(const std::string& key, std::optional<double>* out, bool positive = true) const {
    if (!j_.contains(key)) return Status::Ok();
    double v = 0;
    AVO_RETURN_IF_ERROR(Number(key, &v, positive));
    *out = v;
    return Status::Ok();
  }
  Status Bool(const std::string& key, bool* out) const {
    if (!j_.contains(key)) return Status::Ok();
    if (!j_.at(key).is_boolean()) return Error(key, "expected true or false");
    *out = j_.at(key).get<bool>();
    return Status::Ok();
  }
  Status String(const std::string& key, std::string* out, bool non_empty) const {
    if (!j_.contains(key)) return Status::Ok();
    const auto& v = j_.at(key);
    if (!v.is_string() || (non_empty && v.get<std::string>().empty())) {
      return Error(key, non_empty ? "expected a non-empty string" : "expected a string");
    }
    *out = v.get<std::string>();
    return Status::Ok();
  }

 private:
  std::string file_;
  std::string prefix_;
  const nlohmann::json& j_;
};

Status ReadSupervisor(const Table& t, RunConfig& c) {
  AVO_RETURN_IF_ERROR(t.OnlyKeys({"use_llm", "no_commit_evaluations", "no_commit_minutes",
                                  "rejected_in_a_row", "repeated_failures", "cooldown_attempts"}));
  AVO_RETURN_IF_ERROR(t.Bool("use_llm", &c.supervisor_llm));
  AVO_RETURN_IF_ERROR(t.Int("no_commit_evaluations", &c.supervisor.no_commit_evaluations, true));
  AVO_RETURN_IF_ERROR(t.Number("no_commit_minutes", &c.supervisor.no_commit_minutes, true));
  AVO_RETURN_IF_ERROR(t.Int("rejected_in_a_row", &c.supervisor.rejected_in_a_row, true));
  AVO_RETURN_IF_ERROR(t.Int("repeated_failures", &c.supervisor.repeated_failures, true));
  AVO_RETURN_IF_ERROR(t.Int("cooldown_attempts", &c.supervisor.cooldown_attempts, false));
  return Status::Ok();
}

Status ReadAgent(const Table& t, AgentSettings& a) {
  AVO_RETURN_IF_ERROR(t.OnlyKeys({"max_turns", "max_wall_s", "max_tokens", "max_cost_usd",
                                  "max_evaluations", "max_submissions", "compact_at",
                                  "tool_output_chars", "run_timeout_s", "sandbox", "temperature"}));
  AVO_RETURN_IF_ERROR(t.Int("max_turns", &a.max_turns, true));
  AVO_RETURN_IF_ERROR(t.OptNumber("max_wall_s", &a.max_wall_s));
  AVO_RETURN_IF_ERROR(t.OptInt("max_tokens", &a.max_tokens));
  AVO_RETURN_IF_ERROR(t.OptNumber("max_cost_usd", &a.max_cost_usd));
  AVO_RETURN_IF_ERROR(t.OptInt("max_evaluations", &a.max_evaluations));
  AVO_RETURN_IF_ERROR(t.OptInt("max_submissions", &a.max_submissions));
  AVO_RETURN_IF_ERROR(t.Number("compact_at", &a.compact_at, true));
  if (a.compact_at > 1)
    return t.Error("compact_at", "expected a fraction of the context window in (0, 1]");
  AVO_RETURN_IF_ERROR(t.Int("tool_output_chars", &a.tool_output_chars, true));
  if (a.tool_output_chars < 200) return t.Error("tool_output_chars", "expected at least 200");
  AVO_RETURN_IF_ERROR(t.Number("run_timeout_s", &a.run_timeout_s, true));
  AVO_RETURN_IF_ERROR(t.Bool("sandbox", &a.sandbox));
  AVO_RETURN_IF_ERROR(t.OptNumber("temperature", &a.temperature, false));
  return Status::Ok();
}

}  // namespace

fs::path RunConfigPath(const fs::path& run_dir) { return run_dir / "avo.toml"; }

Result<RunConfig> ParseRunConfig(const std::string& text, const std::string& name,
                                 const fs::path& base) {
  toml::table root;
  try {
    root = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    const auto& where = e.source().begin;
    return Status::InvalidArgument(
        fmt::format("{}:{}:{}: {}", name, where.line, where.column, e.description()));
  }
  const nlohmann::json j = TomlToJson(root);
  RunConfig c;
  const Table top(name, "", j);
  AVO_RETURN_IF_ERROR(top.OnlyKeys({"operator", "llm", "supervisor", "agent", "exec", "kb"}));
  AVO_RETURN_IF_ERROR(top.String("operator", &c.op, true));
  for (const char* table : {"llm", "supervisor", "agent", "exec", "kb"}) {
    if (j.contains(table) && !j.at(table).is_object())
      return top.Error(table, "expected a table [" + std::string(table) + "]");
  }
  if (j.contains("llm")) {
    auto p = llm::ProviderConfigFromJson(j.at("llm"));
    if (!p.ok()) return Status::InvalidArgument(name + ": [llm]: " + p.status().message());
    Status v = llm::Validate(*p);
    if (!v.ok()) return Status::InvalidArgument(name + ": [llm]: " + v.message());
    c.llm = j.at("llm");
    c.provider = std::move(p).value();
  }
  if (j.contains("supervisor"))
    AVO_RETURN_IF_ERROR(ReadSupervisor(Table(name, "supervisor.", j.at("supervisor")), c));
  if (j.contains("agent"))
    AVO_RETURN_IF_ERROR(ReadAgent(Table(name, "agent.", j.at("agent")), c.agent));
  if (j.contains("exec")) {
    const Table t(name, "exec.", j.at("exec"));
    AVO_RETURN_IF_ERROR(t.OnlyKeys({"command", "timeout_s"}));
    AVO_RETURN_IF_ERROR(t.String("command", &c.exec.command, true));
    AVO_RETURN_IF_ERROR(t.Number("timeout_s", &c.exec.timeout_s, true));
  }
  if (j.contains("kb")) {
    const Table t(name, "kb.", j.at("kb"));
    AVO_RETURN_IF_ERROR(t.OnlyKeys({"paths"}));
    const auto& kb = j.at("kb");
    if (kb.contains("paths")) {
      const auto& paths = kb.at("paths");
      if (!paths.is_array()) return t.Error("paths", "expected an array of paths");
      for (const auto& p : paths) {
        if (!p.is_string() || p.get<std::string>().empty())
          return t.Error("paths", "expected an array of non-empty strings");
        fs::path path = p.get<std::string>();
        if (path.is_relative()) path = base / path;
        c.kb_paths.push_back(path.lexically_normal());
      }
    }
  }
  return c;
}

Result<RunConfig> LoadRunConfig(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return Status::NotFound(file.string() + ": no such file");
  AVO_ASSIGN_OR_RETURN(std::string text, ReadFile(file));
  const fs::path abs = fs::absolute(file, ec).lexically_normal();
  AVO_ASSIGN_OR_RETURN(RunConfig c, ParseRunConfig(text, file.string(), abs.parent_path()));
  c.file = abs;
  return c;
}

Status SaveRunConfig(const RunConfig& config, const fs::path& run_dir) {
  if (config.file.empty()) return Status::Ok();
  std::error_code ec;
  const fs::path dest = RunConfigPath(run_dir);
  if (fs::exists(dest, ec) && fs::equivalent(dest, config.file, ec)) return Status::Ok();
  AVO_ASSIGN_OR_RETURN(std::string text, ReadFile(config.file));
  if (!config.kb_paths.empty()) {
    try {
      toml::table root = toml::parse(text, config.file.string());
      toml::array paths;
      for (const auto& p : config.kb_paths) paths.push_back(p.string());
      if (auto* kb = root["kb"].as_table()) kb->insert_or_assign("paths", std::move(paths));
      std::ostringstream os;
      os << "# copied by avo evolve from " << config.file.string()
         << " ([kb] paths made absolute)\n"
         << root << "\n";
      text = os.str();
    } catch (const toml::parse_error& e) {
      return Status::InvalidArgument(config.file.string() + ": " + std::string(e.description()));
    }
  }
  return WriteFileAtomic(dest, text);
}

}  // namespace avo::agent
