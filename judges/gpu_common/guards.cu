#include "device_count.cuh"
#include "guards.h"
#include "seeded_words.cuh"

namespace avo::gpu_judge {
namespace {

__global__ void guard_kernel(uint32_t* data, int64_t n, uint64_t seed) {
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{gridDim.x} * blockDim.x) {
    data[i] = guard_word(seed, i);
  }
}

__global__ void guard_changes_kernel(const uint32_t* data, int64_t n, uint64_t seed,
                                     unsigned long long* count) {
  unsigned long long bad = 0;
  AVO_FOR_EACH(i, n) {
    if (i < n && data[i] != guard_word(seed, i)) ++bad;
  }
  add_count(bad, count);
}

}  // namespace

cudaError_t fill_guard(void* data, int64_t words, uint64_t seed, cudaStream_t stream) {
  guard_kernel<<<count_blocks_for(words), 256, 0, stream>>>(static_cast<uint32_t*>(data), words,
                                                            seed);
  return cudaGetLastError();
}

cudaError_t count_guard_changes(const void* data, int64_t words, uint64_t seed,
                                unsigned long long* count, cudaStream_t stream) {
  guard_changes_kernel<<<count_blocks_for(words), 256, 0, stream>>>(
      static_cast<const uint32_t*>(data), words, seed, count);
  return cudaGetLastError();
}

uint64_t mix_seed(uint64_t seed, uint64_t a, uint64_t b, uint64_t c) {
  return splitmix64(splitmix64(splitmix64(seed ^ splitmix64(a)) ^ b) ^ c);
}

}  // namespace avo::gpu_judge
