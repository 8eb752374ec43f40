#include "avo/engine/judge.h"

#include <fmt/format.h>

#include "avo/engine/commit_message.h"
#include "avo/engine/held_out.h"
#include "avo/util/time.h"
#include "avo/util/utf8.h"

namespace avo {
namespace {

std::string NotJudgedReason(const std::string& why) { return "not judged (infra error): " + why; }

// A submission refused before any attempt was recorded.
Judgement Refused(std::string reason) {
  Judgement j;
  j.verdict.reason = std::move(reason);
  return j;
}

}  // namespace

Judge::Judge(Run& run, std::mutex& run_mutex)
    : run_(run), mu_(run_mutex), gate_(MakeGate(run.task())) {}

void Judge::SetInfraError(const std::string& reason) {
  infra_error_ = reason;
  stopping_ = true;
}

std::optional<int> Judge::DuplicateOf(const std::string& hash,
                                      const std::vector<Version>& versions) {
  for (const auto& v : versions) {
    auto it = version_hash_.find(v.commit);
    if (it == version_hash_.end()) {
      auto files = run_.lineage().Files(v.commit);
      if (!files.ok()) continue;
      it = version_hash_.emplace(v.commit, HashFileSet(*files)).first;
    }
    if (it->second == hash) return v.number;
  }
  return std::nullopt;
}

AttemptStart Judge::StartRecord(const JudgeRequest& r, const std::vector<Version>& versions) const {
  const Submission& s = *r.submission;
  AttemptStart start;
  start.step = r.step;
  start.op = r.step == 0 ? "seed" : (s.by.empty() ? r.op : s.by);
  start.message = TextForRecords(s.message);  // as the lineage's commit has it
  start.island = r.island;
  if (s.parent_version >= 0 && s.parent_version < static_cast<int>(versions.size())) {
    const Version& parent = versions[static_cast<std::size_t>(s.parent_version)];
    start.parent_version = parent.number;
    start.parent_commit = parent.commit;
    auto pf = run_.lineage().Files(parent.commit);
    if (pf.ok()) start.diff = DiffFileSets(*pf, s.files);
  }
  return start;
}

// How an attempt ended, from the gate's decision alone (before any commit).
AttemptEnd Judge::EndRecord(const Submission& s, const std::string& hash, const Measured& m) {
  const Evaluation& ev = m.evaluation;
  AttemptEnd end;
  end.evaluation = &ev;
  end.paired = m.paired;
  if (!m.paired.is_null()) end.paired_best = m.best_on_suite;
  end.cost = s.cost;
  end.transcript = s.transcript;
  end.candidate_hash = hash;
  end.reason = m.decision.reason;
  end.status = m.decision.accept
                   ? AttemptStatus::kCommitted
                   : (ev.outcome == Outcome::kScored && ev.correct ? AttemptStatus::kRejected
                                                                   : AttemptStatus::kFailed);
  return end;
}

Baseline Judge::BaselineFor(const JudgeRequest& r, const std::vector<Version>& versions) {
  Baseline base = gate_->BaselineFor(run_.lineage(r.island), versions, suite_, *r.evaluator);
  if (base.infra_error) SetInfraError(*base.infra_error);
  return base;
}

// Another slot committed while this candidate was measured: its gain was against a best that is
// no longer the best, so it is judged again against the new best. (A candidate rejected against
// the older best needs no second look: every commit is at least as good as the one before it.)
void Judge::RejudgeIfMoved(const JudgeRequest& r, const std::string& hash, std::int64_t attempt,
                           std::vector<Version>& versions, Measured& m) {
  auto now = run_.lineage(r.island).Versions();
  if (!now.ok()) {
    SetInfraError("lineage: " + now.status().message());
    return;
  }
  if (now->size() == versions.size()) return;
  const int number = now->back().number;
  versions = std::move(now).value();
  if (auto dup = DuplicateOf(hash, versions)) {
    m.decision.accept = false;
    m.decision.reason =
        fmt::format("rejected: identical to v{}, committed while it was measured", *dup);
    return;
  }
  const Baseline base = BaselineFor(r, versions);
  if (infra_error_) return;
  const ScoreOptions opt{suite_, false, fmt::format("attempt-{}", attempt)};
  gate_->Rejudge(r.submission->files, opt, versions, base, *r.evaluator, m);
  m.decision.reason +=
      fmt::format(" ({} v{}, committed while it was measured)", gate_->rejudged_phrase(), number);
}

// The task's held-out suites, the accepted candidate beside the version it was judged against.
// Measured under the run mutex: the best cannot move meanwhile (other slots wait to commit).
// A candidate incorrect there is rejected without naming the configuration; an evaluator that
// fails is an infra error.
std::vector<HeldOutResult> Judge::MeasureHeldOut(const JudgeRequest& r, std::int64_t attempt,
                                                 const std::vector<Version>& versions,
                                                 Measured& m) {
  if (versions.empty() || run_.task().HeldOutSuiteNames().empty()) return {};
  auto previous = run_.lineage(r.island).Files(versions.back().commit);
  if (!previous.ok()) {
    SetInfraError("lineage: " + previous.status().message());
    return {};
  }
  std::vector<HeldOutResult> out =
      avo::MeasureHeldOut(run_.task(), *r.evaluator, r.submission->files, *previous,
                          fmt::format("attempt-{}", attempt));
  for (const auto& h : out) {
    if (h.infra_error) {
      SetInfraError(h.reason);
      return out;
    }
    if (!h.correct) {
      m.decision.accept = false;
      m.decision.reason = fmt::format(
          "rejected: incorrect on the held-out suite {} (configurations the search does not "
          "see; the gate's verdict on {}: {})",
          h.suite, suite_, m.decision.reason);
      return out;
    }
  }
  if (auto ratio = HeldOutRatio(out))
    m.decision.reason += fmt::format("; held out x{:.4f}", *ratio);
  return out;
}

// Commits an accepted candidate as the next version; a failed commit turns the attempt
// interrupted (the machine failed, not the candidate) and stops the run.
void Judge::CommitAccepted(const JudgeRequest& r, const AttemptStart& start,
                           const std::vector<Version>& versions, const Measured& m,
                           const std::vector<HeldOutResult>& held_out, AttemptEnd& end,
                           Verdict& verdict) {
  const Submission& s = *r.submission;
  const int number = static_cast<int>(versions.size());
  const bool population = run_.islands() > 1;
  const CommitText text = WriteCommitText(
      {number, versions.empty() ? nullptr : &versions.back(), &m.evaluation, start.message,
       m.decision.reason, m.paired, m.best_on_suite, run_.task().direction, verdict.attempt_id,
       r.step, start.op, population ? std::optional<int>(r.island) : std::nullopt, s.origin,
       held_out});
  auto commit =
      run_.lineage(r.island).Commit(s.files, m.evaluation.ToJson(), text.message, text.trailers);
  if (!commit.ok()) {
    SetInfraError("lineage: " + commit.status().message());
    end.status = AttemptStatus::kInterrupted;
    end.reason = "not committed (infra error): " + *infra_error_;
    return;
  }
  verdict.committed = true;
  verdict.version = number;
  verdict.commit = *commit;
  end.commit = *commit;
  end.version = number;
  version_hash_[*commit] = end.candidate_hash;
  end.reason =
      fmt::format("committed as {}v{}: {}", population ? fmt::format("island {} ", r.island) : "",
                  number, m.decision.reason);
  if (on_commit) on_commit(r, number);
}

// Ends an attempt whose evaluation could not be trusted: nothing is committed, the attempt is
// marked interrupted (it says nothing about the candidate) and the run stops with the reason.
Verdict Judge::NotJudged(Verdict verdict, const std::string& reason) {
  SetInfraError(reason);
  verdict.committed = false;
  verdict.reason = NotJudgedReason(reason);
  AttemptEnd end;
  end.status = AttemptStatus::kInterrupted;
  end.reason = verdict.reason;
  end.evaluation = &verdict.evaluation;
  if (verdict.attempt_id > 0) {
    Status st = run_.archive().FinishAttempt(verdict.attempt_id, end);
    if (!st.ok()) verdict.reason += " (archive: " + st.message() + ")";
  }
  return verdict;
}

Judgement Judge::Submit(const JudgeRequest& r) {
  std::unique_lock<std::mutex> lock(mu_);
  Judgement j;
  Verdict& verdict = j.verdict;
  // The run is stopping: no further candidate is judged by an untrusted judge.
  if (infra_error_) return Refused(NotJudgedReason(*infra_error_));
  const Stopwatch sw;
  const Submission& s = *r.submission;
  const std::string hash = HashFileSet(s.files);
  // A lineage or archive that fails is the machine's failure: the run stops (infra error).
  auto versions = run_.lineage(r.island).Versions();
  if (!versions.ok()) {
    SetInfraError("lineage: " + versions.status().message());
    return Refused(NotJudgedReason(*infra_error_));
  }
  // A candidate identical to a committed version would only duplicate it.
  // It is not an attempt, but the step is accounted for in the archive (a slot of a parallel run
  // can propose what another slot has just committed).
  if (auto dup = DuplicateOf(hash, *versions)) {
    const std::string why = fmt::format("rejected: identical to v{}", *dup);
    IgnoreError(run_.archive().RecordEvent(r.step, "duplicate", why));
    return Refused(why);
  }
  const AttemptStart start = StartRecord(r, *versions);
  j.op = start.op;
  auto id = run_.archive().BeginAttempt(start);
  if (!id.ok()) {
    SetInfraError("archive: " + id.status().message());
    verdict.reason = NotJudgedReason(*infra_error_);
    return j;
  }
  verdict.attempt_id = *id;
  const Baseline base = BaselineFor(r, *versions);
  if (r.board != nullptr) r.board->Set(r.slot, "evaluating", r.step, *id);
  Measured m;
  if (!infra_error_) {
    lock.unlock();  // other slots vary, measure and commit meanwhile
    m = gate_->Measure(s.files, {suite_, false, fmt::format("attempt-{}", *id)}, *versions, base,
                       *r.evaluator);
    lock.lock();
  }
  if (m.decision.accept && !infra_error_ && m.evaluation.outcome != Outcome::kInfraError)
    RejudgeIfMoved(r, hash, *id, *versions, m);
  std::vector<HeldOutResult> held_out;
  if (m.decision.accept && !infra_error_ && m.evaluation.outcome != Outcome::kInfraError)
    held_out = MeasureHeldOut(r, *id, *versions, m);
  if (r.board != nullptr) r.board->Set(r.slot, "varying", r.step, 0);
  verdict.evaluation = m.evaluation;
  if (verdict.evaluation.outcome == Outcome::kInfraError) {
    j.verdict = NotJudged(verdict, verdict.evaluation.reason);
    return j;
  }
  if (infra_error_) {
    j.verdict = NotJudged(verdict, *infra_error_);
    return j;
  }
  AttemptEnd end = EndRecord(s, hash, m);
  if (m.decision.accept) CommitAccepted(r, start, *versions, m, held_out, end, verdict);
  end.duration_s = sw.Seconds();
  verdict.reason = end.reason;
  if (Status st = run_.archive().FinishAttempt(*id, end); !st.ok()) {
    // A commit made without its record is reconciled by Recover from its Avo-Attempt trailer.
    SetInfraError("archive: " + st.message());
    verdict.reason += " (infra error: " + *infra_error_ + ")";
  }
  return j;
}

}  // namespace avo
