#include "avo/archive/archive.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "avo/archive/read_connection.h"
#include "avo/util/time.h"

namespace avo {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS run_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
  id             INTEGER PRIMARY KEY,
  step           INTEGER NOT NULL,
  operator       TEXT NOT NULL,
  parent_version INTEGER,
  parent_commit  TEXT,
  status         TEXT NOT NULL,
  outcome        TEXT,
  suite          TEXT,
  correct        INTEGER,
  scalar         REAL,
  unit           TEXT,
  paired_best    REAL,
  paired         TEXT,
  reason         TEXT,
  message        TEXT,
  diff           TEXT,
  build_log      TEXT,
  eval_log       TEXT,
  build_s        REAL,
  eval_s         REAL,
  duration_s     REAL,
  tokens_in      INTEGER NOT NULL DEFAULT 0,
  tokens_out     INTEGER NOT NULL DEFAULT 0,
  cost_usd       REAL NOT NULL DEFAULT 0,
  transcript     TEXT,
  commit_id      TEXT,
  version        INTEGER,
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  island         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS attempts_status ON attempts(status);
CREATE TABLE IF NOT EXISTS results (
  attempt_id INTEGER NOT NULL REFERENCES attempts(id),
  config     TEXT NOT NULL,
  correct    INTEGER NOT NULL,
  value      REAL NOT NULL,
  unit       TEXT,
  errors     TEXT,
  samples    TEXT,
  baselines  TEXT,
  message    TEXT,
  PRIMARY KEY (attempt_id, config)
);
CREATE TABLE IF NOT EXISTS events (
  id      INTEGER PRIMARY KEY,
  time    TEXT NOT NULL,
  step    INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  message TEXT NOT NULL,
  data    TEXT
);
CREATE TABLE IF NOT EXISTS spending (
  id         INTEGER PRIMARY KEY,
  time       TEXT NOT NULL,
  step       INTEGER NOT NULL,
  tokens_in  INTEGER NOT NULL,
  tokens_out INTEGER NOT NULL,
  cost_usd   REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS candidates (
  hash       TEXT PRIMARY KEY,
  attempt_id INTEGER NOT NULL
);
)sql";

// Logs are kept to a bounded size: head and tail, as a person reads them.
std::string Truncate(const std::string& s, std::size_t cap = std::size_t{64} * 1024) {
  if (s.size() <= cap) return s;
  return s.substr(0, cap / 2) + "\n[... truncated ...]\n" + s.substr(s.size() - cap / 2);
}

template <typename F>
Status Guard(const char* what, F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    return Status::IoError(std::string("archive: ") + what + ": " + e.what());
  }
}

void WriteState(SQLite::Database& db, const std::map<std::string, std::string>& values) {
  SQLite::Statement s(db, "INSERT OR REPLACE INTO run_state(key, value) VALUES(?, ?)");
  for (const auto& [k, v] : values) {
    s.bind(1, k);
    s.bind(2, v);
    s.exec();
    s.reset();
  }
}

void InsertCandidate(SQLite::Database& db, const std::string& hash, std::int64_t attempt_id) {
  SQLite::Statement q(db, "INSERT OR IGNORE INTO candidates(hash, attempt_id) VALUES(?, ?)");
  q.bind(1, hash);
  q.bind(2, attempt_id);
  q.exec();
}

// Columns added since schema version 1 was first written: additive, so an archive made before
// them gains them on open (older avo versions read it unchanged, SELECT * names columns).
void AddMissingColumns(SQLite::Database& db) {
  const std::pair<const char*, const char*> added[] = {{"paired", "TEXT"},
                                                       {"island", "INTEGER NOT NULL DEFAULT 0"}};
  for (const auto& [name, type] : added) {
    SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info('attempts') WHERE name=?");
    q.bind(1, name);
    if (!q.executeStep())
      db.exec(std::string("ALTER TABLE attempts ADD COLUMN ") + name + " " + type);
  }
}

AttemptRecord ReadAttempt(SQLite::Statement& q) {
  AttemptRecord r;
  r.id = q.getColumn("id").getInt64();
  r.step = q.getColumn("step").getInt64();
  r.op = q.getColumn("operator").getString();
  r.parent_version =
      q.getColumn("parent_version").isNull() ? -1 : q.getColumn("parent_version").getInt();
  r.status = q.getColumn("status").getString();
  r.outcome = q.getColumn("outcome").getString();
  r.correct = q.getColumn("correct").getInt() != 0;
  r.scalar = q.getColumn("scalar").getDouble();
  r.reason = q.getColumn("reason").getString();
  r.message = q.getColumn("message").getString();
  r.commit = q.getColumn("commit_id").getString();
  r.version = q.getColumn("version").isNull() ? -1 : q.getColumn("version").getInt();
  r.duration_s = q.getColumn("duration_s").getDouble();
  // An archive no writer of this avo has opened yet has no island column: the one lineage.
  for (int i = 0; i < q.getColumnCount(); ++i) {
    if (std::string(q.getColumnName(i)) == "island") r.island = q.getColumn(i).getInt();
  }
  r.cost.tokens_in = q.getColumn("tokens_in").getInt64();
  r.cost.tokens_out = q.getColumn("tokens_out").getInt64();
  r.cost.cost_usd = q.getColumn("cost_usd").getDouble();
  r.started_at = q.getColumn("started_at").getString();
  if (!q.getColumn("paired").isNull())
    r.paired = nlohmann::json::parse(q.getColumn("paired").getString(), nullptr, false);
  r.paired_best = q.getColumn("paired_best").isNull()
                      ? std::nullopt
                      : std::optional<double>(q.getColumn("paired_best").getDouble());
  return r;
}

}  // namespace

const char* AttemptStatusName(AttemptStatus s) {
  switch (s) {
    case AttemptStatus::kRunning:
      return "running";
    case AttemptStatus::kCommitted:
      return "committed";
    case AttemptStatus::kRejected:
      return "rejected";
    case AttemptStatus::kFailed:
      return "failed";
    case AttemptStatus::kInterrupted:
      return "interrupted";
  }
  return "unknown";
}

Archive::~Archive() = default;

namespace {

Status CheckSchemaVersion(SQLite::Database& db, const std::filesystem::path& path) {
  SQLite::Statement v(db, "SELECT value FROM run_state WHERE key='schema_version'");
  if (v.executeStep() && v.getColumn(0).getString() != std::to_string(kArchiveSchemaVersion)) {
    return Status::InvalidArgument(
        path.string() + ": archive schema version " + v.getColumn(0).getString() +
        " is not supported (this avo reads " + std::to_string(kArchiveSchemaVersion) + ")");
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Archive>> Archive::OpenReadOnly(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path.string() + ": no archive");
  auto a = std::unique_ptr<Archive>(new Archive());
  Status st = Guard("open read-only", [&] {
    a->db_ = OpenForReading(path);  // immutable where the run cannot be written
    a->db_->setBusyTimeout(10'000);
    return CheckSchemaVersion(*a->db_, path);
  });
  if (!st.ok()) return st;
  return a;
}

Result<std::unique_ptr<Archive>> Archive::Open(const std::filesystem::path& path) {
  auto a = std::unique_ptr<Archive>(new Archive());
  Status st = Guard("open", [&] {
    a->db_ = std::make_unique<SQLite::Database>(path.string(),
                                                SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    a->db_->setBusyTimeout(10'000);
    a->db_->exec("PRAGMA journal_mode=WAL");
    a->db_->exec("PRAGMA synchronous=FULL");
    a->db_->exec("PRAGMA foreign_keys=ON");
    SQLite::Transaction t(*a->db_);
    a->db_->exec(kSchema);
    AddMissingColumns(*a->db_);
    AVO_RETURN_IF_ERROR(CheckSchemaVersion(*a->db_, path));
    // A new archive gets this avo's version; an existing one keeps the one just checked.
    SQLite::Statement ins(
        *a->db_, "INSERT OR IGNORE INTO run_state(key, value) VALUES('schema_version', ?)");
    ins.bind(1, std::to_string(kArchiveSchemaVersion));
    ins.exec();
    t.commit();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return a;
}

Result<std::int64_t> Archive::BeginAttempt(const AttemptStart& s) {
  std::int64_t id = 0;
  Status st = Guard("begin attempt", [&] {
    SQLite::Statement q(*db_,
                        "INSERT INTO attempts(step, operator, parent_version, parent_commit, "
                        "status, message, diff, started_at, island) "
                        "VALUES(?, ?, ?, ?, 'running', ?, ?, ?, ?)");
    q.bind(1, s.step);
    q.bind(2, s.op);
    if (s.parent_version >= 0)
      q.bind(3, s.parent_version);
    else
      q.bind(3);
    q.bind(4, s.parent_commit);
    q.bind(5, s.message);
    q.bind(6, Truncate(s.diff, std::size_t{256} * 1024));
    q.bind(7, NowIso8601());
    q.bind(8, s.island);
    q.exec();
    id = db_->getLastInsertRowid();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return id;
}

Status Archive::FinishAttempt(std::int64_t id, const AttemptEnd& e,
                              const std::map<std::string, std::string>& state) {
  return Guard("finish attempt", [&] {
    SQLite::Transaction t(*db_);
    SQLite::Statement q(
        *db_,
        "UPDATE attempts SET status=?, outcome=?, suite=?, correct=?, scalar=?, unit=?, "
        "paired_best=?, paired=?, "
        "reason=?, build_log=?, eval_log=?, build_s=?, eval_s=?, duration_s=?, tokens_in=?, "
        "tokens_out=?, cost_usd=?, transcript=?, commit_id=?, version=?, finished_at=? WHERE id=?");
    const Evaluation* ev = e.evaluation;
    q.bind(1, AttemptStatusName(e.status));
    q.bind(2, ev != nullptr ? OutcomeName(ev->outcome) : "none");
    q.bind(3, ev != nullptr ? ev->suite : "");
    q.bind(4, ev != nullptr && ev->correct ? 1 : 0);
    q.bind(5, ev != nullptr ? ev->scalar : 0.0);
    q.bind(6, ev != nullptr ? ev->unit : "");
    if (e.paired_best)
      q.bind(7, *e.paired_best);
    else
      q.bind(7);
    if (e.paired.is_null())
      q.bind(8);
    else
      q.bind(8, e.paired.dump());
    q.bind(9, e.reason);
    q.bind(10, ev != nullptr ? Truncate(ev->build_log) : "");
    q.bind(11, ev != nullptr ? Truncate(ev->eval_log) : "");
    q.bind(12, ev != nullptr ? ev->build_s : 0.0);
    q.bind(13, ev != nullptr ? ev->eval_s : 0.0);
    q.bind(14, e.duration_s);
    q.bind(15, e.cost.tokens_in);
    q.bind(16, e.cost.tokens_out);
    q.bind(17, e.cost.cost_usd);
    q.bind(18, e.transcript);
    q.bind(19, e.commit);
    if (e.version >= 0)
      q.bind(20, e.version);
    else
      q.bind(20);
    q.bind(21, NowIso8601());
    q.bind(22, id);
    q.exec();
    if (ev != nullptr) {
      SQLite::Statement r(*db_,
                          "INSERT OR REPLACE INTO results(attempt_id, config, correct, value, "
                          "unit, errors, samples, "
                          "baselines, message) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
      for (const auto& c : ev->configs) {
        r.bind(1, id);
        r.bind(2, c.name);
        r.bind(3, c.correct ? 1 : 0);
        r.bind(4, c.value);
        r.bind(5, c.unit);
        r.bind(6, c.errors.dump());
        r.bind(7, nlohmann::json(c.samples).dump());
        r.bind(8, nlohmann::json(c.baselines).dump());
        r.bind(9, c.message);
        r.exec();
        r.reset();
      }
    }
    if (!e.candidate_hash.empty()) InsertCandidate(*db_, e.candidate_hash, id);
    WriteState(*db_, state);
    t.commit();
    return Status::Ok();
  });
}

Result<std::vector<std::int64_t>> Archive::InterruptRunning() {
  std::vector<std::int64_t> ids;
  Status st = Guard("interrupt running attempts", [&] {
    SQLite::Transaction t(*db_);
    SQLite::Statement q(*db_, "SELECT id FROM attempts WHERE status='running'");
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
    SQLite::Statement u(*db_,
                        "UPDATE attempts SET status='interrupted', reason='avo stopped before the "
                        "attempt finished', "
                        "finished_at=? WHERE status='running'");
    u.bind(1, NowIso8601());
    u.exec();
    t.commit();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return ids;
}

Status Archive::RecordEvent(std::int64_t step, const std::string& kind, const std::string& message,
                            const nlohmann::json& data) {
  return Guard("record event", [&] {
    SQLite::Statement q(
        *db_, "INSERT INTO events(time, step, kind, message, data) VALUES(?, ?, ?, ?, ?)");
    q.bind(1, NowIso8601());
    q.bind(2, step);
    q.bind(3, kind);
    q.bind(4, message);
    q.bind(5, data.dump());
    q.exec();
    return Status::Ok();
  });
}

Result<std::optional<std::string>> Archive::GetState(const std::string& key) const {
  std::optional<std::string> out;
  Status st = Guard("read run state", [&] {
    SQLite::Statement q(*db_, "SELECT value FROM run_state WHERE key=?");
    q.bind(1, key);
    if (q.executeStep()) out = q.getColumn(0).getString();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::map<std::string, std::string>> Archive::States() const {
  std::map<std::string, std::string> out;
  Status st = Guard("read run state", [&] {
    SQLite::Statement q(*db_, "SELECT key, value FROM run_state");
    while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getString();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Status Archive::SetState(const std::map<std::string, std::string>& values) {
  return Guard("write run state", [&] {
    SQLite::Transaction t(*db_);
    WriteState(*db_, values);
    t.commit();
    return Status::Ok();
  });
}

Result<std::vector<AttemptRecord>> Archive::Attempts(int limit, std::optional<int> island) const {
  std::vector<AttemptRecord> out;
  Status st = Guard("read attempts", [&] {
    SQLite::Statement q(*db_,
                        island ? "SELECT * FROM attempts WHERE island = ? ORDER BY id DESC LIMIT ?"
                               : "SELECT * FROM attempts ORDER BY id DESC LIMIT ?");
    if (island) q.bind(1, *island);
    q.bind(island ? 2 : 1, limit > 0 ? limit : -1);
    while (q.executeStep()) out.push_back(ReadAttempt(q));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<AttemptRecord> Archive::Attempt(std::int64_t id) const {
  std::optional<AttemptRecord> out;
  Status st = Guard("read attempt", [&] {
    SQLite::Statement q(*db_, "SELECT * FROM attempts WHERE id=?");
    q.bind(1, id);
    if (q.executeStep()) out = ReadAttempt(q);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  if (!out) return Status::NotFound("no attempt " + std::to_string(id));
  return *out;
}

Result<std::map<std::string, double>> Archive::ConfigValues(std::int64_t attempt_id) const {
  std::map<std::string, double> out;
  Status st = Guard("read results", [&] {
    SQLite::Statement q(*db_, "SELECT config, value FROM results WHERE attempt_id=?");
    q.bind(1, attempt_id);
    while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getDouble();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

nlohmann::json CostToJson(const AttemptCost& cost) {
  return {
      {"tokens_in", cost.tokens_in}, {"tokens_out", cost.tokens_out}, {"cost_usd", cost.cost_usd}};
}

Status Archive::RecordSpending(std::int64_t step, const AttemptCost& cost) {
  return Guard("record spending", [&] {
    SQLite::Statement q(*db_,
                        "INSERT INTO spending(time, step, tokens_in, tokens_out, cost_usd) "
                        "VALUES(?, ?, ?, ?, ?)");
    q.bind(1, NowIso8601());
    q.bind(2, step);
    q.bind(3, cost.tokens_in);
    q.bind(4, cost.tokens_out);
    q.bind(5, cost.cost_usd);
    q.exec();
    return Status::Ok();
  });
}

Result<AttemptCost> Archive::Spent() const {
  AttemptCost spent;
  // Sums in floating point (TOTAL never overflows), each record counted as at least 0: a ledger
  // written before token counts were clamped (llm/wire_format.h) may hold absurd values, which
  // must not make the run's spending unreadable or negative.
  auto add = [&spent](SQLite::Statement& q) {
    if (!q.executeStep()) return;
    auto count = [](double v) { return static_cast<std::int64_t>(std::min(v, 3.0e18)); };
    spent.tokens_in += count(q.getColumn(0).getDouble());
    spent.tokens_out += count(q.getColumn(1).getDouble());
    spent.cost_usd += q.getColumn(2).getDouble();
  };
  Status st = Guard("spent", [&] {
    // A read-only archive of an older avo may lack the ledger: its steps are all "unledgered".
    SQLite::Statement has(*db_,
                          "SELECT count(*) FROM sqlite_master WHERE type='table' AND "
                          "name='spending'");
    const bool ledger = has.executeStep() && has.getColumn(0).getInt() > 0;
    const std::string unledgered =
        ledger ? " AND step NOT IN (SELECT DISTINCT step FROM spending)" : "";
    if (ledger) {
      SQLite::Statement l(*db_,
                          "SELECT TOTAL(MAX(tokens_in, 0)), TOTAL(MAX(tokens_out, 0)), "
                          "TOTAL(MAX(cost_usd, 0)) FROM spending");
      add(l);
    }
    SQLite::Statement a(*db_,
                        "SELECT TOTAL(MAX(tokens_in, 0)), TOTAL(MAX(tokens_out, 0)), "
                        "TOTAL(MAX(cost_usd, 0)) FROM attempts WHERE 1" +
                            unledgered);
    add(a);
    // The supervisor's reviews are never in the ledger; a step's own "cost" event is, when its
    // calls were recorded as they returned.
    SQLite::Statement e(*db_,
                        "SELECT TOTAL(MAX(json_extract(data, '$.cost.tokens_in'), 0)), "
                        "TOTAL(MAX(json_extract(data, '$.cost.tokens_out'), 0)), "
                        "TOTAL(MAX(json_extract(data, '$.cost.cost_usd'), 0)) FROM events "
                        "WHERE json_valid(data) AND json_type(data, '$.cost') = 'object' AND "
                        "((kind = 'cost'" +
                            unledgered + ") OR kind != 'cost')");
    add(e);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return spent;
}

Result<std::vector<EventRecord>> Archive::Events(const std::string& kind, int limit) const {
  std::vector<EventRecord> out;
  Status st = Guard("read events", [&] {
    SQLite::Statement q(*db_,
                        "SELECT id, time, step, kind, message, data FROM events WHERE (?='' OR "
                        "kind=?) ORDER BY id DESC LIMIT ?");
    q.bind(1, kind);
    q.bind(2, kind);
    q.bind(3, limit > 0 ? limit : -1);
    while (q.executeStep()) {
      EventRecord e;
      e.id = q.getColumn(0).getInt64();
      e.time = q.getColumn(1).getString();
      e.step = q.getColumn(2).getInt64();
      e.kind = q.getColumn(3).getString();
      e.message = q.getColumn(4).getString();
      e.data = nlohmann::json::parse(q.getColumn(5).getString(), nullptr, false);
      out.push_back(std::move(e));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<bool> Archive::SeenCandidate(const std::string& hash) const {
  bool seen = false;
  Status st = Guard("read candidates", [&] {
    SQLite::Statement q(*db_, "SELECT 1 FROM candidates WHERE hash=?");
    q.bind(1, hash);
    seen = q.executeStep();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return seen;
}

Result<std::string> Archive::IntegrityCheck() const {
  std::string out;
  Status st = Guard("integrity check", [&] {
    SQLite::Statement q(*db_, "PRAGMA integrity_check");
    while (q.executeStep()) out += (out.empty() ? "" : "; ") + q.getColumn(0).getString();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace avo
