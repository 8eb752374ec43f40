// Small, fast tasks for engine tests: no compiler, a POSIX-shell evaluator, knobs in a text file.
// A real task (tasks/matmul) is evolved by its own tests; these exist so that failure modes
// (hangs, crashes, floods, escaped children) and resume can be exercised in milliseconds.
#pragma once

#include <filesystem>
#include <string>

namespace avo::testing {

// Writes a task into `dir` whose editable file params.txt holds knobs x and y (values 1..4);
// the evaluator reports value = 10*x + y on two configurations, so every change of a knob is
// visible in the score. `evaluate_body` replaces the evaluator script's body when not empty
// (it runs with the task's environment; "$AVO_RESULT" is where the JSON goes).
void WriteFakeTask(const std::filesystem::path& dir, const std::string& evaluate_body = "",
                   int evaluate_timeout_s = 20, const std::string& extra_toml = "");

// The evaluator body that writes a correct result for params.txt.
std::string GoodEvaluatorBody();

}  // namespace avo::testing
