#include "function_attributes.h"

#include <cstring>

#include "driver_api.h"

namespace avo::gpu_judge {

std::string read_device_limits(DeviceLimits* lim) {
  CUdevice dev = 0;
  CUresult r = cuCtxGetDevice(&dev);
  int sms = 0, smem = 0, threads = 0, regs = 0;
  if (r == CUDA_SUCCESS)
    r = cuDeviceGetAttribute(&sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, dev);
  if (r == CUDA_SUCCESS)
    r = cuDeviceGetAttribute(&smem, CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN, dev);
  if (r == CUDA_SUCCESS)
    r = cuDeviceGetAttribute(&threads, CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK, dev);
  if (r == CUDA_SUCCESS)
    r = cuDeviceGetAttribute(&regs, CU_DEVICE_ATTRIBUTE_MAX_REGISTERS_PER_MULTIPROCESSOR, dev);
  if (r != CUDA_SUCCESS) return cu_message(r, "reading device limits");
  lim->sm_count = sms;
  lim->max_dynamic_smem_bytes = smem;
  lim->max_threads_per_block = threads;
  lim->registers_per_sm = regs;
  return "";
}

namespace {

// A launch of `shape` over `grid` on `stream`; `attr` receives the cluster dimension, which the
// configuration lists only when `with_cluster`.
void launch_config(const LaunchShape& shape, const unsigned (&grid)[3], CUstream stream,
                   bool with_cluster, CUlaunchConfig* cfg, CUlaunchAttribute* attr) {
  std::memset(cfg, 0, sizeof(*cfg));
  std::memset(attr, 0, sizeof(*attr));
  attr->id = CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION;
  attr->value.clusterDim.x = static_cast<unsigned>(shape.cluster[0] > 0 ? shape.cluster[0] : 1);
  attr->value.clusterDim.y = static_cast<unsigned>(shape.cluster[1] > 0 ? shape.cluster[1] : 1);
  attr->value.clusterDim.z = static_cast<unsigned>(shape.cluster[2] > 0 ? shape.cluster[2] : 1);
  cfg->gridDimX = grid[0];
  cfg->gridDimY = grid[1];
  cfg->gridDimZ = grid[2];
  cfg->blockDimX = static_cast<unsigned>(shape.threads_per_block);
  cfg->blockDimY = cfg->blockDimZ = 1;
  cfg->sharedMemBytes = static_cast<unsigned>(shape.dynamic_smem_bytes);
  cfg->hStream = stream;
  cfg->attrs = attr;
  cfg->numAttrs = with_cluster ? 1 : 0;
}

// Clusters of `shape` the device can co-schedule (cuOccupancyMaxActiveClusters), asked for a
// grid of one cluster.
CUresult cluster_occupancy(CUfunction fn, const LaunchShape& shape, int* clusters) {
  const unsigned one_cluster[3] = {
      static_cast<unsigned>(shape.cluster[0] > 0 ? shape.cluster[0] : 1),
      static_cast<unsigned>(shape.cluster[1] > 0 ? shape.cluster[1] : 1),
      static_cast<unsigned>(shape.cluster[2] > 0 ? shape.cluster[2] : 1)};
  CUlaunchConfig cfg;
  CUlaunchAttribute attr;
  launch_config(shape, one_cluster, nullptr, true, &cfg, &attr);
  return cuOccupancyMaxActiveClusters(clusters, fn, &cfg);
}

}  // namespace

std::string read_function_needs(CUfunction fn, const LaunchShape& shape, FunctionNeeds* f) {
  CUresult r = cuFuncSetAttribute(fn, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                                  shape.dynamic_smem_bytes);
  if (r == CUDA_SUCCESS && shape.cluster_size() > 8)
    r = cuFuncSetAttribute(fn, CU_FUNC_ATTRIBUTE_NON_PORTABLE_CLUSTER_SIZE_ALLOWED, 1);
  if (r == CUDA_SUCCESS)
    r = cuFuncGetAttribute(&f->max_threads_per_block, CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK, fn);
  if (r == CUDA_SUCCESS) r = cuFuncGetAttribute(&f->registers, CU_FUNC_ATTRIBUTE_NUM_REGS, fn);
  if (r == CUDA_SUCCESS)
    r = cuFuncGetAttribute(&f->static_smem_bytes, CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES, fn);
  if (r != CUDA_SUCCESS) return cu_message(r, "reading the entry kernel's attributes");
  // The occupancy of a launch the function cannot take at all is not asked: launch_fit_error
  // refuses it on the attributes above with a better reason.
  if (shape.threads_per_block > f->max_threads_per_block) return "";
  r = cuOccupancyMaxActiveBlocksPerMultiprocessor(&f->ctas_per_sm, fn, shape.threads_per_block,
                                                  static_cast<size_t>(shape.dynamic_smem_bytes));
  if (r == CUDA_SUCCESS && shape.cluster_size() > 1) r = cluster_occupancy(fn, shape, &f->clusters);
  if (r != CUDA_SUCCESS)
    return cu_message(r, "the occupancy of the entry kernel as its variant launches it");
  return "";
}

std::string launch_function(CUfunction fn, const unsigned (&grid)[3], const LaunchShape& shape,
                            CUstream stream, void* params) {
  CUlaunchConfig cfg;
  CUlaunchAttribute attr;
  launch_config(shape, grid, stream, shape.cluster_size() > 1, &cfg, &attr);
  void* args[1] = {params};
  const CUresult r = cuLaunchKernelEx(&cfg, fn, args, nullptr);
  return r == CUDA_SUCCESS ? "" : cu_message(r, "cuLaunchKernelEx");
}

}  // namespace avo::gpu_judge
