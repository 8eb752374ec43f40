// avo_kernel.h -- the contract of a bring-your-own GPU kernel (issue #27, docs/kernel-judge.md),
// version 1: device code only, as the attention task's contract 2 (avo_attention.h).
//
// A candidate is CUDA device code that the task's build command compiles to one cubin (sm_90a,
// whole-program, no relocatable device code). It contains
//   - one or more `extern "C" __global__` entry kernels, each taking exactly one parameter,
//     `const __grid_constant__ AvoKernelParams p` (avo_kernel_params.h, which the judge
//     generates from the task's kernel.toml: every tensor's device pointer, then every size), and
//   - one launch description, `extern "C" __constant__ AvoKernelLaunch avo_kernel_launch`,
//     which tells the judge's launcher how to run each entry kernel for a configuration.
// No candidate host code runs anywhere. The judge reads the description out of the cubin before
// loading it, checks it against the declaration and against each entry kernel's own needs
// (launch bounds, registers, shared memory, occupancy), and launches on its own stream.
// __constant__ and not `__device__ const`: device code cannot write the constant bank through
// a __constant__ name, and the judge restores the bank before every call and checks it after.
//
// Refused modules (module_check.h): any writable device global, any undefined symbol (device
// malloc, printf, device-side launches), reads of %globaltimer or %clock, no description or one
// of another contract version. The only state a kernel may keep between calls is none: scratch
// tensors (role "scratch" in kernel.toml) are zeroed before every call.
//
// Sizes are referred to by index: the order of `sizes` in kernel.toml (0 = the first).
//
// Grid rules (AvoKernelVariant::grid):
//   AVO_KGRID_TILES       grid dimension d = ceil(sizes[dims[d].size] / dims[d].per_cta), or 1
//                         where dims[d].size is -1: one CTA per tile of the named sizes.
//   AVO_KGRID_PERSISTENT  grid = (min(sm_count * ctas_per_sm, the TILES grid's CTA count), 1, 1):
//                         each CTA walks tiles itself; the kernel recomputes the tile count from
//                         the sizes in its parameter.
// The grid's extents are rounded up to a multiple of the cluster's.
//
// Units: sizes in elements, shared memory in bytes.
#ifndef AVO_KERNEL_H_
#define AVO_KERNEL_H_

#define AVO_KERNEL_CONTRACT_VERSION 1

// The most variants a description may list, and the longest entry-kernel name.
#define AVO_KERNEL_MAX_VARIANTS 8
#define AVO_KERNEL_NAME_BYTES 64

enum AvoKernelGrid {
  AVO_KGRID_TILES = 0,
  AVO_KGRID_PERSISTENT = 1,
};

// One grid dimension: ceil(sizes[size] / per_cta) CTAs, or 1 when size is -1.
typedef struct {
  int size;           // index into kernel.toml's sizes, or -1
  long long per_cta;  // elements of that size one CTA covers, > 0
} AvoKernelGridDim;

// How to launch one entry kernel, and for which configurations it is meant: the variant applies
// when when_size is -1, or when sizes[when_size] lies in [when_min, when_max].
typedef struct {
  char kernel[AVO_KERNEL_NAME_BYTES];  // the extern "C" __global__ entry's name, NUL-ended
  int when_size;                       // index into kernel.toml's sizes, or -1: always
  long long when_min, when_max;        // inclusive bounds on sizes[when_size]
  int threads_per_block;               // 1..1024
  int dynamic_smem_bytes;              // 0..227 KiB on Hopper (opted in by the launcher)
  int cluster[3];                      // cluster shape; {1, 1, 1} (or zeros) for none
  int grid;                            // AvoKernelGrid
  AvoKernelGridDim dims[3];            // x, y, z
  int ctas_per_sm;                     // AVO_KGRID_PERSISTENT: resident CTAs per SM wanted
} AvoKernelVariant;

typedef struct {
  int contract_version;  // AVO_KERNEL_CONTRACT_VERSION
  int num_variants;      // 1..AVO_KERNEL_MAX_VARIANTS; the first that applies is used
  AvoKernelVariant variants[AVO_KERNEL_MAX_VARIANTS];
} AvoKernelLaunch;

// The description's symbol name, for the module check and cuModuleGetGlobal.
#define AVO_KERNEL_LAUNCH_SYMBOL "avo_kernel_launch"

#endif  // AVO_KERNEL_H_
