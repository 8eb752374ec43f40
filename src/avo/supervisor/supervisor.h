// The supervisor of AVO (§3): watches the run for stagnation and, when it sees it, reviews the
// whole trajectory and gives the variation operator new directions for its next steps.
//
// Detection is rule-based and cheap (SupervisorConfig); the review is delegated to a Reviewer:
// an LLM that reads the lineage, recent attempts and notes (LlmReviewer, agent issue), or a
// deterministic one that turns the attempt history into directions without a model
// (HistoryReviewer). Every intervention is recorded in the archive as an event of kind
// "intervention" and shown by `avo log`.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "avo/archive/archive.h"
#include "avo/lineage/lineage.h"
#include "avo/util/status.h"

namespace avo {

struct SupervisorConfig {
  int no_commit_evaluations = 12;  // attempts since the last commit
  double no_commit_minutes = 120;  // wall time since the last commit
  int rejected_in_a_row = 6;       // consecutive gate rejections of correct candidates
  int repeated_failures = 3;       // near-identical failing candidates (same failing diff)
  int cooldown_attempts = 6;       // attempts after an intervention before the next one
};

struct Intervention {
  std::string trigger;                  // which rule fired, in words
  std::string review;                   // the reviewer's reading of the trajectory
  std::vector<std::string> directions;  // concrete new directions for the operator
  std::int64_t last_attempt = 0;        // the newest attempt the supervisor had seen
  AttemptCost cost;                     // what the review's LLM call cost (0 without a model)
};

// What a reviewer sees.
struct Trajectory {
  std::vector<Version> versions;        // the lineage, seed first
  std::vector<AttemptRecord> attempts;  // newest first, bounded
  std::string notes;                    // the run's notes file
  std::string trigger;
  // True once the run is asked to stop: an LLM reviewer ends its call in flight then.
  std::function<bool()> cancelled;
};

class Reviewer {
 public:
  virtual ~Reviewer() = default;
  virtual Result<Intervention> Review(const Trajectory& t) = 0;
};

// Directions derived from the attempt history alone: which failure kinds dominate, which parts of
// the lineage were never varied. The fallback when no LLM is configured.
class HistoryReviewer final : public Reviewer {
 public:
  Result<Intervention> Review(const Trajectory& t) override;
};

class Supervisor {
 public:
  Supervisor(SupervisorConfig config, std::unique_ptr<Reviewer> reviewer);
  // Called by the engine after every step. Returns an intervention when stagnation is detected;
  // the engine records it and hands its directions to the next steps.
  // `island` (a population's island whose lineage this is; 0: the run's one lineage) limits
  // what it watches to that island's attempts and interventions. `cancelled` (may be empty) is
  // the run's stop request, handed to the reviewer.
  std::optional<Intervention> Observe(const Lineage& lineage, const Archive& archive,
                                      const std::string& notes, int island = 0,
                                      const std::function<bool()>& cancelled = {});
  // The detection rule alone: the trigger's description when stagnating, else empty.
  [[nodiscard]] std::string Detect(const std::vector<AttemptRecord>& newest_first,
                                   std::int64_t now_unix, std::int64_t last_commit_unix) const;

 private:
  SupervisorConfig config_;
  std::unique_ptr<Reviewer> reviewer_;
};

}  // namespace avo
