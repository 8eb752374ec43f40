// Evaluator options and avo flags for tests that are not about confinement: task commands are
// confined where bwrap works here and run unconfined (as with --no-sandbox) where it cannot (CI
// containers without user namespaces), so those tests run everywhere. The tests that are about
// confinement skip, with the reason, where it does not work.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "avo/eval/local_evaluator.h"
#include "avo/util/confinement.h"

namespace avo::testing {

inline bool ConfinementWorks() { return ConfinementAvailable().ok(); }

inline LocalEvaluatorOptions EvaluatorOptions(const std::filesystem::path& scratch) {
  LocalEvaluatorOptions o;
  o.scratch_dir = scratch;
  o.no_sandbox = !ConfinementWorks();
  return o;
}

#ifdef AVO_TOOL_DIR
// The directory of the avo binary under test, where the tasks' harnesses are built
// (avo-matmul-harness, which tasks/matmul's evaluate command runs by name): what `avo` itself
// passes as LocalEvaluatorOptions::tool_dirs.
inline std::vector<std::filesystem::path> ToolDirs() { return {AVO_TOOL_DIR}; }
#endif

// The argv of an `avo` command with --no-sandbox added where confinement does not work here and
// the subcommand evaluates (init, evolve, eval, bench, remeasure, step).
inline std::vector<std::string> AvoArgv(std::vector<std::string> argv) {
  static const std::vector<std::string> evaluating = {"init",  "evolve",    "eval",
                                                      "bench", "remeasure", "step"};
  if (!ConfinementWorks() && argv.size() >= 2 &&
      std::find(evaluating.begin(), evaluating.end(), argv[1]) != evaluating.end() &&
      !(argv[1] == "step" && argv.size() >= 3 && argv[2] == "status"))
    argv.emplace_back("--no-sandbox");
  return argv;
}

}  // namespace avo::testing
