// Contract v2's launch description: validation against the module and the device, variant
// choice and the grid rules (where the CUDA headers are installed).
#if __has_include(<cuda.h>)
#include "launch_desc.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstring>
#include <vector>

namespace avo::attention {
namespace {

AvoAttentionLaunch one_variant() {
  AvoAttentionLaunch l{};
  l.contract_version = AVO_ATTENTION_CONTRACT_VERSION;
  l.num_variants = 1;
  AvoAttentionVariant& v = l.variants[0];
  std::strcpy(v.kernel, "fwd");
  v.head_dim = 128;
  v.causal = -1;
  v.threads_per_block = 128;
  v.dynamic_smem_bytes = 64 * 1024;
  v.cluster[0] = v.cluster[1] = v.cluster[2] = 1;
  v.grid = AVO_GRID_TILES;
  v.block_m = 128;
  return l;
}

AttentionShape shape(int b, int h, int s, bool causal) {
  AttentionShape x;
  x.batch = b;
  x.heads_q = h;
  x.heads_kv = h;
  x.seqlen_q = x.seqlen_k = s;
  x.head_dim = 128;
  x.causal = causal;
  return x;
}

// The contract's layout is an ABI between cubins built by candidates and the launcher: these
// change only with AVO_ATTENTION_CONTRACT_VERSION.
TEST(ContractHeader, LayoutIsVersionTwo) {
  EXPECT_EQ(AVO_ATTENTION_CONTRACT_VERSION, 2);
  EXPECT_EQ(sizeof(CUtensorMap), 128u);
  EXPECT_EQ(offsetof(AvoAttentionParams, q), 4 * sizeof(CUtensorMap));  // maps first, aligned
  EXPECT_EQ(alignof(AvoAttentionParams) % 64, 0u);
  // name 64, ten ints 40, four TMA boxes 80, scratch_bytes 8.
  EXPECT_EQ(sizeof(AvoAttentionVariant), 192u);
  EXPECT_EQ(sizeof(AvoAttentionLaunch), 8 + AVO_ATTN_MAX_VARIANTS * sizeof(AvoAttentionVariant));
  EXPECT_STREQ(AVO_ATTENTION_LAUNCH_SYMBOL, "avo_attention_launch");
}

TEST(LaunchDesc, AcceptsAWellFormedDescription) {
  std::string why;
  EXPECT_TRUE(validate_launch(one_variant(), {"fwd"}, DeviceLimits{}, &why)) << why;
}

TEST(LaunchDesc, RefusesEachBadFieldNamingIt) {
  struct Case {
    const char* field;
    void (*spoil)(AvoAttentionLaunch&);
  };
  const Case cases[] = {
      {"contract version", [](AvoAttentionLaunch& l) { l.contract_version = 1; }},
      {"num_variants", [](AvoAttentionLaunch& l) { l.num_variants = 0; }},
      {"no __global__ kernel",
       [](AvoAttentionLaunch& l) { std::strcpy(l.variants[0].kernel, "x"); }},
      {"threads_per_block", [](AvoAttentionLaunch& l) { l.variants[0].threads_per_block = 100; }},
      {"dynamic_smem_bytes",
       [](AvoAttentionLaunch& l) { l.variants[0].dynamic_smem_bytes = 300 * 1024; }},
      {"cluster", [](AvoAttentionLaunch& l) { l.variants[0].cluster[0] = 32; }},
      {"grid", [](AvoAttentionLaunch& l) { l.variants[0].grid = 7; }},
      {"block_m", [](AvoAttentionLaunch& l) { l.variants[0].block_m = 0; }},
      {"ctas_per_sm", [](AvoAttentionLaunch& l) { l.variants[0].grid = AVO_GRID_PERSISTENT; }},
      {"swizzle",
       [](AvoAttentionLaunch& l) {
         l.variants[0].tma[AVO_TENSOR_K] = {{64, 1, 128, 1}, 48};
       }},
      {"wider than its swizzle",
       [](AvoAttentionLaunch& l) {
         l.variants[0].tma[AVO_TENSOR_Q] = {{128, 1, 64, 1}, 128};
       }},
      {"scratch_bytes", [](AvoAttentionLaunch& l) { l.variants[0].scratch_bytes = 1ull << 40; }},
  };
  for (const Case& c : cases) {
    AvoAttentionLaunch l = one_variant();
    c.spoil(l);
    std::string why;
    EXPECT_FALSE(validate_launch(l, {"fwd"}, DeviceLimits{}, &why)) << c.field;
    EXPECT_NE(why.find(c.field), std::string::npos) << c.field << ": " << why;
  }
}

// A description that disagrees with the compiled kernel is refused before its first call, naming
// the variant and the field; one that fits passes.
TEST(LaunchDesc, RefusesALaunchTheKernelCannotTake) {
  const AvoAttentionVariant v = one_variant().variants[0];  // 128 threads, 64 KiB dynamic
  FunctionNeeds fits;
  fits.max_threads_per_block = 384;
  fits.registers = 168;
  fits.static_smem_bytes = 0;
  fits.ctas_per_sm = 1;
  std::string why;
  EXPECT_TRUE(check_function_fit(v, 0, fits, DeviceLimits{}, &why)) << why;

  struct Case {
    const char* says;
    AvoAttentionVariant v;
    FunctionNeeds f;
  };
  std::vector<Case> cases;
  {  // more threads than __launch_bounds__(128) allows
    Case c{"exceeds the 128 the kernel's launch bounds", v, fits};
    c.v.threads_per_block = 256;
    c.f.max_threads_per_block = 128;
    cases.push_back(c);
  }
  {  // static __shared__ arrays leave too little for the dynamic bytes asked
    Case c{"bytes of static shared memory exceed", v, fits};
    c.v.dynamic_smem_bytes = 200 * 1024;
    c.f.static_smem_bytes = 40 * 1024;
    cases.push_back(c);
  }
  {  // 1024 threads at 255 registers: 256 registers per thread-warp granule, 8x the SM's file
    Case c{"registers a thread need more than the SM's 65536", v, fits};
    c.v.threads_per_block = 1024;
    c.f.max_threads_per_block = 1024;
    c.f.registers = 255;
    cases.push_back(c);
  }
  {
    Case c{"no room for one CTA", v, fits};
    c.f.ctas_per_sm = 0;
    cases.push_back(c);
  }
  {
    Case c{"cluster of 16 CTAs cannot be co-scheduled", v, fits};
    c.v.cluster[0] = 16;
    c.f.clusters = 0;
    cases.push_back(c);
  }
  for (const Case& c : cases) {
    why.clear();
    EXPECT_FALSE(check_function_fit(c.v, 3, c.f, DeviceLimits{}, &why)) << c.says;
    EXPECT_NE(why.find(c.says), std::string::npos) << c.says << ": " << why;
    EXPECT_EQ(why.rfind("launch description variant 3 (fwd): ", 0), 0u) << why;
    EXPECT_EQ(why.find('\n'), std::string::npos) << why;
  }
  // Unknown occupancy (-1) is not a refusal; a cluster that fits once is enough.
  FunctionNeeds unknown = fits;
  unknown.ctas_per_sm = -1;
  AvoAttentionVariant clustered = v;
  clustered.cluster[0] = 2;
  unknown.clusters = 1;
  EXPECT_TRUE(check_function_fit(clustered, 0, unknown, DeviceLimits{}, &why)) << why;
}

TEST(LaunchDesc, PicksTheFirstMatchingVariant) {
  AvoAttentionLaunch l = one_variant();
  l.variants[0].causal = 1;
  l.variants[1] = l.variants[0];
  l.variants[1].causal = -1;
  std::strcpy(l.variants[1].kernel, "any");
  l.num_variants = 2;
  std::string why;
  EXPECT_STREQ(pick_variant(l, shape(1, 1, 128, true), &why)->kernel, "fwd");
  EXPECT_STREQ(pick_variant(l, shape(1, 1, 128, false), &why)->kernel, "any");
  AttentionShape d64 = shape(1, 1, 128, false);
  d64.head_dim = 64;
  EXPECT_EQ(pick_variant(l, d64, &why), nullptr);
  EXPECT_NE(why.find("head_dim 64"), std::string::npos) << why;
}

TEST(LaunchDesc, TileGridIsOneCtaPerMTileHeadAndBatch) {
  const AvoAttentionLaunch l = one_variant();
  std::array<unsigned, 3> g{};
  std::string why;
  ASSERT_TRUE(grid_for(l.variants[0], shape(8, 16, 4097, false), 132, &g, &why)) << why;
  EXPECT_EQ(g, (std::array<unsigned, 3>{33, 16, 8}));
}

TEST(LaunchDesc, PersistentGridIsCappedByTheWorkAndRoundedToTheCluster) {
  AvoAttentionVariant v = one_variant().variants[0];
  v.grid = AVO_GRID_PERSISTENT;
  v.ctas_per_sm = 1;
  std::array<unsigned, 3> g{};
  std::string why;
  ASSERT_TRUE(grid_for(v, shape(8, 16, 4096, false), 132, &g, &why));
  EXPECT_EQ(g[0], 132u);
  ASSERT_TRUE(grid_for(v, shape(1, 1, 256, false), 132, &g, &why));
  EXPECT_EQ(g[0], 2u);  // two m-tiles of work
  v.cluster[0] = 4;
  ASSERT_TRUE(grid_for(v, shape(1, 1, 256, false), 132, &g, &why));
  EXPECT_EQ(g[0], 4u);
}

TEST(LaunchDesc, RefusesAGridBeyondTheHardwareLimit) {
  std::array<unsigned, 3> g{};
  std::string why;
  EXPECT_FALSE(grid_for(one_variant().variants[0], shape(70000, 1, 128, false), 132, &g, &why));
  EXPECT_NE(why.find("hardware limit"), std::string::npos) << why;
}

}  // namespace
}  // namespace avo::attention
#endif
