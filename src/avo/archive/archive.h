// The archive: a SQLite database (RUN/archive.db) recording every attempt, committed or not --
// build failures, timeouts, crashes, rejections -- with its evaluation, diff, logs, durations,
// tokens and cost; the events of the run (supervisor interventions, resumes); and the run's state
// (step counter, random state). Schema: docs/archive-schema.md. A person queries it with sqlite3.
//
// Durability: WAL journal with synchronous=FULL, and every step's outcome and the run state it
// implies are written in one transaction, so kill -9 at any instant leaves either the step done or
// the step not done, never half.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/score/evaluation.h"
#include "avo/util/status.h"

namespace SQLite {
class Database;
}

namespace avo {

inline constexpr int kArchiveSchemaVersion = 1;

// Why an attempt ended as it did. Stored as text.
enum class AttemptStatus { kRunning, kCommitted, kRejected, kFailed, kInterrupted };
const char* AttemptStatusName(AttemptStatus s);

struct AttemptCost {
  std::int64_t tokens_in = 0;
  std::int64_t tokens_out = 0;
  double cost_usd = 0;
};

// {"tokens_in", "tokens_out", "cost_usd"}: how an event's data carries a cost (Archive::Spent).
nlohmann::json CostToJson(const AttemptCost& cost);

struct AttemptStart {
  std::int64_t step = 0;
  std::string op;           // operator name: "mutate", "agent", ...
  int parent_version = -1;  // -1: none (the seed)
  std::string parent_commit;
  std::string message;  // the operator's account of the change
  std::string diff;     // against the parent
  int island = 0;       // the lineage it is judged for (0: the run's one lineage)
};

struct AttemptEnd {
  AttemptStatus status = AttemptStatus::kFailed;
  std::string reason;                      // the gate's or the failure's one-line reason
  const Evaluation* evaluation = nullptr;  // may be null (operator error before evaluation)
  // The paired gate's evidence (score/paired.h PairedToJson), null when it did not decide, and
  // the best version's geomean measured beside the candidate.
  nlohmann::json paired;
  std::optional<double> paired_best;
  std::string commit;  // set when committed
  int version = -1;    // set when committed
  AttemptCost cost;
  std::string transcript;  // path relative to the run directory
  double duration_s = 0;
  std::string candidate_hash;  // HashFileSet of the candidate; remembered as tried
};

struct AttemptRecord {
  std::int64_t id = 0;
  std::int64_t step = 0;
  std::string op;
  int parent_version = -1;
  std::string status;
  std::string outcome;
  bool correct = false;
  double scalar = 0;
  std::string reason;
  std::string message;
  std::string commit;
  int version = -1;
  double duration_s = 0;
  AttemptCost cost;
  std::string started_at;
  nlohmann::json paired;  // as AttemptEnd::paired
  std::optional<double> paired_best;
  int island = 0;
};

struct EventRecord {
  std::int64_t id = 0;
  std::string time;
  std::int64_t step = 0;
  std::string kind;  // "resume", "intervention", "operator_error", ...
  std::string message;
  nlohmann::json data;
};

class Archive {
 public:
  static Result<std::unique_ptr<Archive>> Open(const std::filesystem::path& db_path);
  // For readers (status, log, show): creates and writes nothing, and works on a run whose files
  // or directory are read-only (then through SQLite's immutable mode: no concurrent writer can
  // exist there). NotFound when the file is missing; InvalidArgument on another schema version.
  static Result<std::unique_ptr<Archive>> OpenReadOnly(const std::filesystem::path& db_path);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  Result<std::int64_t> BeginAttempt(const AttemptStart& start);
  // Finishes an attempt and, in the same transaction, writes `state` into the run state.
  Status FinishAttempt(std::int64_t id, const AttemptEnd& end,
                       const std::map<std::string, std::string>& state = {});
  // Marks attempts left 'running' by a killed process as 'interrupted'; returns their ids.
  Result<std::vector<std::int64_t>> InterruptRunning();

  Status RecordEvent(std::int64_t step, const std::string& kind, const std::string& message,
                     const nlohmann::json& data = nlohmann::json::object());

  // The run_state table, key by key. Its keys and their encodings are archive/run_state.h's:
  // callers outside archive/ read and write the run's state through RunState.
  Result<std::optional<std::string>> GetState(const std::string& key) const;
  Status SetState(const std::map<std::string, std::string>& values);
  // Every row of the run_state table, in one read.
  [[nodiscard]] Result<std::map<std::string, std::string>> States() const;

  // One LLM call's cost, recorded as the call returns (the spending ledger), so that what a step
  // spent survives the step being killed: a run's budget then holds across kill -9.
  Status RecordSpending(std::int64_t step, const AttemptCost& cost);

  // Everything the run's LLM calls cost: the ledger, plus, for steps with nothing in it (steps of
  // operators that report their cost only at the end, and runs made before the ledger), the
  // attempts' costs and the step's "cost" event; plus every other event whose data has a "cost"
  // (a supervisor's review).
  [[nodiscard]] Result<AttemptCost> Spent() const;

  // Newest first; limit <= 0 means all.
  // `island`: only that island's attempts (a population, engine.h); needs a written archive.
  [[nodiscard]] Result<std::vector<AttemptRecord>> Attempts(
      int limit = 0, std::optional<int> island = std::nullopt) const;
  [[nodiscard]] Result<AttemptRecord> Attempt(std::int64_t id) const;
  // The value of each configuration the attempt was scored on, by configuration name.
  [[nodiscard]] Result<std::map<std::string, double>> ConfigValues(std::int64_t attempt_id) const;
  [[nodiscard]] Result<std::vector<EventRecord>> Events(const std::string& kind = "",
                                                        int limit = 0) const;
  // Whether some attempt already tried this exact candidate (by content hash; FinishAttempt
  // records it).
  [[nodiscard]] Result<bool> SeenCandidate(const std::string& content_hash) const;
  // Integrity check result: "ok" or SQLite's complaint.
  [[nodiscard]] Result<std::string> IntegrityCheck() const;

 private:
  Archive() = default;
  std::unique_ptr<SQLite::Database> db_;
};

}  // namespace avo
