#include "avo/engine/assemble_step.h"

#include "avo/engine/assemble.h"
#include "avo/engine/run_target.h"

namespace avo {

Result<StepSession> AssembleStep(const StepRequest& r) {
  StepSession s;
  AVO_ASSIGN_OR_RETURN(std::filesystem::path dir, RunDirFor(r.target, r.run_flag));
  AVO_ASSIGN_OR_RETURN(RunConfig config, FindRunConfig("", dir));
  if (!Run::Exists(dir) && !r.create) {
    return Status::NotFound(dir.string() +
                            ": no run there (avo step begin TASK --run DIR creates one)");
  }
  AVO_RETURN_IF_ERROR(CheckTargetAndSuite(r.target, dir, r.suite));
  AVO_RETURN_IF_ERROR(CheckImportedLlm(config, "", dir));
  AVO_ASSIGN_OR_RETURN(s.run, OpenOrCreateRun(r.target, dir, ToolDirs()));
  AVO_ASSIGN_OR_RETURN(s.evaluator, MakeEvaluator(*s.run, r.eval));
  AVO_ASSIGN_OR_RETURN(s.supervisor, MakeSupervisor(config));
  s.op = std::make_unique<ExternalOperator>(r.by);
  s.engine = std::make_unique<Engine>(*s.run, *s.evaluator, *s.op, s.supervisor.get());
  s.driver = std::make_unique<StepDriver>(*s.run, *s.engine, StepBudget{}.max_evaluations);
  AVO_RETURN_IF_ERROR(s.driver->Start(r.suite));
  return s;
}

}  // namespace avo
