// gpu_skeleton.h -- the task skeleton `avo init NAME --gpu` writes (docs/task-format.md, "A GPU
// task in ten minutes"): a bring-your-own kernel task on the generic kernel judge
// (docs/kernel-judge.md) that builds and passes `avo eval` on a Hopper GPU as written, for its
// author to replace piece by piece: kernel.toml (the tensors, sizes, work and tolerance),
// reference.py (the PyTorch definition of the right answer), kernel/kernel.cu (the seed), and
// task.toml (build and judge commands, suites, gate). The example is z = x + y in bf16.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "avo/util/status.h"

namespace avo {

// The files, relative to the task directory, and their text; `name` is the task's name.
struct SkeletonFile {
  std::string path;
  std::string text;
};
std::vector<SkeletonFile> GpuTaskSkeleton(const std::string& name);

// Writes the skeleton into `dir`, named after its last component, which must be a task name
// (letters, digits, '-', '_'). InvalidArgument when it is not, or when `dir` exists and is not
// an empty directory (nothing is written then); IoError when a file cannot be written.
Status WriteGpuTaskSkeleton(const std::filesystem::path& dir);

}  // namespace avo
