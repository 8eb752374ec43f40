// The commit gate as the judge applies it (engine/judge.h): how a candidate is measured and
// decided against the island's best. Two gates, chosen by task.toml [gate] paired:
//   AloneGate   the candidate is measured on its own and compared with the best's stored score
//               (re-measured once per head when that was on another suite);
//   PairedGate  the candidate is measured interleaved with the best version's build, and
//               accepted only on paired evidence (score/paired.h).
// The gate's reason text is score/gate.h's; these add what the candidate was compared with.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/eval/evaluator.h"
#include "avo/lineage/lineage.h"
#include "avo/score/gate.h"
#include "avo/task/task.h"

namespace avo {

// What a candidate is measured against, read from the run (under the run mutex) before it is
// measured: the best version's files (paired) or its score on the suite (alone).
struct Baseline {
  std::optional<FileSet> best_files;
  std::optional<double> best_scalar;
  std::string error;                       // why the best version's files could not be read
  std::optional<std::string> infra_error;  // the best could not be measured: nothing is judged
};

// What the gate found for one candidate.
struct Measured {
  Evaluation evaluation;
  GateDecision decision;
  nlohmann::json paired;  // the paired evidence (PairedToJson); null when unpaired
  // The best version's score on the candidate's suite (measured beside it when paired): what a
  // commit's gain is stated against.
  std::optional<double> best_on_suite;
};

class CandidateGate {
 public:
  virtual ~CandidateGate() = default;
  // Under the run mutex. `versions` are the island's, the best last (empty: the seed's turn).
  virtual Baseline BaselineFor(const Lineage& lineage, const std::vector<Version>& versions,
                               const std::string& suite, Evaluator& ev) = 0;
  // Without the mutex: scores the candidate and decides on it.
  Measured Measure(const FileSet& files, const ScoreOptions& opt,
                   const std::vector<Version>& versions, const Baseline& base, Evaluator& ev);
  // Under the mutex, when the island's best moved to versions.back() while an accepted
  // candidate was measured: decides again against the new best (measuring again if need be).
  virtual void Rejudge(const FileSet& files, const ScoreOptions& opt,
                       const std::vector<Version>& versions, const Baseline& base, Evaluator& ev,
                       Measured& m) = 0;
  // How the reason states a re-judgement: "<phrase> v<n>, committed while it was measured".
  [[nodiscard]] virtual const char* rejudged_phrase() const = 0;

 protected:
  explicit CandidateGate(const TaskSpec& task) : task_(task) {}
  // A candidate against a non-empty lineage.
  virtual Measured MeasureAgainst(const FileSet& files, const ScoreOptions& opt,
                                  const Version& best, const Baseline& base, Evaluator& ev) = 0;
  const TaskSpec& task_;
};

class AloneGate final : public CandidateGate {
 public:
  explicit AloneGate(const TaskSpec& task) : CandidateGate(task) {}
  Baseline BaselineFor(const Lineage& lineage, const std::vector<Version>& versions,
                       const std::string& suite, Evaluator& ev) override;
  void Rejudge(const FileSet& files, const ScoreOptions& opt, const std::vector<Version>& versions,
               const Baseline& base, Evaluator& ev, Measured& m) override;
  [[nodiscard]] const char* rejudged_phrase() const override { return "against"; }

 private:
  Measured MeasureAgainst(const FileSet& files, const ScoreOptions& opt, const Version& best,
                          const Baseline& base, Evaluator& ev) override;
  std::map<std::string, double> best_by_suite_;  // "commit:suite" -> the head re-scored there
};

class PairedGate final : public CandidateGate {
 public:
  explicit PairedGate(const TaskSpec& task) : CandidateGate(task) {}
  Baseline BaselineFor(const Lineage& lineage, const std::vector<Version>& versions,
                       const std::string& suite, Evaluator& ev) override;
  void Rejudge(const FileSet& files, const ScoreOptions& opt, const std::vector<Version>& versions,
               const Baseline& base, Evaluator& ev, Measured& m) override;
  [[nodiscard]] const char* rejudged_phrase() const override { return "measured again beside"; }

 private:
  Measured MeasureAgainst(const FileSet& files, const ScoreOptions& opt, const Version& best,
                          const Baseline& base, Evaluator& ev) override;
};

// The task's gate: paired when task.toml [gate] paired is set. `task` must outlive it.
std::unique_ptr<CandidateGate> MakeGate(const TaskSpec& task);

}  // namespace avo
