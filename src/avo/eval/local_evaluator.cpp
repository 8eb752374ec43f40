#include "avo/eval/local_evaluator.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "avo/eval/build_diagnostics.h"
#include "avo/eval/interleave.h"
#include "avo/eval/task_env.h"
#include "avo/util/confinement.h"
#include "avo/util/fs.h"
#include "avo/util/process.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

// A build's address-space bound: the smaller of [build] memory_mb and [limits] memory_mb, where
// either is set (0 is unlimited).
std::uint64_t BuildMemoryLimit(const TaskSpec& task) {
  constexpr std::uint64_t mib = std::uint64_t{1024} * 1024;
  const std::uint64_t build = task.build ? task.build->memory_mb : 0;
  const std::uint64_t all = task.limits.memory_mb;
  if (build == 0) return all * mib;
  if (all == 0) return build * mib;
  return std::min(build, all) * mib;
}

constexpr std::size_t kReusedBuilds = 4;  // the best and a few recent candidates

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

Evaluation Failure(Outcome outcome, std::string reason) {
  Evaluation e;
  e.outcome = outcome;
  e.reason = std::move(reason);
  return e;
}

// A failed build's reason is one line: the first error diagnostic of the (cut) log, else its
// first line, and how many more the attempt's build log holds.
std::string BuildReason(const std::string& cut_log) {
  std::vector<std::string> lines;
  std::istringstream in(cut_log);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.find_first_not_of(" \t") != std::string::npos) lines.push_back(line);
  }
  if (lines.empty()) return "no output";
  auto first = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.find("error") != std::string::npos;
  });
  if (first == lines.end()) first = lines.begin();
  const std::size_t more = lines.size() - 1;
  return more == 0 ? *first
                   : fmt::format("{} ({} more line(s) in the attempt's build log)", *first, more);
}

// The result file the evaluate command wrote, read without following a symlink and only when it
// is a regular file: the result's directory was writable by the command (and by whatever
// candidate process it ran), so a link planted there must not make avo read another file, nor a
// FIFO make it wait. The error is the candidate's invalid result, said in one line.
Result<std::string> ReadResult(const fs::path& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT)
    return Status::NotFound("the evaluate command wrote no result to $AVO_RESULT");
  if (fd < 0 && errno == ELOOP)
    return Status::InvalidArgument("$AVO_RESULT is a symbolic link, not a result");
  if (fd < 0)
    return Status::InvalidArgument(std::string("$AVO_RESULT cannot be read: ") +
                                   std::strerror(errno));
  struct stat st {};
  std::string text;
  Status status = Status::Ok();
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    status = Status::InvalidArgument("$AVO_RESULT is not a regular file");
  } else {
    char buf[65536];
    ssize_t got = 0;
    while ((got = read(fd, buf, sizeof buf)) > 0 || (got < 0 && errno == EINTR)) {
      if (got > 0) text.append(buf, static_cast<std::size_t>(got));
    }
    if (got < 0)
      status = Status::InvalidArgument(std::string("$AVO_RESULT: ") + std::strerror(errno));
  }
  close(fd);
  if (!status.ok()) return status;
  return text;
}

// An evaluator that writes its result as it goes (avo-attention-harness does, after every
// configuration) and then hangs, crashes or runs out of time still measured something: the
// failed evaluation keeps those configurations for the record and says how far it got. The
// outcome stays the failure; nothing of a partial result is ever scored.
void KeepWhatWasMeasured(const fs::path& result, const Suite& suite, const TaskSpec& task,
                         Evaluation& e) {
  auto text = ReadResult(result);  // none, a link or not a regular file: nothing to keep
  if (!text.ok()) return;
  // Parsed against the suite as any result is; its verdicts are kept, never its score.
  Evaluation partial = ParseEvaluation(*text, suite, task);
  if (partial.outcome != Outcome::kScored) return;
  std::size_t measured = 0;
  std::string last;
  for (const ConfigResult& c : partial.configs) {
    if (c.message.rfind("not measured", 0) == 0) continue;
    ++measured;
    last = c.name;
  }
  if (measured == 0) return;
  e.configs = std::move(partial.configs);
  e.reason += fmt::format(" (it had measured {} of {} configurations, the last {})", measured,
                          e.configs.size(), last);
}

}  // namespace

// The workspace of one build and, beside it in `meta`, configs.json (read by the evaluate
// command), out/ (the only directory that command may write besides the workspace: the result
// goes there) and home/ (HOME and TMPDIR when unconfined; confined commands get a private /tmp).
class LocalEvaluator::Workspace {
 public:
  Workspace(fs::path ws, fs::path beside, bool confined, bool keep)
      : dir(std::move(ws)), meta(std::move(beside)), confine(confined), keep_(keep) {
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(out(), ec);
    if (!confine) fs::create_directories(home(), ec);
  }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
  ~Workspace() {
    if (keep_) return;
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::remove_all(meta, ec);
  }
  [[nodiscard]] fs::path out() const { return meta / "out"; }
  [[nodiscard]] fs::path home() const { return confine ? fs::path("/tmp") : meta / "home"; }
  [[nodiscard]] fs::path configs() const { return meta / "configs.json"; }

  const fs::path dir;
  const fs::path meta;
  const bool confine;
  std::string id;
  std::string label;  // "attempt-12": which evaluation, for people and the scheduler
  std::string hash;
  const Suite* suite = nullptr;
  bool baselines = false;
  std::uint64_t seed = 0;
  std::optional<Evaluation> failed;  // why it could not be built
  double build_s = 0;
  std::string build_log;  // cut to what the operator may read (eval/build_diagnostics.h)
  std::string own_text;   // the task's and the candidate's files, for that cut

 private:
  bool keep_;
};

namespace {

// The text of the task's files (each under 1 MiB, 16 MiB in all): what its headers and harness
// name may be quoted back from a build.
std::string TaskText(const fs::path& dir) {
  constexpr std::uintmax_t kFileCap = 1 << 20, kTotalCap = 16 << 20;
  std::string text;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    std::error_code size_ec;
    if (!it->is_regular_file(size_ec) || it->file_size(size_ec) > kFileCap) continue;
    if (text.size() > kTotalCap) break;
    if (auto content = ReadFile(it->path()); content.ok()) text += *content + "\n";
  }
  return text;
}

}  // namespace

fs::path SelfDirectory() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path() : p.parent_path();
}

LocalEvaluator::LocalEvaluator(TaskSpec task, LocalEvaluatorOptions options)
    : task_(std::move(task)),
      options_(std::move(options)),
      task_text_(TaskText(task_.dir)),
      launcher_(options_.launcher ? options_.launcher : std::make_shared<LocalLauncher>()) {
  if (options_.keep_workspaces) {
    // Tells the next avo to open the run that these workspaces are wanted (Run clears a scratch
    // directory without it: what is there was left by a killed avo).
    std::error_code ec;
    fs::create_directories(options_.scratch_dir, ec);
    // Best effort: without the marker the kept workspaces last only until the next writer.
    IgnoreError(
        WriteFileAtomic(options_.scratch_dir / kKeepScratchMarker,
                        "workspaces kept for debugging (--keep-workspaces); delete to let avo "
                        "clear this directory\n"));
  }
}

LocalEvaluator::~LocalEvaluator() {
  if (options_.keep_workspaces) return;
  std::error_code ec;
  for (const auto& [hash, tree] : builds_) fs::remove_all(tree, ec);
  if (fs::is_empty(BuildsDir(), ec)) fs::remove(BuildsDir(), ec);
}

std::string LocalEvaluator::Describe() const {
  const std::string where = launcher_->Describe();
  if (!options_.slot.empty()) return where + ":" + options_.slot;
  return options_.gpu ? where + ":gpu" + *options_.gpu : where;
}

// The judge is checked before the candidate is: a changed harness or tolerance, or a sandbox
// that cannot be built, makes an infra error that says nothing about the candidate.
std::optional<Evaluation> LocalEvaluator::CheckJudge() const {
  if (options_.trusted) {
    Status st = VerifyTrustedFiles(*options_.trusted, task_, options_.tool_dirs);
    if (!st.ok()) return Failure(Outcome::kInfraError, st.message());
  }
  const bool confine = task_.sandbox.enabled && !options_.no_sandbox;
  if (confine && !ConfinementAvailable().ok()) {
    return Failure(Outcome::kInfraError,
                   ConfinementAvailable().message() +
                       " (to run task commands unconfined: [sandbox] enabled = false in "
                       "task.toml, or --no-sandbox)");
  }
  return std::nullopt;
}

std::unique_ptr<LocalEvaluator::Workspace> LocalEvaluator::Prepare(const FileSet& files,
                                                                   const Suite& suite,
                                                                   const ScoreOptions& opt) {
  std::random_device rd;
  const std::uint64_t seed = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  // Every workspace path has the same length: the path reaches the command's environment (PWD,
  // AVO_WORKSPACE, AVO_RESULT), whose size moves the initial stack and with it the speed of the
  // measured code by several percent (Mytkowicz et al., "Producing Wrong Data Without Doing
  // Anything Obviously Wrong!", ASPLOS 2009). Paths of different lengths would give two builds
  // measured side by side a fixed bias for a whole paired comparison. The label goes beside it.
  const std::string id =
      fmt::format("w{:010}-{:012x}", counter_++ % 10000000000ULL, seed & 0xffffffffffffULL);
  auto w = std::make_unique<Workspace>(
      options_.scratch_dir / id, options_.scratch_dir / (id + ".meta"),
      task_.sandbox.enabled && !options_.no_sandbox, options_.keep_workspaces);
  // Best effort: the label only tells a person which evaluation a kept workspace was.
  w->label = opt.label.empty() ? "eval" : opt.label;
  IgnoreError(WriteFile(w->meta / "label", w->label));
  w->id = id;
  w->seed = seed;
  w->suite = &suite;
  w->baselines = opt.baselines;
  w->hash = HashFileSet(files);
  w->own_text = task_text_;
  for (const auto& [rel, content] : files) w->own_text += rel + "\n" + content + "\n";

  // A fresh copy of the task with the candidate's files in place of the editable ones.
  std::error_code ec;
  Status st = CopyTree(task_.dir, w->dir);
  if (st.ok()) {
    auto own = ReadFileSet(w->dir, task_.editable);
    if (own.ok()) {
      for (const auto& [rel, content] : *own) fs::remove(w->dir / rel, ec);
    }
    st = WriteFileSet(w->dir, files);
  }
  if (!st.ok()) {
    w->failed = Failure(Outcome::kInvalidResult, "workspace: " + st.message());
    return w;
  }
  Build(*w);
  return w;
}

ProcessOptions LocalEvaluator::CommandOptions(const fs::path& cwd) const {
  ProcessOptions p;
  p.cwd = cwd;
  p.inherit_env = false;
  p.output_cap_bytes = task_.limits.output_kb * 1024;
  p.memory_limit_bytes = task_.limits.memory_mb * 1024 * 1024;
  p.cpu_limit_s = task_.limits.cpu_s;
  p.file_size_limit_bytes = task_.limits.file_mb * 1024 * 1024;
  p.cpus = options_.cpus;
  return p;
}

fs::path LocalEvaluator::BuildsDir() const {
  return options_.scratch_dir / (options_.slot.empty() ? "builds" : "builds-" + options_.slot);
}

void LocalEvaluator::Build(Workspace& w) {
  if (!task_.build) return;
  {
    std::lock_guard<std::mutex> lock(builds_mu_);
    for (const auto& [hash, tree] : builds_) {
      if (hash != w.hash) continue;
      std::error_code ec;
      fs::remove_all(w.dir, ec);
      if (CopyTree(tree, w.dir).ok()) {
        w.build_log = "(the build of identical files, made earlier by this evaluator)";
        return;
      }
    }
  }
  // The build sees neither AVO_RESULT nor the directory of the result.
  const std::map<std::string, std::string> avo = {{"AVO_TASK_DIR", task_.dir.string()},
                                                  {"AVO_WORKSPACE", w.dir.string()},
                                                  {"AVO_SUITE", w.suite->name}};
  const CommandEnv env{w.home().string(), options_.tool_dirs, options_.gpu, avo};
  // Read-only paths to bring back over the private /tmp (tests and `avo eval` keep runs there).
  std::vector<fs::path> readable = {task_.dir};
  readable.insert(readable.end(), options_.tool_dirs.begin(), options_.tool_dirs.end());
  const Confinement box{w.dir, {w.dir}, readable, task_.sandbox.network, w.meta / "private-build"};

  ProcessOptions p = CommandOptions(w.dir);
  p.memory_limit_bytes = BuildMemoryLimit(task_);
  p.argv = w.confine ? ConfinedArgv(box, ShellCommand(task_.build->command))
                     : ShellCommand(task_.build->command);
  p.env = TaskEnvironment(task_, env);
  p.timeout = std::chrono::seconds(task_.build->timeout_s);
  auto r = launcher_->Run(p, w.label + "-build");
  if (!r.ok()) {
    w.failed = Failure(r.status().code() == Status::Code::kUnavailable ? Outcome::kInfraError
                                                                       : Outcome::kBuildFailed,
                       "build could not run: " + r.status().message());
    return;
  }
  w.build_s = r->wall_s;
  w.build_log = Logs(*r);
  if (const std::string why = w.confine ? ConfinerFailure(r->exit_code, r->err) : "";
      !why.empty()) {
    w.failed = Failure(Outcome::kInfraError, "the build's confinement could not be set up: " + why);
    return;
  }
  if (!r->ok()) {
    // A failing build's text goes to the operator (and so to a model's provider): it is cut to
    // the compiler's diagnostics on the workspace's own files (eval/build_diagnostics.h); the
    // whole output stays in the workspace's meta directory (kept with --keep-workspaces).
    IgnoreError(WriteFile(w.meta / "build.log", w.build_log));
    w.build_log = CutBuildLog(w.build_log, w.dir, w.own_text).text;
    w.failed = Failure(r->timed_out ? Outcome::kTimeout : Outcome::kBuildFailed,
                       fmt::format("build {}: {}", r->Describe(), BuildReason(w.build_log)));
    return;
  }
  // Kept before any evaluate command has run in it: what is reused is what the build made.
  const fs::path tree = BuildsDir() / w.hash;
  std::error_code ec;
  fs::remove_all(tree, ec);
  if (!CopyTree(w.dir, tree).ok()) return;
  std::lock_guard<std::mutex> lock(builds_mu_);
  builds_.emplace_back(w.hash, tree);
  if (builds_.size() > kReusedBuilds) {
    fs::remove_all(builds_.front().second, ec);
    builds_.pop_front();
  }
}

// Exit status 127 from the shell (program not found, or its shared libraries not loadable) for
// a command whose program is one of avo's trusted tools, not something the candidate built.
bool LocalEvaluator::TrustedToolDidNotStart(const std::string& command,
                                            const ProcessResult& r) const {
  if (r.timed_out || r.term_signal != 0 || r.exit_code != 127) return false;
  const std::string program = command.substr(0, command.find_first_of(" \t"));
  if (program.empty() || program.find('/') != std::string::npos) return false;
  std::error_code ec;
  return std::any_of(options_.tool_dirs.begin(), options_.tool_dirs.end(),
                     [&](const fs::path& d) { return fs::exists(d / program, ec); });
}

Evaluation LocalEvaluator::RunEvaluate(Workspace& w, const std::string& command,
                                       const std::vector<const Workspace*>& others,
                                       std::string* result_text) {
  nlohmann::json configs = nlohmann::json::array();
  for (const auto& c : w.suite->configs)
    configs.push_back({{"name", c.name}, {"params", c.params}});
  nlohmann::json doc = {{"suite", w.suite->name},
                        {"configs", configs},
                        {"tolerance", task_.tolerance},
                        {"baselines", w.baselines}};
  std::vector<fs::path> readable = {task_.dir};
  readable.insert(readable.end(), options_.tool_dirs.begin(), options_.tool_dirs.end());
  readable.push_back(w.configs());
  if (!others.empty()) {
    nlohmann::json dirs = nlohmann::json::array({w.dir.string()});
    for (const Workspace* o : others) {
      dirs.push_back(o->dir.string());
      readable.push_back(o->dir);
    }
    doc["workspaces"] = dirs;
  }
  std::error_code ec;
  fs::remove_all(w.out() / "result.json", ec);  // an earlier run's, or whatever was made there
  // Without its configs file the evaluator fails, which would be charged to the candidate.
  if (Status st = WriteFile(w.configs(), doc.dump(2)); !st.ok())
    return Failure(Outcome::kInfraError, "cannot write the evaluator's configs: " + st.message());

  std::map<std::string, std::string> avo = {{"AVO_TASK_DIR", task_.dir.string()},
                                            {"AVO_WORKSPACE", w.dir.string()},
                                            {"AVO_SUITE", w.suite->name},
                                            {"AVO_CONFIGS", w.configs().string()},
                                            {"AVO_RESULT", (w.out() / "result.json").string()},
                                            {"AVO_BASELINES", w.baselines ? "1" : "0"}};
  // The seed only where the task asks for it; a fresh one for every run.
  // (Zero-padded to one length, as the paths are, so that the environment's size never varies.)
  if (task_.evaluate.pass_seed) avo["AVO_SEED"] = fmt::format("{:020}", w.seed++);
  const CommandEnv env{w.home().string(), options_.tool_dirs, options_.gpu, avo};
  const Confinement box{
      w.dir, {w.dir, w.out()}, readable, task_.sandbox.network, w.meta / "private-eval"};

  ProcessOptions p = CommandOptions(w.dir);
  p.argv = w.confine ? ConfinedArgv(box, ShellCommand(command)) : ShellCommand(command);
  p.env = TaskEnvironment(task_, env);
  // One run measures every build: the time of one evaluation for each.
  p.timeout = std::chrono::seconds(task_.evaluate.timeout_s * static_cast<int>(1 + others.size()));
  auto r = launcher_->Run(p, w.label);
  if (!r.ok()) {
    return Failure(r.status().code() == Status::Code::kUnavailable ? Outcome::kInfraError
                                                                   : Outcome::kEvalFailed,
                   "evaluate could not run: " + r.status().message());
  }
  const std::string eval_log = Logs(*r);
  Evaluation e = Verdict(w, command, *r, eval_log, result_text);
  e.suite = w.suite->name;
  e.unit = task_.unit;
  e.build_s = w.build_s;
  e.build_log = w.build_log;
  e.eval_s = r->wall_s;
  e.eval_log = eval_log;
  // Under bwrap the command's own PID namespace dies with it, so what the sweep finds there is
  // bwrap's helper, not an escape: worth a warning only for unconfined commands.
  if (r->orphans_killed > 0 && !w.confine)
    spdlog::warn("{}: killed {} escaped descendant process(es)", w.id, r->orphans_killed);
  return e;
}

Evaluation LocalEvaluator::Verdict(Workspace& w, const std::string& command, const ProcessResult& r,
                                   const std::string& eval_log, std::string* result_text) const {
  Evaluation e;
  if (TrustedToolDidNotStart(command, r)) {
    // The task's own evaluator (a trusted program from avo's directory) could not even start:
    // a missing driver or library is the machine's failure, not the candidate's.
    const std::string needs =
        task_.evaluate.needs.empty()
            ? ""
            : fmt::format("; task '{}' needs {}", task_.name, task_.evaluate.needs);
    e = Failure(Outcome::kInfraError, fmt::format("the task's evaluator could not start ({}): {}{}",
                                                  r.Describe(), LastLine(eval_log), needs));
  } else if (const std::string why = w.confine ? ConfinerFailure(r.exit_code, r.err) : "";
             !why.empty()) {
    e = Failure(Outcome::kInfraError,
                "the evaluate command's confinement could not be set up: " + why);
  } else if (!r.ok()) {
    e = Failure(r.timed_out ? Outcome::kTimeout : Outcome::kEvalFailed,
                fmt::format("evaluate {}{}", r.Describe(),
                            eval_log.empty() ? "" : ": " + LastLines(eval_log, 3)));
    KeepWhatWasMeasured(w.out() / "result.json", *w.suite, task_, e);
  } else if (auto text = ReadResult(w.out() / "result.json"); !text.ok()) {
    e = Failure(Outcome::kInvalidResult, text.status().message());
  } else {
    e = ParseEvaluation(*text, *w.suite, task_);
    if (result_text != nullptr) *result_text = *text;
  }
  return e;
}

Evaluation LocalEvaluator::Score(const FileSet& files, const ScoreOptions& opt) {
  return BlameTheDisk(ScoreOnce(files, opt));
}

InterleavedEvaluation LocalEvaluator::ScoreInterleaved(const std::vector<const FileSet*>& builds,
                                                       const ScoreOptions& opt, int rounds) {
  InterleavedEvaluation out = ScoreSideBySide(builds, opt, rounds);
  for (Evaluation& e : out.evaluations) e = BlameTheDisk(std::move(e));
  return out;
}

Evaluation LocalEvaluator::BlameTheDisk(Evaluation e) const {
  const bool failed = e.outcome == Outcome::kBuildFailed || e.outcome == Outcome::kEvalFailed ||
                      e.outcome == Outcome::kInvalidResult || e.outcome == Outcome::kTimeout;
  if (!failed) return e;
  std::error_code ec;
  const fs::space_info space = fs::space(options_.scratch_dir, ec);
  constexpr std::uintmax_t kFull = std::uintmax_t{64} << 20;
  if (ec || space.available >= kFull) return e;
  e.outcome = Outcome::kInfraError;
  e.reason = fmt::format(
      "the disk of {} is full ({} MiB free), so this failure may be the "
      "machine's: {}",
      options_.scratch_dir.string(), space.available >> 20, e.reason);
  return e;
}

Evaluation LocalEvaluator::ScoreOnce(const FileSet& files, const ScoreOptions& opt) {
  const Suite* suite = task_.FindSuite(opt.suite);
  if (suite == nullptr) {
    Evaluation e = Failure(Outcome::kInvalidResult, "no suite '" + opt.suite + "' in the task");
    e.suite = opt.suite;
    return e;
  }
  if (auto infra = CheckJudge()) return *infra;
  auto w = Prepare(files, *suite, opt);
  if (w->failed) {
    Evaluation e = *w->failed;
    e.suite = suite->name;
    e.unit = task_.unit;
    e.build_s = w->build_s;
    e.build_log = w->build_log;
    return e;
  }
  return RunEvaluate(*w, task_.evaluate.command, {}, nullptr);
}

InterleavedEvaluation LocalEvaluator::ScoreSideBySide(const std::vector<const FileSet*>& builds,
                                                      const ScoreOptions& opt, int rounds) {
  InterleavedEvaluation out;
  const Suite* suite = task_.FindSuite(opt.suite);
  std::optional<Evaluation> refused = CheckJudge();
  if (suite == nullptr)
    refused = Failure(Outcome::kInvalidResult, "no suite '" + opt.suite + "' in the task");
  if (refused) {
    out.evaluations.assign(builds.size(), *refused);
    return out;
  }
  std::vector<std::unique_ptr<Workspace>> ws;
  for (std::size_t k = 0; k < builds.size(); ++k) {
    ScoreOptions o = opt;
    o.label = fmt::format("{}-b{}", opt.label.empty() ? "eval" : opt.label, k);
    ws.push_back(Prepare(*builds[k], *suite, o));
  }
  if (!task_.evaluate.interleaved_command.empty()) return MeasureInOneProcess(ws);

  std::vector<std::vector<Evaluation>> runs(ws.size());
  for (std::size_t k = 0; k < ws.size(); ++k) {
    if (ws[k]->failed) runs[k].push_back(*ws[k]->failed);
  }
  return AlternateRounds(std::move(runs), rounds, [&](std::size_t k) {
    return RunEvaluate(*ws[k], task_.evaluate.command, {}, nullptr);
  });
}

// One run of the interleaved command over every build that built; its result holds, per
// configuration, "interleaved": one record per workspace (the first is the command's own), each
// turned into that build's evaluation by the same parser as a plain result.
InterleavedEvaluation LocalEvaluator::MeasureInOneProcess(
    std::vector<std::unique_ptr<Workspace>>& ws) {
  InterleavedEvaluation out;
  out.evaluations.resize(ws.size());
  std::vector<std::size_t> built;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    if (ws[k]->failed)
      out.evaluations[k] = *ws[k]->failed;
    else
      built.push_back(k);
  }
  if (built.empty()) return out;
  std::vector<const Workspace*> others;
  for (std::size_t i = 1; i < built.size(); ++i) others.push_back(ws[built[i]].get());
  Workspace& first = *ws[built[0]];
  std::string text;
  const Evaluation whole = RunEvaluate(first, task_.evaluate.interleaved_command, others, &text);
  auto bad = [&](const std::string& why) {
    for (std::size_t k : built) out.evaluations[k] = whole;
    if (whole.outcome != Outcome::kScored) return out;
    for (std::size_t k : built) {
      out.evaluations[k].outcome = Outcome::kInvalidResult;
      out.evaluations[k].correct = false;
      out.evaluations[k].reason = "interleaved result: " + why;
    }
    return out;
  };
  if (whole.outcome != Outcome::kScored) return bad("");
  auto doc = nlohmann::json::parse(text, nullptr, false);
  const auto& records = doc["configs"];
  std::vector<nlohmann::json> docs(built.size(), doc);
  // Rounds may differ between configurations (the command sizes them by the time of a call),
  // never between the builds of one configuration.
  std::optional<std::size_t> fewest;
  for (std::size_t c = 0; c < records.size(); ++c) {
    const auto& list = records[c].value("interleaved", nlohmann::json());
    if (!list.is_array() || list.size() != built.size())
      return bad(fmt::format("configuration {} has no \"interleaved\" list of {} records", c,
                             built.size()));
    std::optional<std::size_t> rounds;
    for (std::size_t i = 0; i < built.size(); ++i) {
      if (!list[i].is_object()) return bad("an \"interleaved\" record is not an object");
      nlohmann::json rec = list[i];
      rec["name"] = records[c].value("name", "");
      rec["unit"] = records[c].value("unit", task_.unit);
      docs[i]["configs"][c] = rec;
      if (!rec.value("correct", false)) continue;
      const std::size_t n = rec.value("samples", nlohmann::json::array()).size();
      if (rounds && n != *rounds)
        return bad(fmt::format("configuration {}: builds with {} and {} rounds", c, *rounds, n));
      rounds = n;
    }
    if (rounds) fewest = fewest ? std::min(*fewest, *rounds) : *rounds;
  }
  const std::size_t rounds = fewest.value_or(0);
  out.rounds = static_cast<int>(rounds);
  for (std::size_t i = 0; i < built.size(); ++i) {
    Evaluation e = ParseEvaluation(docs[i].dump(), *first.suite, task_);
    e.build_s = ws[built[i]]->build_s;
    e.build_log = ws[built[i]]->build_log;
    e.eval_s = whole.eval_s;
    e.eval_log = whole.eval_log;
    out.evaluations[built[i]] = std::move(e);
  }
  return out;
}

}  // namespace avo
