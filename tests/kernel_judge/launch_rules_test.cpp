// A bring-your-own kernel's launch description (avo_kernel.h): accepted when every field fits
// the declaration and the device, refused in one line naming the variant and the field
// otherwise; the variant that applies to a configuration, and its grid.
#include "launch_rules.h"

#include <gtest/gtest.h>

#include <cstring>

namespace avo::kernel_judge {
namespace {

KernelDecl RowsCols() {
  KernelDecl d;
  d.sizes = {"rows", "cols"};
  return d;
}

AvoKernelVariant Variant(const char* name) {
  AvoKernelVariant v{};
  std::strncpy(v.kernel, name, sizeof v.kernel - 1);
  v.when_size = -1;
  v.threads_per_block = 256;
  v.cluster[0] = v.cluster[1] = v.cluster[2] = 1;
  v.grid = AVO_KGRID_TILES;
  v.dims[0] = {0, 4};  // four rows per CTA
  v.dims[1] = {-1, 1};
  v.dims[2] = {-1, 1};
  return v;
}

// rms_norm_wide for cols in [4096, 1 << 20], rms_norm_rows for everything else.
AvoKernelLaunch TwoVariants() {
  AvoKernelLaunch l{};
  l.contract_version = AVO_KERNEL_CONTRACT_VERSION;
  l.num_variants = 2;
  l.variants[0] = Variant("rms_norm_wide");
  l.variants[0].when_size = 1;
  l.variants[0].when_min = 4096;
  l.variants[0].when_max = 1 << 20;
  l.variants[0].dims[0] = {0, 1};
  l.variants[1] = Variant("rms_norm_rows");
  return l;
}

const std::vector<std::string> kKernels = {"rms_norm_rows", "rms_norm_wide"};

std::string Refusal(const AvoKernelLaunch& l) {
  std::string error;
  EXPECT_FALSE(validate_launch(l, RowsCols(), kKernels, gpu_judge::DeviceLimits{}, &error));
  return error;
}

TEST(LaunchRulesTest, AWellFormedDescriptionIsAcceptedAndPicksByItsBounds) {
  const AvoKernelLaunch l = TwoVariants();
  std::string error;
  ASSERT_TRUE(validate_launch(l, RowsCols(), kKernels, gpu_judge::DeviceLimits{}, &error)) << error;
  std::string why;
  const AvoKernelVariant* wide = pick_variant(l, {1024, 8192}, &why);
  ASSERT_NE(wide, nullptr) << why;
  EXPECT_STREQ(wide->kernel, "rms_norm_wide");
  const AvoKernelVariant* narrow = pick_variant(l, {1024, 4095}, &why);
  ASSERT_NE(narrow, nullptr) << why;
  EXPECT_STREQ(narrow->kernel, "rms_norm_rows");
}

TEST(LaunchRulesTest, NoApplicableVariantIsSaid) {
  AvoKernelLaunch l = TwoVariants();
  l.num_variants = 1;  // only the wide one
  std::string why;
  EXPECT_EQ(pick_variant(l, {8, 128}, &why), nullptr);
  EXPECT_NE(why.find("no variant"), std::string::npos) << why;
}

TEST(LaunchRulesTest, ContractVersionAndVariantCountAreChecked) {
  AvoKernelLaunch l = TwoVariants();
  l.contract_version = 7;
  EXPECT_NE(Refusal(l).find("contract_version 7"), std::string::npos);
  for (int n : {0, AVO_KERNEL_MAX_VARIANTS + 1}) {
    l = TwoVariants();
    l.num_variants = n;
    EXPECT_NE(Refusal(l).find("num_variants " + std::to_string(n)), std::string::npos) << n;
  }
}

TEST(LaunchRulesTest, EachBadFieldIsNamedWithItsVariant) {
  struct Case {
    void (*mutate)(AvoKernelVariant*);
    const char* says;
  };
  const Case cases[] = {
      {[](AvoKernelVariant* v) { std::strcpy(v->kernel, "missing"); }, "no entry kernel"},
      {[](AvoKernelVariant* v) { std::memset(v->kernel, 'a', sizeof v->kernel); },
       "no terminating NUL"},
      {[](AvoKernelVariant* v) { v->threads_per_block = 0; }, "threads_per_block 0"},
      {[](AvoKernelVariant* v) { v->threads_per_block = 2048; }, "threads_per_block 2048"},
      {[](AvoKernelVariant* v) { v->dynamic_smem_bytes = 300 * 1024; }, "dynamic_smem_bytes"},
      {[](AvoKernelVariant* v) { v->cluster[1] = -1; }, "cluster[1] -1"},
      {[](AvoKernelVariant* v) {
         v->cluster[0] = 5;
         v->cluster[1] = 4;
       },
       "a cluster of 20"},
      {[](AvoKernelVariant* v) { v->grid = 7; }, "grid 7"},
      {[](AvoKernelVariant* v) {
         v->dims[2] = {2, 1};
       },
       "dims[2].size 2 is not a size"},
      {[](AvoKernelVariant* v) { v->dims[0].per_cta = 0; }, "dims[0].per_cta 0"},
      {[](AvoKernelVariant* v) { v->grid = AVO_KGRID_PERSISTENT; }, "ctas_per_sm 0"},
      {[](AvoKernelVariant* v) { v->when_size = 5; }, "when_size 5"},
      {[](AvoKernelVariant* v) {
         v->when_size = 0;
         v->when_min = 9;
         v->when_max = 8;
       },
       "when_min 9 is above when_max 8"},
  };
  for (const Case& c : cases) {
    AvoKernelLaunch l = TwoVariants();
    c.mutate(&l.variants[1]);
    const std::string error = Refusal(l);
    EXPECT_NE(error.find("variant 1 ("), std::string::npos) << error;
    EXPECT_NE(error.find(c.says), std::string::npos) << error << " / " << c.says;
  }
}

TEST(LaunchRulesTest, TileGridsRoundUpToTilesAndClusters) {
  AvoKernelVariant v = Variant("rms_norm_rows");
  std::array<unsigned, 3> grid{};
  std::string why;
  ASSERT_TRUE(grid_for(v, {10, 64}, gpu_judge::DeviceLimits{}, &grid, &why)) << why;
  EXPECT_EQ(grid, (std::array<unsigned, 3>{3, 1, 1}));  // ceil(10 / 4)
  v.cluster[0] = 2;
  ASSERT_TRUE(grid_for(v, {10, 64}, gpu_judge::DeviceLimits{}, &grid, &why)) << why;
  EXPECT_EQ(grid, (std::array<unsigned, 3>{4, 1, 1}));  // 3 rounded up to the cluster's 2
  v.dims[1] = {1, 32};
  ASSERT_TRUE(grid_for(v, {10, 65}, gpu_judge::DeviceLimits{}, &grid, &why)) << why;
  EXPECT_EQ(grid[1], 3u);  // ceil(65 / 32)
}

TEST(LaunchRulesTest, PersistentGridsStopAtTheSmsOrTheTiles) {
  AvoKernelVariant v = Variant("rms_norm_rows");
  v.grid = AVO_KGRID_PERSISTENT;
  v.ctas_per_sm = 2;
  gpu_judge::DeviceLimits limits;
  limits.sm_count = 132;
  std::array<unsigned, 3> grid{};
  std::string why;
  ASSERT_TRUE(grid_for(v, {1 << 20, 64}, limits, &grid, &why)) << why;
  EXPECT_EQ(grid, (std::array<unsigned, 3>{264, 1, 1}));
  ASSERT_TRUE(grid_for(v, {40, 64}, limits, &grid, &why)) << why;
  EXPECT_EQ(grid, (std::array<unsigned, 3>{10, 1, 1}));  // only ten tiles of four rows
  // Extents whose product overflows 64 bits still give the SM bound.
  v.dims[1] = {1, 1};
  v.dims[2] = {0, 1};
  ASSERT_TRUE(grid_for(v, {int64_t{1} << 40, int64_t{1} << 40}, limits, &grid, &why)) << why;
  EXPECT_EQ(grid[0], 264u);
}

TEST(LaunchRulesTest, AGridBeyondTheDeviceIsRefused) {
  AvoKernelVariant v = Variant("rms_norm_rows");
  v.dims[1] = {1, 1};  // one CTA per column in y: at most 65535
  std::array<unsigned, 3> grid{};
  std::string why;
  EXPECT_FALSE(grid_for(v, {4, 70000}, gpu_judge::DeviceLimits{}, &grid, &why));
  EXPECT_NE(why.find("dimension y"), std::string::npos) << why;
}

}  // namespace
}  // namespace avo::kernel_judge
