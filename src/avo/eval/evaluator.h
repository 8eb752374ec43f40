// The Evaluator: the single trusted judge of a candidate (design.md, "Data flow of one step").
// The engine's commit gate and the agent's `evaluate` tool call the same Evaluator, but only the
// engine's own call decides a commit.
#pragma once

#include <string>
#include <vector>

#include "avo/score/evaluation.h"
#include "avo/util/fs.h"

namespace avo {

struct ScoreOptions {
  std::string suite;       // empty: the task's default suite
  bool baselines = false;  // ask the evaluator to measure reference implementations too
  std::string label;       // names the scratch workspace in logs ("step-12", "agent-eval")
};

// Several builds measured side by side (the paired gate, `avo remeasure`): one Evaluation per
// build, in the order given. Round i of every configuration is configs[c].samples[i] in every
// evaluation that is scored and correct, and those samples come from the same round, so that
// evaluations[a] and evaluations[b] can be compared pair by pair (score/paired.h). A build that
// failed has its own outcome and reason; the others are still measured.
struct InterleavedEvaluation {
  std::vector<Evaluation> evaluations;
  int rounds = 0;  // paired rounds per configuration (the fewest of any configuration)
};

class Evaluator {
 public:
  virtual ~Evaluator() = default;
  // Builds and evaluates `files` (the candidate's editable files) in a fresh workspace. Never
  // fails as a call: every failure is an Evaluation with its outcome and reason.
  virtual Evaluation Score(const FileSet& files, const ScoreOptions& options) = 0;
  // Measures `builds` interleaved over at least `rounds` rounds (round r in order 0..N-1 when r
  // is even, N-1..0 when odd, so that a drift linear in time falls on all alike). This default
  // alternates whole Score calls; an evaluator that can do better (build once, measure in one
  // process) overrides it. Never fails as a call.
  virtual InterleavedEvaluation ScoreInterleaved(const std::vector<const FileSet*>& builds,
                                                 const ScoreOptions& options, int rounds);
  // "local", "local:gpu1", "slurm"...: shown in logs and stored in the archive.
  [[nodiscard]] virtual std::string Describe() const = 0;
};

}  // namespace avo
