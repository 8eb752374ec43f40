#include "avo/engine/engine.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include "avo/lineage/trailers.h"
#include "avo/score/gate.h"
#include "avo/score/paired.h"
#include "avo/util/time.h"

namespace avo {
namespace {

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

// The archive's state key of an island's directions ("directions" for the one lineage, as
// before populations existed).
std::string DirectionsKey(int island) {
  return island == 0 ? std::string("directions") : fmt::format("directions-{}", island);
}

// Opens the direction that carries the latest migrant an island's best did not let in.
constexpr const char* kMigrantNote = "Example from another island:";

}  // namespace

Engine::Engine(Run& run, Evaluator& evaluator, VariationOperator& op, Supervisor* supervisor)
    : run_(run), evaluator_(evaluator), op_(op), islands_(1) {
  islands_[0].supervisor = supervisor;
  auto t0 = std::make_shared<Stopwatch>();
  clock_ = [t0] { return t0->Seconds(); };
}

void Engine::SetIslands(int count, int migrate_every, std::vector<Supervisor*> supervisors) {
  requested_islands_ = count;
  migrate_every_ = migrate_every;
  islands_.assign(
      std::max<std::size_t>({static_cast<std::size_t>(std::max(count, 1)), supervisors.size()}),
      Island{});
  for (std::size_t i = 0; i < islands_.size() && i < supervisors.size(); ++i)
    islands_[i].supervisor = supervisors[i];
}

std::optional<Version> Engine::BestOfAll() {
  std::optional<Version> best;
  for (int i = 0; i < run_.islands(); ++i) {
    auto head = run_.lineage(i).Head();
    if (!head.ok() || !head->has_value()) continue;
    const bool better =
        !best || (run_.task().direction == Direction::kHigher ? (*head)->scalar > best->scalar
                                                              : (*head)->scalar < best->scalar);
    if (better) best = **head;
  }
  return best;
}

void Engine::Emit(ProgressEvent::Kind kind, std::int64_t step, const std::string& message) {
  if (!on_progress) return;
  ProgressEvent e{kind, step, clock_(), -1, 0, run_.task().unit, message};
  if (auto best = BestOfAll()) {
    e.best_version = best->number;
    e.best_scalar = best->scalar;
  }
  on_progress(e);
}

std::string Engine::RngState() const {
  std::ostringstream os;
  os << rng_;
  return os.str();
}

Status Engine::LoadState(std::uint64_t seed) {
  Archive& a = run_.archive();
  AVO_ASSIGN_OR_RETURN(auto step, a.GetState("next_step"));
  AVO_ASSIGN_OR_RETURN(auto rng, a.GetState("rng"));
  AVO_ASSIGN_OR_RETURN(auto active, a.GetState("active_s"));
  AVO_ASSIGN_OR_RETURN(auto islands, a.GetState("islands"));
  AVO_ASSIGN_OR_RETURN(auto migration, a.GetState("migration"));
  const int stored = islands ? static_cast<int>(std::strtol(islands->c_str(), nullptr, 10)) : 1;
  AVO_ASSIGN_OR_RETURN(auto head, run_.lineage(0).Head());
  if (requested_islands_ > 0 && (islands || head) && requested_islands_ != stored) {
    return Status::InvalidArgument(fmt::format(
        "--islands {}: the run has {} island(s), fixed when it began", requested_islands_, stored));
  }
  const int count = requested_islands_ > 0 ? requested_islands_ : stored;
  AVO_RETURN_IF_ERROR(run_.OpenIslands(count));
  if (static_cast<int>(islands_.size()) != count) islands_.resize(static_cast<std::size_t>(count));
  if (count > 1 && !islands) AVO_RETURN_IF_ERROR(a.SetState({{"islands", std::to_string(count)}}));
  // The cadence of migrations and where each island stands in it (SaveIslandState).
  const auto j = migration ? nlohmann::json::parse(*migration, nullptr, false) : nlohmann::json();
  if (j.is_object()) {
    const auto& since = j.value("since", nlohmann::json::array());
    for (std::size_t i = 0; i < since.size() && i < islands_.size(); ++i)
      islands_[i].commits_since_migration = since[i].is_number_integer() ? since[i].get<int>() : 0;
    island_turn_ = j.value("turn", std::int64_t{0});
    for (const auto& m : j.value("pending", nlohmann::json::array())) {
      if (m.is_array() && m.size() == 2 && m[0].is_number_integer() && m[1].is_number_integer() &&
          m[0].get<int>() < count && m[1].get<int>() < count)
        migrations_.emplace_back(m[0].get<int>(), m[1].get<int>());
    }
  }
  if (migrate_every_ < 0) {  // not set: the run's own cadence, else the default
    migrate_every_ = j.is_object() ? j.value("every", kDefaultMigrateEvery) : kDefaultMigrateEvery;
  }
  for (int i = 0; i < count; ++i) {
    AVO_ASSIGN_OR_RETURN(auto d, a.GetState(DirectionsKey(i)));
    const auto dj = d ? nlohmann::json::parse(*d, nullptr, false) : nlohmann::json();
    if (dj.is_array())
      islands_[static_cast<std::size_t>(i)].directions = dj.get<std::vector<std::string>>();
  }
  if (step) next_step_ = std::stoll(*step);
  if (active) active_before_ = std::strtod(active->c_str(), nullptr);
  if (rng) {
    std::istringstream is(*rng);
    is >> rng_;
    if (is.fail()) return Status::Internal("archive: the stored random state is unreadable");
  } else {
    if (seed == 0)
      seed = (static_cast<std::uint64_t>(std::random_device{}()) << 32) ^ std::random_device{}();
    rng_.seed(seed);
    AVO_RETURN_IF_ERROR(
        a.SetState({{"rng", RngState()}, {"seed", std::to_string(seed)}, {"next_step", "1"}}));
  }
  return Status::Ok();
}

Status Engine::Recover() {
  AVO_ASSIGN_OR_RETURN(auto interrupted, run_.archive().InterruptRunning());
  if (interrupted.empty()) return Status::Ok();
  std::vector<std::pair<int, Version>> versions;  // every island's, with its island
  for (int island = 0; island < run_.islands(); ++island) {
    AVO_ASSIGN_OR_RETURN(auto vs, run_.lineage(island).Versions());
    for (auto& v : vs) versions.emplace_back(island, std::move(v));
  }
  int reconciled = 0;
  for (const auto& [island, v] : versions) {
    if (island > 0 && v.number == 0) continue;  // island 0's seed, met there
    auto it = v.trailers.find(trailer::kAttempt);
    if (it == v.trailers.end()) continue;
    const std::int64_t id = std::stoll(it->second);
    if (std::find(interrupted.begin(), interrupted.end(), id) == interrupted.end()) continue;
    // The commit reached the lineage; the archive missed the end of the attempt. Git is the
    // source of truth for committed versions.
    auto ev = Evaluation::FromJson(v.score);
    AttemptEnd end;
    end.status = AttemptStatus::kCommitted;
    end.reason = "committed (reconciled after an interrupted run)";
    end.evaluation = ev.ok() ? &ev.value() : nullptr;
    end.commit = v.commit;
    end.version = v.number;
    auto files = run_.lineage().Files(v.commit);
    if (files.ok()) end.candidate_hash = HashFileSet(*files);
    AVO_RETURN_IF_ERROR(run_.archive().FinishAttempt(id, end));
    ++reconciled;
  }
  AVO_RETURN_IF_ERROR(
      run_.archive().RecordEvent(next_step_, "resume",
                                 fmt::format("resumed after an unclean stop: {} attempt(s) "
                                             "interrupted, {} reconciled with the lineage",
                                             interrupted.size(), reconciled),
                                 {{"interrupted", interrupted}}));
  Emit(ProgressEvent::Kind::kResume, next_step_,
       fmt::format("resumed: {} interrupted attempt(s), {} reconciled", interrupted.size(),
                   reconciled));
  return Status::Ok();
}

Result<double> Engine::BestScalar(const std::string& suite, Evaluator& ev, int island) {
  AVO_ASSIGN_OR_RETURN(auto head, run_.lineage(island).Head());
  if (!head) return Status::NotFound("the lineage is empty");
  if (head->score.value("suite", "") == suite) return head->scalar;
  // The head was scored on another suite: measure it on this one, once per head.
  const std::string key = head->commit + ":" + suite;
  auto it = best_by_suite_.find(key);
  if (it != best_by_suite_.end()) return it->second;
  AVO_ASSIGN_OR_RETURN(FileSet files, run_.lineage().Files(head->commit));
  Evaluation e = ev.Score(files, {suite, false, "best-rescore"});
  if (e.outcome == Outcome::kInfraError) {
    SetInfraError(e.reason);
    return Status::Unavailable(e.reason);
  }
  if (!e.correct) {
    return Status::InvalidArgument(fmt::format(
        "the best version v{} is not correct on suite '{}': {}", head->number, suite, e.reason));
  }
  best_by_suite_[key] = e.scalar;
  return e.scalar;
}

Status Engine::EnsureSeed(const std::string& suite) {
  suite_ = suite;
  AVO_ASSIGN_OR_RETURN(auto head, run_.lineage().Head());
  if (head) return Status::Ok();
  AVO_ASSIGN_OR_RETURN(FileSet seed, ReadFileSet(run_.task().dir, run_.task().editable));
  Submission s;
  s.files = std::move(seed);
  s.message = "seed: the task's own version x_0";
  Verdict v = Judge(s, 0);
  if (infra_error_) return Status::Unavailable(*infra_error_);
  if (!v.committed) {
    return Status::InvalidArgument(
        fmt::format("the seed of task '{}' was not accepted on suite '{}': {}", run_.task().name,
                    suite, v.reason));
  }
  return Status::Ok();
}

Verdict Engine::NotJudged(Verdict verdict, std::int64_t step, const std::string& op,
                          const std::string& reason) {
  SetInfraError(reason);
  verdict.committed = false;
  verdict.reason = "not judged (infra error): " + reason;
  AttemptEnd end;
  end.status = AttemptStatus::kInterrupted;
  end.reason = verdict.reason;
  end.evaluation = &verdict.evaluation;
  if (verdict.attempt_id > 0) {
    Status st = run_.archive().FinishAttempt(verdict.attempt_id, end);
    if (!st.ok()) verdict.reason += " (archive: " + st.message() + ")";
  }
  Emit(ProgressEvent::Kind::kAttempt, step,
       fmt::format("attempt {} ({}): {}", verdict.attempt_id, op, verdict.reason));
  return verdict;
}

std::optional<int> Engine::DuplicateOf(const std::string& hash,
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

Engine::Baseline Engine::BaselineFor(const std::vector<Version>& versions, Evaluator& ev,
                                     int island) {
  Baseline base;
  if (versions.empty()) return base;
  if (run_.task().gate.paired) {
    auto files = run_.lineage().Files(versions.back().commit);
    if (files.ok()) {
      base.best_files = std::move(files).value();
    } else {
      base.error = files.status().message();
    }
    return base;
  }
  auto b = BestScalar(suite_, ev, island);
  if (b.ok()) base.best_scalar = *b;
  return base;
}

Engine::Measured Engine::Measure(const FileSet& files, std::int64_t attempt,
                                 const std::vector<Version>& versions, const Baseline& base,
                                 Evaluator& ev) {
  const TaskSpec& task = run_.task();
  const ScoreOptions opt{suite_, false, fmt::format("attempt-{}", attempt)};
  Measured m;
  if (versions.empty()) {  // the seed: judged on correctness alone
    m.evaluation = ev.Score(files, opt);
    m.decision = Decide(m.evaluation, std::nullopt, task.gate, task.direction);
    return m;
  }
  const Version& best = versions.back();  // the gate keeps the head the best version
  if (!task.gate.paired) {
    m.evaluation = ev.Score(files, opt);
    m.best_on_suite = base.best_scalar;
    m.decision = Decide(m.evaluation, base.best_scalar, task.gate, task.direction);
    return m;
  }
  if (!base.best_files) {
    m.evaluation.reason = "the best version's files: " + base.error;
    m.decision.reason = "not measured: " + m.evaluation.reason;
    return m;
  }
  InterleavedEvaluation both =
      ev.ScoreInterleaved({&files, &*base.best_files}, opt, task.gate.rounds);
  m.evaluation = std::move(both.evaluations[0]);
  const Evaluation& beside = both.evaluations[1];
  if (beside.outcome == Outcome::kInfraError && m.evaluation.outcome != Outcome::kInfraError)
    m.evaluation = beside;
  m.decision = Decide(m.evaluation, std::nullopt, task.gate, task.direction);
  if (m.evaluation.outcome != Outcome::kScored || !m.evaluation.correct) return m;
  m.decision.accept = false;
  auto pairs = PairSamples(m.evaluation, beside);
  if (!pairs.ok()) {
    m.decision.reason = fmt::format("rejected: v{} could not be measured beside it: {}",
                                    best.number, pairs.status().message());
    return m;
  }
  auto cmp = ComparePaired(*pairs, task.direction, {task.gate.confidence});
  if (!cmp.ok()) {
    m.decision.reason = "rejected: " + cmp.status().message();
    return m;
  }
  m.decision = DecidePaired(m.evaluation, *cmp, task.gate);
  m.decision.reason = fmt::format("{} (against v{} measured beside it, {:.4g} {})",
                                  m.decision.reason, best.number, beside.scalar, beside.unit);
  m.paired = PairedToJson(*cmp, task.gate.confidence);
  m.best_on_suite = beside.scalar;
  return m;
}

Result<std::string> Engine::CommitVersion(const Submission& s, std::int64_t step,
                                          std::int64_t attempt, const AttemptStart& start,
                                          const std::vector<Version>& versions, const Measured& m) {
  const std::string& op = start.op;
  const TaskSpec& task = run_.task();
  const Evaluation& ev = m.evaluation;
  const int number = static_cast<int>(versions.size());
  std::string summary;
  if (versions.empty()) {
    summary = fmt::format("v0: seed, {:.4g} {}", ev.scalar, ev.unit);
  } else {
    // The gain is stated against the best measured on this candidate's suite (beside it, when
    // the gate is paired): the previous version's stored scalar may be of another suite.
    const Version& prev = versions.back();
    const double base =
        m.best_on_suite.value_or(prev.score.value("suite", "") == ev.suite ? prev.scalar : 0.0);
    const std::string on =
        prev.score.value("suite", "") == ev.suite ? "" : fmt::format(" on {}", ev.suite);
    std::string gain = fmt::format("not comparable with v{}", prev.number);
    if (base > 0 && ev.scalar > 0) {
      const double g = task.direction == Direction::kHigher ? ev.scalar / base : base / ev.scalar;
      gain = fmt::format("{:+.2f}% over v{}{}", 100 * (g - 1), prev.number, on);
    }
    summary = fmt::format("v{}: {:.4g} {}{} ({}) {}", number, ev.scalar, ev.unit, on, gain,
                          FirstLine(s.message));
  }
  std::string message =
      summary + "\n\n" + s.message + "\n\nGate: " + m.decision.reason + "\nScores:";
  for (const auto& c : ev.configs) {
    message += fmt::format("\n  {:<28} {:>10.4g} {}", c.name, c.value, c.unit);
    if (m.paired.is_null()) continue;
    for (const auto& r : m.paired["configs"]) {
      if (r.value("name", "") == c.name)
        message += fmt::format("  x{:.4f} [{:.4f}, {:.4f}]", r.value("ratio", 0.0),
                               r.value("lo", 0.0), r.value("hi", 0.0));
    }
  }
  std::map<std::string, std::string> trailers = {
      {trailer::kAttempt, std::to_string(attempt)},
      {trailer::kStep, std::to_string(step)},
      {trailer::kOperator, op},
      {trailer::kSuite, ev.suite},
      {trailer::kScalar, fmt::format("{:.6g}", ev.scalar)}};
  if (!m.paired.is_null()) {
    trailers.emplace(trailer::kPairedRatio,
                     fmt::format("{:.4f} [{:.4f}, {:.4f}]", m.paired.value("ratio", 0.0),
                                 m.paired.value("lo", 0.0), m.paired.value("hi", 0.0)));
  }
  if (run_.islands() > 1) trailers.emplace(trailer::kIsland, std::to_string(start.island));
  if (!s.origin.empty()) trailers.emplace(trailer::kMigrant, s.origin);
  return run_.lineage(start.island).Commit(s.files, ev.ToJson(), message, trailers);
}

AttemptStart Engine::StartRecord(const Submission& s, std::int64_t step,
                                 const std::vector<Version>& versions) {
  AttemptStart start;
  start.step = step;
  start.op = step == 0 ? "seed" : (s.by.empty() ? op_.name() : s.by);
  start.message = s.message;
  if (s.parent_version >= 0 && s.parent_version < static_cast<int>(versions.size())) {
    const Version& parent = versions[static_cast<std::size_t>(s.parent_version)];
    start.parent_version = parent.number;
    start.parent_commit = parent.commit;
    auto pf = run_.lineage().Files(parent.commit);
    if (pf.ok()) start.diff = DiffFileSets(*pf, s.files);
  }
  return start;
}

AttemptEnd Engine::EndRecord(const Submission& s, const std::string& hash, const Measured& m,
                             const Evaluation& ev) {
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

void Engine::CommitAccepted(const Submission& s, std::int64_t step, const AttemptStart& start,
                            const std::vector<Version>& versions, const Measured& m,
                            AttemptEnd& end, Verdict& verdict) {
  auto commit = CommitVersion(s, step, verdict.attempt_id, start, versions, m);
  if (!commit.ok()) {
    // The machine failed, not the candidate: the attempt says nothing about it and the run
    // stops (a failed attempt would also keep this candidate from ever being tried again).
    SetInfraError("lineage: " + commit.status().message());
    end.status = AttemptStatus::kInterrupted;
    end.reason = "not committed (infra error): " + *infra_error_;
    return;
  }
  const int number = static_cast<int>(versions.size());
  verdict.committed = true;
  verdict.version = number;
  verdict.commit = *commit;
  end.commit = *commit;
  end.version = number;
  version_hash_[*commit] = end.candidate_hash;
  end.reason = fmt::format("committed as {}v{}: {}",
                           run_.islands() > 1 ? fmt::format("island {} ", start.island) : "",
                           number, m.decision.reason);
  // The seed is no island's progress, and a migrant's commit is another island's: counting it
  // would send one version round the whole ring.
  if (step > 0 && s.origin.empty()) CountCommit(start.island);
}

void Engine::JudgeAgainstMovedBest(const FileSet& files, const std::string& hash,
                                   std::int64_t attempt, int island, Evaluator& ev,
                                   std::vector<Version>& versions, Measured& m) {
  auto now = run_.lineage(island).Versions();
  if (!now.ok()) {
    SetInfraError("lineage: " + now.status().message());
    return;
  }
  if (now->size() == versions.size()) return;
  // Another slot committed while this candidate was measured: its gain was against a best that
  // is no longer the best. It is judged again against the new best, with the lock held so that
  // the best cannot move a second time. (A candidate rejected against the older best needs no
  // second look: every commit is at least as good as the one before it.)
  const int number = now->back().number;
  versions = std::move(now).value();
  if (auto dup = DuplicateOf(hash, versions)) {
    m.decision.accept = false;
    m.decision.reason =
        fmt::format("rejected: identical to v{}, committed while it was measured", *dup);
    return;
  }
  const Baseline base = BaselineFor(versions, ev, island);
  if (infra_error_) return;
  if (run_.task().gate.paired) {
    // Measured beside the new best: a paired comparison holds only within one measurement.
    m = Measure(files, attempt, versions, base, ev);
  } else {
    // Alone, the candidate's score does not depend on the best: decided again, not measured.
    m.best_on_suite = base.best_scalar;
    m.decision = Decide(m.evaluation, base.best_scalar, run_.task().gate, run_.task().direction);
  }
  m.decision.reason +=
      fmt::format(" ({} v{}, committed while it was measured)",
                  run_.task().gate.paired ? "measured again beside" : "against", number);
}

Verdict Engine::Judge(const Submission& s, std::int64_t step) {
  return Judge(s, step, evaluator_, -1, 0);
}

void Engine::SetInfraError(const std::string& reason) {
  infra_error_ = reason;
  stopping_ = true;
}

Verdict Engine::Judge(const Submission& s, std::int64_t step, Evaluator& ev, int slot, int island) {
  std::unique_lock<std::mutex> lock(mu_);
  Verdict verdict;
  if (infra_error_) {
    // The run is stopping: no further candidate is judged by an untrusted judge.
    verdict.reason = "not judged (infra error): " + *infra_error_;
    return verdict;
  }
  Archive& archive = run_.archive();
  const Stopwatch sw;
  const std::string hash = HashFileSet(s.files);
  // A lineage or archive that fails is the machine's failure: the run stops (infra error).
  Lineage& lineage = run_.lineage(island);
  auto versions = lineage.Versions();
  if (!versions.ok()) {
    SetInfraError("lineage: " + versions.status().message());
    verdict.reason = "not judged (infra error): " + *infra_error_;
    return verdict;
  }
  // A candidate identical to a committed version would only duplicate it.
  if (auto dup = DuplicateOf(hash, *versions)) {
    verdict.reason = fmt::format("rejected: identical to v{}", *dup);
    return verdict;
  }
  AttemptStart start = StartRecord(s, step, *versions);
  start.island = island;
  auto id = archive.BeginAttempt(start);
  if (!id.ok()) {
    SetInfraError("archive: " + id.status().message());
    verdict.reason = "not judged (infra error): " + *infra_error_;
    return verdict;
  }
  verdict.attempt_id = *id;

  Baseline base = BaselineFor(*versions, ev, island);
  SetSlot(slot, "evaluating", step, *id);
  Measured m;
  if (!infra_error_) {
    lock.unlock();  // other slots vary, measure and commit meanwhile
    m = Measure(s.files, *id, *versions, base, ev);
    lock.lock();
  }
  if (m.decision.accept && !infra_error_ && m.evaluation.outcome != Outcome::kInfraError)
    JudgeAgainstMovedBest(s.files, hash, *id, island, ev, *versions, m);
  SetSlot(slot, "varying", step, 0);
  verdict.evaluation = m.evaluation;
  if (verdict.evaluation.outcome == Outcome::kInfraError)
    return NotJudged(verdict, step, start.op, verdict.evaluation.reason);
  if (infra_error_) return NotJudged(verdict, step, start.op, *infra_error_);

  AttemptEnd end = EndRecord(s, hash, m, verdict.evaluation);
  if (m.decision.accept) CommitAccepted(s, step, start, *versions, m, end, verdict);
  end.duration_s = sw.Seconds();
  verdict.reason = end.reason;
  Status st = archive.FinishAttempt(*id, end);
  if (!st.ok()) {
    // A commit made without its record is reconciled by Recover from its Avo-Attempt trailer.
    SetInfraError("archive: " + st.message());
    verdict.reason += " (infra error: " + *infra_error_ + ")";
  }
  Emit(ProgressEvent::Kind::kAttempt, step,
       fmt::format("attempt {} ({}): {}", *id, start.op, verdict.reason));
  return verdict;
}

Status Engine::Open(const std::string& suite, std::uint64_t seed) {
  suite_ = suite.empty() ? run_.task().default_suite : suite;
  if (run_.task().FindSuite(suite_) == nullptr) {
    return Status::InvalidArgument(fmt::format("no suite '{}' in task '{}' (suites: {})", suite_,
                                               run_.task().name,
                                               fmt::join(run_.task().SuiteNames(), ", ")));
  }
  AVO_RETURN_IF_ERROR(LoadState(seed));
  AVO_RETURN_IF_ERROR(Recover());
  AVO_RETURN_IF_ERROR(CheckAgreement(run_));
  AVO_RETURN_IF_ERROR(EnsureSeed(suite_));
  // Every island starts from the seed.
  AVO_ASSIGN_OR_RETURN(const Version x0, run_.lineage(0).Resolve("seed"));
  for (int i = 1; i < run_.islands(); ++i)
    AVO_RETURN_IF_ERROR(run_.lineage(i).StartFrom(x0.commit));
  return SaveIslandState();
}

Result<std::int64_t> Engine::ReserveStep() {
  const std::int64_t step = next_step_;
  AVO_RETURN_IF_ERROR(
      run_.archive().SetState({{"next_step", std::to_string(step + 1)}, {"rng", RngState()}}));
  next_step_ = step + 1;
  return step;
}

std::string Engine::Observe(std::int64_t step, int island) {
  Island& is = islands_.at(static_cast<std::size_t>(island));
  if (is.supervisor == nullptr) return "";
  auto notes = ReadFile(run_.paths().notes());
  auto iv = is.supervisor->Observe(run_.lineage(island), run_.archive(), notes.ok() ? *notes : "",
                                   island);
  if (!iv) return "";
  is.directions = iv->directions;
  // Best effort: the directions already steer this process's next steps; a failed record loses
  // only the history and, on resume, the directions (the supervisor gives new ones).
  IgnoreError(run_.archive().RecordEvent(step, "intervention", iv->trigger,
                                         {{"trigger", iv->trigger},
                                          {"review", iv->review},
                                          {"directions", iv->directions},
                                          {"last_attempt", iv->last_attempt},
                                          {"island", island},
                                          {"cost", CostToJson(iv->cost)}}));
  IgnoreError(
      run_.archive().SetState({{DirectionsKey(island), nlohmann::json(is.directions).dump()}}));
  std::string line = fmt::format("supervisor{}: {}; {} new direction(s)",
                                 run_.islands() > 1 ? fmt::format(" of island {}", island) : "",
                                 iv->trigger, iv->directions.size());
  Emit(ProgressEvent::Kind::kIntervention, step, line);
  return line;
}

Status Engine::SaveStepState() {
  // The counter and the random state are kept together, so that a resumed run neither reuses a
  // step's directory nor replays its random draws.
  return run_.archive().SetState({{"next_step", std::to_string(next_step_)},
                                  {"rng", RngState()},
                                  {"active_s", fmt::format("{:.3f}", ActiveSeconds())}});
}

void Engine::RecordStepCost(std::int64_t step, const AttemptCost& cost) {
  if (cost.tokens_in == 0 && cost.tokens_out == 0 && cost.cost_usd == 0) return;
  // Best effort: a lost record under-counts the run's spending, it changes no version.
  IgnoreError(run_.archive().RecordEvent(
      step, "cost",
      fmt::format("{} tokens in, {} out, {:.4f} USD not carried by an attempt", cost.tokens_in,
                  cost.tokens_out, cost.cost_usd),
      {{"cost", CostToJson(cost)}}));
}

void Engine::NarrowToRunBudget(const RunBudget& run, StepBudget& step) const {
  if (!run.any()) return;
  auto spent = run_.archive().Spent();
  if (!spent.ok()) return;  // StopBeforeStep has said so already
  // A step may spend at most what the run has left, so one long step cannot overshoot by much.
  if (run.tokens > 0) {
    const std::int64_t left =
        std::max<std::int64_t>(1, run.tokens - spent->tokens_in - spent->tokens_out);
    step.tokens = step.tokens > 0 ? std::min(step.tokens, left) : left;
  }
  if (run.cost_usd > 0) {
    const double left = std::max(1e-6, run.cost_usd - spent->cost_usd);
    step.cost_usd = step.cost_usd > 0 ? std::min(step.cost_usd, left) : left;
  }
  if (run.wall_s > 0)
    step.wall_s = std::min(step.wall_s, std::max(1.0, run.wall_s - ActiveSeconds()));
}

std::optional<std::string> Engine::StopBeforeStep(const EvolveOptions& o, int steps_run) const {
  if (o.steps > 0 && steps_run >= o.steps) return fmt::format("ran {} step(s)", steps_run);
  if (o.time_limit_s > 0 && clock_() >= o.time_limit_s) return "time limit reached";
  if (stop_requested && stop_requested()) return "stopped on request";
  if (o.run_budget.any()) {
    auto spent = run_.archive().Spent();
    if (!spent.ok()) return "cannot read the run's spending: " + spent.status().message();
    return RunBudgetReached(o.run_budget, *spent, ActiveSeconds());
  }
  return std::nullopt;
}

StepContext Engine::ContextFor(const EvolveOptions& o, std::int64_t step, Evaluator& ev,
                               int island) {
  StepContext ctx;
  ctx.task = &run_.task();
  ctx.lineage = &run_.lineage(island);
  ctx.archive = &run_.archive();
  ctx.evaluator = &ev;
  ctx.suite = suite_;
  ctx.step = step;
  ctx.rng = &rng_;
  ctx.directions = islands_.at(static_cast<std::size_t>(island)).directions;
  ctx.run_dir = run_.dir();
  ctx.step_dir = run_.paths().step(step).dir();
  ctx.budget = o.budget;
  if (o.time_limit_s > 0)
    ctx.budget.wall_s = std::min(ctx.budget.wall_s, std::max(1.0, o.time_limit_s - clock_()));
  NarrowToRunBudget(o.run_budget, ctx.budget);
  ctx.submit = [this, step, &ev, island](const Submission& s) {
    return Judge(s, step, ev, -1, island);
  };
  ctx.cancelled = [this] { return stopping_.load() || (stop_requested && stop_requested()); };
  return ctx;
}

Status Engine::StopOnInfraError(std::int64_t step) {
  // Best effort: the run stops with the infra error whether or not the archive takes these; the
  // error the caller gets is the one that matters.
  IgnoreError(run_.archive().RecordEvent(step, "infra_error", *infra_error_));
  // The step's directory is used; a resumed run starts after it (and after any step in flight).
  next_step_ = std::max(next_step_, step + 1);
  IgnoreError(SaveStepState());
  Emit(ProgressEvent::Kind::kStop, step, "stopped: " + *infra_error_);
  return Status::Unavailable(*infra_error_);
}

void Engine::SetSlot(int slot, const std::string& state, std::int64_t step, std::int64_t attempt) {
  if (slot < 0 || slot >= static_cast<int>(slots_.size())) return;
  SlotState& st = slots_[static_cast<std::size_t>(slot)];
  st.state = state;
  st.step = step;
  st.attempt = attempt;
  st.since = NowIso8601();
  nlohmann::json list = nlohmann::json::array();
  for (const SlotState& x : slots_) {
    list.push_back({{"slot", x.slot},
                    {"state", x.state},
                    {"step", x.step},
                    {"attempt", x.attempt},
                    {"since", x.since}});
  }
  // Best effort, and not synced to disk (it changes several times a step): the file only
  // informs `avo status`; the run's record is the archive. Renamed into place, so that a reader
  // never sees half of it.
  const std::filesystem::path tmp = run_.paths().slots().string() + ".tmp";
  if (WriteFile(tmp, nlohmann::json({{"pid", getpid()}, {"slots", list}}).dump(1)).ok()) {
    std::error_code ec;
    std::filesystem::rename(tmp, run_.paths().slots(), ec);
  }
}

bool Engine::EndStep(const EvolveOptions& o, std::int64_t step, int island,
                     const Result<StepReport>& report, Loop& loop) {
  std::string line;
  if (report.ok()) {
    RecordStepCost(step, report->cost);
    loop.operator_errors = 0;
    if (report->committed) ++loop.commits;
    // Submissions were reported as attempts already; say something only for a silent step.
    if (report->submissions == 0) line = report->summary;
    loop.idle_steps = report->submissions == 0 ? loop.idle_steps + 1 : 0;
  } else {
    ++loop.operator_errors;
    line = "operator error: " + report.status().message();
    // Best effort: the error reaches the caller through the progress line and, after
    // max_operator_errors, the returned Status.
    IgnoreError(run_.archive().RecordEvent(step, "operator_error", report.status().message()));
  }
  ++loop.steps_run;
  if (Status st = SaveStepState(); !st.ok()) {
    loop.error = st;
    return false;
  }
  if (!line.empty()) Emit(ProgressEvent::Kind::kStepEnd, step, line);
  if (loop.idle_steps >= o.max_idle_steps) {
    // A finite search space (knobs) can be exhausted; spinning on it would only burn time.
    loop.stop_reason =
        fmt::format("the operator proposed nothing new in {} steps", loop.idle_steps);
    return false;
  }
  if (loop.operator_errors >= o.max_operator_errors) {
    loop.error = Status::Unavailable(fmt::format("{} steps in a row failed; last: {}",
                                                 loop.operator_errors, report.status().message()));
    return false;
  }
  Observe(step, island);
  return true;
}

void Engine::CountCommit(int island) {
  if (run_.islands() < 2 || migrate_every_ <= 0) return;
  Island& is = islands_.at(static_cast<std::size_t>(island));
  if (++is.commits_since_migration >= migrate_every_) {
    is.commits_since_migration = 0;
    migrations_.emplace_back(island, (island + 1) % run_.islands());  // the ring
  }
  // Best effort: a lost record delays a migration after a resume; it changes no version.
  IgnoreError(SaveIslandState());
}

Status Engine::SaveIslandState() {
  if (run_.islands() < 2) return Status::Ok();  // the one lineage has no turns nor migrations
  nlohmann::json since = nlohmann::json::array(), pending = nlohmann::json::array();
  for (const Island& is : islands_) since.push_back(is.commits_since_migration);
  // A migration being judged stays pending until its verdict: a kill loses none.
  for (const auto& [from, to] : migrating_) pending.push_back({from, to});
  for (const auto& [from, to] : migrations_) pending.push_back({from, to});
  return run_.archive().SetState({{"migration", nlohmann::json({{"every", migrate_every_},
                                                                {"since", since},
                                                                {"pending", pending},
                                                                {"turn", island_turn_}})
                                                    .dump()}});
}

Result<StepReport> Engine::Migrate(std::unique_lock<std::mutex>& lock, std::int64_t step,
                                   Evaluator& ev, int slot, int from, int to) {
  AVO_ASSIGN_OR_RETURN(auto source, run_.lineage(from).Head());
  AVO_ASSIGN_OR_RETURN(auto target, run_.lineage(to).Head());
  if (!source || !target) return Status::Internal("migration between islands without a seed");
  AVO_ASSIGN_OR_RETURN(FileSet files, run_.lineage(from).Files(source->commit));
  Submission s;
  s.files = std::move(files);
  s.origin = fmt::format("island {} v{}", from, source->number);
  s.by = "migration";
  s.parent_version = target->number;
  s.message = fmt::format("migrant: island {}'s best v{} ({:.4g} {}) offered to island {}\n\n{}",
                          from, source->number, source->scalar, run_.task().unit, to,
                          source->message.substr(0, source->message.find("\nGate:")));
  SetSlot(slot, "migrating", step, 0);
  lock.unlock();
  Verdict v = Judge(s, step, ev, slot, to);
  lock.lock();
  IgnoreError(run_.archive().RecordEvent(
      step, "migration",
      fmt::format("island {} v{} to island {}: {}", from, source->number, to, v.reason),
      {{"from", from},
       {"to", to},
       {"version", source->number},
       {"attempt", v.attempt_id},
       {"committed", v.committed}}));
  if (!v.committed && v.attempt_id > 0 && !infra_error_) {
    // Beaten on its new island, the migrant still reaches that island's operator as an example:
    // one line in its directions (which an agent reads in its brief), the latest migrant only.
    auto& directions = islands_.at(static_cast<std::size_t>(to)).directions;
    std::erase_if(directions, [](const std::string& d) { return d.rfind(kMigrantNote, 0) == 0; });
    directions.push_back(
        fmt::format("{} island {}'s best v{} ({:.4g} {}) did not beat this "
                    "island's best here; what it did: {}",
                    kMigrantNote, from, source->number, source->scalar, run_.task().unit,
                    FirstLine(source->summary)));
    IgnoreError(run_.archive().SetState({{DirectionsKey(to), nlohmann::json(directions).dump()}}));
  }
  // A migrant identical to one of the target's versions makes no attempt: say so here, and
  // count the step as a submission all the same (the engine's own, not an idle operator's).
  if (v.attempt_id == 0)
    Emit(ProgressEvent::Kind::kStepEnd, step,
         fmt::format("migration from island {}: {}", from, v.reason));
  StepReport report;
  report.submissions = 1;
  report.committed = v.committed;
  return report;
}

Result<StepReport> Engine::MigrationStep(std::unique_lock<std::mutex>& lock, const StepRun& r,
                                         int& island) {
  // A due migration takes the step: the migrant is judged on its target island.
  const auto [from, to] = migrations_.front();
  migrations_.pop_front();
  migrating_.emplace_back(from, to);
  island = to;
  Emit(ProgressEvent::Kind::kStepStart, r.step,
       fmt::format("step {} (migration island {} -> {}{})", r.step, from, to,
                   r.parallel ? ", " + r.w.slot : ""));
  auto report = Migrate(lock, r.step, *r.w.evaluator, r.slot, from, to);
  if (!infra_error_) {  // judged: done (else it stays pending for the resumed run)
    migrating_.erase(std::find(migrating_.begin(), migrating_.end(), std::pair{from, to}));
    IgnoreError(SaveIslandState());
  }
  return report;
}

Result<StepReport> Engine::VaryStep(std::unique_lock<std::mutex>& lock, const StepRun& r,
                                    int& island) {
  // Variation steps go round the islands; migrations, which take steps too, do not shift the
  // turn (else one island could get every variation step).
  const int islands = run_.islands();
  island = static_cast<int>(island_turn_++ % islands);
  IgnoreError(SaveIslandState());
  Emit(ProgressEvent::Kind::kStepStart, r.step,
       fmt::format("step {} ({}{}{})", r.step, r.w.op->name(),
                   islands > 1 ? fmt::format(", island {}", island) : "",
                   r.parallel ? ", " + r.w.slot : ""));
  StepContext ctx = ContextFor(r.o, r.step, *r.w.evaluator, island);
  std::mt19937_64 rng;
  if (r.parallel) {
    rng.seed(r.seed);
    ctx.rng = &rng;
    ctx.lineage = &r.reader->lineage(island);
    ctx.archive = &r.reader->archive();
  }
  ctx.submit = [this, step = r.step, &w = r.w, slot = r.slot, island](const Submission& s) {
    return Judge(s, step, *w.evaluator, slot, island);
  };
  SetSlot(r.slot, "varying", r.step, 0);
  lock.unlock();
  auto report = r.w.op->Vary(ctx);
  lock.lock();
  return report;
}

void Engine::RunWorker(const EvolveOptions& o, const Worker& w, int slot, bool parallel,
                       Loop& loop) {
  // In parallel the operator reads the run through handles of its own (a second SQLite
  // connection, a second libgit2 repository), so that it never shares one with a commit.
  std::unique_ptr<Run> reader;
  if (parallel) {
    auto r = Run::Open(run_.dir(), false);
    std::lock_guard<std::mutex> lock(mu_);
    if (!r.ok()) {
      loop.error = r.status().WithContext("slot " + w.slot);
      return;
    }
    reader = std::move(r).value();
  }
  std::unique_lock<std::mutex> lock(mu_);
  while (!loop.stop_reason && !loop.error && !infra_error_) {
    if (auto why = StopBeforeStep(o, loop.started)) {
      loop.stop_reason = *why;
      break;
    }
    const std::int64_t step = next_step_++;
    ++loop.started;
    // Each parallel step draws from a generator seeded from the run's, drawn before the state is
    // kept: the run's random state stays one sequence however the steps interleave, and a
    // resumed run does not replay a killed step's draws.
    const std::uint64_t step_seed = parallel ? rng_() : 0;
    // The counter is kept ahead of every step in flight: a resumed run reuses no step's
    // directory, whichever of them a kill interrupted.
    if (Status st = SaveStepState(); !st.ok()) {
      loop.error = st;
      break;
    }
    StepRun sr{o, w, slot, parallel, reader.get(), step, step_seed};
    int island = 0;
    Result<StepReport> report =
        migrations_.empty() ? VaryStep(lock, sr, island) : MigrationStep(lock, sr, island);
    SetSlot(slot, "idle", 0, 0);
    // The judge cannot be trusted: stop before anything else happens in this run.
    if (infra_error_) {
      if (report.ok()) RecordStepCost(step, report->cost);   // what it spent is still counted
      if (!loop.error) loop.error = StopOnInfraError(step);  // the first worker to see it
      break;
    }
    if (!EndStep(o, step, island, report, loop)) break;
  }
}

Result<EvolveSummary> Engine::Evolve(const EvolveOptions& o) {
  AVO_RETURN_IF_ERROR(Open(o.suite, o.seed));
  std::vector<Worker> workers = workers_;
  if (workers.empty()) workers.push_back({evaluator_.Describe(), &evaluator_, &op_});
  {
    std::lock_guard<std::mutex> lock(mu_);
    slots_.clear();
    for (const Worker& w : workers) slots_.push_back({w.slot, "idle", 0, 0, NowIso8601()});
    SetSlot(0, "idle", 0, 0);
  }
  Loop loop;
  if (workers.size() == 1) {
    RunWorker(o, workers[0], 0, false, loop);
  } else {
    std::vector<std::thread> threads;
    threads.reserve(workers.size());
    for (std::size_t i = 0; i < workers.size(); ++i) {
      // An exception escaping a thread would end the process without a word: it ends the loop
      // with one line instead, as the single worker's reaches main.
      threads.emplace_back([this, &o, &workers, &loop, i] {
        try {
          RunWorker(o, workers[i], static_cast<int>(i), true, loop);
        } catch (const std::exception& e) {
          std::lock_guard<std::mutex> lock(mu_);
          if (!loop.error) {
            loop.error = Status::Internal(fmt::format("slot {}: {}", workers[i].slot, e.what()));
          }
          stopping_ = true;  // the other workers stop at their next step
        }
      });
    }
    for (auto& t : threads) t.join();
  }
  std::error_code ec;
  std::filesystem::remove(run_.paths().slots(), ec);
  if (loop.error) return *loop.error;

  EvolveSummary summary;
  summary.steps_run = loop.steps_run;
  summary.commits = loop.commits;
  summary.stop_reason = loop.stop_reason.value_or("stopped");
  if (auto best = BestOfAll()) {
    summary.best_version = best->number;
    summary.best_scalar = best->scalar;
  }
  Emit(ProgressEvent::Kind::kStop, next_step_, summary.stop_reason);
  return summary;
}

}  // namespace avo
