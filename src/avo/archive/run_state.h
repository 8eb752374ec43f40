// The run's state (the archive's run_state table) as one typed value. Every key is spelled here
// and nowhere else, with the encoding runs have always had, so that existing runs resume and
// imported archives read the same (docs/archive-schema.md lists these keys; a test holds the two
// equal). Readers take the whole state in one read (LoadRunState); writers save the part they
// own, each part in one transaction, so the crash-safe order of docs/architecture.md holds.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "avo/archive/archive.h"
#include "avo/util/status.h"

namespace avo {

// Where the islands of a population stand in their migration cadence (key `migration`).
struct MigrationState {
  int every = 0;           // commits of an island between migrations; 0: never; -1: not recorded
  std::vector<int> since;  // per island: commits since its last migration
  std::vector<std::pair<int, int>> pending;  // (from, to) due or being judged, oldest first
  std::int64_t turn = 0;                     // variation steps so far (the next island: turn mod K)
};

struct RunState {
  std::optional<std::int64_t> next_step;  // the next step number; absent before the first start
  std::optional<std::string> rng;         // the run's random engine, as operator<< writes it
  std::optional<std::uint64_t> seed;      // the seed the run began with
  double active_s = 0;                    // seconds of stepping over every invocation
  std::optional<int> islands;             // the population's size; absent for one lineage
  std::optional<MigrationState> migration;
  std::map<int, std::vector<std::string>> directions;  // island -> its supervisor's latest
  std::optional<std::string> open_step;  // JSON of the step `avo step` holds open; "" closed
  // The [exec] command an import brought and the user has not accepted yet ("" once accepted):
  // the exec operator does not run it until they do (engine/assemble_evolve.h).
  std::string exec_pending;
  // The same for the [llm] endpoint an import brought (where requests go, with which
  // environment variable's key): nothing is sent to it until the user accepts it.
  std::string llm_pending;
};

// Reads every key in one read. Internal for a value that is not in its encoding (a damaged
// archive), naming the key.
Result<RunState> LoadRunState(const Archive& archive);

// The step counter and the random state, together (and the stepping seconds, when given): what a
// resumed run needs so that it neither reuses a step's directory nor replays its draws.
std::map<std::string, std::string> StepCounterEntries(std::int64_t next_step,
                                                      const std::string& rng,
                                                      std::optional<double> active_s);
Status SaveStepCounter(Archive& archive, std::int64_t next_step, const std::string& rng,
                       std::optional<double> active_s = std::nullopt);
// A new run's first state: its seed, the random engine seeded with it, step 1 next.
Status SaveFirstState(Archive& archive, std::uint64_t seed, const std::string& rng);
Status SaveIslandCount(Archive& archive, int islands);
Status SaveMigration(Archive& archive, const MigrationState& migration);
Status SaveDirections(Archive& archive, int island, const std::vector<std::string>& directions);
// `json` is the open step's record; empty closes it.
Status SaveOpenStep(Archive& archive, const std::string& json);
// `command` awaits the user's acceptance; empty: accepted.
Status SaveExecPending(Archive& archive, const std::string& command);
// `endpoint` (as DescribeEndpoint writes it) awaits the user's acceptance; empty: accepted.
Status SaveLlmPending(Archive& archive, const std::string& endpoint);

// Each key as docs/archive-schema.md lists it (`directions-<i>` stands for islands 1 and up).
const std::vector<std::string>& RunStateKeys();

}  // namespace avo
