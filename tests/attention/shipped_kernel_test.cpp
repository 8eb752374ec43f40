// The module check (judges/gpu_common/module_check.h) on the kernel the project ships, compiled
// here by nvcc (skipped where nvcc is not installed) against the attention contract.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "avo_attention.h"
#include "launch_desc.h"
#include "module_check.h"
#include "testing/temp_dir.h"

namespace avo::attention {
namespace {

namespace fs = std::filesystem;

std::string nvcc() {
  for (const char* p : {"/usr/local/cuda/bin/nvcc", "/usr/bin/nvcc"}) {
    if (fs::exists(p)) return p;
  }
  return "";
}

class ModuleCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (nvcc().empty()) GTEST_SKIP() << "nvcc not installed";
  }
  avo::testing::TempDir dir_;
};

// The kernel the project ships (the lineage's head, kernels/attention/kernel) passes: the scan
// finds no timer in a real Hopper kernel of wgmma, TMA and mbarriers.
TEST_F(ModuleCheckTest, TheShippedKernelReadsNoTimer) {
  const fs::path root = AVO_SOURCE_DIR;
  const fs::path out = dir_.path() / "head.cubin";
  const std::string cmd = nvcc() +
                          " -O3 -std=c++17 -cubin -gencode=arch=compute_90a,code=sm_90a -I" +
                          (root / "tasks/attention/include").string() + " -o " + out.string() +
                          " " + (root / "kernels/attention/kernel/attention.cu").string() + " 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::ifstream in(out, std::ios::binary);
  const std::vector<uint8_t> image{std::istreambuf_iterator<char>(in),
                                   std::istreambuf_iterator<char>()};
  const gpu_judge::ModuleCheck m =
      gpu_judge::check_module(image, kLaunchSymbol, sizeof(AvoAttentionLaunch));
  EXPECT_TRUE(m.ok) << m.reason;
}

}  // namespace
}  // namespace avo::attention
