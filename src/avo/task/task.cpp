#include "avo/task/task.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "avo/task/knobs.h"
#include "avo/task/toml_json.h"
#include "avo/task/toml_reader.h"
#include "avo/util/fs.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

using Reader = TomlReader;

// Names become directory and branch names: a bounded length keeps them under NAME_MAX with
// the prefixes and suffixes avo adds.
constexpr std::size_t kMaxNameBytes = 100;

bool ValidName(const std::string& s) {
  static const std::regex re("[A-Za-z0-9_-]+");
  return s.size() <= kMaxNameBytes && std::regex_match(s, re);
}

// A configuration's name is printed in tables, one per line: no control character may split or
// recolour them.
bool PrintableName(const std::string& s) {
  if (s.empty() || s.size() > kMaxNameBytes) return false;
  return std::none_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x20 || b == 0x7F;
  });
}

Status ReadSandbox(const Reader& r, SandboxConfig& s) {
  const toml::node* table = r.Node("sandbox");
  if (table != nullptr && !table->is_table()) return r.Error("sandbox", "a table", table);
  AVO_ASSIGN_OR_RETURN(s.enabled, r.Bool("sandbox.enabled", true));
  AVO_ASSIGN_OR_RETURN(s.network, r.Bool("sandbox.network", false));
  AVO_ASSIGN_OR_RETURN(s.env, r.Strings("sandbox.env", std::vector<std::string>{}));
  static const std::regex name("[A-Za-z_][A-Za-z0-9_]*");
  for (const auto& v : s.env) {
    if (!std::regex_match(v, name))
      return r.Error("sandbox.env", "names of environment variables, got \"" + v + "\"");
    // avo sets its own variables per command; a task cannot pass the parent's through.
    if (v.rfind("AVO_", 0) == 0)
      return r.Error("sandbox.env", "no AVO_ variable (avo sets those itself), got \"" + v + "\"");
  }
  return Status::Ok();
}

Result<TaskCommand> ReadCommand(const Reader& r, const std::string& table, int default_timeout) {
  TaskCommand c;
  AVO_ASSIGN_OR_RETURN(c.command, r.String(table + ".command"));
  if (c.command.empty()) return r.Error(table + ".command", "must not be empty");
  AVO_ASSIGN_OR_RETURN(std::int64_t t, r.Int(table + ".timeout_s", 1, default_timeout));
  c.timeout_s = static_cast<int>(t);
  return c;
}

Status ReadSuites(const Reader& r, const toml::table& root, TaskSpec& t) {
  const toml::table* suites = root["suites"].as_table();
  if (suites == nullptr || suites->empty())
    return r.Error("suites", "at least one suite table ([suites.NAME])", root.get("suites"));
  for (const auto& [key, node] : *suites) {
    const std::string name(key.str());
    const std::string path = "suites." + name;
    if (!node.is_table()) return r.Error(path, "a table", &node);
    if (!ValidName(name))
      return r.Error(
          path,
          fmt::format("a suite name of at most {} letters, digits, '_' and '-'", kMaxNameBytes),
          nullptr);
    Suite s;
    s.name = name;
    AVO_ASSIGN_OR_RETURN(s.description, r.String(path + ".description", std::string()));
    AVO_ASSIGN_OR_RETURN(s.held_out, r.Bool(path + ".held_out", false));
    const toml::node* configs = node.as_table()->get("configs");
    if (configs == nullptr || !configs->is_array() || configs->as_array()->empty()) {
      return r.Error(path + ".configs", "a non-empty array of tables with a 'name'", configs);
    }
    std::size_t i = 0;
    for (const auto& c : *configs->as_array()) {
      const std::string cpath = fmt::format("{}.configs[{}]", path, i++);
      if (!c.is_table()) return r.Error(cpath, "a table", &c);
      const toml::node* cname = c.as_table()->get("name");
      if (cname == nullptr || !cname->is_string() || !PrintableName(cname->as_string()->get())) {
        return r.Error(
            cpath + ".name",
            fmt::format("a string of 1 to {} bytes without control characters", kMaxNameBytes),
            cname);
      }
      BenchConfig cfg;
      cfg.name = cname->as_string()->get();
      cfg.params = TomlToJson(c);
      cfg.params.erase("name");
      for (const auto& existing : s.configs) {
        if (existing.name == cfg.name)
          return r.Error(cpath + ".name",
                         "a name unique within the suite, '" + cfg.name + "' repeats");
      }
      s.configs.push_back(std::move(cfg));
    }
    t.suites[name] = std::move(s);
  }
  return Status::Ok();
}

Status ReadKnobSpecs(const Reader& r, const toml::table& root, TaskSpec& t) {
  const toml::node* knobs = root.get("knobs");
  if (knobs == nullptr) return Status::Ok();
  if (!knobs->is_table()) return r.Error("knobs", "a table of knob tables ([knobs.NAME])", knobs);
  for (const auto& [key, node] : *knobs->as_table()) {
    Knob k;
    k.name = std::string(key.str());
    const std::string path = "knobs." + k.name;
    if (!ValidName(k.name))
      return r.Error(path, "a knob name of letters, digits, '_' and '-'", nullptr);
    AVO_ASSIGN_OR_RETURN(k.file, r.String(path + ".file"));
    const toml::node* values = r.Node(path + ".values");
    if (values == nullptr || !values->is_array() || values->as_array()->size() < 2) {
      return r.Error(path + ".values", "an array of at least two integers or strings", values);
    }
    for (const auto& v : *values->as_array()) {
      if (v.is_integer())
        k.values.push_back(std::to_string(v.as_integer()->get()));
      else if (v.is_string())
        k.values.push_back(v.as_string()->get());
      else
        return r.Error(path + ".values", "integers or strings", &v);
    }
    t.knobs.push_back(std::move(k));
  }
  return Status::Ok();
}

// A misspelt or misplaced key is an error, not a silent default (TOML puts every key after a
// [table] header into that table, an easy way to lose a top-level key).
Status CheckKnownKeys(const Reader& r, const toml::table& root) {
  const std::map<std::string, std::set<std::string>> known = {
      {"",
       {"format", "name", "description", "default_suite", "files", "build", "evaluate", "limits",
        "metric", "tolerance", "gate", "sandbox", "suites", "knobs"}},
      {"files", {"editable"}},
      {"build", {"command", "timeout_s", "memory_mb"}},
      {"evaluate", {"command", "timeout_s", "pass_seed", "interleaved_command", "needs"}},
      {"sandbox", {"enabled", "network", "env"}},
      {"limits", {"memory_mb", "cpu_s", "output_kb", "file_mb"}},
      {"metric", {"name", "unit", "direction"}},
      {"gate", {"min_gain", "paired", "rounds", "confidence", "max_config_loss"}},
  };
  for (const auto& [table, keys] : known) {
    const toml::table* t = table.empty() ? &root : root[table].as_table();
    if (t == nullptr) continue;
    for (const auto& [k, v] : *t) {
      const std::string key(k.str());
      if (keys.count(key) == 0) {
        return r.Error(
            table.empty() ? key : table + "." + key,
            "unknown key" +
                std::string(
                    table.empty() ? "" : " (top-level keys must come before the first [table])"));
      }
    }
  }
  return Status::Ok();
}

}  // namespace

const Suite* TaskSpec::FindSuite(const std::string& n) const {
  auto it = suites.find(n.empty() ? default_suite : n);
  return it == suites.end() ? nullptr : &it->second;
}

std::vector<std::string> TaskSpec::SuiteNames() const {
  std::vector<std::string> out;
  for (const auto& [n, s] : suites) out.push_back(n);
  return out;
}

std::vector<std::string> TaskSpec::SearchSuiteNames() const {
  std::vector<std::string> out;
  for (const auto& [n, s] : suites) {
    if (!s.held_out) out.push_back(n);
  }
  return out;
}

Status TaskSpec::CheckSearchSuite(const std::string& n) const {
  const Suite* s = FindSuite(n);
  if (s != nullptr && !s->held_out) return Status::Ok();
  return Status::InvalidArgument(
      fmt::format("task '{}' has no suite '{}' the search may use "
                  "(suites: {})",
                  name, n.empty() ? default_suite : n, fmt::join(SearchSuiteNames(), ", ")));
}

std::vector<std::string> TaskSpec::HeldOutSuiteNames() const {
  std::vector<std::string> out;
  for (const auto& [n, s] : suites) {
    if (s.held_out) out.push_back(n);
  }
  return out;
}

bool IsBetter(Direction d, double better, double worse) {
  return d == Direction::kHigher ? better > worse : better < worse;
}

namespace {

// format, name, description and [files].
Status ReadIdentity(const Reader& r, TaskSpec& t) {
  const toml::node* format = r.Node("format");
  if (format == nullptr || !format->is_integer())
    return r.Error("format", "an integer (the format version, 1)", format);
  if (format->as_integer()->get() != TaskSpec::kFormat) {
    return r.Error("format", fmt::format("version {} is not supported (this avo reads version {})",
                                         format->as_integer()->get(), TaskSpec::kFormat));
  }
  AVO_ASSIGN_OR_RETURN(t.name, r.String("name"));
  if (!ValidName(t.name))
    return r.Error("name",
                   fmt::format("a name of at most {} letters, digits, '_' and '-'", kMaxNameBytes),
                   r.Node("name"));
  AVO_ASSIGN_OR_RETURN(t.description, r.String("description", std::string()));
  AVO_ASSIGN_OR_RETURN(t.editable, r.Strings("files.editable"));
  if (t.editable.empty())
    return r.Error("files.editable", "at least one path or glob", r.Node("files.editable"));
  for (const auto& p : t.editable) {
    if (p.empty() || p[0] == '/' || p.find("..") != std::string::npos) {
      return r.Error("files.editable",
                     "paths relative to the task directory, without '..', got \"" + p + "\"");
    }
  }
  return Status::Ok();
}

// [build] and [evaluate].
Status ReadCommands(const Reader& r, TaskSpec& t) {
  if (r.Has("build")) {
    AVO_ASSIGN_OR_RETURN(t.build, ReadCommand(r, "build", 600));
    AVO_ASSIGN_OR_RETURN(std::int64_t mem,
                         r.Int("build.memory_mb", 0, std::int64_t{kDefaultBuildMemoryMb}));
    t.build->memory_mb = static_cast<std::uint64_t>(mem);
  }
  AVO_ASSIGN_OR_RETURN(t.evaluate, ReadCommand(r, "evaluate", 600));
  AVO_ASSIGN_OR_RETURN(t.evaluate.pass_seed, r.Bool("evaluate.pass_seed", false));
  if (r.Has("evaluate.interleaved_command")) {
    AVO_ASSIGN_OR_RETURN(t.evaluate.interleaved_command, r.String("evaluate.interleaved_command"));
    if (t.evaluate.interleaved_command.empty())
      return r.Error("evaluate.interleaved_command", "a non-empty command",
                     r.Node("evaluate.interleaved_command"));
  }
  if (r.Has("evaluate.needs")) {
    AVO_ASSIGN_OR_RETURN(t.evaluate.needs, r.String("evaluate.needs"));
  }
  return Status::Ok();
}

Status ReadLimits(const Reader& r, TaskSpec& t) {
  AVO_ASSIGN_OR_RETURN(std::int64_t mem, r.Int("limits.memory_mb", 0, 8192));
  AVO_ASSIGN_OR_RETURN(std::int64_t cpu, r.Int("limits.cpu_s", 0, 3600));
  AVO_ASSIGN_OR_RETURN(std::int64_t outkb, r.Int("limits.output_kb", 1, 256));
  AVO_ASSIGN_OR_RETURN(std::int64_t filemb, r.Int("limits.file_mb", 1, 1024));
  t.limits = {static_cast<std::uint64_t>(mem), static_cast<std::uint64_t>(cpu),
              static_cast<std::uint64_t>(outkb), static_cast<std::uint64_t>(filemb)};
  return Status::Ok();
}

Status ReadMetric(const Reader& r, TaskSpec& t) {
  AVO_ASSIGN_OR_RETURN(t.metric_name, r.String("metric.name"));
  AVO_ASSIGN_OR_RETURN(t.unit, r.String("metric.unit"));
  AVO_ASSIGN_OR_RETURN(std::string dir, r.String("metric.direction", std::string("higher")));
  if (dir == "higher")
    t.direction = Direction::kHigher;
  else if (dir == "lower")
    t.direction = Direction::kLower;
  else
    return r.Error("metric.direction", "\"higher\" or \"lower\"", r.Node("metric.direction"));
  return Status::Ok();
}

Status ReadTolerance(const Reader& r, TaskSpec& t) {
  AVO_ASSIGN_OR_RETURN(t.atol, r.Number("tolerance.atol", 0.0));
  AVO_ASSIGN_OR_RETURN(t.rtol, r.Number("tolerance.rtol", 0.0));
  // Tasks may define further figures (an LSE tolerance, an L2 bound): any key, numbers only.
  if (const toml::table* tol = r.table()["tolerance"].as_table()) {
    for (const auto& [k, v] : *tol) {
      const std::string key = "tolerance." + std::string(k.str());
      AVO_ASSIGN_OR_RETURN(double x, r.Number(key, 0.0));
      if (x < 0) return r.Error(key, "a non-negative number", &v);
      t.tolerance[std::string(k.str())] = x;
    }
  }
  t.tolerance["atol"] = t.atol;
  t.tolerance["rtol"] = t.rtol;
  if (t.atol < 0 || t.rtol < 0) return r.Error("tolerance", "non-negative atol and rtol");
  return Status::Ok();
}

Status ReadGate(const Reader& r, GateConfig& g) {
  AVO_ASSIGN_OR_RETURN(g.min_gain, r.Number("gate.min_gain", 0.0));
  if (g.min_gain < 0 || g.min_gain >= 1)
    return r.Error("gate.min_gain", "a number in [0, 1)", r.Node("gate.min_gain"));
  AVO_ASSIGN_OR_RETURN(g.paired, r.Bool("gate.paired", false));
  AVO_ASSIGN_OR_RETURN(const std::int64_t rounds, r.Int("gate.rounds", 1, 10));
  if (rounds < 2 || rounds > 1000)
    return r.Error("gate.rounds", "an integer in [2, 1000]", r.Node("gate.rounds"));
  g.rounds = static_cast<int>(rounds);
  AVO_ASSIGN_OR_RETURN(g.confidence, r.Number("gate.confidence", 0.95));
  if (!(g.confidence >= 0.5 && g.confidence <= 0.999))
    return r.Error("gate.confidence", "a number in [0.5, 0.999]", r.Node("gate.confidence"));
  AVO_ASSIGN_OR_RETURN(g.max_config_loss, r.Number("gate.max_config_loss", 0.02));
  if (!(g.max_config_loss >= 0 && g.max_config_loss < 0.5))
    return r.Error("gate.max_config_loss", "a number in [0, 0.5)", r.Node("gate.max_config_loss"));
  return Status::Ok();
}

// The task must be usable as written: editable files exist, knob markers are found.
Status CheckSeed(const Reader& r, const TaskSpec& t) {
  AVO_ASSIGN_OR_RETURN(FileSet seed, ReadFileSet(t.dir, t.editable));
  if (seed.empty())
    return r.Error("files.editable", "patterns that match at least one file in " + t.dir.string());
  for (const auto& k : t.knobs) {
    if (seed.count(k.file) == 0)
      return r.Error("knobs." + k.name + ".file", "an editable file, '" + k.file + "' is not one");
    auto v = ReadKnob(seed, k);
    if (!v.ok()) return r.Error("knobs." + k.name, v.status().message());
  }
  return Status::Ok();
}

}  // namespace

Result<TaskSpec> LoadTask(const fs::path& path) {
  std::error_code ec;
  fs::path file = fs::is_directory(path, ec) ? path / "task.toml" : path;
  const std::string shown = file.string();
  if (!fs::exists(file, ec))
    return Status::NotFound(shown + ": no such file (a task is a directory with a task.toml)");
  if (fs::is_directory(file, ec))
    return Status::InvalidArgument(shown + ": a directory, not a file (a task's task.toml)");

  AVO_ASSIGN_OR_RETURN(const toml::table root, ParseTomlFile(file));
  if (!root.contains("format") && !root.contains("name")) {
    return Status::InvalidArgument(
        shown +
        ": not a task.toml (no 'format' or 'name'; a task is a directory with a task.toml)");
  }
  const Reader r(shown, root);
  AVO_RETURN_IF_ERROR(CheckKnownKeys(r, root));
  TaskSpec t;
  t.dir = fs::absolute(file.parent_path(), ec).lexically_normal();
  AVO_RETURN_IF_ERROR(ReadIdentity(r, t));
  AVO_RETURN_IF_ERROR(ReadCommands(r, t));
  AVO_RETURN_IF_ERROR(ReadSandbox(r, t.sandbox));
  AVO_RETURN_IF_ERROR(ReadLimits(r, t));
  AVO_RETURN_IF_ERROR(ReadMetric(r, t));
  AVO_RETURN_IF_ERROR(ReadTolerance(r, t));
  AVO_RETURN_IF_ERROR(ReadGate(r, t.gate));
  AVO_RETURN_IF_ERROR(ReadSuites(r, root, t));
  // Without default_suite, the first suite (by name) the search may see.
  std::string first_open;
  for (const auto& [name, suite] : t.suites) {
    if (!suite.held_out) {
      first_open = name;
      break;
    }
  }
  if (first_open.empty() && r.Node("default_suite") == nullptr)
    return r.Error("suites", "at least one suite that is not held out", r.Node("suites"));
  AVO_ASSIGN_OR_RETURN(t.default_suite, r.String("default_suite", first_open));
  if (t.suites.count(t.default_suite) == 0) {
    return r.Error("default_suite", "the name of a suite defined under [suites]",
                   r.Node("default_suite"));
  }
  if (t.suites.count(t.default_suite) != 0 && t.suites.at(t.default_suite).held_out) {
    return r.Error("default_suite", "a suite the search may see, not a held-out one",
                   r.Node("default_suite"));
  }
  AVO_RETURN_IF_ERROR(ReadKnobSpecs(r, root, t));
  AVO_RETURN_IF_ERROR(CheckSeed(r, t));
  return t;
}

}  // namespace avo
