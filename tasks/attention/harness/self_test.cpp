#include "self_test.h"

#include <cuda_runtime_api.h>

#include <cstdio>
#include <vector>

#include "bf16.h"
#include "compare.h"
#include "config.h"
#include "cpu_reference.h"
#include "device_fill.h"
#include "gpu_reference.h"

namespace avo::attention {
using gpu_judge::bf16_to_float;

namespace {

// fp32 on the GPU against double on the CPU: both exact algorithms on the same bf16 inputs,
// so they agree to fp32 rounding over sums of a few hundred terms.
constexpr ElementTolerance kOTol{1e-5, 1e-4};
constexpr ElementTolerance kLseTol{1e-5, 1e-5};

std::vector<float> to_host_floats(const void* dev, int64_t n) {
  std::vector<uint16_t> bits(static_cast<size_t>(n));
  cudaMemcpy(bits.data(), dev, bits.size() * 2, cudaMemcpyDeviceToHost);
  std::vector<float> out(bits.size());
  for (size_t i = 0; i < bits.size(); ++i) out[i] = bf16_to_float(bits[i]);
  return out;
}

bool check_shape(const AttentionShape& s, uint64_t seed) {
  void *q = nullptr, *k = nullptr, *v = nullptr;
  float *o = nullptr, *lse = nullptr, *sg = nullptr;
  cudaMalloc(&q, 2 * static_cast<size_t>(s.q_elems()));
  cudaMalloc(&k, 2 * static_cast<size_t>(s.kv_elems()));
  cudaMalloc(&v, 2 * static_cast<size_t>(s.kv_elems()));
  cudaMalloc(reinterpret_cast<void**>(&o), 4 * static_cast<size_t>(s.q_elems()));
  cudaMalloc(reinterpret_cast<void**>(&lse), 4 * static_cast<size_t>(s.lse_elems()));
  cudaMalloc(reinterpret_cast<void**>(&sg), 4 * static_cast<size_t>(s.q_elems()));
  fill_normal_bf16(q, s.q_elems(), mix_seed(seed, 0), nullptr);
  fill_normal_bf16(k, s.kv_elems(), mix_seed(seed, 1), nullptr);
  fill_normal_bf16(v, s.kv_elems(), mix_seed(seed, 2), nullptr);
  fill_f32(o, s.q_elems(), NAN, nullptr);
  fill_f32(lse, s.lse_elems(), NAN, nullptr);
  const float scale = softmax_scale_for(s.head_dim);
  cudaError_t e = launch_gpu_reference(s, scale, q, k, v, o, lse, sg, nullptr);
  if (e == cudaSuccess) e = cudaDeviceSynchronize();
  bool ok = e == cudaSuccess;
  if (ok) {
    const auto cpu =
        cpu_reference_attention(s, scale, to_host_floats(q, s.q_elems()),
                                to_host_floats(k, s.kv_elems()), to_host_floats(v, s.kv_elems()));
    std::vector<float> go(static_cast<size_t>(s.q_elems())), gs(go.size());
    std::vector<float> gl(static_cast<size_t>(s.lse_elems()));
    cudaMemcpy(go.data(), o, go.size() * 4, cudaMemcpyDeviceToHost);
    cudaMemcpy(gs.data(), sg, gs.size() * 4, cudaMemcpyDeviceToHost);
    cudaMemcpy(gl.data(), lse, gl.size() * 4, cudaMemcpyDeviceToHost);
    const std::vector<float> co(cpu.o.begin(), cpu.o.end()), cl(cpu.lse.begin(), cpu.lse.end());
    const std::vector<float> cs(cpu.sigma.begin(), cpu.sigma.end());
    const ErrorStats eo = compare_f32(go.data(), co.data(), nullptr, s.q_elems(), kOTol);
    const ErrorStats es = compare_f32(gs.data(), cs.data(), nullptr, s.q_elems(), kOTol);
    const ErrorStats el = compare_f32(gl.data(), cl.data(), nullptr, s.lse_elems(), kLseTol);
    ok = eo.elements_ok() && es.elements_ok() && el.elements_ok();
    std::fprintf(stderr,
                 "self-test %-40s o max_abs %.2e (%lld bad)  lse max_abs %.2e (%lld bad)  %s\n",
                 s.describe().c_str(), eo.max_abs, static_cast<long long>(eo.mismatches),
                 el.max_abs, static_cast<long long>(el.mismatches), ok ? "ok" : "FAIL");
  } else {
    std::fprintf(stderr, "self-test %-40s CUDA error: %s\n", s.describe().c_str(),
                 cudaGetErrorString(e));
  }
  cudaFree(q);
  cudaFree(k);
  cudaFree(v);
  cudaFree(o);
  cudaFree(lse);
  cudaFree(sg);
  return ok;
}

}  // namespace

bool run_self_test(uint64_t seed) {
  const AttentionShape shapes[] = {
      // batch, heads_q, heads_kv, seqlen_q, seqlen_k, head_dim, causal
      {2, 4, 2, 77, 77, 64, true},
      {1, 2, 1, 50, 130, 128, true},  // seqlen_q < seqlen_k: rows see extra keys
      {1, 2, 2, 130, 50, 128, true},  // seqlen_q > seqlen_k: the first 80 rows see no key
      {2, 3, 3, 33, 65, 256, false},
      {1, 8, 2, 100, 100, 128, false},  // GQA, group 4
  };
  bool all = true;
  uint64_t i = 0;
  for (const auto& s : shapes) all = check_shape(s, mix_seed(seed, 100 + i++)) && all;
  return all;
}

}  // namespace avo::attention
