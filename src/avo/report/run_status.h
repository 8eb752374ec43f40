// One view of a run, behind `avo status`, `avo log --json` and `avo report`: where the run
// stands (its best over every island, each island's head, the attempts, what it spent), and one
// JSON form of an attempt. Read-only: gathered from a run's task, lineages and archive without
// its lock, so it works while an evolve writes the run.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/archive/archive.h"
#include "avo/lineage/lineage.h"
#include "avo/task/task.h"
#include "avo/util/status.h"

namespace avo {

// The best of some versions in the task's direction (the first of equals); nullptr if none.
const Version* BestOf(const std::vector<Version>& versions, Direction direction);

struct IslandStatus {
  int island = 0;
  std::string branch;
  std::size_t versions = 0;
  std::int64_t attempts = 0;
  std::optional<Version> head;  // the island's best (the gate keeps the head the best)
};

struct RunStatus {
  std::string run, task, unit;
  std::size_t versions = 0;  // in the run's lineage (island 0)
  std::int64_t next_step = 1;
  double active_s = 0;                  // seconds of stepping, every invocation
  std::vector<AttemptRecord> attempts;  // newest first, every island's
  std::size_t interventions = 0;
  AttemptCost spent;            // every LLM call of the run (Archive::Spent)
  std::optional<Version> best;  // the best over every island
  int best_island = 0;
  double seed_scalar = 0;
  std::vector<IslandStatus> islands;  // one per island, island 0 first
};

// `lineages[i]` is island i's (at least one). Errors are the lineages' or the archive's.
Result<RunStatus> ReadRunStatus(const std::string& run, const TaskSpec& task,
                                const std::vector<const Lineage*>& lineages,
                                const Archive& archive);

// `avo status --json` without what the caller knows (busy, slots, budget): run, task, versions,
// next_step (a string, as the archive keeps it), attempts, attempts_by_status, interventions,
// tokens_in, tokens_out, cost_usd, active_s, best {version, scalar, unit, commit, seed_scalar,
// island}, islands (a population only: island, branch, versions, attempts, best) and
// last_attempt {id, status, reason}.
nlohmann::json RunStatusJson(const RunStatus& s);

// One island's entry: island, branch, versions, attempts, best {version, scalar} (its head).
nlohmann::json IslandJson(const IslandStatus& is);

// One attempt as every command shows it: id, step, island, operator, parent_version, status,
// outcome, correct, scalar, reason, message, version, duration_s, cost, started_at.
nlohmann::json AttemptJson(const AttemptRecord& a);

}  // namespace avo
