#include "avo/supervisor/supervisor.h"

#include <fmt/format.h>

#include <map>

#include "avo/util/time.h"

namespace avo {

Supervisor::Supervisor(SupervisorConfig config, std::unique_ptr<Reviewer> reviewer)
    : config_(config), reviewer_(std::move(reviewer)) {}

std::string Supervisor::Detect(const std::vector<AttemptRecord>& attempts, std::int64_t now_unix,
                               std::int64_t last_commit_unix) const {
  int since_commit = 0, rejected_run = 0;
  bool rejected_streak = true;
  std::map<std::string, int> failing_messages;
  int repeated = 0;
  for (const auto& a : attempts) {
    if (a.status == "committed") break;
    if (a.status == "interrupted") continue;
    ++since_commit;
    if (rejected_streak && a.status == "rejected" && a.correct)
      ++rejected_run;
    else
      rejected_streak = false;
    if (a.status == "failed" || (a.status == "rejected" && !a.correct)) {
      repeated = std::max(repeated, ++failing_messages[a.reason]);
    }
  }
  if (since_commit >= config_.no_commit_evaluations) {
    return fmt::format("no commit in the last {} attempts", since_commit);
  }
  if (rejected_run >= config_.rejected_in_a_row) {
    return fmt::format("{} correct candidates in a row were rejected by the gate", rejected_run);
  }
  if (repeated >= config_.repeated_failures) {
    return fmt::format("the same failure repeated {} times since the last commit", repeated);
  }
  const double minutes = static_cast<double>(now_unix - last_commit_unix) / 60.0;
  if (last_commit_unix > 0 && since_commit > 0 && minutes >= config_.no_commit_minutes) {
    return fmt::format("no commit for {:.0f} minutes", minutes);
  }
  return "";
}

std::optional<Intervention> Supervisor::Observe(const Lineage& lineage, const Archive& archive,
                                                const std::string& notes, int island,
                                                const std::function<bool()>& cancelled) {
  // An island's supervisor watches that island alone: its attempts, its interventions (few: all
  // of them are read, then the island's kept).
  auto attempts = archive.Attempts(200, island);
  auto versions = lineage.Versions();
  auto all_past = archive.Events("intervention");
  if (!attempts.ok() || !versions.ok() || !all_past.ok()) return std::nullopt;
  std::optional<std::vector<EventRecord>> past(std::in_place);
  for (auto& e : *all_past) {
    if (e.data.value("island", 0) == island && past->size() < 50) past->push_back(std::move(e));
  }
  if (attempts->empty()) return std::nullopt;
  // State comes from the archive, so a resumed run remembers its earlier interventions.
  std::int64_t last_commit_attempt = 0;
  for (const auto& a : *attempts) {
    if (a.status == "committed") {
      last_commit_attempt = a.id;
      break;
    }
  }
  std::int64_t last_iv_attempt = 0;
  int since_commit = 0;
  for (const auto& e : *past) {
    const std::int64_t at = e.data.value("last_attempt", std::int64_t{0});
    last_iv_attempt = std::max(last_iv_attempt, at);
    if (at > last_commit_attempt) ++since_commit;
  }
  // Give each set of directions time to work, and more time after each one that did not lead to
  // a commit: the same advice repeated every few attempts is noise.
  const std::int64_t cooldown = static_cast<std::int64_t>(config_.cooldown_attempts)
                                << std::min(since_commit, 5);
  std::vector<AttemptRecord> window;  // this island's attempts since the last intervention
  for (const auto& a : *attempts) {
    if (a.id <= last_iv_attempt) break;
    window.push_back(a);
  }
  if (last_iv_attempt > 0 && static_cast<std::int64_t>(window.size()) < cooldown)
    return std::nullopt;
  const std::int64_t last_commit = versions->empty() ? 0 : versions->back().time;
  std::string trigger = Detect(window, NowUnixSeconds(), last_commit);
  if (trigger.empty()) return std::nullopt;
  Trajectory t{*versions, *attempts, notes, trigger, cancelled};
  auto review = reviewer_->Review(t);
  Intervention iv;
  if (review.ok()) {
    iv = std::move(review).value();
  } else {
    // A failed LLM review must not stall the run: fall back to the history alone.
    HistoryReviewer fallback;
    auto r = fallback.Review(t);
    if (r.ok()) iv = std::move(r).value();
    iv.review = "reviewer failed (" + review.status().message() + "); " + iv.review;
  }
  iv.trigger = trigger;
  iv.last_attempt = attempts->front().id;
  return iv;
}

Result<Intervention> HistoryReviewer::Review(const Trajectory& t) {
  Intervention iv;
  std::map<std::string, int> by_status;
  int incorrect = 0, build_failed = 0;
  for (const auto& a : t.attempts) {
    ++by_status[a.status];
    if (a.outcome == "build_failed") ++build_failed;
    if (a.outcome == "scored" && !a.correct) ++incorrect;
  }
  iv.review = fmt::format(
      "{} versions; last {} attempts: {} committed, {} rejected, {} failed ({} build failures, {} "
      "incorrect)",
      t.versions.size(), t.attempts.size(), by_status["committed"], by_status["rejected"],
      by_status["failed"], build_failed, incorrect);
  if (build_failed * 3 >= static_cast<int>(t.attempts.size())) {
    iv.directions.push_back(
        "Many candidates do not compile: make smaller edits and compile after each one.");
  }
  if (incorrect * 3 >= static_cast<int>(t.attempts.size())) {
    iv.directions.push_back(
        "Many candidates are incorrect: check masking, tails and synchronisation before speed.");
  }
  iv.directions.push_back(
      "Move away from the recent line of changes: vary a different part of the best version.");
  iv.directions.push_back("Try a larger structural change instead of small parameter tweaks.");
  if (t.versions.size() > 2) {
    iv.directions.push_back(
        "Revisit an older version's idea that was superseded and combine it with the best.");
  }
  return iv;
}

}  // namespace avo
