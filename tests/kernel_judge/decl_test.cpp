// kernel.toml: a declaration parsed into tensors, sizes and work, and every mistake refused in
// one line naming the key; the generated parameter struct agrees with the judge's layout (its
// static_asserts compile) for the host compiler and, where installed, nvcc.
#include "decl.h"

#include <gtest/gtest.h>

#include <fstream>

#include "avo/util/process.h"
#include "param_layout.h"
#include "testing/temp_dir.h"

namespace avo::kernel_judge {
namespace {

const std::string kRmsNorm = R"toml(format = 1
sizes = ["rows", "cols"]
flops = "4 * rows * cols"
bytes = "2 * (2 * rows * cols + cols)"

[[tensor]]
name = "x"
dtype = "bf16"
shape = ["rows", "cols"]
role = "input"
draw = "normal"

[[tensor]]
name = "weight"
dtype = "bf16"
shape = ["cols"]
draw = "uniform"

[[tensor]]
name = "y"
dtype = "bf16"
shape = ["rows", "cols"]
role = "output"

[tolerance]
atol = 1e-2
rtol = 0.02

[reference]
python = "reference.py"
function = "rms_norm"
)toml";

KernelDecl Parse(const std::string& text) {
  KernelDecl d;
  std::string error;
  EXPECT_TRUE(parse_kernel_decl(text, "kernel.toml", &d, &error)) << error;
  return d;
}

std::string Refusal(const std::string& text) {
  KernelDecl d;
  std::string error;
  EXPECT_FALSE(parse_kernel_decl(text, "kernel.toml", &d, &error)) << text;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  return error;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

TEST(KernelDeclTest, ADeclarationReadsAsWritten) {
  const KernelDecl d = Parse(kRmsNorm);
  EXPECT_EQ(d.sizes, (std::vector<std::string>{"rows", "cols"}));
  ASSERT_EQ(d.tensors.size(), 3u);
  EXPECT_EQ(d.tensors[1].name, "weight");
  EXPECT_EQ(d.tensors[1].role, Role::kInput);  // the default role
  EXPECT_EQ(d.tensors[1].draw, Draw::kUniform);
  EXPECT_EQ(d.tensors[2].role, Role::kOutput);
  EXPECT_DOUBLE_EQ(d.atol, 1e-2);
  EXPECT_DOUBLE_EQ(d.rtol, 0.02);
  EXPECT_EQ(d.reference_function, "rms_norm");
  EXPECT_EQ(d.reference_framework, "torch");  // the default
  EXPECT_EQ(Parse(Replace(kRmsNorm, "function = \"rms_norm\"",
                          "function = \"rms_norm\"\nframework = \"numpy\""))
                .reference_framework,
            "numpy");
  std::vector<int64_t> counts;
  std::string error;
  ASSERT_TRUE(d.element_counts({{"rows", 3}, {"cols", 5}}, &counts, &error)) << error;
  EXPECT_EQ(counts, (std::vector<int64_t>{15, 5, 15}));
  int64_t flops = 0;
  ASSERT_TRUE(d.flops->evaluate({{"rows", 3}, {"cols", 5}}, &flops, &error));
  EXPECT_EQ(flops, 60);
  EXPECT_FALSE(d.element_counts({{"rows", 3}}, &counts, &error));
  EXPECT_NE(error.find("size 'cols' must be given"), std::string::npos) << error;
  EXPECT_FALSE(d.element_counts({{"rows", 0}, {"cols", 5}}, &counts, &error));
}

TEST(KernelDeclTest, EveryMistakeIsOneLineNamingTheKey) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {Replace(kRmsNorm, "format = 1", "format = 2"), "kernel.toml: format: must be 1"},
      {Replace(kRmsNorm, "shape = [\"cols\"]", "shape = [\"colz\"]"),
       "kernel.toml: tensor[1].shape[0]: unknown size 'colz' (sizes: rows, cols) at column 1"},
      {Replace(kRmsNorm, "dtype = \"bf16\"", "dtype = \"bf17\""),
       "kernel.toml: tensor[0].dtype: 'bf17' is not one of"},
      {Replace(kRmsNorm, "role = \"output\"", "role = \"output\"\ndraw = \"normal\""),
       "kernel.toml: tensor[2].draw: only inputs are drawn"},
      {Replace(kRmsNorm, "name = \"weight\"", "name = \"cols\""),
       "kernel.toml: tensor[1].name: 'cols' names a size or another tensor"},
      {Replace(kRmsNorm, "name = \"weight\"", "name = \"x\""),
       "kernel.toml: tensor[1].name: 'x' names a size or another tensor"},
      {Replace(kRmsNorm, "role = \"output\"", "role = \"input\""),
       "kernel.toml: tensor: needs at least one input and one output"},
      {Replace(kRmsNorm, "python = \"reference.py\"", "python = \"../../etc/x.py\""),
       "kernel.toml: reference.python: '../../etc/x.py' is not a .py file inside the task"},
      {Replace(kRmsNorm, "function = \"rms_norm\"", "function = \"rms_norm\"\nframework = \"jax\""),
       "kernel.toml: reference.framework: 'jax' is neither \"torch\" nor \"numpy\""},
      {Replace(kRmsNorm, "rtol = 0.02", "rtol = -1"),
       "kernel.toml: tolerance.rtol: must be finite and >= 0"},
      {Replace(kRmsNorm, "[tolerance]", "[tolerance]\nmax_abs = 1"),
       "kernel.toml: tolerance.max_abs: unknown key"},
      {Replace(kRmsNorm, "flops = \"4 * rows * cols\"\nbytes = \"2 * (2 * rows * cols + cols)\"",
               ""),
       "kernel.toml: flops: missing"},
      {Replace(kRmsNorm, "sizes = [\"rows\", \"cols\"]", "sizes = [\"rows\", \"rows\"]"),
       "kernel.toml: sizes[1]: 'rows' given twice"},
      {"format = 1\nsizes = [", "kernel.toml:2: "},
  };
  for (const auto& [text, expect] : cases) {
    EXPECT_EQ(Refusal(text).rfind(expect, 0), 0u) << Refusal(text);
  }
}

TEST(KernelDeclTest, TheGeneratedStructMatchesTheLayout) {
  const KernelDecl d = Parse(kRmsNorm);
  size_t total = 0;
  const auto fields = layout(d, &total);
  ASSERT_EQ(fields.size(), 5u);
  EXPECT_EQ(fields[0].name, "x");
  EXPECT_EQ(fields[2].offset, 16u);
  EXPECT_TRUE(fields[2].pointer);
  EXPECT_EQ(fields[3].name, "rows");
  EXPECT_FALSE(fields[3].pointer);
  EXPECT_EQ(total, 48u);  // 40 rounded up to 16
  const std::string header = params_header(d);
  EXPECT_NE(header.find("const void* x;  // bf16 [rows, cols], input"), std::string::npos)
      << header;
  EXPECT_NE(header.find("void* y;  // bf16 [rows, cols], output"), std::string::npos) << header;
  // The header's own static_asserts check the layout the judge fills: it must compile.
  avo::testing::TempDir dir;
  std::ofstream(dir.path() / "avo_kernel_params.h") << header;
  std::ofstream(dir.path() / "use.cpp") << "#include \"avo_kernel_params.h\"\nint main() {}\n";
  ProcessOptions o;
  o.argv = {"c++", "-std=c++17", "-fsyntax-only", (dir.path() / "use.cpp").string()};
  auto r = RunProcess(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->exit_code, 0) << r->err;
  // And for the device compiler, as an entry kernel's __grid_constant__ parameter.
  if (!avo::testing::HaveProgram("nvcc")) GTEST_SKIP() << "nvcc not installed";
  std::ofstream(dir.path() / "k.cu")
      << "#include \"avo_kernel_params.h\"\nextern \"C\" __global__ void k(const "
         "__grid_constant__ AvoKernelParams p) { static_cast<int64_t*>(p.y)[0] = p.rows; }\n";
  o.argv = {"nvcc",
            "-std=c++17",
            "-gencode=arch=compute_90a,code=sm_90a",
            "-cubin",
            "-o",
            (dir.path() / "k.cubin").string(),
            (dir.path() / "k.cu").string()};
  r = RunProcess(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->exit_code, 0) << r->err;
}

TEST(KernelDeclTest, ShapesAreEvaluatedForAConfigurationOrRefusedNamingTheTensor) {
  const KernelDecl d = Parse(Replace(kRmsNorm, "shape = [\"cols\"]", "shape = [\"cols - rows\"]"));
  std::vector<std::vector<int64_t>> shapes;
  std::string error;
  ASSERT_TRUE(tensor_shapes(d, {3, 7}, &shapes, &error)) << error;
  ASSERT_EQ(shapes.size(), 3u);
  EXPECT_EQ(shapes[0], (std::vector<int64_t>{3, 7}));
  EXPECT_EQ(shapes[1], (std::vector<int64_t>{4}));
  EXPECT_EQ(shapes[2], (std::vector<int64_t>{3, 7}));
  // cols - rows is 0 here: no tensor has an empty dimension.
  EXPECT_FALSE(tensor_shapes(d, {7, 7}, &shapes, &error));
  EXPECT_NE(error.find("tensor weight: shape[0] (cols - rows) is 0, not positive"),
            std::string::npos)
      << error;
}

TEST(KernelDeclTest, BaselinesAreNamedFunctionsOfTheReferenceTimedWithTorch) {
  const KernelDecl d =
      Parse(kRmsNorm + "\n[[baseline]]\nname = \"torch\"\nfunction = \"rms_norm_torch\"\n");
  ASSERT_EQ(d.baselines.size(), 1u);
  EXPECT_EQ(d.baselines[0].name, "torch");
  EXPECT_EQ(d.baselines[0].function, "rms_norm_torch");
  EXPECT_TRUE(Parse(kRmsNorm).baselines.empty());
  const std::string twice = kRmsNorm + "\n[[baseline]]\nname = \"t\"\nfunction = \"a\"\n" +
                            "\n[[baseline]]\nname = \"t\"\nfunction = \"b\"\n";
  EXPECT_NE(Refusal(twice).find("baseline[1].name: 't' is named twice"), std::string::npos);
  EXPECT_NE(Refusal(kRmsNorm + "\n[[baseline]]\nname = \"t\"\n").find("baseline[0]"),
            std::string::npos);
  const std::string numpy = Replace(kRmsNorm, "function = \"rms_norm\"",
                                    "function = \"rms_norm\"\nframework = \"numpy\"") +
                            "\n[[baseline]]\nname = \"t\"\nfunction = \"a\"\n";
  EXPECT_NE(Refusal(numpy).find("baselines are timed with torch"), std::string::npos);
}

}  // namespace
}  // namespace avo::kernel_judge
