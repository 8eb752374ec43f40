// hopper.cuh -- the Hopper (sm_90a) instructions the wgmma kernel is built from, one thin
// wrapper each: mbarriers, TMA tensor loads, warpgroup MMA (wgmma) with its shared-memory
// descriptors, and register reallocation (setmaxnreg). PTX ISA 8.x, sections "Asynchronous
// Warpgroup Level Matrix Multiply-Accumulate", "cp.async.bulk.tensor", "mbarrier", "setmaxnreg".
//
// Shared-memory tiles (Q, K, V) are what one TMA box of (64 d, 1 head, R rows, 1 batch) with the
// 128-byte swizzle writes: R rows of 64 bf16 (128 bytes each), the 16-byte chunk c of row r
// stored at chunk c ^ (r % 8). A head dim of 128 is two such "panels" (d 0..63, d 64..127) one
// after the other. Every panel starts at a multiple of 1024 bytes, where the swizzle's 8-row
// pattern starts.
//
// wgmma.m64nNk16 register layouts (PTX ISA, "Register Fragments" for .m64nNk16), for thread
// `lane` of warp w (0..3) of the warpgroup, g = lane / 4, t = lane % 4:
//   accumulator D (64 x N, fp32): d[4j + e] = D[16w + g + 8 * (e / 2)][8j + 2t + e % 2],
//                                 j = 0 .. N/8 - 1, e = 0..3
//   A from registers (64 x 16, bf16x2 per register):
//                                 a[0] = A[16w + g][2t, 2t+1],     a[1] = A[16w + g + 8][2t, 2t+1],
//                                 a[2] = A[16w + g][2t+8, 2t+9],   a[3] = A[16w + g + 8][2t+8, 2t+9]
// so the accumulator tiles j = 2k, 2k+1 of one product, packed to bf16, are the A operand of
// k-step k of the next (P = softmax(S) goes from QK^T's accumulators to PV's A in registers).
#pragma once

#include <cuda_bf16.h>

#include <cstdint>

namespace avo_hopper {

__device__ __forceinline__ uint32_t smem_u32(const void* p) {
  return static_cast<uint32_t>(__cvta_generic_to_shared(p));
}

// ---- mbarriers (shared-memory barriers with a transaction count) ----------------------------

// A 32-bit store to shared memory by its shared-space address.
__device__ __forceinline__ void st_shared_u32(uint32_t addr, uint32_t v) {
  asm volatile("st.shared.b32 [%0], %1;\n" ::"r"(addr), "r"(v) : "memory");
}

__device__ __forceinline__ void mbar_init(uint64_t* bar, uint32_t arrivals) {
  asm volatile("mbarrier.init.shared::cta.b64 [%0], %1;\n" ::"r"(smem_u32(bar)), "r"(arrivals));
}

// Makes the initialised barriers visible to the async proxy (TMA) before first use.
__device__ __forceinline__ void mbar_fence_init() {
  asm volatile("fence.mbarrier_init.release.cluster;\n" ::: "memory");
}

// One arrival that also announces `bytes` of TMA traffic the phase must wait for.
__device__ __forceinline__ void mbar_arrive_expect_tx(uint64_t* bar, uint32_t bytes) {
  asm volatile("mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;\n" ::"r"(smem_u32(bar)),
               "r"(bytes)
               : "memory");
}

__device__ __forceinline__ void mbar_arrive(uint64_t* bar) {
  asm volatile("mbarrier.arrive.shared::cta.b64 _, [%0];\n" ::"r"(smem_u32(bar)) : "memory");
}

// Blocks until the phase with parity `parity` has completed. A fresh barrier is in phase 0, and
// waiting for parity 1 returns at once (the phase "before" it counts as complete): producers wait
// on empty barriers with the flipped parity so that their first pass does not block.
__device__ __forceinline__ void mbar_wait(uint64_t* bar, uint32_t parity) {
  asm volatile(
      "{\n"
      ".reg .pred done;\n"
      "WAIT:\n"
      "mbarrier.try_wait.parity.shared::cta.b64 done, [%0], %1;\n"
      "@!done bra WAIT;\n"
      "}\n" ::"r"(smem_u32(bar)),
      "r"(parity)
      : "memory");
}

// ---- TMA -----------------------------------------------------------------------------------

// Loads the box at element coordinates (d, h, s, b) of the tensor map into `dst`; the bytes
// complete on `bar`. Coordinates past the tensor's end read as zeros.
__device__ __forceinline__ void tma_load_4d(void* dst, const CUtensorMap* map, uint64_t* bar, int d,
                                            int h, int s, int b) {
  asm volatile(
      "cp.async.bulk.tensor.4d.shared::cluster.global.tile.mbarrier::complete_tx::bytes"
      " [%0], [%1, {%2, %3, %4, %5}], [%6];\n" ::"r"(smem_u32(dst)),
      "l"(reinterpret_cast<uint64_t>(map)), "r"(d), "r"(h), "r"(s), "r"(b), "r"(smem_u32(bar))
      : "memory");
}

// tma_load_4d's box, written at the same shared-memory offset in every CTA of the cluster whose
// bit is set in `cta_mask` (by rank, %cluster_ctarank); each of those CTAs counts the bytes it
// receives on its own mbarrier at `bar`'s offset. Every receiving CTA must have armed that barrier
// (arrive.expect_tx) for them, or have its phase still pending for them.
__device__ __forceinline__ void tma_load_4d_multicast(void* dst, const CUtensorMap* map,
                                                      uint64_t* bar, uint16_t cta_mask, int d,
                                                      int h, int s, int b) {
  asm volatile(
      "cp.async.bulk.tensor.4d.shared::cluster.global.tile.mbarrier::complete_tx::bytes"
      ".multicast::cluster [%0], [%1, {%2, %3, %4, %5}], [%6], %7;\n" ::"r"(smem_u32(dst)),
      "l"(reinterpret_cast<uint64_t>(map)), "r"(d), "r"(h), "r"(s), "r"(b), "r"(smem_u32(bar)),
      "h"(cta_mask)
      : "memory");
}

// Stores `src` (a box laid out as tma_load_4d leaves it) to the tensor at (d, h, s, b); parts of
// the box past the tensor's end are not written. Completes as a bulk group of this thread.
__device__ __forceinline__ void tma_store_4d(const CUtensorMap* map, const void* src, int d, int h,
                                             int s, int b) {
  asm volatile(
      "cp.async.bulk.tensor.4d.global.shared::cta.tile.bulk_group [%0, {%1, %2, %3, %4}], [%5];\n" ::"l"(
          reinterpret_cast<uint64_t>(map)),
      "r"(d), "r"(h), "r"(s), "r"(b), "r"(smem_u32(src))
      : "memory");
}
__device__ __forceinline__ void tma_store_commit() {
  asm volatile("cp.async.bulk.commit_group;\n" ::: "memory");
}
// Waits until the committed stores have read their shared memory (it may then be reused or freed).
__device__ __forceinline__ void tma_store_wait_read() {
  asm volatile("cp.async.bulk.wait_group.read 0;\n" ::: "memory");
}
// Makes this thread's ordinary shared-memory writes visible to TMA (the async proxy).
__device__ __forceinline__ void fence_async_smem() {
  asm volatile("fence.proxy.async.shared::cta;\n" ::: "memory");
}

// ---- thread block clusters (PTX ISA "mapa", "barrier.cluster", "mbarrier") ----------------

// This CTA's rank in its cluster.
__device__ __forceinline__ uint32_t cluster_ctarank() {
  uint32_t r;
  asm volatile("mov.u32 %0, %%cluster_ctarank;\n" : "=r"(r));
  return r;
}

// The shared::cluster address of the variable at shared-space address `addr` in the CTA of rank
// `rank` (this CTA's own rank gives an address of its own shared memory).
__device__ __forceinline__ uint32_t mapa_shared(uint32_t addr, uint32_t rank) {
  uint32_t r;
  asm volatile("mapa.shared::cluster.u32 %0, %1, %2;\n" : "=r"(r) : "r"(addr), "r"(rank));
  return r;
}

// One arrival on the mbarrier at shared::cluster address `addr`, in this CTA or another of the
// cluster. The default semantics (release at CTA scope), as CUTLASS's ClusterBarrier::arrive and
// so FlashAttention-3 use for releasing a stage to a peer: what it releases are shared-memory
// reads by wgmma that have already retired (wgmma.wait_group). An explicit .release.cluster
// costs MEMBAR.ALL.GPU before every arrival in SASS.
__device__ __forceinline__ void mbar_arrive_cluster(uint32_t addr) {
  asm volatile("mbarrier.arrive.shared::cluster.b64 _, [%0];\n" ::"r"(addr) : "memory");
}

// Every thread of every CTA of the cluster: waits until all have arrived. The arrival is relaxed:
// what must be visible across the cluster after it, the mbarrier.init of the thread that
// initialised them, is released by its fence.mbarrier_init.release.cluster (PTX ISA's pattern
// for that fence; CUTLASS's cluster_arrive_relaxed). A .release arrival costs MEMBAR.ALL.GPU.
__device__ __forceinline__ void cluster_sync() {
  asm volatile(
      "barrier.cluster.arrive.relaxed.aligned;\n"
      "barrier.cluster.wait.acquire.aligned;\n" ::
          : "memory");
}

// ---- named barriers (bar.sync on ids 1..15; id 0 is __syncthreads) ----------------------

// Waits until `threads` threads have reached barrier `id` (this one included).
__device__ __forceinline__ void named_sync(int id, int threads) {
  asm volatile("bar.sync %0, %1;\n" ::"r"(id), "r"(threads) : "memory");
}
// Counts this thread toward barrier `id` without waiting (the other side of a named_sync).
__device__ __forceinline__ void named_arrive(int id, int threads) {
  asm volatile("bar.arrive %0, %1;\n" ::"r"(id), "r"(threads) : "memory");
}

// ---- register reallocation between warpgroups ----------------------------------------------

template <int kRegs>
__device__ __forceinline__ void regs_release() {
  asm volatile("setmaxnreg.dec.sync.aligned.u32 %0;\n" ::"n"(kRegs));
}
template <int kRegs>
__device__ __forceinline__ void regs_claim() {
  asm volatile("setmaxnreg.inc.sync.aligned.u32 %0;\n" ::"n"(kRegs));
}

// ---- wgmma ---------------------------------------------------------------------------------

// A shared-memory matrix descriptor (PTX ISA, "Matrix Descriptor Format"): start address, the
// leading- and stride-dimension byte offsets (all in 16-byte units), and the 128-byte swizzle.
//   K-major operand (Q and K in S = Q K^T): rows of 64 d, 8-row groups 1024 bytes apart (SBO);
//     LBO is unused because one k-step (16 d = 32 bytes) never leaves a 128-byte row.
//   MN-major operand (V in O = P V, rows are keys = the k dimension): 8-key groups 1024 bytes
//     apart (SBO), 64-wide d panels `panel_bytes` apart (LBO).
__device__ __forceinline__ uint64_t smem_desc(const void* p, uint32_t lbo_bytes, uint32_t sbo_bytes) {
  uint64_t desc = (smem_u32(p) & 0x3FFFF) >> 4;
  desc |= static_cast<uint64_t>((lbo_bytes >> 4) & 0x3FFF) << 16;
  desc |= static_cast<uint64_t>((sbo_bytes >> 4) & 0x3FFF) << 32;
  desc |= 1ull << 62;  // 128-byte swizzle
  return desc;
}

// Orders this thread's register accesses before the asynchronous MMAs that follow.
__device__ __forceinline__ void wgmma_fence() {
  asm volatile("wgmma.fence.sync.aligned;\n" ::: "memory");
}
__device__ __forceinline__ void wgmma_commit() {
  asm volatile("wgmma.commit_group.sync.aligned;\n" ::: "memory");
}
// Waits until at most N committed groups of this warpgroup are still running.
template <int N>
__device__ __forceinline__ void wgmma_wait() {
  asm volatile("wgmma.wait_group.sync.aligned %0;\n" ::"n"(N) : "memory");
}

// Pins registers in place around asynchronous MMAs: the compiler may not move their reads or
// writes across this point (it believes the empty asm reads and writes them).
template <int N>
__device__ __forceinline__ void fence_regs(float (&r)[N]) {
#pragma unroll
  for (int i = 0; i < N; ++i) asm volatile("" : "+f"(r[i])::"memory");
}

#define AVO_D64(d)                                                                                  \
  "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]),   \
      "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]),      \
      "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]),    \
      "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]),    \
      "+f"(d[29]), "+f"(d[30]), "+f"(d[31]), "+f"(d[32]), "+f"(d[33]), "+f"(d[34]), "+f"(d[35]),    \
      "+f"(d[36]), "+f"(d[37]), "+f"(d[38]), "+f"(d[39]), "+f"(d[40]), "+f"(d[41]), "+f"(d[42]),    \
      "+f"(d[43]), "+f"(d[44]), "+f"(d[45]), "+f"(d[46]), "+f"(d[47]), "+f"(d[48]), "+f"(d[49]),    \
      "+f"(d[50]), "+f"(d[51]), "+f"(d[52]), "+f"(d[53]), "+f"(d[54]), "+f"(d[55]), "+f"(d[56]),    \
      "+f"(d[57]), "+f"(d[58]), "+f"(d[59]), "+f"(d[60]), "+f"(d[61]), "+f"(d[62]), "+f"(d[63])

#define AVO_D64_LIST                                        \
  "{%0, %1, %2, %3, %4, %5, %6, %7, "                       \
  "%8, %9, %10, %11, %12, %13, %14, %15, "                  \
  "%16, %17, %18, %19, %20, %21, %22, %23, "                \
  "%24, %25, %26, %27, %28, %29, %30, %31, "                \
  "%32, %33, %34, %35, %36, %37, %38, %39, "                \
  "%40, %41, %42, %43, %44, %45, %46, %47, "                \
  "%48, %49, %50, %51, %52, %53, %54, %55, "                \
  "%56, %57, %58, %59, %60, %61, %62, %63}"

// D(64x128 fp32) = A(64x16, shared, K-major) * B(16x128, shared, K-major) + (accumulate ? D : 0).
__device__ __forceinline__ void wgmma_m64n128k16_ss(float (&d)[64], uint64_t desc_a,
                                                    uint64_t desc_b, bool accumulate) {
  asm volatile(
      "{\n"
      ".reg .pred acc;\n"
      "setp.ne.b32 acc, %66, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 " AVO_D64_LIST
      ", %64, %65, acc, 1, 1, 0, 0;\n"
      "}\n"
      : AVO_D64(d)
      : "l"(desc_a), "l"(desc_b), "r"(static_cast<int>(accumulate)));
}

// D(64x128 fp32) += A(64x16, bf16 registers as above) * B(16x128, shared, MN-major).
__device__ __forceinline__ void wgmma_m64n128k16_rs_mn(float (&d)[64], const uint32_t (&a)[4],
                                                       uint64_t desc_b) {
  asm volatile(
      "{\n"
      ".reg .pred acc;\n"
      "setp.ne.b32 acc, %69, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 " AVO_D64_LIST
      ", {%64, %65, %66, %67}, %68, acc, 1, 1, 1;\n"
      "}\n"
      : AVO_D64(d)
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(desc_b), "r"(1));
}

#define AVO_D32(d)                                                                                \
  "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), \
      "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]),    \
      "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]),  \
      "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]),  \
      "+f"(d[29]), "+f"(d[30]), "+f"(d[31])

#define AVO_D32_LIST                         \
  "{%0, %1, %2, %3, %4, %5, %6, %7, "        \
  "%8, %9, %10, %11, %12, %13, %14, %15, "   \
  "%16, %17, %18, %19, %20, %21, %22, %23, " \
  "%24, %25, %26, %27, %28, %29, %30, %31}"

// D(64x64 fp32) += A(64x16, bf16 registers) * B(16x64, shared, MN-major): O += P V at head dim 64.
__device__ __forceinline__ void wgmma_m64n64k16_rs_mn(float (&d)[32], const uint32_t (&a)[4],
                                                      uint64_t desc_b) {
  asm volatile(
      "{\n"
      ".reg .pred acc;\n"
      "setp.ne.b32 acc, %37, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 " AVO_D32_LIST
      ", {%32, %33, %34, %35}, %36, acc, 1, 1, 1;\n"
      "}\n"
      : AVO_D32(d)
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(desc_b), "r"(1));
}

// O += P V for a 64 x kHeadDim accumulator: the instruction whose N is the head dim.
template <int kHeadDim>
__device__ __forceinline__ void wgmma_pv(float (&d)[kHeadDim / 2], const uint32_t (&a)[4],
                                         uint64_t desc_b) {
  if constexpr (kHeadDim == 128) {
    wgmma_m64n128k16_rs_mn(d, a, desc_b);
  } else {
    static_assert(kHeadDim == 64, "wgmma_pv: head dim 64 or 128");
    wgmma_m64n64k16_rs_mn(d, a, desc_b);
  }
}

#define AVO_D88(d) \
    "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), \
    "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), \
    "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), \
    "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), \
    "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31]), "+f"(d[32]), "+f"(d[33]), "+f"(d[34]), \
    "+f"(d[35]), "+f"(d[36]), "+f"(d[37]), "+f"(d[38]), "+f"(d[39]), "+f"(d[40]), "+f"(d[41]), \
    "+f"(d[42]), "+f"(d[43]), "+f"(d[44]), "+f"(d[45]), "+f"(d[46]), "+f"(d[47]), "+f"(d[48]), \
    "+f"(d[49]), "+f"(d[50]), "+f"(d[51]), "+f"(d[52]), "+f"(d[53]), "+f"(d[54]), "+f"(d[55]), \
    "+f"(d[56]), "+f"(d[57]), "+f"(d[58]), "+f"(d[59]), "+f"(d[60]), "+f"(d[61]), "+f"(d[62]), \
    "+f"(d[63]), "+f"(d[64]), "+f"(d[65]), "+f"(d[66]), "+f"(d[67]), "+f"(d[68]), "+f"(d[69]), \
    "+f"(d[70]), "+f"(d[71]), "+f"(d[72]), "+f"(d[73]), "+f"(d[74]), "+f"(d[75]), "+f"(d[76]), \
    "+f"(d[77]), "+f"(d[78]), "+f"(d[79]), "+f"(d[80]), "+f"(d[81]), "+f"(d[82]), "+f"(d[83]), \
    "+f"(d[84]), "+f"(d[85]), "+f"(d[86]), "+f"(d[87])

#define AVO_D88_LIST \
  "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, " \
  "%11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, " \
  "%22, %23, %24, %25, %26, %27, %28, %29, %30, %31, %32, " \
  "%33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, " \
  "%44, %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, " \
  "%55, %56, %57, %58, %59, %60, %61, %62, %63, %64, %65, " \
  "%66, %67, %68, %69, %70, %71, %72, %73, %74, %75, %76, " \
  "%77, %78, %79, %80, %81, %82, %83, %84, %85, %86, %87}"

// D(64x176 fp32) = A(64x16, shared, K-major) * B(16x176, shared, K-major) + (accumulate ? D : 0):
// S = Q K^T over a 176-key tile (FlashAttention-3's non-causal head-dim-128 tile width).
__device__ __forceinline__ void wgmma_m64n176k16_ss(float (&d)[88], uint64_t desc_a,
                                                    uint64_t desc_b, bool accumulate) {
  asm volatile(
      "{\n"
      ".reg .pred acc;\n"
      "setp.ne.b32 acc, %90, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n176k16.f32.bf16.bf16 " AVO_D88_LIST
      ", %88, %89, acc, 1, 1, 0, 0;\n"
      "}\n"
      : AVO_D88(d)
      : "l"(desc_a), "l"(desc_b), "r"(static_cast<int>(accumulate)));
}

// S = Q K^T for one k-step over a tile of kBlockN keys: the instruction whose N is the tile width.
template <int kBlockN>
__device__ __forceinline__ void wgmma_qk(float (&d)[kBlockN / 2], uint64_t desc_a, uint64_t desc_b,
                                         bool accumulate) {
  if constexpr (kBlockN == 128) {
    wgmma_m64n128k16_ss(d, desc_a, desc_b, accumulate);
  } else {
    static_assert(kBlockN == 176, "wgmma_qk: 128 or 176 keys per tile");
    wgmma_m64n176k16_ss(d, desc_a, desc_b, accumulate);
  }
}

#undef AVO_D88_LIST
#undef AVO_D88
#undef AVO_D32_LIST
#undef AVO_D32
#undef AVO_D64_LIST
#undef AVO_D64

// ---- math ----------------------------------------------------------------------------------

// 2^x on the SFU (MUFU.EX2), flushing denormal results to zero: what softmax needs, without the
// range fix-up code exp2f carries when fast math is off.
__device__ __forceinline__ float exp2_approx(float x) {
  float y;
  asm("ex2.approx.ftz.f32 %0, %1;\n" : "=f"(y) : "f"(x));
  return y;
}

// 1 / x on the SFU (MUFU.RCP), a few ulp: what normalising O for bf16 needs.
__device__ __forceinline__ float rcp_approx(float x) {
  float y;
  asm("rcp.approx.ftz.f32 %0, %1;\n" : "=f"(y) : "f"(x));
  return y;
}

__device__ __forceinline__ uint32_t pack_bf16x2(float lo, float hi) {
  __nv_bfloat162 v = __floats2bfloat162_rn(lo, hi);
  return *reinterpret_cast<uint32_t*>(&v);
}

}  // namespace avo_hopper
