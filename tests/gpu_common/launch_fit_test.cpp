// launch_fit.h: a launch shape against what the entry kernel needs and what the device allows.
#include "launch_fit.h"

#include <gtest/gtest.h>

namespace avo::gpu_judge {
namespace {

LaunchShape shape(int threads, int smem, int cx = 1) {
  LaunchShape s;
  s.threads_per_block = threads;
  s.dynamic_smem_bytes = smem;
  s.cluster[0] = cx;
  return s;
}

FunctionNeeds fits() {
  FunctionNeeds f;
  f.max_threads_per_block = 384;
  f.registers = 168;
  f.static_smem_bytes = 0;
  f.ctas_per_sm = 1;
  f.clusters = 66;
  return f;
}

TEST(LaunchFit, AShapeTheKernelAndTheDeviceAllowFits) {
  EXPECT_EQ(launch_fit_error(shape(384, 200 * 1024, 2), fits(), DeviceLimits{}), "");
}

TEST(LaunchFit, EachRuleNamesWhatDoesNotFit) {
  struct Case {
    LaunchShape s;
    FunctionNeeds f;
    const char* says;
  };
  FunctionNeeds static_smem = fits();
  static_smem.static_smem_bytes = 8 * 1024;
  FunctionNeeds heavy = fits();
  heavy.max_threads_per_block = 1024;
  heavy.registers = 255;
  FunctionNeeds none = fits();
  none.ctas_per_sm = 0;
  FunctionNeeds no_cluster = fits();
  no_cluster.clusters = 0;
  const Case cases[] = {
      {shape(512, 0), fits(), "threads_per_block 512 exceeds the 384"},
      {shape(384, 227 * 1024), static_smem, "plus the kernel's 8192 bytes of static shared"},
      {shape(512, 0), heavy,
       "at the kernel's 255 registers a thread need more than the SM's 65536"},
      {shape(384, 0), none, "no room for one CTA"},
      {shape(384, 0, 4), no_cluster, "cluster of 4 CTAs cannot be co-scheduled"},
  };
  for (const Case& c : cases) {
    const std::string why = launch_fit_error(c.s, c.f, DeviceLimits{});
    EXPECT_NE(why.find(c.says), std::string::npos) << why;
  }
}

TEST(LaunchFit, UnknownClusterOccupancyIsNotARefusalAndZeroExtentsCountAsOne) {
  FunctionNeeds unknown = fits();
  unknown.clusters = -1;
  EXPECT_EQ(launch_fit_error(shape(384, 0, 2), unknown, DeviceLimits{}), "");
  LaunchShape zeros = shape(128, 0);
  zeros.cluster[0] = zeros.cluster[1] = zeros.cluster[2] = 0;
  EXPECT_EQ(zeros.cluster_size(), 1);
  FunctionNeeds no_cluster = fits();
  no_cluster.clusters = 0;
  EXPECT_EQ(launch_fit_error(zeros, no_cluster, DeviceLimits{}), "");
}

}  // namespace
}  // namespace avo::gpu_judge
