// The text of a lineage commit, written and read here alone: the summary line, the operator's
// rationale, the gate's `Gate:` line, the per-configuration scores (with the paired ratios), and
// the Avo-* trailers (lineage/trailers.h names them). People read it with git log, a resumed run
// reconciles by its Avo-Attempt trailer, and a migrant carries its rationale to another island.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/engine/held_out.h"
#include "avo/lineage/lineage.h"
#include "avo/score/evaluation.h"
#include "avo/task/task.h"

namespace avo {

// What a commit says, all of it known when the gate accepted the candidate.
struct CommitFacts {
  int number = 0;                     // the version it becomes (0: the seed)
  const Version* previous = nullptr;  // the best it was judged against; nullptr for the seed
  const Evaluation* evaluation = nullptr;
  std::string rationale;                // the submission's message
  std::string gate_reason;              // the gate's decision, one line
  nlohmann::json paired;                // the paired comparison (PairedToJson), null if unpaired
  std::optional<double> best_on_suite;  // the best's score on the candidate's suite
  Direction direction = Direction::kHigher;
  std::int64_t attempt = 0;
  std::int64_t step = 0;
  std::string op;             // the operator that proposed it
  std::optional<int> island;  // only in a run of several islands
  std::string migrant;        // only on a migrant: "island <i> v<n>"
  // Only where the task has held-out suites: the candidate beside `previous` on each of them.
  std::vector<HeldOutResult> held_out;
};

struct CommitText {
  std::string message;
  std::map<std::string, std::string> trailers;  // lineage::Commit writes them after the message
};

CommitText WriteCommitText(const CommitFacts& f);

// The part of a commit message above its `Gate:` line: the summary and the rationale.
std::string RationaleOf(const std::string& message);

// The archive attempt a commit records (its Avo-Attempt trailer), if it names one.
std::optional<std::int64_t> AttemptOf(const Version& v);

}  // namespace avo
