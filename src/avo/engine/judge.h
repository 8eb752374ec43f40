// The judge: one submission in, one recorded verdict out. In order: the duplicate check against
// the island's versions, the attempt's row (BeginAttempt), the baseline, the measurement and the
// gate (engine/gates.h), a re-judgement when the island's best moved meanwhile, the commit
// (engine/commit_message.h) and the attempt's outcome (FinishAttempt): the crash-safe order of
// docs/architecture.md. It neither reports progress nor schedules islands: its caller does.
//
// Locking: the judge takes the run mutex it is given for everything that reads or writes the
// run, and releases it only while the candidate is measured; a re-judgement against a moved best
// holds it, so that the best cannot move a second time.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "avo/engine/gates.h"
#include "avo/engine/held_out.h"
#include "avo/engine/run.h"
#include "avo/eval/slots.h"
#include "avo/operators/operator.h"

namespace avo {

struct JudgeRequest {
  const Submission* submission = nullptr;
  std::int64_t step = 0;  // 0: the seed
  Evaluator* evaluator = nullptr;
  int island = 0;
  std::string op;              // the proposing operator's name (Submission::by overrides it)
  SlotBoard* board = nullptr;  // where slot `slot` says it is evaluating; nullptr: no board
  int slot = -1;
};

struct Judgement {
  Verdict verdict;
  std::string op;  // who the archive records as proposing it
};

class Judge {
 public:
  Judge(Run& run, std::mutex& run_mutex);

  // The suite the gate scores on (set before the first submission).
  void set_suite(std::string suite) { suite_ = std::move(suite); }
  // Called under the run mutex once a candidate is committed, before its attempt is finished.
  std::function<void(const JudgeRequest&, int version)> on_commit;

  // Takes the run mutex. An infra error (the judge or the machine cannot be trusted) ends the
  // attempt as interrupted and is kept: from then on nothing is judged.
  Judgement Submit(const JudgeRequest& r);

  // Under the run mutex: the reason the run must stop, once set.
  [[nodiscard]] const std::optional<std::string>& infra_error() const { return infra_error_; }
  // Readable without the mutex: an infra error is set, or Cancel was called.
  [[nodiscard]] bool stopping() const { return stopping_.load(); }
  // The run is ending (a worker failed): operators in flight are told to stop.
  void Cancel() { stopping_ = true; }
  // Under the run mutex: the run stops on `reason` (also for failures outside the judge).
  void SetInfraError(const std::string& reason);

 private:
  std::optional<int> DuplicateOf(const std::string& hash, const std::vector<Version>& versions);
  AttemptStart StartRecord(const JudgeRequest& r, const std::vector<Version>& versions) const;
  static AttemptEnd EndRecord(const Submission& s, const std::string& hash, const Measured& m);
  void RejudgeIfMoved(const JudgeRequest& r, const std::string& hash, std::int64_t attempt,
                      std::vector<Version>& versions, Measured& m);
  std::vector<HeldOutResult> MeasureHeldOut(const JudgeRequest& r, std::int64_t attempt,
                                            const std::vector<Version>& versions, Measured& m);
  void CommitAccepted(const JudgeRequest& r, const AttemptStart& start,
                      const std::vector<Version>& versions, const Measured& m,
                      const std::vector<HeldOutResult>& held_out, AttemptEnd& end,
                      Verdict& verdict);
  Verdict NotJudged(Verdict verdict, const std::string& reason);
  Baseline BaselineFor(const JudgeRequest& r, const std::vector<Version>& versions);

  Run& run_;
  std::mutex& mu_;
  std::unique_ptr<CandidateGate> gate_;
  std::string suite_;
  std::map<std::string, std::string> version_hash_;  // commit -> HashFileSet, for duplicates
  std::optional<std::string> infra_error_;
  std::atomic<bool> stopping_{false};
};

}  // namespace avo
