// The variation operator Vary(P_t) of AVO (§2): given the lineage, propose new versions.
//
// Operators only propose: every proposal goes through StepContext::submit, where the engine scores
// it with the trusted Evaluator, applies the commit gate, records the attempt in the archive and,
// if it passes, commits it to the lineage. The operator learns the verdict and may try again
// within its budget (the agentic operator does; mutate submits once). This header is the whole
// contract between the engine and every operator: mutate, llm-rewrite, agent, exec.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "avo/archive/archive.h"
#include "avo/eval/evaluator.h"
#include "avo/lineage/lineage.h"
#include "avo/score/evaluation.h"
#include "avo/task/task.h"
#include "avo/util/fs.h"
#include "avo/util/status.h"

namespace avo {

// One proposal handed to the engine.
struct Submission {
  FileSet files;            // the complete editable file set of the candidate
  std::string message;      // what changed and why; the first line becomes the commit summary
  int parent_version = -1;  // the version it was derived from
  AttemptCost cost;         // LLM tokens and USD spent on this proposal since the last submit
  std::string transcript;   // path of the step's transcript, relative to the run directory
  std::string by;           // who proposed it when not the engine's operator (`avo step --by`)
  std::string origin;       // a migrant's source, "island 1 v4" (engine.h, islands); else empty
};

// The engine's verdict on a Submission.
struct Verdict {
  bool committed = false;
  int version = -1;    // the new version's number when committed
  std::string commit;  // its commit id
  std::string reason;  // the gate's one-line reason, e.g. "rejected: 39.1 vs best 41.7 GFLOPS ..."
  Evaluation evaluation;  // the engine's own evaluation of the candidate
  std::int64_t attempt_id = 0;
};

// Limits on one step, set by the user (--step-time etc.); the operator must end the step when a
// limit is reached.
struct StepBudget {
  double wall_s = 3600;      // seconds
  std::int64_t tokens = 0;   // 0 = no cap
  double cost_usd = 0;       // 0 = no cap
  int max_submissions = 8;   // commits tried per step
  int max_evaluations = 30;  // advisory evaluations by the operator itself (agent's evaluate tool)
};

struct StepContext {
  const TaskSpec* task = nullptr;
  const Lineage* lineage = nullptr;
  const Archive* archive = nullptr;
  Evaluator* evaluator = nullptr;  // for the operator's own, advisory evaluations
  std::string suite;               // the suite the gate scores on
  std::int64_t step = 0;
  std::mt19937_64* rng = nullptr;       // the run's random state (restored on resume)
  std::vector<std::string> directions;  // the supervisor's latest directions, if any
  std::filesystem::path run_dir;
  std::filesystem::path step_dir;  // RUN/steps/<step>/: transcripts, the operator's workspace
  StepBudget budget;
  std::function<Verdict(const Submission&)> submit;  // the engine judges
  std::function<bool()> cancelled;                   // true once the user asked avo to stop
  // Called with each LLM call's cost as the call returns (the engine keeps it in the run's
  // spending ledger, Archive::RecordSpending, so a budget holds across a killed step); may be
  // empty. The StepReport's and attempts' costs are reported as before.
  std::function<void(const AttemptCost&)> spend;
};

struct StepReport {
  int submissions = 0;
  bool committed = false;
  AttemptCost cost;     // spent but not attributed to a submission
  std::string summary;  // one line for the log
};

class VariationOperator {
 public:
  virtual ~VariationOperator() = default;
  [[nodiscard]] virtual std::string name() const = 0;
  // Runs one variation step. An error Status means the step could not be carried out at all
  // (e.g. the LLM endpoint rejected the key); the engine records it and decides whether to go on.
  virtual Result<StepReport> Vary(StepContext& ctx) = 0;
};

}  // namespace avo
