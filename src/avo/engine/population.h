// The islands of a run (engine.h, "Populations"): whose turn a variation step is, which
// migrations are due or being judged, each island's supervisor and directions, and the best over
// every island. It proposes migrants; the judge (engine/judge.h) judges them. One island, the
// AVO paper's single lineage, is the default; it has no turns nor migrations to keep.
//
// Not thread-safe: the engine calls it under the run mutex.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "avo/archive/run_state.h"
#include "avo/engine/run.h"
#include "avo/operators/operator.h"
#include "avo/supervisor/supervisor.h"

namespace avo {

struct Island {
  Supervisor* supervisor = nullptr;     // nullptr: none
  std::vector<std::string> directions;  // the supervisor's latest, for this island's steps
  int commits_since_migration = 0;
};

// A migrant: island `from`'s best offered to island `to`.
struct Migrant {
  int from = 0, to = 0;
  Version source;         // the best of `from` it carries
  Submission submission;  // what the judge gets
};

class Population {
 public:
  static constexpr int kDefaultMigrateEvery = 4;
  explicit Population(Supervisor* supervisor) : islands_(1) { islands_[0].supervisor = supervisor; }

  // `count` islands (0: the run's own) with a migration every `migrate_every` commits of an
  // island (0: never; -1: the run's cadence, else kDefaultMigrateEvery); supervisors[i] watches
  // island i. Before Load.
  void Configure(int count, int migrate_every, std::vector<Supervisor*> supervisors);
  // Takes the run's recorded population, opens its islands and records a new population's size.
  // InvalidArgument when Configure asked for another count than the run was begun with.
  Status Load(Run& run, const RunState& state);
  // Saves turns and migrations (populations only). Best effort for callers that go on.
  Status Save(Archive& archive) const;

  [[nodiscard]] int size() const { return static_cast<int>(islands_.size()); }
  Island& island(int i) { return islands_.at(static_cast<std::size_t>(i)); }
  [[nodiscard]] const Island& island(int i) const {
    return islands_.at(static_cast<std::size_t>(i));
  }
  // The island of the next variation step (migrations do not shift the turn).
  int NextTurn();
  [[nodiscard]] bool MigrationDue() const { return !due_.empty(); }
  // The next due migration, now being judged (it stays recorded as pending until Judged).
  std::optional<std::pair<int, int>> TakeMigration();
  // A migration's verdict is in: it is no longer pending.
  void Judged(std::pair<int, int> migration);
  // Counts a commit on `island` and queues a migration to the next island of the ring when due.
  void CountCommit(int island);
  // The migrant of `from` for `to`, as a submission on `to`.
  static Result<Migrant> ProposeMigrant(Run& run, int from, int to);
  // A migrant was kept out: it reaches the target's operator as an example (the latest only) in
  // its directions, which are saved.
  void KeptOut(Run& run, const Migrant& m);
  // The best version over every island (nullopt: no lineage has a version).
  static std::optional<Version> BestOfAll(Run& run);

 private:
  std::vector<Island> islands_;
  int requested_ = 0;  // Configure's count; 0: whatever the run has
  int migrate_every_ = -1;
  std::deque<std::pair<int, int>> due_;       // (from, to), oldest first
  std::vector<std::pair<int, int>> judging_;  // being judged now
  std::int64_t turn_ = 0;  // variation steps so far: the next one's island is this mod K
};

}  // namespace avo
