// avo eval / avo bench: score a workspace, a task's own files or a version once, and print the
// per-configuration table. `bench` also measures the task's baselines (cuDNN for attention) in the
// same evaluation and prints candidate/baseline ratios. Exit status: 0 correct, 3 incorrect or
// failed, 1 bad input.
#include <cstdlib>
#include <iostream>

#include "avo/report/tables.h"
#include "common.h"

namespace avo::cli {
namespace {
namespace fs = std::filesystem;

struct EvalCmdFlags {
  std::string target, task, version, run, suite;
  bool json = false, baselines = false, held_out = false;
  EvalFlags eval;
};

// What is scored: a version of a run, a task's own files, or a workspace (with --task).
struct EvalTarget {
  std::unique_ptr<Run> run;
  TaskSpec task;
  FileSet files;
};

EvalTarget LoadEvalTarget(const EvalCmdFlags& f) {
  EvalTarget t;
  std::error_code ec;
  const bool target_is_task = fs::exists(fs::path(f.target) / "task.toml", ec);
  if (Run::Exists(f.target) || !f.run.empty() || (!f.version.empty() && target_is_task)) {
    auto dir =
        Run::Exists(f.target) ? Result<fs::path>(fs::path(f.target)) : RunDirFor(f.target, f.run);
    if (!dir.ok()) Exit(Fail(dir.status()));
    auto r = Run::Open(*dir, false);
    if (!r.ok()) Exit(Fail(r.status()));
    t.run = std::move(r).value();
    t.task = t.run->task();
    auto v = t.run->lineage().Resolve(f.version.empty() ? "head" : f.version);
    if (!v.ok()) Exit(Fail(v.status()));
    auto fsr = t.run->lineage().Files(v->commit);
    if (!fsr.ok()) Exit(Fail(fsr.status()));
    t.files = std::move(fsr).value();
    return t;
  }
  const fs::path task_dir = f.task.empty() ? fs::path(f.target) : fs::path(f.task);
  if (f.task.empty() && !target_is_task) {
    Exit(Fail(f.target +
              ": not a run or task directory; to score a workspace, name its task with --task"));
  }
  auto task = LoadTask(task_dir);
  if (!task.ok()) Exit(Fail(task.status()));
  t.task = std::move(task).value();
  auto fsr = ReadFileSet(f.target, t.task.editable);
  if (!fsr.ok()) Exit(Fail(fsr.status()));
  if (fsr->empty()) Exit(Fail(f.target + ": holds none of the task's editable files"));
  t.files = std::move(fsr).value();
  return t;
}

// The suites to score on: --suite (or the default), or with --held-out every held-out suite. A
// workspace is an operator's: held-out suites stay out of its reach (task.h).
std::vector<std::string> SuitesToScore(const EvalCmdFlags& f, const TaskSpec& task) {
  if (!f.suite.empty() && task.FindSuite(f.suite) == nullptr) {
    Exit(Fail("--suite: task '" + task.name + "' has no suite '" + f.suite + "'"));
  }
  const bool workspace = !f.task.empty();
  if (workspace && !f.suite.empty() && task.FindSuite(f.suite)->held_out) {
    Exit(Fail("--suite: '" + f.suite +
              "' is held out: the search never evaluates it (`avo bench RUN --held-out` scores "
              "a version of a run on it)"));
  }
  if (!f.held_out) return {f.suite};
  if (workspace) Exit(Fail("--held-out: held-out suites score versions of a run, not a workspace"));
  if (!f.suite.empty()) Exit(Fail("--held-out: give it or --suite, not both"));
  std::vector<std::string> suites = task.HeldOutSuiteNames();
  if (suites.empty()) Exit(Fail("--held-out: task '" + task.name + "' has no held-out suite"));
  return suites;
}

void RunEval(const EvalCmdFlags& f) {
  EvalTarget target = LoadEvalTarget(f);
  const TaskSpec& task = target.task;
  const FileSet& files = target.files;
  const std::unique_ptr<Run>& run = target.run;
  const std::vector<std::string> suites = SuitesToScore(f, task);
  std::error_code ec;

  // Never the run's own scratch directory: `avo eval` takes no lock, and the run's next writer
  // clears that directory as left over.
  std::string tmpl = (fs::temp_directory_path() / "avo-eval-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr)
    Exit(Fail("cannot create a scratch directory in " + fs::temp_directory_path().string()));
  const fs::path scratch = tmpl;
  // Searchable, not listable, by others: confined commands may run as an unprivileged uid
  // (util/unprivileged.h) that must reach its workspace in here.
  fs::permissions(scratch, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec,
                  ec);
  auto evaluator =
      MakeEvaluator(task, scratch, f.eval, run ? run->trusted() : std::optional<TrustedFiles>());
  bool all_correct = true;
  nlohmann::json all = nlohmann::json::array();
  for (const std::string& suite : suites) {
    Evaluation e = evaluator->Score(files, {suite, f.baselines, "eval"});
    // The judge could not run (no GPU, a changed trusted file): one line, not a table of failures.
    if (e.outcome == Outcome::kInfraError) {
      if (!f.eval.keep_workspaces) fs::remove_all(scratch, ec);
      Exit(Fail(e.reason));
    }
    all_correct = all_correct && e.correct;
    if (f.json) {
      all.push_back(EvaluationJson(e));
      continue;
    }
    std::cout << FormatEvaluation(e, f.baselines);
    if (!e.diagnostics.empty()) {
      for (const auto& [k, v] : e.diagnostics.items())
        std::cout << "  " << k << ": " << (v.is_string() ? v.get<std::string>() : v.dump()) << "\n";
    }
    if (e.outcome != Outcome::kScored) {
      const std::string& log = e.outcome == Outcome::kBuildFailed ? e.build_log : e.eval_log;
      if (!log.empty()) std::cout << "\n--- log ---\n" << log << "\n";
    }
  }
  if (f.eval.keep_workspaces) {
    std::cerr << "workspaces kept in " << scratch.string() << "\n";
  } else {
    fs::remove_all(scratch, ec);
  }
  if (f.json) std::cout << JsonText(f.held_out ? all : all.front()) << "\n";
  Exit(all_correct ? 0 : 3);
}

void AddEvalLike(CLI::App& app, const std::string& name, bool baselines) {
  auto f = std::make_shared<EvalCmdFlags>();
  f->baselines = baselines;
  auto* cmd = app.add_subcommand(
      name,
      baselines
          ? "score a candidate with the task's baselines (e.g. cuDNN) side by side, with ratios"
          : "score a workspace, a task's files or a version once; print the per-configuration "
            "table");
  cmd->add_option("target", f->target,
                  "a task directory, a run directory, or a workspace (with --task)")
      ->required();
  cmd->add_option("--task", f->task, "the task of a workspace target");
  cmd->add_option("--version", f->version,
                  "score this version of the run (v3, head, seed, commit id)");
  cmd->add_option("--run", f->run, "the run whose version to score, for a task target");
  cmd->add_option("--suite", f->suite, "suite to score on (default: the task's default suite)");
  cmd->add_flag("--held-out", f->held_out,
                "score on every held-out suite of the task (configurations the search never sees)");
  if (!baselines) cmd->add_flag("--baselines", f->baselines, "also measure the task's baselines");
  cmd->add_flag("--json", f->json, "machine-readable output");
  AddEvalFlags(*cmd, f->eval);
  cmd->callback([f] { RunEval(*f); });
}

}  // namespace

void AddEval(CLI::App& app) {
  AddEvalLike(app, "eval", false);
  AddEvalLike(app, "bench", true);
}

}  // namespace avo::cli
