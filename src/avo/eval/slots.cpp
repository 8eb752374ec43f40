#include "avo/eval/slots.h"

#include <fmt/format.h>
#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>

#include "avo/util/fs.h"
#include "avo/util/time.h"

namespace avo {

Result<std::vector<Slot>> PlanSlots(int jobs, const std::string& gpus,
                                    const std::vector<int>& cores) {
  if (jobs < 0) return Status::InvalidArgument(fmt::format("--jobs: expected >= 1, got {}", jobs));
  std::vector<Slot> slots;
  if (!gpus.empty()) {
    std::vector<std::string> ids;
    std::size_t at = 0;
    while (at <= gpus.size()) {
      const std::size_t comma = std::min(gpus.find(',', at), gpus.size());
      const std::string id = gpus.substr(at, comma - at);
      const bool digits = !id.empty() && std::all_of(id.begin(), id.end(), [](unsigned char c) {
        return std::isdigit(c) != 0;
      });
      if (!digits || id.size() > 4) {
        return Status::InvalidArgument(fmt::format(
            "--gpus: expected GPU indices separated by commas (e.g. 0,1,2,3), got '{}'", gpus));
      }
      if (std::find(ids.begin(), ids.end(), id) != ids.end())
        return Status::InvalidArgument(fmt::format("--gpus: GPU {} is named twice", id));
      ids.push_back(id);
      at = comma + 1;
    }
    if (jobs > static_cast<int>(ids.size())) {
      return Status::InvalidArgument(
          fmt::format("--jobs {}: one evaluation per GPU, and --gpus names {}", jobs, ids.size()));
    }
    if (jobs == 0) jobs = static_cast<int>(ids.size());
    for (int i = 0; i < jobs; ++i)
      slots.push_back(
          {"gpu" + ids[static_cast<std::size_t>(i)], ids[static_cast<std::size_t>(i)], {}});
    return slots;
  }
  if (jobs == 0) jobs = 1;
  const int n = static_cast<int>(cores.size());
  for (int i = 0; i < jobs; ++i) {
    Slot s{fmt::format("cpu{}", i), std::nullopt, {}};
    if (jobs <= n) {
      for (int c = i * n / jobs; c < (i + 1) * n / jobs; ++c)
        s.cpus.push_back(cores[static_cast<std::size_t>(c)]);
    }
    slots.push_back(std::move(s));
  }
  return slots;
}

std::vector<int> AllowedCores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  std::vector<int> cores;
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    for (int c = 0; c < CPU_SETSIZE; ++c) {
      if (CPU_ISSET(c, &set)) cores.push_back(c);
    }
  }
  return cores;
}

std::filesystem::path SlotBoard::Path(const RunPaths& paths) { return paths.dir() / "slots.json"; }

SlotBoard::SlotBoard(RunPaths paths, const std::vector<std::string>& slots)
    : paths_(std::move(paths)) {
  for (const auto& name : slots) entries_.push_back({name, "idle", 0, 0, NowIso8601()});
}

void SlotBoard::Set(int slot, const std::string& state, std::int64_t step, std::int64_t attempt) {
  if (slot < 0 || slot >= static_cast<int>(entries_.size())) return;
  Entry& e = entries_[static_cast<std::size_t>(slot)];
  e.state = state;
  e.step = step;
  e.attempt = attempt;
  e.since = NowIso8601();
  nlohmann::json list = nlohmann::json::array();
  for (const Entry& x : entries_) {
    list.push_back({{"slot", x.slot},
                    {"state", x.state},
                    {"step", x.step},
                    {"attempt", x.attempt},
                    {"since", x.since}});
  }
  const std::filesystem::path tmp = Path(paths_).string() + ".tmp";
  if (WriteFile(tmp, nlohmann::json({{"pid", getpid()}, {"slots", list}}).dump(1)).ok()) {
    std::error_code ec;
    std::filesystem::rename(tmp, Path(paths_), ec);
  }
}

void SlotBoard::Remove() const {
  std::error_code ec;
  std::filesystem::remove(Path(paths_), ec);
}

nlohmann::json SlotBoard::Read(const RunPaths& paths) {
  auto text = ReadFile(Path(paths));
  auto doc = text.ok() ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
  if (doc.is_object() && doc.contains("slots") && doc["slots"].is_array()) return doc["slots"];
  return nlohmann::json::array();
}

}  // namespace avo
