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

namespace {

// The paired gate looks at the evidence up to kMaxLooks times: while the interval straddles
// 1 + min_gain (neither an improvement nor clearly none) and the estimate is past half of it,
// another batch of rounds is measured beside the best and added to the pairs. Each look decides at 1 - (1 - confidence) / kMaxLooks
// (Bonferroni over the looks), so that the chance a candidate that changes nothing passes any
// look stays within what the task's confidence promises.
constexpr int kMaxLooks = 3;

// Whether more rounds could still change the decision: no configuration is clearly worse, the
// geomean interval holds 1 + min_gain, and the estimate is past half the gain asked (below it,
// more rounds would only confirm what a copy that changes nothing looks like: stopping there
// for futility commits nothing, so it costs no false-commit rate, only evaluation time saved).
bool WorthAnotherLook(const PairedComparison& cmp, const GateConfig& gate) {
  for (const RatioInterval& c : cmp.configs)
    if (c.hi < 1.0 - gate.max_config_loss) return false;
  const double needed = 1.0 + gate.min_gain;
  return cmp.geomean.lo <= needed && needed <= cmp.geomean.hi &&
         cmp.geomean.ratio > 1.0 + gate.min_gain / 2;
}

// Adds a later look's samples to the evaluation the attempt records, configuration by
// configuration, so that its samples are the rounds the decision saw.
void AppendSamples(Evaluation& into, const Evaluation& more) {
  for (ConfigResult& c : into.configs) {
    for (const ConfigResult& m : more.configs) {
      if (m.name == c.name) c.samples.insert(c.samples.end(), m.samples.begin(), m.samples.end());
    }
  }
}

}  // namespace

Measured PairedGate::MeasureAgainst(const FileSet& files, const ScoreOptions& opt,
                                    const Version& best, const Baseline& base, Evaluator& ev) {
  Measured m;
  if (!base.best_files) {
    m.evaluation.reason = "the best version's files: " + base.error;
    m.decision.reason = "not measured: " + m.evaluation.reason;
    return m;
  }
  GateConfig look_gate = task_.gate;
  look_gate.confidence = 1 - (1 - task_.gate.confidence) / kMaxLooks;
  std::vector<PairedSamples> pairs;
  Evaluation first_beside;
  for (int look = 1; look <= kMaxLooks; ++look) {
    InterleavedEvaluation both =
        ev.ScoreInterleaved({&files, &*base.best_files}, opt, task_.gate.rounds);
    Evaluation& cand = both.evaluations[0];
    const Evaluation& beside = both.evaluations[1];
    if (beside.outcome == Outcome::kInfraError && cand.outcome != Outcome::kInfraError)
      cand = beside;
    // Every look must find the candidate correct: one that is right only some of the time is
    // refused on the look that caught it.
    if (look == 1 || cand.outcome != Outcome::kScored || !cand.correct) {
      m.evaluation = cand;
      first_beside = beside;
    } else {
      AppendSamples(m.evaluation, cand);
    }
    m.decision = Decide(m.evaluation, std::nullopt, task_.gate, task_.direction);
    if (m.evaluation.outcome != Outcome::kScored || !m.evaluation.correct) return m;
    m.decision.accept = false;
    auto more = PairSamples(cand, beside);
    if (!more.ok()) {
      m.decision.reason = fmt::format("rejected: v{} could not be measured beside it: {}",
                                      best.number, more.status().message());
      return m;
    }
    if (pairs.empty()) {
      pairs = std::move(more).value();
    } else {
      for (std::size_t c = 0; c < pairs.size() && c < more->size(); ++c) {
        pairs[c].candidate.insert(pairs[c].candidate.end(), (*more)[c].candidate.begin(),
                                  (*more)[c].candidate.end());
        pairs[c].best.insert(pairs[c].best.end(), (*more)[c].best.begin(), (*more)[c].best.end());
      }
    }
    auto cmp = ComparePaired(pairs, task_.direction, {look_gate.confidence});
    if (!cmp.ok()) {
      m.decision.reason = "rejected: " + cmp.status().message();
      return m;
    }
    m.decision = DecidePaired(m.evaluation, *cmp, look_gate);
    m.decision.reason =
        fmt::format("{} (against v{} measured beside it, {:.4g} {})", m.decision.reason,
                    best.number, first_beside.scalar, first_beside.unit);
    m.paired = PairedToJson(*cmp, look_gate.confidence);
    m.best_on_suite = first_beside.scalar;
    if (m.decision.accept || !WorthAnotherLook(*cmp, task_.gate)) break;
  }
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
