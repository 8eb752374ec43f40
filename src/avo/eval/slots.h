// Evaluation slots: where the steps of `avo evolve --jobs N` evaluate side by side. A slot is one
// GPU (CUDA_VISIBLE_DEVICES=<id> for every command of the evaluation) or, for a task that runs on
// the CPU, a share of the cores avo may use (an affinity mask: slot i of N gets the cores
// [i*C/N, (i+1)*C/N) of the C allowed), so that N evaluations never compete for one core and each
// is timed on cores of its own.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "avo/task/run_paths.h"
#include "avo/util/status.h"

namespace avo {

struct Slot {
  std::string name;                // "gpu3", "cpu0": in logs, RUN/slots.json and `avo status`
  std::optional<std::string> gpu;  // CUDA_VISIBLE_DEVICES for the slot's evaluations
  std::vector<int> cpus;           // cores the slot's evaluations run on; empty = any
};

// The slots for `jobs` steps in flight. `gpus` is the --gpus list ("0,1,2,3"; empty: CPU slots);
// `cores` the cores avo may run on (AllowedCores()). With GPUs, jobs 0 means one per GPU and the first `jobs`
// GPUs are used. CPU slots get disjoint cores when jobs <= cores, and any core otherwise.
// InvalidArgument (one line naming the flag) for a bad list, a repeated GPU, jobs < 0, or more
// jobs than GPUs.
Result<std::vector<Slot>> PlanSlots(int jobs, const std::string& gpus,
                                    const std::vector<int>& cores);

// The slot board, RUN/slots.json: what each slot of the running `avo evolve` is doing, for `avo
// status`. Written and read here alone, and its path spelled here alone (not in RunPaths). It is not the run's record (the archive is): it is written
// several times a step without fsync, renamed into place so a reader never sees half of it, and
// removed when the evolve ends. Not thread-safe: the engine writes it under the run mutex.
class SlotBoard {
 public:
  SlotBoard(RunPaths paths, const std::vector<std::string>& slots);
  // Slot `slot` is now `state` ("idle", "varying", "evaluating", "migrating") in `step`, on
  // `attempt` (0: none). Best effort: a board that cannot be written changes nothing else.
  void Set(int slot, const std::string& state, std::int64_t step, std::int64_t attempt);
  // The evolve ended: no board is left behind.
  void Remove() const;
  // Where the board of the run at `paths` lies; meaningful only while the run is busy.
  static std::filesystem::path Path(const RunPaths& paths);
  // The board's slots, as written ({"slot", "state", "step", "attempt", "since"} each); empty
  // when there is none or it cannot be read.
  static nlohmann::json Read(const RunPaths& paths);

 private:
  struct Entry {
    std::string slot, state = "idle";
    std::int64_t step = 0, attempt = 0;
    std::string since;
  };
  RunPaths paths_;
  std::vector<Entry> entries_;
};

// The cores this process may run on (its affinity mask: a cgroup or taskset may narrow it).
std::vector<int> AllowedCores();

}  // namespace avo
