#include "avo/engine/run_config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <sstream>

#include "avo/task/run_paths.h"
#include "avo/task/toml_json.h"
#include "avo/task/toml_reader.h"
#include "avo/util/fs.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

using Table = TomlReader;
using Sign = TomlReader::Sign;

// Keeps `*out` when `key` is absent: the defaults live in the structs, not in this file.
template <typename T>
Status Int(const Table& t, const std::string& key, T* out, int min) {
  AVO_ASSIGN_OR_RETURN(const std::int64_t v, t.Int(key, min, static_cast<std::int64_t>(*out)));
  *out = static_cast<T>(v);
  return Status::Ok();
}

Status Number(const Table& t, const std::string& key, double* out, Sign sign) {
  AVO_ASSIGN_OR_RETURN(*out, t.Number(key, *out, sign));
  return Status::Ok();
}

template <typename T>
Status OptInt(const Table& t, const std::string& key, std::optional<T>* out) {
  if (!t.Has(key)) return Status::Ok();
  T v{};
  AVO_RETURN_IF_ERROR(Int(t, key, &v, 1));
  *out = v;
  return Status::Ok();
}

Status OptNumber(const Table& t, const std::string& key, std::optional<double>* out,
                 Sign sign = Sign::kPositive) {
  if (!t.Has(key)) return Status::Ok();
  AVO_ASSIGN_OR_RETURN(*out, t.Number(key, {}, sign));
  return Status::Ok();
}

Status ReadSupervisor(const Table& t, RunConfig& c) {
  AVO_RETURN_IF_ERROR(t.OnlyKeys({"use_llm", "no_commit_evaluations", "no_commit_minutes",
                                  "rejected_in_a_row", "repeated_failures", "cooldown_attempts"}));
  AVO_ASSIGN_OR_RETURN(c.supervisor_llm, t.Bool("use_llm", c.supervisor_llm));
  SupervisorConfig& s = c.supervisor;
  AVO_RETURN_IF_ERROR(Int(t, "no_commit_evaluations", &s.no_commit_evaluations, 1));
  AVO_RETURN_IF_ERROR(Number(t, "no_commit_minutes", &s.no_commit_minutes, Sign::kPositive));
  AVO_RETURN_IF_ERROR(Int(t, "rejected_in_a_row", &s.rejected_in_a_row, 1));
  AVO_RETURN_IF_ERROR(Int(t, "repeated_failures", &s.repeated_failures, 1));
  AVO_RETURN_IF_ERROR(Int(t, "cooldown_attempts", &s.cooldown_attempts, 0));
  return Status::Ok();
}

Status ReadAgent(const Table& t, agent::AgentSettings& a) {
  AVO_RETURN_IF_ERROR(t.OnlyKeys({"max_turns", "max_wall_s", "max_tokens", "max_cost_usd",
                                  "max_evaluations", "max_submissions", "compact_at",
                                  "tool_output_chars", "run_timeout_s", "sandbox", "temperature"}));
  AVO_RETURN_IF_ERROR(Int(t, "max_turns", &a.max_turns, 1));
  AVO_RETURN_IF_ERROR(OptNumber(t, "max_wall_s", &a.max_wall_s));
  AVO_RETURN_IF_ERROR(OptInt(t, "max_tokens", &a.max_tokens));
  AVO_RETURN_IF_ERROR(OptNumber(t, "max_cost_usd", &a.max_cost_usd));
  AVO_RETURN_IF_ERROR(OptInt(t, "max_evaluations", &a.max_evaluations));
  AVO_RETURN_IF_ERROR(OptInt(t, "max_submissions", &a.max_submissions));
  AVO_RETURN_IF_ERROR(Number(t, "compact_at", &a.compact_at, Sign::kPositive));
  if (a.compact_at > 1) {
    return t.Error("compact_at", "a fraction of the context window in (0, 1]",
                   t.Node("compact_at"));
  }
  AVO_RETURN_IF_ERROR(Int(t, "tool_output_chars", &a.tool_output_chars, 1));
  if (a.tool_output_chars < 200)
    return t.Error("tool_output_chars", "at least 200", t.Node("tool_output_chars"));
  AVO_RETURN_IF_ERROR(Number(t, "run_timeout_s", &a.run_timeout_s, Sign::kPositive));
  AVO_ASSIGN_OR_RETURN(a.sandbox, t.Bool("sandbox", a.sandbox));
  AVO_RETURN_IF_ERROR(OptNumber(t, "temperature", &a.temperature, Sign::kNonNegative));
  return Status::Ok();
}

Status ReadLlm(const Table& t, const std::string& file, RunConfig& c) {
  const nlohmann::json j = TomlToJson(t.table());
  auto p = llm::ProviderConfigFromJson(j);
  if (!p.ok()) return Status::InvalidArgument(file + ": [llm]: " + p.status().message());
  Status v = llm::Validate(*p);
  if (!v.ok()) return Status::InvalidArgument(file + ": [llm]: " + v.message());
  c.llm = j;
  c.provider = std::move(p).value();
  return Status::Ok();
}

Status ReadExec(const Table& t, ExecSettings& e) {
  AVO_RETURN_IF_ERROR(t.OnlyKeys({"command", "timeout_s"}));
  AVO_ASSIGN_OR_RETURN(e.command, t.NonEmptyString("command", e.command));
  return Number(t, "timeout_s", &e.timeout_s, Sign::kPositive);
}

Status ReadBudget(const Table& t, RunBudget& b) {
  AVO_RETURN_IF_ERROR(t.OnlyKeys({"tokens", "usd", "wall_s"}));
  AVO_RETURN_IF_ERROR(Int(t, "tokens", &b.tokens, 0));
  AVO_RETURN_IF_ERROR(Number(t, "usd", &b.cost_usd, Sign::kNonNegative));
  return Number(t, "wall_s", &b.wall_s, Sign::kNonNegative);
}

Status ReadEval(const Table& t, RunConfig& c) {
  AVO_RETURN_IF_ERROR(t.OnlyKeys({"backend", "partition", "account", "gres", "time", "sbatch_args",
                                  "poll_s", "heartbeat_s", "queue_timeout_s", "lost_grace_s"}));
  AVO_ASSIGN_OR_RETURN(c.eval_backend, t.NonEmptyString("backend", c.eval_backend));
  if (c.eval_backend != "local" && c.eval_backend != "slurm")
    return t.Error("backend", "expected \"local\" or \"slurm\", got \"" + c.eval_backend + "\"");
  if (c.eval_backend == "local") {
    for (const char* key : {"partition", "account", "gres", "time", "sbatch_args", "poll_s",
                            "heartbeat_s", "queue_timeout_s", "lost_grace_s"}) {
      if (t.Has(key)) return t.Error(key, "a Slurm setting, but backend is \"local\"");
    }
    return Status::Ok();
  }
  SlurmSettings& s = c.slurm;
  AVO_ASSIGN_OR_RETURN(s.partition, t.String("partition", s.partition));
  AVO_ASSIGN_OR_RETURN(s.account, t.String("account", s.account));
  AVO_ASSIGN_OR_RETURN(s.gres, t.String("gres", s.gres));
  AVO_ASSIGN_OR_RETURN(s.time, t.String("time", s.time));
  AVO_ASSIGN_OR_RETURN(s.sbatch_args, t.Strings("sbatch_args", s.sbatch_args));
  AVO_RETURN_IF_ERROR(Number(t, "poll_s", &s.poll_s, Sign::kPositive));
  AVO_RETURN_IF_ERROR(Number(t, "heartbeat_s", &s.heartbeat_s, Sign::kPositive));
  AVO_RETURN_IF_ERROR(Number(t, "queue_timeout_s", &s.queue_timeout_s, Sign::kPositive));
  AVO_RETURN_IF_ERROR(Number(t, "lost_grace_s", &s.lost_grace_s, Sign::kNonNegative));
  if (s.heartbeat_s < 5) return t.Error("heartbeat_s", "expected at least 5 (seconds)");
  return Status::Ok();
}

Status ReadKb(const Table& t, const fs::path& base, std::vector<fs::path>& kb_paths) {
  AVO_RETURN_IF_ERROR(t.OnlyKeys({"paths"}));
  const toml::node* paths = t.Node("paths");
  if (paths == nullptr) return Status::Ok();
  if (!paths->is_array()) return t.Error("paths", "an array of paths", paths);
  for (const auto& p : *paths->as_array()) {
    if (!p.is_string() || p.as_string()->get().empty())
      return t.Error("paths", "an array of non-empty strings", &p);
    fs::path path = p.as_string()->get();
    if (path.is_relative()) path = base / path;
    kb_paths.push_back(path.lexically_normal());
  }
  return Status::Ok();
}

}  // namespace

fs::path RunConfigPath(const fs::path& run_dir) { return RunPaths(run_dir).run_config(); }

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
  RunConfig c;
  const Table top(name, root);
  AVO_RETURN_IF_ERROR(
      top.OnlyKeys({"operator", "llm", "supervisor", "agent", "exec", "kb", "budget", "eval"}));
  AVO_ASSIGN_OR_RETURN(c.op, top.NonEmptyString("operator", c.op));
  for (const char* table : {"llm", "supervisor", "agent", "exec", "kb", "budget", "eval"}) {
    const toml::node* n = top.Node(table);
    if (n != nullptr && !n->is_table())
      return top.Error(table, "a table [" + std::string(table) + "]", n);
  }
  if (top.Has("llm")) AVO_RETURN_IF_ERROR(ReadLlm(top.Table("llm"), name, c));
  if (top.Has("supervisor")) AVO_RETURN_IF_ERROR(ReadSupervisor(top.Table("supervisor"), c));
  if (top.Has("agent")) AVO_RETURN_IF_ERROR(ReadAgent(top.Table("agent"), c.agent));
  if (top.Has("exec")) AVO_RETURN_IF_ERROR(ReadExec(top.Table("exec"), c.exec));
  if (top.Has("kb")) AVO_RETURN_IF_ERROR(ReadKb(top.Table("kb"), base, c.kb_paths));
  if (top.Has("budget")) AVO_RETURN_IF_ERROR(ReadBudget(top.Table("budget"), c.budget));
  if (top.Has("eval")) AVO_RETURN_IF_ERROR(ReadEval(top.Table("eval"), c));
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

namespace {

// `text` (an avo.toml) with the command line's choices and absolute [kb] paths written in.
Result<std::string> WithChoices(const std::string& text, const RunConfig& config,
                                const std::string& source) {
  toml::table root;
  try {
    root = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    return Status::InvalidArgument(source + ": " + std::string(e.description()));
  }
  if (!config.op.empty()) root.insert_or_assign("operator", config.op);
  if (!config.exec.command.empty()) {
    if (root["exec"].as_table() == nullptr) root.insert_or_assign("exec", toml::table{});
    root["exec"].as_table()->insert_or_assign("command", config.exec.command);
  }
  if (!config.kb_paths.empty()) {
    toml::array paths;
    for (const auto& p : config.kb_paths) paths.push_back(p.string());
    if (auto* kb = root["kb"].as_table()) kb->insert_or_assign("paths", std::move(paths));
  }
  std::ostringstream os;
  os << "# written by avo evolve" << (source.empty() ? std::string() : " from " + source)
     << " (the operator and exec command chosen, [kb] paths made absolute)\n"
     << root << "\n";
  return os.str();
}

}  // namespace

Status SaveRunConfig(const RunConfig& config, const fs::path& run_dir) {
  std::string text;
  RunConfig read;  // what the file says; the rest of `config` came from the command line
  if (!config.file.empty()) {
    AVO_ASSIGN_OR_RETURN(text, ReadFile(config.file));
    AVO_ASSIGN_OR_RETURN(read,
                         ParseRunConfig(text, config.file.string(), config.file.parent_path()));
  }
  const bool chosen = config.op != read.op || config.exec.command != read.exec.command;
  std::error_code ec;
  const fs::path dest = RunConfigPath(run_dir);
  const bool is_dest =
      !config.file.empty() && fs::exists(dest, ec) && fs::equivalent(dest, config.file, ec);
  if (!chosen && (config.file.empty() || is_dest)) return Status::Ok();
  if (!chosen && config.kb_paths.empty()) return WriteFileAtomic(dest, text);
  AVO_ASSIGN_OR_RETURN(text, WithChoices(text, config, config.file.string()));
  return WriteFileAtomic(dest, text);
}

}  // namespace avo
