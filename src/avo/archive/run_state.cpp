#include "avo/archive/run_state.h"

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

namespace avo {
namespace {

// The keys, spelled once. `schema_version` is the archive's own (archive.cpp writes it on
// creation and checks it on open).
constexpr const char* kSchemaVersion = "schema_version";
constexpr const char* kNextStep = "next_step";
constexpr const char* kRng = "rng";
constexpr const char* kSeed = "seed";
constexpr const char* kActive = "active_s";
constexpr const char* kIslands = "islands";
constexpr const char* kMigration = "migration";
constexpr const char* kDirections = "directions";  // island 0's; island i's is "directions-<i>"
constexpr const char* kOpenStep = "open_step";
constexpr const char* kExecPending = "exec_pending";
constexpr const char* kLlmPending = "llm_pending";

std::string DirectionsKey(int island) {
  return island == 0 ? std::string(kDirections) : fmt::format("{}-{}", kDirections, island);
}

// The island a directions key names, or nullopt for any other key.
std::optional<int> DirectionsIsland(const std::string& key) {
  if (key == kDirections) return 0;
  const std::string prefix = std::string(kDirections) + "-";
  if (key.rfind(prefix, 0) != 0) return std::nullopt;
  char* end = nullptr;
  const long i = std::strtol(key.c_str() + prefix.size(), &end, 10);
  if (end == key.c_str() + prefix.size() || *end != '\0' || i < 1) return std::nullopt;
  return static_cast<int>(i);
}

Result<std::int64_t> Integer(const std::string& key, const std::string& text) {
  errno = 0;
  char* end = nullptr;
  const long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno != 0)
    return Status::Internal(
        fmt::format("archive: run state '{}' is not a number: '{}'", key, text));
  return static_cast<std::int64_t>(v);
}

Status Malformed(const std::string& key, const std::string& what, const std::string& text) {
  return Status::Internal(fmt::format("archive: run state '{}' is not {}: '{}'", key, what,
                                      text.size() > 60 ? text.substr(0, 60) + "..." : text));
}

Result<std::uint64_t> Unsigned(const std::string& key, const std::string& text) {
  errno = 0;
  char* end = nullptr;
  const unsigned long long v = std::strtoull(text.c_str(), &end, 10);
  if (text.empty() || text[0] == '-' || *end != '\0' || errno != 0)
    return Malformed(key, "an unsigned number", text);
  return static_cast<std::uint64_t>(v);
}

Result<double> Seconds(const std::string& key, const std::string& text) {
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || errno != 0 || !std::isfinite(v) || v < 0)
    return Malformed(key, "a number of seconds", text);
  return v;
}

// The run's random engine is std::mt19937_64 everywhere (operators/operator.h): a state it cannot
// read back would stop every later start of the run, so it is refused on load, where an import
// checks it.
Status CheckEngineState(const std::string& key, const std::string& text) {
  std::istringstream is(text);
  std::mt19937_64 engine;
  is >> engine;
  if (is.fail() || !(is >> std::ws).eof()) return Malformed(key, "a random engine's state", text);
  return Status::Ok();
}

MigrationState ParseMigration(const nlohmann::json& j) {
  MigrationState m;
  for (const auto& s : j.value("since", nlohmann::json::array()))
    m.since.push_back(s.is_number_integer() ? s.get<int>() : 0);
  m.turn = j.value("turn", std::int64_t{0});
  for (const auto& p : j.value("pending", nlohmann::json::array())) {
    if (p.is_array() && p.size() == 2 && p[0].is_number_integer() && p[1].is_number_integer())
      m.pending.emplace_back(p[0].get<int>(), p[1].get<int>());
  }
  m.every = j.value("every", -1);
  return m;
}

Status Apply(RunState& s, const std::string& key, const std::string& value) {
  if (key == kNextStep) {
    AVO_ASSIGN_OR_RETURN(s.next_step, Integer(key, value));
  } else if (key == kRng) {
    AVO_RETURN_IF_ERROR(CheckEngineState(key, value));
    s.rng = value;
  } else if (key == kSeed) {
    AVO_ASSIGN_OR_RETURN(s.seed, Unsigned(key, value));
  } else if (key == kActive) {
    AVO_ASSIGN_OR_RETURN(s.active_s, Seconds(key, value));
  } else if (key == kIslands) {
    AVO_ASSIGN_OR_RETURN(const std::int64_t islands, Integer(key, value));
    if (islands < 1 || islands > 1024) return Malformed(key, "a population's size", value);
    s.islands = static_cast<int>(islands);
  } else if (key == kMigration) {
    // An unreadable record is a population that starts its cadence again: it changes no version.
    const auto j = nlohmann::json::parse(value, nullptr, false);
    if (j.is_object()) s.migration = ParseMigration(j);
  } else if (key == kOpenStep) {
    s.open_step = value;
  } else if (key == kExecPending) {
    s.exec_pending = value;
  } else if (key == kLlmPending) {
    s.llm_pending = value;
  } else if (auto island = DirectionsIsland(key)) {
    const auto j = nlohmann::json::parse(value, nullptr, false);
    if (j.is_array()) s.directions[*island] = j.get<std::vector<std::string>>();
  }
  return Status::Ok();
}

}  // namespace

Result<RunState> LoadRunState(const Archive& archive) {
  AVO_ASSIGN_OR_RETURN(auto rows, archive.States());
  RunState s;
  for (const auto& [key, value] : rows) AVO_RETURN_IF_ERROR(Apply(s, key, value));
  return s;
}

std::map<std::string, std::string> StepCounterEntries(std::int64_t next_step,
                                                      const std::string& rng,
                                                      std::optional<double> active_s) {
  std::map<std::string, std::string> e = {{kNextStep, std::to_string(next_step)}, {kRng, rng}};
  if (active_s) e.emplace(kActive, fmt::format("{:.3f}", *active_s));
  return e;
}

Status SaveStepCounter(Archive& archive, std::int64_t next_step, const std::string& rng,
                       std::optional<double> active_s) {
  return archive.SetState(StepCounterEntries(next_step, rng, active_s));
}

Status SaveFirstState(Archive& archive, std::uint64_t seed, const std::string& rng) {
  return archive.SetState({{kRng, rng}, {kSeed, std::to_string(seed)}, {kNextStep, "1"}});
}

Status SaveIslandCount(Archive& archive, int islands) {
  return archive.SetState({{kIslands, std::to_string(islands)}});
}

Status SaveMigration(Archive& archive, const MigrationState& m) {
  nlohmann::json pending = nlohmann::json::array();
  for (const auto& [from, to] : m.pending) pending.push_back({from, to});
  const nlohmann::json j = {
      {"every", m.every}, {"since", m.since}, {"pending", pending}, {"turn", m.turn}};
  return archive.SetState({{kMigration, j.dump()}});
}

Status SaveDirections(Archive& archive, int island, const std::vector<std::string>& directions) {
  return archive.SetState({{DirectionsKey(island), nlohmann::json(directions).dump()}});
}

Status SaveOpenStep(Archive& archive, const std::string& json) {
  return archive.SetState({{kOpenStep, json}});
}

Status SaveExecPending(Archive& archive, const std::string& command) {
  return archive.SetState({{kExecPending, command}});
}

Status SaveLlmPending(Archive& archive, const std::string& endpoint) {
  return archive.SetState({{kLlmPending, endpoint}});
}

const std::vector<std::string>& RunStateKeys() {
  static const std::vector<std::string> keys = {
      kSchemaVersion, kNextStep,        kRng,      kSeed,        kActive,    kIslands, kMigration,
      kDirections,    "directions-<i>", kOpenStep, kExecPending, kLlmPending};
  return keys;
}

}  // namespace avo
