#include "avo/eval/local_evaluator.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <random>

#include "avo/util/process.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

// Credentials of the LLM endpoints must never reach candidate code.
std::vector<std::string> SecretVariables() {
  std::vector<std::string> names;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string kv(*e);
    std::string name = kv.substr(0, kv.find('='));
    auto ends_with = [&](const std::string& suffix) {
      return name.size() >= suffix.size() &&
             name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with("_API_KEY") || ends_with("_TOKEN") || ends_with("_SECRET")) names.push_back(name);
  }
  return names;
}

std::string Logs(const ProcessResult& r) {
  std::string s = r.out;
  if (!r.err.empty()) s += (s.empty() ? "" : "\n") + r.err;
  return s;
}

std::string LastLines(const std::string& s, int n) {
  std::size_t pos = s.size();
  while (n-- > 0 && pos > 0) {
    pos = s.rfind('\n', pos - 1);
    if (pos == std::string::npos) return s;
  }
  return s.substr(pos + 1);
}

}  // namespace

fs::path SelfDirectory() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path() : p.parent_path();
}

LocalEvaluator::LocalEvaluator(TaskSpec task, LocalEvaluatorOptions options)
    : task_(std::move(task)), options_(std::move(options)) {}

std::string LocalEvaluator::Describe() const {
  return options_.gpu ? "local:gpu" + *options_.gpu : std::string("local");
}

Evaluation LocalEvaluator::Score(const FileSet& files, const ScoreOptions& opt) {
  Evaluation e;
  const Suite* suite = task_.FindSuite(opt.suite);
  e.suite = opt.suite.empty() ? task_.default_suite : opt.suite;
  e.unit = task_.unit;
  if (suite == nullptr) {
    e.outcome = Outcome::kInvalidResult;
    e.reason = "no suite '" + e.suite + "' in the task";
    return e;
  }

  std::random_device rd;
  const std::uint64_t seed = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  const std::string id = fmt::format("{}-{}-{:x}", opt.label.empty() ? "eval" : opt.label,
                                     counter_++, seed & 0xffffff);
  const fs::path ws = options_.scratch_dir / id;
  const fs::path meta = options_.scratch_dir / (id + ".meta");
  std::error_code ec;
  fs::remove_all(ws, ec);
  fs::create_directories(meta, ec);

  auto cleanup = [&] {
    if (options_.keep_workspaces) return;
    fs::remove_all(ws, ec);
    fs::remove_all(meta, ec);
  };

  // A fresh copy of the task with the candidate's files in place of the editable ones.
  Status st = CopyTree(task_.dir, ws);
  if (st.ok()) {
    auto own = ReadFileSet(ws, task_.editable);
    if (own.ok()) {
      for (const auto& [rel, content] : *own) fs::remove(ws / rel, ec);
    }
    st = WriteFileSet(ws, files);
  }
  if (!st.ok()) {
    e.outcome = Outcome::kInvalidResult;
    e.reason = "workspace: " + st.message();
    cleanup();
    return e;
  }

  nlohmann::json configs = nlohmann::json::array();
  for (const auto& c : suite->configs) configs.push_back({{"name", c.name}, {"params", c.params}});
  const nlohmann::json config_doc = {{"suite", suite->name},
                                     {"configs", configs},
                                     {"tolerance", task_.tolerance},
                                     {"baselines", opt.baselines}};
  (void)WriteFile(meta / "configs.json", config_doc.dump(2));

  ProcessOptions p;
  p.cwd = ws;
  const char* inherited_path = getenv("PATH");
  std::string path = inherited_path != nullptr ? inherited_path : "/usr/bin:/bin";
  for (auto it = options_.tool_dirs.rbegin(); it != options_.tool_dirs.rend(); ++it)
    path = it->string() + ":" + path;
  p.env = {{"AVO_TASK_DIR", task_.dir.string()},
           {"AVO_WORKSPACE", ws.string()},
           {"AVO_SUITE", suite->name},
           {"AVO_CONFIGS", (meta / "configs.json").string()},
           {"AVO_RESULT", (meta / "result.json").string()},
           {"AVO_SEED", std::to_string(seed)},
           {"AVO_BASELINES", opt.baselines ? "1" : "0"},
           {"PATH", path}};
  if (options_.gpu) p.env["CUDA_VISIBLE_DEVICES"] = *options_.gpu;
  p.env_remove = SecretVariables();
  p.output_cap_bytes = task_.limits.output_kb * 1024;
  p.memory_limit_bytes = task_.limits.memory_mb * 1024 * 1024;
  p.cpu_limit_s = task_.limits.cpu_s;
  p.file_size_limit_bytes = task_.limits.file_mb * 1024 * 1024;

  if (task_.build) {
    p.argv = ShellCommand(task_.build->command);
    p.timeout = std::chrono::seconds(task_.build->timeout_s);
    auto r = RunProcess(p);
    if (!r.ok()) {
      e.outcome = Outcome::kBuildFailed;
      e.reason = "build could not start: " + r.status().message();
      cleanup();
      return e;
    }
    e.build_s = r->wall_s;
    e.build_log = Logs(*r);
    if (!r->ok()) {
      e.outcome = r->timed_out ? Outcome::kTimeout : Outcome::kBuildFailed;
      e.reason = fmt::format("build {}: {}", r->Describe(), LastLines(e.build_log, 3));
      cleanup();
      return e;
    }
  }

  p.argv = ShellCommand(task_.evaluate.command);
  p.timeout = std::chrono::seconds(task_.evaluate.timeout_s);
  auto r = RunProcess(p);
  if (!r.ok()) {
    e.outcome = Outcome::kEvalFailed;
    e.reason = "evaluate could not start: " + r.status().message();
    cleanup();
    return e;
  }
  const std::string eval_log = Logs(*r);
  const double eval_s = r->wall_s;
  const double build_s = e.build_s;
  const std::string build_log = e.build_log;
  if (!r->ok()) {
    e.outcome = r->timed_out ? Outcome::kTimeout : Outcome::kEvalFailed;
    e.reason = fmt::format("evaluate {}{}", r->Describe(),
                           eval_log.empty() ? "" : ": " + LastLines(eval_log, 3));
  } else {
    auto text = ReadFile(meta / "result.json");
    if (!text.ok()) {
      e.outcome = Outcome::kInvalidResult;
      e.reason = "the evaluate command wrote no result to $AVO_RESULT";
    } else {
      e = ParseEvaluation(*text, *suite, task_);
    }
  }
  e.build_s = build_s;
  e.build_log = build_log;
  e.eval_s = eval_s;
  e.eval_log = eval_log;
  if (r->orphans_killed > 0)
    spdlog::warn("{}: killed {} escaped descendant process(es)", id, r->orphans_killed);
  cleanup();
  return e;
}

}  // namespace avo
