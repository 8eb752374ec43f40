#include "avo/task/gpu_skeleton.h"

#include <fstream>
#include <regex>
#include <system_error>

namespace avo {

namespace {

std::string Substitute(std::string text, const std::string& name) {
  for (auto at = text.find("@NAME@"); at != std::string::npos; at = text.find("@NAME@", at))
    text.replace(at, 6, name);
  return text;
}

const char* const kTaskToml =
    R"(# @NAME@: a bring-your-own GPU kernel task, judged by avo's generic kernel judge
# (docs/kernel-judge.md). kernel.toml declares the tensors and the work, reference.py the right
# answer; only kernel/ is editable. Run `avo eval .` here on a Hopper GPU.
format = 1
name = "@NAME@"
default_suite = "main"
description = """z = x + y over n bf16 elements (the skeleton's example: replace kernel.toml,
reference.py and kernel/ with your problem). Score: GB/s over the bytes a call moves."""

[files]
editable = ["kernel"]

[build]
# avo-kernel-params writes avo_kernel_params.h (from kernel.toml) and avo_kernel.h here.
command = "avo-kernel-params kernel.toml --dir . && nvcc -O3 -std=c++17 -gencode=arch=compute_90a,code=sm_90a -cubin -I. -o candidate.cubin kernel/kernel.cu"
timeout_s = 300

[evaluate]
command = "avo-kernel-judge --task . --candidate ./candidate.cubin"
interleaved_command = "avo-kernel-judge --task . --interleaved candidate.cubin"
needs = "an NVIDIA Hopper GPU (sm_90a) and its driver, python3 with PyTorch"
timeout_s = 900

[limits]
memory_mb = 0        # CUDA reserves far more address space than it uses
cpu_s = 1800
output_kb = 256

[metric]
name = "bandwidth"
unit = "GB/s"
direction = "higher"

[tolerance]
# The judge applies kernel.toml's [tolerance]; repeated here for the engine's records.
atol = 1e-2
rtol = 1e-2

[gate]
paired = true
min_gain = 0.01
confidence = 0.95
max_config_loss = 0.02

[suites.smoke]
description = "A size that is no multiple of the tile, and a small one."
configs = [
  { name = "n1000003", n = 1000003 },
  { name = "n65536", n = 65536 },
]

[suites.main]
description = "16M to 256M elements."
configs = [
  { name = "n16M", n = 16777216 },
  { name = "n64M", n = 67108864 },
  { name = "n256M", n = 268435456 },
]
)";

const char* const kKernelToml =
    R"(# What the judge measures (docs/kernel-judge.md): the sizes of a configuration, the tensors
# in the order of the kernel's parameter struct, the work of a call, the tolerance, the reference.
format = 1
sizes = ["n"]
bytes = "6 * n"                       # x and y read, z written, 2 bytes each

[[tensor]]
name = "x"
dtype = "bf16"
shape = ["n"]
role = "input"
draw = "normal"

[[tensor]]
name = "y"
dtype = "bf16"
shape = ["n"]
role = "input"
draw = "normal"

[[tensor]]
name = "z"
dtype = "bf16"
shape = ["n"]
role = "output"

[tolerance]                           # per element: |z - ref| <= atol + rtol * |ref|
atol = 1e-2
rtol = 1e-2

[reference]
python = "reference.py"
function = "add"
framework = "torch"
)";

const char* const kReference =
    R"(""" @NAME@'s reference: the right answer, computed by the judge in a process of its own from
each call's inputs (keyword arguments named as kernel.toml's input tensors). It returns the
outputs in declaration order (or a dict by name), in any dtype: the judge converts them."""
import torch


def add(x, y):
    return (x.float() + y.float()).to(torch.bfloat16)
)";

const char* const kKernel =
    R"(// @NAME@'s seed: one thread per element. Every entry kernel takes the parameter struct
// avo-kernel-params generates from kernel.toml; the launch description below tells the judge
// how to launch it (docs/kernel-judge.md, include avo_kernel.h for every field).
#include <cuda_bf16.h>

#include "avo_kernel.h"
#include "avo_kernel_params.h"

namespace {
constexpr int kThreads = 256;
}  // namespace

extern "C" __global__ void __launch_bounds__(kThreads) add(const __grid_constant__ AvoKernelParams p) {
  const int64_t i = static_cast<int64_t>(blockIdx.x) * kThreads + threadIdx.x;
  if (i >= p.n) return;
  const auto* x = static_cast<const __nv_bfloat16*>(p.x);
  const auto* y = static_cast<const __nv_bfloat16*>(p.y);
  static_cast<__nv_bfloat16*>(p.z)[i] = __float2bfloat16_rn(__bfloat162float(x[i]) + __bfloat162float(y[i]));
}

// One variant for every configuration: ceil(n / 256) CTAs of 256 threads.
extern "C" __constant__ AvoKernelLaunch avo_kernel_launch = {
    AVO_KERNEL_CONTRACT_VERSION,
    1,
    {{"add", -1, 0, 0, kThreads, 0, {1, 1, 1}, AVO_KGRID_TILES, {{0, kThreads}, {-1, 1}, {-1, 1}}, 0}},
};
)";

const char* const kReadme = R"(# @NAME@

A GPU kernel task for avo, written by `avo init @NAME@ --gpu`. It builds and passes `avo eval`
on a Hopper GPU as written; make it yours:

1. `kernel.toml`: your tensors (name, dtype, shape over named sizes, role), the work of a call
   (`flops` for TFLOPS or `bytes` for GB/s) and the tolerance.
2. `reference.py`: the right answer in PyTorch, a function of the inputs by name.
3. `kernel/kernel.cu`: a plain, correct seed with its launch description.
4. `task.toml`: the suites (each configuration gives every size), the gate.

Then `avo eval . --suite smoke`, and `avo init .` to start a run. docs/kernel-judge.md says what
the judge checks on every call.
)";

bool ValidTaskName(const std::string& name) {
  static const std::regex re("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  return std::regex_match(name, re);
}

}  // namespace

std::vector<SkeletonFile> GpuTaskSkeleton(const std::string& name) {
  return {{"task.toml", Substitute(kTaskToml, name)},
          {"kernel.toml", kKernelToml},
          {"reference.py", Substitute(kReference, name)},
          {"kernel/kernel.cu", Substitute(kKernel, name)},
          {"README.md", Substitute(kReadme, name)}};
}

Status WriteGpuTaskSkeleton(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  const std::string name = fs::absolute(dir).lexically_normal().filename().string();
  if (!ValidTaskName(name)) {
    return Status::InvalidArgument("avo init --gpu: '" + name +
                                   "' is not a task name (letters, digits, '-', '_'; up to 64)");
  }
  std::error_code ec;
  if (fs::exists(dir, ec) && (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec))) {
    return Status::InvalidArgument("avo init --gpu: " + dir.string() +
                                   " exists and is not an empty directory; nothing was written");
  }
  for (const SkeletonFile& f : GpuTaskSkeleton(name)) {
    const fs::path path = dir / f.path;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << f.text;
    if (!out) return Status::IoError("avo init --gpu: " + path.string() + ": cannot be written");
  }
  return Status::Ok();
}

}  // namespace avo
