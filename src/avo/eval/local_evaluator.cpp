#include "avo/eval/local_evaluator.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <random>

#include "avo/eval/task_env.h"
#include "avo/util/confinement.h"
#include "avo/util/process.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

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

  // The judge is checked before the candidate is: a changed harness or tolerance, or a sandbox
  // that cannot be built, makes an infra error that says nothing about the candidate.
  if (options_.trusted) {
    Status st = VerifyTrustedFiles(*options_.trusted, task_, options_.tool_dirs);
    if (!st.ok()) {
      e.outcome = Outcome::kInfraError;
      e.reason = st.message();
      return e;
    }
  }
  const bool confine = task_.sandbox.enabled && !options_.no_sandbox;
  if (confine && !ConfinementAvailable().ok()) {
    e.outcome = Outcome::kInfraError;
    e.reason = ConfinementAvailable().message() +
               " (to run task commands unconfined: [sandbox] enabled = false in task.toml, or "
               "--no-sandbox)";
    return e;
  }

  std::random_device rd;
  const std::uint64_t seed = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  const std::string id = fmt::format("{}-{}-{:x}", opt.label.empty() ? "eval" : opt.label,
                                     counter_++, seed & 0xffffff);
  const fs::path ws = options_.scratch_dir / id;
  // Beside the workspace: configs.json (read by the evaluate command), out/ (the only directory
  // that command may write besides the workspace: the result goes there) and home/ (HOME and
  // TMPDIR when unconfined; confined commands get a private /tmp instead).
  const fs::path meta = options_.scratch_dir / (id + ".meta");
  const fs::path out = meta / "out";
  const fs::path home = confine ? fs::path("/tmp") : meta / "home";
  std::error_code ec;
  fs::remove_all(ws, ec);
  fs::create_directories(out, ec);
  if (!confine) fs::create_directories(home, ec);

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

  // Each command sees only what it needs: the build neither AVO_RESULT nor the directory of the
  // result; the seed only where the task asks for it.
  std::map<std::string, std::string> avo = {{"AVO_TASK_DIR", task_.dir.string()},
                                            {"AVO_WORKSPACE", ws.string()},
                                            {"AVO_SUITE", suite->name}};
  const CommandEnv build_env{home.string(), options_.tool_dirs, options_.gpu, avo};
  avo["AVO_CONFIGS"] = (meta / "configs.json").string();
  avo["AVO_RESULT"] = (out / "result.json").string();
  avo["AVO_BASELINES"] = opt.baselines ? "1" : "0";
  if (task_.evaluate.pass_seed) avo["AVO_SEED"] = std::to_string(seed);
  const CommandEnv eval_env{home.string(), options_.tool_dirs, options_.gpu, avo};

  // Read-only paths to bring back over the private /tmp (tests and `avo eval` keep runs there).
  std::vector<fs::path> readable = {task_.dir};
  readable.insert(readable.end(), options_.tool_dirs.begin(), options_.tool_dirs.end());
  const Confinement build_box{ws, {ws}, readable, task_.sandbox.network};
  readable.push_back(meta / "configs.json");
  const Confinement eval_box{ws, {ws, out}, readable, task_.sandbox.network};
  auto argv = [&](const std::string& command, const Confinement& box) {
    return confine ? ConfinedArgv(box, ShellCommand(command)) : ShellCommand(command);
  };

  ProcessOptions p;
  p.cwd = ws;
  p.inherit_env = false;
  p.output_cap_bytes = task_.limits.output_kb * 1024;
  p.memory_limit_bytes = task_.limits.memory_mb * 1024 * 1024;
  p.cpu_limit_s = task_.limits.cpu_s;
  p.file_size_limit_bytes = task_.limits.file_mb * 1024 * 1024;

  if (task_.build) {
    p.argv = argv(task_.build->command, build_box);
    p.env = TaskEnvironment(task_, build_env);
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

  p.argv = argv(task_.evaluate.command, eval_box);
  p.env = TaskEnvironment(task_, eval_env);
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
    auto text = ReadFile(out / "result.json");
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
