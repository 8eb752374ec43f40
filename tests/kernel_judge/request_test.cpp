// The $AVO_CONFIGS request read against a kernel.toml: every declared size given as a positive
// integer and nothing else, names unique, tensors sized exactly; every mistake one line naming
// the configuration and the key.
#include "request.h"

#include <gtest/gtest.h>

namespace avo::kernel_judge {
namespace {

KernelDecl RmsNorm() {
  KernelDecl d;
  std::string error;
  EXPECT_TRUE(parse_kernel_decl(R"toml(format = 1
sizes = ["rows", "cols"]
flops = "4 * rows * cols"
[[tensor]]
name = "x"
dtype = "bf16"
shape = ["rows", "cols"]
[[tensor]]
name = "weight"
dtype = "f32"
shape = ["cols"]
[[tensor]]
name = "y"
dtype = "bf16"
shape = ["rows", "cols"]
role = "output"
[tolerance]
atol = 1e-2
rtol = 1e-2
[reference]
python = "reference.py"
function = "rms_norm"
)toml",
                                "kernel.toml", &d, &error))
      << error;
  return d;
}

std::string Refusal(const std::string& text) {
  KernelRequest r;
  std::string error;
  EXPECT_FALSE(parse_kernel_request(text, RmsNorm(), &r, &error)) << text;
  return error;
}

TEST(KernelRequestTest, SizesComeInDeclarationOrderWithEveryTensorsBytes) {
  KernelRequest r;
  std::string error;
  ASSERT_TRUE(parse_kernel_request(
      R"({"suite": "small", "baselines": true, "configs": [
           {"name": "a", "params": {"cols": 4096, "rows": 8}},
           {"name": "b", "params": {"rows": 1, "cols": 3}}], "tolerance": {"ignored": 1}})",
      RmsNorm(), &r, &error))
      << error;
  EXPECT_EQ(r.suite, "small");
  EXPECT_TRUE(r.baselines);
  ASSERT_EQ(r.configs.size(), 2u);
  EXPECT_EQ(r.configs[0].sizes, (std::vector<int64_t>{8, 4096}));
  EXPECT_EQ(r.configs[0].tensor_bytes,
            (std::vector<uint64_t>{8 * 4096 * 2, 4096 * 4, 8 * 4096 * 2}));
  EXPECT_EQ(r.configs[1].tensor_bytes, (std::vector<uint64_t>{6, 12, 6}));
}

TEST(KernelRequestTest, EveryMistakeNamesTheConfigurationAndTheKey) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"[]", "the request is not a JSON object"},
      {R"({"configs": []})", "configs: must be a non-empty array"},
      {R"({"configs": [{"params": {"rows": 1, "cols": 1}}]})", "configs[0] (): name: missing"},
      {R"({"configs": [{"name": 7, "params": {}}]})", "configs[0] (): name: missing"},
      {R"({"configs": [{"name": "a", "params": {"rows": 1, "cols": 1}},
                       {"name": "a", "params": {"rows": 1, "cols": 1}}]})",
       "configs[1] (a): name: given twice"},
      {R"({"configs": [{"name": "a", "params": {"rows": 1}}]})",
       "configs[0] (a): params.cols: missing"},
      {R"({"configs": [{"name": "a", "params": {"rows": 1, "cols": 0}}]})",
       "configs[0] (a): params.cols: must be a positive integer"},
      {R"({"configs": [{"name": "a", "params": {"rows": 1, "cols": 2.5}}]})",
       "configs[0] (a): params.cols: must be a positive integer"},
      {R"({"configs": [{"name": "a", "params": {"rows": 1, "cols": 2, "colz": 3}}]})",
       "configs[0] (a): params.colz: not a size of kernel.toml"},
      {R"({"configs": [{"name": "a", "params": [1, 2]}]})",
       "configs[0] (a): params: must be an object of sizes"},
      {R"({"configs": [{"name": "huge", "params": {"rows": 4294967296, "cols": 4294967296}}]})",
       "configs[0] (huge): "},
      {R"({"configs": [{"name": "big", "params": {"rows": 65536, "cols": 262144}}]})",
       "configs[0] (big): tensor x: 17179869184 elements, over 16 GiB"},
  };
  for (const auto& [text, expect] : cases) {
    EXPECT_EQ(Refusal(text).rfind(expect, 0), 0u) << Refusal(text) << " / " << expect;
  }
}

}  // namespace
}  // namespace avo::kernel_judge
