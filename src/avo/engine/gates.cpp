#include "avo/engine/gates.h"

#include <fmt/format.h>

#include "avo/score/paired.h"

namespace avo {

Measured CandidateGate::Measure(const FileSet& files, const ScoreOptions& opt,
                                const std::vector<Version>& versions, const Baseline& base,
                                Evaluator& ev) {
  if (!versions.empty()) return MeasureAgainst(files, opt, versions.back(), base, ev);
  // The seed: judged on correctness alone.
  Measured m;
  m.evaluation = ev.Score(files, opt);
  m.decision = Decide(m.evaluation, std::nullopt, task_.gate, task_.direction);
  return m;
}

Baseline AloneGate::BaselineFor(const Lineage& lineage, const std::vector<Version>& versions,
                                const std::string& suite, Evaluator& ev) {
  Baseline base;
  if (versions.empty()) return base;
  const Version& head = versions.back();
  if (head.score.value("suite", "") == suite) {
    base.best_scalar = head.scalar;
    return base;
  }
  // The head was scored on another suite: measured on this one, once per head. A best that is
  // not correct there leaves no baseline (the gate then asks correctness alone, as before).
  const std::string key = head.commit + ":" + suite;
  if (auto it = best_by_suite_.find(key); it != best_by_suite_.end()) {
    base.best_scalar = it->second;
    return base;
  }
  auto files = lineage.Files(head.commit);
  if (!files.ok()) return base;
  Evaluation e = ev.Score(*files, {suite, false, "best-rescore"});
  if (e.outcome == Outcome::kInfraError) {
    base.infra_error = e.reason;
  } else if (e.correct) {
    best_by_suite_[key] = e.scalar;
    base.best_scalar = e.scalar;
  }
  return base;
}

Measured AloneGate::MeasureAgainst(const FileSet& files, const ScoreOptions& opt,
                                   const Version& /*best*/, const Baseline& base, Evaluator& ev) {
  Measured m;
  m.evaluation = ev.Score(files, opt);
  m.best_on_suite = base.best_scalar;
  m.decision = Decide(m.evaluation, base.best_scalar, task_.gate, task_.direction);
  return m;
}

void AloneGate::Rejudge(const FileSet& /*files*/, const ScoreOptions& /*opt*/,
                        const std::vector<Version>& /*versions*/, const Baseline& base,
                        Evaluator& /*ev*/, Measured& m) {
  // Alone, the candidate's score does not depend on the best: decided again, not measured.
  m.best_on_suite = base.best_scalar;
  m.decision = Decide(m.evaluation, base.best_scalar, task_.gate, task_.direction);
}

Baseline PairedGate::BaselineFor(const Lineage& lineage, const std::vector<Version>& versions,
                                 const std::string& /*suite*/, Evaluator& /*ev*/) {
  Baseline base;
  if (versions.empty()) return base;
  auto files = lineage.Files(versions.back().commit);
  if (files.ok()) {
    base.best_files = std::move(files).value();
  } else {
    base.error = files.status().message();
  }
  return base;
}

Measured PairedGate::MeasureAgainst(const FileSet& files, const ScoreOptions& opt,
                                    const Version& best, const Baseline& base, Evaluator& ev) {
  Measured m;
  if (!base.best_files) {
    m.evaluation.reason = "the best version's files: " + base.error;
    m.decision.reason = "not measured: " + m.evaluation.reason;
    return m;
  }
  InterleavedEvaluation both =
      ev.ScoreInterleaved({&files, &*base.best_files}, opt, task_.gate.rounds);
  m.evaluation = std::move(both.evaluations[0]);
  const Evaluation& beside = both.evaluations[1];
  if (beside.outcome == Outcome::kInfraError && m.evaluation.outcome != Outcome::kInfraError)
    m.evaluation = beside;
  m.decision = Decide(m.evaluation, std::nullopt, task_.gate, task_.direction);
  if (m.evaluation.outcome != Outcome::kScored || !m.evaluation.correct) return m;
  m.decision.accept = false;
  auto pairs = PairSamples(m.evaluation, beside);
  if (!pairs.ok()) {
    m.decision.reason = fmt::format("rejected: v{} could not be measured beside it: {}",
                                    best.number, pairs.status().message());
    return m;
  }
  auto cmp = ComparePaired(*pairs, task_.direction, {task_.gate.confidence});
  if (!cmp.ok()) {
    m.decision.reason = "rejected: " + cmp.status().message();
    return m;
  }
  m.decision = DecidePaired(m.evaluation, *cmp, task_.gate);
  m.decision.reason = fmt::format("{} (against v{} measured beside it, {:.4g} {})",
                                  m.decision.reason, best.number, beside.scalar, beside.unit);
  m.paired = PairedToJson(*cmp, task_.gate.confidence);
  m.best_on_suite = beside.scalar;
  return m;
}

void PairedGate::Rejudge(const FileSet& files, const ScoreOptions& opt,
                         const std::vector<Version>& versions, const Baseline& base, Evaluator& ev,
                         Measured& m) {
  // Measured beside the new best: a paired comparison holds only within one measurement.
  m = Measure(files, opt, versions, base, ev);
}

std::unique_ptr<CandidateGate> MakeGate(const TaskSpec& task) {
  if (task.gate.paired) return std::make_unique<PairedGate>(task);
  return std::make_unique<AloneGate>(task);
}

}  // namespace avo
