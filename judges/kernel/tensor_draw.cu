#include <cuda_bf16.h>
#include <cuda_fp16.h>

#include "device_count.cuh"
#include "seeded_words.cuh"
#include "tensor_draw.h"

namespace avo::kernel_judge {

namespace {

using gpu_judge::add_count;
using gpu_judge::count_blocks_for;
using gpu_judge::splitmix64;

// Element i's value before rounding to the dtype: a pure function of (seed, i).
__device__ __forceinline__ float drawn_value(Draw draw, bool integral, uint64_t seed, int64_t i) {
  if (draw == Draw::kOnes) return 1.f;
  const uint64_t bits = splitmix64(seed ^ splitmix64(static_cast<uint64_t>(i)));
  const float u1 = (static_cast<float>(bits >> 40) + 0.5f) * (1.f / 16777216.f);       // (0, 1)
  const float u2 = static_cast<float>((bits >> 16) & 0xffffffu) * (1.f / 16777216.f);  // [0, 1)
  if (draw == Draw::kUniform) return integral ? floorf(u2 * 256.f) - 128.f : 2.f * u2 - 1.f;
  const float n = sqrtf(-2.f * logf(u1)) * cospif(2.f * u2);
  return integral ? rintf(16.f * n) : n;
}

template <class T>
__device__ __forceinline__ T as_dtype(float x);
template <>
__device__ __forceinline__ __nv_bfloat16 as_dtype(float x) {
  return __float2bfloat16_rn(x);
}
template <>
__device__ __forceinline__ __half as_dtype(float x) {
  return __float2half_rn(x);
}
template <>
__device__ __forceinline__ float as_dtype(float x) {
  return x;
}
template <>
__device__ __forceinline__ int32_t as_dtype(float x) {
  return static_cast<int32_t>(x);
}
template <>
__device__ __forceinline__ int64_t as_dtype(float x) {
  return static_cast<int64_t>(x);
}
template <>
__device__ __forceinline__ uint8_t as_dtype(float x) {
  return static_cast<uint8_t>(fminf(fabsf(x), 255.f));
}

// The uniform draw of u8 spans [0, 256): its magnitude would fold it, so shift it instead.
template <class T>
__device__ __forceinline__ T element(Draw draw, bool integral, uint64_t seed, int64_t i) {
  float x = drawn_value(draw, integral, seed, i);
  if constexpr (sizeof(T) == 1) {
    if (draw == Draw::kUniform) x += 128.f;
  }
  return as_dtype<T>(x);
}

template <class T>
__device__ __forceinline__ bool same_bits(T a, T b) {
  if constexpr (sizeof(T) == 2) {
    return *reinterpret_cast<const uint16_t*>(&a) == *reinterpret_cast<const uint16_t*>(&b);
  } else if constexpr (sizeof(T) == 4) {
    return *reinterpret_cast<const uint32_t*>(&a) == *reinterpret_cast<const uint32_t*>(&b);
  } else {
    return a == b;
  }
}

template <class T>
__global__ void draw_kernel(T* data, Draw draw, bool integral, int64_t n, uint64_t seed) {
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{gridDim.x} * blockDim.x)
    data[i] = element<T>(draw, integral, seed, i);
}

template <class T>
__global__ void draw_changes_kernel(const T* data, Draw draw, bool integral, int64_t n,
                                    uint64_t seed, unsigned long long* changed) {
  unsigned long long bad = 0;
  AVO_FOR_EACH(i, n) {
    if (i < n && !same_bits(data[i], element<T>(draw, integral, seed, i))) ++bad;
  }
  add_count(bad, changed);
}

template <class T>
cudaError_t launch_draw(void* data, Draw draw, bool integral, int64_t n, uint64_t seed,
                        unsigned long long* changed, cudaStream_t stream) {
  if (changed == nullptr) {
    draw_kernel<T>
        <<<count_blocks_for(n), 256, 0, stream>>>(static_cast<T*>(data), draw, integral, n, seed);
  } else {
    draw_changes_kernel<T><<<count_blocks_for(n), 256, 0, stream>>>(
        static_cast<const T*>(data), draw, integral, n, seed, changed);
  }
  return cudaGetLastError();
}

cudaError_t dispatch(const void* data, DType dtype, Draw draw, uint64_t count, uint64_t seed,
                     unsigned long long* changed, cudaStream_t stream) {
  void* d = const_cast<void*>(data);
  const auto n = static_cast<int64_t>(count);
  switch (dtype) {
    case DType::kBF16:
      return launch_draw<__nv_bfloat16>(d, draw, false, n, seed, changed, stream);
    case DType::kF16:
      return launch_draw<__half>(d, draw, false, n, seed, changed, stream);
    case DType::kF32:
      return launch_draw<float>(d, draw, false, n, seed, changed, stream);
    case DType::kI32:
      return launch_draw<int32_t>(d, draw, true, n, seed, changed, stream);
    case DType::kI64:
      return launch_draw<int64_t>(d, draw, true, n, seed, changed, stream);
    case DType::kU8:
      return launch_draw<uint8_t>(d, draw, true, n, seed, changed, stream);
  }
  return cudaErrorInvalidValue;
}

}  // namespace

cudaError_t draw_tensor(void* data, DType dtype, Draw draw, uint64_t count, uint64_t seed,
                        cudaStream_t stream) {
  return dispatch(data, dtype, draw, count, seed, nullptr, stream);
}

cudaError_t count_draw_changes(const void* data, DType dtype, Draw draw, uint64_t count,
                               uint64_t seed, unsigned long long* changed, cudaStream_t stream) {
  return dispatch(data, dtype, draw, count, seed, changed, stream);
}

cudaError_t poison_tensor(void* data, DType dtype, uint64_t count, cudaStream_t stream) {
  const bool floating = dtype == DType::kBF16 || dtype == DType::kF16 || dtype == DType::kF32;
  // All-ones bits are a NaN in bf16, f16 and f32 alike.
  return cudaMemsetAsync(data, floating ? 0xFF : 0xA5, count * dtype_bytes(dtype), stream);
}

}  // namespace avo::kernel_judge
