// avo init TASK [--run DIR]: a new run from a task, its seed scored and committed as v0.
// avo init NAME --gpu: a new GPU kernel task's skeleton in NAME/ (task/gpu_skeleton.h).
#include <iostream>

#include "avo/engine/engine.h"
#include "avo/operators/mutate.h"
#include "avo/task/gpu_skeleton.h"
#include "common.h"

namespace avo::cli {

void AddInit(CLI::App& app) {
  struct Flags {
    std::string task, run, suite;
    EvalFlags eval;
  };
  auto f = std::make_shared<Flags>();
  auto* cmd =
      app.add_subcommand("init", "create a run from a task; score the seed and commit it as v0");
  cmd->add_option("task", f->task, "task directory (holding task.toml)")->required();
  cmd->add_option("--run", f->run, "run directory (default: runs/<task name>)");
  cmd->add_option("--suite", f->suite,
                  "suite to score the seed on (default: the task's default suite)");
  AddEvalFlags(*cmd, f->eval);
  // `--gpu ID` pins the seed's evaluation to a GPU, as for every command that evaluates; a bare
  // `--gpu` (no ID) writes a new GPU kernel task's skeleton into the directory TASK instead.
  CLI::Option* gpu = cmd->get_option("--gpu");
  gpu->expected(0, 1);
  gpu->description(
      "pin the seed's evaluation to this GPU; without an ID (`avo init NAME --gpu`): write a "
      "new GPU kernel task's skeleton into NAME/ (docs/kernel-judge.md)");
  cmd->callback([f, gpu] {
    if (gpu->count() > 0 && (!f->eval.gpu || f->eval.gpu->empty())) {
      if (Status st = WriteGpuTaskSkeleton(f->task); !st.ok()) Exit(Fail(st));
      std::cout << "wrote a GPU kernel task in " << f->task << " (kernel.toml, reference.py, "
                << "kernel/kernel.cu, task.toml, README.md); on a Hopper GPU: avo eval " << f->task
                << " --suite smoke\n";
      return;
    }
    auto task = LoadTask(f->task);
    if (!task.ok()) Exit(Fail(task.status()));
    const std::filesystem::path dir =
        f->run.empty() ? std::filesystem::path("runs") / task->name : std::filesystem::path(f->run);
    auto run = Run::Create(f->task, dir, ToolDirs());
    if (!run.ok()) Exit(Fail(run.status()));
    auto evaluator = OrExit(MakeEvaluator(**run, f->eval));
    MutateOperator unused;  // the engine needs an operator; init only scores the seed
    Engine engine(**run, *evaluator, unused, nullptr);
    Status st = engine.EnsureSeed(f->suite.empty() ? (*run)->task().default_suite : f->suite);
    if (!st.ok()) Exit(Fail(st));
    auto head = (*run)->lineage().Head();
    std::cout << "created run " << (*run)->dir().string() << "\n";
    if (head.ok() && head->has_value()) std::cout << (*head)->summary << "\n";
  });
}

}  // namespace avo::cli
