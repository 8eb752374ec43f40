#include "avo/eval/slots.h"

#include <fmt/format.h>
#include <sched.h>

#include <algorithm>
#include <cctype>

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

}  // namespace avo
