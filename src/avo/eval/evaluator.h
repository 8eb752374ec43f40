// The Evaluator: the single trusted judge of a candidate (design.md, "Data flow of one step").
// The engine's commit gate and the agent's `evaluate` tool call the same Evaluator, but only the
// engine's own call decides a commit.
#pragma once

#include <string>

#include "avo/score/evaluation.h"
#include "avo/util/fs.h"

namespace avo {

struct ScoreOptions {
  std::string suite;       // empty: the task's default suite
  bool baselines = false;  // ask the evaluator to measure reference implementations too
  std::string label;       // names the scratch workspace in logs ("step-12", "agent-eval")
};

class Evaluator {
 public:
  virtual ~Evaluator() = default;
  // Builds and evaluates `files` (the candidate's editable files) in a fresh workspace. Never
  // fails as a call: every failure is an Evaluation with its outcome and reason.
  virtual Evaluation Score(const FileSet& files, const ScoreOptions& options) = 0;
  // "local", "local:gpu1", "slurm"...: shown in logs and stored in the archive.
  [[nodiscard]] virtual std::string Describe() const = 0;
};

}  // namespace avo
