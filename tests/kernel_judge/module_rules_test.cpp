// A bring-your-own kernel's cubin, as nvcc builds it for sm_90a, read before it reaches a GPU:
// the module rules of every GPU judge and the launch description out of its own constant bank.
// Needs nvcc (the developer machines have it); skipped where it is not installed.
#include "module_rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "avo/util/process.h"
#include "param_layout.h"
#include "testing/temp_dir.h"

namespace avo::kernel_judge {
namespace {

KernelDecl Decl() {
  KernelDecl d;
  std::string error;
  EXPECT_TRUE(parse_kernel_decl(R"toml(format = 1
sizes = ["rows", "cols"]
bytes = "8 * rows * cols"
[[tensor]]
name = "x"
dtype = "f32"
shape = ["rows", "cols"]
[[tensor]]
name = "y"
dtype = "f32"
shape = ["rows", "cols"]
role = "output"
[tolerance]
atol = 0
rtol = 0
[reference]
python = "reference.py"
function = "copy"
)toml",
                                "kernel.toml", &d, &error))
      << error;
  return d;
}

// A row-copy kernel with a launch description: one CTA per 4 rows, or per row when wide.
const std::string kKernel = R"cu(#include "avo_kernel.h"
#include "avo_kernel_params.h"
extern "C" __global__ void copy_rows(const __grid_constant__ AvoKernelParams p) {
  const int64_t row = blockIdx.x * 4 + threadIdx.x / 64;
  if (row >= p.rows) return;
  for (int64_t c = threadIdx.x % 64; c < p.cols; c += 64)
    static_cast<float*>(p.y)[row * p.cols + c] = static_cast<const float*>(p.x)[row * p.cols + c];
}
extern "C" __constant__ AvoKernelLaunch avo_kernel_launch = {
    AVO_KERNEL_CONTRACT_VERSION, 1,
    {{"copy_rows", -1, 0, 0, 256, 0, {1, 1, 1}, AVO_KGRID_TILES, {{0, 4}, {-1, 1}, {-1, 1}}, 0}}};
EXTRA
)cu";

class ModuleRulesTest : public ::testing::Test {
 protected:
  // Builds kKernel with `extra` appended and `from`/`to` replaced; false (skip) without nvcc.
  bool Build(const std::string& extra, std::vector<uint8_t>* image, const std::string& from = "",
             const std::string& to = "") {
    if (!testing::HaveProgram("nvcc")) return false;
    ProcessOptions o;
    std::ofstream(dir_.path() / "avo_kernel_params.h") << params_header(Decl());
    std::string text = kKernel;
    text.replace(text.find("EXTRA"), 5, extra);
    if (!from.empty()) text.replace(text.find(from), from.size(), to);
    std::ofstream(dir_.path() / "k.cu") << text;
    const std::string include = std::string("-I") + AVO_KERNEL_INCLUDE_DIR;
    o.argv = {"nvcc",
              "-std=c++17",
              "-gencode=arch=compute_90a,code=sm_90a",
              "-cubin",
              include,
              "-I" + dir_.path().string(),
              "-o",
              (dir_.path() / "k.cubin").string(),
              (dir_.path() / "k.cu").string()};
    auto r = RunProcess(o);
    EXPECT_TRUE(r.ok() && r->exit_code == 0) << (r.ok() ? r->err : r.status().message());
    std::ifstream in(dir_.path() / "k.cubin", std::ios::binary);
    image->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
  }

  std::string Refusal(const std::vector<uint8_t>& image) {
    KernelModule m;
    std::string error;
    EXPECT_FALSE(read_kernel_module(image, Decl(), gpu_judge::DeviceLimits{}, &m, &error));
    return error;
  }

  testing::TempDir dir_;
};

TEST_F(ModuleRulesTest, AWellFormedModuleGivesItsDescription) {
  std::vector<uint8_t> image;
  if (!Build("", &image)) GTEST_SKIP() << "nvcc not installed";
  KernelModule m;
  std::string error;
  ASSERT_TRUE(read_kernel_module(image, Decl(), gpu_judge::DeviceLimits{}, &m, &error)) << error;
  EXPECT_STREQ(m.launch.variants[0].kernel, "copy_rows");
  EXPECT_EQ(m.launch.variants[0].dims[0].per_cta, 4);
  EXPECT_EQ(m.check.kernels, (std::vector<std::string>{"copy_rows"}));
}

TEST_F(ModuleRulesTest, ModuleRulesAndTheDescriptionAreChecked) {
  std::vector<uint8_t> image;
  if (!Build("__device__ int calls;  // state kept across calls", &image))
    GTEST_SKIP() << "nvcc not installed";
  EXPECT_NE(Refusal(image).find("writable device globals"), std::string::npos) << Refusal(image);
  ASSERT_TRUE(Build("", &image, "{{\"copy_rows\"", "{{\"copy_cols\""));
  EXPECT_NE(Refusal(image).find("variant 0 (copy_cols): no entry kernel"), std::string::npos)
      << Refusal(image);
  ASSERT_TRUE(Build("", &image, "AVO_KGRID_TILES, {{0, 4}", "AVO_KGRID_TILES, {{5, 4}"));
  EXPECT_NE(Refusal(image).find("dims[0].size 5 is not a size of kernel.toml"), std::string::npos)
      << Refusal(image);
  ASSERT_TRUE(Build("", &image, "extern \"C\" __constant__ AvoKernelLaunch avo_kernel_launch",
                    "extern \"C\" __constant__ AvoKernelLaunch other_launch"));
  EXPECT_NE(Refusal(image).find("avo_kernel_launch"), std::string::npos) << Refusal(image);
}

}  // namespace
}  // namespace avo::kernel_judge
