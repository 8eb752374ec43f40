#include <cuda_bf16.h>

#include "device_fill.h"
#include "input_gen.cuh"

namespace avo::attention {
namespace {

using gpu_judge::splitmix64;

__global__ void normal_bf16_kernel(__nv_bfloat16* data, int64_t n, uint64_t seed) {
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{gridDim.x} * blockDim.x) {
    const uint64_t h = splitmix64(seed ^ splitmix64(static_cast<uint64_t>(i)));
    // Two 24-bit uniforms; u1 in (0, 1] keeps log() finite.
    const float u1 = (static_cast<float>(h >> 40) + 1.0f) * (1.0f / 16777216.0f);
    const float u2 = static_cast<float>((h >> 16) & 0xffffffu) * (1.0f / 16777216.0f);
    const float z = sqrtf(-2.0f * logf(u1)) * cospif(2.0f * u2);
    data[i] = __float2bfloat16_rn(z);
  }
}

__global__ void u16_kernel(uint16_t* data, int64_t n, uint16_t bits) {
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{gridDim.x} * blockDim.x) {
    data[i] = bits;
  }
}

__global__ void f32_kernel(float* data, int64_t n, float value) {
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{gridDim.x} * blockDim.x) {
    data[i] = value;
  }
}

__global__ void input_kernel(InputDraw d, int t, uint16_t* data, int64_t n) {
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{gridDim.x} * blockDim.x) {
    data[i] = gen::input_bits(d, t, i);
  }
}

unsigned blocks_for(int64_t n) {
  const int64_t b = (n + 255) / 256;
  return static_cast<unsigned>(b < 4096 ? (b > 0 ? b : 1) : 4096);
}

}  // namespace

cudaError_t fill_normal_bf16(void* data, int64_t n, uint64_t seed, cudaStream_t stream) {
  normal_bf16_kernel<<<blocks_for(n), 256, 0, stream>>>(static_cast<__nv_bfloat16*>(data), n, seed);
  return cudaGetLastError();
}

cudaError_t fill_u16(void* data, int64_t n, uint16_t bits, cudaStream_t stream) {
  u16_kernel<<<blocks_for(n), 256, 0, stream>>>(static_cast<uint16_t*>(data), n, bits);
  return cudaGetLastError();
}

cudaError_t fill_f32(float* data, int64_t n, float value, cudaStream_t stream) {
  f32_kernel<<<blocks_for(n), 256, 0, stream>>>(data, n, value);
  return cudaGetLastError();
}

cudaError_t fill_input(const InputDraw& d, int t, void* data, int64_t n, cudaStream_t stream) {
  input_kernel<<<blocks_for(n), 256, 0, stream>>>(d, t, static_cast<uint16_t*>(data), n);
  return cudaGetLastError();
}

}  // namespace avo::attention
